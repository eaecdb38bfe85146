"""At 80x24 what a step opens on, and the box that has the focus, are in view: what a
person would read first is not scrolled out above, and a key pressed on a box that is out of
view acts on that box, brought into view, never on one the person has not seen (a new user's
trial)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from reflect.model.session import Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import type_text, wait_for

SMALL = (80, 24)
LONG = ("an invented point about the invented family that goes on for long enough to wrap "
        "over two or three lines of the pane at this size")


async def test_my_reflection_after_opens_a_question_on_the_teams_points(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """The team's points, from their heading, are what the question step opens on at 80x24,
    however many; typing still goes into What?, which comes into view (it was brought into view
    under the question, the points scrolled out above with nothing to say so)."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    team = Session.start(review, new_session_id("child-zz"), title="Invented team meeting",
                         participants=[Participant.parse("Pat Example, Health visitor, Trust")])
    team.answer("zz-first").points = [  # type: ignore[union-attr]
        Point(text=f"Point {n}: {LONG if n % 2 else 'a short invented one'}", by="p1")
        for n in range(1, 6)]
    save_session(sessions_dir, team)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=SMALL) as pilot:
        await wait_for(pilot, lambda: app.library is not None and app.screen.query_one(
            "#sessions", OptionList).option_count == 1)
        app.screen.query_one("#sessions", OptionList).focus()
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        while screen.steps[screen.index].key != "q:zz-first":
            await pilot.press("pagedown")
        pane = screen.panes[screen.index]
        what = pane.query_one(f"#what-{screen.index}")
        await wait_for(pilot, lambda: app.focused is what)
        await pilot.pause()
        context = pane.query_one(".after-context", Literal)
        head = pane.query_one(".question-head")
        assert str(context.render()).startswith("The team's points (Invented team meeting")
        assert head.region.bottom <= context.region.y < pane.region.bottom
        await type_text(pilot, "Invented words")
        await wait_for(pilot, lambda: what.region.y >= head.region.bottom
                       and what.region.bottom <= pane.region.bottom)
        assert app.focused is what and what.text == "Invented words"  # type: ignore[attr-defined]
