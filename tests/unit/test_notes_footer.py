"""The notes' last line says when the session was last changed, in every format, in one
wording (`export.parts.session_changed`): "Notes from reflect, last updated 2026-… UTC" was
read as the time the notes were exported (a school's lead). All names here are invented."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
import pytest

from reflect.export.parts import notes_footer, session_changed
from reflect.model.session import Session
from reflect.store.exports import render_bytes

CHANGED = "the session was last changed on 2030-11-20 at 10:07 UTC"
CHANGED_IN_WORDS = "the session was last changed on Wednesday 20 November 2030 at 10:07 UTC"
"""The plain-text notes' (`test_notes_read_aloud.py`): its date was read "2030 dash 11 dash
20"."""


@pytest.fixture
def session(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20301120-1000", mode="individual",
                      title="Invented footer reflection", facilitator="Pat Example")
    s.answer("zz-first").what = "The invented family had a leaflet only."
    s.updated = datetime(2030, 11, 20, 10, 7, tzinfo=UTC)
    return s


def text_of(data: bytes, fmt: str) -> str:
    if fmt.endswith("docx"):
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    return data.decode()


def test_the_wording_says_it_is_when_the_session_changed(session):
    assert session_changed(session) == CHANGED
    assert notes_footer(session) == f"Notes from reflect: {CHANGED}."


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "cpd-md", "cpd-txt", "cpd-docx",
                                 "swe-md", "nmc-txt", "nmc-discussion-docx"])
def test_every_format_says_when_the_session_was_last_changed(session, review, fmt):
    text = text_of(render_bytes(session, fmt, review), fmt)
    in_words = fmt == "txt" or fmt.startswith(("cpd", "swe", "nmc"))  # (and the records)
    assert (CHANGED_IN_WORDS if in_words else CHANGED) in text, text[-400:]
    assert "last updated" not in text
