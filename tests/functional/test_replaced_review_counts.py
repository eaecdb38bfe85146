"""A session whose review was replaced since (`reflect import --replace`): the start screen and
the walkthrough counted its answers to questions the new review no longer asks, "3 of 3
answered" where the review has two of the three. They count the review's questions, and say
the answers kept apart. All data invented."""

from __future__ import annotations

from textual.widgets import OptionList

from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import open_saved_session, shown, wait_for
from tests.replaced_review import (
    NEW_FIRST,
    OLD_FIRST,
    REWORDED_REVIEW,
    answered_session,
    answered_then_replaced,
)

KEPT = "1 answer kept from a question no longer in the review"


async def test_the_saved_sessions_row_counts_the_review_s_questions(fictional_dir,
                                                                    sessions_dir):
    answered_then_replaced(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 1 and app.library is not None)
        row = sessions.get_option_at_index(0).prompt.plain
        assert "· 2 of 3 answered" in row, row
        assert f"{KEPT} (in the file and the notes)" in row


async def test_the_status_line_counts_the_review_s_questions(fictional_dir, sessions_dir):
    # Replaced by a review that asks the first question in the same words: only the third's
    # answer is apart (one reworded is said too: tests/functional/test_earlier_wording.py).
    answered_session(fictional_dir, sessions_dir)
    (fictional_dir / "child-zz.toml").write_text(REWORDED_REVIEW.replace(NEW_FIRST, OLD_FIRST),
                                                encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_saved_session(pilot)
        status = screen.query_one("#status", Literal)
        await wait_for(pilot, lambda: "saved ✓" in shown(status))
        # Opened, the session has an (empty) answer for the new question too: still 2 of 3.
        assert shown(status).startswith(f"Answered 2 of 3 questions · {KEPT}  ·  saved ✓ ")
        await pilot.resize_terminal(120, 30)  # too narrow for all of it: shorter, kept said
        await wait_for(pilot, lambda: shown(status).startswith(f"2/3 answered · {KEPT} · "))
        await pilot.resize_terminal(80, 24)  # narrower still: the file's name comes first
        await wait_for(pilot, lambda: shown(status).startswith("2/3 answered · saved ✓ "))
