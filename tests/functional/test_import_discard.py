"""Leaving the import preview (Esc, Cancel, Ctrl+Q) once something has been changed in it asks
first, as the new-session form does; with nothing changed it closes at once. A message about
its Moves goes with it. Esc dropped two lines moved into Key learning unasked, and "Moved 2
lines to Key learning; every line is now placed." stayed on the start screen (a fresh-eyes
trial)."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.import_review import ImportScreen
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import move_block, open_and_preview, shown, wait_for

INVENTED = """Invented Dale Safeguarding Children Partnership
# Child QZ: an invented briefing

## Background
Child QZ is an invented child in Invented Dale.

## What the invented panel noticed
- The invented school saw a pattern of missed days.
- The invented nurse shared it at once.
"""
MOVED = "Moved 3 lines to Key learning; every line is now placed."
SIZES = [(80, 24), (60, 20)]


KEPT = "Moved 3 lines to Key learning"
"""What the preview says of the Move the tests make (`move_block` of block 0 to learning)."""


def preview_said(dialog) -> str:  # type: ignore[no-untyped-def]
    """The preview's words, on one line."""
    return " ".join(shown(dialog.query_one("#import-preview")).split())


def said(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


def question(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(shown(app.screen.query_one("Literal")).split())


def buttons_in_view(app) -> bool:  # type: ignore[no-untyped-def]
    screen = app.screen
    return all(screen.region.contains_region(b.region) for b in screen.query(Button))


@pytest.fixture
def source(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "child-qz-invented.md"
    path.write_text(INVENTED, encoding="utf-8")
    return path


@pytest.mark.parametrize("size", SIZES)
async def test_esc_after_a_move_asks_and_discarding_takes_its_message_away(
        fictional_dir, sessions_dir, source, size):
    before = sorted(p.name for p in fictional_dir.iterdir())
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        await wait_for(pilot, lambda: MOVED in said(app))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == ("Discard your Moves (3 lines to Key learning)? Nothing of "
                                 "this briefing is in the library until it is saved.")
        assert buttons_in_view(app)
        await pilot.press("n")  # back to the preview, the Move kept
        await wait_for(pilot, lambda: app.screen is dialog)
        assert "Moved 3 lines to Key learning" in shown(dialog.query_one("#import-preview"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.pause()
        assert MOVED not in said(app)
    assert sorted(p.name for p in fictional_dir.iterdir()) == before  # nothing saved


@pytest.mark.parametrize("size", SIZES)
async def test_cancel_after_a_type_or_id_is_typed_asks(fictional_dir, sessions_dir, source,
                                                       size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        dialog.query_one("#import-type", Input).value = "Invented thematic review"
        dialog.query_one("#import-id", Input).value = "child-qz-two"
        dialog.query_one("#import-cancel", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app).startswith(
            "Discard the Review type you typed and the review id you typed?")
        assert buttons_in_view(app)
        await pilot.press("escape")  # no: the preview stays, as it was
        await wait_for(pilot, lambda: app.screen is dialog)
        assert dialog.query_one("#import-type", Input).value == "Invented thematic review"


@pytest.mark.parametrize("size", SIZES)
async def test_esc_with_nothing_changed_closes_at_once(fictional_dir, sessions_dir, source,
                                                       size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_and_preview(pilot, source, "Not placed")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))


async def test_ctrl_q_after_a_move_asks_about_the_moves(fictional_dir, sessions_dir, source):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "leave_out", "Every line")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == ("Quit reflect? The briefing being imported is not saved "
                                 "yet: your Moves (3 lines left out) would be lost.")
        assert isinstance(app.screen_stack[-2], ImportScreen)
