"""Where messages (Textual's toasts) are drawn: at the foot of the screen's main area, on the
right, over none of the titles (the session's at the top, the step's, the question's) and none
of the lines under it (the time line, the status line, the keys; in the presentation view the
hint and the room's line). A new user's trial: at 80x24 and 100x30 a message sat over the
session's and the step's titles, on every step, for as long as it lasted."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Header
from textual.widgets._toast import Toast

from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import go_forward_to, start_and_go_to, wait_for

SIZES = [(80, 24), (100, 30)]
LONG = ("An invented message long enough to take two or three lines of a toast, as the room's "
        "and the export's messages do, so that it reaches well into the screen.")


async def toasts_drawn(pilot, app: App[None]) -> list[Region]:  # type: ignore[no-untyped-def]
    app.notify(LONG, severity="warning", timeout=60)
    app.notify("Invented notes written: invented.md", timeout=60)
    await wait_for(pilot, lambda: len(app.screen.query(Toast)) == 2
                   and all(t.region for t in app.screen.query(Toast)))
    for _ in range(3):  # placed once the screen is laid out with them
        await pilot.pause()
    return [t.region for t in app.screen.query(Toast)]


def covered(toasts: list[Region], widgets: list[Widget]) -> list[str]:
    """The widgets (drawn, and not empty) a toast is drawn over."""
    return [f"{w!r} at {w.region}" for w in widgets if w.region
            for toast in toasts if toast.overlaps(w.region)]


@pytest.mark.parametrize("size", SIZES)
async def test_messages_on_a_step_cover_no_title_and_no_line_at_the_foot(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await start_and_go_to(pilot, "question")
        assert isinstance(screen, WalkthroughScreen)
        toasts = await toasts_drawn(pilot, app)
        pane = screen.panes[screen.index]
        kept = [screen.query_one(Header), screen.query_one("#step-title"),
                pane.query_one(".question-head"), screen.query_one("#timer"),
                screen.query_one("#status"), screen.query_one(ReflectFooter)]
        assert covered(toasts, kept) == []
        assert all(t.right == size[0] for t in toasts), toasts  # on the right, as before
        # The presentation view: its hint under the step, the keys.
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting")
                       and screen.query_one("#present-hint").region.height > 0)
        for _ in range(3):
            await pilot.pause()
        toasts = [t.region for t in screen.query(Toast) if t.region]  # drawn
        # (At 80x24 the two fit clear of the Summary box typed in only without the line above
        # the first, its margin, never drawn: they were drawn one at a time there before.)
        assert len(toasts) == 2
        assert covered(toasts, [app.focused]) == []  # type: ignore[list-item]
        kept = [screen.query_one(Header), screen.query_one("#step-title"),
                screen.query_one("#timer"), screen.query_one("#present-hint"),
                screen.query_one(ReflectFooter)]
        assert covered(toasts, kept) == []


@pytest.mark.parametrize("size", SIZES)
async def test_messages_on_the_start_screen_cover_neither_its_title_nor_its_foot(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        screen = app.screen
        toasts = await toasts_drawn(pilot, app)
        kept = [screen.query_one(Header), *screen.query(".pane-title"),
                screen.query_one("#where"), screen.query_one(ReflectFooter)]
        assert covered(toasts, kept) == []


async def placed(pilot, app: App[None], count: int = 1) -> list[Region]:  # type: ignore[no-untyped-def]
    """The regions of the `count` messages on the screen on view, once placed."""
    await wait_for(pilot, lambda: len(app.screen.query(Toast)) == count
                   and all(t.region for t in app.screen.query(Toast)))
    for _ in range(3):  # placed once the screen is laid out with them
        await pilot.pause()
    return [t.region for t in app.screen.query(Toast)]


ALL_SIZES = [(80, 24), (60, 20)]


@pytest.mark.parametrize("size", ALL_SIZES)
async def test_ctrl_c_twice_says_it_once_and_never_over_the_box_typed_in(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """At 80x24 two Ctrl+C reminders stacked over the So what? box, whose text showed only
    "It m" for some five seconds (a fresh-eyes trial)."""
    from textual.widgets import TextArea

    from tests.functional.helpers import start_new

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await start_new(pilot, mode="individual", title="Invented reflection")
        await go_forward_to(pilot, screen, "question")
        box = screen.query_one(f"#so_what-{screen.index}", TextArea)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press("I", "t", "space", "m", "ctrl+c", "ctrl+c")
        [toast] = await placed(pilot, app)  # one, not two stacked
        assert [n.title for n in app._notifications] == ["Do you want to quit?"]
        assert box.text == "It m" and box.region.height
        kept = [box, screen.query_one(Header), screen.query_one("#step-title")]
        assert covered([toast], kept) == []


@pytest.mark.parametrize("size", ALL_SIZES)
async def test_esc_with_an_action_half_typed_says_so_clear_of_its_box(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """At 60x20 "Esc again goes to the library." covered the action's What box (the step's
    advice above it, the box at the foot of the view)."""
    import tomllib

    from textual.widgets import Input

    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.ui.screens.leaving import ESC_AGAIN
    from tests.functional.test_actions_table import LONG_ADVICE

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)  # type: ignore[attr-defined]
        advice = Review.model_validate(tomllib.loads(LONG_ADVICE))
        session = Session.start(advice, "s-esc", team="Invented Team")
        session.current_step = "actions"
        screen = WalkthroughScreen(session, advice)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None
                       and isinstance(app.focused, Input))
        what = screen.query_one(".action-what", Input)
        await wait_for(pilot, lambda: app.focused is what)
        assert what.region.bottom >= screen.query_one("#walk").region.bottom - 2  # at the foot
        await pilot.press(*"Ring the", "escape")
        [toast] = await placed(pilot, app)
        assert [n.message for n in app._notifications] == [ESC_AGAIN]
        assert covered([toast], [what, screen.query_one(Header),
                                 screen.query_one("#step-title")]) == []


@pytest.mark.parametrize("size", ALL_SIZES)
async def test_over_a_dialog_messages_cover_neither_the_window_title_nor_the_dialogs(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """With the quit dialog open a message sat over the window's title ("reflect — Ch▌
    Accepted …"); at 60x20 q's reminder on the start screen sat over the help's title."""
    from reflect.ui.screens.confirm import ConfirmScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        # (q's reminder itself goes as the start screen is left now: another message)
        app.notify("Invented message: the invented library was read again.")
        await pilot.press("f1")
        await wait_for(pilot, lambda: not isinstance(app.screen, StartScreen))
        [toast] = await placed(pilot, app)
        title = app.screen.query_one("#help").children[0]
        assert toast.y >= 1 and covered([toast], [title]) == [], (toast, title.region)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        # the first message done with: the dialog's message is placed alone (this test waited
        # over three seconds for q's reminder to time out).
        app.clear_notifications()
        screen = await start_and_go_to(pilot, "question")
        app.notify("Accepted “Invented point from the room”")
        app.push_screen(ConfirmScreen("Invented question: leave the invented session?",
                                      yes="Leave", no="Stay"))
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        [toast] = await placed(pilot, app)
        question = app.screen.query(Literal).first()
        assert toast.y >= 1 and covered([toast], [question]) == [], (toast, question.region)
        assert screen.query_one(Header).region.y == 0  # (the window's title: row 0)
        # said once: not on the screen under the dialog too (drawn behind it, twice)
        assert not screen.query_one("#textual-toastrack").display


@pytest.mark.parametrize("points", [4, 9])
@pytest.mark.parametrize("size", [(80, 24), (100, 30), (60, 20)])
async def test_in_the_presentation_view_messages_cover_no_point(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int], points: int) -> None:
    """The room reads a question's points on the shared screen: at 60x20 a message covered
    the first three of four. Every row shown of them is kept clear, as the titles are (with
    nine, the list held to the room, the message goes over the box being typed in)."""
    from reflect.ui.widgets.points_panel import PointList
    from tests.functional.helpers import go_forward_to, paste, press_in_order, start_new

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented team",
                                 "Ann Example, GP, Invented Practice")
        await go_forward_to(pilot, screen, "question")
        box = screen.query_one(".point-text")
        await wait_for(pilot, lambda: app.focused is box)
        for n in range(1, points + 1):
            await paste(app, f"Invented point {n}")
            await press_in_order(app, ["enter"])
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        app.notify("An invented message long enough to take two or three lines of a toast, "
                   "as the room's do.", timeout=60)
        toasts = await placed(pilot, app)
        pane = screen.panes[screen.index]
        assert covered(toasts, [pane.query_one(PointList), screen.query_one("#step-title"),
                                pane.query_one(".question-head")]) == []
