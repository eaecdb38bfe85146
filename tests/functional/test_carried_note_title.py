"""The progress note box on last time's actions names the action it is on, cut to the room
its border leaves: at 80x24 Textual cut the title at its end, "Progress note on: …", which
named no action (a team lead's trial). All text invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.model.session import Action
from reflect.ui.app import make_app
from reflect.ui.widgets.carried_panel import TITLE_EDGES, note_title
from tests.functional.helpers import wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table

ACTION = "Audit the invented discharge checklists for safe sleep advice across all wards"


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (120, 30)])
async def test_the_note_box_title_names_the_action_within_its_border(
        fictional_dir, sessions_dir, size) -> None:
    earlier_session(fictional_dir, sessions_dir, [Action(text=ACTION, due="31/1")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, _ = await on_carried_table(pilot)
        note = screen.query_one(".carried-note", Input)
        await wait_for(pilot, lambda: note.size.width > 0 and note._border_title is not None
                       and "Audit" in note._border_title.plain)
        title = note._border_title.plain  # type: ignore[union-attr]
        assert len(title) <= note.outer_size.width - TITLE_EDGES
        assert title.endswith("…") and title.split(": ", 1)[1].startswith("Audit")


def test_the_label_gives_way_before_the_actions_words() -> None:
    assert note_title(ACTION, 40) == "Progress note on: Audit the invented…"
    assert note_title(ACTION, 19) == "Note on: Audit the…"  # the cut ends a word: kept
    assert note_title("Ring the hub", 40) == "Progress note on: Ring the hub"
    assert note_title("", 40) == "Progress note"
    assert note_title(ACTION, 0) == "Progress note on: Audit the invented discharge…"
    # Too little room to name it in ten: the shorter label, and as much as fits.
    assert note_title(ACTION, 14) == "Note on: Audi…"
    assert note_title("Ring the hub", 18) == "Note on: Ring the…"
    assert note_title(ACTION, 1) == "Note on: A…"
