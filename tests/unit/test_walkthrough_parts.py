"""The walkthrough asks panes only through StepPane's hooks (code review: the room's code
reached into the question pane's queue and point box, and F8 looked for an action by name)."""

from __future__ import annotations

import ast
from pathlib import Path

from reflect.ui.panes.base import StepPane

SCREENS = Path(__file__).resolve().parents[2] / "src" / "reflect" / "ui" / "screens"


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
