"""Plain mode's points: each point taken said back (`Added point: …`, as an action is), who a
point's "@…" gave it to on the next line, and a
"@…" naming no one, or several, is said with what was done (walk/points.py). A point typed
`… @eve` went to Eve Example, or to no one, in silence (a trial). All data invented."""

from __future__ import annotations

from reflect.model.attribution import attribute, candidates
from reflect.model.session import Participant
from reflect.store.sessions import list_sessions
from reflect.walk.point_change import HOW
from reflect.walk.points import HELP_AGAIN, how_said, list_said, said_back
from tests.unit.test_walk import dirs_for, flat, run_at_terminal, run_walk

PEOPLE = ("Eve Example, Health visitor, Invented Health\n"
          "Eva Sample, Social worker\n"
          "Finn Example, Teacher, Invented School\n")


def walk_with_points(monkeypatch, capsys, fictional_dir, sessions_dir, points: str,  # type: ignore[no-untyped-def]
                     run=run_walk):
    """A team session walked with `points` (lines) typed on its first question, the rest
    left empty (`run`: piped, or `run_at_terminal`): the exit code and what was printed."""
    note = "\n" if run is run_at_terminal else ""  # (Enter past the content note)
    script = ("t\nTeam meeting\nInvented Shire team\n"
              f"Fay Example\n{PEOPLE}\n"
              f"{note}\n\n\n\n"  # four content steps
              f"{points}\n"
              "\n"  # no summary
              "\n\n\n\n"  # questions 2 and 3
              "\n\n\n")  # no actions, no notes, no summary
    return run(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script, "child-zz")


def test_each_point_says_who_it_was_given_to(monkeypatch, capsys, fictional_dir,
                                             sessions_dir) -> None:
    code, out = walk_with_points(monkeypatch, capsys, fictional_dir, sessions_dir,
                                 "Plans drift @eve\nSchools not told @finn\nNobody asked @zed\n"
                                 "Both of them @ev\nNo one in particular\n")
    assert code == 0
    said = flat(out.out)
    assert "Said by Eve Example, Health visitor, Invented Health." in said
    assert "Said by Finn Example, Teacher, Invented School." in said
    assert "“@zed” names no one here: the point is kept as typed, said by no one." in said
    assert "“@ev” could be Eve Example or Eva Sample: the point is kept as typed, said by " \
        "no one." in said
    assert said.count("Said by") + said.count("said by no one") == 4  # none for no "@…"
    # each point taken is said back, as an action is ("Added action: …"): one with no "@…"
    # was taken in silence, and a screen reader user could not tell it had been (a trial)
    assert "Added point: Plans drift Said by Eve Example, Health visitor" in said
    assert "Added point: Nobody asked @zed “@zed” names no one here" in said
    assert "Added point: No one in particular > Summary" in said
    assert "→" not in said  # (in words: "right arrow" read aloud, a screen reader's trial)
    [entry] = list_sessions(sessions_dir).entries
    s = entry.session
    eve, _, finn = s.participants
    assert [(p.text, p.by) for p in s.answers[0].points] == [
        ("Plans drift", eve.id), ("Schools not told", finn.id), ("Nobody asked @zed", ""),
        ("Both of them @ev", ""), ("No one in particular", "")]
    # The words as typed kept where their "@…" named who said it, as the app keeps them:
    # taken off the list in the app, Eve leaves "Plans drift @eve" (model/presence.py).
    assert [p.typed_as for p in s.answers[0].points] == [
        "Plans drift @eve", "Schools not told @finn", None, None, None]


def test_a_name_of_someone_marked_not_here_is_said_so() -> None:
    people = [Participant(id="p1", name="Eve Example", role="Health visitor", attended=False),
              Participant(id="p2", name="Finn Example", role="Teacher")]
    said = attribute("Plans drift @eve", candidates(people))
    assert said_back(said, people) == ("“@eve” is Eve Example, marked not here: the point "
                                       "is kept as typed, said by no one.")
    assert said_back(attribute("Plans drift @eve", []), []) == (
        "“@eve”: no one is listed on Who is here, so the point is kept as typed, said by no "
        "one.")


