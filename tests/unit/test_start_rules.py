"""The start screen's rules of app.tcss (`start_styles.start_rules`), picked before its first
frame: the same rules as asking the pattern of every rule, the pattern asked only of the rules
that hold a start-screen name at all (asked of every rule, it was 1.3 ms of the 2 the picking
took)."""

from __future__ import annotations

from typing import Any

import pytest

from reflect.ui import start_styles
from reflect.ui.start_styles import APP_TCSS, START_TOKENS, start_rules

INVENTED = """
/* #intro named in a comment only */
Moorvale #intro-howl { color: red; }
#intro, .other { padding: 0 1; }
Screen.-narrow #reviews-list { display: none; }
#reviews:focus { background: $accent; }
Sample .pane-title-x, App:nocolor Toast { margin: 1; }
"""


def every_rule_asked(css: str) -> str:
    """`start_rules` as it was: the pattern asked of every rule's selectors."""
    depth, block_start, kept, selectors = 0, 0, [], ""
    for m in start_styles._BLOCK.finditer(css):
        if m[0] == "{":
            if depth == 0:
                selectors = start_styles._COMMENT.sub("", css[block_start:m.start()])
            depth += 1
        elif m[0] == "}":
            depth -= 1
            if depth == 0:
                if start_styles._NAMED.search(selectors):
                    kept.append((block_start, m.end()))
                block_start = m.end()
    out, at = [], 0
    for start, end in kept:
        out.append("\n" * css.count("\n", at, start))
        out.append(start_styles._COMMENT.sub(lambda c: "\n" * c[0].count("\n"), css[start:end]))
        at = end
    return "".join(out)


@pytest.mark.parametrize("css", [APP_TCSS.read_text(encoding="utf-8"), INVENTED])
def test_the_same_rules_as_asking_the_pattern_of_every_rule(css: str) -> None:
    assert start_rules.__wrapped__(css) == every_rule_asked(css)  # (not the cached answer)


def test_the_pattern_is_asked_only_of_rules_holding_a_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    pattern = start_styles._NAMED

    class Counted:
        def search(self, text: str) -> Any:
            asked.append(text)
            return pattern.search(text)

    monkeypatch.setattr(start_styles, "_NAMED", Counted())
    css = APP_TCSS.read_text(encoding="utf-8")
    start_rules.__wrapped__(css)
    rules = css.count("}")
    assert asked and all(any(t in text for t in START_TOKENS) for text in asked)
    assert len(asked) < rules / 2
