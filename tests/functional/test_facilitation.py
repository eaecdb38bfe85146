"""What a facilitator does in a meeting: who is here, points per question, agreed actions,
the presentation view and the timer; and a practitioner's self-reflection."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Select, TextArea

from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from reflect.ui.laid_out import laid_out
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.points_panel import PointList
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import (
    burst_keys,
    enter_text,
    new_session_form,
    open_for_editing,
    open_saved_session,
    shown,
    start_new,
    type_text,
    wait_for,
)

SIZE = (120, 40)
PEOPLE = ("Alex Example, Health visitor, Invented Health Trust\n"
          "Sam Sample, Social worker, Invented Council\n"
          "Teacher, Invented School")


async def new_session(pilot, mode: str = "team", team: str = "Invented team",
                      people: str = PEOPLE, form: bool = False) -> WalkthroughScreen:
    """A new session titled "Invented exercise", open for editing, its first step ready;
    through the new-session form's boxes with `form`."""
    if not form:
        return await start_new(pilot, mode, "Invented exercise", team, people)
    details = await new_session_form(pilot)
    if mode == "individual":
        details.query_one("#mode-individual").value = True
        await pilot.pause()
    details.query_one("#title", Input).value = "Invented exercise"
    details.query_one("#team", Input).value = team
    if mode == "team":
        details.query_one("#participants", TextArea).text = people
    await pilot.press("ctrl+s")
    return await open_for_editing(pilot)


async def go_to(pilot, screen: WalkthroughScreen, kind: str, nth: int = 1) -> None:
    target = [i for i, s in enumerate(screen.steps) if s.kind == kind][nth - 1]
    await screen.go(target)
    await pilot.pause()


async def at_first_question(pilot) -> tuple[WalkthroughScreen, int]:
    """A new team session, at its first question with the cursor in the points box."""
    screen = await new_session(pilot)
    await go_to(pilot, screen, "question")
    i = screen.index
    await wait_for(pilot, lambda: pilot.app.focused is screen.query_one(
        f"#points-{i} .point-text"))
    return screen, i


def saved(sessions_dir: Path):
    [entry] = list_sessions(sessions_dir).entries
    return entry.session


async def test_who_is_here_ticks_attendance_and_edits_people(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        assert screen.steps[0].key == "people" and screen.index == 0
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 3)
        # Those typed as the session began are here, and the screen says so: "Space ticks
        # who attended" had a new facilitator mark all three as not here (a trial).
        assert all(p.attended for p in screen.session.participants)
        assert "Space changes the one highlighted (anyone typed as the session began is " \
            "here)" in " ".join(shown(screen.query_one(".people-hint")).split())
        await pilot.press("down", "down", "space")  # the teacher could not come
        await wait_for(pilot, lambda: not screen.session.participants[2].attended)
        await pilot.press("up", "enter")  # edit Sam Sample
        await wait_for(pilot, lambda: screen.query_one(".person-name", Input).value == "Sam Sample")
        screen.query_one(".person-role", Input).value = "Senior social worker"
        screen.query_one(".person-name", Input).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.session.participants[1].role == "Senior social worker")
        await type_text(pilot, "Jo Jones")  # a new person, typed into the cleared form
        screen.query_one(".person-role", Input).value = "Police officer"
        screen.query_one(".person-agency", Input).value = "Invented Police"
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.participants) == 4)
        screen.query_one(".detail-facilitator", Input).value = "Fay Facilitator"
        await pilot.pause()
        assert "3 of 4 attended" in shown(screen.query_one(".people-count"))
        await pilot.press("ctrl+q")
    s = saved(sessions_dir)
    assert [(p.id, p.name, p.attended) for p in s.participants] == [
        ("p1", "Alex Example", True), ("p2", "Sam Sample", True), ("p3", "", False),
        ("p4", "Jo Jones", True)]
    assert s.participants[1].role == "Senior social worker"
    assert s.facilitator == "Fay Facilitator"


