"""What the terminal shows once the app has ended with Ctrl+Q (it showed nothing: a trial
did not know the session was saved, nor how to come back to it), in a real terminal at 80x24
and 60x20: the session saved, where, and the command that carries on with it, as it can be
typed there (reflect is not on this terminal's PATH: started by its path, it is said so)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.store.sessions import list_sessions
from tests.e2e.terminal import REFLECT

NO_REFLECT = "/usr/bin:/bin"
"""A PATH without reflect on it (whatever the machine running the tests has)."""


def sized(size: tuple[int, int]) -> dict[str, str]:
    """The terminal's size as COLUMNS and LINES: under pytest, readline puts COLUMNS=80 and
    LINES=24 into what child processes inherit (not into os.environ), and tmux hands them on:
    the app then lays itself out at 80x24 whatever the pane's size."""
    return {"COLUMNS": str(size[0]), "LINES": str(size[1])}


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
def test_ctrl_q_from_a_session_says_where_it_was_saved_and_how_to_carry_on(
        run_reflect, sessions_dir, size):
    term = run_reflect(env={"PATH": NO_REFLECT, **sized(size)}, size=size)
    term.wait_for("Child AC")
    term.keys("Enter")
    term.wait_for("Team discussion (a facilitator")
    term.keys("Tab")
    term.wait_cursor_on("team discussion")  # in the title box (its placeholder says so)
    term.type("Invented team meeting")
    term.wait_for("Invented team meeting")
    term.keys("C-s")
    term.wait_for("Participants: ✓ here")  # Who is here (at 60x20, its heading above)
    term.keys("C-q")  # nothing typed into it: still where it is, and how to come back
    term.wait_exit()
    [entry] = list_sessions(sessions_dir).entries
    lines = [line for line in term.screen().splitlines() if line.strip()]
    assert lines[0] == "Saved “Invented team meeting” in"
    carry = next(n for n, line in enumerate(lines) if line.startswith("To carry on:"))
    assert "".join(lines[1:carry]) == str(entry.path)  # whole, broken only after a "/"
    assert lines[carry - 1].endswith(entry.path.name)
    assert all(len(line) <= size[0] for line in lines)
    said = " ".join(lines[carry:]).removeprefix("To carry on:").split()
    assert said[1:] == ["open", entry.session.id]
    assert os.path.samefile(Path(os.getcwd(), said[0]), REFLECT)  # as it can be typed here


def test_ctrl_q_from_the_start_screen_leaves_the_terminal_quiet(run_reflect):
    term = run_reflect(env={"PATH": NO_REFLECT, **sized((80, 24))}, size=(80, 24))
    term.wait_for("Child AC")
    term.keys("C-q")
    term.wait_exit()
    assert term.screen().strip() == ""
