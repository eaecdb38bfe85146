"""The app says once that anyone using this computer can look into the sessions folder
chosen for it, and changes nothing there (store/folder_access.py). All data invented."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reflect.ui.app import make_app
from tests.functional.helpers import said, shown, wait_for

OPEN = "Anyone using this computer can list the sessions folder"
WHOLE = "anyone using this computer can list it, and read a session file git or a sync tool"


def where(app: object) -> str:
    from reflect.ui.widgets.literal import Literal

    return shown(app.screen.query_one("#where", Literal))  # type: ignore[attr-defined]


async def test_the_app_says_an_open_sessions_folder_once(
        fictional_dir: Path, open_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Said once, whole, on the start screen's line under the lists: a message of 8 lines (12
    at 60x20) covered the library's list as it was searched (a learning lead's trial)."""
    from reflect.store import folder_access

    looked: list[str | None] = []
    real = folder_access.said_once

    def said_once(folder: Path, cache: Path | None = None) -> str | None:
        looked.append(real(folder, cache))
        return looked[-1]

    monkeypatch.setattr(folder_access, "said_once", said_once)
    app = make_app(fictional_dir, open_folder)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: WHOLE in " ".join(where(app).split()))
        assert f"{open_folder} (open to others, 755: anyone" in where(app)
        assert "750 to its group" in where(app) and not said(app)
    assert stat.S_IMODE(open_folder.stat().st_mode) == 0o755
    app = make_app(fictional_dir, open_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: len(looked) == 2 and "chmod 700" in where(app))
        assert looked[1] is None and WHOLE not in " ".join(where(app).split())


async def test_the_start_screen_says_it_beside_the_folder_at_every_start(
        fictional_dir: Path, open_folder: Path) -> None:
    """Said once, it was missed (a learning lead's trial): the line naming the sessions folder
    says it at every start, while the folder is open."""
    for _ in range(2):
        app = make_app(fictional_dir, open_folder)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: "keeps it to you" in where(app))
            assert f"Sessions are saved in: {open_folder} (open to others, 755: " in where(app)
    open_folder.chmod(0o700)
    app = make_app(fictional_dir, open_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None and not app.workers)
        assert where(app).endswith(f"Sessions are saved in: {open_folder}")


async def test_the_note_goes_once_the_folder_is_made_the_persons_own(
        fictional_dir: Path, open_folder: Path) -> None:
    """The note beside the folder stayed after `chmod 700`, until reflect was started again (a
    school's trial): the start screen looks at the folder again as it looks for new files
    (every two seconds)."""
    from reflect.ui.widgets.literal import Literal

    app = make_app(fictional_dir, open_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        line = app.screen.query_one("#where", Literal)
        await wait_for(pilot, lambda: "open to others, 755: " in shown(line))
        open_folder.chmod(0o700)
        await wait_for(pilot, lambda: shown(line).endswith(
            f"Sessions are saved in: {open_folder}"))
        assert app.sessions_open is None


async def test_said_short_once_a_screen_opens_over_the_start_screen(
        fictional_dir: Path, open_folder: Path) -> None:
    """Said whole until the person moves on: as a message, it covered the new-session form
    and then the session's Who is here (two trials); the line says it short when they come
    back."""
    from reflect.ui.screens.new_session import NewSessionScreen

    app = make_app(fictional_dir, open_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: WHOLE in " ".join(where(app).split())
                       and app.library is not None)
        start = app.screen
        await pilot.press("enter")  # a new session on the review highlighted
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is start)
        assert "open to others, 755: chmod 700" in where(app)
        assert WHOLE not in " ".join(where(app).split())


async def test_reflect_open_says_it_once_the_start_screen_shows_it(
        fictional_dir: Path, open_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`reflect open SESSION` counted the note as said as the app started, the session on
    screen where nothing shows it, and the start screen after it said it short: never read
    whole (a learning lead's trial). Looked at, and counted, once the start screen says it."""
    from reflect.model.session import Session
    from reflect.store import folder_access
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session
    from reflect.ui.screens.start import StartScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    looked: list[str | None] = []
    real = folder_access.said_once
    monkeypatch.setattr(folder_access, "said_once", lambda folder, cache=None: looked.append(
        real(folder, cache)) or looked[-1])
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "20260101-child-zz-0000cafe", title="Invented meeting")
    save_session(open_folder, session)
    app = make_app(fictional_dir, open_folder)
    app.first_session = (session, review, None, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.focused is not None)
        await pilot.pause()
        assert looked == []  # (nothing on screen says it)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and WHOLE in " ".join(where(app).split()))
        assert len(looked) == 1 and looked[0] is not None
