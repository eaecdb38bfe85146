"""Keys typed faster than the app draws (a fast typist, a paste) arrive in order: Enter adds
exactly what was typed before it, and what follows starts the next item."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from reflect.ui.app import make_app
from tests.functional.helpers import burst, burst_keys, wait_for
from tests.functional.test_facilitation import SIZE, at_first_question, go_to, new_session

POINTS = ["First invented point.", "And record it.", "A third one"]


async def test_points_typed_in_one_burst_stay_separate_and_in_order(content_dir,
                                                                    sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        burst(pilot, "\n".join(POINTS) + "\n" + "not yet added")
        box = screen.query_one(f"#points-{i} .point-text", Input)
        points = screen.session.answers[0].points
        await wait_for(pilot, lambda: box.value == "not yet added" and len(points) >= 3)
        await pilot.pause()
        assert [p.text for p in points] == POINTS
        draft = screen.session.drafts.get(f"point:{screen.session.answers[0].question_id}")
        assert draft == "not yet added"


async def test_actions_typed_in_one_burst_stay_separate_and_in_order(content_dir,
                                                                     sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "actions")
        box = screen.query_one(".action-what", Input)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        burst(pilot, "Invented action one\nInvented action two\nthree")
        actions = screen.session.actions
        await wait_for(pilot, lambda: box.value == "three" and len(actions) >= 2)
        await pilot.pause()
        assert [a.text for a in actions] == ["Invented action one", "Invented action two"]
        assert screen.session.drafts.get("action:text") == "three"


async def test_people_typed_in_one_burst_stay_separate_and_in_order(content_dir,
                                                                    sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        box = screen.query_one(".person-name", Input)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        people = screen.session.participants
        before = len(people)
        burst(pilot, "Ann Invented\nBen Invented\nCat")
        await wait_for(pilot, lambda: box.value == "Cat" and len(people) >= before + 2)
        await pilot.pause()
        assert [p.name for p in people[before:]] == ["Ann Invented", "Ben Invented"]
        assert screen.session.drafts.get("person:name") == "Cat"


# Typed, corrected with Backspace, moved back two with the arrows, one letter deleted and two
# typed in its place, all in one burst: "aunt on 0770" -> "aunt on" -> "aunt on first" ->
# "aunt on fir|st" -> "aunt on fir|t" -> "aunt on firsT|t".
FIX_KEYS = [*"aunt on 0770", *["backspace"] * 5, *" first", "left", "left", "delete", *"sT"]
FIXED = "aunt on firsTt"


async def test_corrections_typed_fast_in_a_point_box_keep_their_place(content_dir,
                                                                       sessions_dir):
    """Backspace, Delete and the arrows are bindings in Textual's Input, run only once the key
    has bubbled up: typed fast, they landed after the letters that followed them."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        box = screen.query_one(f"#points-{i} .point-text", Input)
        burst_keys(pilot, FIX_KEYS)
        await wait_for(pilot, lambda: box.value.endswith("Tt"))
        await pilot.pause()
        assert box.value == FIXED


async def test_corrections_typed_fast_in_an_answer_box_keep_their_place(content_dir,
                                                                         sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        answer = screen.query_one(f"#answer-{i}", TextArea)
        answer.focus()
        await wait_for(pilot, lambda: app.focused is answer)
        burst_keys(pilot, FIX_KEYS)
        await wait_for(pilot, lambda: answer.text.endswith("Tt"))
        await pilot.pause()
        assert answer.text == FIXED


async def test_new_session_details_typed_in_one_burst_each_reach_their_own_box(
        fictional_dir, sessions_dir):
    """Title, Enter, team, Enter, facilitator, typed at paste speed: each in its own box (the
    team's words went into the title when Enter moved on only after the keys behind it)."""
    from reflect.ui.screens.new_session import NewSessionScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        title = app.screen.query_one("#title", Input)
        title.focus()
        await wait_for(pilot, lambda: app.focused is title)
        burst(pilot, "Invented MASH meeting\nInvented MASH\nInvented Facilitator")
        facilitator = app.screen.query_one("#facilitator", Input)
        await wait_for(pilot, lambda: facilitator.value == "Invented Facilitator")
        assert title.value == "Invented MASH meeting"
        assert app.screen.query_one("#team", Input).value == "Invented MASH"


async def test_keys_typed_straight_after_tab_go_to_the_next_box(fictional_dir, sessions_dir):
    """Tab, then words at paste speed, from the new-session form's first choice: the words go
    to the title box (they went to the choice being left, which drops letters)."""
    from reflect.ui.screens.new_session import NewSessionScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        title = app.screen.query_one("#title", Input)
        await pilot.pause()
        assert app.focused is not title
        burst_keys(pilot, ["tab", *"Invented title", "tab", *"Invented MASH"])
        team = app.screen.query_one("#team", Input)
        await wait_for(pilot, lambda: team.value == "Invented MASH")
        assert title.value == "Invented title"


async def test_a_title_typed_then_ctrl_s_in_one_burst_starts_with_that_title(fictional_dir,
                                                                             sessions_dir):
    """Ctrl+S is a priority binding: it acted as it was read, before the letters queued ahead
    of it reached the title box, and the session started with the default title."""
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        await pilot.pause()
        burst_keys(pilot, ["tab", *"Invented burst title", "ctrl+s"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.focused is not None and app.focused.screen is app.screen)
        assert app.screen.session.title == "Invented burst title"


async def test_words_typed_then_ctrl_q_in_one_burst_reach_the_file(content_dir, sessions_dir):
    """Ctrl+Q acted before the words typed ahead of it reached the answer box: they were lost."""
    from tests.functional.test_facilitation import saved

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        answer = screen.query_one(f"#answer-{i}", TextArea)
        answer.focus()
        await wait_for(pilot, lambda: app.focused is answer)
        burst_keys(pilot, [*"Invented answer typed fast", "ctrl+q"])
        await wait_for(pilot, lambda: not app.is_running)
    assert saved(sessions_dir).answers[0].text == "Invented answer typed fast"


async def test_a_long_point_sent_key_by_key_goes_in_at_once_and_enter_adds_it(
        content_dir, sessions_dir, monkeypatch):
    """1,994 letters sent key by key (`tmux send-keys`, a terminal pasting without bracketed
    paste) and Enter: each key waited for the last to settle, the box redrawn and its draft
    kept each time, and for 2 s to 8 s after Enter the box said `Not added yet: Enter adds
    it` (a new user's trial). The letters waiting one after another go in as one paste: a
    handful of drafts, not one a key, and the point is added whole."""
    from reflect.model.edits import SessionEdits

    drafts: list[str] = []
    set_draft = SessionEdits.set_draft

    def counted(self, key, text):  # type: ignore[no-untyped-def]
        drafts.append(text)
        return set_draft(self, key, text)

    monkeypatch.setattr(SessionEdits, "set_draft", counted)
    words = "invented chronology agency visit record "
    text = (words * 50)[:1994].strip()
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await at_first_question(pilot)
        burst(pilot, text + "\n")
        points = screen.session.answers[0].points
        await wait_for(pilot, lambda: len(points) == 1)
        assert points[0].text == text
        assert len(drafts) < 100, len(drafts)  # (one a key before: 1,994)
