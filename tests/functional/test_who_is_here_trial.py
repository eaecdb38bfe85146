"""Who is here as a facilitator met it in a fresh-eyes trial: someone who leaves mid-meeting
(left early, not "not here"), the step opening on its hint, and one Esc from a details box
nothing was typed in. All people are invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.focus_view import cut_off
from reflect.ui.screens.start import StartScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import enter_text, shown, start_new, type_text, wait_for
from tests.functional.test_facilitation import new_session

PEOPLE = ("Ann Example, GP, Invented Practice\n"
          "[bold]Bob[/bold] Sample 🎉, Social worker, Invented Council\n"
          "Cat Example, Health visitor, Invented Trust")
NINE = PEOPLE + "".join(f"\n{name}, {role}, {agency}" for name, role, agency in (
    ("Dee Placeholder", "Teacher", "Invented School"),
    ("Eve Sample", "Police officer", "Invented Police"),
    ("Fay Example", "Midwife", "Invented Hospital"),
    ("Gus Sample", "Youth worker", "Invented Youth Service"),
    ("Hal Example", "Designated safeguarding lead", "Invented Academy"),
    ("Ivy Sample", "Housing officer", "Invented Housing")))

FIVE = ("Ann Example, Health visitor\nSam Sample, Social worker\nPat Placeholder, Teacher\n"
        "Jo Invented, GP\nLee Fictional, Police")
"""Each one line under the table as highlighted: at 60x20 the view then had room for the
Facilitator box's foot over the hint."""


async def go_to(pilot, screen, kind: str) -> None:  # type: ignore[no-untyped-def]
    await screen.go(next(i for i, s in enumerate(screen.steps) if s.kind == kind))
    await pilot.pause()


async def test_delete_on_someone_who_took_part_says_space_marks_them_left_early(
        fictional_dir, sessions_dir) -> None:
    """Delete on someone who said a point said "To record that they were not here, press Space
    instead", though Space marks them left early, and nothing of an action they own (a
    trial)."""
    from reflect.ui.screens.confirm import ConfirmScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented Early Help Team",
                                 PEOPLE)
        points = screen.session.answer("zz-first").points
        await go_to(pilot, screen, "question")
        await enter_text(pilot, "Ring the school @ann\n")
        await wait_for(pilot, lambda: len(points) == 1)
        await go_to(pilot, screen, "people")
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 0)
        asked = []
        for row in (0, 2):  # Ann said a point; Cat said nothing
            table.move_cursor(row=row)
            await pilot.press("delete")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            asked.append(" ".join(app.screen.question.split()))
            await pilot.press("n")
            await wait_for(pilot, lambda: app.screen is screen)
        assert asked[0] == (
            "Remove Ann Example (GP, Invented Practice) from the list? They said 1 point. "
            "Their point stays, with no name. Point 1 on Question 1 gets back the “@ann” typed "
            "in it, so it is theirs again if Ann Example is added back. To record that they "
            "left early, press Space instead.")  # (its "@ann" named her as it was added)
        assert asked[1].endswith("To record that they were not here, press Space instead.")


