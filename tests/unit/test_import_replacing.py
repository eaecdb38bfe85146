"""`reflect import` of a briefing whose id a review in the library already has: refused,
naming that review, its file and its saved sessions, and saying how to replace it on purpose
(--replace) or keep both (--id); --force, which imports a file already imported again, no
longer replaces another review. All briefings invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.replacing import free_id, in_the_way
from reflect.store.sessions import new_session_id, read_session, save_session
from tests.command_line import run

MARCH = """Learning Briefing: Child Q
Invented Vale Safeguarding Children Partnership (IVSCP)
Published: 4 March 2027

## Background
Child Q is an invented baby who lived with Pat Example and Sam Sample in Invented Town.

## Key learning
- Nobody asked who else cared for Child Q at weekends.

## Questions for reflection
1. How do you find out who looks after a baby when you are not there?
2. When would you call a multi-agency meeting?
"""

OCTOBER = """7 Minute Briefing: Child Q
Invented Marsh Safeguarding Children Partnership (IMSCP)

## What happened
Child Q is an invented teenager known to Invented Team who went missing from school.

## Why it matters
Each missing episode was recorded on its own, so the pattern was not seen.

## Questions to consider
- How does your team see a pattern across single incidents?
- Who would you tell if a young person kept going missing?
"""


def march_library(tmp_path: Path, sessions: Path, on_a_question: bool = False) -> Path:
    """A library (returned) holding the March briefing's Child Q, and in `sessions` a session
    on it (left `on_a_question`, its first, or on its first step)."""
    content = tmp_path / "content"
    content.mkdir()
    march = tmp_path / "child-q-march.txt"
    march.write_text(MARCH, encoding="utf-8")
    assert main(["import", str(march), "--content-dir", str(content)]) == 0
    review = load_library(content).get("child-q")
    assert review is not None
    session = Session.start(review, new_session_id(review.id), title="March meeting",
                            team="Invented Team", mode="team")
    if on_a_question:
        session.current_step = f"q:{review.questions[0].id}"
    session.set_answer(review.questions[0].id, review.questions[0].text, "Ask about weekends")
    save_session(sessions, session)
    return content


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A library holding the March briefing's Child Q, and a sessions folder with a session
    on it."""
    sessions = tmp_path / "sessions"
    return march_library(tmp_path, sessions), sessions


def october(tmp_path: Path) -> Path:
    path = tmp_path / "child-q-october.txt"
    path.write_text(OCTOBER, encoding="utf-8")
    return path


def test_a_different_briefing_with_the_same_id_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, folders: tuple[Path, Path]) -> None:
    content, sessions = folders
    existing = content / "child-q.toml"
    before = existing.read_bytes()
    dirs = ("--content-dir", str(content), "--sessions-dir", str(sessions))
    for extra in ([], ["--check"], ["--force"]):  # --force replaced it (a trial)
        code, out, err = run(capsys, "import", str(october(tmp_path)), *dirs, *extra)
        assert code == 1, extra
        assert err.startswith(
            "reflect import: the library already has review child-q “Child Q” (Invented Vale "
            f"Safeguarding Children Partnership (IVSCP)), {existing}; nothing written.")
        assert ("1 saved session is on it: once it is replaced, it will open on the new "
                "review") in err
        assert "add --replace" in err and "--id child-q-2" in err
        assert "Traceback" not in err
        assert existing.read_bytes() == before
    assert sorted(p.name for p in content.iterdir()) == ["child-q.toml"]


