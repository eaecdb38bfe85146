"""Plain mode says when a new session's team is typed near the name of a team with sessions
here, as the app's new-session form does under its team box (ui/widgets/near_team.py), by the
same rule (`model.teams.near_names`): "mash" where "MASH team" has met started a team of its
own, counted apart in reports, and plain mode said nothing (a trial). At a terminal the near
team's name is offered, Enter keeping the name as typed; from a script, or given with
`--team`, it is said and kept. All names invented."""

from __future__ import annotations

from reflect.model.session import Action, Participant
from reflect.store.sessions import list_sessions
from tests.unit.test_walk import dirs_for, flat, last_month, run_at_terminal, run_walk

SAM = [Participant(name="Sam Sample", role="Nurse")]


def met_before(fictional_dir, sessions_dir):
    """Sessions of "Moorvale MASH", then of "MASH team", each leaving an action open."""
    last_month(fictional_dir, sessions_dir, "Moorvale MASH", SAM,
               Action(text="Write to the invented GP", owner="Sam Sample"), number=1)
    last_month(fictional_dir, sessions_dir, "MASH team", SAM,
               Action(text="Ring the Moorvale school", owner="Sam Sample"), number=2)


def new_team(sessions_dir):
    """The team of the session the walk started (the one not made by `met_before`)."""
    return next(e.session.team for e in list_sessions(sessions_dir).entries
                if not e.session.id.endswith(("00000001", "00000002")))


def test_at_a_terminal_the_near_teams_name_is_offered_and_y_takes_it(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    last_month(fictional_dir, sessions_dir, "MASH team", SAM,
               Action(text="Ring the Moorvale school", owner="Sam Sample"))
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "t\nInvented huddle\nmash\ny\n\ny\n\n", "child-zz")
    said = flat(out.out)
    assert "“MASH team” has sessions here: the same team? As typed, “mash” is a team of its " \
        "own, its sessions counted apart in reports." in said
    assert "Take the name “MASH team”? y or n; Enter is n." in said
    assert "Team: “MASH team”." in said
    assert "Ring the Moorvale school" in said  # that team's last actions, offered
    assert new_team(sessions_dir) == "MASH team"
    assert code == 0


def test_a_name_spelt_a_little_differently_is_offered_too(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """"Moorvale Children Team" where "Moorvale Children's Team" had met left its actions
    behind, and nothing was said (a trial)."""
    last_month(fictional_dir, sessions_dir, "Moorvale Children's Team", SAM,
               Action(text="Ring the Moorvale school", owner="Sam Sample"))
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "t\nInvented huddle\nMoorvale Children Team\ny\n\ny\n\n",
                                "child-zz")
    said = flat(out.out)
    assert "“Moorvale Children's Team” has sessions here: the same team?" in said
    assert "Team: “Moorvale Children's Team”." in said
    assert "Ring the Moorvale school" in said  # that team's last actions, offered
    assert new_team(sessions_dir) == "Moorvale Children's Team"
    assert code == 0


def test_enter_keeps_the_name_as_typed(monkeypatch, capsys, fictional_dir,
                                       sessions_dir) -> None:
    last_month(fictional_dir, sessions_dir, "MASH team", SAM,
               Action(text="Ring the Moorvale school", owner="Sam Sample"))
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "t\nInvented huddle\nmash\n\nFay Example\n"
                                "Pat Example, Teacher\n\n", "child-zz")
    said = flat(out.out)
    assert "Team: “mash”, as typed." in said
    assert "Ring the Moorvale school" not in said  # another team's: never merged unasked
    assert new_team(sessions_dir) == "mash"


def test_several_near_teams_are_listed_and_one_taken_by_its_number(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    met_before(fictional_dir, sessions_dir)
    listed = ["MASH team", "Moorvale MASH"]  # (the one that met last first: started last)
    monkeypatch.setattr("reflect.store.index.teams_here", lambda folder: listed)
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "t\nInvented huddle\nmash\n3\n1\n\ny\n\n", "child-zz")
    said = flat(out.out)
    assert "2 teams with sessions here have names like “mash”: 1. MASH team 2. Moorvale " \
        "MASH" in said
    assert "Which team is it? 1 to 2: Enter keeps “mash” as typed." in said
    assert "“3” is not a number from 1 to 2." in said
    assert "Team: “MASH team”." in said and "Ring the Moorvale school" in said
    assert "Write to the invented GP" not in said
    assert new_team(sessions_dir) == "MASH team"


def test_from_a_script_or_with_team_given_it_is_said_and_kept(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """A script's next line is its next answer: nothing more is asked of it."""
    last_month(fictional_dir, sessions_dir, "MASH team", SAM,
               Action(text="Ring the Moorvale school", owner="Sam Sample"))
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "t\nInvented huddle\n\n",
                                "child-zz", "--team", "Mash")
    assert "Kept as given: “Mash” is a team of its own" in flat(out.out)  # (never asked)
    code, out = run_walk(monkeypatch, capsys, dirs, "t\nInvented huddle\nmash\nFay Example\n"
                         "Pat Example, Teacher\n\n", "child-zz")
    said = flat(out.out)
    assert code == 0 and "“MASH team” has sessions here: the same team? Kept as given: " \
        "“mash” is a team of its own, its sessions counted apart in reports. To make it " \
        "that team's session, give “MASH team” as the team." in said
    assert new_team(sessions_dir) == "mash"


def test_the_same_team_written_otherwise_or_a_team_not_near_is_not_asked_about(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """"MASH  TEAM" is the team "MASH team" already (case and spaces aside): its spelling is
    taken as the session starts, as before; "Moorvale" is near no team's name."""
    last_month(fictional_dir, sessions_dir, "MASH team", SAM,
               Action(text="Ring the Moorvale school", owner="Sam Sample"))
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs,
                                "t\nInvented huddle\nMASH  TEAM\n\ny\n\n", "child-zz")
    said = flat(out.out)
    assert "has sessions here" not in said and "Take the name" not in said
    assert "Saved under the team name “MASH team”, as its earlier sessions are." in said
    assert "Ring the Moorvale school" in said
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "t\nInvented huddle\nMoorvale\n",
                                "child-zz")
    assert "has sessions here" not in flat(out.out)


def test_the_input_ending_at_the_offer_starts_nothing(monkeypatch, capsys, fictional_dir,
                                                      sessions_dir) -> None:
    last_month(fictional_dir, sessions_dir, "MASH team", SAM,
               Action(text="Ring the Moorvale school", owner="Sam Sample"))
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "t\nInvented huddle\nmash\n", "child-zz")
    assert "Stopped before the session began: no session was kept." in flat(out.out)
    assert len(list_sessions(sessions_dir).entries) == 1  # last month's alone
