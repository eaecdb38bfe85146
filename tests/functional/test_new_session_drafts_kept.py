"""What reflect says of new-session forms kept as drafts (ui/screens/new_session_draft.py):
on the terminal as it ends (ui/farewell.py; quit from the form, the terminal said nothing of
it), and with two of them, one typed for review A and then one for review B.

Two drafts: a facilitator preparing two meetings expects each review to keep its own form,
neither written over nor mixed into the other, each filled back in by `n` on its own review,
and to be told of the other wherever reflect tells of drafts: A's form, filled in, said
nothing of B's."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.start import StartScreen
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, shown, wait_for

KEPT_ZZ = "The new session form on “Child ZZ” is kept: n on that review offers it back."


@pytest.fixture
def two_reviews(fictional_dir: Path) -> Path:
    """The invented library with a second review, Child YY."""
    (fictional_dir / "child-yy.toml").write_text(
        FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-yy"')
        .replace('title = "Child ZZ"', 'title = "Child YY"').replace('id = "zz-', 'id = "yy-'),
        encoding="utf-8")
    return fictional_dir


pytestmark = pytest.mark.usefixtures("started_as_reflect")


async def form_on(pilot: Pilot, review_id: str) -> NewSessionScreen:
    """`n` on the review `review_id` in the library: its new-session form, ready for keys."""
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                   and app.library is not None)  # type: ignore[attr-defined]
    reviews = app.screen.query_one("#reviews", OptionList)
    reviews.focus()
    reviews.highlighted = reviews.get_option_index(review_id)
    await pilot.press("n")
    await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen)
                   and app.focused is not None and app.focused.screen is app.screen)
    assert isinstance(app.screen, NewSessionScreen)
    return app.screen


async def type_title(pilot: Pilot, form: NewSessionScreen, title: str) -> None:
    form.query_one("#title", Input).focus()
    await enter_text(pilot, title)


async def quit_from_the_form(pilot: Pilot) -> None:
    await pilot.press("ctrl+q", "y")  # (y: Quit, what is typed being kept)
    await wait_for(pilot, lambda: not pilot.app.is_running)


async def test_quitting_from_a_form_says_it_is_kept_and_how_to_have_it_back(
        fictional_dir: Path, sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_on(pilot, "child-zz")
        await type_title(pilot, form, "Moorvale staff meeting")
        await quit_from_the_form(pilot)
    assert app.farewell(80) == [KEPT_ZZ]
    narrow = app.farewell(60)
    assert " ".join(narrow) == KEPT_ZZ and all(len(line) <= 60 for line in narrow)


async def test_the_window_closed_on_the_form_says_it_too(fictional_dir: Path,
                                                        sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_on(pilot, "child-zz")
        await type_title(pilot, form, "Moorvale staff meeting")
        app._exit_on_signal()  # what SIGTERM and SIGHUP do (said, should the terminal remain)
    assert app.farewell(80) == [KEPT_ZZ]


async def test_nothing_is_said_when_no_draft_is_kept(fictional_dir: Path, sessions_dir: Path,
                                                     tmp_path: Path) -> None:
    """Not after a form left empty, nor after one thrown away, nor where none could be
    written (a file where the drafts folder would be)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await form_on(pilot, "child-zz")
        await pilot.press("ctrl+q")  # (nothing typed: nothing asked)
        await wait_for(pilot, lambda: not app.is_running)
    assert app.farewell(80) == []

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_on(pilot, "child-zz")
        await type_title(pilot, form, "Moorvale staff meeting")
        draft = tmp_path / "drafts" / "new-session-child-zz.toml"
        await wait_for(pilot, draft.exists)
        await pilot.press("escape", "y")  # Discard
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen) and not draft.exists())
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert app.farewell(80) == []

    (tmp_path / "drafts").rmdir()
    (tmp_path / "drafts").write_text("a file where the folder should be")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_on(pilot, "child-zz")
        await type_title(pilot, form, "Moorvale staff meeting")
        app._exit_on_signal()
    assert app.farewell(80) == []


async def test_a_form_for_a_then_one_for_b_each_is_kept_and_each_names_the_other(
        two_reviews: Path, sessions_dir: Path) -> None:
    app = make_app(two_reviews, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_on(pilot, "child-zz")
        await type_title(pilot, form, "Moorvale meeting on ZZ")
        await quit_from_the_form(pilot)

    app = make_app(two_reviews, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        form = await form_on(pilot, "child-yy")  # B's form: empty, and A's named
        assert form.query_one("#title", Input).value == ""
        assert shown(form.query_one("#draft-said")) == (
            "A new session typed earlier and never started is kept as a draft on Child ZZ: "
            "n on that review offers it.")
        await type_title(pilot, form, "Moorvale meeting on YY")
        await quit_from_the_form(pilot)
    assert app.farewell(80) == [
        "The new session forms on “Child YY” and “Child ZZ” are kept: n on each review",
        "offers its form back."]

    app = make_app(two_reviews, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await form_on(pilot, "child-zz")  # A's, filled in with A's alone
        assert form.query_one("#title", Input).value == "Moorvale meeting on ZZ"
        assert shown(form.query_one("#draft-said")).endswith(
            " A new session is kept as a draft on Child YY too: n on that review offers it.")
        await pilot.press("ctrl+s")  # A started: B's still kept, and said
        await wait_for(pilot, lambda: not isinstance(app.screen, NewSessionScreen | StartScreen))
        await pilot.press("escape")
        form = await form_on(pilot, "child-yy")
        assert form.query_one("#title", Input).value == "Moorvale meeting on YY"
        assert "Child ZZ" not in shown(form.query_one("#draft-said"))
        await quit_from_the_form(pilot)
    assert app.farewell(300)[-1] == (
        "The new session form on “Child YY” is kept: n on that review offers it back.")


def test_titles_are_said_as_text(fictional_dir: Path, sessions_dir: Path) -> None:
    """A review's title is printed without its control characters (never sent to the
    terminal as they are)."""
    from reflect.store.form_drafts import DraftKeeper, FormDraft, find_drafts

    DraftKeeper(find_drafts("child-zz")).keep(FormDraft(
        review_id="child-zz", review_title="Child \x1b]52;c;ZZ\x07", title="Moorvale"))
    app: ReflectApp = make_app(fictional_dir, sessions_dir)
    [line] = app.farewell(300)
    assert "\x1b" not in line and "\x07" not in line
