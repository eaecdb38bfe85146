"""A redacted copy reads naturally in every format: a Markdown export showed `@\\[redacted]`
(the escape in the raw file) and read "…then visit @[redacted]" (a trial). The "@" written
before a name goes with it, and Markdown writes the marker as it reads wherever it can start
no link. The team and everyone here are invented."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from markdown_it import MarkdownIt

from reflect.export.identifiers import find_identifiers, redact
from reflect.export.markdown import escape
from reflect.export.options import ExportOptions
from reflect.model.session import Participant, Point, Session
from reflect.store.exports import render_bytes
from reflect.store.library import load_library

SAID = "Agreed to ring first, then visit @Rob Example"


@pytest.fixture
def session(fictional_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261101-child-zz-0000abcd", title="Invented meeting",
                      team="Invented Team")
    s.participants = [Participant(id="p1", name="Pat Example", role="Social worker")]
    s.answers[0].points.append(Point(text=SAID, by="p1"))
    s.answers[1].text = "Pat Example will write to @Pat Example's manager."
    return s


def _redacted(s: Session) -> Session:
    return redact(s, find_identifiers(s, roles_only=True))


def test_the_at_goes_with_the_name_it_was_written_before(session):
    clean = _redacted(session)
    assert clean.answers[0].points[0].text == "Agreed to ring first, then visit [redacted]"
    assert clean.answers[1].text == "[redacted] will write to [redacted]'s manager."


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_each_text_format_reads_then_visit_redacted(session, fmt):
    out = render_bytes(_redacted(session), fmt, None, ExportOptions(roles_only=True)).decode()
    assert "then visit [redacted]" in out
    assert "@[redacted]" not in out and "\\[redacted]" not in out


def test_the_word_document_too(session):
    data = render_bytes(_redacted(session), "docx", None, ExportOptions(roles_only=True))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "then visit [redacted]" in text and "@[redacted]" not in text


def test_markdown_renders_the_marker_as_text_not_a_link(session):
    md = render_bytes(_redacted(session), "md", None, ExportOptions(roles_only=True)).decode()
    html = MarkdownIt("commonmark").render(md)
    assert "then visit [redacted]" in html and "<a " not in html


@pytest.mark.parametrize("typed", ["[redacted](https://invented.example)", "[redacted][x]",
                                   "[redacted]: https://invented.example"])
def test_brackets_that_could_make_a_link_stay_escaped(typed):
    html = MarkdownIt("commonmark").render(escape(typed) + "\n\n[x]: /y\n")
    assert "<a " not in html and typed.split(":")[0] in html


def test_an_escaped_backslash_before_it_stays_one():
    assert escape("a \\[redacted] b") == "a \\\\[redacted] b"
    assert MarkdownIt("commonmark").render(escape("a \\[redacted] b")) == \
        "<p>a \\[redacted] b</p>\n"


def test_a_reports_actions_read_so_too(session, tmp_path):
    from datetime import date

    from reflect.model.session import Action
    from reflect.report import build_report, gather, to_markdown
    from reflect.store.sessions import save_session

    session.actions = [Action(id="a1", text="Ring first, then visit @Pat Example", due="",
                              status="open")]
    save_session(tmp_path / "sessions", session)
    today = date(2026, 12, 4)
    md = to_markdown(build_report(gather([tmp_path / "sessions"], today=today, use_cache=False),
                                  today=today))
    assert "Ring first, then visit [redacted]" in md and "@" not in md
