"""An agreed action owned by one of the session's people (who attended, or was invited and did
not attend), in notes that name nobody: printed by that person's role (as the points they made
are attributed, and as the attendance lists them), in every format, and not held back by the
personal-details check. Anyone else keeps what the check said before, and is told why. All
people, roles and agencies here are invented."""

from __future__ import annotations

import csv
import io
import json

import docx
import pytest

from reflect.export.csv_export import to_csv
from reflect.export.docx_export import to_docx
from reflect.export.html import to_html
from reflect.export.identifiers import NAME, REDACTED, find_identifiers, redact
from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.session import Action, CarriedAction, Participant, Point, Session
from reflect.store.exports import findings_for, render_bytes
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run

ROLES_ONLY = ExportOptions(roles_only=True)
BY_AGENCY = ExportOptions(attendance_by_agency=True)
NO_ATTENDANCE = ExportOptions(include_attendance=False)


@pytest.fixture
def session(review) -> Session:
    s = Session.start(review, new_session_id("child-zz"), title="Invented huddle",
                      participants=[
                          Participant.parse("Ann Example, Health visitor, Invented Trust"),
                          Participant.parse("Bob Sample, Social worker, Invented Council"),
                          Participant(name="Robin Placeholder", role="GP",
                                      agency="Invented Practice", attended=False),
                      ])
    s.answers[0].points = [Point(text="Ask about the invented father", by="p1")]
    s.add_action(Action(text="Ring the invented school", owner="Ann Example"))
    s.add_action(Action(text="Book the invented room", owner="  bob   SAMPLE "))
    s.add_action(Action(text="Send the invented leaflet", owner="Duty manager"))
    return s


def docx_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    return "\n".join([p.text for p in doc.paragraphs]
                     + [" | ".join(c.text for c in row.cells)
                        for table in doc.tables for row in table.rows])


def every_format(s: Session, review, options: ExportOptions) -> dict[str, str]:
    return {"md": to_markdown(s, review, options), "txt": to_text(s, review, options),
            "html": to_html(s, review, options),
            "docx": docx_text(to_docx(s, review, options)),
            "json": to_json(s, review, options), "csv": to_csv(s, review, options)}


def owners(s: Session, review, options: ExportOptions) -> dict[str, list[str]]:
    """Each format's owner of each action, read back from what it wrote."""
    out: dict[str, list[str]] = {}
    data = json.loads(to_json(s, review, options))
    out["json"] = [a["owner"] for a in data["session"]["actions"]]
    out["csv"] = [row["owner"] for row in csv.DictReader(io.StringIO(to_csv(s, review, options)))]
    out["docx"] = [row.cells[1].text for row in docx.Document(
        io.BytesIO(to_docx(s, review, options))).tables[-1].rows[1:]]
    md = to_markdown(s, review, options)
    out["md"] = [line.split(" | ")[1] for line in md.splitlines()
                 if line.startswith("| ") and "invented" in line.split(" | ")[0]]
    return out


def test_roles_only_notes_give_an_attendees_action_to_their_role(session, review):
    expected = ["Health visitor, Invented Trust", "Social worker, Invented Council",
                "Duty manager"]
    for fmt, got in owners(session, review, ROLES_ONLY).items():
        assert got == expected, fmt
    txt = to_text(session, review, ROLES_ONLY)
    assert "Action 1: Ring the invented school. Owner: Health visitor, Invented Trust; " \
        "no due date given; status: open." in txt
    # the owner is worded as the points the same attendee made
    assert "Point 1: Ask about the invented father, said by Health visitor, Invented Trust" \
        in txt
    cell = '<td dir="auto">Health visitor, Invented Trust</td>'
    assert cell in to_html(session, review, ROLES_ONLY)
    for fmt, out in every_format(session, review, ROLES_ONLY).items():
        assert "Ann Example" not in out and "bob" not in out.casefold(), fmt


def test_notes_that_name_people_keep_the_owner_as_typed(session, review):
    for fmt, got in owners(session, review, ExportOptions()).items():
        assert got[0] == "Ann Example", fmt


def test_by_agency_notes_give_an_attendees_action_to_their_agency(session, review):
    for fmt, got in owners(session, review, BY_AGENCY).items():
        assert got == ["Invented Trust", "Invented Council", "Duty manager"], fmt


