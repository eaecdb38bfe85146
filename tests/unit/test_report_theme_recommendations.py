"""A report under a theme lists its reviews' recommendations as a report on one review lists
its own: each of them, "No action yet" where no agreed action answers it, with the progress its
briefing reports (report/library.py, `_read_theme`). It listed only those an action named (a
trial). Every review, team and action here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, make_report, to_markdown
from reflect.report.words import rec_status
from reflect.store.catalogue import Catalogue, load_catalogue
from reflect.store.sessions import save_session
from tests.conftest import FICTIONAL_REVIEW
from tests.local_days import here
from tests.text_reviews import review_with_text

TODAY = date(2026, 4, 1)
THEME = "theme-information-sharing"
ZZ_REC = "Invented recommendation"
ZY_OLD = ('title = "Invented recommendation"\ntext = "Hold meetings sooner."\n'
          'update = "Meetings are now held within five days."')


def _library(folder: Path, zy_title: str = "Invented ZY recommendation") -> None:
    """Child ZZ, and Child ZY, whose one recommendation its briefing says is complete: both
    tagged information-sharing."""
    folder.mkdir(exist_ok=True)
    (folder / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    zy = review_with_text("child-zy", title="Child ZY").replace(
        ZY_OLD, f'title = "{zy_title}"\ntext = "Ring the invented school sooner."\n'
                'update = "Complete: the invented school is rung the same day."')
    (folder / "child-zy.toml").write_text(zy, encoding="utf-8")


def _statuses(report) -> dict[str, str]:
    return {r.label: rec_status(r)[1] for r in report.recommendations if r.in_review}


def _held(folder: Path, catalogue, *own_actions: tuple[str, str]) -> None:
    """A themed session whose one action answers Child ZY's recommendation, and a session on
    each review given (review id, the recommendation its one action answers; "" for none)."""
    people = [Participant(role="Social worker", agency="Invented Council")]
    themed = Session.start(catalogue.load(THEME), "20260301-theme-information-sharing-0000aaa1",
                           created=here(2026, 3, 1), team="Invented Team 1", participants=people)
    themed.actions = [Action(text="Ring the invented school", due="2026-06-30",
                             recommendation="Invented ZY recommendation (Child ZY)")]
    held = [themed]
    for n, (rid, words) in enumerate(own_actions or [("child-zz", "")], 2):
        held.append(Session.start(catalogue.load(rid), f"2026030{n}-{rid}-0000aaa{n}",
                                  created=here(2026, 3, n), team="Invented Team 1",
                                  participants=people))
        held[-1].actions = [Action(text="An invented action", recommendation=words)] if words \
            else []
    for s in held:
        s.answers[0].text = "An invented answer."
        save_session(folder, s)


def test_a_report_under_a_theme_lists_every_recommendation_as_one_on_a_review_does(
        tmp_path, monkeypatch):
    content, sessions, cache = tmp_path / "content", tmp_path / "sessions", tmp_path / "cache"
    _library(content)
    _held(sessions, load_catalogue(content))

    def report(review: str):
        return make_report([sessions], Filters(review=review), load_catalogue(content), None,
                           TODAY, cache=cache)[0]

    on_zz = _statuses(report("child-zz"))
    under = _statuses(report(THEME))
    assert on_zz == {ZZ_REC: "No action yet (the briefing's update: Meetings are now held "
                             "within five days.)"}
    # The same words of the same briefing, naming its review as the session's actions do
    assert under == {f"{ZZ_REC} (Child ZZ)": on_zz[ZZ_REC],
                     "Invented ZY recommendation (Child ZY)": "1 action: 0 done, 0 in progress, "
                                                              "1 open"}
    md = to_markdown(report(THEME))
    assert (f"**{ZZ_REC} (Child ZZ)**: No action yet (the briefing's update: Meetings are now "
            "held within five days.)") in md
    assert "| Recommendations with no action recorded here | 1 |" in md
    with monkeypatch.context() as m:  # nothing changed: no review read again, as for one
        m.setattr(Catalogue, "load", lambda self, rid: pytest.fail(f"{rid} read again"))
        assert to_markdown(report(THEME)) == md
    # A review tagged changed since: read again, not taken from the cache (and a briefing's
    # own note that it is complete is said as a report on that review says it)
    _library(content, zy_title="Invented ZY recommendation reworded")
    under = _statuses(report(THEME))
    assert under["Invented ZY recommendation reworded (Child ZY)"] == (
        "No action yet (the briefing says it is complete: The invented school is rung the same "
        "day.)")
    assert "Invented ZY recommendation (Child ZY)" not in under


def test_a_report_on_every_review_says_where_else_a_recommendation_is_answered(tmp_path):
    """In a report on every review, a theme's recommendation is also its review's own: the
    32 a themed session listed, each answered under its review, were counted as having no
    action. Each line says the other's actions, and neither is counted as unanswered."""
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    _held(sessions, load_catalogue(content), ("child-zz", ZZ_REC), ("child-zy", ""))
    report = make_report([sessions], Filters(), load_catalogue(content), None, TODAY,
                         use_cache=False)[0]
    said = {(r.review_id, r.label): rec_status(r)[1] for r in report.recommendations
            if r.in_review}
    assert said == {
        ("child-zz", ZZ_REC): "1 action: 0 done, 0 in progress, 1 open",
        ("child-zy", "Invented ZY recommendation"): "No action yet; 1 action agreed under Theme: "
        "information sharing (the briefing says it is complete: The invented school is rung "
        "the same day.)",
        (THEME, f"{ZZ_REC} (Child ZZ)"): "No action yet; 1 action agreed under Child ZZ (the "
        "briefing's update: Meetings are now held within five days.)",
        (THEME, "Invented ZY recommendation (Child ZY)"): "1 action: 0 done, 0 in progress, "
        "1 open"}
    assert report.without_action == []
    assert "| Recommendations with no action recorded here | 0 |" in to_markdown(report)


def test_a_recommendation_answered_nowhere_is_counted_once_in_a_report_on_every_review(
        tmp_path):
    """Listed under its review and under a theme, with no action under either, it was counted
    twice among the recommendations with no action recorded (one review's one recommendation
    gave 2)."""
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    _held(sessions, load_catalogue(content), ("child-zz", ""), ("child-zy", ""))
    report = make_report([sessions], Filters(), load_catalogue(content), None, TODAY,
                         use_cache=False)[0]
    said = {(r.review_id, r.label): rec_status(r)[1] for r in report.recommendations
            if r.in_review}
    unanswered = "No action yet (the briefing's update: Meetings are now held within five days.)"
    assert said[("child-zz", ZZ_REC)] == said[(THEME, f"{ZZ_REC} (Child ZZ)")] == unanswered
    assert [(r.review_id, r.label) for r in report.without_action] == [("child-zz", ZZ_REC)]
    assert "| Recommendations with no action recorded here | 1 |" in to_markdown(report)
