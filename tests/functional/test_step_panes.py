"""The walkthrough's step panes: built when first shown, and ready for typing at once.

Keys are posted in one burst, as a terminal delivers fast typing: PgDn and the letters after
it are all queued before the first is handled, so the new step's box must have focus by the
time PgDn's handling ends.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Button, Input, TextArea

from reflect.model.review import Review
from reflect.model.session import CarriedAction, Session
from reflect.ui.app import make_app
from reflect.ui.panes import StepPane
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.step_list import StepList
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for

SIZE = (80, 24)


def review() -> Review:
    return Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))


def burst(app: App[None], *keys: str) -> None:
    """Queue keys all at once, without waiting for any to be handled."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def open_screen(pilot, session: Session) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    screen = WalkthroughScreen(session, review())
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return screen


async def team_session_at(pilot, sid: str, step: str):  # type: ignore[no-untyped-def]
    """A team session (`sid`) on the fictional review, opened at `step`; returns the screen."""
    session = Session.start(review(), sid, team="Invented team")
    session.current_step = step
    return await open_screen(pilot, session)


def box_text(widget: object) -> str:
    return widget.value if isinstance(widget, Input) else widget.text  # type: ignore[attr-defined]


def where_typing_goes(screen: WalkthroughScreen) -> object:
    """The box a person types into first on the current step, found by what it is."""
    i, kind = screen.index, screen.steps[screen.index].kind
    pane = screen.query_one(f"#pane-{i}")
    mode = screen.session.mode
    selector = {
        "people": ".person-name",
        "content": f"#notes-{i}",
        "question": ".point-text" if mode == "team" else f"#what-{i}",
        "actions": ".action-what",
        "differently": f"#differently-{i}",
        "summary": f"#notes-{i}",
    }[kind]
    return pane.query_one(selector, Input if selector.startswith(".") else TextArea)


@pytest.mark.parametrize("mode", ["team", "individual"])
async def test_keys_typed_straight_after_pgdn_reach_the_new_steps_box(
        tmp_path: Path, mode: str) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        session = Session.start(review(), "s-burst", mode=mode)
        session.current_step = "intro"
        screen = await open_screen(pilot, session)
        seen: set[str] = set()
        if mode == "team":  # the first step: reached by PgUp
            burst(app, "pageup", "x", "y")
            await wait_for(pilot, lambda: screen.index == 0
                           and box_text(where_typing_goes(screen)) == "xy")
            seen.add("people")
            burst(app, "pagedown")
            await wait_for(pilot, lambda: screen.index == 1)
        while screen.index < len(screen.steps) - 1:
            before = screen.index
            burst(app, "pagedown", "q", "z")
            await wait_for(pilot, lambda: screen.index == before + 1)  # noqa: B023
            box = where_typing_goes(screen)
            await wait_for(pilot, lambda: box_text(box).endswith("qz"))  # noqa: B023
            seen.add(screen.steps[screen.index].kind)
        expected = {"content", "question", "actions", "summary"}
        expected |= {"people"} if mode == "team" else {"differently"}
        assert seen == expected


