"""How to settle a point's "@…" the export's check finds (export/at_names.py): a point ending
"@Sam" kept as typed was refused as `likely name: Sam`, and nothing said why, nor what to do (a
trial). All names invented."""

from __future__ import annotations

import pytest

from reflect.export.at_names import at_name_advice
from reflect.export.identifiers import find_identifiers, redact
from reflect.model.session import Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run

SAM = Participant(id="p1", name="Sam Sample", role="Social worker", attended=True)
CHRIS = Participant(id="p2", name="Chris Sample", role="School nurse", attended=True)


def session_with(fictional_dir, *points: Point) -> Session:  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented exercise")
    s.participants = [SAM, CHRIS]
    s.answers[0].points = list(points)
    return s


@pytest.mark.parametrize("point, advice", [
    (Point(text="Invented point @Sample"),
     "“@Sample” could be Sam Sample or Chris Sample: edit the point and choose who said it "
     "(Said by…), and “@Sample” is taken off."),
    (Point(text="Invented point @sam", by="p1"),  # given to Sam in Said by…, "@sam" left
     "“@sam” ends a point said by Sam Sample: edit the point and press Enter, and “@sam” is "
     "taken off."),
    (Point(text="Invented point @sam"),  # (typed before the whole first name won)
     "“@sam” is Sam Sample: edit the point and press Enter, and it is said by them, “@sam” "
     "taken off."),
    (Point(text="Invented point @Zed."),
     "“@Zed” names no one here: edit the point and choose who said it (Said by…), or take "
     "“@Zed” out of it."),
])
def test_a_points_at_name_found_says_how_to_settle_it(fictional_dir, point: Point,
                                                      advice: str) -> None:
    """Notes that name no one (one person listed named by the "@…" is a name there too: see
    `test_an_at_name_of_one_person_listed_is_no_finding_where_the_notes_name_people`)."""
    s = session_with(fictional_dir, point)
    [finding] = find_identifiers(s, roles_only=True)
    assert at_name_advice(s, finding) == advice


def test_other_likely_names_get_no_advice(fictional_dir) -> None:
    s = session_with(fictional_dir, Point(text="Invented: spoke to baby Zed's aunt"))
    assert [at_name_advice(s, f) for f in find_identifiers(s)] == [""]


def test_export_says_which_point_and_how_to_settle_it(capsys, fictional_dir,
                                                      sessions_dir) -> None:
    s = session_with(fictional_dir, Point(text="Invented first point"),
                     Point(text="Invented point @Sample"))
    save_session(sessions_dir, s)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, _, err = run(capsys, "export", s.id, "--format", "md", *dirs)
    assert code == 1
    lines = err.splitlines()
    at = next(n for n, line in enumerate(lines) if "likely name: Sample" in line)
    assert "(point 2)" in lines[at] and lines[at].lstrip().startswith("Question 1: ")
    assert lines[at + 1].strip().startswith("“@Sample” could be Sam Sample or Chris Sample: "
                                            "edit the point and choose who said it")
    code, out, _ = run(capsys, "check", s.id, *dirs)
    assert code == 1 and "“@Sample” could be Sam Sample or Chris Sample" in out


def test_an_at_name_of_someone_marked_not_here_says_so(fictional_dir) -> None:
    """The point box said "“@ann” is Ann Example …, marked not here"; the check then said
    "names no one here: … choose who said it (Said by…)", where she is not offered (a trial):
    it says who she is, and that ticking her on Who is here settles it."""
    s = session_with(fictional_dir, Point(text="Invented view @ann"))
    s.participants.append(Participant(id="p3", name="Ann Example", role="GP", attended=False))
    [finding] = find_identifiers(s, roles_only=True)  # (notes naming her: no finding, below)
    assert at_name_advice(s, finding) == (
        "“@ann” is Ann Example, marked not here: tick them on Who is here, or edit the point "
        "and choose who said it (Said by…), or take “@ann” out of it.")


def test_an_at_name_of_one_person_listed_is_no_finding_where_the_notes_name_people(
        fictional_dir) -> None:
    """Robin Madeup marked not here, a point ending "@Robin" kept as typed: the check called
    "Robin" a likely name, and *Export redacted* wrote "need the training too [redacted]"
    while the same notes listed Robin Madeup (school business manager) (a fresh-eyes trial).
    Notes that name people print their names: an "@…" naming one of them, here or not, is no
    detail to hold back. Notes that name no one still find it; several people, or no one
    listed, are still found (and the check says how to settle them: above)."""
    s = session_with(fictional_dir, Point(text="Office staff need the training too @Robin"),
                     Point(text="Invented point @sam", by="p1"),
                     Point(text="Invented view @Sample"), Point(text="Invented view @Zed"),
                     Point(text="Invented: we spoke to @Robin about baby Zed"))
    s.participants.append(Participant(id="p3", name="Robin Madeup",
                                      role="School business manager", attended=False))
    named = [(f.field, f.text) for f in find_identifiers(s)]
    assert named == [("answers[0].points[2].text", "Sample"),
                     ("answers[0].points[3].text", "Zed"),
                     ("answers[0].points[4].text", "Zed")]  # (baby Zed; "@Robin" is Robin)
    assert redact(s, find_identifiers(s)).answers[0].points[0].text == (
        "Office staff need the training too @Robin")
    by_role = [(f.field, f.text) for f in find_identifiers(s, roles_only=True)]
    assert ("answers[0].points[0].text", "Robin") in by_role
    assert ("answers[0].points[1].text", "sam") in by_role
