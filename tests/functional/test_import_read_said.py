"""The import preview says what it read: the summary (in its box, cut short, said so) and the
recommendations with their status in short, under the counts, so a learning lead checks them
without opening the file (a fresh-eyes trial); and the Review id box's grey text is plainly an
example, never the name of a child the file did not hold: after a broken file it still read
"child-v (leave empty to take it from 'Child V')", as if found in it. All invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ID_EXAMPLE
from tests.functional.helpers import open_and_preview, wait_for
from tests.functional.test_import_discard import SIZES, preview_said
from tests.unit.test_import_read_said import BRIEFING


@pytest.mark.parametrize("size", SIZES)
async def test_the_preview_lists_the_recommendations_and_the_summary(
        fictional_dir, sessions_dir, tmp_path, size: tuple[int, int]) -> None:
    source = tmp_path / "child-y.md"
    source.write_text(BRIEFING, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Child Y")
        said = preview_said(dialog)
        assert dialog.query_one("#import-summary", Input).value == (  # (its box's, not a line)
            "Child Y was an invented two-year-old whose childminder noticed that he was often "
            "hungry…")
        assert "cut short (it runs to 189 characters, over 100): shorten it in the Summary " \
            "box above" in said
        assert "Recommendations: 1. All agencies record who lives in the household at every… " \
            "(status: In progress, with a new…) 2. The partnership reviews its escalation " \
            "policy. (status: Completed) 3. Health visitors invite fathers to the two-year " \
            "check. (no status given)" in said
        assert said.index("Found: ") < said.index("Recommendations:") < said.index("cut short")


async def test_after_a_broken_file_the_id_box_shows_an_example(fictional_dir, sessions_dir,
                                                               tmp_path) -> None:
    good = tmp_path / "child-y.md"
    good.write_text(BRIEFING, encoding="utf-8")
    broken = tmp_path / "child-w.docx"
    broken.write_bytes(b"PK\x03\x04broken")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, good, "Child Y")
        box = dialog.query_one("#import-id", Input)
        assert box.placeholder == "child-y (left empty: from the title)"
        dialog.query_one("#import-path", Input).value = str(broken)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "not a Word document" in preview_said(dialog))
        assert box.placeholder == ID_EXAMPLE
        assert box.placeholder.startswith("e.g. ") and "Child V" not in box.placeholder


async def test_the_id_box_says_the_id_came_from_the_file_name(fictional_dir, sessions_dir,
                                                              tmp_path) -> None:
    """A briefing naming no child takes its id from the file's name, and the Review id box
    says so: it said "leave empty to take it from the title" over `moorvale-neglect`, an id
    the title "Neglect at home" could not give (a fresh-eyes trial)."""
    source = tmp_path / "moorvale-neglect.md"
    source.write_text(BRIEFING.replace("# Child Y: learning briefing", "# Neglect at home")
                      .replace("Child Y", "The invented child"), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Neglect at home")
        assert dialog.query_one("#import-id", Input).placeholder == (
            "moorvale-neglect (left empty: from the file's name)")


async def test_a_word_file_named_pdf_is_said_to_be_read_as_word(fictional_dir, sessions_dir,
                                                                 tmp_path) -> None:
    """The preview says a file was read as another kind than its name says (`found.read_as`):
    a Word file named .pdf was read as Word, nothing said (a learning lead's trial)."""
    from tests import briefing_files as bf

    source = bf.docx_file(BRIEFING, tmp_path / "child-y.pdf")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Found:")
        assert "Moorvale Safeguarding Children Partnership Read as a Word document, by what it " \
            "holds: its name ends in .pdf Will be saved as " in preview_said(dialog)
