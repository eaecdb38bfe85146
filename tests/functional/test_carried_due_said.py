"""Last time's actions at 80×24: a due date typed as `next Friday` at last month's meeting is
said on the Selected line as the date first, with the words as said then and the day
(`due.due_said_later`): `due next Friday (Fri 6 Nov 2026), overdue` a month on read as a
mistake on the shared screen (a health-visiting team lead's trial)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from reflect.model.session import Action, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import shown, wait_for
from tests.functional.test_carried_progress import on_carried_table


async def test_the_selected_line_leads_with_the_date_and_says_the_words_as_said_then(
        fictional_dir, sessions_dir) -> None:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, new_session_id(review.id), title="November", team="Invented team",
        created=datetime(2026, 11, 2, 10, tzinfo=UTC),  # a Monday
        actions=[Action(text="Ring the invented school nurse", due="next Friday",
                        due_date=date(2026, 11, 6)),
                 Action(text="Send the invented leaflet", due="31 March",
                        due_date=date(2027, 3, 31))]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "Ring the invented" in shown(detail))
        line = " ".join(shown(detail).split())
        assert "due Fri 6 Nov 2026 (“next Friday”, said on 2 Nov), overdue" in line
        assert "due next Friday" not in line
        await pilot.press("down")  # words that name a date on their own: as they were
        await wait_for(pilot, lambda: "Send the invented" in shown(detail))
        assert "due 31 March (Wed 31 Mar 2027)" in " ".join(shown(detail).split())
