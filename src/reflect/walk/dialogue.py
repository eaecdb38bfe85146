"""Plain mode's dialogue: text said wrapped at words (reflect/wrapping.py, as every message
reflect prints), lines read (at a POSIX terminal key by key, walk/line.py), one-line replies,
answers over several lines, y or n; and, when a stop comes (a signal, or at a terminal
Ctrl+D after typing), what was being typed: kept through the prompt's `keep`, or said not
taken.

A stop keeps a reply half typed as Enter would have taken it: the lines of an answer, and a
one-line reply (an action, its owner, a due date, a person) as typed. A choice (y or n, a
status, a step's number, minutes) half typed is not taken, and the stop says so: a letter or
a number cut short is not the choice (half of "45" minutes is 4). (Every half-typed one-line
reply was lost, and nothing said so, while the answers of several lines kept theirs; then
Ctrl+D kept one, a choice too, and said nothing of it: trials.)
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, TextIO

from reflect.commands import program
from reflect.stopping import terminal_gone
from reflect.text import printable, readable
from reflect.walk.dot_words import unknown_word
from reflect.walk.spoken import yes_no_asked
from reflect.wrapping import wrap_words

if TYPE_CHECKING:
    from reflect.walk.line import TerminalLines

END = "."
"""A line holding only this ends an answer of several lines."""

ADD = "+"
"""Starting an answer with this adds it to what the box held: what Enter on a typed answer
does anyway, so a person used to it (the rule until 4 December 2026) gets what they meant."""

REPLACE = "="
"""Starting an answer with this replaces what the box held: the one way to, so nothing written
before is lost unless the person chooses it (typing on after "So far:" replaced it, unasked
and for good: a trial)."""

BACK = ".back"
MOVES = {BACK: "back", ".next": "next"}
"""A line typed holding only one of these, in an answer, notes or a list of points, goes back
to the box before (a reflection's question) or the step before, or on to the next step: a
screen reader user could neither mend the answer just given nor skip a question but by
stopping and `--resume` with a step's number (a trial). A word after a dot, as `.` alone ends
an answer: no answer is one word after a dot, and a screen reader says it as typed ("dot
back"). Pasted, it is a line of the text."""

HOW_TO_TYPE = ("Type an answer on as many lines as you need and end it with a full stop alone "
               "on a line. Enter on an empty line skips. Type .back alone on a line to go back "
               "to the box before, .next alone to go on to the next step.")
"""Said at a walk's start: the commands named as every other prompt names them, bare, with
"alone" (`.change alone changes a point made`); quoted, `'.'` and `'.back'`, they were read
"tick dot tick" and "tick dot back tick" (a screen reader user's trial)."""

READ = {".read": "read"}
"""A line typed holding only this at a section's notes reads the section again (`MOVES`' way):
gone back to with `.back`, its notes are asked at once, the section not read again unasked (a
screen reader user going back to mend a note heard the whole section first: a trial)."""

Keep = Callable[[str], str]
"""On a stop in the middle of a reply: stores what was typed of it ("" when nothing was: an
earlier reply waiting on this one may still be kept), and returns what to say of it ("":
nothing)."""

KEPT = "What you were typing is kept as far as you had typed it."
"""Said on a stop that kept an answer of several lines being typed (`Dialogue.block`)."""

KEPT_ADDED = ("What you were typing is kept as far as you had typed it, added below what was "
              "there: a reply stopped half typed replaces nothing, even one starting with "
              f"{REPLACE}.")
"""Said on a stop that kept an answer begun with `REPLACE` (`unreplaced`)."""


def numbered(typed: str, count: int) -> int | None:
    """The number 1 to `count` that `typed` is, in digits alone, else None. (`str.isdigit` let
    "²" through to `int`, which refused it: a traceback at every prompt taking a number.)"""
    return int(typed) if typed.isdecimal() and 1 <= int(typed) <= count else None


def unreplaced(typed: str) -> str | None:
    """A reply stopped half typed, as it is kept: what follows a leading `REPLACE`, to be added
    to what was there, never to replace it (a half-typed `=Replace it all wi` replaced three
    paragraphs for good: a trial); None when `typed` does not start with `REPLACE`."""
    start = typed.lstrip()
    return start[len(REPLACE):].lstrip() if start.startswith(REPLACE) else None


def added(current: str, typed: str) -> str:
    """What a box holding `current` holds once `typed` is stored: `current` with `typed` below
    it as a paragraph of its own (a leading `ADD` dropped); or, when `typed` starts with
    `REPLACE`, the rest of `typed` alone (nothing, for `REPLACE` alone: the box emptied)."""
    start = typed.lstrip()
    if start.startswith(REPLACE):
        return start[len(REPLACE):].lstrip()
    more = (start[len(ADD):] if start.startswith(ADD) else typed).lstrip()
    if not more.strip():
        return current
    return f"{current.rstrip()}\n\n{more}" if current.strip() else more


def carried_on(current: str, typed: str) -> str:
    """What a box left half way through a sentence holds once `typed` is stored: `current`
    with `typed` going on from its last word, after a space (as `added` where `typed` starts
    with `ADD` or `REPLACE`)."""
    start = typed.lstrip()
    if not current.strip() or not start or start.startswith((ADD, REPLACE)):
        return added(current, typed)
    return f"{current.rstrip()} {start}"


def _bytes_kept(stdin: TextIO) -> None:
    """`stdin` set to keep a byte it cannot decode (a lone surrogate, `readable` makes it
    "�"), where it would stop at it: read strictly (a UTF-8 locale's way), a "£" saved in
    Latin-1 ended the walk, "Stopped before the session began", no reason said, and the lines
    read with it lost (Python decodes a chunk at a time). (A terminal's keys are decoded in
    walk/line.py, their bytes kept as "�" there too.)"""
    try:
        stdin.reconfigure(errors="surrogateescape")  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        pass  # not a real stream (tests give a StringIO), or not to be changed


def not_text(line: int, stdin: TextIO) -> str:
    """Said of input line `line` that was not text: what was wrong, and what to do."""
    import codecs

    encoding = getattr(stdin, "encoding", None) or "utf-8"
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        pass
    name = "UTF-8" if encoding == "utf-8" else encoding
    return (f"Line {line} of the input is not {name} text: what could not be read is kept as "
            f"“\ufffd”; save the answers as {name}, or type them at a terminal, to keep every "
            "letter.")


class Dialogue:
    """Plain mode's one conversation with the person (or the script) at its input."""

    def __init__(self, stdin: TextIO, stdout: TextIO, width: int | None = None) -> None:
        self.stdin, self.stdout = stdin, stdout
        self.width = width
        """Columns to wrap at; None: the terminal's width, read each time (it may change)."""
        self.ended = False
        """Input has ended (Ctrl+D): nothing more is asked."""
        self.at_terminal = bool(getattr(stdin, "isatty", lambda: False)())
        """Answers come from a terminal (a person), not a pipe or a file (a script): only then
        does the walk ask where to carry on, or pause before the case details (a script's
        answers are read as they always were)."""
        from reflect.walk.line import TerminalLines

        self._terminal: TerminalLines | None = TerminalLines.at(stdin, self._write)
        """Lines read key by key at a POSIX terminal (its own limit on a line's length cut a
        long paste short), else None: lines read from `stdin` as they come."""
        self.pasted = False
        """The line last read was ended inside a paste, not by Enter (at a terminal that marks
        a paste: `LineEditor.pasted`)."""
        self.typed: list[str] = []
        """The lines typed so far of the answer being asked for."""
        self.keep: Keep | None = None
        """Stores a partly typed reply, when the dialogue is stopped in the middle of it."""
        self.moved: str | None = None
        """A line of `MOVES` ended the last `block` ("back" or "next"): the walk goes there
        (`Walk.took_move`), after storing what was typed before it."""
        self.settings_said = False
        """What in the settings file cannot be used has been said (`walk.whose.walk_settings`:
        once a walk, however often the file is read)."""
        self.settings_unread = False
        """What was said is that the settings file cannot be read at all."""
        self.lines_read = 0
        """Lines read from a script's input (`_read`): where a line not UTF-8 text is."""
        self.undecodable: str = ""
        """What to say of a line read that was not text in the input's encoding (said once,
        after the line: `line`), else ""."""
        self._undecodable_said = False
        _bytes_kept(stdin)
        self.kept_at_end = ""
        """What to say, as it stops, of a line Ctrl+D ended half typed and kept (`block`), or
        of a one-line reply the input ended (`ask`: kept, or not taken): the stop said
        nothing of it, though it kept it (a trial), as a signal's stop says."""

    def columns(self) -> int:
        return self.width or shutil.get_terminal_size((80, 24)).columns

    def say(self, text: str = "", whole: Iterable[str] = ()) -> None:
        """`text` fitted to the terminal's width as every message reflect prints is
        (`wrapping.fitted`: at words, a path whole; those in `whole` with their spaces; an
        option with its value, a command it quotes on one line where it fits)."""
        self._write(wrap_words(printable(text), self.columns(), map(printable, whole),
                               [program()], tones=True) + "\n")

    def command(self, text: str) -> None:
        """A command to type, said on a line of its own, whole however wide (see walk/next.py):
        broken between its words with the shell's ` \\` (`commands.command_lines`, as the app
        and the command line break it), a screen reader read "backslash" in the middle of it
        (a trial). The terminal folds a wider one; copied, it is one line still."""
        self._write(printable(text) + "\n")

    def _write(self, text: str) -> None:
        """`text` written as it is, an emoji's skin tone and all ("👍🏽"): a listener's screen
        reader names it ("thumbs up: medium skin tone"); left out, as the app draws it, a
        listener heard "thumbs up", a colleague's words changed (7 December 2026). What is
        wrapped counts the tone as the two cells tmux draws (`wrapping.tones_counted`), so no
        line runs past the terminal's edge."""
        with terminal_gone():
            self.stdout.write(text)
            self.stdout.flush()

    def line(self, prompt: str, one_line: bool = False) -> str | None:
        """One line, or None at end of input. A line ended by the end of input (Ctrl+D after
        typing) is returned, and nothing is read after it. `one_line`: the reply is one line,
        a paste of several lines one reply (at a terminal: `LineEditor.one_line`)."""
        if self.ended:
            return None
        if self._terminal is not None:
            self._terminal.take()
        self._write(prompt)
        with terminal_gone():
            got = self._read(prompt, one_line)
        if not self.at_terminal and got.endswith("\n"):  # a script's answer is not echoed:
            self._write("\n")  # what follows on a line of its own (a prompt and a message ran
            # together); at the input's end, the stop ends the line
        if self.undecodable:
            said, self.undecodable = self.undecodable, ""
            self.say(said)
        if not got.endswith("\n"):
            self.ended = True
            if got and self._terminal is not None:  # Ctrl+D after typing: what follows on
                self._write("\n")  # a line of its own (it ran on after the words: a trial)
        return got.rstrip("\r\n") if got else None

    def _read(self, prompt: str, one_line: bool = False) -> str:
        self.pasted = False
        if self._terminal is None:
            raw = self.stdin.readline()
            self.lines_read += 1
            got = readable(raw)
            if got != raw and not self._undecodable_said:
                self._undecodable_said = True
                self.undecodable = not_text(self.lines_read, self.stdin)
            return got
        # A line, or what is typed so far at Ctrl+D, without a line end: one Ctrl+D ends a
        # half-typed line and the input (readline waited for a second one, and the walk went
        # on to the next section before a third).
        self._terminal.one_line = one_line
        got = self._terminal.read(len(prompt) % max(self.columns(), 1), prompt)
        self.pasted = self._terminal.editor.pasted
        return got

    def close(self) -> None:
        """The terminal given back as it was."""
        if self._terminal is not None:
            self._terminal.restore()

    def ask(self, prompt: str, keep: Keep | None = None) -> str | None:
        """A one-line reply to `prompt` (said on its own line), stripped; None at end of
        input. With `keep`, what is typed is given to it if a stop comes (a signal, the end of
        the input: Ctrl+D, after typing or not), until the caller has stored the reply
        (`finished`); without, it is a choice: half typed, it is said not taken (asked
        again)."""
        self.typed, self.keep = [], keep
        if self.ended:
            self.ended_at("")  # (an earlier reply waiting on this one may still be kept)
            return None
        self.say(prompt)
        got = self.line("> ", one_line=True)
        if got is None or self.cut_short():
            # The end of the input, or Ctrl+D after typing at a terminal: a stop as Ctrl+C's,
            # what was typed kept through `keep` (a choice: not taken), and said as it stops
            # (a one-line reply Ctrl+D ended was kept, and nothing said so: a trial). From a
            # script, a last line with no line end is a whole reply, taken as Enter takes it.
            self.ended_at(got or "")
            return None
        if keep is not None:
            self.typed = [got.strip()]  # entered, not yet stored: a stop keeps it
        return got.strip()

    def yes_no(self, prompt: str, current: bool, keep: Keep | None = None) -> bool | None:
        """y or n (Enter: `current`, `yes_no_asked`); asks again after anything else; None at
        the end of the input."""
        while True:
            got = self.ask(f"{prompt} {yes_no_asked(current)}", keep)
            if got is None:
                return None
            if not got:
                return current
            if got.lower() in ("y", "yes", "n", "no"):
                return got.lower().startswith("y")
            self.say(f"“{got}” is not y or n.")

    def half_typed(self) -> str:
        """The line being typed and not yet entered (at a terminal: "" elsewhere, where the
        terminal holds it)."""
        return self._terminal.editor.line if self._terminal is not None else ""

    def in_progress(self, half: str | None = None) -> str:
        """The reply being asked for as typed so far: its lines, and at a terminal the line
        being typed (`half`, else the terminal's: lost on Ctrl+C, a trial), unless it is the
        `.` that would end it."""
        half = self.half_typed() if half is None else half
        return "\n".join(self.typed + ([half] if half.strip() not in ("", END) else []))

    def kept_on_stop(self) -> str:
        """Stopped by a signal: what was being typed given to the prompt's `keep`, and what to
        say of it ("" when nothing was being typed)."""
        return self._kept(self.half_typed())

    def cut_short(self) -> bool:
        """The line just read was ended by Ctrl+D after typing at a terminal, not entered: a
        stop, as Ctrl+C's (from a script, a last line with no line end is a whole reply)."""
        return self.ended and self._terminal is not None

    def ended_at(self, half: str) -> None:
        """The input ended with `half` typed of a one-line reply: kept (or said not taken) as
        a signal's stop keeps it, and what to say of it said as the walk stops (`kept_at_end`)."""
        said = self._kept(half)
        self.kept_at_end = " ".join(s for s in (self.kept_at_end, said) if s)

    def _kept(self, half: str) -> str:
        """Stopped with `half` typed of the line (and the lines entered before it): given to
        the prompt's `keep`, or, a choice, said not taken; what to say of it."""
        if self.keep is None:
            half = half.strip()
            return f"“{half}”, typed but not entered, was not taken: it is asked again next " \
                "time." if half else ""
        keep, self.keep = self.keep, None  # (kept once)
        return keep(self.in_progress(half))

    def interrupted(self, signum: int) -> None:
        """Stopped by `signum`: at a terminal, Ctrl+C shown as it showed it ("^C")."""
        if self._terminal is not None:
            self._terminal.interrupted(signum)

    def finished(self) -> None:
        """The answer asked for has been stored: nothing is left to keep on a stop."""
        self.typed, self.keep = [], None

    def block(self, prompt: str, keep: Callable[[str], str | None] | None = None,
              blank_ends: bool = False, each: Callable[[str], None] | None = None,
              more: Mapping[str, str] | None = None) -> str | None:
        """Lines up to one holding only `.` ("" when the first line is empty: Enter skips);
        with `blank_ends` (a list, one item a line) an empty line ends it too. A line whose
        end was pasted ends nothing (`pasted`): in a list an empty one (or `.`) is passed
        over, in an answer a `.` is a line of it (a blank line pasted into the points ended
        them there, and the paragraphs after it went into the summary: a trial). None at end
        of input with nothing typed. `each` is given each line as it is entered (to say
        something of it before the next is typed). `more`: lines that end it as `MOVES` do,
        at this prompt only (`READ` at a section's notes).

        If the dialogue is stopped by a signal meanwhile, `keep` is given what was typed (if
        anything was), and what it returns is said of it (`KEPT` when it returns None or "")."""
        if self.ended:
            return None
        self.say(prompt)
        self.moved = None
        lines: list[str] = []

        def kept(typed: str) -> str:
            if not typed.strip() or keep is None:
                return ""
            return keep(typed) or KEPT

        self.typed, self.keep = lines, kept
        refused = ""  # a mistyped word said (`unknown_word`): typed again at once, text
        while True:
            got = self.line("> ")
            if got is None:
                return "\n".join(lines) if lines else None
            moves = {**MOVES, **(more or {})}
            if got.strip().casefold() in moves and not self.pasted:
                self.moved = moves[got.strip().casefold()]
                return "\n".join(lines)
            if self.at_terminal and not self.pasted and got.strip() != refused and \
                    (said := unknown_word(got, moves)) is not None:
                self.say(said)
                refused = got.strip()
                continue
            refused = ""
            ends = got.strip() == END or ((blank_ends or not lines) and not got.strip())
            if ends and self.pasted:  # a paste's own empty line (or `.`): part of the text
                if blank_ends or not got.strip():
                    continue  # (no empty point, nor an answer begun with an empty line)
            elif ends:
                return "\n".join(lines)
            lines.append(got)
            if each is not None:
                each(got)
            if self.ended and keep is not None and got.strip():  # Ctrl+D after typing
                self.kept_at_end = KEPT  # (kept by the caller, with the lines before it)
