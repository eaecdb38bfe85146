"""Another facilitator taking over on *Who is here* (model/handover.py): the Facilitator box
left holding someone else's name says on the step what stayed with the one before, and Ctrl+Y
gives it to the new name (again: back). Alex Example's action became Sam Sample's as the name
was typed, with nothing said (a trial). At 60x20, the smallest size the app is used at."""

from __future__ import annotations

import pytest
from textual.widgets import Input, SelectionList

from reflect.model.edits import SessionEdits
from reflect.model.handover import HANDED_OVER
from reflect.model.session import FACILITATOR, Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.handover_line import HandoverLine
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import (
    in_the_team_box,
    open_for_editing,
    open_saved_session,
    press_in_order,
    shown,
    type_text,
    wait_for,
)
from tests.functional.test_facilitation import go_to, new_session, saved
from tests.unit.test_rename_facilitator import typed

PEOPLE = "Priya Example, Health visitor\nDee Placeholder, Teacher"
MORE_PEOPLE = PEOPLE + "\nLee Sample, Social worker\nMax Example, GP\nJo Placeholder, Nurse"


def in_view(widget) -> bool:  # type: ignore[no-untyped-def]
    """Drawn whole in the step's scrolling panel."""
    panel = widget.parent
    return bool(widget.region.height) and widget.region in panel.scrollable_content_region


async def handed_over(pilot, people: str = PEOPLE):  # type: ignore[no-untyped-def]
    """A new session led by Kim Example, an action and a point of hers, on Who is here with
    the cursor in the Facilitator box, emptied."""
    screen = await new_session(pilot, people=people)
    edits = screen.edits
    screen.apply(edits.set_detail("facilitator", "Kim Example"))
    screen.apply(edits.add_action("Invented audit", owner="Kim Example"))
    screen.apply(edits.add_point("zz-first", "Invented point", by=FACILITATOR))
    edits.end_renaming()
    await go_to(pilot, screen, "people")
    box = screen.query_one(".detail-facilitator", Input)
    box.value = "Kim Example"
    screen.set_focus(box)
    await wait_for(pilot, lambda: pilot.app.focused is box)
    await press_in_order(pilot.app, ["end", "ctrl+u"])
    return screen


async def test_a_new_facilitator_is_said_and_offered_the_old_ones_work(fictional_dir,
                                                                         sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await new_session(pilot, people=PEOPLE)
        edits = screen.edits
        screen.apply(edits.set_detail("facilitator", "Alex Example"))
        screen.apply(edits.add_action("Invented audit", owner="Alex Example"))
        edits.end_renaming()
        audit = screen.session.actions[0]
        await go_to(pilot, screen, "people")
        box = screen.query_one(".detail-facilitator", Input)
        box.value = "Alex Example"
        screen.set_focus(box)
        await wait_for(pilot, lambda: app.focused is box)
        await press_in_order(app, ["end", "ctrl+u", *"Sam Sample", "tab"])
        line = screen.query_one(HandoverLine)
        await wait_for(pilot, lambda: line.display)
        assert shown(line) == ("Sam Sample is now the facilitator. Alex Example's 1 action "
                               "stays with Alex Example, listed here. Ctrl+Y: give it to "
                               "Sam Sample.")  # (one action: "give them" read wrong)
        alex = screen.session.participants[-1]
        assert (alex.name, alex.role, audit.owner) == ("Alex Example", HANDED_OVER,
                                                       "Alex Example")
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 3)
        screen.set_focus(table)
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: audit.owner == "Sam Sample")
        assert alex not in screen.session.participants
        await pilot.press("ctrl+y")  # back, nothing changed since
        await wait_for(pilot, lambda: audit.owner == "Alex Example")
        assert screen.session.participants[-1] is alex
        assert screen.session.facilitator == "Sam Sample"
        assert not any(p.by == FACILITATOR for a in screen.session.answers for p in a.points)


