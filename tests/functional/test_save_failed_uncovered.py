"""The "could not save" dialog (`SaveFailedScreen`) is never covered by a message: not its
path box, its problem line nor its buttons, at any size. A trial saw a message drawn over
its buttons at 80x24, in the one moment they most needed reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.leaving import ESC_AGAIN
from reflect.ui.screens.save_failed import SaveFailedScreen
from tests.functional.helpers import open_saved_session, said, type_text, wait_for
from tests.functional.test_save_fails import break_the_folder

pytestmark = pytest.mark.usefixtures("home")  # copies go to a temp home folder


@pytest.fixture
def saved(content_dir: Path, sessions_dir: Path) -> Path:
    review = load_library(content_dir).get("child-ac")
    s = Session.start(review, new_session_id(review.id), title="Invented",
                      current_step="q:" + review.questions[0].id)
    return save_session(sessions_dir, s)


async def test_esc_again_is_taken_back_as_the_dialog_opens(
        content_dir: Path, sessions_dir: Path, saved: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"Esc again goes to the library", said by the first Esc with a point half typed, sat
    over the dialog's buttons the second Esc opened, and was untrue there: Esc stays."""
    from textual.widgets import Input

    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await open_saved_session(pilot)
            await wait_for(pilot, lambda: isinstance(app.focused, Input))
            await type_text(pilot, "An invented point half typed")
            break_the_folder(monkeypatch, sessions_dir, "read-only")
            await pilot.press("escape")
            await wait_for(pilot, lambda: ESC_AGAIN in said(app))
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            await pilot.pause()
            assert ESC_AGAIN not in said(app)
    finally:
        sessions_dir.chmod(0o700)


async def test_the_autosaves_notice_goes_as_the_dialog_says_it(
        content_dir: Path, sessions_dir: Path, saved: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The autosave's "… could not save: …", said as it failed, stayed over the dialog that
    says the same words in full on its first line."""
    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from tests.functional.helpers import focus_summary

    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            screen = await open_saved_session(pilot)
            assert isinstance(screen, WalkthroughScreen)
            await focus_summary(pilot, screen)
            break_the_folder(monkeypatch, sessions_dir, "read-only")
            await type_text(pilot, "typed as the folder broke")
            await wait_for(pilot, lambda: any("could not save" in m for m in said(app)))
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            await pilot.pause()
            assert not any("could not save" in m for m in said(app))
            assert "could not save: Permission denied" in str(
                app.screen.query_one("#save-failed").render())
    finally:
        sessions_dir.chmod(0o700)
