"""Back on the start screen after an import in the app: the review just imported is the one
selected, in view, the focus on the library's list. All invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from reflect.ui.app import make_app
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import open_and_preview, save_import, screen_lines, wait_for
from tests.unit.test_cli import BRIEFING


def library_of(folder: Path, n: int) -> Path:
    """`n` invented reviews, Child T01 to Child Tnn: more than a list at 80x24 shows."""
    folder.mkdir()
    for i in range(1, n + 1):
        (folder / f"child-t{i:02}.toml").write_text(
            FICTIONAL_REVIEW.replace('id = "child-zz"', f'id = "child-t{i:02}"')
            .replace('title = "Child ZZ"', f'title = "Child T{i:02}"'), encoding="utf-8")
    return folder


async def imported_into(pilot, tmp_path):  # type: ignore[no-untyped-def]
    """The invented briefing imported from the start screen (i, preview, Ctrl+S): the
    reviews' list, once Child V is highlighted in it."""
    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING, encoding="utf-8")
    dialog = await open_and_preview(pilot, source, until="Child V")
    await save_import(pilot, dialog)
    reviews = pilot.app.screen.query_one("#reviews", OptionList)
    await wait_for(pilot, lambda: reviews.highlighted_option is not None
                   and reviews.highlighted_option.id == "child-v")
    return reviews


async def test_the_review_imported_is_selected_and_in_view(tmp_path, sessions_dir):
    """Back on the start screen after an import, the highlight stayed where it was and the
    new review was somewhere down the list, for the learning lead to find (a trial)."""
    folder = library_of(tmp_path / "library", 30)
    app = make_app(folder, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        reviews = await imported_into(pilot, tmp_path)
        await wait_for(pilot, lambda: reviews.option_count == 31)
        assert app.screen.focused is reviews
        assert any("Child V" in line for line in screen_lines(app))  # last of 31: scrolled to


async def test_a_search_that_hides_the_review_imported_is_emptied(fictional_dir, sessions_dir,
                                                                   tmp_path):
    """Imported while the search showed other reviews: the search is emptied, and the new
    review selected."""
    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        app.screen.query_one("#search", Input).value = "Child ZZ"
        reviews = app.screen.query_one("#reviews", OptionList)
        reviews.focus()
        dialog = await open_and_preview(pilot, source, until="Child V")
        await save_import(pilot, dialog)
        await wait_for(pilot, lambda: reviews.highlighted_option is not None
                       and reviews.highlighted_option.id == "child-v")
        assert app.screen.query_one("#search", Input).value == ""
        assert reviews.option_count == 2


async def test_the_review_imported_is_listed_past_the_lists_cap(tmp_path, sessions_dir):
    """A library of 150 and a title that sorts after them all: the list shows the first 100,
    and the new review, the 151st, was not among them, so nothing was selected for the
    learning lead to see (a trial). It is listed after them, selected and in view, and the
    note counts the rest."""
    folder = library_of(tmp_path / "library", 150)
    app = make_app(folder, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        reviews = await imported_into(pilot, tmp_path)
        assert app.screen.focused is reviews
        ids = [option.id for option in reviews.options]
        assert ids[100:] == ["child-v", None]  # (None: the note under the list)
        assert all(id_.startswith("child-t") for id_ in ids[:100])  # (T1.. as titles sort)
        await wait_for(pilot, lambda: any("Child V" in line for line in screen_lines(app)))
        assert any("…and 50 more" in line for line in screen_lines(app))
        await app.screen.load().wait()  # read again (a change in the folder): still there
        await wait_for(pilot, lambda: reviews.highlighted_option is not None
                       and reviews.highlighted_option.id == "child-v")


async def test_a_focus_moved_before_the_lists_are_read_again_stays_where_it_was_moved(
        tmp_path, sessions_dir):
    """The review imported is selected once the lists are read again, but takes the focus only
    from where it was as Import opened: moved since (to the saved sessions), Enter there
    opened a new session on the review instead (a test, once, in a whole run)."""
    folder = library_of(tmp_path / "library", 3)
    app = make_app(folder, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        start = app.screen
        reviews = start.query_one("#reviews", OptionList)
        sessions = start.query_one("#sessions", OptionList)
        start.focus_before_import = reviews  # (as Import opened)
        sessions.focus()
        await wait_for(pilot, lambda: app.focused is sessions)
        last = next(r for r in app.library.reviews if r.id == "child-t03")
        start._select_imported(last)  # (the lists read again, the import closed)
        await wait_for(pilot, lambda: reviews.highlighted_option is not None
                       and reviews.highlighted_option.id == "child-t03")
        assert app.focused is sessions
        start.focus_before_import = sessions  # not moved since Import opened: it takes it
        start._select_imported(last)
        await wait_for(pilot, lambda: app.focused is reviews)
