"""Plain mode's lists and answers pasted at a terminal that marks a paste (bracketed paste): a
line end inside a paste is part of the text, never the Enter that ends a list or skips an
answer (walk/dialogue.py `Dialogue.block`, walk/line.py `LineEditor.pasted`). A blank line
pasted into the points ended them there, and the paragraphs after it went on into the
summary (a trial). All data invented."""

from __future__ import annotations

import io
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from reflect.walk.dialogue import Dialogue
from reflect.walk.line import PASTE_END, PASTE_START, LineEditor

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")


def pasted(text: str) -> str:
    """`text` as a terminal sends it pasted, bracketed."""
    return f"{PASTE_START}{text}{PASTE_END}"


def test_the_editor_says_which_line_ends_were_pasted():
    editor = LineEditor()
    editor.feed(pasted("Plans drift\n\nTeam Blue\n") + "\n")
    took = [(editor.take(lambda _: None), editor.pasted) for _ in range(4)]
    assert took == [("Plans drift\n", True), ("\n", True), ("Team Blue\n", True),
                    ("\n", False)]  # the last, Enter typed after the paste


@contextmanager
def at_a_terminal(typed: str) -> Iterator[Dialogue]:
    """A dialogue at a real terminal (a pty), `typed` sent to it once the walk has taken it
    key by key (before, the terminal's own line would hold it)."""
    import termios

    main, fd = os.openpty()
    try:
        with os.fdopen(os.dup(fd), "r", encoding="utf-8") as stdin:
            d = Dialogue(stdin, io.StringIO(), width=80)

            def type_once_taken() -> None:
                deadline = time.monotonic() + 10
                while termios.tcgetattr(fd)[3] & termios.ICANON and time.monotonic() < deadline:
                    time.sleep(0.005)
                os.write(main, typed.encode())

            typist = threading.Thread(target=type_once_taken, daemon=True)
            typist.start()
            try:
                yield d
            finally:
                typist.join(timeout=10)
                d.close()
    finally:
        os.close(fd)
        os.close(main)


def test_a_blank_line_pasted_into_the_points_does_not_end_them():
    """Each pasted line that holds words is a point, as each typed line is; the paste's blank
    lines (and a `.` alone) are passed over, and Enter typed on an empty line ends the list."""
    typed = pasted("Training is patchy\n\nTeam Blue has no chronology\n.\n"
                   "Pat Example was not told\n") + "\nThe summary, typed\n.\n"
    said: list[str] = []
    with at_a_terminal(typed) as d:
        points = d.block("Points made, one per line (an empty line ends the list):",
                         blank_ends=True, each=said.append)
        summary = d.block("Summary of the discussion:")
    assert points == "Training is patchy\nTeam Blue has no chronology\nPat Example was not told"
    assert said == points.split("\n")  # (each said back once, no empty point)
    assert summary == "The summary, typed"


def test_a_paste_starting_with_a_blank_line_does_not_skip_an_answer():
    """An empty line first skips an answer when typed (Enter); pasted, it is passed over, and
    a `.` alone pasted is a line of the answer, not its end: only a typed one ends it."""
    typed = pasted("\nWhat went well for Team Blue.\n.\n\nWhat did not.\n") + ".\n"
    with at_a_terminal(typed) as d:
        answer = d.block("What?")
    assert answer == "What went well for Team Blue.\n.\n\nWhat did not."


def test_typed_lines_end_as_before():
    typed = "Training is patchy\n\n\n"
    with at_a_terminal(typed) as d:
        assert d.block("Points:", blank_ends=True) == "Training is patchy"
        assert d.block("What?") == ""  # Enter on an empty line skips