def test_notes_without_attendance_give_an_attendees_action_to_their_role(session, review):
    """Attendance left out, names allowed: the points name nobody, so an attendee's action is
    theirs as their points are (it printed "Ann Example" beside "(Health visitor, ...)")."""
    expected = ["Health visitor, Invented Trust", "Social worker, Invented Council",
                "Duty manager"]
    for fmt, got in owners(session, review, NO_ATTENDANCE).items():
        assert got == expected, fmt
    txt = to_text(session, review, NO_ATTENDANCE)
    assert "Point 1: Ask about the invented father, said by Health visitor, Invented Trust" \
        in txt
    assert "Action 1: Ring the invented school. Owner: Health visitor, Invented Trust; " \
        "no due date given; status: open." in txt
    for fmt, out in every_format(session, review, NO_ATTENDANCE).items():
        assert "Ann Example" not in out and "bob" not in out.casefold(), fmt
    # anyone else is printed as typed, as names are allowed, and the check holds nothing back
    session.actions[0].owner = "Casey Madeup"
    assert owners(session, review, NO_ATTENDANCE)["md"][0] == "Casey Madeup"
    for fmt in ("md", "txt", "html", "docx", "json", "csv", "pdf"):
        assert findings_for(session, fmt, review, NO_ATTENDANCE) == [], fmt


def test_the_check_holds_nothing_back_for_an_attendee_who_owns_an_action(session, review):
    assert find_identifiers(session, review, roles_only=True) == []
    assert find_identifiers(session, review, roles_only=True, by_agency=True) == []
    for fmt in ("md", "txt", "html", "docx", "json", "csv", "pdf"):
        assert findings_for(session, fmt, review, ROLES_ONLY) == [], fmt
        assert findings_for(session, fmt, review, BY_AGENCY) == [], fmt
    # the owner is left as typed in the session itself
    assert [a.owner for a in session.actions][:2] == ["Ann Example", "  bob   SAMPLE "]


def owner_findings(s: Session, **kwargs) -> list[tuple[str, str]]:
    return [(f.field, f.text) for f in find_identifiers(s, roles_only=True, **kwargs)
            if f.kind == NAME and f.field.endswith("].owner")]


def test_roles_only_notes_give_an_absentees_action_to_their_role(session, review):
    """Someone invited who did not attend was printed as typed, so the check held back the
    notes (a trial: "GP, Invented Practice" was expected, as for those who came)."""
    session.actions[2].owner = "robin placeholder"
    for fmt, got in owners(session, review, ROLES_ONLY).items():
        assert got[2] == "GP, Invented Practice", fmt
    for fmt, got in owners(session, review, BY_AGENCY).items():
        assert got[2] == "Invented Practice", fmt
    assert "Action 3: Send the invented leaflet. Owner: GP, Invented Practice; no due date " \
        "given; status: open." \
        in to_text(session, review, ROLES_ONLY)
    for options in (ROLES_ONLY, BY_AGENCY):
        for fmt, out in every_format(session, review, options).items():
            assert "robin" not in out.casefold(), fmt
        for fmt in ("md", "txt", "html", "docx", "json", "csv", "pdf"):
            assert findings_for(session, fmt, review, options) == [], fmt
    assert "Owner: GP, Invented Practice" in \
        render_bytes(session, "txt", review, ROLES_ONLY).decode()
    assert session.actions[2].owner == "robin placeholder"  # the session keeps it as typed


@pytest.mark.parametrize("owner", ["Ann", "Ann Example and Bob Sample", "Robin"])
def test_anyone_but_one_attendee_named_in_full_is_held_back_as_before(session, owner):
    """A first name alone (of someone who came, or did not), two people."""
    session.actions[0].owner = owner
    assert owner_findings(session)[0][0] == "actions[0].owner"
    clean = redact(session, find_identifiers(session, roles_only=True))
    assert REDACTED in to_text(clean, None, ROLES_ONLY)


