"""An "@" before what is written as no name is written (all in capitals, or running straight
on into a digit or a bracket: a spreadsheet's "@SUM(1)", a cell "@A1") is no likely name,
unless it is a word of the name of someone the session lists. A trial: the agreed action
"@SUM(1) train GPs" gave "Agreed action 1: likely name: SUM", and every record printed
"[redacted](1) train GPs", the words typed lost. All names and text here are invented."""

from __future__ import annotations

import io

import docx
import pytest

from reflect.cli import main
from reflect.export.identifiers import LIKELY_NAME, find_identifiers, kinds_in
from reflect.export.likely_names import likely_names
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.exports import RECORDS, findings_for, render_bytes
from reflect.store.sessions import save_session

ACTION = "@SUM(1) train GPs"


def names_in(text: str, listed: frozenset[str] = frozenset()) -> list[str]:
    found = likely_names(text, listed) if listed else likely_names(text)
    return [text[start:end] for start, end, _ in found]


@pytest.mark.parametrize("text", [
    ACTION, "Fill in @A1 first", "Ask @NHS England", "Ask @HV and the school",
    "Spreadsheet @Sum(B2:B9)", "Ring @sam2 tomorrow", "Use @Total[3]",
])
def test_an_at_and_what_is_written_as_no_name_is_no_likely_name(text):
    assert names_in(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Asked @sam about it", ["sam"]),  # any case, as ever: "@rob" is Rob
    ("Ring the school @Ann Example.", ["Ann Example"]),
    ("Seen with @rob) today", ["rob"]),  # a bracket closing after it: still a name
    ("Teachers were not invited @rob", ["rob"]),
])
def test_an_at_and_a_name_is_still_a_likely_name(text, names):
    assert names_in(text) == names


def test_capitals_or_a_bracket_are_a_name_when_someone_listed_is_called_that():
    assert names_in("Ring @SAM", frozenset({"sam", "sample"})) == ["SAM"]
    assert names_in("Ring @Sam(1)", frozenset({"sam"})) == ["Sam"]
    assert names_in("Ring @SAM") == []


def team(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20261205-0900", title="Riverside invented meeting",
                      team="Riverside Team", facilitator="Pat Example",
                      participants=[Participant(name="Alex Example", role="Health visitor"),
                                    Participant(name="Sam Sample", role="GP"),
                                    Participant(name="Sam Other", role="Nurse")])
    s.answer("zz-first").text = "Invented summary."  # type: ignore[union-attr]
    s.add_action(Action(text=ACTION, owner="Sam Sample", due="Friday"))
    return s


def test_the_check_finds_no_name_in_the_action(review):
    assert find_identifiers(team(review), review) == []
    assert find_identifiers(team(review), review, roles_only=True) == []


def test_a_points_at_capitals_naming_two_people_here_is_still_found(review):
    """"@SAM" ending a point is Sam Sample or Sam Other: kept as typed, and the check still
    finds it, saying who it could be (export/at_names.py)."""
    s = team(review)
    s.answers[0].points.append(Point(text="Ask about fathers @SAM"))
    found = [(f.field, f.kind, f.text) for f in find_identifiers(s, review)]
    assert found == [("answers[0].points[0].text", LIKELY_NAME, "SAM")]


def test_a_point_from_the_room_is_checked_with_the_sessions_names(review):
    """The room's check (`kinds_in`) reads an "@" as the export's does: given no one's names,
    "@SAM" sent from a phone went unflagged with Sam Sample listed."""
    s = team(review)
    assert kinds_in("Ask about fathers @SAM", review, s) == [LIKELY_NAME]
    assert kinds_in(ACTION, review, s) == []
    assert kinds_in("Ask about fathers @SAM", review) == []  # (no session: no one listed)


def _text(data: bytes, fmt: str) -> str:
    if fmt.endswith("pdf"):
        from pdfminer.high_level import extract_text

        return extract_text(io.BytesIO(data))
    if fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        return "\n".join(p.text for t in doc.tables for row in t.rows for c in row.cells
                         for p in c.paragraphs)
    return data.decode("utf-8").replace("\\", "")


@pytest.mark.parametrize("fmt", sorted(RECORDS))
def test_every_record_keeps_the_words_typed(review, fmt):
    s = team(review)
    assert findings_for(s, fmt, review) == []
    text = _text(render_bytes(s, fmt, review), fmt)
    assert "[redacted]" not in text
    if fmt.startswith(("cpd", "swe")):  # those giving the team's agreed actions
        assert ACTION in " ".join(text.split())


def test_reflect_export_says_nothing_was_replaced(review, dirs, sessions_dir, tmp_path,
                                                 capsys):
    s = team(review)
    save_session(sessions_dir, s)
    target = tmp_path / "record.cpd.txt"
    assert main(["export", s.id, "-o", str(target), *dirs]) == 0
    out, err = capsys.readouterr()
    assert out == f"CPD record written to {target}\n" and "SUM" not in err
    assert f"- {ACTION} (owner: GP; due Friday)" in target.read_text(encoding="utf-8")


def test_the_partnerships_report_still_takes_every_at_for_a_name(review):
    """The report goes to the partnership, and over-redacting there costs nothing: "@SAM"
    (Sam Sample is here), "@KIM" (no one listed) and "@SUM(1)" are taken out of an action's
    words there, as they were before notes and records began keeping the codes a team types
    (the change above let "@SAM" and "@KIM" reach the report as typed)."""
    from reflect.report.facts import facts_of

    s = team(review)
    s.add_action(Action(text="Ring @SAM, then @KIM, about it", owner="Sam Sample"))
    texts = [a.text for a in facts_of(s).actions]
    assert texts == ["[redacted](1) train GPs", "Ring [redacted], then [redacted], about it"]
