"""Regenerate the pictures in docs/images/ from the real app (scripts/screenshots.py, run by
.venv/bin/python).

Writes SVGs to docs/images/ at `SIZE` (110 columns by 32 rows). Everything the app reads is in
a temp folder made for the run: a copy of the bundled library, two invented saved sessions,
and its own home, temp, settings and cache folders, so nothing of the machine's shows (the
start screen once showed the clone's path, and a warning about an emergency copy another run
had left in the temp folder). The start screen's line of folders then names that temp folder.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, Select, TextArea

from reflect.model.session import Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images"
SIZE = (110, 32)
"""The size of every picture: columns, rows."""


def private_folders(root: Path) -> tuple[Path, Path]:
    """Under `root`: the library (a copy of the bundled one) and the sessions folder, the
    app's home, temp, settings and cache pointed there too. Returns (library, sessions)."""
    for name in ("home", "temp", "cache"):
        (root / name).mkdir(mode=0o700)
    os.environ["HOME"] = str(root / "home")
    os.environ["REFLECT_SETTINGS"] = str(root / "settings.toml")
    os.environ["REFLECT_CACHE_DIR"] = str(root / "cache")
    tempfile.tempdir = str(root / "temp")  # where emergency copies are looked for too
    library = root / "library"
    shutil.copytree(REPO / "content", library)
    sessions = root / "sessions"
    sessions.mkdir(mode=0o700)
    return library, sessions


def saved_sessions(library: Path, sessions: Path) -> None:
    """Two invented sessions for the start screen to list: a team's and one person's."""
    reviews = load_library(library)
    team_review, own_review = reviews.get("child-l"), reviews.get("child-i")
    assert team_review is not None and own_review is not None
    held = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    team = Session.start(team_review, "20261124-child-l-0000d0c5", title="Team Blue huddle",
                         team="Team Blue", facilitator="Lee Madeup", created=held,
                         updated=held, participants=[
                             Participant(name="Pat Example", role="Health visitor"),
                             Participant(name="Sam Sample", role="Social worker")])
    team.answers[0].points = [Point(text="Ask who else lives in the home", by="p1")]
    own = Session.start(own_review, "20261201-child-i-0000c0de", mode="individual",
                        title="My reflection on safer sleep", facilitator="Alex Example",
                        created=held.replace(day=1, month=12), updated=held.replace(
                            day=1, month=12))
    own.answers[0].what = "An invented reflection."
    for session in (team, own):
        save_session(sessions, session, touch=False)  # (held then, never changed since)


async def wait(pilot: Pilot[Any], condition: Callable[[], object],
               timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        if loop.time() > end:
            raise TimeoutError
        await pilot.pause(0.05)


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reflect-") as tmp:
        library, sessions = private_folders(Path(tmp))
        saved_sessions(library, sessions)
        app = make_app(library, sessions)
        async with app.run_test(size=SIZE) as pilot:
            await wait(pilot, lambda: app.library is not None)
            await pilot.pause(0.3)
            app.save_screenshot(str(OUT / "start.svg"))
            await pilot.press("enter")
            await pilot.pause(0.3)
            app.screen.query_one("#title", Input).value = "Tuesday team meeting"
            app.screen.query_one("#team", Input).value = "Example early help team"
            app.screen.query_one("#facilitator", Input).value = "Lee Madeup"
            app.screen.query_one("#participants", TextArea).text = (
                "Alex Example, Health visitor, Invented Health\n"
                "Sam Sample, Social worker, Invented Council\nDesignated teacher, Invented School")
            await pilot.pause(0.2)
            app.save_screenshot(str(OUT / "new-session.svg"))
            await pilot.press("ctrl+s")
            await wait(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
            screen = app.screen
            assert isinstance(screen, WalkthroughScreen)
            while screen.steps[screen.index].kind != "question":
                await pilot.press("pagedown")
            await wait(pilot, lambda: isinstance(app.focused, Input))
            for text, by in (("Share the concern with the GP the same day", "p1"),
                             ("Record why, and who was told", "p2"),
                             ("Ask who else lives in the home", "")):
                box = app.focused
                assert isinstance(box, Input)
                box.value = text
                if by:
                    screen.query_one(f"#points-{screen.index} Select", Select).value = by
                    screen.query_one(f"#points-{screen.index} .point-text").focus()
                await pilot.press("enter")
                await pilot.pause(0.1)
            screen.query_one(f"#answer-{screen.index}", TextArea).insert(
                "An invented summary: the room agreed to act on the same day.")
            screen.query_one(f"#points-{screen.index} .point-text").focus()
            await wait(pilot, lambda: "saved ✓" in str(screen.query_one("#status").render()))
            app.save_screenshot(str(OUT / "question.svg"))
            await pilot.press("f5")
            await pilot.pause(0.3)
            app.save_screenshot(str(OUT / "presenting.svg"))
            await pilot.press("ctrl+q")
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    asyncio.run(main())
