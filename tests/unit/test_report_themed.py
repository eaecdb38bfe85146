"""A themed session counts a review as discussed only where something was recorded on that
review's own questions or recommendations: with one answer it counted every review its
questions came from, and a learning lead read that as evidence for reviews nobody talked about
(a trial). Every review, team and person here is invented.
"""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import date
from pathlib import Path

import pytest

from reflect.model.links import recommendation_words
from reflect.model.review import Review
from reflect.model.session import Action, Confidence, Point, Session
from reflect.model.themes import theme_id, themed_review
from reflect.report import CSV_COLUMNS, build_report, gather, to_csv, to_html, to_markdown
from reflect.report.cache import KIND
from reflect.report.lines import Report
from reflect.report.summary_rows import summary_rows
from reflect.store.cache import cache_file
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.conftest import FICTIONAL_REVIEW
from tests.local_days import here

TODAY = date(2026, 4, 1)
THEME = "information-sharing"


def _copy(rid: str, title: str, prefix: str, shared_question: bool = False) -> str:
    """Child ZZ as another review: its own ids, title and question words (one question in
    Child ZZ's words too, with `shared_question`, which a themed session asks once)."""
    text = (FICTIONAL_REVIEW.replace('id = "child-zz"', f'id = "{rid}"')
            .replace('"Child ZZ"', f'"{title}"').replace('"zz-', f'"{prefix}-')
            .replace("Invented recommendation", f"Invented recommendation {prefix.upper()}")
            .replace("Who would you tell?", f"Who would you tell in {title}?")
            .replace("What will you change?", f"What will you change after {title}?"))
    return text if shared_question else text.replace(
        "What would you do first?", f"What would you do first in {title}?")


