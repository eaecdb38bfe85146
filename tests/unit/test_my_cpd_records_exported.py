"""My CPD so far and `reflect cpd` list the CPD records exported for each session logged, and
the folder they are in: a health visitor who had exported her NMC account found it nowhere in
reflect afterwards, only files named by session ids she had never been shown (a trial)."""

from __future__ import annotations

from pathlib import Path

from reflect.export import portfolio
from reflect.model.session import Session
from reflect.store.exported_records import records_exported
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.cpd_folder import invented_review, reflection

ID = "20260302-child-zz-0000aaaa"
OTHER = "20260302-child-zz-0000bbbb"


def exported(sessions_dir: Path, *names: str) -> None:
    folder = sessions_dir / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"invented")


def test_the_records_of_each_session_are_found_by_name(sessions_dir: Path) -> None:
    exported(sessions_dir, f"{ID}.nmc.pdf", f"{ID}-redacted.cpd.docx",
             f"{ID}-20260302-1402.swe.txt", f"{ID}.nmc-discussion.md",
             f"{ID}.md", f"{ID}.pdf", "my-cpd-20260302-101010.csv",  # notes and a log
             f"{OTHER}.cpd.md", f"{ID}x.nmc.md")
    assert records_exported(sessions_dir, [ID, OTHER, "20260302-child-zz-0000cccc"]) == {
        ID: [f"{ID}-20260302-1402.swe.txt", f"{ID}-redacted.cpd.docx",
             f"{ID}.nmc-discussion.md", f"{ID}.nmc.pdf"],
        OTHER: [f"{OTHER}.cpd.md"]}
    assert records_exported(sessions_dir, [OTHER]) == {OTHER: [f"{OTHER}.cpd.md"]}


def test_a_file_managers_copy_is_listed_after_its_record(sessions_dir: Path) -> None:
    """A practitioner copied her record in a file manager and found the copy nowhere in the
    list: each way a file manager names a copy is listed under the session, after the record
    it was copied from (the copy of a copy too, and one whose record is gone)."""
    copies = [f"{ID} (1).cpd.docx", f"{ID} (2).cpd.docx", f"{ID}.cpd - Copy.docx",
              f"{ID}.cpd - Copy (2).docx", f"{ID}.cpd copy.docx", f"{ID}.cpd copy 2.docx",
              f"{ID} (copy).cpd.docx", f"{ID} (another copy).cpd.docx", f"{ID}.cpd (1).docx",
              f"{ID} (1) (1).cpd.docx"]
    exported(sessions_dir, f"{ID}.cpd.docx", *copies, f"{ID}-redacted (1).nmc.md",
             f"{OTHER} (2).swe.txt",  # its record moved away
             f"{ID} (1).md", f"{ID} (1).pdf",  # copies of the notes, no record
             f"{ID}x (1).cpd.docx", f"{ID} (one).cpd.docx")  # no session's, no copy's mark
    found = records_exported(sessions_dir, [ID, OTHER])
    assert found[ID][0] == f"{ID}-redacted (1).nmc.md"
    assert found[ID][1] == f"{ID}.cpd.docx"
    assert sorted(found[ID][2:]) == sorted(copies)
    assert found[OTHER] == [f"{OTHER} (2).swe.txt"]


def test_no_exports_folder_is_no_records(sessions_dir: Path) -> None:
    assert records_exported(sessions_dir, [ID]) == {}


def test_the_log_says_each_sessions_records_under_the_folder(fictional_dir: Path) -> None:
    review = invented_review(fictional_dir)
    mine, other = (reflection(review, title, "Pat Example") for title in ("Mine", "Other"))
    log = portfolio.gather([mine, other], "Pat Example")
    lines = portfolio.records_lines(log.entries, {
        mine.id: [f"{mine.id}.cpd.docx", f"{mine.id} (1).cpd.docx",
                  f"{mine.id}-redacted.nmc.pdf"]}, "/x/exports")
    assert lines == ["CPD records exported, in /x/exports:",
                     f"  2026-03-02  Mine: {mine.id}.cpd.docx, (1).cpd.docx, -redacted.nmc.pdf"]
    text = portfolio.log_text(log, "", records=lines)
    assert text.index("Total:") < text.index("CPD records exported")
    assert portfolio.records_lines(log.entries, {}, "/x/exports") == []
    assert "CPD records exported" not in portfolio.log_text(log, "")


