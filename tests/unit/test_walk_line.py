"""Plain mode's line editor: at a terminal, lines are taken key by key and mended as the
terminal mended them, with no limit on a line's length (the terminal's cut a paste short)."""

import sys

import pytest

from reflect.walk.line import PASTE_END, PASTE_OFF, PASTE_ON, PASTE_START, LineEditor, columns


def typed(*chunks: str, start: int = 0) -> tuple[list[str], str]:
    """The lines taken from `chunks` (each one read), and all that was echoed."""
    editor, lines, shown = LineEditor(), [], []
    editor.start = start
    for chunk in chunks:
        editor.feed(chunk)
        while (got := editor.take(shown.append)) is not None:
            lines.append(got)
    return lines, "".join(shown)


def test_a_line_of_any_length_is_taken_whole():
    long_line = "word " * 2000 + "END"
    lines, shown = typed(long_line[:4000], long_line[4000:] + "\n")
    assert lines == [long_line + "\n"]
    assert shown == long_line + "\n"


def test_backspace_ctrl_w_and_ctrl_u_mend_the_line_as_the_terminal_did():
    lines, shown = typed("Pat Examplx\x7fe, the lead\x17trainer\n", "thrown away\x15kept\n")
    assert lines == ["Pat Example, the trainer\n", "kept\n"]
    assert "x\b \be" in shown and "lead\b \b\b \b\b \b\b \btrainer" in shown
    # Ctrl+W goes back over what is not a word first, as Linux's terminal does
    assert typed("one two...\x17\n")[0] == ["one \n"]
    assert typed("\x7f\x17\x15ok\n")[0] == ["ok\n"]  # nothing to erase: nothing happens


def test_wide_characters_and_tabs_are_erased_by_the_columns_they_take():
    assert columns("日本") == 4 and columns("e\u0301") == 1 and columns("\t", start=3) == 8
    _, shown = typed("日\x7f")
    assert shown.endswith("\b \b\b \b")
    _, shown = typed("a\tb\x7f\x7f", start=2)  # the tab ran from column 3 to 8
    assert shown.endswith("\b \b" + "\b \b" * 5)


def test_ctrl_d_ends_a_half_typed_line_without_a_line_end_and_alone_the_input():
    assert typed("half typed\x04")[0] == ["half typed"]
    assert typed("\x04")[0] == [""]


def test_arrows_and_other_keys_never_reach_the_answer():
    lines, shown = typed("a\x1b[Db\x1bOA\x1b[1;5Cc\x01\x00d\x1b[15~e\n", "f\x1b", "g\n")
    assert lines == ["abcde\n", "fg\n"]  # an Esc at the end of a read is the key alone
    assert "\x1b" not in shown and "\x01" not in shown
    # pasted with a title's sequence, and a paste's own marks: whole sequences dropped
    assert typed("\x1b[200~one \x1b]0;Invented title\x07two\x1b]2;x\x1b\\ three\x1b[201~\n")[0] \
        == ["one two three\n"]
    assert typed("a\x1b]0;never ended\nb\n")[0] == ["a\n", "b\n"]


def test_esc_and_a_key_read_together_keep_the_key():
    """Alt+x reaches the program as Esc and x in one read, as do Esc and a key typed fast:
    the key was dropped with the Esc ("Sam Sample" saved as "SamSample", Enter lost)."""
    assert typed("Sam\x1b Sample\x1bx\n")[0] == ["Sam Samplex\n"]
    # Esc and Enter, Backspace or Ctrl+D: the key does what it does
    assert typed("one\x1b\ntwo\x1b\x7f\x1b\x04")[0] == ["one\n", "tw"]
    # Esc, and then a letter not in English, or an arrow (dropped, as an arrow is)
    assert typed("\x1bé\x1b\x1b[Aa\x1b\x1bOBb\n")[0] == ["éab\n"]
    # Alt+[ or Alt+O and then Enter: the Enter ends the line (it ran into the next line's
    # first letter, taken as the end of an arrow)
    assert typed("a\x1b[\nbc\n", "d\x1bO\nef\n")[0] == ["a\n", "bc\n", "d\n", "ef\n"]
    # an ESC in the middle of an arrow's begins another
    assert typed("x\x1b[1\x1b[Dy\n")[0] == ["xy\n"]


