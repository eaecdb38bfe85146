"""Keys sent in one burst (a fast typist, a paste, `tmux send-keys`) are handled one at a time
in the order typed, whichever widget handles each: a list, a table, a drop-down, a box, the
screen's bindings or the app's (reflect.ui.key_order). Each of these lost or misplaced keys
in a new user's trial before the app waited for one key before reading the next."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Select, SelectionList

from reflect.model.session import Action, Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import burst_keys, wait_for

SIZE = (80, 24)


async def at_start(pilot) -> None:
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                   and app.library is not None and app.focused is not None)


async def in_actions_box(pilot, box: str):
    """A new team session on What to do now, with the cursor in the action form's `box`."""
    from tests.functional.test_facilitation import go_to, new_session

    screen = await new_session(pilot)
    await go_to(pilot, screen, "actions")
    widget = screen.query_one(f".action-{box}", Input)
    widget.focus()
    await wait_for(pilot, lambda: pilot.app.focused is widget)
    return screen, widget


def in_session(app) -> bool:
    return isinstance(app.screen, WalkthroughScreen) and app.focused is not None \
        and app.focused.screen is app.screen


async def test_slash_then_words_search_the_library(fictional_dir, sessions_dir):
    """"/" moves to the search box: the words behind it went to the list, where `i` opened
    the import dialog."""
    from reflect.ui.screens.import_review import ImportScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await at_start(pilot)
        burst_keys(pilot, ["slash", *"zz invented"])
        search = app.screen.query_one("#search", Input)
        await wait_for(pilot, lambda: search.value == "zz invented")
        assert not isinstance(app.screen, ImportScreen)


