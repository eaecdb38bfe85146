"""The export dialog's formats, a group to a heading (the notes; each CPD record's form) and
four to a line: every one in view at 80x24, and at 60x20 once the arrows move among them; a
reflection of your own offered its CPD records first. A trial: at 80x24 the nineteen formats
scrolled within a box seven lines high, the Social Work England and NMC records nine ↓ down;
at 60x20 one format showed at a time."""

from __future__ import annotations

import pytest
from textual.widgets import Button, RadioSet

from reflect.model.session import Session
from reflect.store.exports import FORMATS, RECORDS
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from tests.functional.helpers import shown, wait_for


def formats_in_view(dialog: ExportScreen) -> list[str]:
    """The formats drawn whole in the dialog's view, above its docked buttons (a region's
    bottom is the line after it: the line over the buttons is in view)."""
    body = dialog.query_one("#export-dialog").content_region
    buttons = dialog.query_one("#export-cancel", Button).region
    return [fmt for fmt in FORMATS
            if (r := dialog.query_one(f"#fmt-{fmt}").region).height
            and body.contains_region(r) and r.bottom <= buttons.y]


async def opened(pilot, mode: str) -> ExportScreen:  # type: ignore[no-untyped-def]
    review = load_library(pilot.app.content_dir).get("child-zz")
    session = Session.start(review, f"s-{mode}", mode=mode, title="Invented reflection",
                            team="Invented Team")
    dialog = ExportScreen(session, review, "md")
    await pilot.app.push_screen(dialog)
    await wait_for(pilot, lambda: pilot.app.screen is dialog and dialog.checked)
    for _ in range(3):
        await pilot.pause()
    return dialog


async def test_at_80x24_every_format_shows_the_records_first_on_your_own(fictional_dir,
                                                                        sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await opened(pilot, "individual")
        assert sorted(formats_in_view(dialog)) == sorted(FORMATS)  # no key pressed
        formats = dialog.query_one("#format", RadioSet)
        order = [b.id.removeprefix("fmt-") for b in formats.query("RadioButton")]  # type: ignore[union-attr]
        records = [fmt in RECORDS for fmt in order]
        assert records == sorted(records, reverse=True)  # every record before the notes
        headings = [shown(h) for h in dialog.query(".format-group")]
        assert headings[0] == "CPD reflective account, any profession" and headings[-1] == "Notes"
        assert shown(dialog.query_one("#format-chosen")) == "Chosen: Markdown, a .md file"
        # ↑ from the notes' Markdown: the record form above it, its Markdown, said in full
        await pilot.press("up")
        await wait_for(pilot, lambda: dialog.chosen_format == "nmc-discussion-md")
        assert shown(dialog.query_one("#format-chosen")) == (
            "Chosen: NMC reflective discussion form (Markdown), a .nmc-discussion.md file")
        await pilot.press("up", "up", "right")
        await wait_for(pilot, lambda: dialog.chosen_format == "swe-txt")


@pytest.mark.parametrize("mode", ["team", "individual"])
async def test_at_60x20_every_format_shows_once_the_arrows_move(fictional_dir, sessions_dir,
                                                                mode):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await opened(pilot, mode)
        assert app.focused is dialog.query_one("#format")
        await pilot.press("right")
        await wait_for(pilot, lambda: dialog.chosen_format == "txt" and dialog.checked)
        chosen = dialog.query_one("#format-chosen")
        await wait_for(pilot, lambda: sorted(formats_in_view(dialog)) == sorted(FORMATS)
                       and chosen.region.bottom
                       <= dialog.query_one("#export-cancel", Button).region.y)
        first = dialog.query(".format-group").first()
        assert shown(first) == ("Notes" if mode == "team"
                                else "CPD reflective account, any profession")
