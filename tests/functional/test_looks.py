"""Themes: a high-contrast theme, the choice remembered; NO_COLOR respected."""

from __future__ import annotations

from reflect.ui.app import make_app
from tests.functional.helpers import wait_for


async def test_high_contrast_theme_is_offered_and_remembered(content_dir, sessions_dir, tmp_path):
    settings = tmp_path / "settings.toml"
    app = make_app(content_dir, sessions_dir, settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        assert "reflect-high-contrast" in app.available_themes
        app.theme = "reflect-high-contrast"
        await wait_for(pilot, settings.exists)
    assert 'theme = "reflect-high-contrast"' in settings.read_text()
    app = make_app(content_dir, sessions_dir, settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        assert app.theme == "reflect-high-contrast"


async def test_no_color_is_respected(content_dir, sessions_dir, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        assert app.no_color


async def test_the_palette_offers_reflects_commands_not_textuals_puzzling_ones(
        fictional_dir, sessions_dir):
    """Textual's "Keys" showed every widget's raw keys (`ctrl+pgup Page Left`) and
    "Maximize" filled the screen with one box and no footer (a trial); "Screenshot" would
    write case notes outside the sessions folder."""
    from textual.widgets import TextArea

    from tests.functional.helpers import start_and_go_to

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        screen.query_one(TextArea).focus()
        await pilot.pause()
        assert app.focused is not None and app.focused.allow_maximize
        titles = [c.title for c in app.get_system_commands(screen)]
        assert {"Theme", "Quit", "Help"} <= set(titles)
        assert not {"Keys", "Maximize", "Screenshot"} & set(titles)
        assert titles.count("Quit") == 1


async def test_help_in_a_session_gives_a_sessions_keys_first(fictional_dir, sessions_dir):
    """F1 in a session opened on the start screen's keys (a trial)."""
    from reflect.ui.screens.help import HelpScreen
    from reflect.ui.widgets.literal import Literal
    from tests.functional.helpers import shown, start_and_go_to

    def headings(screen) -> list[str]:  # type: ignore[no-untyped-def]
        return [shown(h) for h in screen.query(".help-heading").results(Literal)]

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert headings(app.screen)[0] == "ON THE START SCREEN"
        await pilot.press("escape")
        await start_and_go_to(pilot, "question")
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert headings(app.screen) == [
            "IN A SESSION", "ON THE START SCREEN", "IN THE IMPORT PREVIEW", "EVERYWHERE"]


async def test_the_new_session_forms_box_with_focus_is_marked(fictional_dir, sessions_dir):
    """The form's boxes have no border: with focus, only the cursor showed where typing
    would go (a trial). The box with focus is tinted; the others are not."""
    from textual.widgets import Input, TextArea

    from tests.functional.helpers import new_session_form

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)
        title, team = form.query_one("#title", Input), form.query_one("#team", Input)
        people = form.query_one("#participants", TextArea)
        for box, others in ((title, (team, people)), (people, (title, team))):
            box.focus()
            await pilot.pause()
            assert all(box.styles.background != other.styles.background for other in others)
            assert len({other.styles.background for other in others}) == 1


async def test_a_buttons_focus_is_a_bar_at_its_left_with_colour_in_dialogs_and_screens(
        fictional_dir, sessions_dir, monkeypatch):
    """With colour only a shade told which button had the focus (a dialog's Keep, primary, is
    in that colour either way; the Reports screen's Update and Save buttons), which a
    facilitator on a projector could not see. Every button with the focus, in a dialog or on
    a screen, has a thick bar at its left, drawn as a character; the others a blank (one rule
    in app.tcss, as the rules without colour have)."""
    from textual.widgets import Button

    from reflect.ui.screens.confirm import ConfirmScreen
    from reflect.ui.screens.prompt import PromptScreen
    from reflect.ui.screens.reports import ReportsScreen
    from tests.functional.helpers import screen_lines

    monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        for shown in (ConfirmScreen("Delete the invented session?"),
                      PromptScreen("New title for this invented session:", "Invented", "Rename"),
                      ReportsScreen()):
            app.push_screen(shown)
            await wait_for(pilot, lambda s=shown: app.screen is s)
            buttons = list(shown.query(Button))

            def bars(buttons: list[Button] = buttons) -> list[str]:  # each label row's first cell
                lines = screen_lines(app)
                return [lines[b.region.y + b.region.height // 2][b.region.x] for b in buttons]

            for focused in buttons:
                focused.focus()
                want = ["█" if b is focused else " " for b in buttons]
                await wait_for(pilot, lambda w=want, f=bars: f() == w)
            app.pop_screen()
            await wait_for(pilot, lambda s=shown: app.screen is not s)
