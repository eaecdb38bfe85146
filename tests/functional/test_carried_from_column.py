"""Last time's actions: the From column names the meeting each came from by its day where its
title does not fit on a line, and the Selected line gives the title whole. Wrapped in its cell,
`Moorvale team meeting - Child L` took five lines a row at 60x20, and the table showed one
action at a time (about one and a half at 80x24: a new user's trial). All names here are
invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflect.model.dates import local_day
from reflect.model.due import day_cell
from reflect.model.session import Action, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.carried_panel import CarriedPanel
from tests.functional.helpers import screen_lines, shown, wait_for
from tests.functional.test_carried_progress import on_carried_table
from tests.functional.test_selected_line import whole_in_view

TITLE = "Moorvale team meeting - Child ZZ"
ACTIONS = ["Ring the invented health visitor", "Audit the invented case files",
           "Book the invented training day", "Share the briefing with the team",
           "Write to the invented nursery"]


def earlier(fictional_dir: Path, sessions_dir: Path, texts: list[str]) -> Session:
    """The invented team's earlier meeting, titled as the trial's was, with `texts` agreed."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    session = Session.start(review, new_session_id(review.id), title=TITLE,
                            team="Invented team", actions=[
                                Action(text=text, owner="Sam Sample") for text in texts])
    save_session(sessions_dir, session)
    return session


def rows_shown(app: object) -> int:
    """How many of the table's rows show on the screen (a row's first line, its status mark;
    not the hint's `○ open → …`)."""
    return sum(1 for line in screen_lines(app)
               if re.search(r"[○◐✓]\s+\w", line) and "→" not in line)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_from_column_gives_the_day_and_the_selected_line_the_title(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    held = local_day(earlier(fictional_dir, sessions_dir, ACTIONS[:2]).created)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == 2)
        for row in range(2):
            cell = str(table.get_row_at(row)[4])
            assert cell in day_cell(held), cell  # one line, the meeting's day
        what = str(table.get_row_at(0)[1])
        assert " ".join(what.split()) == ACTIONS[0], what  # What whole, and the widest
        assert table.ordered_rows[0].height == len(what.splitlines())  # (no taller)
        widths = [column.width for column in table.columns.values()]
        assert widths[1] == max(widths), widths
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "Selected:" in shown(detail))
        assert f"from “{TITLE}”" in " ".join(shown(detail).split()), shown(detail)


async def test_a_title_that_fits_is_shown_and_not_said_again(
        fictional_dir: Path, sessions_dir: Path) -> None:
    earlier(fictional_dir, sessions_dir, ACTIONS[:1])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(200, 40)) as pilot:
        screen, table = await on_carried_table(pilot)
        # (Waited for: the table is first filled before the step has its width, at 60
        # columns, and again once it has it: read between, the day showed, once in a run.)
        await wait_for(pilot, lambda: table.row_count == 1
                       and str(table.get_row_at(0)[4]) == TITLE, timeout=5)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "Selected:" in shown(detail))
        assert "from “" not in shown(detail), shown(detail)


async def test_three_actions_show_at_80x24(fictional_dir: Path, sessions_dir: Path) -> None:
    earlier(fictional_dir, sessions_dir, ACTIONS)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == len(ACTIONS))
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "Selected:" in shown(detail) and whole_in_view(detail)
                       and table.styles.max_height is not None, timeout=5)  # (held: laid out)
        await pilot.pause()
        assert rows_shown(app) >= 3, "\n".join(screen_lines(app))


async def test_an_unknown_day_leaves_the_title_cut_on_one_line(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Where the earlier session's day is not known (gone from the folder), its title, cut
    with "…", one line, and said whole on the Selected line."""
    earlier(fictional_dir, sessions_dir, ACTIONS[:1])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == 1)
        [carried] = screen.session.carried
        carried.session_held = None
        screen.query_one(CarriedPanel).show_carried()
        await wait_for(pilot, lambda: str(table.get_row_at(0)[4]).endswith("…"))
        assert "\n" not in str(table.get_row_at(0)[4])
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: f"from “{TITLE}”" in " ".join(shown(detail).split()))


async def test_at_60x20_the_first_move_gives_the_table_the_room(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """As the step opens at 60x20 its hint shows over the table, held to the five lines left;
    the first ↓ lets it go, the hint scrolls away, and three actions show (held under the
    hint, it showed one at a time however far ↓ went: a new user's trial)."""
    earlier(fictional_dir, sessions_dir, ACTIONS)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == len(ACTIONS))
        detail = screen.query_one(".carried-detail")
        hint = screen.query_one(".carried-hint")
        await wait_for(pilot, lambda: "Selected:" in shown(detail) and whole_in_view(detail)
                       and table.held_for_top, timeout=5)
        # The step from its top, the hint whole, once the table is held and it is drawn
        # (it was read a frame early under load, now and then: the step still scrolled two
        # lines down, on its way back to its top, 6 runs in 80 of three workers).
        await wait_for(pilot, lambda: whole_in_view(hint), timeout=5)
        await pilot.press("down")
        await wait_for(pilot, lambda: ACTIONS[1] in " ".join(shown(detail).split())
                       and whole_in_view(detail) and not whole_in_view(hint)
                       and table.styles.max_height is not None, timeout=5)
        await pilot.pause()
        assert rows_shown(app) >= 3, "\n".join(screen_lines(app))
        await pilot.press("down", "down")  # and so on down the table
        await wait_for(pilot, lambda: ACTIONS[3] in " ".join(shown(detail).split())
                       and whole_in_view(detail), timeout=5)
        await pilot.pause()
        assert rows_shown(app) >= 3, "\n".join(screen_lines(app))
