"""Text reaches the session and review models without terminal control characters, from a
file or from code, and a schema_version reflect does not know is refused, never rewritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import (
    Action,
    Answer,
    CarriedAction,
    Participant,
    Point,
    Session,
    Timing,
)
from reflect.store.sessions import list_sessions, read_session, save_session

ESCAPES = "\x1b]0;PWNED\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\x1b]8;;http://x.invalid\x07\u202e\x00"
"""Window title, clear screen, clipboard write, link, right-to-left override, NUL."""


def hostile(text: str) -> str:
    return f"{text}{ESCAPES}\r\nnext\tline"


def clean(text: str) -> str:
    return f"{text}\nnext\tline"  # every sequence gone whole, not only its ESC


def strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in strings(k) + strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings(v)]
    return []


def hostile_session() -> Session:
    return Session(
        id="20260101-child-zz-0000beef", review_id="child-zz", review_title=hostile("Child ZZ"),
        title=hostile("Title"), team=hostile("Team"), facilitator=hostile("Facilitator"),
        participants=[Participant(name=hostile("Name"), role=hostile("Role"),
                                  agency=hostile("Agency"))],
        answers=[Answer(question_id="zz-first", question=hostile("Q"), text=hostile("A"),
                        points=[Point(text=hostile("Point"))], what=hostile("W"),
                        so_what=hostile("SW"), now_what=hostile("NW"), source=hostile("S"))],
        notes={"intro": hostile("Note")}, actions=[Action(text=hostile("Act"),
                                                          owner=hostile("O"), due=hostile("D"))],
        carried=[CarriedAction(session_id="20250101-child-zz-0000cafe",
                               session_label=hostile("L"), action_id="a1", text=hostile("C"))],
        timing=Timing(spent={"intro": 5}), differently=hostile("Diff"),
        drafts={"point:zz-first": hostile("Draft"), "action:text": hostile("Draft")})


def test_every_text_field_of_a_session_is_cleaned_when_built():
    s = hostile_session()
    data = s.model_dump(mode="python")
    for text in strings(data):
        for bad in ("\x1b", "\x07", "\x00", "\u202e", "\r"):
            assert bad not in text, (bad, text)
    # a one-line box (a title, a point) holds no tab; a draft keeps what was typed
    assert s.title == clean("Title").replace("\t", " ")
    assert s.answers[0].points[0].text == clean("Point").replace("\t", " ")
    assert s.drafts["action:text"] == clean("Draft")


def test_text_assigned_or_kept_as_a_draft_is_cleaned():
    s = hostile_session()
    s.team = hostile("Later")
    s.answers[0].text = hostile("Typed")
    s.set_draft("person:name", hostile("Pasted"))
    assert s.team == "Later next line"  # a name one-spaced (`Name`): one line
    assert s.answers[0].text == clean("Typed").replace("\t", " ")
    assert s.drafts["person:name"] == clean("Pasted")


def test_notes_set_in_place_are_cleaned_in_the_app_and_in_walk(monkeypatch, capsys,
                                                               fictional_dir, tmp_path):
    # A dict changed in place is not validated by pydantic: the app's SessionEdits and
    # plain mode both set a section's notes that way (walk saved ESC sequences typed into a
    # note to the file).
    import io

    from reflect.cli import main
    from reflect.model.edits import SessionEdits

    s = hostile_session()
    SessionEdits(s).set_notes("context", hostile("Typed note"))
    assert s.notes["context"] == clean("Typed note").replace("\t", " ")

    sessions = tmp_path / "sessions"
    typed = "\n".join(["", f"Walked note {ESCAPES} end", ".", ""]) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert main(["walk", "child-zz", "--mode", "team", "--title", "Invented walk",
                 "--team", "", "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(sessions)]) == 0
    capsys.readouterr()
    [entry] = list_sessions(sessions).entries
    raw = entry.path.read_text()
    assert "Walked note" in raw and "\\u001b" not in raw and "\\u0007" not in raw


def test_a_session_file_with_escapes_loads_clean(tmp_path: Path):
    import tomli_w

    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "20260101-child-zz-0000beef.toml"
    # Raw escapes in the file, as a shared folder or another tool could leave them.
    path.write_text(tomli_w.dumps({"schema_version": 2, "id": path.stem,
                                   "review_id": "child-zz", "review_title": "Child ZZ",
                                   "title": hostile("Title"), "team": hostile("Team"),
                                   "drafts": {"point:zz-first": hostile("Draft")}}))
    assert "\\u001b" in path.read_text()
    before = path.read_bytes()
    session, _ = read_session(path)
    assert session.title == clean("Title").replace("\t", " ")
    assert session.team == "Team next line"  # one-spaced (`Name`)
    assert session.drafts["point:zz-first"] == clean("Draft")
    assert path.read_bytes() == before  # reading never rewrites


PASTED = "Fictional\tYOT team!"
"""A cell pasted from a spreadsheet row into a one-line box."""


def test_a_tab_in_a_one_line_item_field_is_a_space():
    """Pasted into Agency on Who is here, a tab was kept: the Markdown notes printed it raw and
    the text export expanded it. Every field typed into an item's one-line box holds a space."""
    person = Participant(name=PASTED, role=PASTED, agency=PASTED)
    assert (person.name, person.role, person.agency) == ("Fictional YOT team!",) * 3
    person.agency = "\tInvented \t\t Trust\t"  # assigned, as the form edits in place
    assert person.agency == "Invented Trust"
    action = Action(text=PASTED, owner=PASTED, due="next\tFriday", progress=PASTED,
                    recommendation=PASTED, agreed_due=PASTED)
    assert "\t" not in "".join(str(v) for v in action.model_dump().values())
    assert action.due == "next Friday"
    carried = CarriedAction(session_id="20250101-child-zz-0000cafe", session_label="Earlier",
                            action_id="a1", text=PASTED, owner=PASTED, due=PASTED)
    carried.note, carried.new_due = PASTED, "end\tof March"
    assert (carried.text, carried.owner, carried.due, carried.note, carried.new_due) == (
        *("Fictional YOT team!",) * 4, "end of March")
    point = Point(text=PASTED, from_room=PASTED)
    assert (point.text, point.from_room) == ("Fictional YOT team!",) * 2


