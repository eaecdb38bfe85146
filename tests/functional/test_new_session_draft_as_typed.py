"""A new-session form kept as a draft comes back exactly as it was typed
(ui/screens/new_session_draft.py): every box, who is ticked, the mode, the meeting length
and what "Your own" held. Came back changed: last time's facilitator emptied from the box
was put back, *Your name* emptied of the name remembered was filled in again, "Your own"
chosen with no length in it yet came back as a listed length, and 45 minutes chosen after 20
was typed in "Your own" came back as 20 minutes.

Each test types a form, ends the app as a closed window does (`_exit_on_signal`, which writes
the draft there and then), opens the form again and compares every box."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, SelectionList, TextArea

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.widgets.choice import ChoiceButton
from reflect.ui.widgets.meeting_length import MeetingLength
from tests.functional.helpers import new_session_form, type_text, wait_for

PEOPLE = "  Sam Sample, Teacher, Moorvale School  \n\n\tPat Example, DSL\nAlex Invented"


def _met_before(fictional_dir: Path, sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Moorvale Team",
        facilitator="Fay Example",
        participants=[Participant(name="Ada Example", role="Nurse"),
                      Participant(name="Bea Example"), Participant(name="Cal Example")]))


def form_as_it_is(form: NewSessionScreen) -> dict[str, object]:
    """Everything the form holds, as a person sees it."""
    length = form.query_one(MeetingLength)
    return {"team mode": form.team_mode,
            **{name: form.query_one(f"#{name}", Input).value
               for name in ("title", "team", "facilitator", "own-name", "own-minutes")},
            "participants": form.query_one("#participants", TextArea).text,
            "ticked": sorted(form.query_one("#last-people", SelectionList).selected),
            "length": length.length, "your own chosen": length.own, "error": length.error}


async def _again(fictional_dir: Path, sessions_dir: Path, last_people: int = 0
                 ) -> dict[str, object]:
    """The form opened again in a new run, once last time's people (if any) are listed."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == last_people)
        return form_as_it_is(form)


async def test_a_team_form_comes_back_box_for_box_with_who_was_ticked(
        fictional_dir: Path, sessions_dir: Path) -> None:
    _met_before(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await pilot.press("tab", *"Moorvale meeting ", "tab", *"Moorvale Team")
        chooser = form.query_one("#last-people", SelectionList)
        facilitator = form.query_one("#facilitator", Input)
        await wait_for(pilot, lambda: chooser.display and facilitator.value == "Fay Example")
        await pilot.press("tab", *"Pat Example", "tab")  # a facilitator of our own
        await wait_for(pilot, lambda: app.focused is chooser)
        await pilot.press("down", "space", "down", "space")  # Bea and Cal are here
        form.query_one("#participants", TextArea).load_text(PEOPLE)
        form.query_one("#own-minutes", Input).focus()
        await type_text(pilot, "20")  # "Your own" 20, then 45 minutes after all
        form.query_one("#length-45", ChoiceButton).value = True  # (as Enter on it does)
        await wait_for(pilot, lambda: form.query_one(MeetingLength).length == 45
                       and chooser.selected == [1, 2])
        typed = form_as_it_is(form)
        app._exit_on_signal()  # what a closed window does
    assert typed["facilitator"] == "Pat Example" and typed["own-minutes"] == "20"
    assert typed["your own chosen"] is False
    assert await _again(fictional_dir, sessions_dir, last_people=3) == typed


async def test_last_times_facilitator_emptied_stays_empty(fictional_dir: Path,
                                                          sessions_dir: Path) -> None:
    _met_before(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await pilot.press("tab", *"Moorvale meeting", "tab", *"Moorvale Team")
        facilitator = form.query_one("#facilitator", Input)
        await wait_for(pilot, lambda: facilitator.value == "Fay Example")
        await pilot.press("tab", "backspace")  # (Tab selects the name offered)
        await wait_for(pilot, lambda: facilitator.value == "")
        typed = form_as_it_is(form)
        app._exit_on_signal()
    assert await _again(fictional_dir, sessions_dir, last_people=3) == typed


async def test_a_reflection_comes_back_with_your_name_and_your_own_length_as_typed(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """*Your name* emptied of the name remembered, and "Your own" chosen with something
    that is not a length yet (Ctrl+S waits for it): both as they were."""
    (tmp_path / "settings.toml").write_text('my_name = "Sam Sample"\n')  # (conftest's file)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await pilot.press("down")
        await wait_for(pilot, lambda: not form.team_mode)
        form.query_one("#title", Input).value = "My own reflection"
        own_name = form.query_one("#own-name", Input)
        assert own_name.value == "Sam Sample"
        own_name.value = ""
        form.query_one("#own-minutes", Input).focus()
        await type_text(pilot, "soon")
        await wait_for(pilot, lambda: form.query_one(MeetingLength).error != "")
        form.query_one("#length-own", ChoiceButton).value = True
        await wait_for(pilot, lambda: form.query_one(MeetingLength).own)
        typed = form_as_it_is(form)
        app._exit_on_signal()
    assert typed["own-name"] == "" and typed["own-minutes"] == "soon"
    assert await _again(fictional_dir, sessions_dir) == typed
