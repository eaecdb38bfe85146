"""A new session for a team reflect has met before offers last time's participants, each
"not yet here", for the facilitator to tick who came (#15.12)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from textual.widgets import Input, SelectionList, TextArea

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.meeting_length import MeetingLength
from tests.functional.helpers import (
    burst_keys,
    enter_text,
    in_the_team_box,
    new_session_form,
    shown,
    type_text,
    wait_for,
)


async def test_last_times_participants_are_offered_not_yet_here(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    before = Session.start(review, "20260101-child-zz-00000001", title="Last month",
                           team="Invented Shire team",
                           participants=[Participant(name="Ada Example", role="Nurse"),
                                         Participant(role="[b]Teacher[/b]", agency="School")])
    save_session(sessions_dir, before)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        await type_text(pilot, "invented shire TEAM")
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == 2 and chooser.display)
        # how to reach the second: Tab left the list for the participants box, where Space
        # typed a space and ticked no one (a learning lead's trial)
        assert "↑ ↓ go to each, Space ticks who is here" in shown(form.query_one("#last-label"))
        assert str(chooser.get_option_at_index(1).prompt) == (
            "✗ not yet here · [b]Teacher[/b], School")
        chooser.focus()
        await pilot.press("space")  # Ada Example came; the teacher has not arrived yet
        await wait_for(pilot, lambda: chooser.selected == [0])
        # whether someone is here reads without colour
        await wait_for(pilot, lambda: str(chooser.get_option_at_index(0).prompt)
                       == "✓ here · Ada Example (Nurse)")
        # and the box: X when ticked, blank when not (Textual draws X for both)
        assert [chooser.render_line(y).text[:3] for y in (0, 1)] == ["▐X▌", "▐ ▌"]
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        assert [(p.describe(), p.attended) for p in screen.session.participants] == [
            ("Ada Example (Nurse)", True), ("[b]Teacher[/b], School", False)]
    [now] = [e.session for e in list_sessions(sessions_dir).entries if e.session.id != before.id]
    assert [p.attended for p in now.participants] == [True, False]


async def test_a_new_team_is_offered_nobody(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        await type_text(pilot, "Brand new team")
        await wait_for(pilot, lambda: form.last_team == "Brand new team")
        assert not form.query_one("#last-people", SelectionList).display
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.participants == []


async def test_last_times_facilitator_is_filled_in_and_can_be_changed(fictional_dir,
                                                                      sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    before = Session.start(review, "20260101-child-zz-00000001", title="Last month",
                           team="Invented Shire team", facilitator="Fay Example")
    save_session(sessions_dir, before)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, _ = await in_the_team_box(pilot)
        await type_text(pilot, "invented shire team")
        box = form.query_one("#facilitator", Input)
        await wait_for(pilot, lambda: box.value == "Fay Example")
        await type_text(pilot, "s")  # the team box, still: another team, never led
        await wait_for(pilot, lambda: form.last_team == "invented shire teams")
        assert box.value == ""  # offered for that team only
        await pilot.press("backspace")
        await wait_for(pilot, lambda: box.value == "Fay Example")
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press("space")  # Tab, then Space meant for the list, wiped it (a trial)
        await wait_for(pilot, lambda: box.value == "Fay Example ")
        box.value = ""
        await type_text(pilot, "Sam Sample")  # editable, and never replaced once typed
        form.query_one("#team", Input).focus()
        await pilot.press("end")
        await type_text(pilot, ".")
        await wait_for(pilot, lambda: form.last_team == "invented shire team.")
        assert box.value == "Sam Sample"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.facilitator == "Sam Sample"


async def test_last_times_people_show_in_view_at_60x20_and_tab_reaches_them(
        fictional_dir, sessions_dir):
    """At 60x20 the list was below the fold (after the participants box): a facilitator saw
    nothing offered, and Tab, Space ticked nobody. It is after the facilitator's box now,
    before the participants box."""
    from tests.functional.helpers import burst_keys

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Invented team",
        participants=[Participant(name="Ada Example"), Participant(name="Bea Example")]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        form, team = await in_the_team_box(pilot)
        burst_keys(pilot, list("invented team"))
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == 2 and chooser.display)
        burst_keys(pilot, ["tab", "tab", "space"])  # past the facilitator's box
        await wait_for(pilot, lambda: chooser.selected == [0])
        await pilot.pause()
        for widget in (form.query_one("#last-label"), chooser):
            assert 0 <= widget.region.y and widget.region.bottom <= 20, widget  # in view


async def test_esc_after_typing_asks_before_dropping_it(fictional_dir, sessions_dir):
    """Esc on an empty form closes it; after a title is typed, it asks first: Esc (or n)
    there keeps the form as it was, y discards it."""
    from reflect.ui.screens.confirm import ConfirmScreen
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.start import StartScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_session_form(pilot)
        await pilot.press("escape")  # nothing typed: closed at once
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        form = await new_session_form(pilot)
        form.query_one("#title", Input).focus()
        await type_text(pilot, "Invented title kept")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")  # keep typing
        await wait_for(pilot, lambda: app.screen is form)
        assert form.query_one("#title", Input).value == "Invented title kept"
        await pilot.press("escape", "y")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert not any(isinstance(s, NewSessionScreen) for s in app.screen_stack)
        assert list_sessions(sessions_dir).entries == []


async def test_ctrl_q_after_typing_asks_before_quitting(fictional_dir, sessions_dir):
    """Ctrl+Q on the new-session form quit at once, dropping what was typed (Esc asked);
    it asks too: n keeps the form as it was, y quits. With nothing typed it quits at once."""
    from reflect.ui.screens.confirm import ConfirmScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        form.query_one("#title", Input).focus()
        await type_text(pilot, "Invented title kept")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "is kept as a draft" in app.screen.question  # (test_new_session_draft.py)
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is form)
        assert form.query_one("#title", Input).value == "Invented title kept"
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: not app.is_running)

    import shutil

    shutil.rmtree(sessions_dir.parent / "drafts")  # (the form typed above, not offered again)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_session_form(pilot)
        await pilot.press("ctrl+q")  # nothing typed
        await wait_for(pilot, lambda: not app.is_running)


async def test_words_typed_on_the_first_choice_start_the_title(fictional_dir, sessions_dir):
    """The form opens on "Who is this session for?": a title typed straight away was lost."""
    app = make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)
        await pilot.press(*"Invented meeting")
        title = form.query_one("#title", Input)
        await wait_for(pilot, lambda: title.value == "Invented meeting" and app.focused is title)
        assert not any("was not typed" in n.message for n in app._notifications)  # it was
        await pilot.press("shift+tab", "down", "space")  # the choice itself still works
        await wait_for(pilot, lambda: not form.team_mode)


async def test_tab_reaches_last_times_people_the_moment_they_are_shown(fictional_dir,
                                                                      sessions_dir):
    """Textual orders Tab by where widgets are on screen: the list just shown had no place
    until the next layout, and a Tab straight after it went to the box after it (once in a
    suite run, at 60x20, Space then ticked nobody)."""
    from tests.functional.helpers import burst_keys

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        form, team = await in_the_team_box(pilot)
        with team.prevent(Input.Changed):  # the look-up's answer, given here and at once
            team.value = "Invented team"
        form.query_one("#facilitator").focus()
        await wait_for(pilot, lambda: app.focused is form.query_one("#facilitator"))
        form.show_last("Invented team", [Participant(name="Ada Example")])
        burst_keys(pilot, ["tab", "space"])  # before any layout
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.selected == [0])
        assert app.focused is chooser


async def test_a_second_answer_for_the_same_team_keeps_the_ticks(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)
        team = form.query_one("#team", Input)
        with team.prevent(Input.Changed):
            team.value = "Invented team"
        people = [Participant(name="Ada Example"), Participant(name="Bea Example")]
        form.show_last("Invented team", people)
        chooser = form.query_one("#last-people", SelectionList)
        chooser.select(1)
        form.show_last("Invented team", list(people))  # a later look-up, the same answer
        await pilot.pause()
        assert chooser.selected == [1]


async def test_an_arrow_on_who_it_is_for_chooses_what_it_lights(fictional_dir, sessions_dir):
    """↓ to "Individual reflection" lit it up without choosing it: Tab, a title and Ctrl+S
    then started a team session (a trial). An arrow chooses, as radio buttons do in a form."""
    app = make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)
        await pilot.press("down")
        await wait_for(pilot, lambda: not form.team_mode)
        await pilot.press("tab", *"Invented reflection", "ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.mode == "individual"
        await pilot.press("up")  # moving off the choices takes nothing back
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.mode == "individual" and entry.session.title == "Invented reflection"


def _read_slowly(fictional_dir, sessions_dir, monkeypatch,  # type: ignore[no-untyped-def]
                 until: Callable[[], object]) -> None:
    """"Invented Team" has met before (`_met_before`), and last time's participants for it
    are read only once `until()` holds (the read of every other name is as it was)."""
    import time

    from reflect.store import carry

    _met_before(fictional_dir, sessions_dir)
    real = carry.last_time

    def slow_last_time(folder, team, *args, **kwargs):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 30
        while team == "Invented Team" and not until() and time.monotonic() < deadline:
            time.sleep(0.005)  # (a slow disk, polled: the test waits for no time)
        return real(folder, team, *args, **kwargs)

    monkeypatch.setattr(carry, "last_time", slow_last_time)


async def test_keys_typed_fast_after_the_team_land_where_they_would_typed_slowly(
        fictional_dir, sessions_dir, monkeypatch):
    """Typed in one burst (the team, Tab, the facilitator's name, Tab, Space, ↓, Space, Tab,
    a participant) while last time's participants were still being read: the Tab and Space
    after the name went on before the list was shown, the Space into the participants box,
    both ticks were lost, and the last Tab took "Ali, nurse" to the meeting length's own box
    (1 run in 10 in tmux). The keys typed once the focus has left the team box wait for the
    read. Here it answers once they wait, or (without that) once the Space is in the box."""
    app = make_app(fictional_dir, sessions_dir)
    boxes: list[TextArea] = []
    _read_slowly(fictional_dir, sessions_dir, monkeypatch, lambda: getattr(
        app.keys, "holding", None) is not None or boxes and " " in boxes[0].text)
    keys = [*"Invented Team", "tab", *"Pat Example", "tab", " ", "down", " ", "tab",
            *"Ali, nurse"]  # (" ": the Space key with its character, as a terminal sends it)
    async with app.run_test(size=(100, 30)) as pilot:
        form, team = await in_the_team_box(pilot)
        boxes.append(participants := form.query_one("#participants", TextArea))
        length = form.query_one(MeetingLength)
        minutes, before = length.minutes, app.keys.handed
        burst_keys(pilot, keys)
        await wait_for(pilot, lambda: app.keys.handed == before + len(keys))
        await app.keys.handled()
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.display)  # (without the wait, shown after)
        assert (form.query_one("#title", Input).value, team.value) == ("", "Invented Team")
        assert form.query_one("#facilitator", Input).value == "Pat Example"
        assert chooser.display and chooser.selected == [0, 1]
        assert participants.text == "Ali, nurse" and app.focused is participants
        assert form.query_one("#own-minutes", Input).value == ""
        assert length.minutes == minutes
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert [(p.describe(), p.attended) for p in app.screen.session.participants] == [
            ("Ada Example", True), ("Bea Example", True), ("Ali (nurse)", True)]


async def test_tab_past_the_facilitator_lands_on_the_list_shown_after_it(
        fictional_dir, sessions_dir, monkeypatch):
    """`Invented Team` then Tab 0.1 s later: the list, read off the UI thread, was not shown
    yet, Tab went on past it, and Space ticked nobody (a new user's trial). Keys now wait for
    that read (the test above), but only so long (`HOLD_LIMIT`, shortened here): a read
    slower still, the list shown while nothing is typed in the box Tab reached from the
    facilitator's takes the focus. A Space typed there meanwhile, meant as a tick, is no
    typing: taken back out of the box, the list takes the focus, and the next Space ticks."""
    from reflect.ui import key_order

    answer = threading.Event()
    _read_slowly(fictional_dir, sessions_dir, monkeypatch, answer.is_set)
    monkeypatch.setattr(key_order, "HOLD_LIMIT", 0.05)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        form, team = await in_the_team_box(pilot)
        participants = form.query_one("#participants", TextArea)
        burst_keys(pilot, [*"Invented Team", "tab", "tab", " "])
        await wait_for(pilot, lambda: app.focused is participants and participants.text == " ")
        chooser = form.query_one("#last-people", SelectionList)
        assert not chooser.display
        answer.set()
        await wait_for(pilot, lambda: app.focused is chooser)
        assert participants.text == ""
        await pilot.press("space")
        await wait_for(pilot, lambda: chooser.selected == [0])


async def test_a_box_typed_in_after_the_tab_keeps_the_focus(fictional_dir, sessions_dir):
    """Something typed in the box Tab reached is where the user is: the list shown after it
    is there to tick later, and never takes the focus from under the typing."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        form, team = await in_the_team_box(pilot)
        with team.prevent(Input.Changed):  # the look-up's answer is given below, by hand
            team.value = "Invented team"
        facilitator = form.query_one("#facilitator", Input)
        await pilot.press("tab", "J", "o")
        await wait_for(pilot, lambda: facilitator.value == "Jo")
        form.show_last("Invented team", [Participant(name="Ada Example")])
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.display)
        await pilot.pause()
        assert app.focused is facilitator and facilitator.value == "Jo"