def test_a_tab_in_a_sessions_title_team_or_facilitator_is_a_space(tmp_path: Path):
    """The session's own one-line boxes kept a tab (a helper's trial): the title went into the
    window's title and the notes' heading with it, the team and facilitator into the notes."""
    import tomli_w

    path = tmp_path / "20260101-child-zz-0000beef.toml"
    path.write_text(tomli_w.dumps({
        "schema_version": 2, "id": path.stem, "review_id": "child-zz",
        "review_title": "Child ZZ", "title": PASTED, "team": "Invented\tteam",
        "facilitator": "Sam\tSample"}))
    session, _ = read_session(path)
    assert (session.title, session.team, session.facilitator) == (
        "Fictional YOT team!", "Invented team", "Sam Sample")
    session.team = "Riverside\tinvented team"  # as the Who is here step sets it
    assert session.team == "Riverside invented team"


def test_a_tab_in_a_person_read_from_a_file_never_reaches_the_notes(tmp_path: Path):
    import tomli_w

    from reflect.store.exports import render_bytes

    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "20260101-child-zz-0000beef.toml"
    path.write_text(tomli_w.dumps({
        "schema_version": 2, "id": path.stem, "review_id": "child-zz",
        "review_title": "Child ZZ", "title": "Invented exercise",
        "participants": [{"id": "p1", "name": "Pat\tExample", "role": "Social worker",
                          "agency": PASTED}],
        "actions": [{"id": "a1", "text": "Ring the\tinvented school", "owner": PASTED}]}))
    session, _ = read_session(path)
    assert session.participants[0].agency == "Fictional YOT team!"
    for fmt in ("md", "txt"):
        notes = render_bytes(session, fmt).decode()
        assert "Fictional YOT team!" in notes and "Pat Example" in notes, fmt
        assert "\t" not in notes and "Fictional  " not in notes, fmt


TABBED = "🎉\tTabbed by Invented Team\n\tPat \t Example\t\nSam\tSample"
"""Pasted into a box of several lines: a tab after an emoji, leading a line, among spaces and
ending one."""
UNTABBED = "🎉 Tabbed by Invented Team\nPat Example\nSam Sample"


