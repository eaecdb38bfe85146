"""The import preview lists a page's header or footer as left out, and does not say every
line was placed without it (a learning lead's trial: "Moorvale LSCP | Page 1 of 2" was a
resource, placed; a PDF's point taken for a running header was dropped unsaid)."""

from __future__ import annotations

import tomllib

from reflect.ui.app import make_app
from tests.functional.helpers import open_and_preview, save_import, shown
from tests.unit.test_import_page_footers import FOOT, TEXT


async def test_the_preview_lists_a_footer_left_out(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "child-zed.md"
    source.write_text(TEXT, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, until="Child Zed")
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert (f"Left out as the pages' headers and footers (kept as a comment in the file): "
                f"line 8: {FOOT} Every line of the briefing was placed but the pages' headers "
                "and footers.") in said
        assert "resources: 1" in said
        await save_import(pilot, dialog)
    written = (fictional_dir / "child-zed.toml").read_text(encoding="utf-8")
    assert f"# 8: {FOOT}" in written
    assert tomllib.loads(written)["resources"] == [
        {"title": "Invented guide", "url": "https://example.org/invented-guide"}]
