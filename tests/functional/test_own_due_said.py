"""What to do now at 80x24, a session opened again a month after its actions were agreed: the
Selected line says due words that count from the day typed with the date first and the day
they were said (`due.own_due_said`), as last time's actions do; it said `due: next Friday
(…)`, another Friday by then (a facilitator's trial). All names invented."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from reflect.model.dates import read_date, short_date
from reflect.model.session import Action, Session
from reflect.ui.app import make_app
from tests.functional.helpers import shown, wait_for
from tests.functional.test_actions_table import open_actions, review


async def test_a_month_on_the_selected_line_leads_with_the_date(tmp_path: Path) -> None:
    began = date.today() - timedelta(days=35)
    due = read_date("next Friday", began)
    assert due is not None
    session = Session.start(review(), "20261102-child-zz-00000022", title="Invented huddle",
                            team="Team Blue",
                            created=datetime(began.year, began.month, began.day, 10,
                                             tzinfo=UTC))
    session.add_action(Action(text="Ring the invented school", owner="Pat Example",
                              due="next Friday", due_date=due))
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actions(pilot, session)
        detail = screen.query_one(".action-detail")
        await wait_for(pilot, lambda: "Selected" in shown(detail))
        line = " ".join(shown(detail).split())
        assert f"due: {short_date(due)} (“next Friday”, said on {began.day} " in line, line
        assert "next Friday (" not in line
