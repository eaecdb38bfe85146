"""The session side of the room (#18): points accepted from the room, the confidence check's
counts in the session, the notes and reports; older files without them still load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from reflect.export.docx_export import to_docx
from reflect.export.identifiers import kinds_in
from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.changes import ConfidenceChanged
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Confidence, Session
from reflect.report import Filters, build_report, gather, to_html
from reflect.report import to_markdown as report_md
from reflect.store.sessions import load_session, save_session
from tests.conftest import FICTIONAL_REVIEW
from tests.local_days import here

ROLES_ONLY = ExportOptions(roles_only=True)


@pytest.fixture
def review(tmp_path: Path) -> Review:
    from reflect.store.library import load_library

    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    return load_library(folder).reviews[0]


def session(review: Review, sid: str = "2026-01-10-child-zz-room") -> Session:
    return Session.start(review, sid, team="Invented Team",
                         created=here(2026, 1, 10, 12))


def test_points_from_the_room_keep_who_sent_them_and_save(review, tmp_path):
    s = session(review)
    edits = SessionEdits(s)
    edits.add_point("zz-first", "Invented named point", from_room="Sam")
    edits.add_point("zz-first", "Invented anonymous point", from_room="anonymous")
    edits.add_point("zz-first", "Typed here")
    path = save_session(tmp_path, s)
    text = path.read_text(encoding="utf-8")
    assert text.count("from_room") == 2  # a point typed here writes none
    again = load_session(path)
    assert [p.from_room for p in again.answer("zz-first").points] == ["Sam", "anonymous", None]
    md = to_markdown(again, review)
    # "Sam" is on no list: given with no role or agency (docs/exporting.md)
    assert "- Invented named point (Sam, no role or agency given)" in md
    assert "- Invented anonymous point (anonymous)" in md
    assert "- Typed here\n" in md
    # Notes by role only never print a name given in the room; "anonymous" is no name.
    roles = to_markdown(again, review, ROLES_ONLY)
    assert "Sam" not in roles and "(anonymous)" in roles
    said = [p["said_by"] for p in json.loads(to_json(again))["session"]["answers"][0]["points"]]
    assert said == ["Sam, no role or agency given", "anonymous", ""]


def test_confidence_is_set_through_edits_undone_and_saved(review, tmp_path):
    s = session(review)
    edits = SessionEdits(s)
    assert edits.set_confidence("end", "How confident?", [0, 0, 1, 2, 3]) == \
        ConfidenceChanged("end")
    edits.set_confidence("start", "How confident?", [1, 2, 3, 0, 0])
    assert [c.phase for c in s.confidence or []] == ["start", "end"]
    edits.undo()
    assert s.confidence_at("start") is None and s.confidence_at("end") is not None
    edits.set_confidence("start", "How confident?", [1, 2, 3, 0, 0])
    again = load_session(save_session(tmp_path, s))
    assert again.confidence_at("start").counts == [1, 2, 3, 0, 0]
    assert again.confidence_at("end").average == pytest.approx((3 + 8 + 15) / 6)
    with pytest.raises(ValidationError):
        Confidence(phase="start", prompt="x", counts=[1, 2, 3])
    with pytest.raises(ValidationError):
        Confidence(phase="start", prompt="x", counts=[1, 2, 3, 4, -1])


def test_older_files_without_the_fields_still_load(review, tmp_path):
    s = session(review)
    SessionEdits(s).add_point("zz-first", "Typed here")
    path = save_session(tmp_path, s)
    text = path.read_text(encoding="utf-8")
    assert "confidence" not in text and "from_room" not in text
    again = load_session(path)
    assert again.confidence is None and again.answer("zz-first").points[0].from_room is None
    assert "Confidence check" not in to_markdown(again, review)


def test_confidence_in_every_notes_format(review, tmp_path):
    s = session(review)
    SessionEdits(s).set_confidence("start", "How confident do you feel about invented <b>?",
                                   [0, 2, 1, 0, 0])
    line = ("How confident do you feel about invented <b>? 3 answers: 1 ×0, 2 ×2, 3 ×1, 4 ×0, "
            "5 ×0; average 2.3 of 5")
    assert "## Confidence check" in to_markdown(s, review)
    assert ("At the start: How confident do you feel about invented <b>? 3 answers: none gave "
            "1, 2 gave 2, 1 gave 3, none gave 4, none gave 5; average 2.3 of 5.\n"
            ) in to_text(s, review)  # (in words, read aloud: `- `, `×` read "dash", "times")
    from reflect.export.html import to_html as notes_html

    page = notes_html(s, review)
    assert "invented &lt;b&gt;?" in page and "invented <b>?" not in page
    data = json.loads(to_json(s))["session"]["confidence"]
    assert data[0]["counts"] == {"1": 0, "2": 2, "3": 1, "4": 0, "5": 0}
    assert data[0]["answers"] == 3
    from docx import Document

    target = tmp_path / "notes.docx"
    target.write_bytes(to_docx(s, review))
    paragraphs = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Confidence check" in paragraphs and "At the start: " + line in paragraphs


def test_report_counts_confidence_before_and_after_per_team(review, tmp_path):
    folder = tmp_path / "shared"
    asked = session(review)
    edits = SessionEdits(asked)
    edits.set_confidence("start", "How confident?", [0, 2, 2, 0, 0])
    edits.set_confidence("end", "How confident?", [0, 0, 1, 2, 0])
    save_session(folder, asked)
    save_session(folder, session(review, "2026-01-11-child-zz-plain"))
    report = build_report(gather([folder], Filters(), cache=tmp_path / "cache"))
    [team] = report.teams
    assert team.reviews[0].confidence == ["10 January 2026: confidence 2.5 → 3.7 (4 → 3 answers)"]
    assert "  - 10 January 2026: confidence 2.5 → 3.7 (4 → 3 answers)" in report_md(report)
    assert "confidence 2.5 → 3.7" in to_html(report)
    # Read again from the cache: the same.
    again = build_report(gather([folder], Filters(), cache=tmp_path / "cache"))
    assert again.teams[0].reviews[0].confidence == team.reviews[0].confidence


def test_kinds_in_finds_personal_details_in_one_text():
    assert kinds_in("Ring the invented aunt on 07700 900123") == ["UK phone number"]
    assert kinds_in("zz@example.invalid or 07700 900123") == ["email address",
                                                              "UK phone number"]
    assert kinds_in("Nothing personal here") == []
