"""Where a session on a review replaced since is counted: the saved sessions' list (and its
per-machine cache), `reflect list sessions`, the notes' details and plain mode. Each counted
answers to questions the new review no longer asks ("3/3 answered" where it has two of the
three). All data invented; the pure rule is in test_answered.py."""

from __future__ import annotations

import io

from reflect.cli import main
from reflect.export.markdown import to_markdown
from reflect.export.plain import to_text
from reflect.store.catalogue import load_catalogue
from reflect.store.index import list_summaries
from reflect.store.library import load_library
from reflect.store.sessions import load_session
from tests.replaced_review import answered_session, answered_then_replaced, replace_review

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
