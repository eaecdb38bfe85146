"""Plain mode: a point made changed, removed or moved to another question by its number, after
`.change` or `.move` at a team's points (walk/point_change.py). Plain mode could only add
points: a typo in one, or a point typed under the wrong question, was put right in the app
alone (a screen reader user had left it for the walk). All data invented."""

from __future__ import annotations

import io
from itertools import pairwise

from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.store.autosave import OnDisk
from reflect.store.sessions import load_session, save_session, session_path
from reflect.walk.dialogue import Dialogue
from reflect.walk.point_change import change_point, move_point, numbers
from reflect.walk.steps import Walk
from tests.unit.test_walk import dirs_for, flat, run_walk

SID = "20260101-child-zz-00000319"


def walk_on(review: Review, folder, typed: str) -> tuple[Walk, io.StringIO]:  # type: ignore[no-untyped-def]
    """A saved team session on child-zz, its first question holding two points (the second
    said by Eve Example), walked with `typed` as its input."""
    s = Session.start(review, SID, title="Invented meeting", team="Invented Shire team",
                      facilitator="Fay Example",
                      participants=[Participant(name="Eve Example", role="Health visitor"),
                                    Participant(name="Sam Sample", role="Social worker")])
    eve = s.participants[0].id
    s.answers[0].points = [Point(text="Ring the schol"), Point(text="Plans drift", by=eve)]
    save_session(folder, s)
    out = io.StringIO()
    w = Walk(review, s, folder, Dialogue(io.StringIO(typed), out, width=200), False,
             OnDisk(session_path(folder, SID), None, s))
    w.edits.sync_questions(review)
    return w, out


def prompts(out: io.StringIO) -> list[str]:
    """Each line said just before a reply was read."""
    lines = out.getvalue().split("\n")
    return [before for before, line in pairwise(lines) if line.startswith("> ")]


def saved(folder) -> Session:  # type: ignore[no-untyped-def]
    return load_session(session_path(folder, SID))


def test_a_point_is_typed_corrected_who_said_it_kept_unless_an_at_name_says(
        review, sessions_dir) -> None:
    # an empty line and a number that is no point's asked again; then an empty line for the
    # words asked again too; the words corrected keep who said it
    w, out = walk_on(review, sessions_dir, "\n9\n2\n\nPlans drift between meetings\n")
    assert change_point(w, "zz-first")
    said = flat(out.getvalue())
    assert "Point 1: Ring the schol. Point 2: Plans drift. Said by Eve Example, Health " \
        "visitor." in said
    assert "Which point is to change? Type 1 or 2, or .back to leave them as they are." in said
    # each slip said, then asked again: the instruction said once an ask, not twice in a row
    # (the reason said it too: a screen reader user's trial)
    assert "Nothing was typed. Which point is to change?" in said
    assert "Not a point's number: 9. Which point is to change?" in said
    assert said.count("Type 1 or 2, or .back to leave them as they are.") == 3
    assert "Nothing was typed. Type point 2 corrected;" in said
    assert said.count("Type point 2 corrected") == 2
    assert "Now point 2: Plans drift between meetings. Said by Eve Example" in said
    assert len(prompts(out)) == 5 and not any(  # each prompt in words
        c in prompt for prompt in prompts(out) for c in "()[]<>{}=")
    points = saved(sessions_dir).answers[0].points
    assert [(p.text, p.by) for p in points] == [
        ("Ring the schol", ""), ("Plans drift between meetings", w.session.participants[0].id)]
    # an "@…" at its end says who said it, as the app's point box reads it
    w, out = walk_on(review, sessions_dir, "1\nRing the school @sam\n")
    assert change_point(w, "zz-first")
    assert "Now point 1: Ring the school. Said by Sam Sample" in flat(out.getvalue())
    first = saved(sessions_dir).answers[0].points[0]
    assert (first.text, first.by) == ("Ring the school", w.session.participants[1].id)


