"""My reflection after a team session (`a` on the start screen) is written only once something
is typed into it, as plain mode keeps a fresh session: each `a` wrote a new session file at
once, so `a` pressed twice, or a reflection left straight away, left empty sessions in the
list."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, TextArea

from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.screens.whose_after import WhoseAfterScreen
from tests.functional.helpers import said, start_whose, type_text, wait_for


def team_with_a_point(review: Review) -> Session:
    """A team's meeting on `review`, Pat Example's point made on its first question."""
    team = Session.start(review, new_session_id(review.id), title="Invented team meeting",
                         participants=[Participant.parse("Pat Example, Health visitor, "
                                                         "Invented Trust")])
    team.answer("zz-first").points = [  # type: ignore[union-attr]
        Point(text="Ask who else lives in the invented home", by="p1")]
    return team


def _team(folder: Path, sessions: Path) -> Session:
    review = load_library(folder).get("child-zz")
    assert review is not None
    team = team_with_a_point(review)
    save_session(sessions, team)
    return team


def _files(sessions: Path) -> set[str]:
    return {p.name for p in sessions.iterdir()}


async def _after_pressed(pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """`keys` (each `a`, say) pressed on the one saved session, and every reflection they
    started, opened: the workers that read the team session and start the reflection done."""
    app = pilot.app
    sessions = app.screen.query_one("#sessions", OptionList)
    await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
    sessions.focus()
    if keys == ("a", "a"):
        # Twice before the first has opened: both presses in one turn of the app. (Pressed as
        # keys, the second could come once the reflection was open, and was typed into its
        # first box, as keys typed ahead are: "a" in the notes, and the file written.)
        app.screen.action_reflect_after()
        app.screen.action_reflect_after()
    else:
        await pilot.press(*keys)
    await app.workers.wait_for_complete([w for w in app.workers if w.group == "after"])
    await wait_for(pilot, lambda: isinstance(app.screen, WhoseAfterScreen))
    await pilot.press("enter")  # whose it is: the name offered
    await app.workers.wait_for_complete([w for w in app.workers if w.group == "create"])
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                   and app.screen.keeper is not None)


async def test_a_reflection_after_left_at_once_leaves_nothing(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    team = _team(fictional_dir, sessions_dir)
    before = _files(sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _after_pressed(pilot, "a", "a")  # twice, fast: one reflection, not two
        walks = [s for s in app.screen_stack if isinstance(s, WalkthroughScreen)]
        assert len(walks) == 1
        screen = walks[0]
        assert screen.session.after is not None and screen.session.after.session_id == team.id
        await pilot.press("pagedown", "pagedown")  # moving on is not typing
        await wait_for(pilot, lambda: "saved once you type something" in str(
            screen.query_one("#status").render()))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any("Nothing is typed here yet" in m for m in said(app)))
        assert _files(sessions_dir) == before | {f".{screen.session.id}.lock"}  # its lock alone
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert _files(sessions_dir) == before  # nothing left behind, no lock file either
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.focused is sessions and sessions.option_count == 1
                       and sessions.highlighted == 0)  # the team session alone, as it was
        await pilot.press("a")  # again: a new one, still nothing on disk
        await start_whose(pilot)
    assert _files(sessions_dir) == before  # nor on quitting


async def test_a_reflection_after_is_written_once_something_is_typed(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    team = _team(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        await _after_pressed(pilot, "a")
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        while screen.steps[screen.index].key != "q:zz-first":
            await pilot.press("pagedown")
        what = screen.query_one(f"#what-{screen.index}", TextArea)
        await wait_for(pilot, lambda: app.focused is what)
        await type_text(pilot, "Invented")
        path = session_path(sessions_dir, screen.session.id)
        await wait_for(pilot, path.exists)
        await wait_for(pilot, lambda: "saved ✓" in str(screen.query_one("#status").render()))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    mine = load_session(path)
    assert mine.answer("zz-first").what == "Invented"  # type: ignore[union-attr]
    assert mine.after is not None and mine.after.session_id == team.id


async def test_a_reflection_after_keeps_the_team_it_followed(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """The reflection after a team's meeting is that team's (its team or service), so a report
    lists it under the team: it was filed under "Individual reflections (no team given)", the
    team it followed said nowhere (a learning lead's fresh-eyes trial)."""
    from reflect.report import make_report, to_markdown
    from reflect.report.gather import Filters
    from reflect.store.catalogue import load_catalogue

    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    team = team_with_a_point(review)
    team.team = "Invented Moorvale Team"
    save_session(sessions_dir, team)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        await _after_pressed(pilot, "a")
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        assert screen.session.team == "Invented Moorvale Team"
        while screen.steps[screen.index].key != "q:zz-first":
            await pilot.press("pagedown")
        await wait_for(pilot, lambda: isinstance(app.focused, TextArea))
        await type_text(pilot, "Invented")
        path = session_path(sessions_dir, screen.session.id)
        await wait_for(pilot, path.exists)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    assert load_session(path).team == "Invented Moorvale Team"
    report, _ = make_report([sessions_dir], Filters(), load_catalogue(fictional_dir),
                            tmp_path / "settings.toml", cache=tmp_path / "cache")
    text = to_markdown(report)
    assert "no team given" not in text
    by_team = text[text.index("## By team"):]
    assert "1 individual reflection" in by_team[by_team.index("### Invented Moorvale Team"):]