async def test_editing_never_blanks_a_person(content_dir, sessions_dir):
    """Emptying a person's name, role and agency while editing saved a blank participant
    (adding one was refused): the last one filled is kept, and Enter says what to do."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await new_session(pilot)
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 3)
        await pilot.press("down", "enter")  # edit Sam Sample
        name = screen.query_one(".person-name", Input)
        await wait_for(pilot, lambda: name.value == "Sam Sample" and app.focused is name)
        sam = screen.session.participants[1]
        before = (sam.name, sam.role, sam.agency)
        for box in ("agency", "role"):
            screen.query_one(f".person-{box}", Input).value = ""
            await pilot.pause()
        for left in ("Sam", "S", ""):  # the name deleted letter by letter, last of all
            name.value = left
            await pilot.pause()
        # Emptied, the person is as they were before the edit (it kept the last letter: "S").
        assert (sam.name, sam.role, sam.agency) == before
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("needs a name, a role or an agency" in n.message
                                          for n in app._notifications))
        await pilot.press("ctrl+q")  # quitting mid-edit keeps them whole
    assert [(p.name, p.role, p.agency) for p in saved(sessions_dir).participants][1] == before


async def test_points_are_added_attributed_edited_moved_and_removed(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        await enter_text(pilot, "Ask who else lives in the home")
        screen.query_one(f"#points-{i} .point-by", Select).value = "p2"
        screen.query_one(f"#points-{i} .point-text", Input).focus()
        await pilot.press("enter")
        await enter_text(pilot, "Check the records of every agency")
        await pilot.press("enter")
        await enter_text(pilot, "A third point to remove")
        await pilot.press("enter")
        answer = screen.session.answers[0]
        await wait_for(pilot, lambda: len(answer.points) == 3)
        assert answer.points[0].by == "p2" and answer.points[1].by == ""
        listed = screen.query_one(f"#points-{i} PointList", PointList)
        assert "Sam Sample" in str(listed.get_option_at_index(0).prompt)

        listed.focus()
        listed.highlighted = 1
        await pilot.press("shift+up")  # move the second point to the top
        await wait_for(pilot, lambda: answer.points[0].text.startswith("Check"))
        await pilot.press("enter")  # edit it
        field = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: app.focused is field and field.value.startswith("Check"))
        field.value = "Check the records of every agency, including schools"
        await pilot.press("enter")
        await wait_for(pilot, lambda: answer.points[0].text.endswith("schools"))
        listed.focus()
        listed.highlighted = 2
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: len(answer.points) == 2)
        summary = screen.query_one(f"#answer-{i}", TextArea)
        summary.focus()
        await enter_text(pilot, "The room agreed records matter.")
        await wait_for(pilot, lambda: "✓" in str(
            screen.query_one("#steps", OptionList).get_option_at_index(i).prompt))
        await pilot.press("ctrl+q")
    a = saved(sessions_dir).answers[0]
    assert [(p.text, p.by) for p in a.points] == [
        ("Check the records of every agency, including schools", ""),
        ("Ask who else lives in the home", "p2")]
    assert a.text == "The room agreed records matter."


async def test_actions_are_added_linked_edited_and_moved_on(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "actions")
        screen.query_one(".action-what", Input).value = "Invented training session"
        screen.query_one(".action-owner", Input).value = "Alex Example"
        screen.query_one(".action-due", Input).value = "31 March"
        rec = screen.query_one(".action-recommendation", Select)
        first = screen.query_one("ActionsPanel").recommendations[0]
        rec.value = first
        screen.query_one(".action-what", Input).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        screen.query_one(".action-what", Input).value = "A second invented action"
        await pilot.press("ctrl+t")
        table = screen.query_one(".actions-table", RowTable)
        # (the table highlights the action just added once it has drawn it: moved before
        # then, the cursor went back to it, and Space changed the second: once in a whole run)
        await wait_for(pilot, lambda: len(screen.session.actions) == 2
                       and table.row_count == 2 and table.cursor_row == 1)
        table.focus()
        # (moved before the table had the focus and was laid out, the panel's own highlight
        # of the action just added, waiting for the layout, put the cursor back on it after
        # the test had read row 0, and Space changed the second: once in ten whole runs)
        await wait_for(pilot, lambda: pilot.app.focused is table and laid_out(table))
        table.move_cursor(row=0)
        await wait_for(pilot, lambda: table.cursor_row == 0)
        await pilot.press("space", "space")  # open → in progress → done
        await pilot.press("enter")
        what = screen.query_one(".action-what", Input)
        await wait_for(pilot, lambda: what.value == "Invented training session")
        what.value = "Invented training for the whole team"
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.session.actions[0].text.endswith("whole team"))
        await pilot.press("ctrl+q")
    s = saved(sessions_dir)
    assert [(a.id, a.text, a.status, a.recommendation) for a in s.actions] == [
        ("a1", "Invented training for the whole team", "done", first),
        ("a2", "A second invented action", "open", "")]
    assert s.actions[0].owner == "Alex Example" and s.actions[0].due == "31 March"


async def test_esc_in_a_box_being_typed_in_asks_for_a_second_esc(content_dir, sessions_dir):
    """Esc with a point half typed was taken for "cancel" by a facilitator: it went to the
    library, every saved session's title on the shared screen (fresh-eyes trial)."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, i = await at_first_question(pilot)
        await enter_text(pilot, "Invented half-typed point")
        await pilot.press("escape")
        await wait_for(pilot, lambda: any("Esc again goes to the library" in n.message
                                          for n in app._notifications))
        assert app.screen is screen
        assert screen.query_one(f"#points-{i} .point-text", Input).value \
            == "Invented half-typed point"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        # its notice went with the session (it stayed over the library, saying nothing true)
        assert not any("Esc again" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
    assert saved(sessions_dir).answers[0].points == []  # not added, and kept as a draft:
    assert "Invented half-typed point" in str(saved(sessions_dir).model_dump())


async def test_esc_in_an_empty_box_of_a_half_typed_action_asks_for_a_second_esc(
        content_dir, sessions_dir):
    """Owner and Due typed, the focus back in the action's empty What: one Esc left the
    session (a fresh-eyes trial); a box of the item being typed counts, as the focused one
    does."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "actions")
        screen.query_one(".action-owner", Input).value = "Pat Example"
        what = screen.query_one(".action-what", Input)
        what.focus()
        await wait_for(pilot, lambda: app.focused is what)
        await pilot.press("escape")
        await wait_for(pilot, lambda: any("Esc again goes to the library" in n.message
                                          for n in app._notifications))
        assert app.screen is screen
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))


async def test_enter_on_the_recommendation_box_opens_its_list(content_dir, sessions_dir):
    """What, Tab, Owner, Tab, Due, Tab, Enter added the action with no recommendation: the
    drop-down never opened, and the report said "not linked" (a new user's trial). Enter on
    the closed box opens it, as Space does; the choice made, Enter adds the linked action."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "actions")
        what = screen.query_one(".action-what", Input)
        rec = screen.query_one(".action-recommendation", Select)
        what.focus()
        await wait_for(pilot, lambda: app.focused is what)
        await pilot.press(*"Invented audit", "tab", *"Sam", "tab", *"Friday", "tab")
        await wait_for(pilot, lambda: app.focused is rec)
        await pilot.press("enter")
        await wait_for(pilot, lambda: rec.expanded)
        assert screen.session.actions == []
        await pilot.press("down", "enter")  # the first recommendation, then Enter adds
        await wait_for(pilot, lambda: not rec.expanded and app.focused is rec)
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        first = screen.query_one("ActionsPanel").recommendations[0]
        assert screen.session.actions[0].recommendation == first

        table = screen.query_one(".actions-table", RowTable)  # editing it: the same
        table.focus()
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("enter", "tab", "tab", "tab")
        await wait_for(pilot, lambda: app.focused is rec)
        await pilot.press("enter")
        await wait_for(pilot, lambda: rec.expanded)
        assert screen.query_one("ItemForm.action-form").editing is not None  # still editing


async def test_enter_on_said_by_opens_its_list(content_dir, sessions_dir):
    """As on the recommendation box: Enter on *Said by…* opens it, adding nothing unsaid."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        said_by = screen.query_one(f"#points-{i} .point-by", Select)
        await pilot.press(*"An invented point", "tab")
        await wait_for(pilot, lambda: app.focused is said_by)
        await pilot.press("enter")
        await wait_for(pilot, lambda: said_by.expanded)
        assert all(not a.points for a in screen.session.answers)
        await pilot.press("down", "enter")  # Sam Sample chosen: still on Said by…
        await wait_for(pilot, lambda: not said_by.expanded and app.focused is said_by)
        await pilot.press("enter")  # adds it, as Enter in the point box does
        await wait_for(pilot, lambda: any(a.points for a in screen.session.answers))
        assert [p.by for a in screen.session.answers for p in a.points] == ["p1"]


async def test_the_presentation_line_says_f6_resumes_a_paused_timer(content_dir, sessions_dir):
    from reflect.ui.widgets.literal import Literal

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await pilot.press("f5")
        hint = screen.query_one("#present-hint", Literal)
        await wait_for(pilot, lambda: "F6 pauses the timer" in shown(hint))
        await pilot.press("f6")
        await wait_for(pilot, lambda: "F6 resumes the timer" in shown(hint))
        assert screen.session.timing.paused
        await pilot.press("f6")
        await wait_for(pilot, lambda: "F6 pauses the timer" in shown(hint))


async def test_ctrl_c_in_a_box_says_how_to_quit(content_dir, sessions_dir):
    """A newcomer's Ctrl+C in a box (nothing selected to copy) met Textual's reminder with its
    markup shown as typed ("Press [b]ctrl+q[/b]…"); now plain words."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, i = await at_first_question(pilot)
        await pilot.press("ctrl+c")
        await wait_for(pilot, lambda: any("Ctrl+Q quits" in n.message
                                          for n in app._notifications))
        assert not any("[b]" in n.message for n in app._notifications)
        assert app.screen is screen


async def test_q_on_the_start_screen_says_how_to_quit(content_dir, sessions_dir):
    """A newcomer's q on the library did nothing, silently (a fresh-eyes trial); in the search
    box it is still typed."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#reviews"))
        start = app.screen
        await pilot.press("q")
        await wait_for(pilot, lambda: any("To quit reflect, press Ctrl+Q" in n.message
                                          for n in app._notifications))
        await pilot.press("slash", "q")
        await wait_for(pilot, lambda: start.query_one("#search", Input).value == "q")
        assert app.screen is start and app.is_running


async def test_words_typed_into_the_recommendation_box_choose_nothing(content_dir,
                                                                    sessions_dir):
    """"end of the month" typed into the Recommendation box by mistake: its space opened the
    list, the letters after moved its highlight and Enter chose one, carried into every export
    (fresh-eyes trial). Now the words are one search that matches nothing, and Enter says so."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "actions")
        screen.query_one(".action-what", Input).value = "Invented action"
        rec = screen.query_one(".action-recommendation", Select)
        rec.focus()
        await wait_for(pilot, lambda: app.focused is rec)
        await type_text(pilot, "end of the month")
        assert not rec.expanded and rec.is_blank()
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("is not a choice here, so nothing was added"
                                          in n.message for n in app._notifications))
        assert rec.is_blank() and not rec.expanded and screen.session.actions == []
        said = [n.message for n in app._notifications if "No choice here matches" in n.message]
        assert len(said) == 1  # once for the search, not at every letter
        await type_text(pilot, "fo")  # a fresh visit's letters still choose, as before
        await wait_for(pilot, lambda: not rec.is_blank())


async def test_said_by_chooses_by_the_start_of_a_word_only(content_dir, sessions_dir):
    """"k" on *Said by…* chose Sam Sample, unsaid, because "k" is inside "worker" (a new
    user's trial): letters that start no word leave the choice as it was, and say so."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, i = await at_first_question(pilot)
        said_by = screen.query_one(f"#points-{i} .point-by", Select)
        await type_text(pilot, "An invented point")
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is said_by)
        def no_match() -> list[object]:
            return [n for n in app._notifications if "No choice here matches “k”" in n.message]

        await pilot.press("k")
        await wait_for(pilot, lambda: len(no_match()) == 1)
        first = no_match()[0]
        assert said_by.is_blank()
        await pilot.press("backspace", "s")  # a word's start still chooses
        await wait_for(pilot, lambda: said_by.value == "p2")
        await pilot.press("shift+tab", "tab")  # a new visit, a new search
        await wait_for(pilot, lambda: app.focused is said_by)
        await pilot.press("k")  # matches nothing: Sam Sample stays chosen
        # said again: in place of the first, still showing (never a stacked copy)
        await wait_for(pilot, lambda: len(no_match()) == 1 and no_match()[0] is not first)
        assert said_by.value == "p2"
        await pilot.press("ctrl+q")


async def test_presentation_view_hides_the_clutter_and_keeps_the_answer_editable(
        content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "question")
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        assert not screen.query_one("#steps-pane").display or \
            screen.query_one("#steps-pane").styles.display == "none"
        question = screen.query_one(f"#pane-{screen.index} .question")
        assert question.region.width >= 60  # the whole width, not beside the step list
        await enter_text(pilot, "Said while presenting")
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.session.answers[0].points)
        await pilot.press("pagedown")  # steps still move on
        await wait_for(pilot, lambda: screen.index > 0 and screen.steps[screen.index].kind
                       == "question")
        await pilot.press("f5")
        await wait_for(pilot, lambda: not screen.has_class("-presenting"))
        assert screen.query_one("#steps-pane").region.width > 0
        await pilot.press("ctrl+q")
    assert saved(sessions_dir).answers[0].points[0].text == "Said while presenting"


async def test_presentation_view_keeps_the_box_being_typed_in(content_dir, sessions_dir):
    """F5 in So what? moved the cursor to the first empty box, and the words typed next went
    there (a trial); the box typed in keeps the focus, in and out of the view."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot, mode="individual")
        i = await what_and_so_what(pilot, screen, "Invented what.", "Invented so what.")
        so_what = screen.query_one(f"#so_what-{i}", TextArea)
        for _ in range(2):
            await pilot.press("f5")
            await pilot.pause()
            await wait_for(pilot, lambda: app.focused is so_what)
        await type_text(pilot, " More.")
        await wait_for(pilot, lambda: so_what.text.endswith("More."))
        assert not screen.query_one(f"#answer-{i}", TextArea).text


async def what_and_so_what(pilot, screen: WalkthroughScreen, what: str, so_what: str) -> int:
    """At a reflection's first question, What? and So what? typed; the step's index."""
    await go_to(pilot, screen, "question")
    i = screen.index
    await wait_for(pilot, lambda: pilot.app.focused is screen.query_one(f"#what-{i}"))
    await enter_text(pilot, what)
    screen.query_one(f"#so_what-{i}", TextArea).focus()
    await enter_text(pilot, so_what)
    return i


async def test_self_reflection_uses_what_so_what_now_what(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot, mode="individual")
        assert screen.steps[0].key == "intro"  # no "who is here" for one person
        assert "differently" in [s.key for s in screen.steps]
        i = await what_and_so_what(pilot, screen, "I noticed the invented father was not asked.",
                                   "It matters for my visits.")
        screen.query_one(f"#now_what-{i}", TextArea).focus()
        await enter_text(pilot, "Ask about every adult.")
        await go_to(pilot, screen, "differently")
        await wait_for(pilot, lambda: isinstance(app.focused, TextArea))
        await enter_text(pilot, "Write down who lives in the home.")
        screen.query_one("#cpd-minutes", Input).value = "45"
        await pilot.pause()
        await pilot.press("ctrl+q")
    s = saved(sessions_dir)
    a = s.answers[0]
    assert (a.what, a.so_what, a.now_what) == ("I noticed the invented father was not asked.",
                                               "It matters for my visits.",
                                               "Ask about every adult.")
    assert s.differently == "Write down who lives in the home."
    assert s.minutes_spent == 45 and s.minutes_for_cpd == 45
    assert s.counted(None).answered == 1


async def test_a_reflection_opened_again_at_80_by_24_shows_the_question_and_the_box(
        content_dir, sessions_dir):
    """Reopened with What? and So what? written, the reflection carries on in Now what?, and
    the question stays in view above it: at 80x24 it was scrolled away to show the box."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot, mode="individual")
        i = await what_and_so_what(pilot, screen, "Invented: the first thing I noticed.",
                                   "Invented: what it means for my visits.")
        await pilot.press("escape")  # to the library, saved
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        screen = await open_saved_session(pilot)
        box = screen.query_one(f"#now_what-{i}", TextArea)
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.pause()
        pane = screen.query_one(f"#pane-{i}")
        question = pane.query_one(".question")
        # (The three read at once, as one condition: the test failed once in a helper's run of
        # 66 files on two loaded cores, which part not recorded; the last was read after the
        # wait, once, where the layout may not have settled.)
        await wait_for(pilot, lambda: pane.region.y <= question.region.y
                       and box.region.bottom <= pane.region.bottom
                       and question.region.bottom <= box.region.y)  # not under the question


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_box_given_focus_shows_its_label_below_the_question(
        content_dir, sessions_dir, size):
    """Shift+Tab to Now what? at 80x24 left its label and first lines under the question kept
    at the top; at 60x20 the question filled the pane, over a box with no label (a trial).
    Where the question would take half the pane it scrolls with the rest."""
    from reflect.ui.panes.question import AnswerLabel

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await new_session(pilot, mode="individual")
        await go_to(pilot, screen, "question")
        pane = screen.panes[screen.index]
        head = pane.query_one(".question-head")
        boxes = list(pane.query(TextArea))
        boxes[-1].focus()
        await wait_for(pilot, lambda: app.focused is boxes[-1])
        for box in reversed(boxes[:-1]):
            await pilot.press("shift+tab")
            await wait_for(pilot, lambda box=box: app.focused is box)
            await pilot.pause()
            label = pane.query(AnswerLabel)[boxes.index(box)]
            top = pane.scrollable_content_region.y
            if not pane.has_class("-unpinned"):
                top = head.region.bottom  # below the question kept at the top
            assert label.region.y >= top and box.region.y > label.region.y, (
                box.id, label.region, top)
        assert pane.has_class("-unpinned") == (size == (60, 20))


async def test_timer_counts_pauses_and_is_saved(content_dir, sessions_dir):
    from reflect.model.session import Timing
    from reflect.model.timebox import PRESETS

    assert 15 in PRESETS
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        from reflect.model import timebox

        screen.session.timing = Timing(minutes=15, plan=timebox.share_out(15, screen.steps))
        assert sum(screen.session.timing.plan.values()) == 15 * 60
        key = screen.steps[screen.index].key

        def spent() -> int:
            return screen.session.timing.spent.get(key, 0)

        # The screen's own one-second timer runs too: count from what is there.
        before = spent()
        for _ in range(3):
            screen.tick()
        assert spent() >= before + 3
        assert "left" in shown(screen.query_one("#timer"))
        await pilot.press("f6")
        await wait_for(pilot, lambda: screen.session.timing.paused)
        paused_at = spent()
        screen.tick()
        await pilot.pause()
        assert spent() == paused_at
        assert "paused" in shown(screen.query_one("#timer"))
        await pilot.press("f6")
        screen.session.timing.spent[key] = screen.session.timing.plan[key]
        screen.tick()  # one second over the plan
        await wait_for(pilot, lambda: screen.query_one("#timer").has_class("-over"))
        await pilot.press("ctrl+q")
    s = saved(sessions_dir)
    assert s.timing.minutes == 15 and s.timing.spent[key] >= s.timing.plan[key] + 1


async def test_a_point_typed_but_not_added_is_kept_and_comes_back(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        await enter_text(pilot, "Half a thought")
        await go_to(pilot, screen, "actions")
        screen.query_one(".action-what", Input).focus()
        await enter_text(pilot, "An action not yet added")
        await pilot.press("ctrl+q")
    s = saved(sessions_dir)
    qid = s.answers[0].question_id
    assert s.drafts == {f"point:{qid}": "Half a thought", "action:text": "An action not yet added"}

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        assert screen.query_one(".action-what", Input).value == "An action not yet added"
        await go_to(pilot, screen, "question")
        field = screen.query_one(f"#points-{screen.index} .point-text", Input)
        assert field.value == "Half a thought"
        field.focus()
        await type_text(pilot, ", finished")
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.session.answers[0].points)
        await pilot.press("ctrl+q")
    s = saved(sessions_dir)
    assert [p.text for p in s.answers[0].points] == ["Half a thought, finished"]
    assert s.drafts == {"action:text": "An action not yet added"}


async def test_lines_naming_nobody_add_no_participant(content_dir, sessions_dir):
    """", ," on a line of the form's participants made a blank row in *Who is here*."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot, people="Alex Example, Health visitor, Invented Trust"
                                   "\n, , \n\t\nTeacher, Invented School", form=True)
        assert [p.describe() for p in screen.session.participants] == [
            "Alex Example (Health visitor, Invented Trust)", "Teacher, Invented School"]


