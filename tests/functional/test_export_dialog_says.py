"""The export dialog as a school's safeguarding lead met it at 80x24 (a trial): titled
"Export the notes" while her CPD record was chosen; "Ctrl+O again exports (once the check
finds nothing)" left her unsure whether the check had run (it had); and how a record names
nobody was cut after its first line, "…never with"."""

from __future__ import annotations

import pytest

from reflect.model.recorded import nothing_to_export
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from tests.cpd_folder import reflection_at_differently
from tests.functional.helpers import open_saved_session, shown, wait_for


def written_reflection(fictional_dir, sessions_dir) -> None:  # type: ignore[no-untyped-def]
    """`reflection_at_differently`, with what I will do differently written (a session with
    nothing recorded is said so, below the check: `test_nothing_recorded_is_said`)."""
    s = reflection_at_differently(fictional_dir, sessions_dir)
    s.differently = "Ask the invented school sooner."
    save_session(sessions_dir, s)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_title_and_the_line_under_it_say_what_is_chosen_and_that_it_was_checked(
        fictional_dir, sessions_dir, tmp_path, size):
    written_reflection(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await open_saved_session(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        dialog = app.screen
        assert dialog.chosen_format == "cpd-docx"
        # and the folder it goes into, before anything is written, on the title's one line
        # (a health visitor's trial: notes named by the session's id, in a folder unsaid)
        title = dialog.query_one("#export-title")
        assert shown(title).startswith("Export your CPD record into ")
        assert shown(title).endswith("/sessions/exports") and title.region.height == 1
        assert dialog.title == "Export your CPD record"  # (the border's, scrolled away)
        assert shown(dialog.query_one("#export-hint")) == (
            "Checked: Ctrl+O again exports. Esc cancels.")
        assert dialog.query_one("#export-hint").region.height == 1  # at 60x20 too
        # what it looked for, and that it cannot find every name: "Nothing found" and "no
        # likely personal details found" were said over a child's name (a trial)
        assert shown(dialog.query_one("#findings")) == (
            "Checked for NHS, phone and NI numbers, emails, addresses, postcodes, dates of "
            "birth and names: none found; not every name can be found.")
        dialog.query_one("#fmt-md").value = True  # the notes, as Markdown
        await wait_for(pilot, lambda: dialog.chosen_format == "md" and dialog.checked)
        assert shown(dialog.query_one("#export-title")).startswith("Export the notes into ")


async def test_how_a_record_names_nobody_is_in_view_whole_at_80x24(fictional_dir, sessions_dir,
                                                                   tmp_path):
    written_reflection(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_saved_session(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        dialog = app.screen
        note = dialog.query_one("#record-note")
        await wait_for(pilot, lambda: note.region.height > 0)
        body = dialog.query_one("#export-dialog")
        buttons = dialog.query_one("#export-dialog .buttons")
        assert note.region.bottom <= buttons.region.y, (note.region, buttons.region)
        assert body.content_region.contains_region(note.region)
        assert shown(note).endswith("read it through before you submit it.")


async def test_nothing_recorded_is_said(fictional_dir, sessions_dir, tmp_path):
    """A reflection opened and exported at once gave a CPD record of blank parts logging the
    minute it was open, and nothing said so, while My CPD so far leaves it out (a fresh-eyes
    trial): the check line says so."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_saved_session(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        said = shown(app.screen.query_one("#findings"))
        assert said.endswith(f"\nNote: {nothing_to_export(screen.session)}"), said
        assert "Nothing is recorded in this session yet" in said
