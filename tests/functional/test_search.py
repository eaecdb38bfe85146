"""Searching the library the way people type a review's name."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import type_text, wait_for


@pytest.mark.parametrize("query", ["Child L", "child-l"])
async def test_searching_a_review_by_its_name_lists_only_that_review(content_dir, sessions_dir,
                                                                    query):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 4)
        await pilot.press("slash")
        await type_text(pilot, query)
        await wait_for(pilot, lambda: reviews.option_count == 1)
        assert reviews.get_option_at_index(0).prompt.plain.startswith("Child L")


async def test_the_first_letter_of_a_reviews_name_finds_it(fictional_dir, sessions_dir):
    """Reviews are named by letters: typing "z" found nothing for Child ZZ (fresh-eyes trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await pilot.press("slash", "z")
        await wait_for(pilot, lambda: reviews.option_count == 1
                       and reviews.get_option_at_index(0).prompt.plain.startswith("Child ZZ"))


async def test_enter_in_an_empty_search_box_starts_nothing(fictional_dir, sessions_dir):
    """Tab from the saved sessions, then Enter, started a session on the first review (a
    trial): with nothing typed, Enter goes to the reviews and no form opens."""
    from textual.widgets import Input

    from reflect.ui.screens.start import StartScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        search = app.screen.query_one("#search", Input)
        search.focus()
        await pilot.press("enter")
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: app.focused is reviews)
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


def footer_line(app: object) -> str:
    return [strip.text for strip in app.screen._compositor.render_strips()][-1]  # type: ignore[attr-defined]


