"""Every box that takes typing handles its editing keys in order (ui/widgets/in_order.py,
in_order_area.py):
a plain Textual Input or TextArea, built or subclassed anywhere else, would run Backspace and
the arrows after the letters typed after them."""

from __future__ import annotations

import ast
from pathlib import Path

import reflect.ui

UI = Path(reflect.ui.__file__).parent
PLAIN = {"Input", "TextArea"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def test_no_plain_input_or_text_area_is_built_or_subclassed_outside_in_order():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ("in_order.py", "in_order_area.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in PLAIN:
                found.append(f"{path.relative_to(UI)}:{node.lineno} builds {_name(node.func)}")
            if isinstance(node, ast.ClassDef):
                found += [f"{path.relative_to(UI)}:{node.lineno} subclasses {_name(b)}"
                          for b in node.bases if _name(b) in PLAIN]
    assert found == []
