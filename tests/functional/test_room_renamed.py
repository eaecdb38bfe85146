"""A participant in the room sends their points under the name they joined with; renamed on
*Who is here* since, they are still that person (model/rename_edits.py, `sender`): a point
sent as "Priya Example" after Priya Example was renamed was nobody's, and she was asked about
as someone not on Who is here. Against the fake room (tests/functional/room_fake.py)."""

from __future__ import annotations

from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import open_saved_session, press_in_order, said, wait_for
from tests.functional.test_facilitation import go_to
from tests.functional.test_room import SIZE, fake_room, hide_panel, open_room  # noqa: F401
from tests.functional.test_room_reopen import close_from_panel
from tests.functional.test_room_senders import a_room_on_question, accept_first


async def rename_by_keys(pilot, screen, person, more: str) -> None:
    """On Who is here, as a facilitator does: Enter on `person`'s row, End, `more` typed onto
    their name, Enter; until the table has the focus back and the name is changed."""
    app = pilot.app
    table = screen.query_one(".people-table", RowTable)
    name = screen.query_one(".person-name", Input)
    screen.set_focus(table)
    await wait_for(pilot, lambda: app.focused is table)
    before = person.name
    await press_in_order(app, ["enter"])
    await wait_for(pilot, lambda: app.focused is name and name.value == before)
    await press_in_order(app, ["end", *more, "enter"])
    await wait_for(pilot, lambda: person.name == before + more and app.focused is table)


async def test_a_point_sent_under_a_name_renamed_since_is_theirs(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await a_room_on_question(pilot)
        question = screen.index
        priya = screen.session.participants[0]
        await go_to(pilot, screen, "people")
        await rename_by_keys(pilot, screen, priya, " Renamed")
        await screen.go(question)
        room.send("Invented point from Priya", name="Priya Example")
        await accept_first(pilot, screen)
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1)
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)  # not asked to list her again
        assert (answer.points[0].by, answer.points[0].from_room) == (priya.id, "Priya Example")
        assert [p.name for p in screen.session.participants] == ["Priya Example Renamed",
                                                                 "Sam Sample"]


async def test_the_facilitator_renamed_is_not_asked_about(fictional_dir, sessions_dir):
    """Sent under the facilitator's name from before: theirs as sent, and nothing asked (the
    facilitator renamed was asked to be added "there, as here")."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await a_room_on_question(pilot)
        screen.apply(screen.edits.set_detail("facilitator", "Fay Facilitator"))
        screen.apply(screen.edits.set_detail("title", "Invented exercise renamed"))
        screen.apply(screen.edits.set_detail("facilitator", "Fay Facilitator-Sample"))
        room.send("Invented point from the facilitator", name="Fay Facilitator")
        await accept_first(pilot, screen)
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1)
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen
        assert [p.name for p in screen.session.participants] == ["Priya Example", "Sam Sample"]


async def test_renamed_twice_a_point_sent_under_either_name_is_theirs(fictional_dir,
                                                                      sessions_dir):
    """Priya Example renamed, saved, then renamed again (nothing else done between) made
    one run of typing: only her first name was remembered, and a point sent under the one
    between was nobody's, its sender asked about as someone not listed."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await a_room_on_question(pilot)
        question = screen.index
        priya = screen.session.participants[0]
        await go_to(pilot, screen, "people")
        for more in (" Jo", " Renamed"):
            await rename_by_keys(pilot, screen, priya, more)
        await screen.go(question)
        answer = screen.session.answer("zz-first")
        for n, sent in enumerate(("Priya Example", "Priya Example Jo"), 1):
            room.send("Invented point from Priya", name=sent)
            await accept_first(pilot, screen)
            await wait_for(pilot, lambda: len(answer.points) == n)  # noqa: B023
            await pilot.pause()
            await pilot.pause()
            assert not isinstance(app.screen, ConfirmScreen)  # not asked to list her again
            assert answer.points[-1].by == priya.id


async def test_renamed_before_reflect_restarted_a_point_sent_so_is_theirs(fictional_dir,
                                                                          sessions_dir):
    """A trial: Ann Example renamed Anne Exampleton, reflect quit and started again, a new
    room; her phone (its page keeps the name for 12 hours) sent a point as "Ann Example",
    and reflect asked to add "Ann Example" to Who is here (y listed her twice). Her point sent
    before the rename, said by her, is in the session file, and says who the name is."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await a_room_on_question(pilot)
        priya = screen.session.participants[0]
        room.send("Invented point from Priya", name="Priya Example")
        await accept_first(pilot, screen)
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1)
        screen.apply(screen.edits.edit_participant(priya, name="Priya Exampleton"))
        await close_from_panel(pilot, screen)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    app = make_app(fictional_dir, sessions_dir)  # reflect started again
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        await go_to(pilot, screen, "question")
        room.send("Another invented point from Priya", name="Priya Example")
        await accept_first(pilot, screen)
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 2)
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)  # not asked to list her again
        assert [p.by for p in answer.points] == [priya.id, priya.id]
        assert [p.name for p in screen.session.participants] == ["Priya Exampleton",
                                                                 "Sam Sample"]


async def test_accepting_names_the_sender_as_renamed(fictional_dir, sessions_dir):
    """Renamed on Who is here, the sender is named so as their point is accepted or declined,
    the name sent after: the point was credited to the new name while the message said
    "Accepted “…” (the old name)" (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room = await a_room_on_question(pilot)
        question = screen.index
        priya = screen.session.participants[0]
        await go_to(pilot, screen, "people")
        await rename_by_keys(pilot, screen, priya, "ton")
        await screen.go(question)
        room.send("Invented point kept", name="Priya Example")
        await accept_first(pilot, screen)
        await wait_for(pilot, lambda: "Accepted “Invented point kept” (Priya Exampleton, sent "
                       "as Priya Example): in the notes." in said(app))
        room.send("Invented point declined", name="Priya Example")
        await accept_first(pilot, screen, "d")
        await wait_for(pilot, lambda: any(m.startswith(
            "Declined “Invented point declined” (Priya Exampleton, sent as Priya Example)")
            for m in said(app)))
        room.send("Invented point from Sam", name="Sam Sample")  # the same name: as sent
        await accept_first(pilot, screen)
        await wait_for(pilot, lambda: "Accepted “Invented point from Sam” (Sam Sample): in the "
                       "notes." in said(app))
