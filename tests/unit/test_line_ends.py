"""A paste's line ends are one line end each, however the terminal sent them (line_ends.py):
CR LF, and the CR CR that xterm and tmux send for it, gave a blank line after every pasted
line of an answer (a new user's trial)."""

from __future__ import annotations

import pytest

from reflect.line_ends import pasted_line_ends
from reflect.ui.driver import PASTE_END, PASTE_START, PasteCleaner

AS_WRITTEN = "Invented first line\nsecond line\n\nafter a blank line\n"


@pytest.mark.parametrize("sent", [
    AS_WRITTEN,  # LF, as pasted by most terminals on Linux and a Mac
    AS_WRITTEN.replace("\n", "\r\n"),  # Windows line ends, passed as they are
    AS_WRITTEN.replace("\n", "\r"),  # LF line ends through xterm or tmux
    AS_WRITTEN.replace("\n", "\r\r"),  # Windows line ends through xterm or tmux
])
def test_each_line_end_is_one_and_a_blank_line_stays_one(sent: str) -> None:
    assert pasted_line_ends(sent) == AS_WRITTEN


def test_a_lone_cr_among_pairs_makes_every_cr_a_line_end() -> None:
    """A run of CRs of an odd length: the text came with one CR a line end, so CR CR is a
    blank line (an LF text's, through tmux)."""
    assert pasted_line_ends("one\rtwo\r\rthree") == "one\ntwo\n\nthree"


def test_text_without_a_cr_is_left_as_it_is() -> None:
    assert pasted_line_ends("tab\there\n\n") == "tab\there\n\n"


def test_the_terminals_paste_is_read_with_one_line_end_each() -> None:
    """As read from the terminal (ui/driver.py), split between two reads."""
    clean = PasteCleaner()
    read = clean(PASTE_START + "Invented one\r") + clean("\rtwo" + PASTE_END)
    assert read == PASTE_START + "Invented one\ntwo" + PASTE_END
