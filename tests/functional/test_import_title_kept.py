"""The import dialog keeps its title in view as its preview scrolls: a trial at 60x20 saw
"Import a briefing" scroll away after a preview, nothing saying there was more above. All
names are invented."""

from __future__ import annotations

from textual.containers import VerticalScroll

from reflect.ui.app import make_app
from tests.functional.helpers import open_and_preview, screen_lines, wait_for
from tests.functional.test_import_discard import INVENTED


async def test_the_title_stays_in_view_down_to_the_buttons(fictional_dir, sessions_dir,
                                                           tmp_path) -> None:
    source = tmp_path / "child-qz-invented.md"
    source.write_text(INVENTED, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await open_and_preview(pilot, source, until="Child QZ")
        body = dialog.query_one("#import-dialog", VerticalScroll)
        title = dialog.query_one("#import-heading")

        def titled() -> bool:
            """Whether the dialog's first line inside its border is its title."""
            return "Import a briefing" in screen_lines(app)[title.region.y] \
                and title.region.y == body.content_region.y

        await wait_for(pilot, lambda: body.max_scroll_y > 0 and titled())
        for _ in range(8):  # PgDn down to its foot, the title kept all the way
            if body.scroll_y >= body.max_scroll_y:
                break
            before = body.scroll_y
            await pilot.press("pagedown")
            await wait_for(pilot, lambda: body.scroll_y > before, timeout=5)
            await wait_for(pilot, titled, timeout=5)
        assert body.scroll_y == body.max_scroll_y > 0
        assert any("Cancel" in row for row in screen_lines(app))
