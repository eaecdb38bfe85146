"""My CPD so far lists the CPD records and notes exported for each session in its log, and
where they are (the pure parts: tests/unit/test_my_cpd_records_exported.py): a health
visitor found her exported NMC account nowhere in reflect afterwards (a trial)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.cpd_folder import invented_review, reflection
from tests.functional.helpers import my_cpd, screen_lines

if TYPE_CHECKING:
    from reflect.model.session import Session


async def test_my_cpd_so_far_lists_the_records_exported(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    s = reflection(invented_review(fictional_dir), "My invented reflection", "Pat Example")
    save_session(sessions_dir, s)
    exports = sessions_dir / "exports"
    exports.mkdir()
    (exports / f"{s.id}.nmc.docx").write_bytes(b"invented")
    (exports / f"{s.id}.md").write_bytes(b"invented")  # the notes too, listed after them
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        _, log = await my_cpd(pilot, sessions=1)
        shown = " ".join(log.said.split())
    assert f"CPD records exported, in {exports}:" in shown
    assert f"My invented reflection: {s.id}.nmc.docx" in shown
    assert (f"Notes exported, in the same folder: 2026-03-02 My invented reflection: "
            f"{s.id}.md") in shown


def exported(fictional_dir: Path, sessions_dir: Path, *suffixes: str,
             step: str | None = None) -> Session:
    """An invented reflection saved (at `step`), with a file of each of `suffixes` in the
    exports folder beside it."""
    s = reflection(invented_review(fictional_dir), "My invented reflection", "Pat Example")
    if step is not None:
        s.current_step = step
    save_session(sessions_dir, s)
    exports = sessions_dir / "exports"
    exports.mkdir()
    for suffix in suffixes:
        (exports / f"{s.id}{suffix}").write_bytes(b"invented")
    return s

async def test_a_records_wrapped_file_names_keep_its_indent_at_60x20(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Wrapped as `reflect cpd` wraps it: the file names, on the line after the session's,
    start under its start, not at the margin (a trial at 60x20)."""
    s = exported(fictional_dir, sessions_dir, ".nmc.docx", ".cpd.md")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        await my_cpd(pilot, sessions=1)
        rows = screen_lines(app)
        names = next(i for i, row in enumerate(rows) if f"{s.id}.cpd.md" in row)
        assert rows[names].startswith(f"  {s.id}.cpd.md, .nmc.docx"), rows
        assert rows[names - 1].startswith("  ") and "My invented reflection:" in rows[names - 1]


async def test_the_summary_step_reopened_says_the_files_exported_before(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Reopened, the summary step said nothing of the notes and record exported before, and a
    health visitor could not find them again (a trial): said under its export buttons."""
    from tests.functional.helpers import open_saved_session, shown, wait_for

    s = exported(fictional_dir, sessions_dir, ".nmc.docx", ".md", step="summary")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        walk = await open_saved_session(pilot)
        await wait_for(pilot, lambda: bool(walk.query("#export-result"))
                       and "Exported before" in shown(walk.query_one("#export-result")))
        said = shown(walk.query_one("#export-result"))
    # (the folder broken after a "/" where the line is full: compared without the breaks)
    assert "".join(said.split()) == "".join(
        f"Exported before, into {sessions_dir / 'exports'}: {s.id}.nmc.docx, .md".split())