def test_two_attendees_of_one_name_are_not_guessed_between(session, review):
    session.add_participant(Participant.parse("Ann Example, Midwife, Other Invented Trust"))
    assert owner_findings(session) == [("actions[0].owner", "Ann Example")]
    clean = redact(session, find_identifiers(session, review, roles_only=True))
    assert owners(clean, review, ROLES_ONLY)["md"][0] == REDACTED  # as it reads: no escape
    assert owners(clean, review, ROLES_ONLY)["csv"][0] == REDACTED


def test_an_attendee_with_no_role_is_not_guessed(session, review):
    session.participants[0].role = ""  # their agency alone would read as the Trust's action
    assert owner_findings(session) == [("actions[0].owner", "Ann Example")]
    clean = redact(session, find_identifiers(session, review, roles_only=True))
    assert owners(clean, review, ROLES_ONLY)["json"][0] == REDACTED
    # by agency, the agency is what the notes print of everyone
    assert owner_findings(session, by_agency=True) == []
    session.participants[1].agency = ""
    assert owner_findings(session, by_agency=True) == [("actions[1].owner", "bob   SAMPLE")]
    assert owners(session, review, BY_AGENCY)["json"][1] == "  bob   SAMPLE "


def test_other_details_in_an_attendees_name_are_still_found(session, review):
    """The owner field is still looked at for every other kind of detail."""
    session.participants[0].name = "ann@example.com"
    session.actions[0].owner = "ann@example.com"
    found = [(f.field, f.kind) for f in find_identifiers(session, review, roles_only=True)]
    assert ("actions[0].owner", "email address") in found
    clean = redact(session, find_identifiers(session, review, roles_only=True))
    for fmt, out in every_format(clean, review, ROLES_ONLY).items():
        assert "ann@example.com" not in out, fmt


def test_the_command_line_exports_roles_only_notes_with_the_owners_role(
        capsys, session, fictional_dir, sessions_dir, tmp_path):
    save_session(sessions_dir, session)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, out, _ = run(capsys, "check", session.id, "--roles-only", *dirs)
    assert code == 0 and "No likely personal details" in out
    code, out, err = run(capsys, "export", session.id, "--roles-only", *dirs)
    assert code == 0, err
    assert "| Ring the invented school | Health visitor, Invented Trust |" in out
    assert "Ann Example" not in out
    target = tmp_path / "actions.csv"
    code, _, err = run(capsys, "export", session.id, "--roles-only", "-o", str(target), *dirs)
    assert code == 0, err
    assert "Health visitor, Invented Trust" in target.read_text(encoding="utf-8-sig")
    # someone invited who did not attend is printed by role too (the check held it back)
    session.actions[0].owner = "Robin Placeholder"
    save_session(sessions_dir, session)
    code, out, err = run(capsys, "export", session.id, "--roles-only", *dirs)
    assert code == 0, err
    assert "| Ring the invented school | GP, Invented Practice |" in out
    assert "Robin" not in out
    code, out, _ = run(capsys, "check", session.id, "--roles-only", *dirs)
    assert code == 0 and "No likely personal details" in out
    # a first name alone is still held back, and the user is told why and what to type
    session.actions[0].owner = "Robin"
    save_session(sessions_dir, session)
    code, out, err = run(capsys, "export", session.id, "--roles-only", *dirs)
    assert code == 1 and out == ""
    lines = err.splitlines()
    at = lines.index("  Agreed action 1 (owner): participant name: Robin")
    assert lines[at + 1] == (
        "    “Robin” is not one person on the list named in full, so it cannot be printed by "
        "role or agency and is held back. Type the owner as the list names them (“Robin "
        "Placeholder”), or as a role.")
    code, out, _ = run(capsys, "export", session.id, "--roles-only", "--redact", *dirs)
    assert code == 0 and "| Ring the invented school | [redacted] |" in out


def test_the_pdf_prints_the_owners_role(session, review):
    text = render_bytes(session, "txt", review, ROLES_ONLY).decode()
    assert "Owner: Health visitor, Invented Trust" in text


