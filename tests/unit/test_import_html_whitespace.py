"""A web page's white space read as a browser shows it: a `<p>` wrapped across lines in the
page's source is one line (its second line, starting in a capital, was taken for a paragraph
of its own); `<br>`, blocks and a `<pre>`'s own line breaks still end a line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reflect.importer import import_briefing
from reflect.importer.readers.html import read_html
from reflect.importer.sources import read_source

INTRO = ("Child ZQ is an invented child who lived with Pat Example, who had recently moved to "
         "Invented Vale in the spring of that year. The family were known to the Invented Team "
         "through a referral from school.")
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Learning briefing: Child ZQ</title></head>
<body><main><article>
<h1>Learning briefing: Child ZQ</h1>
<h2>What happened?</h2>
<p>Child ZQ is an invented child who lived with Pat Example, who had recently moved to
Invented Vale in the spring of that year. The family were known to the <em>Invented
  Team</em>\r\nthrough a referral from school.</p>
<h2>Questions for reflection</h2>
<ul><li>How do we learn who lives in a
Household we visit?</li></ul>
</article></main></body></html>
"""


def _lines(body: str) -> list[str]:
    return read_html(f"<html><body>{body}</body></html>".encode()).splitlines()


def test_a_paragraph_wrapped_in_the_source_is_one_line_and_one_paragraph(
        tmp_path: Path) -> None:
    path = tmp_path / "child-zq.html"
    path.write_bytes(PAGE.encode())
    source = read_source(path)
    assert source.text.splitlines() == [
        "## Learning briefing: Child ZQ", "## What happened?", INTRO,
        "## Questions for reflection", "- How do we learn who lives in a Household we visit?"]
    review = import_briefing(source.text, kind=source.kind, rows=source.rows).review
    assert review["introduction"] == [INTRO]
    assert [q["text"] for q in review["questions"]] == [
        "How do we learn who lives in a Household we visit?"]


def test_br_and_blocks_still_end_a_line() -> None:
    assert _lines("<p>Visit within a week,\nthen<br>Share the plan\n<br/>\n"
                  "with the GP.</p><div>Sam\nSample</div>Invented\nTeam") == [
        "Visit within a week, then", "Share the plan", "with the GP.", "Sam Sample",
        "Invented Team"]


def test_pre_keeps_its_lines_and_a_bullet_in_it_starts_an_item() -> None:
    assert _lines("<p>Before\nthe list.</p><pre>\nCheck list:\n  \u2022 who lives here\r\n"
                  "\n  \u2022 who <b>visits</b>\n</pre><p>After\nit.</p>") == [
        "Before the list.", "Check list:", "- who lives here", "", "- who visits",
        "After it."]


_SPACE = st.text(alphabet=" \t\n\r\f", min_size=1, max_size=4)
_WORD = st.text(alphabet="abcXYZ\u00e9", min_size=1, max_size=6)


@given(st.lists(st.tuples(_WORD, _SPACE), min_size=1, max_size=12))
def test_any_white_space_in_a_paragraph_is_one_space(words: list[tuple[str, str]]) -> None:
    body = "".join(word + space for word, space in words)
    assert _lines(f"<p>{body}</p>") == [" ".join(word for word, _ in words)]