async def test_enter_then_the_form_typed_at_once_starts_that_session(fictional_dir,
                                                                     sessions_dir):
    """Enter on a review, then Tab, a title and Ctrl+S before the form had opened: the keys
    went to the start screen behind it (Ctrl+S opened a saved session)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await at_start(pilot)
        burst_keys(pilot, ["enter", "tab", *"Invented burst", "ctrl+s"])
        await wait_for(pilot, lambda: in_session(app))
        assert app.screen.session.title == "Invented burst"


async def test_ticks_then_ctrl_s_at_once_keep_who_is_here(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Invented team",
        participants=[Participant(name="Ada Example"), Participant(name="Bea Example")]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await at_start(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        form = app.screen
        form.query_one("#team", Input).value = "Invented team"
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == 2 and chooser.display)
        chooser.focus()
        await wait_for(pilot, lambda: app.focused is chooser)
        burst_keys(pilot, ["space", "down", "space", "ctrl+s"])
        await wait_for(pilot, lambda: in_session(app))
        assert [p.attended for p in app.screen.session.participants] == [True, True]


async def test_a_status_note_and_due_date_typed_at_once_each_reach_their_place(
        fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-00000001", title="Last month", team="Invented team",
        actions=[Action(text="Ring the invented school nurse", due="next Friday",
                        due_date=date(2026, 1, 9))]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await at_start(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        app.screen.query_one("#team", Input).value = "Invented team"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: in_session(app))
        screen = app.screen
        await pilot.press("pagedown")
        table = screen.query_one(".carried-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table)
        burst_keys(pilot, ["space", "tab", *"Invented note", "enter", *"end of March"])
        [carried] = screen.session.carried
        await wait_for(pilot, lambda: carried.new_due == "end of March")
        assert (carried.status, carried.note) == ("in progress", "Invented note")


async def test_shift_tab_straight_after_choosing_a_name_goes_back_to_the_point(
        fictional_dir, sessions_dir):
    """Enter on a name in Said by… then Shift+Tab and words at once: Shift+Tab acted while
    the drop-down list still had focus."""
    from tests.functional.test_facilitation import at_first_question

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        text = screen.query_one(f"#points-{i} .point-text", Input)
        by = screen.query_one(f"#points-{i} .point-by", Select)
        by.focus()
        await wait_for(pilot, lambda: app.focused is by)
        burst_keys(pilot, ["enter", "down", "enter", "shift+tab", *"typed"])
        await wait_for(pilot, lambda: text.value == "typed")
        assert by.value == screen.session.participants[0].id


async def test_a_letter_on_the_closed_said_by_box_chooses_the_person(fictional_dir,
                                                                     sessions_dir):
    """Choosing who said a point took Tab, Enter, a letter and Enter; a letter now does it."""
    from tests.functional.test_facilitation import at_first_question

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, i = await at_first_question(pilot)
        text = screen.query_one(f"#points-{i} .point-text", Input)
        burst_keys(pilot, [*"Invented point", "tab", *"sa"])
        by = screen.query_one(f"#points-{i} .point-by", Select)
        sam = next(p for p in screen.session.participants if p.name == "Sam Sample")
        await wait_for(pilot, lambda: by.value == sam.id)
        assert not by.expanded and app.focused is by
        burst_keys(pilot, ["backspace", "t"])  # not a letter: "t" starts again, the teacher
        teacher = next(p for p in screen.session.participants if p.role == "Teacher")
        await wait_for(pilot, lambda: by.value == teacher.id)
        burst_keys(pilot, ["enter"])  # adds the point
        points = screen.session.answers[0].points
        await wait_for(pilot, lambda: len(points) == 1)
        assert (points[0].text, points[0].by) == ("Invented point", teacher.id)
        await wait_for(pilot, lambda: text.value == "" and app.focused is text)


async def test_letters_that_match_no_one_put_the_choice_back(fictional_dir, sessions_dir):
    """"end of March" typed into the closed box (meant for another): "e" chose someone, and
    the choice stayed when "en" matched nothing. It goes back to what it was before."""
    from tests.functional.test_facilitation import at_first_question

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, i = await at_first_question(pilot)
        by = screen.query_one(f"#points-{i} .point-by", Select)
        by.focus()
        await wait_for(pilot, lambda: app.focused is by)
        burst_keys(pilot, [*"exq"])  # "e" matches someone; "ex", "exq" match no one
        await app.keys.handled()
        await wait_for(pilot, lambda: any("matches" in n.message for n in app._notifications))
        assert by.is_blank()
        sam = next(p for p in screen.session.participants if p.name == "Sam Sample")
        by.value = sam.id
        text = screen.query_one(f"#points-{i} .point-text", Input)
        for box in (text, by):  # a new visit to the box: a new search
            box.focus()
            await wait_for(pilot, lambda: app.focused is box)  # noqa: B023
        burst_keys(pilot, [*"zq"])
        await app.keys.handled()
        await pilot.pause()
        assert by.value == sam.id  # the choice from before the letters, kept


async def test_a_name_typed_on_the_participants_table_starts_a_new_person(fictional_dir,
                                                                          sessions_dir):
    """Who is here opens on the table (Space ticks): letters typed there vanished, and the
    role and agency behind them landed in the name and role boxes."""
    from tests.functional.test_facilitation import new_session

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 3)
        people = screen.session.participants
        before = len(people)
        assert people[0].attended
        burst_keys(pilot, ["space", *"Eve Late", "tab", *"Family support worker", "tab",
                           *"Invented Charity", "enter"])
        await wait_for(pilot, lambda: len(people) == before + 1)
        assert (people[-1].name, people[-1].role, people[-1].agency) == (
            "Eve Late", "Family support worker", "Invented Charity")
        assert not people[0].attended  # Space on the table still ticks (here: untick)


async def test_letters_typed_on_the_points_list_or_the_actions_table_start_an_item(
        fictional_dir, sessions_dir):
    """Letters typed while the list of points (or the table of actions) had focus vanished:
    they start the point (the action) in the box above, and Enter adds it."""
    from reflect.ui.widgets.points_panel import PointList
    from tests.functional.test_facilitation import go_to, new_session

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await go_to(pilot, screen, "question")
        points = screen.session.answers[0].points
        burst_keys(pilot, [*"Invented first", "enter"])
        await wait_for(pilot, lambda: len(points) == 1)
        listed = screen.query_one(f"#points-{screen.index} PointList", PointList)
        listed.focus()
        await wait_for(pilot, lambda: app.focused is listed)
        burst_keys(pilot, [*"Typed on the list", "enter"])
        await wait_for(pilot, lambda: len(points) == 2)
        assert points[1].text == "Typed on the list" and points[0].text == "Invented first"

        await go_to(pilot, screen, "actions")
        actions = screen.session.actions
        burst_keys(pilot, [*"Invented audit", "enter"])
        await wait_for(pilot, lambda: len(actions) == 1)
        table = screen.query_one(".actions-table", RowTable)
        table.focus()
        await wait_for(pilot, lambda: app.focused is table)
        burst_keys(pilot, ["space", *"Ring the hub", "enter"])
        await wait_for(pilot, lambda: len(actions) == 2)
        assert actions[1].text == "Ring the hub"
        assert actions[0].status != "open"  # Space on the table still moves the status on


async def test_a_recommendation_chosen_by_letters_then_enter_adds_the_linked_action(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await in_actions_box(pilot, "what")
        burst_keys(pilot, [*"Invented audit", "tab", "tab", "tab", *"rec", "enter"])
        actions = screen.session.actions
        await wait_for(pilot, lambda: len(actions) == 1)
        assert actions[0].text == "Invented audit"
        assert actions[0].recommendation == "Invented recommendation"


async def test_tab_takes_the_owner_suggested_as_right_arrow_does(fictional_dir, sessions_dir):
    """"Sa" in the owner box shows "Sam Sample" in grey: Tab left "Sa" as the owner."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        _, owner = await in_actions_box(pilot, "owner")
        await pilot.press("S", "a")
        await wait_for(pilot, lambda: owner._suggestion == "Sam Sample")
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is not owner)
        assert owner.value == "Sam Sample"
        await pilot.press("shift+tab", "ctrl+u", "Z", "e", "d", "tab")  # nothing suggested
        await wait_for(pilot, lambda: app.focused is not owner)
        assert owner.value == "Zed"


