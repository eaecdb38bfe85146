"""The import preview's *Partnership* and *Title* boxes: what the importer found, or, where it
found none, an empty box showing the placeholder in grey; what is typed there is saved (left
empty, the placeholder is, as before, and the note says so). A fresh-eyes trial's learning
lead, told "edit `partnership` in the file", had to edit the review's TOML by hand."""

from __future__ import annotations

import tomllib

import pytest
from textual.widgets import Input

from reflect.model.placeholders import PARTNERSHIP, TITLE
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import (
    burst_keys,
    enter_text,
    move_block,
    open_and_preview,
    save_import,
    wait_for,
)
from tests.functional.test_import_discard import INVENTED, SIZES, preview_said, question

NAMELESS = """# Child QP: an invented briefing

## Background
Child QP is an invented child in an invented town.

## Key learning
- The invented school saw a pattern of missed days.
- The invented nurse shared it at once.
"""
"""An invented briefing naming no partnership."""
UNTITLED = """The invented panel met twice this spring and agreed on what every invented team \
should take from it.

## Key learning
- The invented school saw a pattern of missed days.
"""
"""An invented briefing with neither a title nor a partnership the importer can find."""


@pytest.fixture
def nameless(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "child-qp-invented.md"
    path.write_text(NAMELESS, encoding="utf-8")
    return path


def saved(folder, review_id: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return tomllib.loads((folder / f"{review_id}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("size", SIZES)
async def test_a_partnership_typed_where_none_was_found_is_saved(fictional_dir, sessions_dir,
                                                                 nameless, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, nameless, "Child QP")
        box = dialog.query_one("#import-partnership", Input)
        assert box.display and box.value == "" and box.placeholder == PARTNERSHIP
        assert "type it in the Partnership box above" in preview_said(dialog)
        assert "edit `partnership` in the file" not in preview_said(dialog)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        # typed at once, corrected as typed: each key in the order typed
        burst_keys(pilot, [*"Invented Dale Partnersihp", *["backspace"] * 3, *"hip"])
        await wait_for(pilot, lambda: box.value == "Invented Dale Partnership")
        assert dialog.screen.region.contains_region(box.region)  # scrolled into view
        # the preview's first line says what will be saved
        await wait_for(pilot, lambda: preview_said(dialog).startswith(
            "Child QP: Learning briefing, Invented Dale Partnership"))
        assert ("no partnership named in the text: the one typed in the Partnership box above "
                "is saved") in preview_said(dialog)  # the note follows the box, too
        await save_import(pilot, dialog)
    assert saved(fictional_dir, "child-qp")["partnership"] == "Invented Dale Partnership"


async def test_nothing_typed_saves_the_placeholder_as_the_note_says(fictional_dir,
                                                                    sessions_dir, nameless):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, nameless, "Child QP")
        assert (f"left empty, “{PARTNERSHIP}” is saved in its place, and the library marks "
                "the review not finished") in preview_said(dialog)
        dialog.query_one("#import-partnership", Input).value = "   "  # only spaces: none
        await save_import(pilot, dialog)
    assert saved(fictional_dir, "child-qp")["partnership"] == PARTNERSHIP


@pytest.mark.parametrize("typed", ["[bold]Invented[/bold] Partnership", "Invented 🦉 Partnership",
                                   "Invented " + "Vale " * 58 + "Partnership"])
async def test_what_is_typed_is_shown_and_saved_as_typed(fictional_dir, sessions_dir,
                                                         nameless, typed):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await open_and_preview(pilot, nameless, "Child QP")
        dialog.query_one("#import-partnership", Input).value = typed
        await wait_for(pilot, lambda: typed in preview_said(dialog))  # markup as written
        await save_import(pilot, dialog)
    assert saved(fictional_dir, "child-qp")["partnership"] == typed


async def test_the_partnership_found_is_in_the_box_and_another_typed_replaces_it(
        fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "child-qz-invented.md"
    source.write_text(INVENTED, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")  # (then a briefing)
        box = dialog.query_one("#import-partnership", Input)
        assert box.value == "Invented Dale Safeguarding Children Partnership"
        assert dialog.query_one("#import-title", Input).value == "Child QZ"
        box.value = "Invented  Dale   Partnership "  # its spaces folded, as the type's are
        await save_import(pilot, dialog)
    assert saved(fictional_dir, "child-qz")["partnership"] == "Invented Dale Partnership"


@pytest.mark.parametrize("size", SIZES)
async def test_a_title_typed_where_none_was_found_is_saved(fictional_dir, sessions_dir,
                                                           tmp_path, size):
    source = tmp_path / "invented-spring-notes.md"
    source.write_text(UNTITLED, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, TITLE)
        box = dialog.query_one("#import-title", Input)
        assert box.value == "" and box.placeholder == TITLE
        assert "no title found: type it in the Title box above" in preview_said(dialog)
        box.focus()
        await enter_text(pilot, "Invented spring notes")
        await wait_for(pilot, lambda: preview_said(dialog).startswith(
            "Invented spring notes: Learning briefing"))
        await save_import(pilot, dialog)
    review = saved(fictional_dir, "invented-spring-notes")
    assert (review["title"], review["partnership"]) == ("Invented spring notes", PARTNERSHIP)


async def test_a_partnership_typed_is_kept_reading_the_same_file_and_asked_about(
        fictional_dir, sessions_dir, nameless):
    """As the Review type box's: kept when the same file is read again (a new id and Enter),
    asked about before Esc or another file drops it."""
    other = nameless.with_name("child-qy-invented.md")
    other.write_text(NAMELESS.replace("QP", "QY"), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, nameless, "Child QP")
        box = dialog.query_one("#import-partnership", Input)
        box.value = "Invented Dale Partnership"
        review_id = dialog.query_one("#import-id", Input)
        review_id.value = "child-qp-two"
        review_id.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: "child-qp-two.toml" in preview_said(dialog))
        assert box.value == "Invented Dale Partnership"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app).startswith("Discard the Partnership you typed?")
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is dialog)
        path = dialog.query_one("#import-path", Input)
        path.value = str(other)
        path.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app).startswith("Discard the Partnership you typed?")
        await pilot.press("y")
        await wait_for(pilot, lambda: app.screen is dialog and "Child QY" in preview_said(dialog))
        assert box.value == "" and box.placeholder == PARTNERSHIP
        await pilot.press("escape")  # nothing typed now: closes at once
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))


async def test_a_partnership_typed_places_the_line_that_names_it(fictional_dir, sessions_dir,
                                                                 tmp_path):
    """The line that is the partnership typed in its box is the partnership's, once Enter is
    pressed there (or at Save): it stayed under *Not placed*, to be moved out of the way by
    hand (a learning lead's trial)."""
    name = "Riverside Children's Safeguarding Alliance"  # (no name the importer knows)
    source = tmp_path / "child-qp-invented.md"
    source.write_text(f"{name}\n\n{NAMELESS}", encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, f"line 1: {name}")
        box = dialog.query_one("#import-partnership", Input)
        box.value = name
        box.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Every line of the briefing was placed." in
                       preview_said(dialog))
        assert app.focused is box and "Not placed" not in preview_said(dialog)
        await save_import(pilot, dialog)
    text = (fictional_dir / "child-qp.toml").read_text(encoding="utf-8")
    assert text.count(name) == 1 and saved(fictional_dir, "child-qp")["partnership"] == name
