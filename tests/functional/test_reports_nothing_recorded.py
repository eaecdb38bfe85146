"""The Reports screen leaves out a session with nothing recorded in it, and says so."""

from __future__ import annotations

from reflect.model.dates import local_day
from reflect.model.session import Point, Session
from reflect.report.dates import long_date
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports


async def test_the_screen_counts_the_discussion_and_says_the_session_left_out(fictional_dir,
                                                                              sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    held = Session.start(review, new_session_id(review.id), team="Invented Team")
    held.answers[0].points.append(Point(text="An invented point"))
    save_session(sessions_dir, held)
    left = Session.start(review, new_session_id(review.id), team="Invented Team",
                         title="Invented slot")
    save_session(sessions_dir, left)  # started, and left at once
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot, sessions_held=1)
        text = _report_text(app)
        assert "Sessions with nothing recorded (not counted): 1" in text
        note = app.screen.query_one("#report-not-counted", Literal)
        assert str(note.render()).startswith(
            "1 session with nothing recorded is not counted: it holds no answer")
        # Its own title and team first (two on one review and day were told apart by file
        # paths only: a trial), then the review and day, then the file's name to find it.
        await wait_for(pilot, lambda: f"• Invented slot, team Invented Team — Child ZZ, "
                       f"{long_date(local_day(left.created))} — file {left.id}.toml"
                       in _report_text(app))
        await pilot.press("escape")


async def test_the_screen_lists_a_title_naming_a_role_as_typed(fictional_dir, sessions_dir):
    """A facilitator's field holding a role was taken for a name: "Team lead catch-up" was
    listed as "[redacted] catch-up" (a trial). A participant's name is still redacted, and
    the row still says the file to find it by."""
    from reflect.model.session import Participant

    review = load_library(fictional_dir).get("child-zz")
    role = Session.start(review, new_session_id(review.id), team="Sample Team",
                         facilitator="Team lead", title="Team lead catch-up")
    save_session(sessions_dir, role)
    named = Session.start(review, new_session_id(review.id), team="Invented Team",
                          title="Supervision with Pat Example",
                          participants=[Participant(name="Pat Example", role="Social worker")])
    save_session(sessions_dir, named)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot)
        for s, title in ((role, "Team lead catch-up, team Sample Team"),
                         (named, "Supervision with [redacted], team Invented Team")):
            await wait_for(pilot, lambda s=s, title=title: (
                f"• {title} — Child ZZ, {long_date(local_day(s.created))} — file {s.id}.toml"
                in _report_text(app)))
        await pilot.press("escape")
