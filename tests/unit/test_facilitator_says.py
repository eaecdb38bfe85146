"""A team session's facilitator says points too: "@Pat" in a session Pat Example facilitates,
with Pat on no Who is here list, named no one in the app, plain mode and the export's check
(a trial). All names invented."""

from __future__ import annotations

from reflect.export.at_names import at_name_advice
from reflect.export.identifiers import find_identifiers
from reflect.export.options import ExportOptions
from reflect.export.parts import point_attribution
from reflect.model.attribution import attribute, candidates, speakers
from reflect.model.session import FACILITATOR, Participant, Point, Session
from reflect.model.steps import on_unknown_people
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.walk.points import points_made
from tests.unit.test_walk import dirs_for, run_walk

SAM = Participant(id="p1", name="Sam Sample", role="Social worker", attended=True)
CHRIS = Participant(id="p2", name="Chris Sample", role="School nurse", attended=True)


def team(fictional_dir, *points: Point, mode: str = "team") -> Session:  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented exercise",
                      team="Invented Team")
    s.mode = mode  # type: ignore[assignment]
    s.facilitator = "Pat Example"
    s.participants = [SAM, CHRIS]
    s.answers[0].points = list(points)
    return s


def test_at_the_facilitators_name_or_role_credits_them(fictional_dir) -> None:
    s = team(fictional_dir)
    people = candidates(speakers(s))
    assert attribute("Facilitator view @Pat", people).by == FACILITATOR
    assert attribute("Facilitator view @Pat Example.", people).text == "Facilitator view."
    assert attribute("Facilitator view @facilitator", people).by == FACILITATOR
    assert attribute("Invented point @Sam", people).by == "p1"  # the others as before


def test_the_facilitator_listed_on_who_is_here_is_that_participant_only(fictional_dir) -> None:
    s = team(fictional_dir)
    s.participants = [SAM, Participant(id="p3", name="pat example", role="Team manager")]
    assert [p.id for p in speakers(s)] == ["p1", "p3"]
    assert attribute("Invented point @Pat", candidates(speakers(s))).by == "p3"


def test_no_facilitator_nor_reflection_writer_is_offered(fictional_dir) -> None:
    assert [p.id for p in speakers(team(fictional_dir, mode="individual"))] == ["p1", "p2"]
    s = team(fictional_dir)
    s.facilitator = ""
    assert [p.id for p in speakers(s)] == ["p1", "p2"]


def test_a_team_marking_no_one_here_still_has_everyone_listed(fictional_dir) -> None:
    """The facilitator, always here, does not make the others "not here"."""
    s = team(fictional_dir)
    s.participants = [p.model_copy(update={"attended": False}) for p in (SAM, CHRIS)]
    assert [p.id for p in candidates(speakers(s))] == ["p1", "p2", FACILITATOR]


def test_a_point_said_by_the_facilitator_is_shown_and_exported_as_them(fictional_dir) -> None:
    point = Point(text="Invented facilitator view", by=FACILITATOR)
    s = team(fictional_dir, point)
    assert point_attribution(s, point, ExportOptions()) == "Pat Example, Facilitator"
    assert point_attribution(s, point, ExportOptions(roles_only=True)) == "Facilitator"
    # by agency too (they have none: their role), as an action they own is printed
    assert point_attribution(s, point, ExportOptions(attendance_by_agency=True)) == "Facilitator"
    assert on_unknown_people(s) == ""  # not "not among its participants"
    assert points_made(s, s.answers[0]) == [
        "Point made: Invented facilitator view. Said by Pat Example, Facilitator."]


def test_the_export_check_knows_the_facilitator(fictional_dir) -> None:
    s = team(fictional_dir, Point(text="Facilitator view @pat"))
    assert find_identifiers(s) == []  # notes naming people name Pat Example
    [finding] = find_identifiers(s, roles_only=True)
    assert at_name_advice(s, finding) == (
        "“@pat” is Pat Example: edit the point and press Enter, and it is said by them, "
        "“@pat” taken off.")


def test_resuming_lists_the_points_made_with_who_said_each(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """`reflect walk --resume` listed `Point made: …` without who said it (a trial)."""
    s = team(fictional_dir, Point(text="Invented training point", by="p2"),
             Point(text="Invented room point", from_room="Dee Invented"),
             Point(text="Invented point nobody said"))
    s.current_step = f"q:{s.answers[0].question_id}"
    save_session(sessions_dir, s)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "child-zz", "--resume", s.id)
    assert "Point made: Invented training point. Said by Chris Sample, School nurse.\n" in out.out
    assert "Point made: Invented room point. Sent from the room by Dee Invented.\n" in out.out
    assert "Point made: Invented point nobody said.\n" in out.out
