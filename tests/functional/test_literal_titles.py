"""Words a person typed, shown in a box's border, are shown as typed: a border title given a
string reads it as markup, and a last time's action `Book [bold]multi-agency[/bold] training`,
cut to 30 characters in its progress note's title (`…[/bold…`), ended `reflect open` with a
MarkupError: the session could not be opened (a plain-mode trial). All text invented."""

from __future__ import annotations

from textual.widgets import Input

from reflect.model.session import Action
from reflect.ui.app import make_app
from tests.functional.helpers import type_text, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table

ACTION = "Book [bold]multi-agency[/bold] training 📚"


async def test_last_times_action_with_brackets_titles_its_progress_note_as_typed(
        fictional_dir, sessions_dir) -> None:
    earlier_session(fictional_dir, sessions_dir, [Action(text=ACTION, due="[b]x[/b]")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, _ = await on_carried_table(pilot)
        note = screen.query_one(".carried-note", Input)
        await wait_for(pilot, lambda: "Book" in (note.border_title or ""))
        assert note._border_title is not None  # (the descriptor's getter gives markup back)
        # (cut to the box's room at 80x24: tests/functional/test_carried_note_title.py)
        assert note._border_title.plain.startswith("Note on: Book [")
        due = screen.query_one(".carried-due", Input)
        due.focus()
        await wait_for(pilot, lambda: app.focused is due)
        await type_text(pilot, "[/b] soon")
        await wait_for(pilot, lambda: due._border_subtitle is not None
                       and "not read as a date" in due._border_subtitle.plain)
    assert app.return_code in (0, None)