def test_a_point_is_removed_or_left_as_it_was(review, sessions_dir) -> None:
    w, out = walk_on(review, sessions_dir, "1\nremove\n")
    assert change_point(w, "zz-first")
    assert "Removed point 1: Ring the schol." in out.getvalue()
    assert [p.text for p in saved(sessions_dir).answers[0].points] == ["Plans drift"]
    w, out = walk_on(review, sessions_dir, "2\n@eve\n.back\n")
    assert change_point(w, "zz-first")
    said = flat(out.getvalue())
    assert "@eve alone is not a point" in said and "Point 2 is left as it was." in said
    assert [p.text for p in saved(sessions_dir).answers[0].points] == [
        "Ring the schol", "Plans drift"]
    w, out = walk_on(review, sessions_dir, "")  # the input ends: the walk stops
    assert not change_point(w, "zz-first")


def test_a_point_is_moved_to_the_question_whose_number_is_typed(review, sessions_dir) -> None:
    # nothing typed, this question's own number and one no question has: each asked again
    w, out = walk_on(review, sessions_dir, "1\n\n1\n7\n3\n")
    assert move_point(w, "zz-first")
    said = flat(out.getvalue())
    assert not any(c in prompt for prompt in prompts(out) for c in "()[]<>{}=")
    assert "Which point is to move?" in said and "Moving point 1: Ring the schol." in said
    assert "Question 2: " in said and "Question 3: " in said
    assert "Move it to which question? Type its number, 2 or 3; or .back to leave it where " \
        "it is:" in said
    ask = "Move it to which question? Type its number, 2 or 3;"
    assert f"Nothing was typed. {ask}" in said
    assert f"Point 1 is on Question 1 already. {ask}" in said
    assert f"Not a question's number: 7. {ask}" in said
    assert said.count("2 or 3") == 4  # once an ask: the slips said alone
    assert "Moved to Question 3: Ring the schol." in said
    answers = saved(sessions_dir).answers
    assert [p.text for p in answers[0].points] == ["Plans drift"]
    assert [p.text for p in answers[2].points] == ["Ring the schol"]
    w, out = walk_on(review, sessions_dir, "2\n.back\n")
    assert move_point(w, "zz-first")
    assert "Point 2 is left where it was." in out.getvalue()
    assert len(saved(sessions_dir).answers[0].points) == 2


def test_numbers_are_said_in_words() -> None:
    assert [numbers(1), numbers(2), numbers(3), numbers(3, 1), numbers(4, 3), numbers(2, 2)] \
        == ["1", "1 or 2", "1 to 3", "2 or 3", "1, 2 or 4", "1"]


def test_change_and_move_at_the_points_then_the_points_again(monkeypatch, capsys,
                                                             fictional_dir, sessions_dir) -> None:
    """Typed at a question's points, the points before `.change` are added first, and the
    points are asked again after it."""
    script = ("t\nTeam meeting\nInvented Shire team\nFay Example\n"
              "Eve Example, Health visitor\n\n"
              "\n\n\n\n"  # four content steps
              "Ring the schol\n.change\n1\nRing the school\n"  # changed
              "Plans drift @eve\n.move\n2\n2\n"  # moved to question 2
              "\n\n"  # no more points; no summary
              "\n\n\n\n"  # questions 2 and 3
              "\n\n\n")  # no actions, no notes, no summary
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz")
    assert code == 0
    said = flat(out.out)
    assert "At a question's points, type .change alone to change a point made, .move alone " \
        "to move one to another question." in said
    assert "Now point 1: Ring the school." in said and "Moved to Question 2: Plans drift." in said
    assert ".change alone changes a point made already" in said  # (said: the question has some)
    [s] = [load_session(p) for p in sessions_dir.glob("*.toml")]
    assert [[p.text for p in a.points] for a in s.answers] == [
        ["Ring the school"], ["Plans drift"], []]
