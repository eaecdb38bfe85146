"""One person is listed once: a name typed in the new-session form that is one of last time's
participants offered above it, or a person added on Who is here who is on its list already.
Sam Sample ticked among last time's participants and typed in the box too was listed twice
(once with no role): attendance counted twice, `@sam` named two people, and the notes
printed them twice (a trial)."""

from __future__ import annotations

from textual.widgets import Button, Input, SelectionList, TextArea

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import (
    enter_text,
    in_the_team_box,
    shown,
    start_new,
    type_text,
    wait_for,
)


def described(people: list[Participant]) -> list[tuple[str, bool]]:
    return [(p.describe(), p.attended) for p in people]


async def test_a_name_typed_that_is_last_times_person_is_them_once(fictional_dir,
                                                                   sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Invented Team",
        participants=[Participant(name="Sam Sample", role="Social worker",
                                  agency="Invented Council"),
                      Participant(name="Pat Example", role="Health visitor")]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        await type_text(pilot, "Invented Team")
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == 2 and chooser.display)
        chooser.focus()
        await pilot.press("space")  # Sam Sample is here...
        await wait_for(pilot, lambda: chooser.selected == [0])
        # ...and typed in the box as well, with someone new, and a name like Pat Example's
        form.query_one("#participants", TextArea).text = (
            "Sam Sample\nJo Example, GP\nPat Exampel, Health visitor")
        read = form.query_one("#participants-read")
        await wait_for(pilot, lambda: "Pat Exampel" in shown(read))
        said = " ".join(shown(read).split())
        assert ("1. name: Sam Sample · last time's Sam Sample (Social worker, Invented "
                "Council): one person, here") in said
        assert "2. name: Jo Example · role: GP 3." in said  # (nothing said of Jo Example)
        assert ("3. name: Pat Exampel · role: Health visitor · like last time's Pat Example "
                "(Health visitor): the same person?") in said  # (said, nothing changed)
        assert "A line with no comma" not in said  # (Sam Sample's role is last time's)
        assert [str(chooser.get_option_at_index(n).prompt) for n in (0, 1)] == [
            "✓ here (typed below) · Sam Sample (Social worker, Invented Council)",
            "✗ not yet here · Pat Example (Health visitor)"]
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert described(app.screen.session.participants) == [
            ("Sam Sample (Social worker, Invented Council)", True),
            ("Pat Example (Health visitor)", False),  # last time's first, newcomers after
            ("Jo Example (GP)", True), ("Pat Exampel (Health visitor)", True)]


async def test_who_is_here_asks_before_listing_a_name_twice(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Invented team", people=(
            "Alex Example, Health visitor\nSam Sample, Social worker, Invented Council"))
        people = screen.session.participants
        await pilot.press("down", "space")  # Sam Sample not here (yet)
        await wait_for(pilot, lambda: not people[1].attended)
        name = screen.query_one(".person-name", Input)
        name.focus()
        await type_text(pilot, "sam sample\n")  # ...and, arrived, added again
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "Sam Sample (Social worker, Invented Council) is on the list already (row 2, " \
               "not here)" in " ".join(app.screen.question.split())
        await pilot.press("s")  # the same person: ticked here, listed once
        await wait_for(pilot, lambda: app.screen is screen and people[1].attended)
        assert described(people) == [("Alex Example (Health visitor)", True),
                                     ("Sam Sample (Social worker, Invented Council)", True)]
        assert name.value == "" and app.focused is name
        assert str(name.border_subtitle) == "Sam Sample is here (row 2)"
        # A second person of that name, once asked; Esc adds nobody and keeps what was typed
        await type_text(pilot, "Sam Sample")
        screen.query_one(".person-role", Input).value = "GP"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("a")  # add another
        await wait_for(pilot, lambda: len(people) == 3)
        assert described(people)[2] == ("Sam Sample (GP)", True)
        await type_text(pilot, "Alex Example\n")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen and app.focused is name)
        assert len(people) == 3 and name.value == "Alex Example"
        await pilot.press("ctrl+q")


