"""A library whose every review file is broken: its list says the files could not be read (it
said `No reviews found in lib.` over `⚠ 5 files could not be read`), and the problems area's
first line says truly how many Tabs reach it (it said `Tab here`, and the first Tab went to the
saved sessions: a new user's trial). All names here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.ui.app import make_app
from tests.functional.helpers import screen_lines, wait_for


def broken_library(folder: Path) -> Path:
    folder.mkdir()
    for n in range(5):
        (folder / f"moorvale-{n}.toml").write_text(f'id = "moorvale-{n}"\ntitle = "Moorvale\n',
                                                   encoding="utf-8")
    return folder


def unspaced(words: object) -> str:
    """`words` with no spaces or line breaks (the list breaks a long path where it must)."""
    return "".join(str(words).split())


def flat(app: object) -> str:
    return " ".join(" ".join(line.strip(" ┃▊▎") for line in screen_lines(app)).split())


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_every_file_broken_is_said_and_the_tabs_counted_truly(
        tmp_path: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    library = broken_library(tmp_path / "lib")
    app = make_app(library, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: app.focused is reviews)
        assert unspaced(reviews.get_option_at_index(0).prompt) == unspaced(
            f"No review to list: none of the 5 review files in {library} could be read "
            "(see below).")
        summary = app.screen.query_one("#problems-summary")
        await wait_for(pilot, lambda: "Tab twice to read more" in str(summary.render()))
        problems = app.screen.query_one("#problems")
        await pilot.press("tab")  # the saved sessions: one more
        await wait_for(pilot, lambda: "Tab here to read more" in str(summary.render()))
        assert not problems.has_focus_within
        await pilot.press("tab")
        await wait_for(pilot, lambda: problems.has_focus_within)
        await wait_for(pilot, lambda: "to read more" not in str(summary.render()))
        assert "moorvale-0.toml: not valid TOML" in flat(app)
        app.screen.query_one("#search").focus()  # from the search box, the way back is shorter
        await wait_for(pilot, lambda: "Shift+Tab here to read more" in str(summary.render()))
        await pilot.press("shift+tab")
        await wait_for(pilot, lambda: problems.has_focus_within)


async def test_one_file_broken_is_said_alone(tmp_path: Path, sessions_dir: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "moorvale.toml").write_text('id = "moorvale"\ntitle = [\n', encoding="utf-8")
    app = make_app(library, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count > 0)
        assert unspaced(reviews.get_option_at_index(0).prompt) == unspaced(
            f"No review to list: the review file in {library} could not be read (see below).")
