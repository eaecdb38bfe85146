"""The question before removing someone who took part says, once read, what happens to their
points and their actions. It said "the points stay, without their name (point 2 on Question 1
kept as typed again, “@…” and all: theirs if they are added again), and each action keeps its
owner as typed": two ways to read who the points were then, and whether the action lost its
owner (a trial). Now a line each, whole in the dialog at 80x24 and 60x20 with its buttons.

Every person, team and point here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.presence import removal_instead, removal_said
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from tests.functional.helpers import (
    asked_to_remove,
    on_person,
    open_saved_session,
    screen_lines,
    wait_for,
)

ROBIN = ("They said 2 points and own 1 action.\n"
         "Their 2 points stay, with no name. Point 2 on Question 1 gets back the “@Robin” "
         "typed in it, so it is theirs again if Robin Madeup is added back.\n"
         "Their action stays, their name still in its Owner box.")


def _session(fictional_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, "20261206-child-zz-0000abc1", title="Moorvale huddle",
                      team="Moorvale North Team",
                      participants=[Participant.parse("Sam Sample, Social worker, Moorvale"),
                                    Participant.parse("Robin Madeup, Health visitor, Moorvale")])
    sam, robin = s.participants
    s.answers[0].points = [
        Point(text="Invented point about the school", by=robin.id),
        Point(text="Ask the invented GP", by=robin.id, typed_as="Ask the invented GP @Robin."),
        Point(text="Invented point from Sam", by=sam.id)]
    s.actions = [Action(text="Ring the invented nurse", owner="Robin Madeup", due="Friday")]
    return s


def test_what_happens_to_each_is_said_a_line_each(fictional_dir: Path) -> None:
    s = _session(fictional_dir)
    sam, robin = s.participants
    assert removal_said(s, robin) == ROBIN
    s.actions.append(Action(text="Write the invented leaflet", owner="Sam Sample"))
    s.actions.append(Action(text="Check the invented pathway", owner="Sam Sample"))
    assert removal_said(s, sam) == (
        "They said 1 point and own 2 actions.\nTheir point stays, with no name.\n"
        "Their 2 actions stay, their name still in each Owner box.")


def _in_dialog(lines: list[str]) -> str:
    """The words inside the dialog's border, as one line."""
    inside = [line[line.index("█") + 1:line.rindex("█")] for line in lines if line.count("█") > 1]
    return " ".join(" ".join(inside).split())


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_question_is_whole_on_screen_with_its_buttons(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    save_session(sessions_dir, _session(fictional_dir))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        question = await asked_to_remove(pilot, await open_saved_session(pilot), 1)
        assert question == ("Remove Robin Madeup (Health visitor, Moorvale) from the list?\n\n"
                            f"{ROBIN}\nTo record that they left early, press Space instead.")
        want = " ".join(question.split())
        await wait_for(pilot, lambda: want in _in_dialog(screen_lines(app)))
        shown = _in_dialog(screen_lines(app))
        assert "Remove (y)" in shown and "Keep (n)" in shown


async def _asked(app, pilot, row: int) -> str:  # type: ignore[no-untyped-def]
    """The question Delete asks of the person on `row` of *Who is here*."""
    question = await asked_to_remove(pilot, await open_saved_session(pilot), row)
    want = " ".join(question.split())
    await wait_for(pilot, lambda: want in _in_dialog(screen_lines(app)))
    return question


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_someone_left_early_already_is_not_told_to_press_space(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """Space on someone left early marks them here: the question said to press it "to record
    that they left early" (a trial). It says what keeping them keeps."""
    s = _session(fictional_dir)
    s.participants[1].left_early = True
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        question = await _asked(app, pilot, 1)
        assert question == ("Remove Robin Madeup (Health visitor, Moorvale) from the list?\n\n"
                            f"{ROBIN}\nKeep (n) leaves them in the notes as attended, left "
                            "early.")
        await pilot.press("n")  # kept: still left early, as the line said
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert app.screen.session.participants[1].presence == "left early"


@pytest.mark.parametrize(("last_time", "heading"), [
    (False, "Invited, did not attend"), (True, "On last time's list, not at this meeting")])
async def test_someone_not_here_already_is_not_told_to_press_space(
        fictional_dir: Path, sessions_dir: Path, last_time: bool, heading: str) -> None:
    s = _session(fictional_dir)
    s.participants.append(Participant.parse("Alex Example, Invented GP, Moorvale"))
    s.participants[2].attended = False
    s.participants[2].listed_last_time = last_time
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        question = await _asked(app, pilot, 2)
    assert question == ("Remove Alex Example (Invented GP, Moorvale) from the list?\n\n"
                        "Points they made stay, without their name. Keep (n) leaves them in "
                        f"the notes under “{heading}”.")


def test_someone_here_is_told_what_space_records() -> None:
    s = Session(id="x", review_id="child-zz", review_title="Invented",
                participants=[Participant.parse("Sam Sample, Social worker, Moorvale")])
    [sam] = s.participants
    assert removal_instead(s, sam) == "To record that they were not here, press Space instead."
    s.actions = [Action(text="Ring the invented nurse", owner="Sam Sample")]
    assert removal_instead(s, sam) == "To record that they left early, press Space instead."


async def test_marked_left_early_just_now_the_question_keeps_its_buttons_in_view(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Space's "… so is marked left early … Space again: here." lay over the question's Keep
    button at 60x20, the button its last line names; it goes as Delete asks (a trial)."""
    save_session(sessions_dir, _session(fictional_dir))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await on_person(pilot, screen, 1)
        await pilot.press("space")  # Robin took part: left early, and said so
        await wait_for(pilot, lambda: screen.session.participants[1].presence == "left early"
                       and any("marked left early" in n.message for n in app._notifications))
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await wait_for(pilot, lambda: "Keep (n)" in _in_dialog(screen_lines(app)))
        shown = _in_dialog(screen_lines(app))
        assert "Keep (n) leaves them in the notes as attended, left early." in shown
        assert not any("marked left early" in n.message for n in app._notifications)