def test_a_whole_first_name_is_the_person_not_a_surname_it_starts() -> None:
    """Plain mode reads "@Sam" as the app does (model/attribution.py): Sam Sample, not Chris
    Sample too (a trial: both, and the point kept with "@Sam" in it)."""
    people = [Participant(id="p1", name="Sam Sample", role="Social worker"),
              Participant(id="p2", name="Chris Sample", role="School nurse")]
    said = attribute("Alcohol use is not asked about @Sam", candidates(people))
    assert (said.text, said.by) == ("Alcohol use is not asked about", "p1")
    assert said_back(said, people) == "Said by Sam Sample, Social worker."


def test_an_at_name_alone_is_not_a_point(monkeypatch, capsys, fictional_dir,
                                         sessions_dir) -> None:
    """"@Eve" typed as a point was saved as the point "@Eve", said by no one, which the
    export then refused; the app adds nothing (model/said_by.py `read_point`), and says so."""
    code, out = walk_with_points(monkeypatch, capsys, fictional_dir, sessions_dir,
                                 "@Eve\nPlans drift @eve\n")
    assert code == 0
    said = flat(out.out)
    assert "“@Eve” alone is not a point: nothing was added. Type what was said, then the " \
        "@name (“Ring the school @Eve”)." in said
    assert said.count("Added point:") == 1  # (Plans drift alone)
    [entry] = list_sessions(sessions_dir).entries
    s = entry.session
    assert [(p.text, p.by) for p in s.answers[0].points] == [
        ("Plans drift", s.participants[0].id)]


def test_l_alone_lists_the_points_made_and_typed_again_is_a_point(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """`l` alone at a terminal lists the points made so far, as at the actions prompt (it was
    added as a point called l: a trial); typed again at once it is a point; piped, it is a
    point as typed."""
    code, out = walk_with_points(monkeypatch, capsys, fictional_dir, sessions_dir,
                                 "l\nPlans drift @eve\nl\nl\n", run=run_at_terminal)
    assert code == 0
    said = flat(out.out)
    assert "No points are made on this question yet. To add a point called l, type l " \
        "again." in said
    assert "Point made: Plans drift. Said by Eve Example, Health visitor, Invented Health. " \
        "To add a point called l, type l again." in said
    # said where .change and .move are, in the actions prompt's words (it was not: a trial)
    assert ".move alone moves one to another question. l alone lists the points made so " \
        "far. ? alone says this again. Points made, one per line" in said
    [entry] = list_sessions(sessions_dir).entries
    assert [p.text for p in entry.session.answers[0].points] == ["Plans drift", "l"]


def test_a_script_keeps_l_as_a_point(monkeypatch, capsys, fictional_dir,
                                     sessions_dir) -> None:
    walk_with_points(monkeypatch, capsys, fictional_dir, sessions_dir, "l\nPlans drift\n")
    [entry] = list_sessions(sessions_dir).entries
    assert [p.text for p in entry.session.answers[0].points] == ["l", "Plans drift"]
    assert list_said(True) == "To add a point called l, type l again."


def test_how_to_change_move_and_list_is_said_once_a_step_and_again_at_a_question_mark(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """After each `l` the `.change`/`.move`/`l` line was said again, the same words read out
    every time (a screen reader user's trial): once a step, and at `?` alone, asked for."""
    code, out = walk_with_points(monkeypatch, capsys, fictional_dir, sessions_dir,
                                 "Plans drift @eve\nl\nSchools not told\nl\n",
                                 run=run_at_terminal)
    assert code == 0 and flat(out.out).count(HOW) == 1
    for entry in list_sessions(sessions_dir).entries:
        entry.path.unlink()
    code, out = walk_with_points(monkeypatch, capsys, fictional_dir, sessions_dir,
                                 "Plans drift\n?\nhelp\nhelp\n", run=run_at_terminal)
    said = flat(out.out)
    assert code == 0 and said.count(how_said(True)) == 2
    assert "? alone says this again. Points made, one per line" in said
    # `help` alone asks for it too, and says how to make it a point: typed again at once
    assert said.count(HELP_AGAIN) == 1
    assert f"? alone says this again. {HELP_AGAIN} Points made, one per line" in said
    [entry] = list_sessions(sessions_dir).entries
    assert [p.text for p in entry.session.answers[0].points] == ["Plans drift", "help"]
