"""Tall dialogs keep their title in view as PgDn pages what is under it (`DialogTitle`, one
rule for all; the import dialog's is test_import_title_kept). A trial at 60x20 saw "Export
the notes" scroll away, nothing saying there was more above; the export dialog keeps its own
way (its title scrolls, "Finding above: PgUp" saying so), docking it having made its list's
place flaky under load (stop 70). All names are invented."""

from __future__ import annotations

from reflect.ui.app import make_app
from reflect.ui.widgets.fitting_scroll import DialogTitle
from tests.functional.helpers import new_session_form, paged_down_titled, screen_lines


async def test_the_new_session_form_keeps_its_title_down_to_its_buttons(
        fictional_dir, sessions_dir) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        form = await new_session_form(pilot)
        await paged_down_titled(pilot, form.query_one("#new-session"),
                                form.query_one(DialogTitle), "New session on Child ZZ")
        assert any("Start session" in row for row in screen_lines(app))
