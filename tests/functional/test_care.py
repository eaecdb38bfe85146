"""Care for the people in the room: a content note with a way past the case details, and a
reminder of where to get support (set in the settings file)."""

from __future__ import annotations

from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import shown, start_and_go_to, wait_for


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
        while screen.steps[screen.index].kind != "summary":
            await pilot.press("pagedown")
        assert "extension 1234" in shown(screen.query_one("#support"))


async def test_default_support_message(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_and_go_to(pilot, "summary")
        assert "employee assistance programme" in shown(screen.query_one("#support"))