def test_ctrl_r_draws_the_prompt_and_the_line_again_on_a_new_line():
    """A terminal handing over whole lines did (VREPRINT), and stopped doing so when the walk
    took the keys: Ctrl+R was dropped."""
    editor, shown = LineEditor(), []
    editor.prompt, editor.start = "> ", 2
    editor.feed("Pat\tEx\x12ample\x7f\x7f\x7f")
    assert editor.take(shown.append) is None
    assert "".join(shown) == "Pat\tEx^R\n> Pat\tExample" + "\b \b" * 3
    editor.feed("\n")
    assert editor.take(shown.append) == "Pat\tExam\n"
    # the terminal's own key for it
    editor, shown = LineEditor(reprint="\x0c"), []
    editor.feed("ab\x0c\x12c\n")
    assert editor.take(shown.append) == "abc\n" and "".join(shown) == "ab^L\nabc\n"


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_ctrl_r_at_the_first_prompt_read_draws_that_prompt():
    """The editor is made with the terminal's own keys at the first read: the prompt is
    given to that one."""
    import os
    import termios
    import threading
    import time

    from reflect.walk.line import TerminalLines

    main, fd = os.openpty()

    def type_once_taken() -> None:  # (typed before, the terminal's own Ctrl+R would draw it)
        deadline = time.monotonic() + 10
        while termios.tcgetattr(fd)[3] & termios.ICANON and time.monotonic() < deadline:
            time.sleep(0.005)
        os.write(main, b"Sam\x12\n")

    try:
        lines = TerminalLines(fd, bytes.decode, lambda _: None)
        typist = threading.Thread(target=type_once_taken, daemon=True)
        typist.start()
        assert lines.read(5, "Who? ") == "Sam\n"
        typist.join(timeout=10)
        lines.restore()
        shown = b""
        while not shown.endswith(PASTE_OFF.encode()) and len(shown) < 1024:
            shown += os.read(main, 1024)  # (what was written, in as many reads as it takes)
        assert shown == f"{PASTE_ON}Sam^R\r\nWho? Sam\r\n{PASTE_OFF}".encode()
    finally:
        os.close(fd)
        os.close(main)


def test_lines_typed_ahead_or_pasted_together_are_taken_one_at_a_time():
    editor, shown = LineEditor(), []
    editor.feed("one\ntwo\n.\n")
    assert editor.take(shown.append) == "one\n"
    assert shown == ["one\n"]  # the next line is shown after its own prompt, when taken
    assert editor.take(shown.append) == "two\n"
    assert editor.take(shown.append) == ".\n"
    assert editor.take(shown.append) is None


def test_the_terminals_own_keys_are_used():
    editor = LineEditor(erase="\x08", word="\x17", kill="\x18", eof="\x1a")
    editor.feed("abc\x08\x7fX\x18Y\x1a")
    assert editor.take(lambda _: None) == "Y"


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_ctrl_z_gives_the_terminal_back_and_takes_it_again_if_not_stopped(monkeypatch):
    """Stopped by Ctrl+Z, the shell gets its terminal as it was; where the stop does not
    happen (an orphaned process group), the walk takes it again at once, or it would read on
    with the terminal echoing and handing over whole lines."""
    import os
    import signal
    import termios

    from reflect.walk.line import TerminalLines

    main, fd = os.openpty()
    try:
        lines = TerminalLines(fd, bytes.decode, lambda _: None)
        lines._take_terminal()
        assert not termios.tcgetattr(fd)[3] & (termios.ICANON | termios.ECHO)
        seen: list[int] = []

        def not_stopped(pid, signum):  # what the stop finds: the terminal given back
            seen.append(termios.tcgetattr(fd)[3] & termios.ICANON)

        monkeypatch.setattr(os, "kill", not_stopped)
        lines._on_stop(signal.SIGTSTP, None)
        assert seen and seen[0]  # given back as it was ...
        assert not termios.tcgetattr(fd)[3] & termios.ICANON  # ... and taken again
        lines.restore()
        assert termios.tcgetattr(fd)[3] & termios.ICANON and termios.tcgetattr(fd)[3] & \
            termios.ECHO
    finally:
        os.close(fd)
        os.close(main)


