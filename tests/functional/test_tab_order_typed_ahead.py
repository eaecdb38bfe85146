"""Tab typed straight after a key that shows a box reaches that box, as it does typed slowly
(reflect.ui.focus_order). Textual orders Tab by where each widget was at the last layout, done
on the next frame: a box shown since had no place, was ordered first, and Tab passed it by. ↓
(*Individual reflection*), three Tabs and a name, sent in one burst, put the name in the meeting
length's own-length box, *Your name* left as it was (a trial, one burst in three or so)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, SelectionList, TextArea

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.store.settings import save_setting
from reflect.ui.app import make_app
from tests.functional.helpers import frames_held, new_session_form, press_in_order, wait_for


def boxes(form, *names: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name: form.query_one(f"#{name}", Input).value for name in names}


async def test_down_tabs_and_a_name_in_one_burst_reach_your_name(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    save_setting(settings, "my_name", "Pat Example")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        with frames_held(form):  # every key before the next frame
            await press_in_order(app, ["down", "tab", "tab", "tab", *"Jo Invented"])
        assert not form.team_mode
        # the name remembered, selected as Tab reached it, replaced by the one typed
        assert boxes(form, "title", "team", "own-name", "own-minutes") == {
            "title": "", "team": "", "own-name": "Jo Invented", "own-minutes": ""}


async def test_tab_from_last_times_people_shown_just_now_goes_on_to_the_participants(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Last time's participants, shown as the team's look-up answers: Tab from them went back
    up to the form's first choice (they had no place yet), and a participant typed next
    became the title."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Invented Team",
        facilitator="Fay Example",
        participants=[Participant(name="Ada Example"), Participant(name="Bea Example")]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        chooser = form.query_one("#last-people", SelectionList)
        with frames_held(form):
            await press_in_order(app, ["tab", "tab", *"Invented Team"])
            await wait_for(pilot, lambda: chooser.display)  # the look-up has answered
            await press_in_order(app, ["tab", *"Jo Invented", "tab", "space", "down", "space",
                                       "tab", *"Lee Invented, nurse"])
        assert boxes(form, "title", "team", "facilitator", "own-minutes") == {
            "title": "", "team": "Invented Team", "facilitator": "Jo Invented",
            "own-minutes": ""}
        assert chooser.selected == [0, 1]
        assert form.query_one("#participants", TextArea).text == "Lee Invented, nurse"
