"""The keys docs/adding-a-briefing.md gives for moving a block in the import preview, pressed
as a learning lead would at 80x24: six Tabs from the Briefing file box to the list of blocks,
Down to the second, Enter (on to *Move it into…*, open), the section's first letter and Enter,
Tab to *Move* and Enter. A fresh-eyes trial found the page gave none of them, and moved a block
into Context by mistake. All data invented."""

from __future__ import annotations

import tomllib

from textual.widgets import Button, OptionList, Select

from reflect.ui.app import make_app
from reflect.ui.focus_view import cut_off
from tests.functional.helpers import open_and_preview, save_import, shown, wait_for

TWO_BLOCKS = """# Child ZQ: 7-minute briefing

Invented Vale Safeguarding Children Partnership · Rapid Review · March 2027

## Introduction

Child ZQ is an invented toddler in Invented Town.

## Key learning

- **Unseen men:** the partner was not known to the health visitor.

## Working with fathers

Fathers were rarely asked about at home visits by the Riverside Team.

## The school day

The nursery saw Child ZQ arrive late and hungry on most days.

## Questions for your team

- How do you find out who lives in the home?
"""


async def test_the_keys_the_page_gives_move_the_block_chosen(fictional_dir, sessions_dir,
                                                              tmp_path):
    source = tmp_path / "zq.md"
    source.write_text(TWO_BLOCKS)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed: 4 lines in 2 blocks")
        blocks = dialog.query_one("#import-blocks", OptionList)
        section = dialog.query_one("#import-section", Select)
        move = dialog.query_one("#import-move", Button)
        assert app.focused is dialog.query_one("#import-path")  # (Enter leaves it there)
        for _ in range(6):
            await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is blocks)
        assert blocks.highlighted == 0  # the first block is chosen
        await pilot.press("down")
        assert blocks.highlighted == 1
        await pilot.press("enter")  # chooses it: on to Move it into…, its list open
        await wait_for(pilot, lambda: section.expanded)
        await pilot.press("g", "enter")  # the first letter: Good practice
        await wait_for(pilot, lambda: section.value == "good_practice" and not section.expanded)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is move)
        await pilot.press("enter")
        preview = dialog.query_one("#import-preview")
        await wait_for(pilot, lambda: "Moved 2 lines to Good practice (the block from line 17"
                       in " ".join(shown(preview).split()))
        # The focus back on the list, in view, its first block chosen, and no section: the
        # next block's is chosen afresh.
        await wait_for(pilot, lambda: app.focused is blocks and cut_off(blocks) is None)
        assert blocks.highlighted == 0 and section.is_blank()
        await save_import(pilot, dialog)
    data = tomllib.loads((fictional_dir / "child-zq.toml").read_text())
    # the block's heading is its heading, in no field (its point's title until 5 December 2026)
    assert data["good_practice"] == [
        {"text": "The nursery saw Child ZQ arrive late and hungry on most days."}]
