"""The status line under a session says how many questions hold answers given under earlier
words than the review's now: once kept under the new words (the note's button), nothing on
the screen said so, and a facilitator could not tell from the line that some answers were
given to other wording (a trial). Said only where there are such answers. All data invented."""

from __future__ import annotations

from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.wording_note import PUT_BACK, WordingNote
from tests.functional.helpers import open_saved_session, shown, wait_for
from tests.replaced_review import answered_session, answered_then_replaced

SAID = "1 answered under earlier wording"


async def test_answers_kept_under_new_wording_are_said_on_the_status_line(fictional_dir,
                                                                         sessions_dir):
    _, path = answered_then_replaced(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_saved_session(pilot)
        status = screen.query_one("#status", Literal)
        await wait_for(pilot, lambda: screen.query(WordingNote) and "saved ✓" in shown(status))
        assert shown(status) == f"2/3 answered · {SAID} · saved ✓ {path.name}"
        button = screen.query_one(WordingNote).query_one(Button)
        button.press()  # kept under the new words: the note's warning goes, the line says it
        await wait_for(pilot, lambda: str(button.label) == PUT_BACK)
        await wait_for(pilot, lambda: shown(status) == f"2/3 answered · {SAID} · saved ✓ "
                                                       f"{path.name}")
        await pilot.press("ctrl+q")
    # Opened again at 60x20: no note above the answers; the line still says so, the file's
    # name left out to make room.
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_saved_session(pilot)
        status = screen.query_one("#status", Literal)
        await wait_for(pilot, lambda: "saved ✓" in shown(status))
        assert not screen.query(WordingNote)
        assert shown(status) == f"2/3 answered · {SAID} · saved ✓"
        await pilot.resize_terminal(170, 40)  # room for everything
        await wait_for(pilot, lambda: shown(status).startswith(
            "Answered 2 of 3 questions · 1 answer kept from a question no longer in the "
            f"review · {SAID}  ·  saved ✓ "))
        await pilot.press("ctrl+q")


async def test_nothing_is_said_where_every_answer_has_the_review_s_words(fictional_dir,
                                                                        sessions_dir):
    _, path = answered_session(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_saved_session(pilot)
        status = screen.query_one("#status", Literal)
        await wait_for(pilot, lambda: "saved ✓" in shown(status))
        assert shown(status) == f"Answered 3 of 3 questions  ·  saved ✓ {path.name}"
        await pilot.press("ctrl+q")