async def test_a_drop_down_removed_while_mounting_does_not_fail() -> None:
    """The next step's pane is built ahead; when the app closed just then, its Said by… box
    was removed before its mount was handled, and Textual's Select failed looking for its
    list (a suite run caught it on the way out)."""
    from textual.app import App, ComposeResult
    from textual.containers import Vertical

    from reflect.ui.widgets.type_ahead import TypeAheadSelect

    class Holder(App[None]):
        def compose(self) -> ComposeResult:
            yield Vertical(id="holder")

    app = Holder()
    async with app.run_test() as pilot:
        holder = app.query_one("#holder")
        for _ in range(5):
            box = TypeAheadSelect("Said by…", "point-by")
            holder.mount(box)
            box.remove()  # before its mount is handled
            await pilot.pause()
        assert not holder.children
    assert app.return_code in (0, None)


async def test_letters_typed_straight_after_ctrl_s_go_into_the_new_session(
        fictional_dir, sessions_dir, monkeypatch):
    """Typed after Ctrl+S while the new session's file was still being written, the first
    letters went to the library behind the form and started a search there (a trial: "what
    first" became "wha" in the search and "t first" in the session); before that, into the
    form while it checked its folder. The file is written here only once the first letter
    typed after Ctrl+S is on its way."""
    import threading

    import reflect.store.sessions as sessions
    from reflect.ui.key_order import KeyReader

    written, save, built = threading.Event(), sessions.save_session, KeyReader.built
    keys = ["enter", "tab", *"Invented gap", "ctrl+s"]

    def save_when_let(*args, **kwargs):
        written.wait(10)
        return save(*args, **kwargs)

    async def built_then_let(self):
        if self.handed >= len(keys):  # a letter typed after Ctrl+S: the file not written yet
            written.set()
        await built(self)

    monkeypatch.setattr(sessions, "save_session", save_when_let)
    monkeypatch.setattr(KeyReader, "built", built_then_let)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await at_start(pilot)
        start = app.screen
        burst_keys(pilot, [*keys, *"what first"])
        await wait_for(pilot, lambda: in_session(app) and written.is_set())
        await app.keys.handled()
        box = app.focused
        assert (box.value if isinstance(box, Input) else box.text) == "what first"
        assert start.query_one("#search", Input).value == ""
