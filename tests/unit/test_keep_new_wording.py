"""Answers given when their question read otherwise than the review has it now (a review
replaced by another briefing): the facilitator can say they stand under the new words. There
was no way to: the note came back at every opening, and the notes kept the answers under the
old words. Kept, the note goes; the record still says the words they were given under. All
data invented."""

from __future__ import annotations

import io
import json
from pathlib import Path

from reflect.cli import main
from reflect.export.docx_export import to_docx
from reflect.export.html import to_html
from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.plain import to_text
from reflect.model.changes import AnswerChanged, AnswerKey, WordingKept
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.reworded import asked_as, kept_under
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import read_session, save_session
from tests.replaced_review import NEW_FIRST, OLD_FIRST, answered_then_replaced

KEPT = (f"These answers were given when the question read “{OLD_FIRST}”, and kept under these "
        "words when the review changed.")


def opened(folder: Path, sessions: Path) -> tuple[SessionEdits, Review, Path]:
    """A session answered on Child ZZ, the review replaced since, opened as the app opens it."""
    _, path = answered_then_replaced(folder, sessions)
    review = load_library(folder).get("child-zz")
    assert review is not None
    session, _ = read_session(path)
    edits = SessionEdits(session)
    edits.sync_questions(review)
    return edits, review, path


def test_the_answers_stand_under_the_new_words_and_undo_puts_them_back(fictional_dir,
                                                                       sessions_dir):
    edits, review, _ = opened(fictional_dir, sessions_dir)
    first = review.questions[0]
    answer = edits.session.answer("zz-first")
    assert answer is not None and asked_as(answer, first) == OLD_FIRST
    assert edits.keep_under_new_wording(review.questions[1]) is None  # the same words
    assert edits.keep_under_new_wording(first) == WordingKept("zz-first")
    assert asked_as(answer, first) is None  # no note above the answers any more
    assert (answer.question, answer.given_under) == (NEW_FIRST, OLD_FIRST)
    assert answer.text == "Pat Example rings the nursery"  # the answers themselves untouched
    assert edits.keep_under_new_wording(first) is None  # nothing left to keep
    assert edits.undo() == WordingKept("zz-first")
    assert (answer.question, answer.given_under) == (OLD_FIRST, None)
    # Taken back after typing since: the words only, the typing stays.
    edits.keep_under_new_wording(first)
    assert edits.set_text(AnswerKey("zz-first", "text"), "Typed after") == \
        AnswerChanged("zz-first", "text")
    assert edits.take_back(WordingKept("zz-first")) == WordingKept("zz-first")
    assert (answer.question, answer.given_under, answer.text) == (OLD_FIRST, None,
                                                                  "Typed after")
    assert edits.take_back(WordingKept("zz-first")) is None


def test_kept_twice_the_first_words_are_the_ones_kept(fictional_dir, sessions_dir):
    edits, review, _ = opened(fictional_dir, sessions_dir)
    edits.keep_under_new_wording(review.questions[0])
    answer = edits.session.answer("zz-first")
    assert answer is not None
    again = review.questions[0].model_copy(update={"text": "What would Sam Sample do first?"})
    edits.keep_under_new_wording(again)
    assert (answer.question, answer.given_under) == (again.text, OLD_FIRST)
    back = again.model_copy(update={"text": OLD_FIRST.upper()})  # the first words again
    edits.keep_under_new_wording(back)
    assert answer.given_under is None and kept_under(answer) is None


def test_saved_it_is_in_the_file_and_the_record_says_it(fictional_dir, sessions_dir):
    edits, review, path = opened(fictional_dir, sessions_dir)
    edits.keep_under_new_wording(review.questions[0])
    save_session(sessions_dir, edits.session)
    assert path.read_text(encoding="utf-8").count("given_under") == 1  # only where kept
    session, _ = read_session(path)
    session.sync_questions(review)  # opened again: still under the new words, no note
    answer = session.answer("zz-first")
    assert answer is not None and asked_as(answer, review.questions[0]) is None
    markdown = to_markdown(session, review)
    assert f"### 1. {NEW_FIRST}\n\n*{KEPT}*\n" in markdown
    assert KEPT in " ".join(to_text(session, review).split())
    assert f'<p class="note">{KEPT}</p>' in to_html(session, review)
    assert KEPT.encode() in _docx_text(to_docx(session, review))
    answers = json.loads(to_json(session, review))["session"]["answers"]
    assert [(a["question"], a["given_under"]) for a in answers[:2]] == [
        (NEW_FIRST, OLD_FIRST), ("Who would you tell?", "")]


def _docx_text(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


def test_plain_mode_asks_at_a_terminal(monkeypatch, capsys, fictional_dir, sessions_dir):
    from tests.unit.test_walk import AtTerminal

    s, path = answered_then_replaced(fictional_dir, sessions_dir, mode="individual",
                                     step="q:zz-first")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setattr("sys.stdin", AtTerminal("\nmaybe\ny\n"))  # Enter: carry on here
    main(["walk", "--resume", s.id, "--name", "Pat Example",  # (else Your name is asked)
          "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)])
    out = " ".join(capsys.readouterr().out.split())
    assert f"given when the question read “{OLD_FIRST}”." in out
    assert "Keep these answers under the new wording? y or n; Enter is n." in out
    assert "“maybe” is not y or n." in out
    assert "Kept under the new wording; the notes say the words they were given under." in out
    answer = read_session(path)[0].answer("zz-first")
    assert answer is not None and (answer.question, answer.given_under) == (NEW_FIRST,
                                                                            OLD_FIRST)


def test_plain_mode_from_a_script_is_not_asked(monkeypatch, capsys, fictional_dir,
                                               sessions_dir):
    s, path = answered_then_replaced(fictional_dir, sessions_dir, mode="individual",
                                     step="q:zz-first")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # an answer, not a reply
    main(["walk", "--resume", s.id, "--content-dir", str(fictional_dir),
          "--sessions-dir", str(sessions_dir)])
    assert "Keep these answers" not in capsys.readouterr().out
    assert read_session(path)[0].answers[0].question == OLD_FIRST


def test_an_old_file_with_no_such_field_reads_as_before() -> None:
    answer = Session.model_validate({"id": "x", "review_id": "child-zz", "review_title": "Z",
                                     "answers": [{"question_id": "q", "question": "Q?",
                                                  "text": "Yes"}]}).answers[0]
    assert answer.given_under is None and kept_under(answer) is None


def test_answers_under_earlier_wording_are_counted_kept_or_not(fictional_dir, sessions_dir):
    """The status line's count (model/reworded.py `under_earlier_wording`): the answer the
    note is above, and, kept under the new words, the same answer still; none for a review
    not known, nor once the question reads as it was answered."""
    from reflect.model.reworded import under_earlier_wording

    edits, review, _ = opened(fictional_dir, sessions_dir)
    session = edits.session
    assert under_earlier_wording(session, review) == 1
    assert under_earlier_wording(session, None) == 0
    question = review.question("zz-first")
    assert question is not None
    assert edits.keep_under_new_wording(question) is not None
    assert under_earlier_wording(session, review) == 1  # kept: its note gone, still said
    answer = session.answer("zz-first")
    assert answer is not None
    answer.text = ""  # emptied: it takes the review's words
    answer.points = []
    answer.given_under = None
    assert under_earlier_wording(session, review) == 0
