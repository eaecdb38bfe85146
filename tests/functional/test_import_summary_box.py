"""The import preview's *Summary* box: the summary the importer read (the briefing's first
sentence about the case, cut short where it is long) shown in a box under Title, Partnership
and Review type, and what is typed there saved as the review's `summary`, its line in the
library. The preview showed it as a line only: seen, it could be corrected in the file alone,
while the title and id could be typed there. All invented: "Moorvale", "Child QM"."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from tests.briefing_files import docx_file, pdf_two_columns
from tests.functional.helpers import enter_text, open_and_preview, save_import, wait_for
from tests.functional.test_import_discard import SIZES, preview_said, question

SENTENCE = ("Child QM was an invented nine-year-old whose invented school saw him come in "
            "hungry most Mondays, but no one asked who was at home at the weekends in "
            "Moorvale.")
CUT = ("Child QM was an invented nine-year-old whose invented school saw him come in hungry "
       "most Mondays…")
"""The summary the importer makes of SENTENCE (over 100 characters: cut after a clause)."""
BRIEFING = f"""# Child QM: 7-minute briefing
Moorvale Safeguarding Children Partnership · Rapid Review · June 2027

## Background
{SENTENCE} The review asked what each service knew.

## Key learning
- Invented schools share a pattern of hunger with the invented health visitor.
- Ask who else lives in the home, and who cares for the child at weekends.

## Questions for reflection
- Who looks after the children you see at the weekend?
"""
TYPED = "An invented boy often hungry at school on Mondays in Moorvale."


def saved(folder: Path, review_id: str) -> dict[str, object]:
    return tomllib.loads((folder / f"{review_id}.toml").read_text(encoding="utf-8"))


@pytest.fixture
def briefing(tmp_path: Path) -> Path:
    """The briefing as a partnership publishes it: a Word document."""
    return docx_file(BRIEFING, tmp_path / "child-qm-7-minute-briefing.docx")


@pytest.mark.parametrize("size", SIZES)
async def test_the_summary_read_is_in_its_box_and_what_is_typed_there_is_saved(
        fictional_dir, sessions_dir, briefing, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, briefing, "Child QM")
        box = dialog.query_one("#import-summary", Input)
        assert box.display and box.border_title == "Summary" and box.value == CUT
        said = preview_said(dialog)
        assert "Summary: " not in said  # (the box says it)
        assert "cut short (it runs to" in said and \
            "shorten it in the Summary box above, or type another" in said
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        box.value = ""
        await enter_text(pilot, TYPED)
        await wait_for(pilot, lambda: box.value == TYPED)
        assert dialog.screen.region.contains_region(box.region)  # scrolled into view
        await wait_for(pilot, lambda: "the one typed in the Summary box above is saved"
                       in preview_said(dialog))  # the note follows the box
        await save_import(pilot, dialog)
    assert saved(fictional_dir, "child-qm")["summary"] == TYPED


async def test_left_as_read_the_summary_read_is_saved(fictional_dir, sessions_dir, tmp_path):
    source = pdf_two_columns(BRIEFING, tmp_path / "child-qm-briefing.pdf")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Child QM")
        assert dialog.query_one("#import-summary", Input).value == CUT
        await save_import(pilot, dialog)
    assert saved(fictional_dir, "child-qm")["summary"] == CUT


async def test_a_summary_typed_is_saved_as_typed_and_asked_about_before_it_is_dropped(
        fictional_dir, sessions_dir, briefing):
    typed = "[bold]Invented[/bold] hunger on Mondays"  # markup as written, never applied
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await open_and_preview(pilot, briefing, "Child QM")
        box = dialog.query_one("#import-summary", Input)
        box.value = typed
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app).startswith("Discard the Summary you typed?")
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is dialog)
        await save_import(pilot, dialog)
    assert saved(fictional_dir, "child-qm")["summary"] == typed