async def test_enter_in_the_search_box_goes_to_the_results(fictional_dir, sessions_dir):
    """Enter after a search that finds several goes to the results, the first highlighted:
    it opened the top match's form at once, a review the person may not have looked at (a
    trial). A second Enter, or the arrow keys and Enter, choose. The footer says which."""
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.start import StartScreen

    for name in ("Child YY", "Child XX Invented"):  # three reviews, all named "Child …"
        rid = name.lower().replace(" ", "-")
        text = (fictional_dir / "child-zz.toml").read_text(encoding="utf-8")
        (fictional_dir / f"{rid}.toml").write_text(
            text.replace('id = "child-zz"', f'id = "{rid}"')
            .replace('title = "Child ZZ"', f'title = "{name}"'), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await pilot.press("slash")
        await wait_for(pilot, lambda: "⏎ To the reviews " in footer_line(app))
        reviews.highlighted = 2  # (a highlight left lower down: Enter starts at the top)
        await type_text(pilot, "child")
        await wait_for(pilot, lambda: reviews.option_count == 3
                       and "⏎ To the results " in footer_line(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is reviews and reviews.highlighted == 0)
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)  # nothing opened
        chosen = reviews.get_option_at_index(1).id
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        assert app.screen.review.id == chosen


async def test_enter_goes_to_the_results_however_many_are_found(fictional_dir, sessions_dir):
    """Enter goes to the results for one thing found as for several: `/child l` Enter opened
    the form (one review found) and `/child i` Enter (a saved session found too) only went to
    the list, so the title and Tab typed on went to the lists' keys (a fresh-eyes trial). A
    second Enter takes it; with nothing found Enter says so. The footer says which."""
    from textual.widgets import Input

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.start import StartScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000beef",
                                             title="Quokka invented meeting"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        sessions = app.screen.query_one("#sessions", OptionList)
        await pilot.press("slash")
        await type_text(pilot, "zz")  # Child ZZ, and the saved session on it: two found
        await wait_for(pilot, lambda: reviews.option_count == 1
                       and "⏎ To the results " in footer_line(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is reviews and reviews.highlighted == 0)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        assert app.screen.review.id == "child-zz"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        search = app.screen.query_one("#search", Input)
        search.value = ""
        search.focus()
        await type_text(pilot, "quokka")  # no review: the saved session's title alone
        await wait_for(pilot, lambda: reviews.get_option_at_index(0).disabled
                       and "⏎ To the results " in footer_line(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is sessions)
        assert isinstance(app.screen, StartScreen)  # not opened: a second Enter opens it
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.id == "20260101-child-zz-0000beef"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        search.value = ""
        search.focus()
        await type_text(pilot, "nothing invented matches this")
        await wait_for(pilot, lambda: "⏎ No match " in footer_line(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("Nothing matches the search" in n.message
                                          for n in app._notifications))
        assert isinstance(app.screen, StartScreen)


async def test_the_one_review_found_waits_for_a_second_enter_and_typing_is_no_keys(
        fictional_dir, sessions_dir):
    """The trial's keys: one review found, Enter, then Tab and a title typed as if the form
    had opened. The `n` of "Invented" opened a new session on the saved sessions' review,
    titled "vented Team second meeting". Letters typed before a list key are said not typed."""
    from reflect.ui.screens.start import StartScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await pilot.press("slash")
        await type_text(pilot, "zz")
        await wait_for(pilot, lambda: "⏎ To the results " in footer_line(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is reviews)
        await pilot.press("tab", *"Invented Team second meeting")
        await wait_for(pilot, lambda: any("was not typed" in n.message
                                          for n in app._notifications))
        await pilot.press("shift+tab")  # (behind the typing: it has all been handled)
        await wait_for(pilot, lambda: app.focused is reviews)
        assert isinstance(app.screen, StartScreen)  # no form, no import, nothing opened
        # (Tab went on to the saved sessions: their letter key is named, not the reviews' n)
        assert [n.message for n in app._notifications if "was not typed" in n.message] == [
            "“I…” was not typed: the search's results have the focus (↑↓ choose, Enter "
            "opens; the letter keys, such as c, work once ↑↓ or Enter has been pressed "
            "there). / goes back to the search."]
        await pilot.press("down", "n")  # a list key: the letters are keys again
        await wait_for(pilot, lambda: not isinstance(app.screen, StartScreen))


async def test_a_key_that_finds_the_same_rows_leaves_the_lists_as_they_are(
        fictional_dir, sessions_dir):
    """Typing on while the same reviews and sessions are found does not rebuild the lists
    (with 10,000 sessions that was a third of each key's time); a key that finds others
    does, and so does reading the sessions again."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session
    from reflect.ui.screens.start_rows import ListedOptionList

    review = load_library(fictional_dir).get("child-zz")
    for n in range(3):
        save_session(sessions_dir, Session.start(review, f"20260101-child-zz-0000000{n}",
                                                 title=f"Invented meeting {n}"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        sessions = app.screen.query_one("#sessions", ListedOptionList)
        await wait_for(pilot, lambda: sessions.option_count == 3)
        rebuilt: list[str] = []
        for options in app.screen.query(ListedOptionList):
            real = options.clear_options

            def counted(real=real, name=options.id):  # type: ignore[no-untyped-def]
                rebuilt.append(name)
                return real()

            options.clear_options = counted  # type: ignore[method-assign]
        await pilot.press("slash")
        await type_text(pilot, "inv")  # each key finds all three sessions again
        await wait_for(pilot, lambda: sessions.option_count == 3)
        assert "sessions" not in rebuilt
        await type_text(pilot, "ented meeting 1")
        await wait_for(pilot, lambda: sessions.option_count == 1)
        assert rebuilt.count("sessions") == 1  # at the "1": one session found
        await pilot.press("ctrl+u")
        await wait_for(pilot, lambda: sessions.option_count == 3)
        assert rebuilt.count("sessions") == 2
        app.screen.action_reload()  # read again: new rows, drawn afresh though the same
        await wait_for(pilot, lambda: rebuilt.count("sessions") == 3)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_search_boxs_hint_shows_whole(fictional_dir, sessions_dir, size):
    """At 80 columns the hint was cut after "theme," (fresh-eyes trial)."""
    from tests.functional.helpers import screen_lines

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await wait_for(pilot, lambda: any("Search (/): title, theme, team…" in line
                                          for line in screen_lines(app)))


async def test_esc_leaves_the_search_box_for_the_reviews_found(fictional_dir, sessions_dir):
    """In the search box letters are typed, not the screen's keys (`m` searched instead of
    opening My CPD), and nothing led out of it (fresh-eyes trial as a learning lead)."""
    from textual.widgets import Input

    from reflect.ui.screens.my_cpd import MyCpdScreen
    from reflect.ui.widgets.footer import ReflectFooter

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        footer = app.screen.query_one(ReflectFooter)
        assert "To the lists" not in str(footer.render())
        await pilot.press("slash")
        await type_text(pilot, "zz")
        search = app.screen.query_one("#search", Input)
        await wait_for(pilot, lambda: "To the lists" in str(footer.render()))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is app.screen.query_one("#reviews"))
        assert search.value == "zz"  # the search kept
        await pilot.press("m")
        await wait_for(pilot, lambda: isinstance(app.screen, MyCpdScreen))
        assert search.value == "zz"


async def test_enter_on_a_list_that_found_nothing_says_so(fictional_dir, sessions_dir):
    from textual.widgets import Input

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        app.screen.query_one("#search", Input).value = "nothing is called this"
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.highlighted is None)
        reviews.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(
            "No review matches your search: empty the search box" in n.message
            for n in app._notifications))


async def test_child_a_lists_the_reviews_named_a_and_their_sessions(content_dir, sessions_dir):
    """"Child A" listed every review: "a" starts Child AC's name, and so it was taken as a
    name, matched as a whole word too, and every summary starts with the word "a". A session
    on Child L titled "… after …" was listed as well. Now it is "Child", then a word
    starting "a": Child AC alone, and the sessions on it."""
    from reflect.model.session import Session
    from reflect.store.library import load_library

    library = load_library(content_dir)
    save_session(sessions_dir, Session.start(library.get("child-ac"), "20260101-child-ac-0000beef",
                                             title="Invented team's reflection"))
    save_session(sessions_dir, Session.start(library.get("child-l"), "20260102-child-l-0000cafe",
                                             title="Child L — after the invented inquest"))
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 4 and sessions.option_count == 2)
        await pilot.press("slash")
        await type_text(pilot, "Child A")
        await wait_for(pilot, lambda: reviews.option_count == 1 and sessions.option_count == 1)
        assert reviews.get_option_at_index(0).prompt.plain.startswith("Child AC")
        assert "Invented team's reflection" in sessions.get_option_at_index(0).prompt.plain


@pytest.mark.parametrize("query", ["N", "No", "Nor", "north inv"])
async def test_a_saved_session_is_found_by_its_team_as_by_its_title(fictional_dir,
                                                                    sessions_dir, query):
    """A team's name is a session's name, as its title is: "No" found no session of the
    North Invented Team while another session's title started "No…" (a trial)."""
    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000beef",
                                             title="Invented autumn briefing",
                                             team="North Invented Team"))
    save_session(sessions_dir, Session.start(review, "20260102-child-zz-0000cafe",
                                             title="November huddle", team="South Team"))
    save_session(sessions_dir, Session.start(review, "20260103-child-zz-0000f00d",
                                             title="Invented spring briefing",
                                             team="East Invented Team"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 3)
        await pilot.press("slash")
        await type_text(pilot, query)
        expected = 1 if len(query) > 2 else 2  # "No" is November's too

        def titles() -> list[str]:
            return [sessions.get_option_at_index(i).prompt.plain.split("\n")[0]
                    for i in range(sessions.option_count)]

        await wait_for(pilot, lambda: "Invented autumn briefing" in titles()
                       and len(titles()) == expected)
        assert "Invented spring briefing" not in titles()



@pytest.mark.parametrize("query", ["[", "\\", "*", "(.*", "🙂"])
async def test_a_search_of_symbols_alone_finds_nothing_and_says_so(fictional_dir, sessions_dir,
                                                                  query):
    """Symbols alone listed every review and session, as if nothing were typed (a trial): a
    search compares letters and digits, so they find nothing, and each list says so."""
    from textual.widgets import Input

    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000beef",
                                             title="Invented [draft] briefing (*)"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        app.screen.query_one("#search", Input).value = query
        await wait_for(pilot, lambda: reviews.highlighted is None and sessions.highlighted is None)
        assert reviews.option_count == 1 and sessions.option_count == 1
        assert reviews.get_option_at_index(0).prompt.plain.startswith("No review matches")
        assert sessions.get_option_at_index(0).prompt.plain.startswith(
            "No saved session matches")
        app.screen.query_one("#search", Input).value = "  "
        await wait_for(pilot, lambda: sessions.highlighted == 0 and reviews.highlighted == 0)


async def test_f2_says_the_search_hides_every_saved_session(fictional_dir, sessions_dir):
    """F2 away from a saved session says where renaming is; with a search that hides every
    saved session it sent people to Saved sessions, where none was listed (a trial): it says
    the search hides them, and, the search cleared, where they are again."""
    from textual.widgets import Input

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.ui.screens.keys_said import RENAME_WHERE
    from tests.functional.helpers import every_said, press_in_order

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000beef",
                                             title="Invented spring briefing"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        app.screen.query_one("#search", Input).value = "nothing invented matches"
        await wait_for(pilot, lambda: sessions.highlighted is None)
        said = every_said(app)
        await press_in_order(app, ["f2"])  # on the library
        await wait_for(pilot, lambda: said == [RENAME_WHERE[2]])
        await press_in_order(app, ["escape", "f2"])  # the search cleared: one listed again
        await wait_for(pilot, lambda: said == [RENAME_WHERE[2], RENAME_WHERE[0]])


async def test_a_letter_not_typed_on_the_results_is_not_said_over_the_form_enter_opens(
        fictional_dir, sessions_dir):
    """`/zz`, Enter, `x`, Enter: the message about the `x` (the search's results have the
    focus) stayed over the new-session form the Enter opened, speaking of keys that form has
    not got (a trial). It goes as the start screen is left."""
    from reflect.ui.screens.new_session import NewSessionScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await pilot.press("slash")
        await type_text(pilot, "zz")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is reviews)
        await pilot.press("x")
        await wait_for(pilot, lambda: any("was not typed" in n.message
                                          for n in app._notifications))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        await wait_for(pilot, lambda: not any("was not typed" in n.message
                                              for n in app._notifications), timeout=3)
        await pilot.press("escape")  # the start screen again: the message is not back
        await wait_for(pilot, lambda: app.focused is reviews)
        assert not any("was not typed" in n.message for n in app._notifications)


async def test_the_hint_for_q_is_not_said_over_the_form_n_opens(fictional_dir, sessions_dir):
    """`q` on the start screen says how to quit; it stayed over the dialog opened next (the
    rename dialog, a trial), speaking of a key that dialog has not got. It goes as the start
    screen is left."""
    from reflect.ui.screens.new_session import NewSessionScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: app.focused is reviews)
        await pilot.press("q")
        await wait_for(pilot, lambda: any("To quit reflect" in n.message
                                          for n in app._notifications))
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        await wait_for(pilot, lambda: not any("To quit reflect" in n.message
                                              for n in app._notifications), timeout=3)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_name_typed_on_the_library_is_searched_for(fictional_dir, sessions_dir, size):
    """Typed on the library, where the app opens, "child zz" lost "ch" in silence, and its
    i opened Import with the rest typed into its path (a trial). A letter that is none of the
    list's keys starts a search, and the rest is typed in the box."""
    from textual.widgets import Input

    from reflect.ui.screens.start import StartScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        search = app.screen.query_one("#search", Input)
        reviews.focus()
        await wait_for(pilot, lambda: app.focused is reviews)
        await type_text(pilot, "child zz")
        await wait_for(pilot, lambda: search.value == "child zz" and app.focused is search)
        await wait_for(pilot, lambda: reviews.option_count == 1)
        assert reviews.get_option_at_index(0).prompt.plain.startswith("Child ZZ")
        assert isinstance(app.screen, StartScreen)  # no Import dialog


async def test_a_letter_on_the_saved_sessions_starts_a_new_search_and_their_keys_still_work(
        fictional_dir, sessions_dir):
    """On the saved sessions too; the search box's old words go (a new search), and a key of
    the list (c: Duplicate) is still that key."""
    from textual.widgets import Input

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.ui.screens.start import StartScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000beef",
                                             title="Invented autumn briefing",
                                             team="North Invented Team"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        search = app.screen.query_one("#search", Input)
        search.value = "autumn"
        sessions.focus()
        await wait_for(pilot, lambda: app.focused is sessions)
        await pilot.press("down")  # a session chosen: its keys on
        await type_text(pilot, "zz")  # (n, t, i, c, a are keys here)
        await wait_for(pilot, lambda: search.value == "zz" and app.focused is search)
        await wait_for(pilot, lambda: sessions.option_count == 1)
        sessions.focus()
        await wait_for(pilot, lambda: app.focused is sessions and sessions.highlighted == 0)
        await pilot.press("c")
        await wait_for(pilot, lambda: len(list(sessions_dir.glob("*.toml"))) == 2)
        assert search.value == "zz" and isinstance(app.screen, StartScreen)


async def test_esc_from_the_search_box_before_the_library_is_read_goes_to_the_reviews(
        fictional_dir, sessions_dir, monkeypatch):
    """"/" then Esc straight away, before the library was read: nothing was found because
    nothing was listed yet, and Esc took the focus to the saved sessions, where Enter then
    started nothing (a test, at 1 in 40 runs beside other work). With nothing typed, Esc goes
    to the reviews, as Enter does, and Enter there starts a session once they are listed."""
    import threading

    from textual.widgets import Input

    from reflect.ui import preload
    from reflect.ui.screens.new_session import NewSessionScreen

    gate = threading.Event()
    real = preload.read_lists  # (what the start screen's worker reads the lists by)

    def slow(*args: object) -> object:
        gate.wait(10.0)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(preload, "read_lists", slow)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        search = app.screen.query_one("#search", Input)
        search.focus()
        await wait_for(pilot, lambda: app.focused is search)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is not search)
        assert app.library is None  # (still being read)
        assert app.focused is app.screen.query_one("#reviews")
        gate.set()
        await wait_for(pilot, lambda: app.library is not None
                       and app.screen.query_one("#reviews", OptionList).highlighted is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