async def test_space_straight_after_pgdn_reaches_last_times_actions(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        session = Session.start(review(), "s-carried", team="Invented team")
        session.carried = [CarriedAction(session_id="s-old", session_label="Earlier meeting",
                                         action_id="a1", text="Ring the invented school")]
        session.current_step = "people"
        screen = await open_screen(pilot, session)
        burst(app, "pagedown", "space")
        await wait_for(pilot, lambda: session.carried[0].status == "in progress")
        assert screen.steps[screen.index].kind == "carried"


async def test_opening_a_session_builds_its_pane_then_only_the_next_one(tmp_path: Path) -> None:
    """The current step's pane is built to be shown; once it is drawn the next step's is built,
    hidden, so PgDn only shows it; never more than one step ahead."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-lazy", "q:zz-second")
        here = screen.index
        assert f"pane-{here}" in [p.id for p in screen.query(StepPane)]
        await wait_for(pilot, lambda: len(screen.query(StepPane)) == 2)
        await pilot.pause()
        built = {p.id: p.display for p in screen.query(StepPane)}
        assert built == {f"pane-{here}": True, f"pane-{here + 1}": False}
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: len(screen.query(StepPane)) == 3)
        assert screen.panes[here + 1].display and not screen.panes[here + 2].display
        await pilot.press("pageup")  # back: the pane built before is shown again
        await wait_for(pilot, lambda: screen.steps[screen.index].key == "q:zz-second")
        await pilot.pause()
        assert len(screen.query(StepPane)) == 3


async def test_keys_after_pgdn_reach_a_pane_built_ahead(tmp_path: Path) -> None:
    """PgDn onto a pane built ahead gives it focus at once: the letters typed straight after
    it go into its first box, not the pane left."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-ahead", "q:zz-first")
        here = screen.index
        await wait_for(pilot, lambda: here + 1 in screen.panes)
        burst(app, "pagedown", "Z", "e", "d")
        await wait_for(pilot, lambda: box_text(where_typing_goes(screen)) == "Zed")
        assert screen.index == here + 1
        assert screen.panes[here].query_one(".point-text", Input).value == ""


async def test_a_pane_built_ahead_is_read_only_in_a_read_only_session(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        session = Session.start(review(), "s-ahead-ro", team="Invented team")
        session.current_step = "q:zz-first"
        screen = WalkthroughScreen(session, review(), read_only="an invented reason")
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and screen.index + 1 in screen.panes)
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.panes[screen.index].display)
        assert all(area.read_only for area in screen.panes[screen.index].query(TextArea))
        assert screen.panes[screen.index].read_only


async def test_tab_typed_fast_moves_on_before_the_next_letters(tmp_path: Path) -> None:
    """Tab is handled as it arrives, not after the letters typed before it have bubbled up:
    what is typed after it goes into the next box."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-tab", "people")
        burst(app, "A", "n", "n", "tab", "N", "u", "r", "s", "e")
        role = screen.query_one(".person-role", Input)
        await wait_for(pilot, lambda: role.value == "Nurse")
        assert screen.query_one(".person-name", Input).value == "Ann"


@pytest.mark.parametrize("key", ["intro", "recommendations"])
async def test_letters_typed_while_reading_a_section_go_into_its_notes(
        tmp_path: Path, key: str) -> None:
    """The notes box sits below the section's text: a person reading the text (which has
    focus, so the arrow keys scroll it) who starts typing writes into the notes box."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-read", key)
        session = screen.session
        pane = screen.query_one(f"#pane-{screen.index}", StepPane)
        pane.focus()
        await wait_for(pilot, lambda: app.focused is pane)
        burst(app, "down", "N", "o", "t", "e")
        notes = pane.query_one(f"#notes-{screen.index}", TextArea)
        await wait_for(pilot, lambda: notes.text.endswith("Note"))
        assert app.focused is notes
        assert session.notes[key].endswith("Note")


async def test_arrows_in_an_empty_notes_box_read_the_section_above_it(tmp_path: Path) -> None:
    """A long section at 80x24: the notes box (where typing goes) is below the screen; ↓ and ↑
    scroll the section's text, as the README says, rather than doing nothing in the empty box;
    the box keeps the focus, and a line typed into it still moves with the arrows."""
    long = FICTIONAL_REVIEW + "".join(
        f'\n[[good_practice]]\ntitle = "Invented strength {n}"\n'
        f'text = "{"An invented point that takes a line or two to say. " * 2}"\n'
        for n in range(8))
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        session = Session.start(Review.model_validate(tomllib.loads(long)), "s-read",
                                mode="individual")
        session.current_step = "good-practice"
        screen = WalkthroughScreen(session, Review.model_validate(tomllib.loads(long)))
        pilot.app.push_screen(screen)
        await wait_for(pilot, lambda: pilot.app.screen is screen
                       and pilot.app.focused is not None)
        pane = screen.query_one(f"#pane-{screen.index}", StepPane)
        notes = where_typing_goes(screen)
        assert pilot.app.focused is notes and pane.scroll_y == 0
        await pilot.press("down", "down", "down")
        assert pane.scroll_y == 3 and pilot.app.focused is notes
        await pilot.press("up", "up")
        assert pane.scroll_y == 1
        await pilot.press("a", "enter", "b", "up")  # two lines typed: ↑ moves the cursor
        assert notes.cursor_location == (0, 1)  # type: ignore[attr-defined]


