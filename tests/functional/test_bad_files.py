"""A broken content file or session file is reported clearly; everything else keeps working."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from reflect.commands import command
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for


async def test_broken_files_are_listed_and_the_rest_works(content_dir, sessions_dir):
    (content_dir / "broken.toml").write_text('id = "child-x"\ntitle = [\n', encoding="utf-8")
    review = load_library(content_dir).get("child-ac")
    good = Session.start(review, new_session_id(review.id), title="Good session")
    save_session(sessions_dir, good)
    bad = sessions_dir / "20260101-child-ac-deadbeef.toml"
    bad.write_bytes(b"\x00\x01 not toml")
    before = bad.read_bytes()

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        screen = app.screen
        assert screen.query_one("#reviews", OptionList).option_count == 4
        assert screen.query_one("#sessions", OptionList).option_count == 1
        problems = screen.query_one("#problems")
        assert problems.display
        assert problems.display
        text = str(screen.query_one("#problems-text").render())
        assert "broken.toml: not valid TOML" in text
        assert "20260101-child-ac-deadbeef.toml" in text
    assert bad.read_bytes() == before


async def test_the_broken_files_names_are_in_view_at_80x24(sessions_dir):
    """With several broken files, the panel at 80x24 showed only its advice and no file's name
    (a trial): the names now come first, the advice after them."""
    import tempfile
    from pathlib import Path

    # A short folder's name, so that each problem's line fits the panel's width whole.
    with tempfile.TemporaryDirectory(prefix="r") as short:
        for n in range(5):
            (Path(short) / f"invented-broken{n}.toml").write_text(
                f'id = "invented-{n}"\ntitle = [\n', encoding="utf-8")
        await _shows_the_first_names(Path(short), sessions_dir)


async def _shows_the_first_names(content_dir, sessions_dir):  # type: ignore[no-untyped-def]
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.pause()
        # folded: one line, saying how many Tabs reach it from the library's list
        assert "⚠ 5 files could not be read: Tab twice to read more." in on_view(app)
        await _tab_to_problems(pilot, app)
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "5 files could not be read" in shown
        for n in range(3):
            assert f"invented-broken{n}.toml: not valid TOML" in shown
        text = str(app.screen.query_one("#problems-text").render())
        assert "\nIn full:\n" in text  # each whole, after
        flat = " ".join(strip.text.strip(" ┃▇▁") for strip in
                        app.screen._compositor.render_strips())
        assert "Why, in full: below (Tab to here, then ↓), or `" in flat  # and where, in view


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_where_to_read_why_in_full_is_in_view(content_dir, sessions_dir, size):
    """Four broken sessions at 80x24: each file's reason cut at the panel's edge (`not valid
    TOML in answers (the…`), and nothing in view said where the rest was (a trial); the
    saved sessions' list, empty, says why."""
    sessions_dir.mkdir(exist_ok=True)
    for n in range(4):
        (sessions_dir / f"20261204-child-ac-broken00{n}.toml").write_text(
            f'id = "invented-{n}"\ntext = [bold]"Summary words alpha beta gamma"\n',
            encoding="utf-8")
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        # The empty list says why, not "No saved sessions yet", as if none had been saved (a
        # facilitator's fresh-eyes trial).
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.listed is not None and sessions.listed[2] ==
                       "No session to list: none of the 4 session files could be read "
                       "(see below).")
        assert "No session to" in on_view(app)
        await _tab_to_problems(pilot, app)
        shown = " ".join(strip.text.strip(" ┃▇▁") for strip in
                         app.screen._compositor.render_strips())
        assert "4 files could not be read" in shown
        assert f"or `{command('list sessions')}`" in " ".join(shown.split()), shown
        assert "20261204-child-ac-broken000.toml: not valid TOML" in shown


def on_view(app) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def _tab_to_problems(pilot, app) -> None:  # type: ignore[no-untyped-def]
    """The problems area is folded to its summary line until it is Tabbed to (from the
    saved sessions)."""
    app.screen.query_one("#sessions").focus()
    await pilot.press("tab")
    await wait_for(pilot, lambda: app.screen.query_one("#problems-text").display
                   and app.screen.query_one("#problems-text").content_region.width > 0)
    await pilot.pause()


async def test_a_library_folder_that_does_not_exist_is_said_as_such(tmp_path, sessions_dir,
                                                                    monkeypatch):
    """A mistyped REFLECT_CONTENT_DIR was said as "1 file(s) could not be read … A review file
    needs correcting by whoever looks after the library" (a trial)."""
    from reflect import paths

    monkeypatch.setenv(paths.CONTENT_ENV, str(tmp_path / "mistyped-folder"))
    app = make_app(paths.content_dir(None), sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.pause()
        text = " ".join(str(app.screen.query_one("#problems-text").render()).split())
        assert (f"The review library folder {tmp_path / 'mistyped-folder'} does not exist "
                "(it was set by the environment variable REFLECT_CONTENT_DIR)") in text
        assert "importing a briefing (i) would create the folder" in text
        assert "could not be read" not in text and "needs correcting" not in text
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "⚠ the library folder does not exist" in shown  # in view at 80x24
    assert not (tmp_path / "mistyped-folder").exists()


async def test_a_review_with_a_quote_in_its_text_is_said_plainly_with_its_line(content_dir,
                                                                              sessions_dir):
    """The trial's title holding "Unseen men" in double quotes was said only as "not valid
    TOML: Unclosed array (at line 13, column 26)", and the advice was to find whoever looks
    after the library (the learning lead who had edited it). It is said as `reflect validate`
    says it, the line shown, and how to go on."""
    (content_dir / "invented.toml").write_text(
        'id = "child-yy"\ntitle = "Book onto the ISSP "Unseen men" workshop."\n',
        encoding="utf-8")
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        text = str(app.screen.query_one("#problems-text").render())
        assert (f'{content_dir / "invented.toml"}: not valid TOML in title, at line 2: a double '
                'quote (") inside text that is itself in double quotes ends the text there. Put '
                "single quotes around the text instead (as below)") in text
        assert "    could read:  title = 'Book onto the ISSP \"Unseen men\" workshop.'" in text
        assert ("Correct a review file in any text editor as its message says (the README's "
                "“Editing a review” tells how), then press r to read the library again.") in text
        assert "whoever looks after" not in text and "Unclosed" not in text
