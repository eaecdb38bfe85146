"""A saved session's long title takes two lines of the start screen's list at most, cut with
"…": one of 200 characters took nine lines of it at 80x24 (a fresh-eyes trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.session import Session
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.start_rows import cut_to_lines
from tests.cpd_folder import invented_review
from tests.functional.helpers import screen_lines, wait_for

LONG = ("Moorvale Primary School safeguarding team: an invented discussion of the briefing "
        "with the deputy leads, the school nurse and the family support worker, before the "
        "spring term's training day and the invented audit of referrals")


def test_a_title_is_cut_at_a_word_to_the_lines_it_may_take() -> None:
    assert len(LONG) > 200
    cut = cut_to_lines(LONG, 28)
    assert cut.endswith("…") and LONG.startswith(cut[:-1])
    assert cut == "Moorvale Primary School safeguarding team: an…"
    assert cut_to_lines("Invented trial", 28) == "Invented trial"
    assert cut_to_lines(LONG, 0) == LONG  # (no width: whole)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_long_title_takes_two_lines_of_the_saved_sessions(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    review = invented_review(fictional_dir)
    save_session(sessions_dir, Session.start(review, "s-long", title=LONG, team="Moorvale"))
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        listed = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None  # type: ignore[attr-defined]
                       and listed.option_count == 1 and listed.region.width > 0)
        await wait_for(pilot, lambda: "…" in str(listed.get_option_at_index(0).prompt))
        title = str(listed.get_option_at_index(0).prompt).splitlines()[0]
        assert title.endswith("…") and LONG.startswith(title[:-1]), title
        rows = [row[listed.content_region.x:listed.content_region.right]
                for row in screen_lines(app)[listed.content_region.y:]]
        first, cut = next(n for n, r in enumerate(rows) if "Moorvale Primary" in r), next(
            n for n, r in enumerate(rows) if "…" in r)
        assert cut - first == 1, rows  # its title on two lines, the second ending "…"
        assert any("Moorvale" == r.strip(" ▊▎") for r in rows[cut + 1:cut + 2]), rows  # team


def test_a_title_or_team_in_wide_letters_takes_two_lines_at_most(sessions_dir: Path,
                                                                tmp_path: Path) -> None:
    """Counted in characters, a title of wide letters (漢字) took twice the lines it was
    given; and a team was never cut: one of 400 such letters took 29 lines of the list (a
    trial). Each is cut in cells, as the list breaks it, and a word broken across its lines
    keeps no space put into it."""
    from textual.content import Content

    from reflect.store.index import list_summaries
    from reflect.ui.screens.start_rows import session_option

    wide = "漢" * 400
    cut = cut_to_lines(wide, 28)
    assert len(Content(cut).wrap(28)) == 2 and cut == "漢" * 27 + "…"
    assert cut_to_lines("W" * 300, 28) == "W" * 55 + "…"
    save_session(sessions_dir, Session(id="20261207-child-zz-0000abcd", review_id="child-zz",
                                       review_title="Child ZZ", title=wide, team=wide))
    [entry] = list_summaries(sessions_dir, tmp_path / "cache").entries
    title, team, *_ = str(session_option(entry, width=28).prompt).splitlines()
    assert title == team == cut
