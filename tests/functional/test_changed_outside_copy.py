"""A session whose file another program changed while it was open: reflect's own words are
kept aside in an emergency copy (store/autosave.py). The start screen and the question asked as
it is opened say so, and how the two differ (they said it was "typed while the file could not
be saved": a trial); carrying on from the copy says where the other file went and what it held
that the session now does not (nothing said so: a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.session import Session
from reflect.store.copies import REPLACED
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.copy_found import CopyFoundScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.conftest import changed_elsewhere
from tests.functional.helpers import focus_summary, open_saved_session, type_text, wait_for

pytestmark = pytest.mark.usefixtures("home")

TITLES = "the title is “Renamed by the lead” in the file, “Invented meeting” in the copy"


def flat(widget: object) -> str:
    return " ".join(str(widget.render()).split())  # type: ignore[attr-defined]


async def test_a_copy_kept_aside_is_said_for_what_it_is_and_restoring_it_says_what_goes(
        fictional_dir: Path, sessions_dir: Path, home: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    path = save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-0000a51d", title="Invented meeting",
        current_step="q:zz-first"))
    app = make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        theirs = changed_elsewhere(path, 'title = "Invented meeting"',
                                   'title = "Renamed by the lead"')
        await focus_summary(pilot, screen)
        await type_text(pilot, "typed here")
        keeper = screen.keeper
        await wait_for(pilot, lambda: keeper.elsewhere is not None and not keeper.dirty)
        copy = keeper.elsewhere
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        problems = app.screen.query_one("#problems-text")
        await wait_for(pilot, lambda: "changed by another program" in flat(problems))
        said = flat(problems)
        assert "could not be saved" not in said
        assert f"They differ: {TITLES}; 1 question is answered in the copy only." in said

        app.screen.query_one("#sessions", OptionList).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        asked = flat(app.screen.query_one("#copy-question"))
        assert "could not be saved" not in asked
        assert "changed by another program (a sync, `git pull` or an editor)" in asked
        assert TITLES in asked
        assert app.screen.query_one("#restore").region.bottom <= 23  # all of it at 80x24

        await pilot.press("enter")  # carry on from the copy
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.title == "Invented meeting"
        [aside] = (sessions_dir / REPLACED).iterdir()
        told = [" ".join(n.message.split()) for n in app._notifications]
        assert any("The file changed by another program is kept in" in n
                   and aside.name in n.replace(" ", "") and
                   "What the file holds that the copy does not is now not in the session "
                   f"({TITLES})." in n for n in told), told
    assert aside.read_bytes() == theirs
    assert copy is not None and copy.exists()
