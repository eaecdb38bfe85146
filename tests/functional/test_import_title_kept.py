"""The import dialog keeps its title in view as its preview scrolls: a trial at 60x20 saw
"Import a briefing" scroll away after a preview, nothing saying there was more above. All
names are invented."""

from __future__ import annotations

from textual.containers import VerticalScroll

from reflect.ui.app import make_app
from tests.functional.helpers import open_and_preview, paged_down_titled, screen_lines
from tests.functional.test_import_discard import INVENTED


async def test_the_title_stays_in_view_down_to_the_buttons(fictional_dir, sessions_dir,
                                                           tmp_path) -> None:
    source = tmp_path / "child-qz-invented.md"
    source.write_text(INVENTED, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await open_and_preview(pilot, source, until="Child QZ")
        await paged_down_titled(pilot, dialog.query_one("#import-dialog", VerticalScroll),
                                dialog.query_one("#import-heading"), "Import a briefing")
        assert any("Cancel" in row for row in screen_lines(app))