def test_joiners_and_variation_selectors_take_no_column():
    """Backspace over "👩‍⚕️" (four characters: woman, joiner, staff, selector) erased more
    columns than it took, letters still in the line gone from view (a trial)."""
    assert columns("👩\u200d⚕\ufe0f") == 3 and columns("a\u200db") == 2
    lines, shown = typed("Team 👩\u200d⚕\ufe0f" + "\x7f" * 2 + "X\n")
    assert lines == ["Team X\n"]
    assert shown.count("\b \b") == 3  # the emoji's columns, no more


@pytest.mark.parametrize("typed_in, left", [
    ("Team 👩🏿\u200d⚕\ufe0fx\x7f\x7f", "Team 👩🏿"),  # staff, its joiner and selector
    ("Team 👩🏿\u200d⚕\ufe0f\x7f\x7f\x7f", "Team "),  # then the tone, then the woman
    ("Cafe\u0301\x7f", "Caf"), ("Ok \u200d\x7f", "Ok"),
])
def test_each_backspace_erases_a_character_to_be_seen(typed_in, left):
    """Backspace over "👩🏿‍⚕️" (five characters) took five presses, two of them erasing nothing
    to be seen (its selector, its joiner), and the team was saved as "Team 👩🏿‍⚕", the emoji
    cut unseen (g345's trial)."""
    lines, _ = typed(typed_in + "\n")
    assert lines == [left + "\n"]


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_carried_on_after_ctrl_z_the_prompt_and_the_line_so_far_are_drawn_again(monkeypatch):
    """After Ctrl+Z and fg, the half-typed line was still held but gone from view: typed
    again, a point was saved twice over (a trial)."""
    import os
    import signal

    from reflect.walk.line import TerminalLines

    main, fd = os.openpty()
    try:
        echoed: list[str] = []
        lines = TerminalLines(fd, bytes.decode, lambda _: None)
        lines._take_terminal()
        monkeypatch.setattr(lines, "_echo", echoed.append)
        lines.editor.prompt = "> "
        lines.editor.feed("Invented half typed")
        assert lines.editor.take(lambda _: None) is None
        monkeypatch.setattr(os, "kill", lambda pid, signum: None)  # stopped, then carried on
        lines._on_stop(signal.SIGTSTP, None)
        lines._on_continue(signal.SIGCONT, None)  # (the signal's own call: drawn once)
        assert echoed[1:] == ["> Invented half typed"]  # (after what the stop said)
        lines.restore()
    finally:
        os.close(fd)
        os.close(main)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_ctrl_c_is_shown_as_the_terminal_showed_it(monkeypatch):
    """The terminal's echo is off while the walk takes the keys: it no longer showed "^C",
    and the stop's message ran on after the half-typed line. Its own key is shown ("^X"),
    and nothing where it showed nothing (echoctl off), nor for a hang-up or SIGTERM."""
    import os
    import signal
    import termios

    from reflect.walk.line import TerminalLines

    main, fd = os.openpty()
    try:
        def shown(intr: bytes, echoctl: bool) -> list[str]:
            attributes = termios.tcgetattr(fd)
            attributes[3] = attributes[3] | termios.ECHOCTL if echoctl else \
                attributes[3] & ~termios.ECHOCTL
            attributes[6][termios.VINTR] = intr
            termios.tcsetattr(fd, termios.TCSANOW, attributes)
            echoed: list[str] = []
            lines = TerminalLines(fd, bytes.decode, lambda _: None)
            lines._take_terminal()
            monkeypatch.setattr(lines, "_echo", echoed.append)
            for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
                lines.interrupted(signum)
            lines.restore()
            return echoed

        assert shown(b"\x03", echoctl=True) == ["^C"]
        assert shown(b"\x18", echoctl=True) == ["^X"]
        assert shown(b"\x03", echoctl=False) == []
    finally:
        os.close(fd)
        os.close(main)