async def test_space_on_someone_who_said_a_point_marks_them_left_early(
        fictional_dir, sessions_dir) -> None:
    """Ann said a point, then left; Space on her recorded "not here", and the notes gave her
    as "Invited, did not attend" beside it, `@ann` naming no one after (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented Early Help Team",
                                 PEOPLE)
        ann, bob, cat = screen.session.participants
        points = screen.session.answer("zz-first").points
        await go_to(pilot, screen, "question")
        await enter_text(pilot, "Ring the school @ann\n")
        await wait_for(pilot, lambda: len(points) == 1 and points[0].by == ann.id)
        await go_to(pilot, screen, "people")
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 0)
        await pilot.press("space")
        await wait_for(pilot, lambda: ann.presence == "left early")
        await wait_for(pilot, lambda: any(
            "Ann Example said 1 point in this session, so is marked left early (here for part "
            "of the meeting)" in n.message for n in app._notifications))
        assert table.get_cell_at((0, 0)).plain.strip() == "½"  # (narrow: the mark alone)
        assert shown(screen.query_one(".people-detail")).rstrip().endswith("left early")
        await pilot.press("down", "down", "space")  # Cat said nothing: not here
        await wait_for(pilot, lambda: cat.presence == "not here")
        assert "2 of 3 attended (1 left early)." in shown(screen.query_one(".people-count"))
        assert bob.presence == "here"
        await go_to(pilot, screen, "question")
        await enter_text(pilot, "Left a note for the health visitor @ann\n")
        await wait_for(pilot, lambda: len(points) == 2)
        assert (points[1].text, points[1].by) == ("Left a note for the health visitor", ann.id)
        await go_to(pilot, screen, "people")
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("up", "up", "space")  # Space again: here
        await wait_for(pilot, lambda: ann.presence == "here")
        await pilot.press("ctrl+q")


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (100, 30)])
async def test_who_is_here_opens_on_its_hint_with_the_table_focused(
        fictional_dir, sessions_dir, size) -> None:
    """At 80x24 the step opened on `one.`, the end of its hint, what ✓, ✗ and Space mean
    scrolled away above the table (a trial): the hint shows with the table, its highlighted
    row and the line under it."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented team", NINE)
        table = screen.query_one(".people-table", RowTable)
        detail = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: app.focused is table and detail.region
                       and cut_off(detail) is None)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await pilot.pause()
        assert app.focused is table and table.cursor_row == 0
        assert cut_off(screen.query_one(".people-hint")) is None
        assert cut_off(detail) is None
        await pilot.press("ctrl+q")


def half_shown(box) -> bool:  # type: ignore[no-untyped-def]
    """Whether some of `box` shows, and some is scrolled out of view."""
    cut = cut_off(box)
    return cut is not None and cut[1].overlaps(box.region)


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (100, 30)])
async def test_who_is_here_opens_with_no_box_cut_at_its_top(
        fictional_dir, sessions_dir, size) -> None:
    """With five people, Who is here opened at 80x24 with its Title box scrolled off the top,
    only its lower border showing (a trial), the Facilitator box likewise at 60x20: scrolled
    to the table's Selected line with the hint over it, the view's top cut a box. The step
    opens from its top where the table, held shorter, still shows its highlighted row and
    that line (80x24, 100x30); else with no box cut in two (60x20). Through the new-session
    form, as the trial went: opened the app's own way (`start_new`), the view came to rest
    another way (not cutting the Title, at 80x24)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await new_session(pilot, people=FIVE, form=True)  # (as the trial did)
        table = screen.query_one(".people-table", RowTable)
        detail = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: app.focused is table and detail.region
                       and cut_off(detail) is None)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await pilot.pause()
        boxes = [screen.query_one(f".detail-{name}") for name in ("title", "team",
                                                                 "facilitator")]
        assert not [box for box in boxes if half_shown(box)]
        if size != (60, 20):  # (its boxes, hint, table and line take more than it has)
            assert cut_off(boxes[0]) is None
        assert app.focused is table and table.cursor_row == 0
        assert cut_off(screen.query_one(".people-hint")) is None and cut_off(detail) is None
        await pilot.press("ctrl+q")


async def test_one_esc_leaves_from_a_details_box_nothing_was_typed_in(
        fictional_dir, sessions_dir) -> None:
    """Esc in the Title box, nothing typed, said "Esc again goes to the library. What you
    typed stays in its box", and the keys typed next for the library went into the session's
    team (a trial): one Esc leaves, the title and team as they were."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented Early Help Team",
                                 PEOPLE)
        title = screen.query_one(".detail-title", Input)
        title.focus()
        await wait_for(pilot, lambda: app.focused is title)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert not any("Esc again" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
    from reflect.store.sessions import list_sessions

    [entry] = list_sessions(sessions_dir).entries
    assert (entry.session.title, entry.session.team) == ("Invented meeting",
                                                         "Invented Early Help Team")


async def test_a_details_box_typed_in_still_asks_for_a_second_esc(
        fictional_dir, sessions_dir) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented team", PEOPLE)
        team = screen.query_one(".detail-team", Input)
        team.focus()
        await wait_for(pilot, lambda: app.focused is team)
        await pilot.press("end")
        await type_text(pilot, " (Jan)")
        await wait_for(pilot, lambda: screen.session.team == "Invented team (Jan)")
        await pilot.press("escape")
        await wait_for(pilot, lambda: any("Esc again goes to the library" in n.message
                                          for n in app._notifications))
        assert app.screen is screen
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("ctrl+q")