async def edit_name(pilot, screen, row: int, name: str) -> Input:  # type: ignore[no-untyped-def]
    """Enter on row `row` (from 0) of Who is here, its name box emptied and `name` typed in,
    as a person edits it (Enter not yet pressed)."""
    from reflect.ui.widgets.tables import RowTable

    table = screen.query_one(RowTable)
    table.focus()
    table.move_cursor(row=row)
    await pilot.press("enter")
    box = screen.query_one(".person-name", Input)
    await wait_for(pilot, lambda: pilot.app.focused is box)
    await pilot.press("ctrl+u")
    await enter_text(pilot, name)
    return box


async def test_who_is_here_asks_before_a_name_is_edited_into_another_persons(
        content_dir, sessions_dir):
    """Adding a name on the list asked whether it was the same person; editing one into it
    did not, and one person was listed twice: counted twice, their points split between the
    rows, `@sam` naming two people."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Invented team", people=(
            "Alex Example, Health visitor\nSam Sample, Social worker, Invented Council\n"
            "Sam Smaple, GP"))
        people = screen.session.participants
        sam, typo = people[1], people[2]
        sam.attended = False  # not ticked; the row typed wrong is here
        qid = screen.review.questions[0].id
        screen.edits.add_point(qid, "Ask who else cares for the baby.", by=typo.id)
        point = screen.session.answer(qid).points[0]
        box = await edit_name(pilot, screen, 2, "sam  SAMPLE")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = " ".join(app.screen.question.split())
        assert ("Sam Sample (Social worker, Invented Council) is on the list already (row 2, "
                "not here)") in question and "back to editing" in question
        await pilot.press("s")  # the same person: one row, here, with the point
        await wait_for(pilot, lambda: app.screen is screen and len(people) == 2)
        assert people == [people[0], sam]
        # Sam's own role kept: "GP" was the edited row's, shown to edit, not typed (a trial:
        # a health visitor became a teacher of another agency).
        assert described(people)[1] == ("Sam Sample (Social worker, Invented Council)", True)
        assert point.by == sam.id
        table = screen.query_one(".people-table", RowTable)  # an edit saved: back on its row
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
        assert box.value == ""
        assert str(box.border_title) == "Name"  # adding again
        assert str(box.border_subtitle) == "Sam Sample is here (row 2)"


async def test_an_edited_name_another_person_has_is_kept_or_edited_again(
        content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Invented team", people=(
            "Alex Example, Health visitor\nSam Sample, Social worker"))
        people = screen.session.participants
        box = await edit_name(pilot, screen, 0, "Sam Sample")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")  # neither: still editing what was typed
        await wait_for(pilot, lambda: app.screen is screen and app.focused is box)
        assert box.value == "Sam Sample" and "(editing;" in str(box.border_title)
        assert len(people) == 2
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("a")  # another person of that name: the edit saved, on its row
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is table
                       and table.cursor_row == 0 and box.value == "")
        assert described(people) == [("Sam Sample (Health visitor)", True),
                                     ("Sam Sample (Social worker)", True)]
        # Edited again, not renamed: not asked again
        await edit_name(pilot, screen, 0, "Sam Sample")
        screen.query_one(".person-role", Input).focus()
        await type_text(pilot, "  \n")
        await wait_for(pilot, lambda: box.value == "" and app.focused is table)
        assert app.screen is screen and len(people) == 2


async def test_the_same_person_takes_a_role_or_agency_the_edit_changed(content_dir,
                                                                       sessions_dir):
    """The edited row's role and agency, left as they were, are not typed; a role changed in
    the edit is, and replaces the listed person's; their agency, untouched, is kept."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Invented team", people=(
            "Sam Sample, Health visitor, Invented Trust\nDee Placeholder, Teacher, "
            "Invented School"))
        people = screen.session.participants
        await edit_name(pilot, screen, 1, "Sam Sample")
        role = screen.query_one(".person-role", Input)
        role.value = "Team lead"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("s")
        await wait_for(pilot, lambda: app.screen is screen and len(people) == 1)
        assert described(people) == [("Sam Sample (Team lead, Invented Trust)", True)]


