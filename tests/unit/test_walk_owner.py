"""Plain mode's action owner typed as the start of a name listed (`Eve`): the listed name
offered, as the app's owner box offers it in grey (model/owners.py); plain mode kept `Eve` as
typed (a trial). All data invented."""

from __future__ import annotations

from reflect.model.owners import completions
from reflect.store.sessions import list_sessions
from tests.unit.test_walk import dirs_for, flat, run_at_terminal, run_walk

START = ("t\nTeam meeting\nInvented Shire team\nFay Example\n"
         "Eve Example, Health visitor\nEva Sample, Social worker\nFinn Example, Teacher\n\n")
"""A team session: Fay Example facilitating, three people here."""
QUESTIONS = "\n\n\n\n" + "\n\n" * 3
"""The four content steps' notes, and the three questions' points and summaries skipped."""


def _owners(sessions_dir):
    [entry] = list_sessions(sessions_dir).entries
    return [(a.text, a.owner) for a in entry.session.actions]


def test_at_a_terminal_a_listed_name_is_offered_for_its_first_letters(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    actions = ("Ring the school\neve\n\n\n"  # Enter: Eve Example
               "Write to the GP\nf\n2\n\n"  # Finn Example or Fay Example: the second
               "Tell the nursery\nEv\n\n\n"  # Eve or Eva: Enter keeps "Ev"
               "Book a room\nFinn\nn\n\n"  # n keeps "Finn"
               "\n\n\n")  # no more actions, no notes, no summary
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                START + "\n" + QUESTIONS + actions, "child-zz")
    assert code == 0
    said = flat(out.out)
    assert "Owner “eve”: Eve Example, as listed? y or n; Enter is y." in said
    assert "Owner: Eve Example." in said
    assert "“f” starts 2 names listed: 1. Finn Example 2. Fay Example" in said
    assert "“Ev” starts 2 names listed: 1. Eve Example 2. Eva Sample" in said
    assert _owners(sessions_dir) == [("Ring the school", "Eve Example"),
                                     ("Write to the GP", "Fay Example"),
                                     ("Tell the nursery", "Ev"), ("Book a room", "Finn")]


def test_from_a_script_the_owner_is_kept_as_typed_and_the_listed_name_said(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """A script's next line is the due date: nothing more is asked of it."""
    actions = "Ring the school\nEve\nFriday\n\n\n\n"
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         START + QUESTIONS + actions, "child-zz")
    assert code == 0
    assert "Owner: “Eve”, as typed; the names listed: Eve Example." in flat(out.out)
    [entry] = list_sessions(sessions_dir).entries
    [action] = entry.session.actions
    assert (action.owner, action.due) == ("Eve", "Friday")


def test_a_dot_alone_for_the_owner_is_no_owner(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """A `.` alone ends an answer everywhere else in plain mode; typed for an owner it was
    kept as an owner named "." (a helper's trial)."""
    actions = "Ring the school\n.\nFriday\n\n\n\n"
    code, _ = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                       START + QUESTIONS + actions, "child-zz")
    assert code == 0
    assert _owners(sessions_dir) == [("Ring the school", "")]


def test_completions_are_the_owner_box_s() -> None:
    names = ["Eve Example", "eve example", "Eva Sample", "Health visitor", "Eve"]
    assert completions("ev", names) == ["Eve Example", "Eva Sample", "Eve"]  # each once
    assert completions("EVE ", names) == ["Eve Example"]  # case aside, as the box compares
    assert completions("Eve Example", names) == []  # typed whole: nothing more to offer
    assert completions("", names) == [] and completions("zed", names) == []