def test_reflect_cpd_lists_the_records_exported(capsys, dirs, fictional_dir: Path,
                                                sessions_dir: Path) -> None:
    s: Session = reflection(invented_review(fictional_dir), "My invented reflection",
                            "Pat Example")
    save_session(sessions_dir, s)
    exported(sessions_dir, f"{s.id}.nmc.docx", f"{s.id}.nmc.pdf")
    code, out, _ = run(capsys, "cpd", "--name", "Pat Example", *dirs)
    assert code == 0
    assert (f"CPD records exported, in {sessions_dir / 'exports'}:\n  2026-03-02  My invented "
            f"reflection: {s.id}.nmc.docx, .nmc.pdf") in out


def test_a_copys_name_is_kept_whole_on_a_line(fictional_dir: Path) -> None:
    """At 60 columns "… .cpd -" ended a line and "Copy.docx" began the next (a trial; here
    at 80, where this line breaks there): the names with a space, as the log says them, are
    kept together where it is fitted."""
    from reflect.wrapping import fitted

    review = invented_review(fictional_dir)
    mine = reflection(review, "Mine", "Pat Example")
    records = {mine.id: [f"{mine.id}.cpd.docx", f"{mine.id} (1).cpd.docx",
                         f"{mine.id}.cpd - Copy.docx"]}
    whole = portfolio.records_whole(records)
    assert whole == [".cpd - Copy.docx"]
    lines = portfolio.records_lines(portfolio.gather([mine], "Pat Example").entries, records,
                                    "/x/exports")
    shown = fitted("\n".join(lines), 80, whole)
    assert any(".cpd - Copy.docx" in line for line in shown), shown


def test_the_notes_exported_are_found_apart_from_the_records(sessions_dir: Path) -> None:
    """Notes are named by the session's id as records are, and were listed nowhere: a health
    visitor who reopened her session could not find her notes again (a trial)."""
    from reflect.store.exported_records import exports_of

    exported(sessions_dir, f"{ID}.md", f"{ID}.docx", f"{ID}-redacted.pdf", f"{ID} (1).md",
             f"{ID}.cpd.md", f"{ID}.nmc.docx", f"{OTHER}.csv", "my-cpd-20260302-101010.csv",
             "report-child-zz-20260302.md", f"{ID}x.md")
    found = exports_of(sessions_dir, [ID, OTHER])
    assert found.records == {ID: [f"{ID}.cpd.md", f"{ID}.nmc.docx"]}
    assert found.notes == {ID: [f"{ID}-redacted.pdf", f"{ID}.docx", f"{ID}.md", f"{ID} (1).md"],
                           OTHER: [f"{OTHER}.csv"]}


def test_the_log_says_each_sessions_notes_after_its_records(fictional_dir: Path) -> None:
    review = invented_review(fictional_dir)
    mine, other = (reflection(review, title, "Pat Example") for title in ("Mine", "Other"))
    entries = portfolio.gather([mine, other], "Pat Example").entries
    notes = {mine.id: [f"{mine.id}.docx", f"{mine.id}.md"]}
    assert portfolio.notes_lines(entries, notes, "/x/exports", records=True) == [
        "Notes exported, in the same folder:", f"  2026-03-02  Mine: {mine.id}.docx, .md"]
    assert portfolio.notes_lines(entries, notes, "/x/exports")[0] == (
        "Notes exported, in /x/exports:")  # no records listed above to name the folder
    assert portfolio.notes_lines(entries, {}, "/x/exports") == []


def test_reflect_cpd_lists_the_notes_exported(capsys, dirs, fictional_dir: Path,
                                              sessions_dir: Path) -> None:
    s: Session = reflection(invented_review(fictional_dir), "My invented reflection",
                            "Pat Example")
    save_session(sessions_dir, s)
    exported(sessions_dir, f"{s.id}.nmc.docx", f"{s.id}.md", f"{s.id}.docx")
    code, out, _ = run(capsys, "cpd", "--name", "Pat Example", *dirs)
    assert code == 0
    assert (f"CPD records exported, in {sessions_dir / 'exports'}:\n  2026-03-02  My invented "
            f"reflection: {s.id}.nmc.docx\nNotes exported, in the same folder:\n  2026-03-02  "
            f"My invented reflection: {s.id}.docx, .md") in out


def test_the_summary_step_says_what_was_exported_before(sessions_dir: Path) -> None:
    from reflect.store.exported_records import exports_of, said_before

    exported(sessions_dir, f"{ID}.nmc.docx", f"{ID}.md", f"{OTHER}.md")
    found = exports_of(sessions_dir, [ID])
    assert said_before("/x/exports", ID, found) == (
        f"Exported before, into /x/exports: {ID}.nmc.docx, .md")
    assert said_before("/x/exports", OTHER, found) == ""  # (not asked for)
