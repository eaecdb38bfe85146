"""Plain mode's lines at a terminal, taken key by key and mended here, not by the terminal.

A terminal that hands over a line at a time (canonical mode) holds at most 4,095 characters of
it (Linux's N_TTY_BUF_SIZE; a Mac's MAX_CANON is 1,024) and drops the rest without a word: a
pasted paragraph of 5,000 characters was saved cut short, its end gone (a trial). So while the walk
runs, the terminal hands over keys as they come, without echoing them (non-canonical mode), and
what it did with them is done here (`LineEditor`): echo, Enter, Backspace, Ctrl+W (a word),
Ctrl+U (the line), Ctrl+R (the prompt and line drawn again on a new line) and Ctrl+D (ends a
half-typed line and the input, one press). Ctrl+C, Ctrl+Z and Ctrl+\\ stay the terminal's
(signals); its echo off, the "^C" it showed is shown here (`TerminalLines.interrupted`), and
the line being typed is there to keep (`LineEditor.line`). An escape sequence (an arrow, a
function key) is dropped, as before: none ever reached an answer; Esc and a key read together
(Alt+key, or Esc and then a key typed fast) are the key. Keys typed ahead, or a paste of many
lines, wait here for the prompts that read them, so each line is shown after its own prompt.
"""

from __future__ import annotations

import atexit
import codecs
import os
import signal
import sys
import unicodedata
from collections.abc import Callable
from types import FrameType
from typing import Any, TextIO

from reflect.line_ends import PASTE_END, PASTE_START, PasteCleaner

if sys.platform != "win32":  # (`TerminalLines` is used at a POSIX terminal only)
    import termios

_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None

_ERASE = {"\x7f", "\b"}
"""Backspace, as terminals send it (either), besides the terminal's own erase character."""
_TAB = 8

PASTE_ON, PASTE_OFF = "\x1b[?2004h", "\x1b[?2004l"
"""Bracketed paste asked of the terminal, and given up: a paste then comes between
`PASTE_START` and `PASTE_END`, so a line end inside it is known to be pasted, not typed."""
PUT_ASIDE = ("Put aside: fg carries on here. Until this walk ends, the session stays open in it: "
             "another reflect opens it read-only, or says to close it here first.")
"""Said as Ctrl+Z stops the walk: a sergeant on call put it aside for a call, ran reflect
again later on the same session and was told it was open in another copy of reflect, with
none to be seen (a trial)."""


def columns(text: str, start: int = 0) -> int:
    """The column the cursor is at after `text` is shown from column `start` (tab stops every
    8; a wide character two columns; a combining one, a joiner or a variation selector none:
    counted as one, Backspace over "👩‍⚕️" erased letters still in the line from view, a trial;
    an emoji's skin tone two, as tmux draws it: "👍🏽" four)."""
    at = start
    for c in text:
        if c == "\t":
            at += _TAB - at % _TAB
        elif unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf") \
                or "\ufe00" <= c <= "\ufe0f":
            continue
        else:
            at += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return at


def _control(c: str) -> bool:
    """A control character (C0, DEL, C1): not text, and not to be shown raw."""
    return c < " " or "\x7f" <= c < "\xa0"


def caret(c: str) -> str:
    """A key as a terminal echoes it: a control key with a caret ("^C" for Ctrl+C, DEL
    "^?"), any other as it is."""
    return "^" + chr(ord(c) ^ 0x40) if c < " " or c == "\x7f" else c


def _erase_start(line: str) -> int:
    """Where Backspace's erase stops: back over one character that takes a column, with the
    characters that take none after it (a variation selector, a combining accent) and a joiner
    before it, each press erasing something to be seen, as tmux draws the line (`columns`: an
    emoji's skin tone its own two cells, erased alone). By the character, Backspace over
    "👩🏿‍⚕️" took five presses, two of them erasing nothing to be seen (its selector, its
    joiner), and a team was saved as "Team 👩🏿‍⚕", the emoji cut unseen (g345's trial)."""
    n = len(line)
    while n and columns(line[n - 1]) == 0 and line[n - 1] != "\t":
        n -= 1
    n = max(n - 1, 0)
    while n and line[n - 1] == "\u200d":
        n -= 1
    return n