def _met_before(fictional_dir, sessions_dir) -> None:  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Invented Team",
        facilitator="Fay Example",
        participants=[Participant(name="Ada Example"), Participant(name="Bea Example")]))


async def test_tab_from_the_team_reaches_the_facilitator_and_a_name_typed_replaces_it(
        fictional_dir, sessions_dir):
    """Tab from the team box went to last time's participants, listed under it, past the
    facilitator's box: the facilitator's name typed there, as at a first meeting, ticked Ada
    as here through its space, the letters thrown away unsaid (a fresh-eyes trial). Tab now
    follows the form as it reads: team, facilitator, last time's participants."""
    _met_before(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await pilot.press("tab", *"Second meeting", "tab", *"invented team")
        chooser = form.query_one("#last-people", SelectionList)
        facilitator = form.query_one("#facilitator", Input)
        await wait_for(pilot, lambda: chooser.display and facilitator.value == "Fay Example")
        await pilot.press("tab", *"Pat Example")
        await wait_for(pilot, lambda: facilitator.value == "Pat Example")
        assert chooser.selected == []
        await pilot.press("tab")  # then last time's participants, to tick
        await wait_for(pilot, lambda: app.focused is chooser)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        session = app.screen.session
        assert session.facilitator == "Pat Example"
        assert [p.attended for p in session.participants] == [False, False]


async def _on_last_times_list(pilot):  # type: ignore[no-untyped-def]
    """The team's new-session form, "Invented Team" typed, the focus on last time's list."""
    form, _ = await in_the_team_box(pilot)
    await enter_text(pilot, "Invented Team")
    chooser = form.query_one("#last-people", SelectionList)
    await wait_for(pilot, lambda: chooser.display)
    chooser.focus()
    await wait_for(pilot, lambda: pilot.app.focused is chooser)
    return chooser


async def test_a_line_typed_on_last_times_participants_goes_into_the_participants_box(
        fictional_dir, sessions_dir):
    """A team lead tabbed past the facilitator onto last time's list and typed a newcomer's
    line: every letter was thrown away (said "not typed", the Space in it ticking nobody) and
    the line had to be typed again with the room waiting (a fresh-eyes trial). The letters
    go into the participants box, on a line of their own, the focus with them, and nobody
    is ticked."""
    _met_before(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        chooser = await _on_last_times_list(pilot)
        box = pilot.app.screen.query_one("#participants", TextArea)
        box.text = "Cal Example, nurse"  # one typed before: the newcomer's line goes under it
        burst_keys(pilot, list("Robin Madeup, health visitor"))  # typed fast
        await wait_for(pilot, lambda: box.text.endswith("visitor"))
        assert box.text == "Cal Example, nurse\nRobin Madeup, health visitor"
        assert pilot.app.focused is box
        assert chooser.selected == []
        assert not [n for n in app._notifications if "not typed" in n.message
                    or n.message.startswith("Space")]
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        people = [(p.name, p.role, p.attended) for p in app.screen.session.participants]
        assert ("Robin Madeup", "health visitor", True) in people
        assert ("Ada Example", "", False) in people


async def test_space_after_a_letter_on_last_times_participants_is_typed_not_a_tick(
        fictional_dir, sessions_dir):
    """The Space straight after letters is part of what is typed (it went to no one, said
    not to tick, before the letters were kept); a Space back on the list ticks."""
    _met_before(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        chooser = await _on_last_times_list(pilot)
        box = pilot.app.screen.query_one("#participants", TextArea)
        await pilot.press("s", "space", "x")
        await wait_for(pilot, lambda: box.text == "s x")
        assert chooser.selected == []
        chooser.focus()
        await wait_for(pilot, lambda: app.focused is chooser)
        await pilot.press("space")  # on the list, Space ticks
        await wait_for(pilot, lambda: chooser.selected == [0])