async def test_a_reflection_opened_again_carries_on_in_the_first_empty_box(tmp_path: Path):
    """A practitioner wrote What? and left; opened again at that question, the cursor is in
    So what? (it was in What?, and the next words went onto the end of the first answer)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        session = Session.start(review(), "s-again", mode="individual")
        session.current_step = "q:zz-first"
        answer = session.answer("zz-first")
        assert answer is not None
        answer.what = "An invented first thought."
        screen = await open_screen(pilot, session)
        assert pilot.app.focused is screen.query_one(f"#so_what-{screen.index}", TextArea)
        await pilot.press("x")
        assert answer.so_what == "x" and answer.what == "An invented first thought."


@pytest.mark.paints_every_frame  # reads what painting works out
async def test_a_move_of_focus_sends_the_boxes_it_moves_between_not_the_whole_screen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Textual sends the whole screen to the terminal again when focus moves (its
    `Screen.focused` repaints the screen), and each PgDn moves focus: composing and sending
    100x30 cells for a changed box. Now only what changed is sent: the boxes focus leaves and
    enters (their focus styles), never the title bar."""
    from textual._compositor import Compositor

    full: list[bool] = []
    sent: list[Region] = []
    whole, partial = Compositor.render_full_update, Compositor.render_partial_update

    def whole_screen(self: Compositor, *args, **kwargs):  # type: ignore[no-untyped-def]
        full.append(True)
        return whole(self, *args, **kwargs)

    def part(self: Compositor):  # type: ignore[no-untyped-def]
        sent.extend(self._dirty_regions)
        return partial(self)

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        await team_session_at(pilot, "s-focus", "q:zz-first")
        monkeypatch.setattr(Compositor, "render_full_update", whole_screen)
        monkeypatch.setattr(Compositor, "render_partial_update", part)
        for key in ("tab", "shift+tab", "tab"):
            # Under load (8 to 11, a loop of full runs) a whole screen was sent as Tab was
            # pressed by something else: the step still settling, though it had been quiet
            # for a pause. Three tries, each moving focus: without the change every move sends
            # the whole screen, so every try fails.
            for _ in range(100):  # till the step has settled: a pause with no whole screen
                full.clear()
                await pilot.pause()
                if not full:
                    break
            left = app.focused
            sent.clear()
            await pilot.press(key)
            await pilot.pause()
            if not full:
                break
        entered = app.focused
        assert entered is not None and left is not None and entered is not left
        assert not full
        assert any(r.overlaps(left.region) for r in sent)
        assert any(r.overlaps(entered.region) for r in sent)
        assert not any(r.y == 0 for r in sent)  # the title bar


async def test_esc_in_the_step_list_goes_back_into_the_step_shown(tmp_path: Path) -> None:
    """Ctrl+G, a step or two looked at, then Esc: back in the step shown, as Esc cancels a
    choice everywhere else. It left the meeting for the library, every saved session's title
    on the shared screen (a trial)."""
    from reflect.ui.widgets.step_list import StepList

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-esc", "q:zz-first")
        shown, box = screen.index, app.focused
        await pilot.press("ctrl+g", "down", "down")
        steps = screen.query_one(StepList)
        assert app.focused is steps and steps.highlighted == shown + 2
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is box)
        assert app.screen is screen and screen.index == shown
        assert steps.highlighted == shown
        await pilot.press("ctrl+g", "down", "enter")  # Enter still goes to the step chosen
        await wait_for(pilot, lambda: screen.index == shown + 1)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("mode", ["team", "individual"])
