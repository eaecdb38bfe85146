"""Starting sessions from the start screen: themed sessions (t), and last time's actions
offered when a team starts again."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from reflect.model.session import Action, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.themes import ThemeItemsScreen, ThemeScreen
from reflect.ui.widgets.literal import BlocksView
from tests.functional.helpers import shown as shown_text
from tests.functional.helpers import type_text, wait_for


def _walkthrough(app):  # type: ignore[no-untyped-def]
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    return app.screen if isinstance(app.screen, WalkthroughScreen) else None


async def theme_list(pilot):  # type: ignore[no-untyped-def]
    """`t` on the start screen: the theme picker's list, once it is open."""
    app = pilot.app
    await pilot.press("t")
    await wait_for(pilot, lambda: isinstance(app.screen, ThemeScreen))
    return app.screen.query_one("#theme-list", OptionList)


async def test_themed_session_gathers_learning_from_every_tagged_review(content_dir,
                                                                        sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        themes = await theme_list(pilot)
        first = themes.get_option_at_index(0).prompt.plain
        assert first == "assertive outreach  ·  1 review, 6 questions\nChild AC"
        await type_text(pilot, "escalation")
        await wait_for(pilot, lambda: themes.option_count == 1)
        shown = themes.get_option_at_index(0).prompt.plain
        # The questions the session will ask: 11 between them, 4 asked by both in the same
        # words (the picker said 11 where the session asked 7, a trial).
        assert shown.startswith("escalation  ·  2 reviews, 7 questions")
        assert "Child H (Henry)" in shown and "Child L" in shown
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ThemeItemsScreen))
        await pilot.press("ctrl+s")  # everything it gathers, as it is
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        app.screen.query_one("#team", Input).value = "Example Street social work team"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: _walkthrough(app) is not None)
        screen = app.screen
        while screen.steps[screen.index].key != "intro":
            await pilot.press("pagedown")
        note = shown_text(screen.query_one("#content-note"))
        assert note.startswith("Content note: these reviews describe serious harm to children.")
        while screen.steps[screen.index].key != "good-practice":
            await pilot.press("pagedown")
        pane = screen.query_one(f"#pane-{screen.index}")
        practice = "\n".join(v.plain for v in pane.query(BlocksView))
        assert "from Child H (Henry)" in practice and "from Child L" in practice
        sources = {q.source for q in screen.review.questions}
        # the four questions both briefings ask in the same words are asked once (#15.15)
        assert sources == {"Child H (Henry)", "Child L", "Child H (Henry); Child L"}
        assert len(screen.review.questions) == 7  # as the picker said
        await pilot.press("ctrl+q")
    [saved] = list_sessions(sessions_dir).entries
    session = saved.session
    assert (session.review_id, session.theme) == ("theme-escalation", "escalation")
    assert session.review_title == "Theme: escalation"
    assert len(session.answers) == 7
    assert {a.source for a in session.answers} == {"Child H (Henry)", "Child L",
                                                   "Child H (Henry); Child L"}

    app = make_app(content_dir, sessions_dir)  # and it opens again from the list
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        assert "Theme: escalation" in sessions.get_option_at_index(0).prompt.plain
        sessions.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: _walkthrough(app) is not None)
        assert app.screen.review.id == "theme-escalation"
        assert app.screen.session.id == session.id
        await pilot.press("ctrl+q")


async def test_theme_list_is_navigable_and_esc_cancels(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        themes = await theme_list(pilot)
        assert themes.option_count == len(app.library.themes())
        await pilot.press("down", "down")
        assert themes.highlighted == 2
        await type_text(pilot, "no such theme anywhere")
        await wait_for(pilot, lambda: "No theme matches" in
                       themes.get_option_at_index(0).prompt.plain)
        await pilot.press("enter")  # nothing to choose: stays
        assert isinstance(app.screen, ThemeScreen)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, ThemeScreen))
    assert not sessions_dir.exists() or not list(sessions_dir.glob("*.toml"))


