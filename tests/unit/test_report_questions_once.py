"""The summary's "Questions answered at least once" counts each question once: a question a
review's own meeting answered and a themed meeting answered too is one question. It added up
the lines, the theme's among them, and said 6 where five questions were answered (a learning
lead's trial). Every review, team and answer here is invented."""

from __future__ import annotations

from datetime import date

from reflect.report import Filters, make_report, to_markdown
from reflect.store.catalogue import load_catalogue
from tests.unit.test_report_theme_recommendations import THEME, _held, _library


def test_a_question_answered_on_its_own_and_under_a_theme_is_counted_once(tmp_path):
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    catalogue = load_catalogue(content)
    # Each session answers its first question: the theme's is Child ZY's first
    _held(sessions, catalogue, ("child-zy", ""), ("child-zz", ""))
    assert catalogue.load(THEME).questions[0].id == "child-zy--zy-first"
    report = make_report([sessions], Filters(), catalogue, None, date(2026, 4, 1),
                         use_cache=False)[0]
    # Each line its own: Child ZY's first, Child ZZ's first, and the theme's (ZY's first)
    assert {x.review_id: x.questions_covered for x in report.reviews if x.sessions} == {
        "child-zy": 1, "child-zz": 1, THEME: 1}
    assert report.totals.questions_covered == 2
    assert "| Questions answered at least once | 2 |" in to_markdown(report)
    # Answers are counted in each session, as before
    assert "| Answers given, counted in each session | 3 |" in to_markdown(report)