@pytest.mark.parametrize("kind", ["question", "actions"])
async def test_words_typed_straight_after_choosing_a_step_reach_its_box_whole(
        tmp_path: Path, size: tuple[int, int], mode: str, kind: str) -> None:
    """Ctrl+G, the arrows, Enter on a step, then typing at once: the first letter reached the
    step list, as the step was still being shown, and was lost (a trial: "Refresh" became
    "efresh" in an action, "Curiosity" "uriosity" in a point)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-jump", mode=mode)
        session.current_step = "intro"
        screen = await open_screen(pilot, session)
        target = next(i for i, s in enumerate(screen.steps) if s.kind == kind)
        burst(app, "ctrl+g", *["down"] * (target - screen.index), "enter", *"Refresh")
        await wait_for(pilot, lambda: screen.index == target
                       and str(getattr(app.focused, "value", getattr(app.focused, "text", "")))
                       .endswith("efresh"))
        assert app.focused is where_typing_goes(screen)
        assert box_text(app.focused) == "Refresh"


async def test_esc_in_the_step_list_goes_back_to_the_box_left_where_it_was(
        tmp_path: Path) -> None:
    """Ctrl+G from a box further down the step, then Esc: back in that box, the pane
    scrolled as it was. The step was shown again from its start, the focus in its first empty
    box (the summary), the box the facilitator was typing in scrolled away."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-esc-box", "q:zz-first")
        first = app.focused
        await pilot.press("tab", "tab")
        await pilot.pause()
        box, pane = app.focused, screen.panes[screen.index]
        assert box is not first and box is not None and pane in box.ancestors
        scrolled = pane.scroll_y
        await pilot.press("ctrl+g", "down", "escape")
        await wait_for(pilot, lambda: app.focused is not screen.query_one("#steps"))
        await pilot.pause()
        assert app.focused is box
        assert pane.scroll_y == scrolled


async def test_arrows_in_the_step_list_stop_at_its_ends(tmp_path: Path) -> None:
    """↓ on the last step went round to the first ("Who is here"), and ↑ on the first to the
    summary (a trial); the README says arrows stop at the ends, as in every list of choices."""
    from reflect.ui.widgets.step_list import StepList

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-ends", "q:zz-first")
        steps = screen.query_one(StepList)
        last = len(screen.steps) - 1
        await pilot.press("ctrl+g", "end", "down")
        await wait_for(pilot, lambda: app.focused is steps)
        assert steps.highlighted == last
        await pilot.press("home", "up")
        assert steps.highlighted == 0


async def test_opening_a_session_never_gives_the_step_list_the_focus(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the step's box is given the focus as a session opens. Textual gave it first to the
    first thing that takes it, the step list, whose focus and blur each restyled the whole
    screen (`-steps-open`): some 30 ms each, paid by every opening."""
    given: list[object] = []
    set_focus = Screen.set_focus

    def recorded(self: Screen[object], widget: Widget | None, *args: object,
                 **kwargs: object) -> None:
        given.append(widget)
        set_focus(self, widget, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "set_focus", recorded)
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-focus", "q:zz-second")
        await pilot.pause()
        assert app.focused is where_typing_goes(screen)
        assert not [w for w in given if isinstance(w, StepList)]
        assert not screen.query(".-steps-open")


async def test_the_step_takes_the_focus_back_when_what_had_it_went_under_a_dialog(
        tmp_path: Path) -> None:
    """A dialog closed over a session whose focused box went meanwhile leaves the focus in the
    step's box, not in the step list, where the next letters typed would go nowhere."""

    class Over(ModalScreen[None]):
        def compose(self) -> ComposeResult:
            yield Button("Close")

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await team_session_at(pilot, "s-resume", "q:zz-second")
        over = Over()
        app.push_screen(over)
        await wait_for(pilot, lambda: app.screen is over)
        screen.set_focus(None)  # what had it removed while the dialog was up
        app.pop_screen()
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.pause()
        assert app.focused is where_typing_goes(screen)