async def test_an_enter_typed_before_the_session_showed_never_adds_last_times_point(
        fictional_dir, sessions_dir):
    """Enter twice on a saved session in the list (the second while it opened) added the
    point typed but not added last time, unseen, as if it had been added."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    first = review.questions[0].id
    session = Session.start(review, "20260101-child-zz-0000d1af", title="Invented meeting",
                            team="Invented Hub", current_step=f"q:{first}")
    session.drafts = {f"point:{first}": "Half a thought from last time"}
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 1)
        sessions.focus()
        await wait_for(pilot, lambda: app.focused is sessions)
        burst_keys(pilot, ["enter", "enter"])  # the second reaches the session's point box
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        await app.keys.handled()
        box = screen.query_one(f"#points-{screen.index} .point-text", Input)
        await wait_for(pilot, lambda: app.focused is box)
        assert box.value == "Half a thought from last time"
        assert not screen.session.answers[0].points
        await pilot.press("enter")  # seen now: Enter adds it
        await wait_for(pilot, lambda: screen.session.answers[0].points)
        assert screen.session.answers[0].points[0].text == "Half a thought from last time"
        await pilot.press("ctrl+q")
    assert saved(sessions_dir).drafts == {}


async def test_an_enter_typed_before_the_session_showed_adds_no_new_line(fictional_dir,
                                                                         sessions_dir):
    """The same double Enter on a reflection saved on a question put a new line at the end
    of its What? answer."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    first = review.questions[0].id
    session = Session.start(review, "20260101-child-zz-0000d1b0", title="Invented reflection",
                            mode="individual", current_step=f"q:{first}")
    session.answers[0].what = "An invented thought"
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 1)
        sessions.focus()
        await wait_for(pilot, lambda: app.focused is sessions)
        burst_keys(pilot, ["enter", "enter", "!"])  # letters typed ahead still arrive
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        await app.keys.handled()
        await wait_for(pilot, lambda: isinstance(app.focused, TextArea))
        await pilot.pause()
        # (the letter typed ahead goes where typing carries on: the first empty box)
        assert screen.session.answers[0].what == "An invented thought"
        assert screen.session.answers[0].so_what == "!"
        await pilot.press("ctrl+q")
    assert "\n" not in saved(sessions_dir).answers[0].what


