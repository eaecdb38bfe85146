"""Where a session on a review replaced since is counted: the saved sessions' list (and its
per-machine cache), `reflect list sessions`, the notes' details and plain mode. Each counted
answers to questions the new review no longer asks ("3/3 answered" where it has two of the
three). All data invented; the pure rule is in test_answered.py."""

from __future__ import annotations

import io
import json

import pytest

from reflect.cli import main
from reflect.export.markdown import to_markdown
from reflect.export.plain import to_text
from reflect.store.catalogue import load_catalogue
from reflect.store.index import list_summaries
from reflect.store.library import load_library
from reflect.store.sessions import load_session
from tests.replaced_review import (
    NEW_FOURTH,
    answered_session,
    answered_then_replaced,
    replace_review,
)

KEPT = "1 answer kept from a question no longer in the review"


def test_the_list_counts_against_the_review_as_it_is_now(fictional_dir, sessions_dir,
                                                         tmp_path):
    """The summary cache is kept by the session file's size and time, which replacing the
    review leaves as they were: the counts come from the library as it is now."""
    cache = tmp_path / "cache"
    answered_session(fictional_dir, sessions_dir)
    library = load_catalogue(fictional_dir, cache)
    [entry] = list_summaries(sessions_dir, cache).against(library.asked).entries
    assert (entry.answered, entry.total) == (3, 3)
    replace_review(fictional_dir)
    library = load_catalogue(fictional_dir, cache)
    [entry] = list_summaries(sessions_dir, cache).against(library.asked).entries  # cached
    assert (entry.answered, entry.total, entry.counted.kept) == (2, 3, 1)
    # A review no longer in the library: its answers, as the session holds them.
    (fictional_dir / "child-zz.toml").unlink()
    library = load_catalogue(fictional_dir, cache)
    [entry] = list_summaries(sessions_dir, cache).against(library.asked).entries
    assert (entry.answered, entry.total) == (3, 3)


def test_reflect_list_sessions_says_the_kept_answers(capsys, fictional_dir, sessions_dir):
    s, _ = answered_then_replaced(fictional_dir, sessions_dir)
    code = main(["list", "sessions", "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(sessions_dir)])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith(f"{s.id}\tchild-zz\t")
    assert f"\t2/3 answered\t{KEPT}\n" in out, out


def test_the_notes_count_the_review_s_questions(fictional_dir, sessions_dir):
    s, _ = answered_then_replaced(fictional_dir, sessions_dir)
    review = load_library(fictional_dir).get("child-zz")
    assert f"- **Questions answered:** 2 of 3; {KEPT}" in to_markdown(s, review)
    assert f"Questions answered: 2 of 3; {KEPT}" in " ".join(to_text(s, review).split())
    # Without the review (no longer in the library): the session's own.
    assert "- **Questions answered:** 3 of 3\n" in to_markdown(s, None)


def test_plain_mode_counts_the_review_s_questions(monkeypatch, capsys, fictional_dir,
                                                  sessions_dir):
    s, _ = answered_then_replaced(fictional_dir, sessions_dir, mode="individual",
                                  step="summary")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setattr("sys.stdin", io.StringIO("Went well\n.\n"))
    code = main(["walk", "--resume", s.id, "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(sessions_dir)])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert f"Answered 2 of 3 questions; {KEPT}." in out, out
    # Kept in the file, as they were.
    assert load_session(sessions_dir / f"{s.id}.toml").answer("zz-third") is not None


MARK = "a question no longer in the review: answered before the review changed"


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "pdf"])
def test_every_notes_format_marks_the_answer_to_a_question_no_longer_asked(
        fmt, fictional_dir, sessions_dir):
    """Numbered with the rest ("3. When would you meet again?"), with nothing on the answer
    itself saying the review no longer asks it: only the notes' details did (a trial)."""
    from reflect.store.exports import render_bytes

    s, _ = answered_then_replaced(fictional_dir, sessions_dir)
    review = load_library(fictional_dir).get("child-zz")
    s.sync_questions(review)  # as every export opens it: the new fourth question added
    text = " ".join(_text(fmt, render_bytes(s, fmt, review)).split())
    assert text.count(MARK) == 1, text
    # On the third answer, the one kept: after its question, before its words.
    third = text.index(s.answer("zz-third").question)
    assert third < text.index(MARK) < text.index("Meet every Tuesday")
    assert text.index("Meet every Tuesday") < text.index(NEW_FOURTH)
    # Without the review (no longer in the library) nothing can be told apart.
    assert MARK not in " ".join(_text(fmt, render_bytes(s, fmt, None)).split())


def test_the_json_notes_mark_it_too(fictional_dir, sessions_dir):
    from reflect.export.json_export import to_json

    s, _ = answered_then_replaced(fictional_dir, sessions_dir)
    review = load_library(fictional_dir).get("child-zz")
    s.sync_questions(review)
    answers = json.loads(to_json(s, review))["session"]["answers"]
    assert [(a["question_id"], a["no_longer_in_review"]) for a in answers] == [
        ("zz-first", False), ("zz-second", False), ("zz-third", True), ("zz-fourth", False)]
    answers = json.loads(to_json(s, None))["session"]["answers"]
    assert not any(a["no_longer_in_review"] for a in answers)


def _text(fmt: str, data: bytes) -> str:
    if fmt == "docx":
        import docx

        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    if fmt == "pdf":
        from pdfminer.high_level import extract_text

        return extract_text(io.BytesIO(data))
    return data.decode("utf-8-sig")
