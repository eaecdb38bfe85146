"""The notes' time table names a question the review no longer asks (its review replaced since
by a briefing without it) by the words the session keeps, never by its bare id, in every
format that has the table. All data invented (tests/replaced_review.py)."""

from __future__ import annotations

import io
import zipfile

from reflect.export.docx_export import to_docx
from reflect.export.html import to_html
from reflect.export.markdown import to_markdown
from reflect.export.plain import to_text
from reflect.model.session import Timing
from reflect.store.library import load_library
from tests.replaced_review import answered_then_replaced

NAMED = "A question no longer in the review: “What will you change?”"


def _timed(fictional_dir, sessions_dir):
    s, _ = answered_then_replaced(fictional_dir, sessions_dir)
    s.timing = Timing(spent={"q:zz-first": 120, "q:zz-third": 95, "q:zz-never-kept": 30})
    return s, load_library(fictional_dir).get("child-zz")


def _docx_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_every_format_names_the_dropped_question_by_its_kept_words(fictional_dir,
                                                                   sessions_dir):
    s, review = _timed(fictional_dir, sessions_dir)
    md = to_markdown(s, review)
    assert f"| {NAMED} | – | 1 min 35 s |  |" in md
    # Time on a question the session keeps no words of: said plainly, still no id.
    assert "| A question no longer in the review | – | 30 s |  |" in md
    text = to_text(s, review)
    assert f"\n{NAMED}: 1 minute 35 seconds spent.\n" in text
    html = to_html(s, review)
    assert f'<td dir="auto">{NAMED}</td><td dir="auto">–</td><td dir="auto">1 min 35 s</td>' in html
    assert NAMED in _docx_xml(to_docx(s, review))
    for notes in (md, text, html, _docx_xml(to_docx(s, review))):
        assert "zz-third" not in notes and "zz-never-kept" not in notes


def test_without_the_review_a_question_not_in_the_session_is_said_plainly(fictional_dir,
                                                                          sessions_dir):
    s, _ = _timed(fictional_dir, sessions_dir)
    md = to_markdown(s, None)
    assert "| Question 3 | – | 1 min 35 s |  |" in md  # the session's own third question
    assert "| A question no longer in the review | – | 30 s |  |" in md
    assert "zz-never-kept" not in md


def test_long_kept_words_are_cut_short(fictional_dir, sessions_dir):
    s, review = _timed(fictional_dir, sessions_dir)
    answer = s.answer("zz-third")
    assert answer is not None
    answer.question = "What will the Invented Team change " + "and then change again " * 5
    md = to_markdown(s, review)
    cut = "“What will the Invented Team change and then…”"
    assert f"| A question no longer in the review: {cut} |" in md


def test_questions_are_numbered_as_the_notes_number_them(fictional_dir, sessions_dir):
    """Opened since, the session holds an answer to each of the review's questions after those
    it had: the review's third question is the notes' fourth, and so in the time table."""
    s, review = _timed(fictional_dir, sessions_dir)
    s.sync_questions(review)
    s.timing = Timing(spent={"q:zz-second": 40, "q:zz-third": 95, "q:zz-fourth": 70})
    md = to_markdown(s, review)
    assert "### 4. What will the Invented Team try next month?" in md
    assert "| Question 2 | – | 40 s |  |" in md
    assert "| Question 4 | – | 1 min 10 s |  |" in md
    assert "| Question 3 |" not in md  # the notes' third is the dropped one, named by its words
    assert f"| {NAMED} | – | 1 min 35 s |  |" in md


def _time_rows(md: str) -> list[str]:
    table = md[md.index("| Step | Planned"):].split("\n\n")[0]
    return [line.split(" | ")[0].removeprefix("| ") for line in table.splitlines()[2:]]


def test_the_dropped_questions_row_is_where_the_session_asked_it(fictional_dir, sessions_dir):
    """Named by its kept words, its row came last, after the summary (a trial): it is in its
    place among the steps, after the question the session asked before it."""
    s, review = _timed(fictional_dir, sessions_dir)
    s.timing = Timing(spent={"intro": 30, "q:zz-first": 120, "q:zz-second": 50,
                             "q:zz-third": 95, "actions": 60, "summary": 10})
    rows = _time_rows(to_markdown(s, review))
    assert rows.index(NAMED) == rows.index("Question 2") + 1
    assert rows[-3:] == ["What to do now", "Summary and export", "**Total**"]
    s.sync_questions(review)  # opened since: the review's new fourth question after it
    rows = _time_rows(to_markdown(s, review))
    assert rows[rows.index("Question 2"):rows.index("What to do now")] == [
        "Question 2", NAMED, "Question 4"]
    text = to_text(s, review)  # every format has the one order (parts.time_rows)
    assert text.index(NAMED) < text.index("Question 4") < text.index("Summary and export")


def test_a_dropped_first_question_comes_before_the_others(fictional_dir, sessions_dir):
    s, review = _timed(fictional_dir, sessions_dir)
    s.answers.insert(0, s.answers.pop(2))  # the session asked the dropped one first
    s.timing = Timing(spent={"recommendations": 20, "q:zz-first": 120, "q:zz-third": 95})
    rows = _time_rows(to_markdown(s, review))
    assert rows.index(NAMED) == rows.index("Recommendations") + 1
    assert rows.index(NAMED) < rows.index("Question 2")
