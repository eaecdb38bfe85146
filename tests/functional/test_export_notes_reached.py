"""Every note of the export dialog's check is in view as it opens, or said under the formats
and reached with PgDn, the line over the buttons saying there is more below. At 60x20, with
two findings over two notes, the dialog opened on the notes, their last lines and the
"Chosen:" line out of view under them, nothing saying where. All names and numbers are
invented."""

from __future__ import annotations

from pathlib import Path

from reflect.export.options import ExportOptions
from reflect.model.changes import MINUTES_DRAFT
from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.store.last_export import LastExport
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from tests.functional.helpers import paged_to_foot, screen_lines, shown, wait_for
from tests.functional.test_export_finding_in_view import in_view

NOTES = ["Note: “Chris Sample” is listed with no role or agency",
         "Note: The time to log for CPD typed"]


def _noted(fictional_dir: Path, session_id: str) -> tuple[Review, Session]:
    """A session whose check finds a name and a number, and two notes: Chris Sample listed with
    no role, and a time to log that is not a time."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    session = Session.start(review, session_id, title="Invented meeting", team="Invented Team")
    chris = session.add_participant(Participant(name="Chris Sample"))  # (no role: a note)
    session.answers[0].points.append(Point(text="Invented rota agreed", by=chris.id))
    session.answers[0].text = "Mum Jane Doe rang the invented nurse. Call 07700 900123."
    session.drafts[MINUTES_DRAFT] = "lots"  # (not a time: a note)
    return review, session


async def test_the_notes_that_do_not_fit_are_under_the_formats_within_reach(fictional_dir,
                                                                             sessions_dir):
    review, session = _noted(fictional_dir, "s-notes")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = ExportScreen(session, review, None,
                              last=LastExport("md", ExportOptions(roles_only=True)))
        await app.push_screen(dialog)
        await wait_for(pilot, lambda: app.screen is dialog and dialog.checked)
        assert len(dialog.findings) == 2
        above, below = dialog.query_one("#findings"), dialog.query_one("#more-findings")
        await wait_for(pilot, lambda: in_view(dialog, dialog.query_one("#format-chosen"))
                       and in_view(dialog, above))
        said = " ".join(shown(above).split())
        assert "1 more finding, 2 notes under the formats (PgDn)" in said
        assert "Jane Doe" in said and not any(note in said for note in NOTES)
        assert all(note in " ".join(shown(below).split()) for note in NOTES)
        assert below.region.y >= dialog.query_one("#format").region.bottom
        assert "below" in shown(dialog.query_one("#export-more"))

        seen: list[str] = []

        async def page() -> None:
            seen.extend(screen_lines(app))

        await paged_to_foot(pilot, dialog.query_one("#export-dialog"), page)
        assert all(any(line.strip("█ ").startswith(note[:40]) for line in seen)
                   for note in NOTES), seen


async def test_the_notes_are_split_again_when_a_tick_box_reruns_the_check(fictional_dir,
                                                                         sessions_dir):
    """The check run again from a tick box (the focus not on the formats): its notes were
    said over the formats again, not split under them, and the tick box pushed out of view
    (a facilitator's trial at 60x20)."""
    review, session = _noted(fictional_dir, "s-notes-2")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = ExportScreen(session, review, None, last=LastExport("md", ExportOptions()))
        await app.push_screen(dialog)
        above, below = dialog.query_one("#findings"), dialog.query_one("#more-findings")
        await wait_for(pilot, lambda: dialog.checked and below.display)
        tick = dialog.query_one("#roles-only")
        tick.focus()
        await wait_for(pilot, lambda: in_view(dialog, tick))
        await pilot.press("space")  # the check runs again, the tick box keeping the focus
        await wait_for(pilot, lambda: dialog.checked and dialog.options.roles_only)
        # (by role, Chris's missing role and agency is a note too)
        await wait_for(pilot, lambda: below.display and all(
            note in " ".join(shown(below).split()) for note in NOTES))
        said = " ".join(shown(above).split())
        assert "Note:" not in said and "2 notes under the formats (PgDn)" in said
        await wait_for(pilot, lambda: app.focused is tick and in_view(dialog, tick))
