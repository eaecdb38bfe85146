"""A time plan chosen in F7 and not saved is kept as it is chosen (the session's drafts), Ctrl+Q
asks before quitting with it unsaved, and F7 offers it again, where Ctrl+S saves it: a
45-minute plan chosen, then Ctrl+Q, a closed window or kill -9, left the file with no plan and
nothing said (a trial)."""

from __future__ import annotations

import json
from pathlib import Path

from reflect.model.plan_draft import PLAN_DRAFT
from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.time_plan import TimePlanScreen
from reflect.ui.widgets.meeting_length import MeetingLength
from tests.cpd_folder import invented_review, team
from tests.functional.helpers import (
    open_saved_session,
    press_in_order,
    said,
    screen_lines,
    wait_for,
)


async def test_a_plan_chosen_and_not_saved_is_kept_asked_about_and_offered_again(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    s = team(invented_review(fictional_dir), "Invented Team", [])
    save_session(sessions_dir, s)
    path = session_path(sessions_dir, s.id)
    settings = tmp_path / "settings.toml"

    def kept() -> object:
        draft = load_session(path).drafts.get(PLAN_DRAFT)
        return json.loads(draft)["minutes"] if draft else None

    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_saved_session(pilot)
        await press_in_order(app, ["f7"])
        await wait_for(pilot, lambda: isinstance(app.screen, TimePlanScreen))
        await press_in_order(app, ["down"] * 4 + ["enter"])  # 45 minutes, not saved
        await wait_for(pilot, lambda: kept() == 45)  # in the file, as a draft, within seconds
        assert load_session(path).timing.minutes == 0  # the plan itself only on Ctrl+S
        await press_in_order(app, ["ctrl+q"])
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "time plan you chose is not saved" in app.screen.question  # type: ignore[attr-defined]
        await press_in_order(app, ["escape"])  # Keep editing
        await wait_for(pilot, lambda: isinstance(app.screen, TimePlanScreen))
        await press_in_order(app, ["ctrl+q", "y"])  # quit: the draft stays
    assert kept() == 45 and load_session(path).timing.minutes == 0

    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_saved_session(pilot)
        await press_in_order(app, ["f7"])
        await wait_for(pilot, lambda: isinstance(app.screen, TimePlanScreen))
        assert app.screen.query_one(MeetingLength).length == 45
        shown = " ".join(" ".join(screen_lines(app)).split())
        assert "time plan you chose before and did not save: Ctrl+S saves it" in shown
        assert not said(app)  # (said by a message, it hid the lengths for 8 s: a trial)
        await press_in_order(app, ["ctrl+s"])
        await wait_for(pilot, lambda: load_session(path).timing.minutes == 45)
        assert kept() is None and sum(load_session(path).timing.plan.values()) == 45 * 60


def with_plan_draft(fictional_dir: Path, sessions_dir: Path, draft: str) -> Path:
    """A saved team session holding `draft` as its time plan kept unsaved; its file."""
    s = team(invented_review(fictional_dir), "Invented Team", [])
    s.drafts[PLAN_DRAFT] = draft
    save_session(sessions_dir, s)
    return session_path(sessions_dir, s.id)


async def time_plan_opened(pilot) -> None:  # type: ignore[no-untyped-def]
    """From the start screen: the only saved session opened, then its time plan (F7)."""
    await open_saved_session(pilot)
    await press_in_order(pilot.app, ["f7"])
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, TimePlanScreen))


async def test_a_plan_offered_again_and_discarded_is_gone(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Esc on a plan offered again asks, as on any change; Discard forgets it."""
    path = with_plan_draft(fictional_dir, sessions_dir, json.dumps({"minutes": 30, "steps": {}}))
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await time_plan_opened(pilot)
        assert app.screen.query_one(MeetingLength).length == 30
        await press_in_order(app, ["escape"])
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await press_in_order(app, ["y"])  # Discard
        await wait_for(pilot, lambda: PLAN_DRAFT not in load_session(path).drafts)
        assert load_session(path).timing.minutes == 0


async def test_a_kept_plan_not_understood_is_not_offered(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    with_plan_draft(fictional_dir, sessions_dir, "{not a plan")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await time_plan_opened(pilot)
        assert app.screen.query_one(MeetingLength).length == 0
        await press_in_order(app, ["escape"])  # nothing changed: closes unasked
        await wait_for(pilot, lambda: not isinstance(app.screen, TimePlanScreen))
