"""The import preview offers each resource to move or leave out, as it offers the lines not
placed (a learning lead's trial: a footer filed as a resource could be neither)."""

from __future__ import annotations

import tomllib

from textual.widgets import OptionList

from reflect.ui.app import make_app
from tests.functional.helpers import move_block, open_and_preview, save_import, shown
from tests.unit.test_import_resources_offered import TEXT


async def test_a_resource_can_be_left_out_in_the_preview(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "child-zed.md"
    source.write_text(TEXT, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, until="Child Zed")
        blocks = dialog.query_one("#import-blocks", OptionList)
        assert blocks.display and blocks.border_title == (
            "Resources: choose one to move or leave out")
        assert [str(blocks.get_option_at_index(i).prompt) for i in range(3)] == [
            "▶ line 7: - [Invented guide](https://example.org/invented-guide) (a resource)",
            "  line 8: - Invented Shire newsletter, printed 2027 (a resource)",
            "  line 9: Find out more: www.example.org/riverside-lscp (a resource)"]
        assert "resources: 3" in " ".join(shown(dialog.query_one("#import-preview")).split())
        said = await move_block(pilot, dialog, 1, "leave_out", "Left out 1 line")
        assert ("Left out 1 line (the block from line 8, “- Invented Shire newsletter, printed "
                "2027”).") in said
        assert "resources: 2" in said
        assert blocks.option_count == 2
        await save_import(pilot, dialog)
    written = (fictional_dir / "child-zed.toml").read_text(encoding="utf-8")
    assert "# 8: - Invented Shire newsletter, printed 2027" in written
    assert [r["title"] for r in tomllib.loads(written)["resources"]] == ["Invented guide",
                                                                         "Find out more"]