async def test_the_same_person_question_answers_by_its_buttons_words(content_dir, sessions_dir):
    """"The same person …, or another person called JO EXAMPLE?" offered Add another (y) and
    Same person (n): y, meaning "yes, the same person", listed Jo twice, counted twice (a
    trial). Its keys are its buttons' words, a and s, shown on them; y and n answer nothing."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Invented team", people="Jo Example, Nurse")
        people = screen.session.participants
        name = screen.query_one(".person-name", Input)
        name.focus()
        await type_text(pilot, "JO EXAMPLE\n")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        dialog = app.screen
        assert [str(b.label) for b in dialog.query(Button)] == ["Add another (a)",
                                                               "Same person (s)"]
        shown_keys = {key: b.description for key, b in dialog._bindings
                      if b.action.startswith("answer")}
        assert shown_keys == {"a": "Yes", "s": "No"}  # (the footer says them as the buttons)
        await pilot.press("y")  # answers nothing (a letter on a button: said not typed)
        await pilot.pause()
        assert app.screen is dialog and len(people) == 1
        await pilot.press("enter")  # the focus is on Same person: listed once
        await wait_for(pilot, lambda: app.screen is screen and people[0].attended)
        assert described(people) == [("Jo Example (Nurse)", True)]


async def typed_twice_form(pilot, people: str):  # type: ignore[no-untyped-def]
    """The new-session form for Invented Team, `people` in its participants box."""
    form, _ = await in_the_team_box(pilot)
    await enter_text(pilot, "Invented Team")
    form.query_one("#participants", TextArea).text = people
    read = form.query_one("#participants-read")
    await wait_for(pilot, lambda: f"{len(people.splitlines())}. " in shown(read))
    return form


KIM_TWICE = ("Kim Example, Nurse, Invented Trust\nLee Example, Teacher, Invented School\n"
             "Kim Example, Nurse, Invented Trust")


async def test_a_name_typed_twice_in_the_form_is_asked_about_as_it_starts(content_dir,
                                                                         sessions_dir):
    """Kim Example typed twice: the form said "the same person as line 1?" under the box, but
    nothing asked it, and Ctrl+S listed Kim twice, both ticked, counted as two attendees in
    the notes, the report and the team's next session (a trial). Asked now as Who is here
    asks; the same person is one line."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await typed_twice_form(pilot, KIM_TWICE)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        dialog = app.screen
        assert " ".join(dialog.question.split()) == (
            "Kim Example (Nurse, Invented Trust) is on the list already (line 1, typed again "
            "on line 3). The same person (one line, line 1), or another person called Kim "
            "Example? (Esc: neither, back to the form, nothing started.)")
        # (the lines the same: "with a role or agency only line 3 gives" said a thing that
        # was not there; a fresh-eyes trial)
        assert [str(b.label) for b in dialog.query(Button)] == ["Add another (a)",
                                                               "Same person (s)"]
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert form.is_attached is False
        assert described(app.screen.session.participants) == [
            ("Kim Example (Nurse, Invented Trust)", True),
            ("Lee Example (Teacher, Invented School)", True)]


async def test_a_name_typed_twice_may_be_two_people_or_nothing_started(content_dir,
                                                                      sessions_dir):
    """Esc goes back to the form, nothing started; Add another keeps both lines: two people
    of one name. A name typed again in small letters, with another role, is the same name,
    its role said in the question; the Start button asks as Ctrl+S does."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await typed_twice_form(pilot, "Kim Example, Nurse, Invented Trust\n"
                                             "Lee Example, Teacher\nkim example, GP")
        box = form.query_one("#participants", TextArea)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "(line 1, typed again on line 3 as GP)" in " ".join(app.screen.question.split())
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is form and app.focused is box)
        assert list(sessions_dir.glob("*.toml")) == []
        form.query_one("#start", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert described(app.screen.session.participants) == [
            ("Kim Example (Nurse, Invented Trust)", True), ("Lee Example (Teacher)", True),
            ("kim example (GP)", True)]


async def test_a_name_typed_three_times_is_asked_of_each_repeat(content_dir, sessions_dir):
    """Once per line repeating a name; one the same person, one another, and the second
    keeps a role only it gave."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await typed_twice_form(pilot, "Kim Example\nKim Example, Nurse\nKIM EXAMPLE, GP")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        first = app.screen
        assert "(line 1, typed again on line 2 as Nurse)" in " ".join(first.question.split())
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen)
                       and app.screen is not first)
        assert " ".join(app.screen.question.split()).startswith(
            "Kim Example (Nurse) is on the list already (line 1, typed again on line 3 as GP)")
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert described(app.screen.session.participants) == [
            ("Kim Example (Nurse)", True), ("KIM EXAMPLE (GP)", True)]
