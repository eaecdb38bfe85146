"""The export formats grouped as the dialog offers them (store/format_groups.py): the notes
apart from each CPD record's form, each named by its kind of file, read from the format table
alone, so that a format added to it finds its place."""

from __future__ import annotations

import pytest

from reflect.store import exports, format_groups
from reflect.store.exports import FORMATS, RECORDS, Format
from reflect.store.format_groups import NOTES
from reflect.store.format_groups import format_groups as groups_of


def test_every_format_is_offered_once_the_notes_apart_from_each_records_form() -> None:
    groups = groups_of()
    offered = [fmt for group in groups for fmt, _ in group.formats]
    assert sorted(offered) == sorted(FORMATS)
    assert groups[0].title == NOTES and not groups[0].record
    assert [kind for _, kind in groups[0].formats] == [
        "Markdown", "text", "web page", "Word", "JSON", "CSV", "PDF"]
    records = {g.title: [kind for _, kind in g.formats] for g in groups if g.record}
    assert records == {
        "CPD reflective account, any profession": ["Markdown", "text", "Word", "PDF"],
        "Social Work England CPD record": ["Markdown", "text", "Word", "PDF"],
        "NMC reflective account and CPD log entry": ["Markdown", "text", "Word", "PDF"],
        "NMC reflective discussion form": ["Markdown", "text", "Word", "PDF"]}
    assert all(fmt in RECORDS for g in groups if g.record for fmt, _ in g.formats)


def test_a_reflection_of_your_own_is_offered_its_records_first() -> None:
    groups = groups_of(records_first=True)
    assert [g.record for g in groups] == [True, True, True, True, False]
    assert groups[-1].title == NOTES


def test_a_record_format_added_to_the_table_finds_its_group(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """(Another CPD record, for any profession, was being added as this was written.)"""
    added = {"any-md": Format("reflect.export.cpd", "to_any_md", ".any.md",
                              "Invented CPD record, any profession (Markdown)"),
             "any-docx": Format("reflect.export.cpd", "to_any_docx", ".any.docx",
                                "Invented CPD record, any profession (Word)"),
             "odd": Format("reflect.export.cpd", "to_odd", ".odd.rtf", "Invented record")}
    monkeypatch.setattr(format_groups, "FORMATS", {**FORMATS, **added})
    monkeypatch.setattr(format_groups, "RECORDS", RECORDS | set(added))
    groups = {g.title: g.formats for g in groups_of()}
    assert groups["Invented CPD record, any profession"] == (("any-md", "Markdown"),
                                                             ("any-docx", "Word"))
    assert groups["Invented record"] == (("odd", "RTF"),)  # an unknown kind: its ending
    assert exports.FORMATS is FORMATS  # (the table itself untouched)


def test_what_the_dialog_opens_on_fits_the_session() -> None:
    """A team session's notes are never a record remembered from a reflection (a trial: its
    Ctrl+O, Ctrl+O wrote a CPD record); a reflection of your own opens on its record."""
    from reflect.store.format_groups import opening_format

    assert opening_format(individual=False) == "md"
    assert opening_format(individual=False, remembered="cpd-docx") == "md"
    assert opening_format(individual=False, remembered="pdf") == "pdf"
    assert opening_format(individual=True) == "cpd-docx"
    assert FORMATS["cpd-docx"].title == "CPD reflective account, any profession (Word)"
    assert opening_format(individual=True, remembered="md") == "md"
    assert opening_format(individual=True, remembered="nmc-pdf") == "nmc-pdf"
    assert opening_format(individual=True, remembered="gone") == "cpd-docx"


def test_a_reflection_for_a_regulator_opens_on_its_record() -> None:
    """A social worker who ticked Social Work England's standards in F8 was offered the
    any-profession record first, which leaves them out (a trial): the regulator's record, in
    the kind of file it would have opened on, unless the one remembered was chosen with the
    choices already for that regulator."""
    from reflect.store.format_groups import opening_format

    assert opening_format(True, None, "swe") == "swe-docx"
    assert opening_format(True, "cpd-md", "swe") == "swe-md"
    assert opening_format(True, "cpd-txt", "nmc") == "nmc-txt"
    assert opening_format(True, "swe-pdf", "nmc") == "nmc-pdf"
    assert opening_format(True, "nmc-discussion-pdf", "nmc") == "nmc-discussion-pdf"
    assert opening_format(True, "cpd-md", "swe", remembered_for="swe") == "cpd-md"  # kept
    assert opening_format(True, "cpd-md", "swe", remembered_for="") == "swe-md"
    assert opening_format(True, "cpd-md", "") == "cpd-md"  # (none, or both regulators)
    assert opening_format(True, "md", "swe") == "md"  # notes chosen: notes
    assert opening_format(False, "md", "swe") == "md"  # a team's: its notes
