"""The room page's colours are readable in both of a phone's colour schemes: each colour its
stylesheet (room/static/room.css) gives text, links among them, against the page's own
background at least 4.5:1 (WCAG AA for body text). In a phone's dark mode the links
("Refresh", "Back", the status frame's "open the whole page") kept the browser's own blue,
#0000ee on the page's #111: 2.2:1, hard to read (a room trial in Chromium)."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

CSS = re.sub(r"/\*.*?\*/", "", files("reflect.room").joinpath("static", "room.css")
             .read_text(encoding="utf-8"), flags=re.DOTALL)
DARK = CSS[CSS.index("@media (prefers-color-scheme: dark)"):]
LIGHT = CSS[:CSS.index("@media (prefers-color-scheme: dark)")]
BROWSERS_LINK = "#0000ee"
"""Chromium's link colour where the page gives none (and no `color-scheme` is declared)."""


def luminance(colour: str) -> float:
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = [int(hex_[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rule(sheet: str, selector: str) -> str:
    """The declarations of the first rule whose selectors include `selector` ("" if none)."""
    for found in re.finditer(r"([^{}]+)\{([^{}]*)\}", sheet):
        if selector in [s.strip() for s in found.group(1).split(",")]:
            return found.group(2)
    return ""


def colour(declarations: str, prop: str = "color") -> str | None:
    found = re.search(rf"(?<![-\w]){prop}\s*:\s*(#[0-9a-fA-F]{{3,6}})", declarations)
    return found.group(1) if found else None


@pytest.mark.parametrize("sheet", [LIGHT, DARK], ids=["light", "dark"])
def test_links_and_text_are_readable_on_the_pages_background(sheet):
    background = colour(rule(sheet, "html"), "background")
    assert background is not None
    text = colour(rule(sheet, "html"))
    link = colour(rule(sheet, "a")) or (BROWSERS_LINK if sheet is LIGHT else None)
    assert link is not None, "the dark scheme leaves links the browser's blue"
    for said in (text, link):
        assert said is not None and contrast(said, background) >= 4.5, (said, background)
