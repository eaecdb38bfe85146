"""The room's page and its server agree on what an empty point is. The server refuses a point
of spaces, control characters and format characters alone (`handlers.blank`); the page's
script took a box holding only a zero-width space, a soft hyphen or a byte-order mark to be
"being typed", and would not reload for the facilitator's next question (a room trial). The
script's rule (`BLANK` in static/room.js) is read here and held to the server's, character
by character."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import unicodedata
from importlib.resources import files

import pytest

from reflect.room.handlers import BLANK_CATEGORIES, blank

SCRIPT = files("reflect.room").joinpath("static", "room.js").read_text(encoding="utf-8")
ECMASCRIPT_SPACE = "\t\v\f\ufeff\n\r\u2028\u2029"
"""What `\\s` matches in a JavaScript pattern, beside Unicode's spaces (Zs): ECMAScript's
WhiteSpace and LineTerminator."""


def script_pattern() -> str:
    """The pattern the page's script builds for a blank box, as the browser reads it."""
    found = re.search(r'BLANK = new RegExp\((".*?"), "u"\)', SCRIPT)
    assert found, "room.js no longer builds BLANK as this test reads it"
    pattern: str = json.loads(found.group(1))
    return pattern


PLANES = (*range(0, 0x20000), *range(0xE0000, 0xF0000))
"""The planes where Unicode puts spaces, control and format characters (0, 1 and 14): the
others hold ideographs, private use and nothing yet. Read whole, the suite waited a second."""


@functools.cache
def candidates() -> tuple[str, ...]:
    """Every character of those planes this Python's Unicode assigns (a browser's may be
    newer) that either rule could take for blank: a space, a separator, a control or a
    format character."""
    return tuple(c for c in map(chr, PLANES) if c.isspace()
                 or unicodedata.category(c) in ("Zs", "Zl", "Zp", "Cc", "Cf"))


def test_the_scripts_blank_box_is_the_servers_empty_point():
    pattern = script_pattern()
    found = re.fullmatch(r"\^\[\\s((?:\\p\{\w\w\})+)\]\*\$", pattern)
    assert found, pattern
    categories = set(re.findall(r"\\p\{(\w\w)\}", found.group(1)))
    assert categories == set(BLANK_CATEGORIES)

    def script_blank(c: str) -> bool:  # the pattern, as ECMAScript defines `\s` and `\p{..}`
        return c in ECMASCRIPT_SPACE or unicodedata.category(c) in ("Zs", *categories)

    assert [c for c in candidates() if script_blank(c) != blank(c)] == []
    assert blank("\u200b\u00ad\ufeff") and not blank("\u200bInvented")


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the pattern")
def test_the_pattern_run_by_a_javascript_engine_finds_what_the_server_finds():
    ran = subprocess.run(
        ["node", "-e", "var b = new RegExp(process.argv[1], 'u'), out = [];"
         "for (var i = 0; i < 0xf0000; i = i === 0x1ffff ? 0xe0000 : i + 1) {"
         " if ((i < 0xd800 || i > 0xdfff) && b.test(String.fromCodePoint(i))) { out.push(i); } }"
         "console.log(JSON.stringify(out));", script_pattern()],
        capture_output=True, text=True, check=True, timeout=60)
    by_script = set(json.loads(ran.stdout))
    assert [c for c in candidates() if (ord(c) in by_script) != blank(c)] == []
    newer = {i for i in by_script if unicodedata.category(chr(i)) == "Cn"}  # (its Unicode's)
    assert by_script - newer <= {ord(c) for c in candidates()}  # and nothing else