@pytest.mark.parametrize("keys", [["ctrl+q"], ["escape", "escape"]])
async def test_left_without_leaving_the_box_the_one_before_keeps_theirs(fictional_dir,
                                                                        sessions_dir, keys):
    """Quitting, or Esc to the library, straight from the Facilitator box: the session saved
    is the one Tab would have left. Alex Example's point was saved as Sam Sample's, and Alex
    was not listed (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot, people=PEOPLE)
        edits = screen.edits
        screen.apply(edits.set_detail("facilitator", "Alex Example"))
        screen.apply(edits.add_action("Invented audit", owner="Alex Example"))
        screen.apply(edits.add_point("zz-first", "Invented point", by=FACILITATOR))
        edits.end_renaming()
        await go_to(pilot, screen, "people")
        box = screen.query_one(".detail-facilitator", Input)
        screen.set_focus(box)
        await wait_for(pilot, lambda: app.focused is box)
        await press_in_order(app, ["end", "ctrl+u", *"Sam Sample", *keys])
        await wait_for(pilot, lambda: app.return_code is not None or app.screen is not screen)
    s = saved(sessions_dir)
    alex = s.participants[-1]
    assert (s.facilitator, alex.name, alex.role) == ("Sam Sample", "Alex Example", HANDED_OVER)
    assert [p.by for p in s.answer("zz-first").points] == [alex.id]
    assert s.actions[0].owner == "Alex Example"


async def test_the_new_name_corrected_keeps_the_handover(fictional_dir, sessions_dir):
    """"Ray Smaple" corrected to "Ray Sample" after Tab: the line still named Ray Smaple,
    and Ctrl+Y did nothing (a trial). The line names the name the box holds, and Ctrl+Y
    gives to it."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await handed_over(pilot)
        await press_in_order(app, [*"Ray Smaple", "tab"])
        line = screen.query_one(HandoverLine)
        await wait_for(pilot, lambda: "Ray Smaple is now" in shown(line))
        box = screen.query_one(".detail-facilitator", Input)
        screen.set_focus(box)
        await wait_for(pilot, lambda: app.focused is box)
        await press_in_order(app, ["end", *["backspace"] * 6, *"Sample", "tab"])
        await wait_for(pilot, lambda: "Ray Sample is now" in " ".join(shown(line).split()))
        assert " ".join(shown(line).split()) == (
            "Ray Sample is now the facilitator. Kim Example's 1 action and 1 point stay with "
            "Kim Example, listed here. Ctrl+Y: give them to Ray Sample.")
        audit = screen.session.actions[0]
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: audit.owner == "Ray Sample")
        assert [p.name for p in screen.session.participants] == ["Priya Example",
                                                                 "Dee Placeholder"]
        assert " ".join(shown(line).split()) == (
            "Kim Example's 1 action and 1 point are Ray Sample's now. Ctrl+Y: give them back "
            "to Kim Example.")


async def test_a_correction_left_then_another_name_is_a_handover(fictional_dir, sessions_dir):
    """"Kim Example" cut to "Kim", Tab, back into the box and "Kim Sample": judged against
    "Kim" alone, the second was a correction too, and Kim Example's action became Kim
    Sample's with nothing said (a trial). The line says it, as for any other new name."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await handed_over(pilot)
        audit = screen.session.actions[0]
        await press_in_order(app, [*"Kim", "tab"])
        await wait_for(pilot, lambda: app.focused is not screen.query_one(
            ".detail-facilitator", Input))
        assert audit.owner == "Kim"  # (a correction: the action follows)
        box = screen.query_one(".detail-facilitator", Input)
        screen.set_focus(box)
        await wait_for(pilot, lambda: app.focused is box)
        await press_in_order(app, ["end", *" Sample", "tab"])
        line = screen.query_one(HandoverLine)
        await wait_for(pilot, lambda: line.display)
        assert " ".join(shown(line).split()) == (
            "Kim Sample is now the facilitator. Kim's 1 action and 1 point stay with Kim, "
            "listed here. Ctrl+Y: give them to Kim Sample.")
        kim = screen.session.participants[-1]
        assert (kim.name, kim.role, audit.owner) == ("Kim", HANDED_OVER, "Kim")
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: audit.owner == "Kim Sample")


async def test_the_counts_are_read_when_the_line_is_shown(fictional_dir, sessions_dir):
    """Said at the handover, "1 point" stayed on the line after a second point of the one
    before (a trial); a point said since by "the facilitator" is the new one's."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await handed_over(pilot)
        await press_in_order(app, [*"Ray Sample", "tab"])
        line = screen.query_one(HandoverLine)
        await wait_for(pilot, lambda: line.display)
        kim = screen.session.participants[-1]
        screen.apply(screen.edits.add_point("zz-first", "Invented second", by=kim.id))
        screen.apply(screen.edits.add_point("zz-first", "Invented third", by=FACILITATOR))
        await go_to(pilot, screen, "question")
        await go_to(pilot, screen, "people")
        await wait_for(pilot, lambda: "2 points" in shown(line))
        assert "Kim Example's 1 action and 2 points stay" in " ".join(shown(line).split())


