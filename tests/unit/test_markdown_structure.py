"""Block syntax typed into an answer stays text when the Markdown notes are rendered: parsed
with a real CommonMark parser (markdown-it-py, with tables on), the structure is unchanged
and the text reads as typed."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reflect.export.cpd import to_cpd_swe, to_nmc
from reflect.export.markdown import to_markdown
from reflect.model.session import Session

HOSTILE = [
    "~~~\nthe rest becomes code?",
    "```python\nprint('x')",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "> a quote\n> more",
    "- a list\n- of things",
    "* starred\n+ plussed",
    "1. first\n2) second",
    "# a heading\n## another",
    "Some text\n---",
    "Some text\n===",
    "<div>raw html</div>\n<script>alert(1)</script>",
    "before\n\n    indented like code\n\tand a tab",
    "&amp; an entity &copy;",
    "1.5 hours of reading\n2.5 hours more\n3. a list after all",
    "AT&T & co &#169; &x",
]
STRUCTURE = {"fence", "code_block", "table_open", "blockquote_open", "html_block", "hr",
             "ordered_list_open"}


def _tokens(md: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(md)


def _text(tokens: list[Token]) -> str:
    """Every piece of text the reader sees, one line per line break."""
    out = []
    for t in tokens:
        for c in t.children or []:
            out.append("\n" if c.type in ("softbreak", "hardbreak") else c.content)
        if t.type == "paragraph_close":
            out.append("\n")
    return "".join(out)


def _session(review, answer: str, mode: str = "team") -> Session:
    s = Session.start(review, "20260101-child-zz-0badf00d", mode=mode, title="Structure")
    s.set_answer("zz-first", "What would you do first?", answer)
    s.notes["intro"] = answer
    s.differently = answer
    return s


@pytest.mark.parametrize("answer", HOSTILE)
@pytest.mark.parametrize("export", [to_markdown, to_cpd_swe, to_nmc],
                         ids=["markdown", "cpd-swe", "nmc"])
def test_typed_block_syntax_stays_text(review, answer, export):
    mode = "team" if export is to_markdown else "individual"
    plain = _tokens(export(_session(review, "Plain words.", mode), review))
    hostile = _tokens(export(_session(review, answer, mode), review))
    kinds = [t.type for t in hostile]
    own = {t.type for t in plain}  # the NMC record's log entry is a table of its own
    assert not (STRUCTURE - own) & set(kinds), [k for k in kinds if k in STRUCTURE - own]
    # The same headings, lists and tables as a plain answer, so nothing after it changed shape.
    for kind in ("heading_open", "bullet_list_open", "list_item_open", "table_open", "tr_open"):
        assert kinds.count(kind) == [t.type for t in plain].count(kind), kind
    shown = _text(hostile)
    for line in answer.split("\n"):
        assert line.strip() in shown, line


def test_a_title_or_question_over_several_lines_stays_one_heading() -> None:
    """A title typed with line breaks (through `walk` or a hand-edited file) ended the heading
    at the first line and set the rest as a paragraph (found by bench/hostile_text.py)."""
    s = Session(id="20260101-child-zz-0000cafe", review_id="child-zz", review_title="Child ZZ",
                title="Invented title\n| a | b |\n# not a heading")
    headings = [t for t in _tokens(to_markdown(s)) if t.type == "heading_open"]
    first = to_markdown(s).splitlines()[0]
    assert first == "# Invented title \\| a \\| b \\| \\# not a heading"
    assert len(headings) == len([t for t in _tokens(to_markdown(
        s.model_copy(update={"title": "Invented title"}))) if t.type == "heading_open"])


def test_typed_emphasis_stays_text(review) -> None:
    """`**bold**` typed into an answer was rendered bold (a fresh-eyes trial); `*`, `_` and
    `~` inside a line are text too, and read as typed."""
    typed = "Write **bold** or *this* or _that_ or ~~struck~~; 2*3 and snake_case"

    def emphasis(tokens: list[Token]) -> list[str]:
        return [c.type for t in tokens for c in t.children or []
                if c.type in ("strong_open", "em_open", "s_open")]

    plain = _tokens(to_markdown(_session(review, "Plain words."), review))
    tokens = _tokens(to_markdown(_session(review, typed), review))
    assert emphasis(tokens) == emphasis(plain)  # the notes' own labels only
    assert typed in _text(tokens)
