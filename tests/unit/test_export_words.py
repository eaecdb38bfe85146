"""What the export dialog says of a check (ui/screens/export_words.py): the first finding
split from the rest, the line saying where the rest are, and a record's note kept out of the
check's message (it is said under the formats). All names are invented."""

from __future__ import annotations

from reflect.ui.screens.export_words import (
    check_message,
    check_state,
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

def test_a_records_note_is_not_in_the_checks_message():
    said = check_message(1, LINES[:1], record=True)
    assert "A CPD record replaces it by [redacted]" in said
    assert "names nobody" not in said
    assert record_note(True).startswith("A CPD record names nobody: participants")
    assert "not every name can be found" in record_note(False)
    assert record_note(False).endswith("read it through before you submit it.")