@pytest.fixture
def theme(tmp_path: Path) -> Review:
    """Three reviews on one theme: Child ZZ, Child YY (asking Child ZZ's first question in
    the same words) and Child XX."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    (folder / "child-yy.toml").write_text(_copy("child-yy", "Child YY", "yy", True),
                                          encoding="utf-8")
    (folder / "child-xx.toml").write_text(_copy("child-xx", "Child XX", "xx"), encoding="utf-8")
    library = load_library(folder)
    assert not library.problems
    return themed_review(THEME, library.reviews)


def _themed(theme: Review, n: int = 1) -> Session:
    return Session.start(theme, f"2026030{n}-{theme_id(THEME)}-0000bbb{n}", theme=THEME,
                         created=here(2026, 3, n, 12), team="Invented Team")


def _answer(session: Session, source: str) -> None:
    """A point on the first question that only `source` asks."""
    answer = next(a for a in session.answers if a.source == source)
    answer.points.append(Point(text="An invented point"))


def _report(folder: Path, **kwargs: object) -> Report:
    titles = {"child-zz": "Child ZZ", "child-yy": "Child YY", "child-xx": "Child XX"}
    return build_report(gather([folder], today=TODAY, **kwargs), titles, TODAY)  # type: ignore[arg-type]


def _discussed(report: Report) -> dict[str, dict[str, int]]:
    """Each review's themed sessions, by theme, for the reviews (not the theme's own line)."""
    return {x.review_id: x.themed for x in report.reviews if x.review_id.startswith("child-")}


def test_one_answer_counts_only_the_review_whose_question_it_answers(theme, tmp_path):
    s = _themed(theme)
    _answer(s, "Child XX")
    save_session(tmp_path / "sessions", s)
    report = _report(tmp_path / "sessions")
    label = "Theme: information sharing"
    assert _discussed(report) == {"child-xx": {label: 1}, "child-yy": {}, "child-zz": {}}
    assert dict(summary_rows(report))["Reviews discussed"] == "1"
    lines = {x.review_id: x for x in report.reviews}
    assert lines["child-zz"].last_discussed is None  # "never", not the themed session's day
    assert lines["child-xx"].last_discussed == date(2026, 3, 1)
    md = to_markdown(report)
    assert "| Reviews discussed | 1 |" in md
    assert "| Child ZZ | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | never |" in md
    assert "### Child ZZ" not in md  # nothing to say under it
    assert f"- Discussed in themed sessions: {label} (1 session)" in md.split("### Child XX")[1]
    page = to_html(report)
    assert "<dt>Reviews discussed</dt><dd>1</dd>" in page
    rows = {row["review_id"]: row for row in csv.DictReader(io.StringIO(to_csv(report)))}
    assert {rid: rows[rid]["themed_sessions"] for rid in ("child-zz", "child-yy", "child-xx")} \
        == {"child-zz": "0", "child-yy": "0", "child-xx": "1"}
    assert rows["child-zz"]["last_discussed"] == ""


def test_the_report_says_the_rule_where_it_says_what_it_counts(theme, tmp_path):
    from reflect.model.recorded import THEMED_NOTE

    s = _themed(theme)
    _answer(s, "Child XX")
    save_session(tmp_path / "sessions", s)
    report = _report(tmp_path / "sessions")
    assert THEMED_NOTE.startswith("A themed session counts a review as discussed only where")
    md, page = to_markdown(report), to_html(report)
    summary = md.split("## By review")[0]
    assert THEMED_NOTE in summary
    assert f'<p class="note">{html.escape(THEMED_NOTE)}</p>' in page
    # A report with no themed session says nothing of them.
    zz = load_library(tmp_path / "content").get("child-zz")
    alone = tmp_path / "alone"
    one = Session.start(zz, "20260302-child-zz-0000ccc1", team="Invented Team",
                        created=here(2026, 3, 2, 12))
    one.answers[0].text = "An invented answer."
    save_session(alone, one)
    assert THEMED_NOTE not in to_markdown(_report(alone))


def test_an_action_linked_to_a_reviews_recommendation_counts_that_review(theme, tmp_path):
    s = _themed(theme)
    words = [w for w in recommendation_words(theme) if w.endswith("(Child YY)")]
    assert words == ["Invented recommendation YY (Child YY)"]
    s.add_action(Action(text="Invented follow-up", recommendation=words[0]))
    s.add_action(Action(text="Invented action linked to nothing"))
    save_session(tmp_path / "sessions", s)
    assert _discussed(_report(tmp_path / "sessions")) == {
        "child-xx": {}, "child-yy": {"Theme: information sharing": 1}, "child-zz": {}}


def test_a_question_two_reviews_ask_counts_for_both_and_a_typed_point_counts(theme):
    from reflect.model.recorded import reviews_recorded

    shared = _themed(theme)
    merged = next(a for a in shared.answers if "; " in a.source)
    assert merged.source == "Child YY; Child ZZ"
    merged.text = "An invented summary"
    assert reviews_recorded(shared) == ("Child YY", "Child ZZ")
    typed = _themed(theme)
    question = next(a for a in typed.answers if a.source == "Child XX")
    typed.set_draft(f"point:{question.question_id}", "An invented point not yet added")
    assert reviews_recorded(typed) == ("Child XX",)


def test_what_belongs_to_no_one_review_counts_the_session_but_no_review(theme, tmp_path):
    """A note on a step, the confidence check: the themed session is counted on its own line,
    and discusses no review."""
    s = _themed(theme)
    s.notes["learning"] = "An invented note"
    s.confidence = [Confidence(phase="start", prompt="Invented?", counts=[0, 1, 2, 0, 0])]
    save_session(tmp_path / "sessions", s)
    report = _report(tmp_path / "sessions")
    assert report.totals.sessions == 1
    assert dict(summary_rows(report))["Reviews discussed"] == "0"
    assert all(not themed for themed in _discussed(report).values())


def test_a_cache_an_older_reflect_wrote_is_not_used(theme, tmp_path):
    """An older reflect cached every review a themed session's questions come from: its
    facts are not read (the cache has a new name), so the report counts by the rule."""
    folder, cache = tmp_path / "sessions", tmp_path / "cache"
    s = _themed(theme)
    _answer(s, "Child XX")
    save_session(folder, s)
    assert _discussed(_report(folder, cache=cache))["child-zz"] == {}
    data = json.loads(cache_file(KIND, folder, cache).read_text(encoding="utf-8"))
    for record in data["files"].values():  # as reflect 9's cache held them
        facts = record["facts"]
        facts["covers"] = ["Child ZZ", "Child YY", "Child XX"]
        del facts["discussed"]
    cache_file("report-v9", folder, cache).write_text(json.dumps(data), encoding="utf-8")
    cache_file(KIND, folder, cache).unlink()
    assert _discussed(_report(folder, cache=cache))["child-zz"] == {}
    assert CSV_COLUMNS.index("themed_sessions") == 10  # where it was: sheets read it by place