async def test_the_line_is_brought_into_view_as_it_appears(fictional_dir, sessions_dir):
    """At 60x20, Tab scrolled the step to the table, the line above the view: only the new
    row said anything (a trial). The focus stays on the table."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await handed_over(pilot, MORE_PEOPLE)
        await press_in_order(app, [*"Ray Sample", "tab"])
        line = screen.query_one(HandoverLine)
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: line.display and table.row_count == 6)
        await wait_for(pilot, lambda: app.focused is table and in_view(line)
                       and in_view(screen.query_one(".people-detail")), timeout=5)
        assert app.focused is table


async def test_the_line_is_back_with_the_session_reopened(fictional_dir, sessions_dir):
    """Quit and opened again, the row was there and the line and Ctrl+Y gone (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await handed_over(pilot)
        await press_in_order(app, [*"Ray Sample", "tab", "ctrl+q"])
        await wait_for(pilot, lambda: app.return_code is not None)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_saved_session(pilot)
        await go_to(pilot, screen, "people")
        line = screen.query_one(HandoverLine)
        await wait_for(pilot, lambda: line.display)
        assert "Ray Sample is now the facilitator. Kim Example's 1 action and 1 point" in \
            " ".join(shown(line).split())
        table = screen.query_one(".people-table", RowTable)
        screen.set_focus(table)
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: screen.session.actions[0].owner == "Ray Sample")
        assert [p.by for p in screen.session.answer("zz-first").points] == [FACILITATOR]


async def test_the_next_session_offers_the_one_who_handed_over_as_themselves(
        fictional_dir, sessions_dir):
    """Last time's Alex Example, who handed over to Sam Sample, was offered to the team's
    next session as "Facilitator, handed over", and its Who is here said "Sam Sample is now
    the facilitator. Alex Example… has no action or point now": no handover made there (a
    trial). He is offered without that meeting's role."""
    review = load_library(fictional_dir).get("child-zz")
    edits = SessionEdits(Session.start(
        review, "20261201-child-zz-00000001", title="Last month", team="Invented Team",
        facilitator="Alex Example", participants=[Participant.parse(
            "Priya Example, Health visitor")]))
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    typed(edits, "Sam Sample")
    assert edits.end_renaming() is not None
    save_session(sessions_dir, edits.session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        await type_text(pilot, "Invented Team")
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == 2 and chooser.display)
        assert str(chooser.get_option_at_index(1).prompt) == "✗ not yet here · Alex Example"
        chooser.focus()
        await pilot.press("down", "space")  # Alex Example is here
        await wait_for(pilot, lambda: chooser.selected == [1])
        await pilot.press("ctrl+s")
        screen = await open_for_editing(pilot)
        assert screen.session.facilitator == "Sam Sample"
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 2)
        assert [(p.name, p.role, p.attended) for p in screen.session.participants] == [
            ("Priya Example", "Health visitor", False), ("Alex Example", "", True)]
        assert screen.edits.handover() is None
        assert not screen.query_one(HandoverLine).display
