"""A dialog or session that gives the focus itself as it opens is given it once, where it goes:
Textual gave it first to the first widget that takes it (a dialog's scrolling body, a session's
step list), and moving it on restyled all that widget held, twice (focus_view.GIVEN_ON_MOUNT).
The export dialog took 480 styles to open, 280 since. All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import ComposeResult
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.import_review import ImportScreen
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.room_open import OpenRoomScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.time_plan import TimePlanScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import open_saved_session, wait_for
from tests.replaced_review import answered_then_replaced


@pytest.fixture
def given(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Screen[object], Widget | None]]:
    """Each screen, with each widget it gives the focus, in order."""
    seen: list[tuple[Screen[object], Widget | None]] = []
    set_focus = Screen.set_focus

    def recorded(self: Screen[object], widget: Widget | None, *args: object,
                 **kwargs: object) -> None:
        seen.append((self, widget))
        set_focus(self, widget, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "set_focus", recorded)
    return seen


def first_given(seen: list[tuple[Screen[object], Widget | None]], kind: type) -> str | None:
    widgets = [w for screen, w in seen if isinstance(screen, kind)]
    assert widgets, f"{kind.__name__} gave nothing the focus"
    return widgets[0].id if widgets[0] is not None else None


@pytest.mark.parametrize(("key", "kind", "box"), [
    ("n", NewSessionScreen, "mode"), ("i", ImportScreen, "import-path")])
async def test_a_dialog_from_the_library_gives_the_focus_once(
        fictional_dir: Path, sessions_dir: Path, given: list[tuple[Screen[object], Widget | None]],
        key: str, kind: type, box: str) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(app.screen, kind) and app.focused is not None)
        assert app.focused is not None and app.focused.id == box
        assert first_given(given, kind) == box


@pytest.mark.parametrize(("key", "kind", "box"), [
    ("ctrl+o", ExportScreen, "format"), ("f7", TimePlanScreen, "length"),
    ("f4", OpenRoomScreen, "room-address")])
async def test_a_dialog_over_a_session_gives_the_focus_once(
        fictional_dir: Path, sessions_dir: Path, given: list[tuple[Screen[object], Widget | None]],
        key: str, kind: type, box: str) -> None:
    answered_then_replaced(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_saved_session(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.focused is not None)
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(app.screen, kind) and app.focused is not None)
        assert app.focused is not None and app.focused.id == box
        assert first_given(given, kind) == box


async def test_the_library_gives_the_focus_once_to_its_list(
        fictional_dir: Path, sessions_dir: Path,
        given: list[tuple[Screen[object], Widget | None]]) -> None:
    """The search box had the focus before the review list, at every start."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None and app.focused is not None)
        assert app.focused is not None and app.focused.id == "reviews"
        assert first_given(given, StartScreen) == "reviews"


async def test_the_library_takes_the_focus_back_to_its_list_under_a_dialog(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Shown again with nothing focused (what had it went while a dialog was up), the library
    gives the focus to the review list, where its keys work."""

    class Over(ModalScreen[None]):
        def compose(self) -> ComposeResult:
            yield Button("Close")

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None and app.focused is not None)
        start, over = app.screen, Over()
        app.push_screen(over)
        await wait_for(pilot, lambda: app.screen is over)
        start.set_focus(None)
        app.pop_screen()
        await wait_for(pilot, lambda: app.screen is start and app.focused is not None)
        assert app.focused.id == "reviews"