def _word_start(line: str) -> int:
    """Where Ctrl+W's erase stops, as Linux's terminal does it: back over anything up to a
    word (letters, digits, _), then over the word."""
    n, seen = len(line), False
    while n:
        c = line[n - 1]
        if c.isalnum() or c == "_":
            seen = True
        elif seen:
            break
        n -= 1
    return n


class LineEditor:
    """Text as typed in (`feed`), lines out (`take`): what a terminal does with keys when it
    hands over a line at a time, without its limit on a line's length."""

    def __init__(self, erase: str = "\x7f", word: str = "\x17", kill: str = "\x15",
                 eof: str = "\x04", reprint: str = "\x12") -> None:
        self.erase, self.word, self.kill, self.eof = _ERASE | {erase}, word, kill, eof
        self.reprint = reprint
        self.line = ""
        """The line being typed."""
        self.prompt = ""
        """What the line is typed after, drawn again with it (Ctrl+R; carried on after Ctrl+Z)."""
        self.start = 0
        """The column the line starts at (after its prompt): where its tabs' stops fall."""
        self._waiting = ""
        """Typed, and not yet taken into a line (keys typed ahead; the rest of a paste)."""
        self._escape = ""
        """An escape sequence begun and not yet ended."""
        self._clean = PasteCleaner()
        """A paste held until it ends, its line ends then one each (`PasteCleaner`)."""
        self.one_line = False
        """The reply being typed is one line (a name, an action, a due date, a choice): a line
        end inside a paste is a space in it. Pasted into "What I will do", three lines of a
        document went on into "Who else is involved?" and "Due when?" (a trial). (In an
        answer of several lines, each pasted line is a line of it, as typed.)"""
        self._pasting = False
        """Within a bracketed paste (`PASTE_START` seen, `PASTE_END` not yet)."""
        self.pasted = False
        """The line last taken was ended by a line end inside a paste, not by Enter: an empty
        one (or a `.`) does not end a list or an answer (`Dialogue.block`)."""

    def feed(self, text: str, final: bool = False) -> None:
        """`text` arrived (all that one read found; `final`: the last): an Escape at its end is
        the Esc key on its own (dropped), not the start of a sequence (an arrow's) still to
        come. A paste is taken once it has ended, its line ends one "\\n" each, as it was
        written (`PasteCleaner`): a CR typed is Enter (the terminal's ICRNL is off), and the
        CR CR that xterm and tmux send for a pasted CR LF was two, a blank line after each."""
        text = self._clean(text, final)
        self._waiting += text[:-1] if text.endswith("\x1b") else text

    def take(self, echo: Callable[[str], None]) -> str | None:
        """The next line, ended by Enter (with its "\\n") or by Ctrl+D (without; "" for
        Ctrl+D on an empty line: the end of the input); None until one is typed. What is
        typed is shown through `echo`, as the terminal showed it."""
        shown: list[str] = []
        got: str | None = None
        n = 0
        while got is None and n < len(self._waiting):
            c = self._waiting[n]
            n += 1
            if (self._escape or c == "\x1b") and self._escaping(c):
                continue
            if c in "\r\n" and self._pasting and self.one_line:
                self.line += " "
                shown.append(" ")
            elif c in "\r\n":
                got, self.line, self.pasted = self.line + "\n", "", self._pasting
                shown.append("\n")
            elif c == self.eof:
                got, self.line, self.pasted = self.line, "", False
            elif c in self.erase:
                shown.append(self._back_to(_erase_start(self.line)))
            elif c == self.word:
                shown.append(self._back_to(_word_start(self.line)))
            elif c == self.kill:
                shown.append(self._back_to(0))
            elif c == self.reprint:  # as the terminal showed it: "^R", then on a new line
                shown.append(f"{caret(c)}\n{self.prompt}{self.line}")
            elif c == "\t" or not _control(c):
                self.line += c
                shown.append(c)
        self._waiting = self._waiting[n:]
        if shown:  # as typed, an emoji's skin tone and all, as the walk says its words
            echo("".join(shown))
        return got

    def _escaping(self, c: str) -> bool:
        """ESC [ … final, ESC O x, a title's ESC ] … BEL (or ESC \\): taken whole, and
        dropped, as the models drop them from text. False: `c` is not part of one, and is
        taken as typed: the key after a lone ESC (Alt+key, or Esc and a key typed fast, read
        together: the key was lost), a control key in the middle of an arrow's (Enter after
        Alt+[ ran on into the next line's first letter), a line end in a title never ended."""
        sequence = self._escape
        if sequence.startswith("\x1b]"):
            if c in "\r\n" or len(sequence) > 512:
                self._escape = ""
                return False
        elif c == "\x1b":  # a new one begins (an ESC in an arrow's never ends it)
            self._escape = c
            return True
        elif sequence and ((len(sequence) == 1 and c not in "[O]") or not " " <= c <= "~"):
            self._escape = ""
            return False
        self._escape = sequence = sequence + c
        if len(sequence) < 3:
            return True
        if sequence[1] == "[":
            ended = "\x40" <= c <= "\x7e"
        elif sequence[1] == "O":
            ended = True
        else:
            ended = c == "\x07" or sequence.endswith("\x1b\\")
        if ended:
            self._escape = ""
            if sequence in (PASTE_START, PASTE_END):
                self._pasting = sequence == PASTE_START
        return True

    def _back_to(self, keep: int) -> str:
        """The line cut to its first `keep` characters; what erases the rest from view."""
        keep = max(keep, 0)
        gone = columns(self.line, self.start) - columns(self.line[:keep], self.start)
        self.line = self.line[:keep]
        return "\b \b" * gone


