"""The import dialog says there is more of it below while there is. A facilitator's trial at
80x24 (and 60x20): after the preview its boxes filled the view, what was found and the
buttons below the fold, with nothing in it saying so but the footer's `^s Save to the
library`; the new-session form, the export, CPD and room dialogs say it with the same line.
All names are invented."""

from __future__ import annotations

from textual.containers import VerticalScroll

from reflect.ui.app import make_app
from reflect.ui.screens.import_review import MORE_BELOW
from tests.functional.helpers import open_and_preview, screen_lines, wait_for
from tests.functional.test_import_discard import INVENTED


async def test_the_preview_says_more_is_below_until_its_buttons_are_in_view(
        fictional_dir, sessions_dir, tmp_path) -> None:
    source = tmp_path / "child-qz-invented.md"
    source.write_text(INVENTED, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, until="Child QZ")
        body = dialog.query_one("#import-dialog", VerticalScroll)

        def says() -> bool:
            return any(f"{MORE_BELOW}: Tab or PgDn" in row for row in screen_lines(app))

        def cancel_shown() -> bool:
            return any("Cancel" in row and "Preview" in row for row in screen_lines(app)[:-1])

        await wait_for(pilot, lambda: body.max_scroll_y > 0 and says())
        assert not cancel_shown()  # (as in the trial: the buttons below the fold)
        for _ in range(6):  # PgDn, as it says, from the path box, down to its foot
            await pilot.press("pagedown")
            await pilot.pause()
        await wait_for(pilot, lambda: cancel_shown() and not says())
        await pilot.press("pageup")
        await wait_for(pilot, says)
