"""The settings file's memory of the last export (store/last_export.py): one entry, by one set
of names, read and written by the app's export dialog and by plain mode alike. Formats and
files here are invented for the test."""

from __future__ import annotations

import tomllib

from reflect.export.options import ExportOptions
from reflect.store.exports import FORMATS
from reflect.store.last_export import (
    LastExport,
    as_setting,
    from_setting,
    kept_record,
    remember_record,
)


def test_the_export_memory_read_back_says_what_cannot_be_used(tmp_path):
    path = tmp_path / "settings.toml"
    memory = {"team": LastExport("pdf", ExportOptions(include_content=True)),
              "individual": LastExport("swe-md", ExportOptions(roles_only=True))}
    assert from_setting(as_setting(memory), path) == (memory, [])
    assert from_setting(None, path) == ({}, [])
    found, problems = from_setting({
        "team": {"format": "docs", "include_content": True},
        "individual": {"format": "cpd-swe", "roles_only": "yes", "colour": True},
        "panel": {"format": "md"}}, path)
    assert found == {"individual": LastExport("swe-md", ExportOptions())}  # the earlier name
    assert problems == [
        f"{path}: last_export.team.format: 'docs' is not an export format reflect writes "
        f"({', '.join(FORMATS)}); ignored",
        f"{path}: last_export.individual.roles_only: should be true or false; ignored",
        f"{path}: last_export.individual.colour: not an export option reflect knows "
        "(include_content, include_attendance, roles_only, attendance_by_agency); ignored",
        f"{path}: last_export.panel: not a kind of session (team or individual); ignored"]
    assert from_setting("pdf", path)[1] == [
        f"{path}: last_export: should be a table for each kind of session "
        "([last_export.team], [last_export.individual]); ignored"]


def test_the_record_plain_mode_reads() -> None:
    """A reflection's record and the regulator it was chosen for; nothing that is not one."""
    assert kept_record({}) == (None, None)
    assert kept_record({"last_export": {"individual": {"format": "nmc", "chosen_for": "nmc"}}}) \
        == ("nmc-md", "nmc")  # an earlier name of a format
    assert kept_record({"last_export": {"individual": {"format": "md"}}}) == (None, None)
    assert kept_record({"last_export": {"individual": {"format": "cpd-pdf", "chosen_for": 3}}}) \
        == ("cpd-pdf", None)
    assert kept_record({"last_export": {"team": {"format": "swe-pdf"}}}) == (None, None)
    assert kept_record({"last_export": "swe-docx"}) == (None, None)


def test_the_record_plain_mode_keeps_is_the_one_the_dialog_reads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Plain mode's record written in the reflection's entry, its options and the team's entry
    as they were; read back as the app's dialog reads it, and as plain mode does."""
    path = tmp_path / "settings.toml"
    before = {"last_export": {"team": {"format": "txt", "roles_only": True},
                              "individual": {"format": "md", "include_content": True}}}
    remember_record(path, before, "swe-docx", "nmc")
    kept = tomllib.loads(path.read_text(encoding="utf-8"))
    assert kept == {"last_export": {
        "team": {"format": "txt", "roles_only": True},
        "individual": {"format": "swe-docx", "include_content": True, "chosen_for": "nmc"}}}
    memory, problems = from_setting(kept["last_export"], path)
    assert problems == []
    assert memory["individual"] == LastExport("swe-docx", ExportOptions(include_content=True))
    assert memory["individual"].regulator == "nmc"
    assert kept_record(kept) == ("swe-docx", "nmc")
    remember_record(path, {}, "cpd-pdf", "")  # none kept before: the entry alone
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "last_export": {"individual": {"format": "cpd-pdf", "chosen_for": ""}}}
