"""Once the arrows move in the export dialog's formats, the whole list is kept in view with the
check's finding over it, the findings after the first said under the formats where that makes
them fit. A facilitator's trial on a shared screen at 80x24, three findings: → scrolled the
check's "CHECK: 3 likely personal details found…" out of view above a line begun
mid-sentence, with nothing saying there was more above. All names and numbers are invented."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from reflect.store.exports import FORMATS
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export_view import FINDING_ABOVE
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_export_check_lands import team_session
from tests.functional.test_export_dialog import checked_dialog
from tests.functional.test_export_formats_shown import formats_in_view


def _finding_shown(app: object) -> bool:
    """Whether the check's first line is on screen, at the dialog's left edge."""
    return any(row.startswith("█ CHECK: 3 likely personal details found")
               for row in screen_lines(app))


async def test_after_an_arrow_the_finding_stays_over_the_whole_list_at_80x24(
        fictional_dir: Path, sessions_dir: Path) -> None:
    session = team_session(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await checked_dialog(pilot, session, load_library(fictional_dir).get("child-zz"))
        finding_shown = partial(_finding_shown, app)

        await wait_for(pilot, finding_shown)
        await pilot.press("right")
        await wait_for(pilot, lambda: dialog.chosen_format == "txt" and dialog.checked
                       and sorted(formats_in_view(dialog)) == sorted(FORMATS))
        for _ in range(3):  # (the list is brought into view once laid out)
            await pilot.pause()
        await wait_for(pilot, lambda: finding_shown()
                       and sorted(formats_in_view(dialog)) == sorted(FORMATS))
        assert any("… and 2 more findings, under the formats (PgDn)." in row
                   for row in screen_lines(app))


async def test_a_finding_above_the_view_is_said_over_the_buttons_at_80x24(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Down to a CPD record's form, whose check says more, the finding and the whole list no
    longer fit: the list is kept whole, and the line over the buttons says the finding is
    above, until PgUp brings it back."""
    session = team_session(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await checked_dialog(pilot, session, load_library(fictional_dir).get("child-zz"))
        finding_shown = partial(_finding_shown, app)

        def says() -> bool:
            return any(f"{FINDING_ABOVE} · more options below: Tab or PgDn" in row
                       for row in screen_lines(app))

        await wait_for(pilot, lambda: finding_shown() and not says())
        await pilot.press(*["down"] * 5)
        # (The list kept whole read in the one condition, not once after it.)
        await wait_for(pilot, lambda: dialog.chosen_format == "nmc-discussion-md"
                       and dialog.checked and not finding_shown() and says()
                       and sorted(formats_in_view(dialog)) == sorted(FORMATS))
        await pilot.press("pageup")
        await wait_for(pilot, lambda: finding_shown() and not says())
