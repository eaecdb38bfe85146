"""Keys a common terminal or multiplexer takes before reflect sees them (docs/keys.md, *Keys
your terminal may take first*): every action bound only to such keys has a second key, or
another way that reaches it everywhere (the command palette, a button on screen).

The bindings are read from the source (`Binding("key,key", "action", ...)` in each class's
BINDINGS), so nothing of Textual is imported."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "reflect" / "ui"
KEYS_DOC = Path(__file__).resolve().parents[2] / "docs" / "keys.md"

TAKEN = {
    "f1": "GNOME Terminal and Xfce Terminal (their help), VS Code (Show All Commands)",
    "f5": "VS Code (Start Debugging)",
    "f10": "GNOME Terminal (its menu), VS Code while debugging",
    "f11": "GNOME Terminal, Windows Terminal, VS Code (full screen), macOS (show desktop)",
    "ctrl+a": "GNU screen (its prefix)",
    "ctrl+b": "tmux (its prefix)",
    "ctrl+p": "VS Code (Quick Open)",
    "ctrl+e": "VS Code on Windows (Quick Open)",
    "ctrl+q": "VS Code on Windows (Quick Open View)",
    "ctrl+j": "VS Code (the panel)",
    "ctrl+k": "VS Code (the start of its two-key shortcuts)",
    "ctrl+grave_accent": "VS Code (the terminal itself)",
    "alt+enter": "Windows Terminal (full screen)",
    "ctrl+tab": "Windows Terminal, VS Code (the next tab or editor)",
    "ctrl+pageup": "GNOME Terminal (the previous tab)",
    "ctrl+pagedown": "GNOME Terminal (the next tab)",
    "shift+pageup": "GNOME Terminal, xterm, Windows Terminal (scroll back)",
    "shift+pagedown": "GNOME Terminal, xterm, Windows Terminal (scroll on)",
}
"""Keys commonly taken first, and by what (docs/keys.md says the same)."""

OTHER_WAY = {
    "help": "the command palette's Help (Ctrl+P or F12)",
    "quit": "the command palette's Quit (Ctrl+P or F12)",
    "present": "the command palette's Presentation view (F5) / Full width (F5)",
    "anyway": "the export dialog's button Export anyway (Ctrl+A), Tab to it",
    "anyway_where": "nothing to reach: Ctrl+A only says it has nothing to do there",
}
"""Actions bound only to taken keys, and what reaches them everywhere instead."""

PALETTE_COMMANDS = {"help": "app.py", "quit": "app.py", "present": "screens/walkthrough.py"}
"""Where the palette's command for each is made (`SystemCommand(..., self.action_<name>)`)."""


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _action(name: str) -> str:
    """`app.help` and `help('x')` are `help`."""
    return name.removeprefix("app.").removeprefix("screen.").split("(")[0]


@functools.cache
def bindings() -> dict[str, dict[str, set[str]]]:
    """{"module.py:Class": {action: its keys}} for every class in ui/ with BINDINGS."""
    found: dict[str, dict[str, set[str]]] = {}
    for path in sorted(UI.rglob("*.py")):
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            for statement in cls.body:
                targets = (statement.targets if isinstance(statement, ast.Assign) else
                           [statement.target] if isinstance(statement, ast.AnnAssign) else [])
                if not any(isinstance(t, ast.Name) and t.id == "BINDINGS" for t in targets):
                    continue
                assert statement.value is not None
                for call in ast.walk(statement.value):
                    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                            and call.func.id == "Binding" and len(call.args) >= 2):
                        continue
                    keys, action = _text(call.args[0]), _text(call.args[1])
                    if keys is None or action is None:
                        continue
                    where = f"{path.relative_to(UI)}:{cls.name}"
                    found.setdefault(where, {}).setdefault(_action(action), set()).update(
                        key.strip() for key in keys.split(","))
    return found


def test_the_bindings_are_read() -> None:
    found = bindings()
    assert found["app.py:ReflectApp"]["quit"] == {"ctrl+q"}
    assert found["screens/walkthrough.py:WalkthroughScreen"]["next"] == {"pagedown", "ctrl+n"}
    assert found["screens/export.py:ExportScreen"]["anyway"] == {"ctrl+a"}


def test_the_palette_has_a_key_no_terminal_takes_first() -> None:
    """VS Code takes Ctrl+P, and F1: Help and Quit were then out of reach (Ctrl+Q is VS Code's
    on Windows too). Textual binds Ctrl+P alone unless the app binds the palette itself."""
    keys = bindings()["app.py:ReflectApp"].get("command_palette", {"ctrl+p"})
    assert "ctrl+p" in keys
    assert keys - TAKEN.keys(), f"the palette only on {keys}, all taken first somewhere"


def test_every_action_on_taken_keys_only_has_another_way() -> None:
    # Keys are gathered per class, so an action bound again there (F1 closes the help: so
    # does Esc) counts as reached by its other key.
    stranded = {f"{where} {action} ({', '.join(sorted(keys))})"
                for where, actions in bindings().items()
                for action, keys in actions.items()
                if keys <= TAKEN.keys() and action not in OTHER_WAY}
    assert not stranded, f"only on keys a terminal takes, add a second key: {stranded}"


def test_the_other_ways_are_there() -> None:
    for action, module in PALETTE_COMMANDS.items():
        source = (UI / module).read_text(encoding="utf-8")
        assert f"self.action_{action})" in source.replace("\n", ""), (action, module)
    words = (UI / "screens" / "export_words.py").read_text(encoding="utf-8")
    check = (UI / "screens" / "export_check.py").read_text(encoding="utf-8")
    assert 'ANYWAY = "Export anyway (Ctrl+A)"' in words  # the button's label
    assert "go.label = ANYWAY if" in check


def test_the_keys_page_says_what_to_use_instead() -> None:
    doc = KEYS_DOC.read_text(encoding="utf-8")
    assert "## Keys your terminal may take first" in doc
    section = doc.split("## Keys your terminal may take first", 1)[1].split("\n## ", 1)[0]
    for said in ("F1", "Ctrl+P", "F12", "Ctrl+Q", "F5", "Ctrl+A", "Ctrl+B"):
        assert said in section, said
