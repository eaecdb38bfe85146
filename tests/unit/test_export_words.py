"""What the export dialog says of a check (ui/screens/export_words.py): the first finding
split from the rest, the line saying where the rest are, and a record's note kept out of the
check's message (it is said under the formats). All names are invented."""

from __future__ import annotations

import textwrap

from reflect.ui.screens.export_words import (
    check_lead,
    check_message,
    check_notes,
    check_state,
    choose_after_finding,
    first_finding,
    more_below,
    record_note,
)

LINES = ["  Question 1: What?: likely name: Jane Doe",
         "    “@Sample” could be Sam Sample or Chris Sample: edit the point",
         "  Question 2: What?: UK phone number: 07700 900123",
         "  Question 3: What?: likely name: Kit Invented"]


def test_the_first_finding_keeps_its_advice_and_the_rest_are_counted():
    first, rest = first_finding(LINES)
    assert first == LINES[:2] and rest == LINES[2:]
    assert more_below(rest) == "  … and 2 more findings, under the formats (PgDn)."
    assert more_below(rest[:1]).startswith("  … and 1 more finding,")
    assert first_finding(LINES[:1]) == (LINES[:1], [])


def test_the_check_s_lines_fit_one_line_of_the_dialog_at_60_columns():
    """The dialog's text is 54 columns wide at 60: each line here takes one (two lines each
    pushed the list of formats, which has the focus, out of view as the dialog opened)."""
    assert all(len(check_state(checked, found)) <= 54
               for checked, found in ((False, False), (True, False), (True, True)))
    assert len(more_below(["  Question 1: x"] * 12)) <= 54
    assert len(more_below(["  Question 1: x"] * 9, notes=5)) <= 54


def test_the_notes_said_under_the_formats_are_counted_with_the_findings():
    """At 80x24 two findings and three notes put the third note out of view under the
    formats: the notes go under the formats with the findings after the first, the line
    under the first saying how many of each."""
    assert more_below([], notes=3) == "  … and 3 notes, under the formats (PgDn)."
    assert more_below([], notes=1) == "  … and 1 note, under the formats (PgDn)."
    assert more_below(LINES[2:], notes=1) == \
        "  … 2 more findings, 1 note under the formats (PgDn)."


def test_the_check_s_message_is_its_lead_then_its_notes_a_line_each():
    notes = check_notes("the team session's people are named (Sam Sample)", "",
                        "“Chris Sample” is listed with no role or agency", "",
                        "Nothing is recorded in this session yet.")
    assert notes == ["Note: The team session's people are named (Sam Sample) (tick “No names” "
                     "below).", "Note: “Chris Sample” is listed with no role or agency.",
                     "Note: Nothing is recorded in this session yet."]
    said = check_message(1, LINES[:1], False, "the team session's people are named (Sam "
                         "Sample)", "", "“Chris Sample” is listed with no role or agency",
                         nothing="Nothing is recorded in this session yet.")
    assert said == "\n".join([check_lead(1, LINES[:1], False), *notes])
    assert check_notes() == [] and check_lead(0, [], False).startswith("Checked for NHS")

def test_a_records_note_is_not_in_the_checks_message():
    said = check_message(1, LINES[:1], record=True)
    assert "A CPD record replaces it by [redacted]" in said
    assert "names nobody" not in said
    assert record_note(True).startswith("A CPD record names nobody: participants")
    assert "not every name can be found" in record_note(False)
    assert record_note(False).endswith("read it through before you submit it.")


def test_a_reflection_naming_no_one_is_told_its_record_leaves_name_blank():
    """A reflection started from an empty form named no one, and its record's Name was left
    blank with nothing said (a trial): the account for any profession, the record with a
    Name, says so first; a regulator's form (no Name) and a named reflection do not."""
    from reflect.model.session import Session
    from reflect.ui.screens.export_words import NO_NAME

    own = Session(id="20261207-example-a1b2c3d4", review_id="example",
                  review_title="Example", mode="individual")
    said = record_note(False, own, "cpd-md")
    assert said.startswith(f"{NO_NAME} Anyone else appears by role only")
    assert "F8" in NO_NAME and said.endswith("read it through before you submit it.")
    assert len(textwrap.wrap(said, 74)) <= 3  # (three lines at 80 columns, as the others)
    assert record_note(True, own, "cpd-md").startswith(NO_NAME)
    assert record_note(False, own, "swe-md") == record_note(False)
    named = own.model_copy(update={"facilitator": "Pat Example"})
    assert record_note(False, named, "cpd-docx") == record_note(False)
    team = own.model_copy(update={"mode": "team"})
    assert record_note(False, team, "cpd-docx") == record_note(False)


def test_the_check_says_whose_names_it_looked_for():
    """"names: none found" was said over notes naming four people on every point (a trial):
    notes that name people look only for others' names, and say so; notes that name nobody
    look for the people here's too. Two lines at 80 columns, four at 60 (as before, one more
    where people are listed)."""
    from reflect.ui.screens.export_words import names_checked

    shown = check_message(0, [], record=False, names=names_checked(True, False))
    assert "dates of birth and names other than the people here: none found;" in shown
    assert shown.endswith("not every name can be found.")
    assert "of the people here too: none found" in check_message(
        0, [], record=False, names=names_checked(True, True))
    assert names_checked(False, False) == names_checked(False, True) == "names"
    for listed, nameless in ((True, False), (True, True)):
        said = check_message(0, [], record=False, names=names_checked(listed, nameless))
        assert len(textwrap.wrap(said, 74)) <= 3 and len(textwrap.wrap(said, 54)) <= 4


def test_after_a_finding_the_words_give_export_anyway_its_key_and_ctrl_o_its_press():
    """Export anyway has Ctrl+A, said with its letters on and off (a Ctrl key is typed in no
    word); a CPD record has no "anyway", so no Ctrl+A; Ctrl+O again presses Export redacted."""
    for letters in (True, False):
        notes, record = choose_after_finding(False, letters), choose_after_finding(True, letters)
        assert "Ctrl+A" in notes and "Ctrl+A" not in record
        assert "Ctrl+O again" in notes and "Ctrl+O again" in record
        lead = check_lead(1, LINES[:1], False, letters)
        assert "export anyway (Ctrl+A)" in lead and "its button" not in lead
