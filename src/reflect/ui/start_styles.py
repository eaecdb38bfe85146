"""The start screen styled from its own rules of app.tcss; the rest of app.tcss read once the
lists are on screen, or before another screen is shown, whichever comes first.

Textual parses a stylesheet before it styles the first widget: app.tcss (some 900 lines, every
screen's rules) took 9-13 ms of CPU of the start screen's first frame, of which the start
screen's own rules are a fifth. `START_TOKENS` names what the start screen is made of; the rules
(top-level blocks) of app.tcss whose selectors name one of them are read first. The whole file
is added after them, in its own order, so once it is read every rule has the precedence it had
(a rule read twice is equal to itself, and the later copy wins any tie, as in the file alone).
Adding a source to Textual's stylesheet parses only that source (`Stylesheet.parse` keeps the
ones it has parsed), unlike a screen's own CSS, which has every source parsed again.

Once the whole file is read, the start screen's rules are taken out again: each is in the
whole file, later, and so won every tie; read twice, Textual checked each twice on every
widget it named (a fifth of the selectors it checked in a session's first steps,
bench/css_rule_counts.py).

The rules at the file's end, after `NO_COLOUR_ONLY`, are read only without colour (NO_COLOR,
`App.no_color`, fixed as the app starts): each names `App:nocolor`, so with colour none can
match, yet Textual checked them on every box, list and button styled (a sixth of the selectors
it checked).

`tests/functional/test_start_styles.py` checks that every widget of the start screen is
styled exactly as the whole file styles it, at several sizes and without colour.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from textual.app import App

APP_TCSS = Path(__file__).with_name("app.tcss")

START_TOKENS = ("#intro", "#intro-how", "#intro-how-narrow", ".intro-how", ".pane-title",
                ".status", "#start-panes", "#library-pane", "#sessions-pane", "#reviews",
                "#sessions", "#problems", "#problems-text", "#search", "#where",
                "#sessions-filter", "ToastRack", "Toast", "App:nocolor")
"""What app.tcss's rules name that can be on the start screen: its widgets' ids and classes,
the messages (toasts) and the rules for terminals without colour."""

_BLOCK = re.compile(r"/\*.*?\*/|[{}]", re.S)
_NAMED = re.compile("|".join(f"(?<![\\w-]){re.escape(t)}(?![\\w-])" for t in START_TOKENS))
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
WHOLE = (str(APP_TCSS), "")
"""How Textual names app.tcss read whole (as `Stylesheet.read` names it)."""
START = (str(APP_TCSS), "start screen")
"""How the start screen's rules are named in the stylesheet, until the whole file is read."""
NO_COLOUR_ONLY = "/* ---- Only without colour from here on"
"""Where app.tcss's rules for a terminal without colour begin: the rest of the file."""


def app_css(app: App[Any]) -> str:
    """app.tcss as this app reads it: without its last part when there is colour."""
    css = APP_TCSS.read_text(encoding="utf-8")
    return css if app.no_color else css[:css.index(NO_COLOUR_ONLY)]


@cache
def start_rules(css: str) -> str:
    """The rules (top-level blocks) of `css` whose selectors name one of `START_TOKENS`, in
    their order, each on the lines it had (a problem in one is said at its line)."""
    depth, block_start, kept = 0, 0, []
    for m in _BLOCK.finditer(css):
        if m[0] == "{":
            if depth == 0:
                selectors = _COMMENT.sub("", css[block_start:m.start()])
            depth += 1
        elif m[0] == "}":
            depth -= 1
            if depth == 0:
                # (the pattern only where a name is in them: it alone, on every block, was
                # 1.3 ms of the 2 this takes, before the first frame)
                if any(t in selectors for t in START_TOKENS) and _NAMED.search(selectors):
                    kept.append((block_start, m.end()))
                block_start = m.end()
    out, at = [], 0
    for start, end in kept:  # blank lines for the rest: each rule keeps its line number
        out.append("\n" * css.count("\n", at, start))
        out.append(_COMMENT.sub(lambda c: "\n" * c[0].count("\n"), css[start:end]))
        at = end
    return "".join(out)


def style_start_only(app: App[Any]) -> None:
    """Only the start screen's rules of app.tcss, read before anything is styled."""
    app.stylesheet.add_source(start_rules(app_css(app)), read_from=START)


def style_all(app: App[Any]) -> bool:
    """The whole of app.tcss added after the start screen's rules (once), which are then taken
    out; True if it was not read before. Only widgets styled from now on need it: the start
    screen's are styled alike either way."""
    stylesheet = app.stylesheet
    if stylesheet.has_source(*WHOLE):
        return False
    stylesheet.add_source(app_css(app), read_from=WHOLE)
    stylesheet.source.pop(START, None)
    stylesheet.parse()  # only the file just added: the others are kept parsed
    return True
