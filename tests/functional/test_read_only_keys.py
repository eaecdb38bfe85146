"""A session opened to read only (`v` on a saved session) offers only the keys that do
something there. A fresh-eyes trial at 80x24: on the actions table the footer still said
`⏎ Edit space Status del Remove`, and Space and Delete each stacked two warnings ("This
session is open read-only… what you type is not kept." and "actions cannot be changed
here."). The footer leaves those keys out, and a refused key pressed anyway says one thing,
once. All names here are invented."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.widget import Widget

from reflect.model.session import Action, Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import said, screen_lines, wait_for
from tests.functional.test_view_only import viewed

REFUSED = "This session is open read-only (the line at the top says why): "


def saved_on(fictional_dir: Path, sessions_dir: Path, step: str) -> Path:
    """A Moorvale team's saved session, with people, a point and two actions, on `step`."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(
        review, "20260105-child-zz-0000cafe", title="Moorvale read-only keys",
        team="Moorvale Early Help", current_step=step,
        participants=[Participant(id="p1", name="Alex Example", role="Health visitor"),
                      Participant(id="p2", name="Jo Invented", role="Social worker")],
        actions=[Action(id="a1", text="Share the invented checklist", owner="Alex Example",
                        due="31/1/2027"),
                 Action(id="a2", text="Ring the invented clinic", owner="Jo Invented")],
        created=datetime(2026, 1, 5, 10, tzinfo=timezone.utc),
        updated=datetime(2026, 1, 5, 10, tzinfo=timezone.utc))
    s.answers[0].points.append(Point(text="Invented point from Alex", by="p1"))
    return save_session(sessions_dir, s, touch=False)


@pytest.mark.parametrize(("step", "table", "hint", "keys", "what"), [
    ("actions", ".actions-table", ".action-hint", ("space", "delete", "enter"),
     "actions cannot be changed here."),
    ("people", ".people-table", ".people-hint", ("space", "delete", "enter"),
     "participants cannot be changed here."),
    ("q:zz-first", ".point-list", ".point-hint", ("delete", "shift+up", "enter"),
     "points cannot be changed here."),
])
@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_viewed_sessions_tables_offer_no_keys_it_refuses(
        fictional_dir, sessions_dir, step: str, table: str, hint: str, keys: tuple[str, ...],
        what: str, size: tuple[int, int]) -> None:
    """The footer, and the hint over the table, offer none of the keys that change a row; each
    pressed anyway, one message says why nothing changed."""
    path = saved_on(fictional_dir, sessions_dir, step)
    before = path.read_bytes()
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await viewed(pilot, app)
        rows = screen.query_one(table, Widget)
        screen.set_focus(rows)
        await wait_for(pilot, lambda: app.focused is rows and "pgdn" in screen_lines(app)[-1])
        footer = screen_lines(app)[-1]
        for offered in ("Edit", "Status", "Here/not here", "Remove", "⇧↑"):
            assert offered not in footer, footer
        over = " ".join(str(screen.query_one(hint).render()).split())
        for offered in ("Space", "Delete", "Enter", "Shift"):
            assert offered not in over, over
        for key in keys:
            await pilot.press(key)
        await wait_for(pilot, lambda: any(what in m for m in said(app)))
        await pilot.pause()
        assert said(app) == [REFUSED + what], said(app)  # one message, not one a key
        assert app.focused is rows and not app.screen.is_modal  # nothing opened to edit
    assert path.read_bytes() == before


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_last_times_actions_viewed_offer_no_status_key(
        fictional_dir, sessions_dir, size: tuple[int, int]) -> None:
    """Last time's actions, viewed: no `space Status` in the footer, none in the hint over the
    table, and Space pressed anyway says one thing."""
    from reflect.store.carry import open_actions_for_team

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-0000aaaa", title="Last month", team="Moorvale Early Help",
        actions=[Action(text="Book the invented training day", owner="Jo Invented")],
        created=datetime(2026, 1, 1, 10, tzinfo=timezone.utc),
        updated=datetime(2026, 1, 1, 10, tzinfo=timezone.utc)), touch=False)
    now = Session.start(
        review, "20260105-child-zz-0000bbbb", title="This month", team="Moorvale Early Help",
        current_step="carried",
        carried=open_actions_for_team(sessions_dir, "Moorvale Early Help"),
        created=datetime(2026, 1, 5, 10, tzinfo=timezone.utc),
        updated=datetime(2026, 1, 5, 10, tzinfo=timezone.utc))
    path = save_session(sessions_dir, now, touch=False)
    before = path.read_bytes()
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        from tests.functional.test_view_only import on_the_saved_session

        sessions = await on_the_saved_session(pilot, app, count=2)
        sessions.highlighted = next(i for i in range(2) if "This month" in
                                    sessions.get_option_at_index(i).prompt.plain)
        await pilot.press("v")
        await wait_for(pilot, lambda: bool(app.screen.query(".carried-table")))
        table = app.screen.query_one(".carried-table", Widget)
        app.screen.set_focus(table)
        await wait_for(pilot, lambda: app.focused is table and "pgdn" in screen_lines(app)[-1])
        assert "Status" not in screen_lines(app)[-1], screen_lines(app)[-1]
        over = " ".join(str(app.screen.query_one(".carried-hint").render()).split())
        assert "Space" not in over, over
        await pilot.press("space", "space")
        what = "last time's actions cannot be changed here."
        await wait_for(pilot, lambda: any(what in m for m in said(app)))
        await pilot.pause()
        assert said(app) == [REFUSED + what], said(app)
        assert app.screen.session.carried[0].status == "open"
    assert path.read_bytes() == before