def test_roles_only_actions_csv_leaves_out_an_earlier_actions_owner(session, review):
    """The check never looks for names in last time's owners when the notes name nobody (the
    notes print them by role or leave them out: parts.carried_owner); the actions' CSV printed
    them all the same. Someone not on this session's list: only their name is known here."""
    session.carried = [CarriedAction(session_id="20261101-child-zz-0000abcd",
                                     session_label="November huddle", action_id="a1",
                                     text="Ring the invented nursery", owner="Casey Madeup")]
    assert findings_for(session, "csv", review, ROLES_ONLY) == []
    for options in (ROLES_ONLY, BY_AGENCY):
        rows = list(csv.DictReader(io.StringIO(to_csv(session, review, options))))
        assert [r["owner"] for r in rows if r["carried_over_from"]] == [""]
        assert "Casey Madeup" not in to_csv(session, review, options)
    rows = list(csv.DictReader(io.StringIO(to_csv(session, review, ExportOptions()))))
    assert [r["owner"] for r in rows if r["carried_over_from"]] == ["Casey Madeup"]


def carried_owners(s: Session, review, options: ExportOptions) -> dict[str, list[str]]:
    """Each format's owner of each of last time's actions, read back from what it wrote."""
    out: dict[str, list[str]] = {}
    data = json.loads(to_json(s, review, options))
    out["json"] = [c["owner"] for c in data["session"]["carried"]]
    out["csv"] = [row["owner"] for row in csv.DictReader(io.StringIO(to_csv(s, review, options)))
                  if row["carried_over_from"]]
    out["docx"] = [row.cells[1].text for row in docx.Document(
        io.BytesIO(to_docx(s, review, options))).tables[0].rows[1:]]
    md = to_markdown(s, review, options).split("## Actions from earlier sessions")[1]
    out["md"] = [line.split(" | ")[1] for line in md.split("\n## ")[0].splitlines()
                 if line.startswith("| ") and "invented" in line.split(" | ")[0]]
    return out


def test_roles_only_notes_give_last_times_owner_who_attended_by_role(session, review):
    """Last time's owners were all left out of roles-only notes, so the team's notes lost who
    was to do what. Now: by role where this session knows it (one of its people named in
    full, attended or not, as this session's owners are); left out where all that is known is
    a name."""
    earlier = [("Ring the invented nursery", "Ann Example"),
               ("Book the invented hall", "  bob   SAMPLE "),
               ("Post the invented letter", "Robin Placeholder"),  # invited, not here
               ("Chase the invented report", "Ann"),  # a first name alone
               ("Check the invented rota", "Casey Madeup")]  # not on this session's list
    session.carried = [CarriedAction(session_id="20261101-child-zz-0000abcd",
                                     session_label="November huddle", action_id=f"a{n}",
                                     text=text, owner=owner)
                       for n, (text, owner) in enumerate(earlier, 1)]
    by_role = ["Health visitor, Invented Trust", "Social worker, Invented Council",
               "GP, Invented Practice", "", ""]
    for fmt, got in carried_owners(session, review, ROLES_ONLY).items():
        assert got == by_role, fmt
    txt = to_text(session, review, ROLES_ONLY)
    assert "Earlier action 1: Ring the invented nursery. Owner: Health visitor, Invented " \
        "Trust; no due date given; from: November huddle" in txt
    assert "Earlier action 3: Post the invented letter. Owner: GP, Invented Practice; no due " \
        "date given; from: November huddle" in txt
    cell = '<td dir="auto">Health visitor, Invented Trust</td>'
    assert cell in to_html(session, review, ROLES_ONLY)
    for fmt, out in every_format(session, review, ROLES_ONLY).items():
        for name in ("Ann Example", "bob", "Robin", "Casey Madeup", "(owner: Ann"):
            assert name.casefold() not in out.casefold(), (fmt, name)
    for fmt, got in carried_owners(session, review, BY_AGENCY).items():
        assert got == ["Invented Trust", "Invented Council", "Invented Practice", "", ""], fmt
    # attendance left out: the same; notes that name people: as typed
    assert carried_owners(session, review, NO_ATTENDANCE)["json"] == by_role
    assert carried_owners(session, review, ExportOptions())["json"] == [o for _, o in earlier]
    for fmt in ("md", "txt", "html", "docx", "json", "csv", "pdf"):
        assert findings_for(session, fmt, review, ROLES_ONLY) == [], fmt
        assert findings_for(session, fmt, review, BY_AGENCY) == [], fmt
