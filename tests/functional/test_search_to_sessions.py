"""Enter in the start screen's search box, when a saved session's title holds the whole
search and the reviews found are found only by words of their text."""

from __future__ import annotations

from textual.widgets import OptionList

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import type_text, wait_for
from tests.functional.test_search import footer_line


async def test_enter_goes_to_the_session_titled_with_the_search_not_a_review_found_by_text(
        fictional_dir, sessions_dir):
    """`/meeting one` Enter Enter opened "New session on Child H", a review found only as its
    text has the word "one", while the session titled "Invented meeting one" was listed
    beside it (a trial). Here "meeting" is in Child ZZ's text, not its title or themes."""
    from reflect.ui.screens.start import StartScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000aaaa",
                                             title="Invented meeting"))
    save_session(sessions_dir, Session.start(review, "20260102-child-zz-0000bbbb",
                                             title="Pat Example huddle"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        sessions = app.screen.query_one("#sessions", OptionList)
        await pilot.press("slash")
        await type_text(pilot, "meeting")
        await wait_for(pilot, lambda: reviews.option_count == 1
                       and not reviews.get_option_at_index(0).disabled
                       and "⏎ To the saved sessions " in footer_line(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is sessions)
        assert sessions.highlighted_option is not None
        assert sessions.highlighted_option.id.endswith("0000aaaa.toml")
        assert isinstance(app.screen, StartScreen)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.id == "20260101-child-zz-0000aaaa"


async def test_a_letter_typed_after_enter_names_a_key_of_the_saved_sessions(fictional_dir,
                                                                           sessions_dir):
    """The message for a letter typed straight after Enter named `n`, a key of the reviews,
    with the saved sessions focused, whose letter keys are `c` and `a` (a trial)."""
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000cccc",
                                             title="Sam Sample quokka"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        sessions = app.screen.query_one("#sessions", OptionList)
        await pilot.press("slash")
        await type_text(pilot, "quokka")
        await wait_for(pilot, lambda: "⏎ To the results " in footer_line(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is sessions)
        await pilot.press("x")
        await wait_for(pilot, lambda: any("was not typed" in n.message
                                          for n in app._notifications))
        said = [n.message for n in app._notifications if "was not typed" in n.message]
        assert said == ["“x…” was not typed: the search's results have the focus (↑↓ choose, "
                        "Enter opens; the letter keys, such as c, work once ↑↓ or Enter has "
                        "been pressed there). / goes back to the search."]


async def test_down_from_the_search_box_goes_back_to_the_saved_sessions_tabbed_from(
        fictional_dir, sessions_dir):
    """Tab on the saved sessions reaches the search box; ↓ there went to the reviews, and
    Enter opened a new session's form on the first, for someone who meant her session (a new
    user's trial). ↓, Esc and Enter with nothing typed go back to the list left."""
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000dddd",
                                             title="Invented own reflection"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        search = app.screen.query_one("#search")
        reviews = app.screen.query_one("#reviews", OptionList)
        sessions = app.screen.query_one("#sessions", OptionList)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is sessions)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is search
                       and "⏎ To the saved sessions " in footer_line(app))
        await pilot.press("down")
        await wait_for(pilot, lambda: app.focused is sessions)
        await pilot.press("shift+tab", "shift+tab")  # to the reviews, then the search box
        await wait_for(pilot, lambda: app.focused is search
                       and "⏎ To the reviews " in footer_line(app))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is reviews)
        await pilot.press("tab", "tab")
        await wait_for(pilot, lambda: app.focused is search)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is sessions)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.id == "20260101-child-zz-0000dddd"