def test_a_refusal_says_why_and_what_to_do_and_no_preview(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """Refused, the command printed the whole preview (what it would import, its counts, its
    lines placed) to stdout before saying, on stderr, that it imported nothing: the preview
    belongs with an import, or with --check, which asks for it."""
    content, sessions = folders
    capsys.readouterr()  # the fixture's own import
    dirs = ("--content-dir", str(content), "--sessions-dir", str(sessions))
    for extra in ([], ["--force"]):
        code, out, err = run(capsys, "import", str(october(tmp_path)), *dirs, *extra)
        assert code == 1 and out == "", extra
        assert err.count("\n") == 1 and "nothing written" in err
        assert err.rstrip().endswith(
            "--id child-q-2 (with --check too, to see first what it would import)")
    # --check too: why it is refused, never a preview read as the import it refuses
    code, out, err = run(capsys, "import", str(october(tmp_path)), *dirs, "--check")
    assert code == 1 and out == "" and err.count("\n") == 1 and "nothing written" in err


def test_replace_replaces_it_and_its_sessions_still_open(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, folders: tuple[Path, Path]) -> None:
    content, sessions = folders
    dirs = ("--content-dir", str(content), "--sessions-dir", str(sessions))
    code, out, _ = run(capsys, "import", str(october(tmp_path)), *dirs, "--check", "--replace")
    assert code == 0 and "--check: nothing written (saving would replace review child-q" in out
    code, out, err = run(capsys, "import", str(october(tmp_path)), *dirs, "--replace")
    assert code == 0 and not err
    assert f"Replaced the review in {content / 'child-q.toml'}; it validates." in out
    review = load_library(content).get("child-q")
    assert review is not None and "Marsh" in review.partnership
    # The session on it opens on the new review, its answer under the new first question,
    # kept under the words it was given under.
    [path] = sessions.glob("*.toml")
    session, _ = read_session(path)
    session.sync_questions(review)
    answer = session.answer(review.questions[0].id)
    assert answer is not None and answer.text == "Ask about weekends"
    assert answer.question == "How do you find out who looks after a baby when you are not there?"
    assert session.answers[1].question == review.questions[1].text  # empty: the new words


def test_another_id_keeps_both(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                               folders: tuple[Path, Path]) -> None:
    content, sessions = folders
    code, _, _ = run(capsys, "import", str(october(tmp_path)), "--content-dir", str(content),
                     "--sessions-dir", str(sessions), "--id", "child-q-2")
    assert code == 0
    assert {r.id for r in load_library(content).reviews} == {"child-q", "child-q-2"}


def test_a_review_in_a_file_named_otherwise_is_not_displaced(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """A second file named after the id took the place of a review filed under another name
    (`one_per_id`), with a warning after it was written: refused, and --replace writes over
    the review's own file, leaving one review with that id."""
    content, sessions = folders
    renamed = content / "q-from-vale.toml"
    (content / "child-q.toml").rename(renamed)
    dirs = ("--content-dir", str(content), "--sessions-dir", str(sessions))
    code, _, err = run(capsys, "import", str(october(tmp_path)), *dirs)
    assert code == 1 and f"(IVSCP)), {renamed}; nothing written." in err
    assert sorted(p.name for p in content.iterdir()) == ["q-from-vale.toml"]
    code, out, err = run(capsys, "import", str(october(tmp_path)), *dirs, "--replace")
    assert code == 0 and not err and f"Replaced the review in {renamed}" in out
    assert sorted(p.name for p in content.iterdir()) == ["q-from-vale.toml"]
    assert "Marsh" in load_library(content).get("child-q").partnership  # type: ignore[union-attr]


def test_a_file_in_the_way_that_is_no_review_is_named(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    broken = content / "child-q.toml"
    broken.write_text('id = "child-q\n', encoding="utf-8")
    code, _, err = run(capsys, "import", str(october(tmp_path)), "--content-dir", str(content))
    assert code == 1
    assert f"already has {broken}, a file that is not a review reflect can read" in err
    assert broken.read_text(encoding="utf-8") == 'id = "child-q\n'


def test_force_imports_a_file_again_over_its_own_review(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """--force still does what the "already imported" refusal says: imports the same file
    again, replacing the review it was imported as (and no other)."""
    content, sessions = folders
    code, out, _ = run(capsys, "import", str(tmp_path / "child-q-march.txt"), "--content-dir",
                       str(content), "--sessions-dir", str(sessions), "--force")
    assert code == 0 and "Replaced the review in" in out


def test_free_id_and_in_the_way(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    content, sessions = folders
    library = load_library(content)
    assert free_id(library, "child-q") == "child-q-2"
    (content / "child-q-2.toml").write_text("", encoding="utf-8")  # a file, even unreadable
    assert free_id(load_library(content), "child-q") == "child-q-3"
    assert free_id(load_library(content), "child-q-2") == "child-q-3"
    assert in_the_way(library, "child-z") is None
    taken = in_the_way(library, "child-q", lambda: sessions)
    assert taken is not None and taken.sessions == 1 and taken.path == content / "child-q.toml"


def test_what_replacing_does_to_the_sessions_follows_the_question_ids(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """Answers follow their question by its id: it said they would be "under the new Question
    1", and the bundled review's ids matched none of an imported briefing's, so every answer
    went to no step (a trial)."""
    content, sessions = folders
    taken = in_the_way(load_library(content), "child-q", lambda: sessions)
    assert taken is not None
    said = taken.sessions_said(["q-q1", "q-q2"])  # as an import numbers them
    assert "every one of those ids" in said and "no step" not in said
    said = taken.sessions_said(["q-q1"])
    assert "1 of its 2 questions match" in said
    assert "answers to the other 1 question are kept in the session file and notes but " \
           "shown on no step" in said
    said = taken.sessions_said(["q-sharing", "q-missing"])  # as a library file may name them
    assert "None of the 2 questions matches: answers to its 2 questions are kept" in said


def test_replace_with_into_says_what_each_does(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """--into merges an action plan into a review: --replace there is a mistake, not a
    no-op that was silently ignored."""
    content, _ = folders
    before = (content / "child-q.toml").read_bytes()
    code, _, err = run(capsys, "import", str(october(tmp_path)), "--content-dir", str(content),
                       "--into", "child-q", "--replace")
    assert code == 1 and "with --into, FILE is an action plan, and --force replaces" in err
    assert (content / "child-q.toml").read_bytes() == before
