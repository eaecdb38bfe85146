"""A file already imported offers no Save, as docs/adding-a-briefing.md says: its preview
showed a dimmed Save, the footer still read `^s Save to the library`, and Ctrl+S did nothing
to be seen (a trial). The button and the footer's key are gone, Ctrl+S says why nothing is
saved (until another file previewed after it offers Save again). All data invented."""

from __future__ import annotations

from textual.widgets import Button, Input

from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ImportScreen
from tests.functional.helpers import (
    open_and_preview,
    said,
    save_import,
    screen_lines,
    shown,
    wait_for,
)
from tests.functional.test_import_screen import UNKNOWN_BLOCK
from tests.unit.test_cli import BRIEFING


def footer(app) -> str:  # type: ignore[no-untyped-def]
    return screen_lines(app)[-1]


async def test_a_file_already_imported_has_no_save_in_view_or_in_the_footer(
        fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "zy.md"
    source.write_text(UNKNOWN_BLOCK)
    other = tmp_path / "brief.txt"
    other.write_text(BRIEFING)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        assert "^s Save to the library" in footer(app)
        await save_import(pilot, dialog)
        dialog = await open_and_preview(pilot, source, "Already in the library")
        save = dialog.query_one("#import-save", Button)
        await wait_for(pilot, lambda: "Save" not in footer(app))
        assert not save.display
        assert "esc Cancel" in footer(app)
        await pilot.press("ctrl+s")  # says why nothing is saved, and what to do instead
        await wait_for(pilot, lambda: any(
            m.startswith("Nothing to save: this file is already in the library as review "
                         "child-zy (Child ZY)") and m.endswith("run the command the preview "
                                                               "gives.") for m in said(app)))
        assert isinstance(app.screen, ImportScreen)
        dialog.query_one("#import-path", Input).value = str(other)  # another file: Save again
        await pilot.press("enter")
        preview = dialog.query_one("#import-preview")
        await wait_for(pilot, lambda: "Child V" in shown(preview)
                       and "^s Save to the library" in footer(app))
        assert save.display and not save.disabled
        assert not [m for m in said(app) if m.startswith("Nothing to save")]  # (not over it)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))
    assert (fictional_dir / "child-v.toml").is_file()


async def test_the_command_the_preview_gives_replaces_a_review_saved_under_an_id_typed(
        fictional_dir, sessions_dir, tmp_path, capsys):
    """Saved in the app under an id typed in the *Review id* box, a briefing previewed again
    gives `reflect import FILE --force`: run, it wrote a second review under the id the
    briefing gives (child-zy) beside the one saved (a learning lead's trial); it replaces it."""
    import shlex

    from tests.command_line import run

    source = tmp_path / "zy.md"
    source.write_text(UNKNOWN_BLOCK)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        dialog.query_one("#import-id", Input).value = "moorvale-zy"
        await save_import(pilot, dialog)
        await wait_for(pilot, lambda: (fictional_dir / "moorvale-zy.toml").is_file())
        dialog = await open_and_preview(pilot, source, "Already in the library")
        given = next(line for line in shown(dialog.query_one("#import-preview")).splitlines()
                     if "--force" in line)
    argv = shlex.split(given)
    argv = argv[argv.index("import"):]
    assert argv == ["import", str(source), "--force"]
    code, out, err = run(capsys, *argv, "--content-dir", str(fictional_dir),
                         "--sessions-dir", str(sessions_dir))
    assert code == 0, err
    assert f"Replaced the review in {fictional_dir / 'moorvale-zy.toml'}" in out
    assert not (fictional_dir / "child-zy.toml").exists()
