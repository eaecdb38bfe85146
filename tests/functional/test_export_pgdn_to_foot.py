"""PgDn on the export dialog's formats pages down to its foot, passing nothing unseen, and
there nothing says more is below. A trial at 60x20, a reflection with a finding (its four
buttons on two rows): the first PgDn passed three lines of formats unseen under the buttons
(Textual's page is the dialog's whole height, what is docked over it and all), and at the
foot, the last option in view, the line over the buttons still said "more options below:
Tab or PgDn", PgDn doing nothing. All names and numbers are invented."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import MORE_OPTIONS
from tests.functional.helpers import paged_to_foot, screen_lines, wait_for
from tests.functional.test_export_dialog import checked_dialog


async def test_pgdn_pages_to_the_foot_passing_nothing(fictional_dir: Path,
                                                      sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-pgdn-foot", mode="individual", facilitator="Sam Example")
    session.answers[0].what = "Rang Kit Invented on 07700 900123."
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await checked_dialog(pilot, session, review)
        body = dialog.query_one("#export-dialog", VerticalScroll)
        buttons = dialog.query_one("#export-dialog .buttons")
        last = dialog.query_one("#with-content")  # (a reflection's last option)
        await wait_for(pilot, lambda: buttons.outer_size.height == 2 and body.max_scroll_y > 0)
        assert dialog.query_one("#format").has_focus

        def view() -> tuple[int, int]:
            """The lines of what the dialog scrolls in view above what is docked over it."""
            over = dialog.query_one("#export-more")
            foot = over.region.y if over.display else buttons.region.y
            return round(body.scroll_y), round(body.scroll_y) + foot - body.content_region.y

        seen = [view()]

        async def nothing_passed_unseen() -> None:
            top, bottom = view()
            assert top <= seen[-1][1], f"lines {seen[-1][1]}-{top} passed unseen"
            seen.append((top, bottom))

        await paged_to_foot(pilot, body, nothing_passed_unseen, pages=6)
        # The last option whole above the buttons, and nothing saying more is below.
        await wait_for(pilot, lambda: last.region.bottom <= buttons.region.y
                       and not any(MORE_OPTIONS.lower() in row.lower()
                                   for row in screen_lines(app)), timeout=5)