class TerminalLines:
    """Lines read from the terminal `fd` through a `LineEditor`, the terminal set to hand
    over keys as they come from the first read until `restore` (or the program's end).

    Ctrl+Z gives the terminal back as it was before stopping; carried on (fg), the walk
    takes it again."""

    def __init__(self, fd: int, decode: Callable[[bytes], str],
                 fallback_echo: Callable[[str], None]) -> None:
        self.fd, self._decode, self._fallback_echo = fd, decode, fallback_echo
        self._as_was: list[Any] | None = None
        self._keyed: list[Any] | None = None
        self._handlers: dict[int, _Handler] = {}
        self.editor = LineEditor()
        self.one_line = False
        """The next line read is a reply of one line: a line end pasted into it a space
        (`LineEditor.one_line`)."""
        self._interrupt = "^C"
        """What the terminal showed for Ctrl+C (its own key; nothing if it did not echo)."""
        self._stopped = False
        """Stopped by Ctrl+Z and not yet carried on: the prompt and line are drawn again then
        (after `fg` they were gone from view, still held: retyped, a point was saved twice)."""

    @classmethod
    def at(cls, stream: TextIO, fallback_echo: Callable[[str], None]) -> TerminalLines | None:
        """Lines from `stream` when it is a terminal handing over a line at a time (a POSIX
        terminal in canonical mode), else None: lines are read from it as they come."""
        if sys.platform == "win32":
            return None
        try:
            fd = stream.fileno()
            if not termios.tcgetattr(fd)[3] & termios.ICANON:
                return None
        except (AttributeError, OSError, ValueError, termios.error):
            return None
        decode = codecs.getincrementaldecoder(
            getattr(stream, "encoding", None) or "utf-8")(errors="replace").decode
        return cls(fd, decode, fallback_echo)

    def read(self, start: int, prompt: str = "") -> str:
        """The next line (see `LineEditor.take`), after `prompt`, shown from column `start`
        (drawn again, with the line typed so far, when the walk is carried on after Ctrl+Z)."""
        self.take()
        self.editor.prompt = prompt  # (after the editor is made with the terminal's keys)
        self.editor.one_line = self.one_line
        if self._keyed is None:  # the terminal would not be set: read lines as it gives them
            return self._decode(os.read(self.fd, 65536))
        self.editor.start = start
        while (got := self.editor.take(self._echo)) is None:
            data = os.read(self.fd, 65536)
            if not data:  # the terminal has gone (a paste never ended: what came of it)
                self.editor.feed("", final=True)
                return self.editor.take(self._echo) or ""
            self.editor.feed(self._decode(data))
        return got

    def take(self) -> None:
        """The terminal set to hand over keys as they come, if it is not yet: before the
        first prompt is shown (what asking for bracketed paste writes then goes before it)."""
        if self._as_was is None:
            self._take_terminal()

    def _paste_mode(self, switch: str) -> None:
        """Bracketed paste asked for, or given up: written to the terminal if it can be, else
        not at all (a window closed: the stop saves all the same)."""
        try:
            os.write(self.fd, switch.encode())
        except OSError:
            pass

    def _echo(self, text: str) -> None:
        try:
            os.write(self.fd, text.encode("utf-8", "replace"))
        except OSError:  # a terminal opened for reading only
            self._fallback_echo(text)

    def _take_terminal(self) -> None:
        try:
            self._as_was = termios.tcgetattr(self.fd)
            keyed = termios.tcgetattr(self.fd)
        except termios.error:
            self._as_was = []
            return
        keyed[0] &= ~(termios.ICRNL | termios.IGNCR | termios.INLCR)  # (CR: `LineEditor.feed`)
        keyed[3] &= ~(termios.ICANON | termios.ECHO)
        keyed[6][termios.VMIN], keyed[6][termios.VTIME] = 1, 0
        chars = self._as_was[6]
        assert isinstance(chars, list)

        def char(index: int, default: str) -> str:
            c = chars[index]
            return c.decode("latin-1") if isinstance(c, bytes) and c != b"\0" else default

        self.editor = LineEditor(char(termios.VERASE, "\x7f"), char(termios.VWERASE, "\x17"),
                                 char(termios.VKILL, "\x15"), char(termios.VEOF, "\x04"),
                                 char(termios.VREPRINT, "\x12"))
        shown = termios.ECHO | getattr(termios, "ECHOCTL", 0)
        self._interrupt = caret(char(termios.VINTR, "\x03")) \
            if self._as_was[3] & shown == shown else ""
        if not self._set(keyed):
            return
        self._keyed = keyed
        self._paste_mode(PASTE_ON)
        atexit.register(self.restore)
        try:
            for signum, handler in ((signal.SIGTSTP, self._on_stop),
                                    (signal.SIGCONT, self._on_continue)):
                self._handlers[signum] = signal.signal(signum, handler)
        except ValueError:  # not the main thread: the terminal's own handling
            pass

    def _set(self, attributes: list[Any]) -> bool:
        try:
            termios.tcsetattr(self.fd, termios.TCSANOW, attributes)
        except (termios.error, OSError):
            return False
        return True

    def _on_stop(self, signum: int, frame: FrameType | None) -> None:
        self._stopped = True
        self._paste_mode(PASTE_OFF)
        if self._as_was:
            self._set(self._as_was)
        self._echo("\n" + _fitted(PUT_ASIDE) + "\n")
        signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTSTP)  # stopped here until carried on
        signal.signal(signal.SIGTSTP, self._on_stop)
        self._on_continue(signal.SIGCONT, None)  # (an orphaned process is not stopped)

    def _on_continue(self, signum: int, frame: FrameType | None) -> None:
        if self._keyed is not None:  # (the shell set the terminal back as it likes it)
            self._set(self._keyed)
            self._paste_mode(PASTE_ON)
            if self._stopped:  # (called twice on carrying on: by the signal and `_on_stop`)
                self._stopped = False
                self._echo(self.editor.prompt + self.editor.line)

    def interrupted(self, signum: int) -> None:
        """Stopped by `signum`: Ctrl+C shown as the terminal showed it before its echo was
        turned off ("^C"; the stop's message follows on a line of its own)."""
        if signum == signal.SIGINT and self._keyed is not None and self._interrupt:
            self._echo(self._interrupt)

    def restore(self) -> None:
        """The terminal as it was before the walk took it."""
        keyed, self._keyed = self._keyed, None
        if keyed is None:
            return
        for signum, handler in self._handlers.items():
            signal.signal(signum, handler)
        self._handlers = {}
        self._paste_mode(PASTE_OFF)
        if self._as_was:
            self._set(self._as_was)
        atexit.unregister(self.restore)


def _fitted(text: str) -> str:
    """`text` wrapped at words to the terminal's width (at most 80 columns)."""
    import shutil
    import textwrap

    width = min(shutil.get_terminal_size((80, 24)).columns, 80) - 1
    return textwrap.fill(text, max(width, 20), break_on_hyphens=False)
