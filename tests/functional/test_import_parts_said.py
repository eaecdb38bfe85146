"""After an import in the app: the preview names each part as the briefing and the app do.
All invented."""

from __future__ import annotations

from reflect.ui.app import make_app
from tests.functional.helpers import (
    open_and_preview,
    shown,
)

PARTS = """# Child ZW: learning briefing
Invented Shire Safeguarding Partnership

## Background
Child ZW is an invented toddler in Invented Town.

## Key learning
- Ask who lives in the home.
- Ask again at each visit.

## Areas for development
- Notes did not say who was seen.

## Questions for your team
- Who lives in the homes you visit?
"""


async def test_the_preview_names_each_part_as_a_reader_knows_it(fictional_dir, sessions_dir,
                                                                  tmp_path):
    """"learning: 2 points; development: 1 point" named the review's fields where the
    briefing and the app say "Key learning" and "Areas for development" (a trial)."""
    source = tmp_path / "zw.md"
    source.write_text(PARTS, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        dialog = await open_and_preview(pilot, source, until="Child ZW")
        said = " ".join(shown(dialog.query_one("#import-preview")).split())
        assert "key learning: 2 points; areas for development: 1 point" in said
