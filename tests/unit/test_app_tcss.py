"""app.tcss written so Textual checks few rules on each widget it styles (issue #16; counted by
bench/css_rule_counts.py): its no-colour rules last, read only without colour, and no rule
whose selectors end in different widget types."""

from __future__ import annotations

from types import SimpleNamespace

from textual.css.model import SelectorType
from textual.css.parse import parse_selectors

from reflect.ui import start_styles
from reflect.ui.start_styles import APP_TCSS


def _rules(css: str) -> list[str]:
    """The selectors of each top-level rule of `css`, comments left out."""
    css = start_styles._COMMENT.sub("", css)
    depth, block_start, out = 0, 0, []
    for m in start_styles._BLOCK.finditer(css):
        if m[0] == "{":
            if depth == 0:
                out.append(css[block_start:m.start()].strip())
            depth += 1
        elif m[0] == "}":
            depth -= 1
            if depth == 0:
                block_start = m.end()
    return out


def test_only_the_no_colour_rules_are_left_out_with_colour() -> None:
    """app.tcss's part from NO_COLOUR_ONLY on is read only without colour: each of its
    selectors names App:nocolor (none can match with colour), and none before it does."""
    css = APP_TCSS.read_text(encoding="utf-8")
    at = css.index(start_styles.NO_COLOUR_ONLY)
    head, tail = css[:at], css[at:]
    tail_selectors = [s.strip() for rule in _rules(tail) for s in rule.split(",")]
    assert tail_selectors and all(s.startswith("App:nocolor ") for s in tail_selectors)
    assert not any("nocolor" in rule for rule in _rules(head))
    coloured, monochrome = SimpleNamespace(no_color=False), SimpleNamespace(no_color=True)
    assert start_styles.app_css(coloured) == head  # type: ignore[arg-type]
    assert start_styles.app_css(monochrome) == css  # type: ignore[arg-type]


def test_no_rule_has_selectors_ending_in_different_widget_types() -> None:
    """Textual checks a rule on every widget one of its selectors' last parts names, walking
    all its selectors: `#room-dialog RadioSet:focus, #room-dialog Button:focus` was walked
    twice on every Button styled. Selectors ending in different widget types are rules apart
    (screens aside: a screen is styled rarely, and walked from the app in one step)."""
    mixed = []
    for rule in _rules(APP_TCSS.read_text(encoding="utf-8")):
        last = [selector_set.selectors[-1] for selector_set in parse_selectors(rule)]
        types = {s.name for s in last if s.type == SelectorType.TYPE
                 and not s.name.endswith("Screen")}
        if types and len({(s.type, s.name) for s in last}) > 1:
            mixed.append(rule)
    assert mixed == []
