"""Tall dialogs keep their title in view as PgDn pages what is under it (`DialogTitle`, one
rule for all; the import dialog's is test_import_title_kept). A trial at 60x20 saw "Export
the notes" scroll away, nothing saying there was more above; the export dialog keeps its
title in its top border once its line is scrolled away (`ExportView.title_kept`), docking it
having made its list's place flaky under load (stop 70). All names are invented."""

from __future__ import annotations

from reflect.ui.app import make_app
from reflect.ui.widgets.fitting_scroll import DialogTitle
from tests.functional.helpers import (
    new_session_form,
    paged_down_titled,
    paged_to_foot,
    screen_lines,
    wait_for,
)
from tests.functional.test_export_finding_in_view import opened, reflection


async def test_the_export_dialog_keeps_its_title_in_its_border_down_to_its_last_option(
        fictional_dir, sessions_dir) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await opened(pilot, reflection(pilot, "team", 0), None)
        body = dialog.query_one("#export-dialog")

        def border() -> str:  # the dialog's top border
            return screen_lines(app)[body.region.y]

        async def titled() -> None:
            await wait_for(pilot, lambda: "Export the notes" in border(), timeout=5)

        def last_option_shown() -> bool:
            return any("Attendance by agency only" in row for row in screen_lines(app))

        await wait_for(pilot, lambda: body.max_scroll_y > 0)
        await paged_to_foot(pilot, body, titled)
        for _ in range(3):
            # (the findings said under the formats are laid out as the dialog settles; in a
            # loaded run, after the first pages, and the foot moved down, twice in one whole
            # run: PgDn on as the foot moves, as a user would, until the last option shows)
            await wait_for(pilot, lambda: last_option_shown()
                           or body.scroll_y < body.max_scroll_y)
            if last_option_shown():
                break
            await paged_to_foot(pilot, body, titled)
        await wait_for(pilot, last_option_shown)
        for _ in range(8):  # back up: its own line again, not said twice
            if body.scroll_y == 0:
                break
            before = body.scroll_y
            await pilot.press("pageup")
            await wait_for(pilot, lambda: body.scroll_y < before, timeout=5)
        await wait_for(pilot, lambda: "Export the notes" not in border()
                       and "Export the notes" in screen_lines(app)[body.region.y + 1])


async def test_the_new_session_form_keeps_its_title_down_to_its_buttons(
        fictional_dir, sessions_dir) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        form = await new_session_form(pilot)
        await paged_down_titled(pilot, form.query_one("#new-session"),
                                form.query_one(DialogTitle), "New session on Child ZZ")
        assert any("Start session" in row for row in screen_lines(app))
