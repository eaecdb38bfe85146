"""Regenerate the README's screenshots from the real app (run: .venv/bin/python scripts/screenshots.py).

Uses the bundled library and an invented session in a temp folder; writes SVGs to docs/images/.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from textual.widgets import Input, TextArea

from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images"


async def wait(pilot, condition, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        if loop.time() > end:
            raise TimeoutError
        await pilot.pause(0.05)


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(REPO / "content", Path(tmp))
        async with app.run_test(size=(110, 32)) as pilot:
            await wait(pilot, lambda: app.library is not None)
            await pilot.pause(0.3)
            app.save_screenshot(str(OUT / "start.svg"))
            await pilot.press("enter")
            await pilot.pause(0.3)
            app.screen.query_one("#title", Input).value = "Tuesday team meeting"
            app.screen.query_one("#team", Input).value = "Example early help team"
            app.screen.query_one("#participants", TextArea).text = (
                "Alex Example, Health visitor, Invented Health\n"
                "Sam Sample, Social worker, Invented Council\nDesignated teacher, Invented School")
            await pilot.pause(0.2)
            app.save_screenshot(str(OUT / "new-session.svg"))
            await pilot.press("ctrl+s")
            await wait(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
            screen = app.screen
            while screen.steps[screen.index].kind != "question":
                await pilot.press("pagedown")
            await wait(pilot, lambda: isinstance(app.focused, Input))
            for text, by in (("Share the concern with the GP the same day", "p1"),
                             ("Record why, and who was told", "p2"),
                             ("Ask who else lives in the home", "")):
                app.focused.value = text
                if by:
                    screen.query_one(f"#points-{screen.index} Select").value = by
                    screen.query_one(f"#points-{screen.index} .point-text").focus()
                await pilot.press("enter")
                await pilot.pause(0.1)
            screen.query_one(f"#answer-{screen.index}", TextArea).insert(
                "An invented summary: the room agreed to act on the same day.")
            screen.query_one(f"#points-{screen.index} .point-text").focus()
            await pilot.pause(0.3)
            app.save_screenshot(str(OUT / "question.svg"))
            await pilot.press("f5")
            await pilot.pause(0.3)
            app.save_screenshot(str(OUT / "presenting.svg"))
            await pilot.press("ctrl+q")
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    asyncio.run(main())
