"""Last time's participants are the people at the team's last meeting: who came, and who was
typed for it and did not come; never someone on that list only because the meeting before it
brought them (a team manager's six-month trial: a locum who came once, in August, and a leaver
were offered in September, October and November, and every set of notes listed them as "On
last time's list, not at this meeting")."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timezone
from pathlib import Path

from reflect.model.same_person import with_last_time
from reflect.model.session import Participant, Session
from reflect.store.carry import last_time
from reflect.store.manage_sessions import duplicate_session
from reflect.store.sessions import save_session, session_path

TEAM = "Team Blue"


def meeting(folder: Path, month: int, people: Sequence[Participant]) -> Session:
    s = Session(id=f"2026{month:02d}01-child-zz-000000{month:02d}", review_id="child-zz",
                review_title="Child ZZ", mode="team", team=TEAM, title=f"Meeting {month}",
                created=datetime(2026, month, 1, 10, tzinfo=timezone.utc),
                participants=list(people))
    save_session(folder, s)
    return s


def offered(folder: Path) -> list[str]:
    return [p.name for p in last_time(folder, TEAM)[0]]


def held(folder: Path, month: int, typed: Sequence[Participant], here: set[str],
         away: Collection[str] = ()) -> Session:
    """A meeting started as the new-session form starts it: `typed` (here unless in `away`)
    and last time's people, those named in `here` ticked."""
    last = last_time(folder, TEAM)[0]
    people = with_last_time(typed, last, {n for n, p in enumerate(last) if p.name in here})
    for p in people:
        p.attended = p.attended and p.name not in away
    return meeting(folder, month, people)


def test_only_those_at_the_last_meeting_or_typed_for_it_are_offered(sessions_dir: Path) -> None:
    meeting(sessions_dir, 8, [Participant(name=n) for n in
                              ("Pat Example", "Kim Newstar", "Robin Madeup", "Lee Locum")])
    assert offered(sessions_dir) == ["Pat Example", "Kim Newstar", "Robin Madeup", "Lee Locum"]
    # September: Robin has left and Lee's locum post ended; Sam is typed, then away ill
    held(sessions_dir, 9, [Participant(name="Sam Sample")], here={"Pat Example", "Kim Newstar"},
         away={"Sam Sample"})
    assert offered(sessions_dir) == ["Pat Example", "Kim Newstar", "Sam Sample"]
    # October: Sam is away again (brought from September's list, not ticked)
    held(sessions_dir, 10, [], here={"Pat Example", "Kim Newstar"})
    assert offered(sessions_dir) == ["Pat Example", "Kim Newstar"]
    # someone offered and ticked stays, brought or not
    held(sessions_dir, 11, [], here={"Pat Example", "Kim Newstar"})
    assert offered(sessions_dir) == ["Pat Example", "Kim Newstar"]


def test_a_meeting_where_nobody_on_the_list_was_ticked_passes_its_list_on(
        sessions_dir: Path) -> None:
    """A meeting started and never held (nobody ticked, nobody typed) does not empty the list."""
    meeting(sessions_dir, 8, [Participant(name="Pat Example"), Participant(name="Lee Locum")])
    held(sessions_dir, 9, [], here=set())
    assert offered(sessions_dir) == ["Pat Example", "Lee Locum"]


def test_a_copy_of_a_session_brings_its_people_by_the_same_rule(sessions_dir: Path) -> None:
    meeting(sessions_dir, 8, [Participant(name="Pat Example"), Participant(name="Lee Locum")])
    september = held(sessions_dir, 9, [], here={"Pat Example"})
    copy = duplicate_session(session_path(sessions_dir, september.id))
    assert [(p.name, p.attended, p.listed_last_time) for p in copy.participants] == [
        ("Pat Example", False, True)]
