"""The import preview (`i`) says which of a briefing's usual parts it did not find, under what
it found: a Background and Questions alone said "Found: introduction: 1 paragraph; questions:
2" and "Every line of the briefing was placed.", nothing of the rest (a trial). Invented."""

from __future__ import annotations

from reflect.ui.app import make_app
from tests.functional.helpers import open_and_preview, shown
from tests.unit.test_import_not_found import ALL_FOUR, THIN


async def test_the_preview_says_which_usual_parts_were_not_found(fictional_dir, sessions_dir,
                                                                 tmp_path):
    source = tmp_path / "child-zr.md"
    source.write_text(THIN, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Every line")
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
    found = said.index("Found: introduction: 1 paragraph; questions: 2")
    note = said.index(f"Note: not found in the briefing: {ALL_FOUR}: check in the briefing "
                      "that it has none")
    assert found < note < said.index("Every line of the briefing was placed.")
