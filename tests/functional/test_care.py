"""Care for the people in the room: a content note with a way past the case details, and a
reminder of where to get support (set in the settings file)."""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import go_forward_to, shown, start_and_go_to, wait_for


async def test_content_note_skip_and_support(fictional_dir, sessions_dir, tmp_path):
    settings = tmp_path / "own-settings.toml"
    settings.write_text('support = "Call the invented staff support line on extension 1234."\n')
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_and_go_to(pilot, "content")
        assert isinstance(screen, WalkthroughScreen) and screen.steps[screen.index].key == "intro"
        assert "Content note" in shown(screen.query_one("#content-note"))
        screen.query_one("#skip-to-learning").press()
        await wait_for(pilot, lambda: screen.steps[screen.index].key == "good-practice")
        await go_forward_to(pilot, screen, "summary")
        assert "extension 1234" in shown(screen.query_one("#support"))


async def test_default_support_message(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_and_go_to(pilot, "summary")
        assert "employee assistance programme" in shown(screen.query_one("#support"))


async def test_presentation_view_keeps_the_content_note_and_the_skip(fictional_dir,
                                                                    sessions_dir):
    """The shared screen must not open straight onto the case details: at 80x24 in
    presentation view the note and *Skip to the learning* are on screen above the text."""
    from textual.widgets import Button

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_and_go_to(pilot, "content")
        assert screen.steps[screen.index].key == "intro"
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        note = screen.query_one("#content-note")
        skip = screen.query_one("#skip-to-learning", Button)
        await wait_for(pilot, lambda: note.display and skip.display
                       and note.region.height > 0 and skip.region.height > 0)
        assert "Content note" in shown(note)
        for widget in (note, skip):  # visible in the pane's window, not scrolled away
            assert widget.region.y + widget.region.height <= 24
        assert note.region.y < screen.query_one(".blocks").region.y
        assert "Ctrl+L" in str(skip.label)
        await pilot.press("ctrl+l")  # the key the button names, in presentation view
        await wait_for(pilot, lambda: screen.steps[screen.index].key == "good-practice")
        await pilot.press("ctrl+l")  # past the case details already: it stays (and says so)
        await pilot.pause()
        assert screen.steps[screen.index].key == "good-practice"


async def test_the_support_reminder_is_read_from_the_settings_read_at_start(
        fictional_dir, sessions_dir, tmp_path, monkeypatch):
    """The summary read the settings file again as it was drawn, on the UI thread (a slow
    disk froze the screen); the app reads it once, at start."""
    import threading

    import reflect.store.settings as settings_module

    read_on_ui: list[object] = []
    real = settings_module.load_settings

    def recording(path):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            read_on_ui.append(path)
        return real(path)

    settings = tmp_path / "own-settings.toml"
    settings.write_text('support = "Ring the Invented Council support line."\n')
    app = make_app(fictional_dir, sessions_dir, settings)
    monkeypatch.setattr(settings_module, "load_settings", recording)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_and_go_to(pilot, "summary")
        assert "Invented Council support line" in shown(screen.query_one("#support"))
    assert read_on_ui == []


SHORT_INTRODUCTION = FICTIONAL_REVIEW.replace(  # an invented review with a short introduction:
    # its notes box a line below the fold at 100x30
    'context = ["An invented context point."]',
    'context = ["An invented context point.", '
    '"A second invented context point about an invented school."]')


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (110, 36)])
@pytest.mark.parametrize("mode", ["individual", "team"])
async def test_the_content_note_is_in_view_as_the_introduction_opens(tmp_path, size, mode):
    """A reflection on a review with a short introduction opened at 100x30 with its view
    starting at *Skip to the learning*: the content note above it was off screen (a new
    user's trial). The screen's first Resize, at the size it already had, was taken for the
    terminal made smaller, and the notes box (a line of it below the fold) scrolled whole."""
    import tomllib

    from reflect.model.review import Review
    from reflect.model.session import Session

    review = Review.model_validate(tomllib.loads(SHORT_INTRODUCTION))
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review, f"s-care-{mode}", mode=mode)
        session.current_step = "intro"  # a reflection's first step; a team's, resumed
        screen = WalkthroughScreen(session, review)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and screen.index in screen.panes
                       and app.focused is screen.panes[screen.index].query_one(".notes"))
        await pilot.pause()
        pane = screen.panes[screen.index]
        note = pane.query_one("#content-note")
        assert pane.scroll_y == 0
        assert pane.region.y <= note.region.y and note.region.bottom <= pane.region.bottom