async def test_a_theme_mistyped_is_offered_and_right_arrow_takes_it(content_dir, sessions_dir):
    # "domestc" said only "No theme matches your search." where the command line offers the
    # review likely meant (a midwife's trial)
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        themes = await theme_list(pilot)
        await type_text(pilot, "domestc")
        await wait_for(pilot, lambda: "No theme matches" in
                       themes.get_option_at_index(0).prompt.plain)
        assert themes.get_option_at_index(0).prompt.plain == (
            "No theme matches your search: did you mean domestic abuse? → at the end of the box "
            "puts it there, and Enter takes it.")
        await pilot.press("enter")  # Enter alone takes nothing unasked
        assert isinstance(app.screen, ThemeScreen)
        await pilot.press("right")
        search = app.screen.query_one("#theme-search", Input)
        await wait_for(pilot, lambda: search.value == "domestic abuse" and
                       themes.option_count == 1 and themes.highlighted == 0)
        assert themes.get_option_at_index(0).id == "domestic-abuse"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ThemeItemsScreen))
        assert app.screen.review.title == "Theme: domestic abuse"


async def test_a_team_starting_again_gets_its_open_actions(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    earlier = Session.start(review, new_session_id(review.id), title="January huddle",
                            team="Example Street social work team", actions=[
                                Action(text="Ring the Example School", owner="Alex Example"),
                                Action(text="Already finished", status="done"),
                                Action(text="Share the invented template",
                                       status="in progress")])
    save_session(sessions_dir, earlier)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        app.screen.query_one("#team", Input).value = "example street social-work team "
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: _walkthrough(app) is not None)
        await wait_for(pilot, lambda: any(
            "2 open actions from this team's earlier sessions are at the start" in n.message
            for n in app._notifications))
        carried = app.screen.session.carried
        assert [(c.session_id, c.action_id, c.status) for c in carried] == [
            (earlier.id, "a1", "open"), (earlier.id, "a3", "in progress")]
        await pilot.press("ctrl+q")
    new = next(e.session for e in list_sessions(sessions_dir).entries if e.session.id != earlier.id)
    assert [c.text for c in new.carried] == ["Ring the Example School",
                                             "Share the invented template"]


async def test_no_team_or_nothing_open_carries_nothing(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, new_session_id(review.id), team="",
                                             actions=[Action(text="No team's action")]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter", "ctrl+s")
        await wait_for(pilot, lambda: _walkthrough(app) is not None)
        assert app.screen.session.carried == []
        assert not any("open action" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")


async def test_the_theme_search_finds_a_reviews_themes_by_its_name(content_dir, sessions_dir):
    """"Child A" is Child AC's themes (it also listed non-accidental injury: "a" starts
    "accidental"); "Child L" is Child L's, as the library's search reads a name."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        of = {name: {t for t, rs in app.library.themes().items()
                     if any(r.title == name for r in rs)} for name in ("Child AC", "Child L")}
        themes = await theme_list(pilot)

        def listed() -> set[str | None]:
            return {themes.get_option_at_index(n).id for n in range(themes.option_count)}

        await type_text(pilot, "Child A")
        await wait_for(pilot, lambda: listed() == of["Child AC"])
        await pilot.press("backspace")
        await type_text(pilot, "L")
        await wait_for(pilot, lambda: listed() == of["Child L"])


async def test_the_theme_picker_made_tiny_ends_nothing(content_dir, sessions_dir):
    """At 8 columns its list's lines had no width left for their words, and Rich's
    chop_cells raised "range() arg 3 must not be zero": reflect ended with a traceback (a
    trial). The list keeps 12 columns, the dialog cutting it off."""
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        themes = await theme_list(pilot)
        for size in ((8, 4), (8, 8), (80, 24)):
            await pilot.resize_terminal(*size)
            await wait_for(pilot, lambda size=size: app.size == size)
            await pilot.pause()
        assert app.is_running and themes.option_count