async def test_last_times_actions_are_updated_here_and_in_the_earlier_session(
        fictional_dir, sessions_dir):
    from reflect.model.session import Action, Session
    from reflect.store.library import load_library
    from reflect.store.locks import SessionLock
    from reflect.store.sessions import (
        load_session,
        new_session_id,
        save_session,
        session_path,
    )

    review = load_library(fictional_dir).get("child-zz")
    earlier = Session.start(review, new_session_id(review.id), title="January huddle",
                            team="Invented team", actions=[
                                Action(text="Ring the invented school"),
                                Action(text="Share the invented template")])
    earlier_path = save_session(sessions_dir, earlier)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        assert [s.key for s in screen.steps[:3]] == ["people", "carried", "intro"]
        await pilot.press("pagedown")
        table = screen.query_one(".carried-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("space", "space")  # open -> in progress -> done, quickly
        carried = screen.session.carried
        await wait_for(pilot, lambda: carried[0].status == "done" and carried[0].written_back)
        await wait_for(pilot, lambda: load_session(earlier_path).actions[0].status == "done")

        other = SessionLock(session_path(sessions_dir, earlier.id))  # open elsewhere now
        assert other.acquire()
        await pilot.press("down", "space", "space")  # open -> in progress -> done
        await wait_for(pilot, lambda: carried[1].status == "done")
        await wait_for(pilot, lambda: any("Saved here, but not yet in" in n.message
                                          for n in app._notifications))  # tried, refused
        assert not carried[1].written_back
        assert load_session(earlier_path).actions[1].status == "open"
        await pilot.press("ctrl+q")
    other.release()
    [mine] = [e.session for e in list_sessions(sessions_dir).entries if e.session.id != earlier.id]
    assert [(c.status, c.written_back) for c in mine.carried] == [("done", True),
                                                                  ("done", False)]

    app = make_app(fictional_dir, sessions_dir)  # opening it again finishes the job
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None
                       and app.screen.query_one("#sessions", OptionList).option_count == 2)
        listed = app.screen.query_one("#sessions", OptionList)
        listed.focus()
        listed.highlighted = next(i for i in range(listed.option_count)
                                  if mine.id in str(listed.get_option_at_index(i).id))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        await wait_for(pilot, lambda: all(c.written_back for c in app.screen.session.carried))
        await pilot.press("ctrl+q")
    assert load_session(earlier_path).actions[1].status == "done"


