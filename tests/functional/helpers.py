"""Helpers for pilot tests: poll for a condition instead of sleeping."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.css.query import NoMatches
from textual.message_pump import MessagePump
from textual.pilot import Pilot
from textual.screen import Screen

PAUSE_EVERY = 5
"""`wait_for` pauses as `pilot.pause` does at every fifth poll (50 ms) while it waits."""


async def wait_for(pilot: Pilot, condition: Callable[[], object], timeout: float = 15.0) -> None:
    """Until `condition()` holds (polled each 10 ms), then until the screen has caught up.
    `timeout` only bounds a failure: a passing test waits no longer for it. (It was 5 s: 45
    keys typed in one burst took longer on two cores shared with other work, and a test
    failed that passed alone.)

    Between polls it only sleeps; once the condition holds, it waits as `pilot.pause` does
    (every widget of the screen through its queue, the layout brought up to date) and asks
    again, so what the test reads next is as after a pause. Pausing at every poll made each
    widget handle a message a poll, some 9% of a pilot test's CPU (stop 57: 24 files, one
    process, 39.2 s against 42.5–43.7 s); sleeping alone read a screen not yet laid out. Every
    PAUSE_EVERY polls it pauses all the same: a condition true only just after the layout is
    brought up to date (a dialog drawn, nothing waiting: test_dialog_focus_in_view) was met at
    no poll for 15 s, twice in a whole run. Met at its first reading with the screen not
    caught up (`unsettled`), it pauses once and asks again. It returns only with the condition
    holding after the screen caught up: a key's scroll made as it caught up undid what held
    before (1 in 10 runs of a test beside other work)."""
    deadline = time.monotonic() + timeout
    missing: list[NoMatches] = []
    polls = 0

    def holds() -> bool:
        """The condition, where a widget it reads not yet there (a pane being built, the
        polls coming between its mounting's steps) is "not yet"; still missing at the
        deadline, the failure says so."""
        try:
            return bool(condition())
        except NoMatches as error:
            missing[:] = [error]
            return False

    from reflect.ui.key_order import caught_up
    from reflect.ui.laid_out import unsettled

    settle = True
    while True:
        while not holds():
            if time.monotonic() > deadline:
                raise AssertionError("condition not met in time"
                                     + (f" ({missing[0]!r})" if missing else "")
                                     + "; the screen showed:\n"
                                     + "\n".join(_lines_or_why(pilot.app)))
            await asyncio.sleep(0.01)
            polls += 1
            if holds() or polls % PAUSE_EVERY == 0:
                await pilot.pause(0)
        if settle and unsettled(pilot.app.screen):
            # Read before the screen caught up, a box scrolled out of view was read as drawn
            # there, Tab was pressed, and the scroll reached the screen as Tab came (1 in 60
            # runs beside other work): paused once more, as a person reads what is drawn.
            settle = False  # (once: a screen that never settles is the test's to wait for)
            await pilot.pause(0)
            continue
        # A screen that has just opened has composed its widgets once it has handled what was
        # queued for it (a condition such as "the dialog is showing" can be met before that).
        await caught_up(pilot.app.screen, asyncio.get_running_loop().time() + timeout)
        if holds():
            return
        # What the screen caught up with undid the condition (a PgUp's scroll made then: the
        # test read the export dialog at its top with its "More options below" line not yet
        # said, 1 in 10 runs at 60x20 beside other work): waited for again.


def _lines_or_why(app: App[object]) -> list[str]:
    """The screen's lines, for a failed wait's message (or why there are none), then which
    widget had the focus and the screens open (a screen's characters alone do not say where
    the keys were going)."""
    try:
        lines = screen_lines(app)
    except Exception as error:  # noqa: BLE001 - (the app closed, or has no screen)
        lines = [f"(not read: {error!r})"]
    return [*lines, f"(focused: {app.focused!r}; screens: {app.screen_stack!r})"]


async def press_in_order(app: App[object], keys: Iterable[str]) -> None:
    """`pilot.press` for reflect: each key is posted to the app and waited for through the
    app's own key reader (`ReflectApp.keys`), which returns once the key, and what it set
    going, has been handled. Textual's own `press` sleeps until the process looks idle, twice
    per key (at least 40 ms a key, often far more on a loaded machine): typing was most of the
    suite's time. One wait for idle follows the last key, as before."""
    from textual._wait import wait_for_idle
    from textual.app import App as TextualApp

    from reflect.ui.app import ReflectApp

    assert isinstance(app, ReflectApp)
    for key in keys:
        if key.startswith("wait:"):
            await TextualApp._press_keys(app, [key])
            continue
        if not await _handled(app, key_event(key)):
            return  # the app is closing
        await app._animator.wait_until_complete()
    await wait_for_idle(0)


async def paste(app: App[object], text: str) -> None:
    """`text` put into the focused box at once, as a person pasting it does, through the app's
    key reader as keys are (`press_in_order`), and waited for likewise. For a test's set-up
    only, where what is typed matters and not the typing: a point of 60 letters typed key by
    key took some 0.4 s of a pilot test (test_room_presenting typed seven, in each of its
    fourteen tests: 44 s of the suite's time). Tests of typing itself press keys."""
    await _handled(app, events.Paste(text))


async def enter_text(pilot: Pilot, text: str) -> None:
    """`text` into the focused box as `type_text` leaves it, lines ended by Enter, but each line
    pasted (`paste`) rather than typed key by key: for a test's set-up, where what is in the
    box matters and not the typing. A text area takes the whole text, its line breaks too, in
    one paste. Typing a test's set-up letter by letter was some 9,500 of the functional
    tests' 14,400 keys (stop 59)."""
    from textual.widgets import TextArea

    app = pilot.app
    if isinstance(app.focused, TextArea):
        await paste(app, text)
        return
    *ended, last = text.split("\n")
    for line in ended:
        if line:
            await paste(app, line)
        await pilot.press("enter")
    if last:
        await paste(app, last)


async def fill_boxes(pilot: Pilot, *texts: str) -> None:
    """Each of `texts` into a box in turn, from the focused one on, Tab between (each pasted,
    as by `enter_text`; an empty text leaves its box as it is): a form's boxes filled for a
    test's set-up, an action's What, Owner and Due, say. Enter (adding it) is the test's own."""
    for n, text in enumerate(texts):
        if n:
            await pilot.press("tab")
        await enter_text(pilot, text)


async def _handled(app: App[object], event: events.Key | events.Paste) -> bool:
    """`event` posted to the app as its terminal's driver posts it, and waited for through the
    app's key reader (`ReflectApp.keys`) until it, and what it set going, has been handled;
    False where the app is closing."""
    from reflect.ui.app import ReflectApp
    from reflect.ui.key_order import caught_up

    assert isinstance(app, ReflectApp)
    event.set_sender(app)
    if not app.post_message(event):
        return False
    await caught_up(app, asyncio.get_running_loop().time() + 30)  # handed to the reader
    await app.keys.handled()
    return True


@contextmanager
def frames_held(screen: Screen[Any]) -> Iterator[None]:
    """No frame of `screen` comes meanwhile, its layout neither (drawn, and laid out, once
    this ends): keys pressed in it all arrive before the next frame, as on a busy machine,
    where a race with the frame is lost now and then, and here every time."""
    timer = screen._update_timer
    frame = timer._callback
    timer._callback = lambda: None
    try:
        yield
    finally:
        timer._callback = frame
        timer.resume()


@asynccontextmanager
async def queue_held(node: MessagePump) -> AsyncIterator[None]:
    """`node` handles nothing meanwhile, and does none of the work it leaves for when its
    queue is empty (a DataTable measuring the rows added to it), as on a busy machine, where
    it comes after the screen's next frame now and then, and here every time. (Keys go in by
    `press_in_order`: Textual's `pilot.press` waits for every widget on the screen.)"""
    go_on = asyncio.Event()

    async def busy() -> None:
        await go_on.wait()

    node.call_later(busy)
    try:
        yield
    finally:
        go_on.set()


def key_event(key: str) -> events.Key:
    """The Key event Textual's pilot sends for `key` (a key name or a single character)."""
    import unicodedata

    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    character: str | None
    try:
        character = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        character = key if len(key) == 1 else None
    return events.Key(key, character)


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key (newlines as Enter)."""
    await pilot.press(*["enter" if ch == "\n" else ch if ch != " " else "space" for ch in text])


def shown(widget: object) -> str:
    """The text a Static widget shows (rendered, as plain text)."""
    import io

    from rich.console import Console

    content = widget.content  # type: ignore[attr-defined]
    if hasattr(content, "plain"):
        return content.plain
    console = Console(width=300, record=True, file=io.StringIO(), color_system=None)
    console.print(content)
    return console.export_text()


async def start_new(pilot: Pilot, mode: str = "team", title: str = "Invented session",
                    team: str = "", people: str = "", facilitator: str = ""):  # type: ignore[no-untyped-def]
    """From the start screen: a new session on the highlighted review, with the details the
    new-session form would hand over for these boxes, started the app's own way
    (`create_session`: the file written, last time's actions gathered, the session locked and
    opened). Returns the walkthrough screen once it is open for editing.

    Opening and filling the form cost each test that needed a session some 0.2-0.4 s of CPU
    (the 122 tests of the files using this: 6m00s of CPU, then 5m13s and 5m36s); the form is
    tested in test_new_session_team, test_footer_keys and test_session_flow."""
    from reflect.model.session import Participant, Timing
    from reflect.ui.screens.start import StartScreen

    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                   and app.library is not None)  # type: ignore[attr-defined]
    start = app.screen
    chosen = start.selected_review()  # type: ignore[attr-defined]
    team_mode = mode == "team"
    start.create_session(app.library.load(chosen.id), {  # type: ignore[attr-defined]
        "mode": mode, "title": title, "team": team,
        "facilitator": facilitator if team_mode else "",
        "participants": Participant.parse_lines(people) if team_mode else [],
        "timing": Timing(minutes=0)})
    return await open_for_editing(pilot)


async def open_for_editing(pilot: Pilot):  # type: ignore[no-untyped-def]
    """Until a session's screen is on top, open for editing (its on_mount has run) and its
    first step ready for keys; returns it."""
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                   and app.screen.keeper is not None and app.focused is not None
                   and app.focused.screen is app.screen)
    return app.screen


async def start_and_go_to(pilot: Pilot, kind: str = "question"):
    """From the start screen: a new session on the highlighted review (the form's defaults,
    `start_new`), then forward to the first step of `kind` (`go_forward_to`). Returns the
    walkthrough screen."""
    screen = await start_new(pilot)
    await go_forward_to(pilot, screen, kind)
    if kind == "question":
        await focus_summary(pilot, screen)
    return screen


async def go_forward_to(pilot: Pilot, screen, kind: str) -> None:  # type: ignore[no-untyped-def]
    """The walkthrough `screen` forward to its first step of `kind` from the current one on:
    gone to the step before it as the step list goes there (`WalkthroughScreen.go`), then
    PgDn into it, so the step is shown as a walk through reaches it (its pane built ahead
    while the step before it showed). PgDn from the start showed, and built ahead, every
    step on the way: 0.15 s of CPU a test for the first question, 0.6 s for the summary,
    for steps these tests never look at (PgDn through every step is tested in
    test_step_panes, test_keys_in_order and test_session_flow)."""
    target = next(i for i, step in enumerate(screen.steps)
                  if i >= screen.index and step.kind == kind)
    app = pilot.app
    if target > screen.index + 1:
        screen.call_later(screen.go, target - 1)
        await wait_for(pilot, lambda: screen.index == target - 1
                       and app.focused is not None and app.focused.screen is screen)
    while screen.index < target:
        await pilot.press("pagedown")


async def new_session_form(pilot: Pilot):  # type: ignore[no-untyped-def]
    """From the start screen, once the library is read: Enter on the highlighted review opens
    the new-session form; returns it."""
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.start import StartScreen

    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                   and app.library is not None)  # type: ignore[attr-defined]
    await pilot.press("enter")
    # and until the form has given its first choice focus: keys sent before then reach no box
    # (a title typed straight away lost its first letters once, in a clean clone's CI run)
    await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen)
                   and app.focused is not None and app.focused.screen is app.screen)
    return app.screen


async def in_the_team_box(pilot: Pilot):  # type: ignore[no-untyped-def]
    """The new-session form, opened from the start screen, with the team box focused: the
    form and the box."""
    from textual.widgets import Input

    form = await new_session_form(pilot)
    team = form.query_one("#team", Input)
    team.focus()
    await wait_for(pilot, lambda: pilot.app.focused is team)
    return form, team


async def f8_dialog(pilot: Pilot):  # type: ignore[no-untyped-def]
    """F8 pressed on a step that offers a CPD record: its choices, open; returns them."""
    from reflect.ui.screens.cpd_choices import CpdChoicesScreen

    await pilot.press("f8")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CpdChoicesScreen))
    dialog = pilot.app.screen
    assert isinstance(dialog, CpdChoicesScreen)
    return dialog


async def typed_in_minutes(pilot: Pilot, screen: Any, text: str,
                           rubbed_out: int = 0):  # type: ignore[no-untyped-def]
    """Into the step's box for the time to log for CPD (`#cpd-minutes`), given the focus:
    `rubbed_out` characters deleted (Backspace), then `text` typed; returns the box."""
    from reflect.ui.widgets.cpd_minutes import MinutesBox

    box = screen.query_one("#cpd-minutes", MinutesBox)
    box.focus()
    await wait_for(pilot, lambda: pilot.app.focused is box)
    await pilot.press(*["backspace"] * rubbed_out)
    await type_text(pilot, text)
    return box


async def start_whose(pilot: Pilot, *typed: str):  # type: ignore[no-untyped-def]
    """`a`'s question, whose the reflection after a team session is, answered: `typed` keys
    (none: the name offered kept), then Enter; returns the reflection, open."""
    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from reflect.ui.screens.whose_after import WhoseAfterScreen

    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, WhoseAfterScreen))
    await press_in_order(app, [*typed, "enter"])
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    return app.screen


async def open_part(pilot: Pilot, dialog, part: str) -> None:  # type: ignore[no-untyped-def]
    """A regulator's part of the CPD dialog (`#cpd-swe`, `#cpd-nmc`), folded away until
    something in it is chosen, opened as a person opens it: Enter on its title."""
    from textual.widgets import Collapsible
    from textual.widgets._collapsible import CollapsibleTitle

    group = dialog.query_one(part, Collapsible)
    if group.collapsed:
        group.query_one(CollapsibleTitle).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: not group.collapsed)


async def open_drop_down(pilot: Pilot, select, lines: int = 1):  # type: ignore[no-untyped-def]
    """`select` given the focus and opened with Enter, till its choices show, `lines` of them
    at least; returns the list they are in. (Its choices are given it just after it is
    mounted: under load, opened before, it showed its blank choice alone, three lines high
    with its border, and a test read it so.)"""
    from textual.widgets._select import SelectOverlay

    select.focus()
    await wait_for(pilot, lambda: pilot.app.focused is select)
    await pilot.press("enter")
    overlay = select.query_one(SelectOverlay)
    await wait_for(pilot, lambda: select.expanded and overlay.region.height >= lines
                   and overlay.option_count >= lines)
    return overlay


async def my_cpd(pilot: Pilot, sessions: int | None = None,  # type: ignore[no-untyped-def]
                 key: str = "m"):
    """`key` (m, or F9) on the start screen's library once it is read, and its `sessions`
    listed: My CPD so far, its log shown; returns the screen and the log (`CpdLog`: `said`,
    its text before it is fitted to its width)."""
    from textual.widgets import OptionList

    from reflect.ui.screens.my_cpd import CpdLog, MyCpdScreen

    app = pilot.app

    def listed() -> bool:
        return app.library is not None and (sessions is None or app.screen.query_one(
            "#sessions", OptionList).option_count == sessions)

    await wait_for(pilot, listed)
    app.screen.query_one("#reviews", OptionList).focus()
    await pilot.press(key)
    await wait_for(pilot, lambda: isinstance(app.screen, MyCpdScreen)
                   and app.screen.csv is not None)
    screen = app.screen
    assert isinstance(screen, MyCpdScreen)
    return screen, screen.query_one("#cpd-text", CpdLog)


async def focus_summary(pilot: Pilot, screen) -> None:  # type: ignore[no-untyped-def]
    """Put the cursor in the current question's free-text answer (a team's summary box; it
    is where a point typed as a paragraph goes), past the points form that has focus first."""
    from textual.widgets import TextArea

    area = screen.query_one(f"#answer-{screen.index}", TextArea)
    area.focus()
    await wait_for(pilot, lambda: pilot.app.focused is area)


async def open_saved_session(pilot: Pilot):  # type: ignore[no-untyped-def]
    """From the start screen: open the only saved session; returns the walkthrough screen."""
    from textual.widgets import OptionList

    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None  # type: ignore[attr-defined]
                   and app.screen.query_one("#sessions", OptionList).option_count == 1)
    sessions = app.screen.query_one("#sessions", OptionList)
    sessions.focus()  # (given at the next turn: Enter pressed at once went to the library's
    await wait_for(pilot, lambda: app.focused is sessions)  # list, a new session's form)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    return app.screen


def burst_keys(pilot: Pilot, keys: list[str]) -> None:
    """Send `keys` (Textual key names, or single characters) all at once, as `burst` does."""
    from textual import events

    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        character = key if len(key) == 1 else None
        event = events.Key("space" if key == " " else key, character)
        event.set_sender(pilot.app)
        driver.send_message(event)


def burst(pilot: Pilot, text: str) -> None:
    """Send `text` as a fast typist or a paste into a terminal does: every key queued at once,
    without waiting for the app between keys (newlines as Enter)."""
    from textual import events

    driver = pilot.app._driver
    assert driver is not None
    for ch in text:
        key = "enter" if ch == "\n" else "space" if ch == " " else ch
        event = events.Key(key, "\r" if ch == "\n" else ch)
        event.set_sender(pilot.app)
        driver.send_message(event)


def screen_lines(app: object) -> list[str]:
    """The whole screen as drawn (borders, rules and all), one string per row."""
    return [strip.text for strip in app.screen._compositor.render_strips()]  # type: ignore[attr-defined]


def said(app: object) -> list[str]:
    """Every message (toast) the app has said and still shows."""
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


def every_said(app: Any) -> list[str]:
    """A list of every message (toast) `app` says from now on, kept after its toast has gone
    (`app.notify` wrapped)."""
    kept: list[str] = []
    notify = app.notify

    def noting(message: object, **kw: Any) -> None:
        kept.append(str(message))
        notify(message, **kw)

    app.notify = noting
    return kept


async def enter_on_the_only_session(pilot: Pilot) -> None:
    """Once the library is read and one saved session listed on the start screen: Enter on
    it."""
    from textual.widgets import OptionList

    app = pilot.app
    sessions = app.screen.query_one("#sessions", OptionList)
    await wait_for(pilot, lambda: app.library is not None  # type: ignore[attr-defined]
                   and sessions.option_count == 1)
    sessions.focus()
    await pilot.press("enter")


async def import_dialog(pilot: Pilot):  # type: ignore[no-untyped-def]
    """From the start screen, once the library is read: the import dialog (i); returns it."""
    from reflect.ui.screens.import_review import ImportScreen

    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None)  # type: ignore[attr-defined]
    await pilot.press("i")
    await wait_for(pilot, lambda: isinstance(app.screen, ImportScreen))
    return app.screen


async def open_and_preview(pilot: Pilot, source: object,  # type: ignore[no-untyped-def]
                           until: str = "Child ZY"):
    """The import dialog (`import_dialog`) on `source`, its path typed and Enter pressed, once
    its preview says `until`; returns the dialog."""
    from textual.widgets import Input

    dialog = await import_dialog(pilot)
    dialog.query_one("#import-path", Input).value = str(source)
    await pilot.press("enter")
    preview = dialog.query_one("#import-preview")
    await wait_for(pilot, lambda: until in shown(preview))
    return dialog


async def move_block(pilot: Pilot, dialog, index: int, into: str,  # type: ignore[no-untyped-def]
                     until: str | None) -> str:
    """In the import preview `dialog`: the unplaced block `index` moved `into` a choice of
    *Move it into…* (a section's key, review_type or leave_out), once the preview says `until`
    (None: not waited for); returns what the preview says, its white space folded."""
    from textual.widgets import Button, OptionList, Select

    preview = dialog.query_one("#import-preview")
    dialog.query_one("#import-blocks", OptionList).highlighted = index
    dialog.query_one("#import-section", Select).value = into
    dialog.query_one("#import-move", Button).press()
    if until is not None:
        await wait_for(pilot, lambda: until in shown(preview))
    return " ".join(shown(preview).split())


async def save_import(pilot: Pilot, dialog) -> None:  # type: ignore[no-untyped-def]
    """The import dialog's Save button pressed, until the dialog has closed. (Pressed, not
    clicked: a click lands where the button was drawn, and under load it was drawn elsewhere
    a moment later, and the click missed it: a flaky run.)"""
    from textual.widgets import Button

    from reflect.ui.screens.import_review import ImportScreen

    dialog.query_one("#import-save", Button).press()
    await wait_for(pilot, lambda: not isinstance(pilot.app.screen, ImportScreen))


async def open_at_first_question(pilot: Pilot, people: Iterable[object], *, review_text: str,
                                 session_id: str = "s-at", team: str = "Invented team",
                                 facilitator: str | None = None) -> object:
    """A team session of the review in `review_text` with `people` (Participants) added and
    `facilitator` if given, pushed open at its first question (the point box focused)."""
    import tomllib

    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = Review.model_validate(tomllib.loads(review_text))
    session = Session.start(review, session_id, team=team)
    if facilitator is not None:
        session.facilitator = facilitator
    for person in people:
        session.add_participant(person)  # type: ignore[arg-type]
    session.current_step = "q:zz-first"
    screen = WalkthroughScreen(session, review)
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return session


async def open_point(pilot: Pilot, index: int = 0) -> Any:
    """Enter on point `index` of the points list on view, which opens it for editing in the
    point box (as a facilitator does); the list."""
    from reflect.ui.widgets.points_panel import PointList

    listed = pilot.app.screen.query_one(PointList)
    listed.focus()
    listed.highlighted = index
    await pilot.press("enter")
    return listed


async def on_person(pilot: Pilot, screen: Any, row: int) -> Any:
    """*Who is here*'s people table on `screen` given the focus, its cursor on `row`;
    returns the table."""
    from reflect.ui.widgets.tables import RowTable

    table = screen.query_one(".people-table", RowTable)
    table.focus()
    table.move_cursor(row=row)
    await wait_for(pilot, lambda: pilot.app.focused is table and table.cursor_row == row)
    return table


async def asked_to_remove(pilot: Pilot, screen: Any, row: int) -> str:
    """Delete on the person on `row` of *Who is here* (`on_person`): the question asked,
    once its dialog shows."""
    from reflect.ui.screens.confirm import ConfirmScreen

    await on_person(pilot, screen, row)
    await pilot.press("delete")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ConfirmScreen))
    question = pilot.app.screen.question  # type: ignore[attr-defined]
    assert isinstance(question, str)
    return question


def widgets_styled(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """From now on, each node Textual's stylesheet styles (`Stylesheet.apply`), as it does:
    what a focus change or a class put on a container makes it restyle."""
    from textual.css.stylesheet import Stylesheet

    styled: list[object] = []
    apply = Stylesheet.apply

    def counted(self: Stylesheet, node: Any, **kwargs: Any) -> None:
        styled.append(node)
        apply(self, node, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counted)
    return styled


async def paged_down_titled(pilot: Pilot, body: Any, title: Any, words: str) -> None:
    """PgDn through the scrolling dialog `body` down to its foot, its `title` widget (saying
    `words`) its first line inside its border on every page (`DialogTitle`, docked)."""
    def titled() -> bool:
        return words in screen_lines(pilot.app)[title.region.y] \
            and title.region.y == body.content_region.y

    await wait_for(pilot, lambda: body.max_scroll_y > 0 and titled())

    async def still_titled() -> None:
        await wait_for(pilot, titled)

    await paged_to_foot(pilot, body, still_titled)
    assert body.max_scroll_y > 0


async def paged_to_foot(pilot: Pilot, body: Any, each_page: Callable[[], Any],
                        pages: int = 8) -> None:
    """PgDn through the scrolling `body` until it is at its foot (at most `pages` times),
    awaiting `each_page()` after each page has scrolled."""
    for _ in range(pages):
        if body.scroll_y >= body.max_scroll_y:
            break
        before = body.scroll_y
        await pilot.press("pagedown")
        # (or at its foot without moving: laid out again as the key came, under load, the
        # body's foot was where it already was, and the wait ran out: 1 whole run in ~20)
        await wait_for(pilot, lambda: body.scroll_y > before
                       or body.scroll_y >= body.max_scroll_y)
        await each_page()
    assert body.scroll_y == body.max_scroll_y
