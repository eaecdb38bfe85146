"""A team's session file that cannot be read is said as its next session starts, not skipped
unsaid (a fresh-eyes trial: meeting 1's file damaged, meeting 2 opened with no Last time's
actions and nothing said)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from reflect.model.session import Action, Session
from reflect.store.carry import open_actions_for_team
from reflect.store.sessions import save_session, session_path
from reflect.store.unread_team import team_in_text, unreadable_of_team, unreadable_said


def _saved(folder: Path, n: int, team: str) -> Path:
    s = Session(id=f"2026010{n}-child-zz-0000000{n}", review_id="child-zz",
                review_title="Child ZZ", mode="team", team=team, title=f"Meeting {n}",
                created=datetime(2026, 1, n, 10, tzinfo=timezone.utc),
                actions=[Action(id="a1", text="Ring the invented school")])
    save_session(folder, s)
    return session_path(folder, s.id)


def _damaged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('review_id = "child-zz"', 'review_id = "child-zz'),
                    encoding="utf-8")


def test_a_damaged_file_of_the_team_is_named(tmp_path: Path) -> None:
    first = _saved(tmp_path, 1, "Birchwood Invented Support")
    other = _saved(tmp_path, 2, "Elmside Invented Team")
    _saved(tmp_path, 3, "Birchwood Invented Support")
    _damaged(first)
    _damaged(other)
    typed = "birchwood invented SUPPORT "
    assert len(open_actions_for_team(tmp_path, typed)) == 1  # the readable one's alone
    assert unreadable_of_team(tmp_path, typed, tmp_path / "c.json") == [first.name]
    assert unreadable_of_team(tmp_path, "Nobody Invented", tmp_path / "c.json") == []


def test_nothing_said_when_every_file_reads(tmp_path: Path) -> None:
    _saved(tmp_path, 1, "Birchwood Invented Support")
    assert unreadable_of_team(tmp_path, "Birchwood Invented Support") == []
    assert unreadable_said([]) is None


def test_the_team_line_is_read_alone() -> None:
    assert team_in_text('id = "x\nteam = "Birchwood \\"B\\" Team"\n') == 'Birchwood "B" Team'
    assert team_in_text('team = "cut short\n') is None
    assert team_in_text('id = "x"\n\n[[participants]]\nteam = "Not the team"\n') is None


def test_what_is_said() -> None:
    said = unreadable_said(["20260101-child-zz-00000001.toml"])
    assert said is not None
    assert "A session file of this team could not be read (20260101-child-zz-00000001.toml)" \
        in said
    assert "not at Last time's actions" in said
    many = unreadable_said([f"{n}.toml" for n in range(5)])
    assert many is not None and "5 session files" in many and "and 2 more" in many


def test_plain_mode_says_it_as_the_meeting_starts(monkeypatch, capsys, fictional_dir,
                                                  sessions_dir) -> None:
    from reflect.model.session import Participant
    from tests.unit.test_walk import dirs_for, flat, last_month, run_walk

    before = last_month(fictional_dir, sessions_dir, "Invented Shire team",
                        [Participant(name="Ada Example", role="Nurse")],
                        Action(text="Ring the invented school", owner="Ada Example"))
    path = session_path(sessions_dir, before.id)
    path.write_text(path.read_text(encoding="utf-8").replace(
        'review_id = "child-zz"', 'review_id = "child-zz'), encoding="utf-8")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "t\nInvented huddle\ninvented shire TEAM \nFay Example\n"
                         "Pat Example, Teacher\n\n", "child-zz")
    assert code == 0
    assert f"⚠ A session file of this team could not be read ({path.name}): the actions it " \
        "agreed are not at Last time's actions." in flat(out.out)
