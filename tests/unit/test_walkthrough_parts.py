"""The walkthrough's parts name what they share once, and ask panes only through StepPane's
hooks (code review: each part repeated `steps`, `index`, `edits` and `apply` as stubs raising
NotImplementedError, the room's code reached into the question pane's queue and point box,
and F8 looked for an action by name)."""

from __future__ import annotations

import ast
from pathlib import Path

from reflect.ui.panes.base import StepPane
from reflect.ui.screens.carry_back import WritesBack
from reflect.ui.screens.room_host import HostsRoom
from reflect.ui.screens.session_export import ExportsSession
from reflect.ui.screens.time_keeping import KeepsTime
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.screens.walkthrough_base import WalkthroughBase

SCREENS = Path(__file__).resolve().parents[2] / "src" / "reflect" / "ui" / "screens"
SHARED = {"review", "steps", "index", "edits", "panes", "apply", "redraw_step", "focus_step",
          "go_to_finding"}


def test_what_the_parts_share_is_declared_once() -> None:
    for part in (ExportsSession, HostsRoom, WritesBack, KeepsTime):
        declared = set(part.__dict__) | set(part.__dict__.get("__annotations__", {}))
        assert not declared & SHARED, (part.__name__, declared & SHARED)
        assert issubclass(part, WalkthroughBase)
    assert {"apply", "redraw_step", "focus_step", "go_to_finding"} <= set(
        WalkthroughScreen.__dict__)  # the walkthrough gives the base's calls their meaning


def test_the_screens_ask_panes_only_through_their_hooks() -> None:
    """No `query` of a pane's widgets, and no `getattr` for an action it may have."""
    for name in ("room_host.py", "walkthrough.py"):
        tree = ast.parse((SCREENS / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("query", "query_one", "query_ancestor"):
                target = ast.unparse(node.func.value)
                assert "pane" not in target and "queue" not in target, (name, ast.unparse(node))
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "getattr":
                assert "pane" not in ast.unparse(node), (name, ast.unparse(node))
    hooks = {"set_waiting", "waiting_points", "edit_from_room", "points_changed", "cpd_record"}
    assert hooks <= set(StepPane.__dict__)