def test_a_tab_in_a_box_of_several_lines_is_a_space_line_by_line():
    """An answer, notes, what I will do differently and the CPD record's words hold a tab as
    a one-line box does: a space, line by line (none at a line's ends)."""
    from reflect.model.clean import as_lines
    from reflect.model.cpd import CpdChoices, TeamLink, TeamPoint
    from reflect.model.edits import SessionEdits

    answer = Answer(question_id="zz-first", question="Q?", text=TABBED, what=TABBED,
                    so_what=TABBED, now_what=TABBED)
    assert {answer.text, answer.what, answer.so_what, answer.now_what} == {UNTABBED}
    answer.text = "Invented\tagain"  # assigned, as the app's editor sets it
    assert answer.text == "Invented again"
    s = hostile_session()
    s.differently = TABBED
    SessionEdits(s).set_notes("context", TABBED)  # set in place: not validated by pydantic
    assert s.differently == s.notes["context"] == as_lines(TABBED) == UNTABBED
    cpd = CpdChoices(why_relevant=TABBED, method=TABBED, themes={"Preserve safety": TABBED})
    assert {cpd.why_relevant, cpd.method, cpd.themes["Preserve safety"]} == {UNTABBED}
    link = TeamLink(session_id="20250101-child-zz-0000cafe", summaries={"zz-first": TABBED},
                    notes=[TABBED], actions=[TABBED], points={"zz-first": [TeamPoint(
                        text=TABBED)]})
    assert {link.summaries["zz-first"], link.notes[0], link.actions[0],
            link.points["zz-first"][0].text} == {UNTABBED}


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "pdf", "csv", "json"])
def test_a_tab_in_a_session_file_s_answers_and_notes_never_reaches_the_notes(
        tmp_path: Path, fmt: str, fictional_dir: Path):
    """A session file holding a tab in an answer or notes (written before the boxes turned
    one into a space, or by hand): every format prints a space, the words apart (the PDF
    printed none: "[party popper]Tabbed", a fresh-eyes trial); CSV and JSON hold the
    session's text as read, which holds a space (CSV: the actions, one-line boxes)."""
    import io
    import zipfile

    import tomli_w

    from reflect.store.exports import render_bytes
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    path = tmp_path / "20260101-child-zz-0000beef.toml"
    start = Session.start(review, path.stem, mode="individual", title="Invented tabs")
    data = start.model_dump(exclude_none=True)
    data["answers"][0].update(what=TABBED, so_what="Invented\tso what")
    data.update(notes={"intro": "Invented\tnote"}, differently="Invented\tdifferently",
                actions=[{"id": "a1", "text": "Ring the\tinvented school"}])
    path.write_text(tomli_w.dumps(data))
    assert "\t" in path.read_text()  # the file holds the tabs
    session, _ = read_session(path)
    rendered = render_bytes(session, fmt, review)
    if fmt == "docx":
        text = zipfile.ZipFile(io.BytesIO(rendered)).read("word/document.xml").decode()
        assert "<w:tab/>" not in text
    elif fmt == "pdf":
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(rendered))
    else:
        text = rendered.decode("utf-8-sig")
    assert "\t" not in text and "\\t" not in text
    words = " ".join(text.split())
    for said in ("Ring the invented school",) + (() if fmt == "csv" else (  # (actions only)
            "Tabbed by Invented Team", "Invented so what", "Invented note",
            "Invented differently", "Sam Sample")):
        assert said in words, (fmt, said)
    assert "popper]Tabbed" not in words and "🎉Tabbed" not in words


def test_review_content_is_cleaned():
    review = Review(id="child-zz", title=hostile("Child ZZ"), partnership="Invented Shire",
                    review_type="Exercise", summary=hostile("Summary"), themes=["x"],
                    introduction=[hostile("Intro")], purpose=hostile("Purpose"),
                    questions=[{"id": "zz-first", "text": hostile("Q?")}])  # type: ignore[list-item]
    for text in strings(review.model_dump(mode="python")):
        assert "\x1b" not in text and "\u202e" not in text


@pytest.mark.parametrize("value,toml", [(0, "0"), (-1, "-1"), ("2", '"2"'), (2.0, "2.0"),
                                        (True, "true"), ("x", '"x"')])
def test_unknown_schema_versions_are_unreadable_and_left_alone(tmp_path: Path, value, toml):
    folder = tmp_path / "sessions"
    folder.mkdir()
    s = Session(id="20260101-child-zz-0000beef", review_id="child-zz", review_title="Child ZZ")
    path = save_session(folder, s)
    data = path.read_text().replace(f"schema_version = {SCHEMA_VERSION}",
                                    f"schema_version = {toml}")
    path.write_text(data)
    found = list_sessions(folder)
    assert found.entries == []
    [problem] = found.problems
    assert problem.startswith(str(path)) and "schema_version" in problem
    assert f"{value!r} is not a schema version" in problem
    assert path.read_text() == data


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_known_schema_versions_load(tmp_path: Path, version: int):
    folder = tmp_path / "sessions"
    folder.mkdir()
    s = Session(id="20260101-child-zz-0000beef", review_id="child-zz", review_title="Child ZZ")
    path = save_session(folder, s)
    path.write_text(path.read_text().replace(f"schema_version = {SCHEMA_VERSION}",
                                             f"schema_version = {version}"))
    session, read_only = read_session(path)
    assert session.schema_version == SCHEMA_VERSION and read_only is None


@pytest.mark.parametrize("value", [0, -1, "2", 2.0, True])
def test_the_model_refuses_unknown_schema_versions(value):
    with pytest.raises(ValueError):
        Session(id="x", review_id="child-zz", review_title="Child ZZ", schema_version=value)
