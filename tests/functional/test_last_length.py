"""A new session for a team that met before starts with the length its last meeting planned,
chosen and said so, for another (or none) to be chosen: the facilitator and the people were
carried over while the length went back to *No time plan* (a health-visiting team lead's
trial)."""

from __future__ import annotations

import io

from textual.widgets import Input, RadioSet

from reflect.cli import main
from reflect.model.session import Participant, Session, Timing
from reflect.store.carry import last_time
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.meeting_length import MeetingLength
from tests.functional.helpers import in_the_team_box, shown, type_text, wait_for


def met_before(fictional_dir, sessions_dir, minutes: int, number: int = 1) -> None:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, f"20261102-child-zz-{number:08d}", title="November", team="Team Blue",
        facilitator="Pat Example", participants=[Participant(name="Sam Sample")],
        timing=Timing(minutes=minutes)))


def test_last_time_gives_the_length_the_latest_meeting_planned(fictional_dir,
                                                                sessions_dir) -> None:
    met_before(fictional_dir, sessions_dir, 45)
    assert last_time(sessions_dir, "team blue")[2] == 45
    assert last_time(sessions_dir, "Team Green") == ([], "", 0)


def test_a_plain_mode_meeting_passes_the_length_on(monkeypatch, capsys, fictional_dir,
                                                   sessions_dir) -> None:
    """A meeting in plain mode (which asks no length) between two in the app planned none,
    and the app's next offered none: it keeps the team's, as the app's form offers it."""
    met_before(fictional_dir, sessions_dir, 45)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    monkeypatch.setattr("sys.stdin", io.StringIO("Pat Example\nSam Sample\n\nNotes\n.\n"))
    assert main(["walk", "child-zz", "--mode", "team", "--title", "December", "--team",
                 "Team Blue", "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(sessions_dir)]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "Planned length: 45 minutes, as at the team's last meeting." in said
    [walked] = [e.session for e in list_sessions(sessions_dir).entries
                if e.session.title == "December"]
    assert walked.timing.minutes == 45 and walked.notes["intro"] == "Notes"
    assert last_time(sessions_dir, "Team Blue")[2] == 45  # (the app's next offers it)


async def test_last_meetings_length_is_chosen_said_and_can_be_changed(fictional_dir,
                                                                      sessions_dir) -> None:
    met_before(fictional_dir, sessions_dir, 45)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        length = form.query_one(MeetingLength)
        assert length.length == 0  # (a team new here: no time plan)
        await type_text(pilot, "Team Blue")
        await wait_for(pilot, lambda: length.length == 45)
        line = form.query_one("#length-offered")
        await wait_for(pilot, lambda: line.display)
        assert " ".join(shown(line).split()) == ("As at the team's last meeting: 45 minutes. "
                                                  "Choose another, or No time plan, to change it.")
        assert app.focused is form.query_one("#team", Input)  # (the focus stays)
        form.query_one("#length-0").value = True  # No time plan, chosen over it
        await wait_for(pilot, lambda: length.length == 0 and not line.display)
        await type_text(pilot, " ")  # the team looked up again: the choice made stays
        await pilot.press("backspace")
        await pilot.pause()
        assert length.length == 0
        form.query_one("#length-30").value = True
        await wait_for(pilot, lambda: length.length == 30)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.timing.minutes == 30


async def test_a_length_of_ones_own_is_offered_in_its_box(fictional_dir, sessions_dir) -> None:
    met_before(fictional_dir, sessions_dir, 90)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        length = form.query_one(MeetingLength)
        await type_text(pilot, "Team Blue")
        await wait_for(pilot, lambda: length.length == 90 and length.own)
        assert form.query_one("#own-minutes", Input).value == "90"
        assert "1 hour 30 minutes" in shown(form.query_one("#length-offered"))
        assert app.focused is form.query_one("#team", Input)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.timing.minutes == 90


async def test_a_length_chosen_before_the_team_is_typed_is_kept(fictional_dir,
                                                               sessions_dir) -> None:
    met_before(fictional_dir, sessions_dir, 45)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        form.query_one("#length-15").value = True
        length = form.query_one(MeetingLength)
        await wait_for(pilot, lambda: length.length == 15)
        await type_text(pilot, "Team Blue")
        await wait_for(pilot, lambda: form.query_one("#last-people").display)
        await pilot.pause()
        assert length.length == 15 and not form.query_one("#length-offered").display
        assert form.query_one("#length", RadioSet).pressed_button.id == "length-15"