PASTED = f"{PASTE_START}Speak to the invented GP\nthen book supervision\nand read it{PASTE_END}"


def test_lines_pasted_into_a_reply_of_one_line_are_that_one_reply():
    """Three lines of a document pasted into "What I will do" went on into "Who else is
    involved?" and "Due when?" (a trial): pasted into a reply of one line, a line end is a
    space; typed, Enter ends the line as ever."""
    editor, shown = LineEditor(), []
    editor.one_line = True
    editor.feed(PASTED + "\nPat Example\n")
    assert editor.take(shown.append) == \
        "Speak to the invented GP then book supervision and read it\n"
    assert editor.take(shown.append) == "Pat Example\n"
    assert "".join(shown) == "Speak to the invented GP then book supervision and read it\n" \
        "Pat Example\n"


def test_lines_pasted_into_an_answer_of_several_lines_are_its_lines():
    editor = LineEditor()
    editor.feed(PASTED + "\n")
    assert [editor.take(lambda _: None) for _ in range(3)] == [
        "Speak to the invented GP\n", "then book supervision\n", "and read it\n"]


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_the_terminal_is_asked_to_bracket_a_paste_while_the_walk_reads_it():
    import io
    import os
    import termios
    import threading
    import time

    from reflect.walk.dialogue import Dialogue

    main, fd = os.openpty()
    try:
        with os.fdopen(os.dup(fd), "r", encoding="utf-8") as stdin:
            d = Dialogue(stdin, io.StringIO(), width=80)
            def paste_once_taken() -> None:  # (before, the terminal's own line would hold it)
                deadline = time.monotonic() + 10
                while termios.tcgetattr(fd)[3] & termios.ICANON and time.monotonic() < deadline:
                    time.sleep(0.005)
                os.write(main, (PASTED + "\n").encode())

            typist = threading.Thread(target=paste_once_taken, daemon=True)
            typist.start()
            assert d.ask("What I will do?") == \
                "Speak to the invented GP then book supervision and read it"
            typist.join(timeout=10)
            d.close()
        said = b""
        while not said.endswith(PASTE_OFF.encode()) and len(said) < 4096:
            said += os.read(main, 4096)
        assert said.decode().startswith(PASTE_ON), said
    finally:
        os.close(fd)
        os.close(main)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_ctrl_z_says_the_session_stays_open_in_the_walk_put_aside(monkeypatch):
    """Put aside with Ctrl+Z, the walk still has its session open: reflect run again on it
    said it was open in another copy of reflect, with none to be seen (a trial). The stop
    says so, on a line of its own after the half-typed one, before the shell's `Stopped`."""
    import os
    import signal

    from reflect.walk.line import PUT_ASIDE, TerminalLines

    main, fd = os.openpty()
    try:
        echoed: list[str] = []
        lines = TerminalLines(fd, bytes.decode, lambda _: None)
        lines._take_terminal()
        monkeypatch.setattr(lines, "_echo", echoed.append)
        lines.editor.feed("Invented half typed")
        stopped: list[str] = []
        monkeypatch.setattr(os, "kill", lambda pid, signum: stopped.append("".join(echoed)))
        lines._on_stop(signal.SIGTSTP, None)
        assert stopped and stopped[0].startswith("\n") and stopped[0].endswith("\n")
        assert " ".join(stopped[0].split()) == PUT_ASIDE  # said before the stop, whole
        lines.restore()
    finally:
        os.close(fd)
        os.close(main)
