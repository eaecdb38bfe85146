"""The Reports screen says attendances and agencies reached at team discussions only: the
person listed on a practitioner's own reflection is said apart, as theirs, as the saved
reports say it (the screen showed the same mixed counts). Every person here is invented."""

from __future__ import annotations

from reflect.model.session import Participant, Point, Session
from reflect.report.summary_rows import AGENCIES_REACHED, ATTENDANCES, OWN_AGENCIES
from reflect.report.words import OWN_BY_AGENCY
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports


async def test_the_screen_counts_team_discussions_and_says_reflections_apart(
        fictional_dir, sessions_dir):  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    for mode, who in (("team", "Pat Example, Social worker, Invented Council"),
                      ("individual", "Alex Example, Health visitor, Invented Health Trust")):
        s = Session.start(review, new_session_id(review.id), mode=mode, team="Invented Team",
                          participants=[Participant.parse(who)])
        s.answers[0].points.append(Point(text="An invented point"))
        save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await open_reports(pilot, sessions_held=2)
        await wait_for(pilot, lambda: f"{ATTENDANCES}: 1" in _report_text(app))
        text = _report_text(app)
        assert "counts twice" not in text  # (one team discussion: nobody came twice)
        assert f"{AGENCIES_REACHED}: 1" in text
        assert f"{OWN_AGENCIES}: 1 (not reached at any team discussion)" in text
        assert f"{OWN_BY_AGENCY}: Invented Health Trust 1" in text
        assert "Attendances by agency: Invented Council 1" in text
