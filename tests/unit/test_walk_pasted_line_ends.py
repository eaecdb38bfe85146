"""Plain mode's pastes keep the lines pasted (walk/line.py, reflect/line_ends.py): the walk read
them with the terminal's ICRNL on, every CR already an LF, so the CR CR that xterm and tmux
send for a Windows line end (CR LF) was two line ends, and an answer pasted as three lines
was saved with a blank line after each (g418's trial in tmux)."""

from __future__ import annotations

import sys

import pytest

from reflect.walk.line import PASTE_END, PASTE_START, LineEditor

LINES = ["Invented line one\n", "Invented line two\n", "\n", "Invented line four\n"]
"""What was copied: three lines of words, a blank line among them."""


def taken(*reads: str, one_line: bool = False) -> list[str]:
    """The lines the editor takes from `reads`, each what one read of the terminal found."""
    editor, lines = LineEditor(), []
    editor.one_line = one_line
    for text in reads:
        editor.feed(text)
        while (got := editor.take(lambda _: None)) is not None:
            lines.append(got)
    return lines


@pytest.mark.parametrize("line_end", ["\r\r", "\r", "\r\n", "\n"])
def test_a_paste_is_its_lines_however_the_terminal_sent_its_line_ends(line_end: str) -> None:
    """CR CR: a Windows text through xterm or tmux; CR: an LF text through them; CR LF and LF:
    a terminal that passes the text as it is. Split between reads at every place but after
    the first ESC (a read ending in ESC is the Esc key alone, `LineEditor.feed`)."""
    sent = PASTE_START + "".join(LINES).replace("\n", line_end) + PASTE_END
    for cut in [0, *range(2, len(sent) + 1)]:
        assert taken(sent[:cut], sent[cut:]) == LINES, (line_end, cut)


def test_a_windows_text_pasted_into_a_reply_of_one_line_has_one_space_a_line_end() -> None:
    assert taken(PASTE_START + "Ring the\r\rinvented GP" + PASTE_END + "\r", one_line=True) \
        == ["Ring the invented GP\n"]


def test_enter_typed_is_a_line_end_each_press() -> None:
    """The terminal's ICRNL is off: Enter reaches the walk as CR. Typed twice, it is an empty
    line (which ends an answer's points), as it was."""
    assert taken("typed\r", "\r", "Ctrl+J too\n") == ["typed\n", "\n", "Ctrl+J too\n"]


def test_a_paste_held_when_the_terminal_goes_is_taken_as_it_came() -> None:
    editor = LineEditor()
    editor.feed(PASTE_START + "Invented one\r\rtwo")
    assert editor.take(lambda _: None) is None  # held: its end has not come
    editor.feed("", final=True)
    assert editor.take(lambda _: None) == "Invented one\n"
    assert editor.take(lambda _: None) is None and editor.line == "two"


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_the_walk_reads_cr_as_it_comes_and_gives_the_terminal_its_icrnl_back() -> None:
    import os
    import termios

    from reflect.walk.line import TerminalLines

    main, fd = os.openpty()
    try:
        attributes = termios.tcgetattr(fd)
        attributes[0] |= termios.ICRNL
        termios.tcsetattr(fd, termios.TCSANOW, attributes)
        lines = TerminalLines(fd, bytes.decode, lambda _: None)
        lines.take()  # (the terminal's own ICRNL works on input as it arrives)
        os.write(main, (PASTE_START + "Invented one\r\rtwo" + PASTE_END + "\r").encode())
        assert lines.read(2, "> ") == "Invented one\n"
        assert not termios.tcgetattr(fd)[0] & termios.ICRNL
        assert lines.read(2, "> ") == "two\n"
        lines.restore()
        assert termios.tcgetattr(fd)[0] & termios.ICRNL
    finally:
        os.close(fd)
        os.close(main)