async def test_at_80_by_24_the_agreed_actions_show_and_add_buttons_keep_typing_going(
        content_dir, sessions_dir):
    from textual.widgets import Button

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, i = await at_first_question(pilot)
        await enter_text(pilot, "Added with the button")
        screen.query_one(f"#points-{i} .point-save", Button).focus()
        await pilot.press("enter")
        field = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: screen.session.answers[0].points
                       and app.focused is field)  # the next point can be typed at once

        await go_to(pilot, screen, "actions")
        for text in ("First invented action", "Second invented action"):
            screen.query_one(".action-what", Input).value = text
            await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: len(screen.session.actions) == 2)
        table = screen.query_one(".actions-table", RowTable)
        table.focus()
        screen.query_one(f"#pane-{screen.index}").scroll_to_widget(table, animate=False)
        await pilot.pause()
        assert table.region.height >= 3  # the header and both rows...
        panel = screen.query_one("ActionsPanel")
        assert panel.region.contains_region(table.region)  # ...and none of it cut off
        await pilot.press("ctrl+q")


async def test_the_form_says_how_each_participant_line_is_read(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        app.screen.query_one("#participants", TextArea).text = (
            "Alex Example, Health visitor, Invented Health\nCasey Fictional\nDuty manager")
        read = app.screen.query_one("#participants-read")
        await wait_for(pilot, lambda: "Duty" in shown(read))
        text = shown(read)
        assert "1. name: Alex Example · role: Health visitor · agency: Invented Health" in text
        assert "2. name: Casey Fictional" in text  # a name typed alone is a name (a trial)
        assert "3. role: Duty manager" in text
        assert "to record both, type name, role, agency" in " ".join(text.split())
        assert "same person" not in text
        # The same person typed twice is said (a trial); two unnamed alike may be two people.
        app.screen.query_one("#participants", TextArea).text = (
            "Alex Example, GP\nSocial worker, Invented Council\nalex example,  GP\n"
            "Social worker, Invented Council")
        await wait_for(pilot, lambda: "4. " in shown(read))
        said = " ".join(shown(read).split())
        assert "3. name: alex example · role: GP · the same person as line 1?" in said
        assert said.count("same person") == 1
        # A line of commas alone (a slip) is said left out: it vanished unsaid (a trial)
        app.screen.query_one("#participants", TextArea).text = "Alex Example, GP\n, ,"
        await wait_for(pilot, lambda: "left out" in shown(read))
        assert ("1. name: Alex Example · role: GP “, ,” is left out, nothing added for it: "
                "commas alone name no one") in " ".join(shown(read).split())


async def test_the_form_reads_a_name_in_small_letters_or_capitals_as_plain_mode_does(
        content_dir, sessions_dir):
    """`sam sample` typed alone in the box was read as a role, while `reflect walk` read it
    as a name (a trial): one reading, roles and abbreviations still roles."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        form = app.screen
        form.query_one("#title", Input).value = "Invented meeting"
        form.query_one("#participants", TextArea).text = (
            "sam sample\nPAT EXAMPLE\nchris sample, invented council\nhealth visitor\nSW\n"
            "HV\ncamhs")
        read = form.query_one("#participants-read")
        await wait_for(pilot, lambda: "7. " in shown(read))
        said = " ".join(shown(read).split())
        for line in ("1. name: sam sample", "2. name: PAT EXAMPLE",
                     "3. name: chris sample · agency: invented council",
                     "4. role: health visitor", "5. role: SW", "6. role: HV", "7. role: camhs"):
            assert line in said, said
        assert ("A line with no comma is a name when it looks like one (sam sample, Jo "
                "Example), otherwise a role (health visitor)") in said
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        people = app.screen.session.participants
        assert [(p.name, p.role) for p in people[:3]] == [
            ("sam sample", ""), ("PAT EXAMPLE", ""), ("chris sample", "")]
        assert [p.role for p in people[3:]] == ["health visitor", "SW", "HV", "camhs"]


async def test_esc_undoes_an_edit_and_otherwise_leaves_the_session(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("enter")  # edit Alex Example
        name = screen.query_one(".person-name", Input)
        await wait_for(pilot, lambda: app.focused is name)
        await type_text(pilot, " typed by mistake")
        await wait_for(pilot, lambda: screen.session.participants[0].name.endswith("mistake"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: screen.session.participants[0].name == "Alex Example")
        assert name.value == "" and app.screen is screen  # not editing, still here
        # ...and back on the person's row: in the name box, Enter (to edit again), a field
        # retyped and Enter added a new person (a facilitator's trial).
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 0)

        await go_to(pilot, screen, "question")
        field = screen.query_one(f"#points-{screen.index} .point-text", Input)
        field.focus()
        await type_text(pilot, "A point")
        await pilot.press("enter")
        listed = screen.query_one(f"#points-{screen.index} PointList", PointList)
        await wait_for(pilot, lambda: listed.option_count == 1)
        listed.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is field)
        await type_text(pilot, " changed")
        await pilot.press("escape")
        await wait_for(pilot, lambda: screen.session.answers[0].points[0].text == "A point")
        await wait_for(pilot, lambda: app.focused is listed and listed.highlighted == 0)
        await pilot.press("escape")  # nothing being edited: back to the start screen
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("ctrl+q")
    assert [p.text for p in saved(sessions_dir).answers[0].points] == ["A point"]
    assert saved(sessions_dir).participants[0].name == "Alex Example"
