"""Plain mode: the same session as a line-by-line dialogue, for screen readers and scripts.

Prints a section, asks a question, reads the answer (a line with only `.` ends it). Saves the
same session file as the app after every answer, so a session can be continued in either.
Ctrl+D ends the input: the line being typed is kept, and the walk saves and stops. Stopped by
Ctrl+C, a hang-up or a terminate signal, it keeps the answer in progress, its lines entered and
at a terminal the line being typed too, and saves before it exits. At a terminal, lines are
taken key by key (walk_line.py): the terminal's own limit on a line's length cut a long paste
short.
"""

from __future__ import annotations

import re
import shutil
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reflect.model.care import content_note
from reflect.model.review import Review
from reflect.model.session import REFLECTIVE_MODEL, Mode, Session, first_empty
from reflect.model.steps import Step, find_step, question_of, step_index, steps_for
from reflect.model.themes import source_count
from reflect.stopping import Stopped, ignore_stop_signals, stoppable, terminal_gone
from reflect.store.atomic import Stamp
from reflect.store.autosave import OnDisk
from reflect.store.errors import SessionError
from reflect.store.locks import SessionLock
from reflect.store.sessions import new_session_id, session_path
from reflect.text import printable, readable
from reflect.walk_steps import ASK, Walk, gather_team

if TYPE_CHECKING:
    from reflect.walk_line import TerminalLines

END = "."
def wrap_words(text: str, width: int) -> str:
    """`text` wrapped to `width` columns at spaces only: a word, hyphenated or not, is never
    split (one longer than the line stays whole). Line breaks in `text` are kept; a bullet's
    or an indented line's continuation lines are indented to match."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        lead = _LEAD.match(line)
        indent = " " * (lead.end() if lead else 0)
        out += textwrap.wrap(line, width=max(width, 20), subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(out)


_LEAD = re.compile(r"\s*(?:(?:[•*-]|\d+[.)])\s+)?")
"""A line's indent, with its bullet or number when it has one."""


class Dialogue:
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
        from reflect.walk_line import TerminalLines

        self._terminal: TerminalLines | None = TerminalLines.at(stdin, self._write)
        """Lines read key by key at a POSIX terminal (its own limit on a line's length cut a
        long paste short), else None: lines read from `stdin` as they come."""
        self.typed: list[str] = []
        """The lines typed so far of the answer being asked for."""
        self.keep: Callable[[str], None] | None = None
        """Stores a partly typed answer, when the dialogue is stopped in the middle of it."""

    def columns(self) -> int:
        return self.width or shutil.get_terminal_size((80, 24)).columns

    def say(self, text: str = "") -> None:
        self._write(wrap_words(printable(text), self.columns()) + "\n")

    def command(self, text: str) -> None:
        """A command to type, said on a line of its own and never wrapped (see walk_next.py)."""
        self._write(printable(text) + "\n")

    def _write(self, text: str) -> None:
        with terminal_gone():
            self.stdout.write(text)
            self.stdout.flush()

    def line(self, prompt: str) -> str | None:
        """One line, or None at end of input. A line ended by the end of input (Ctrl+D after
        typing) is returned, and nothing is read after it."""
        if self.ended:
            return None
        self._write(prompt)
        with terminal_gone():
            got = self._read(prompt)
        if not got.endswith("\n"):
            self.ended = True
            if got and self._terminal is not None:  # Ctrl+D after typing: what follows on
                self._write("\n")  # a line of its own (it ran on after the words: a trial)
        return got.rstrip("\r\n") if got else None

    def _read(self, prompt: str) -> str:
        if self._terminal is None:
            return readable(self.stdin.readline())
        # A line, or what is typed so far at Ctrl+D, without a line end: one Ctrl+D ends a
        # half-typed line and the input (readline waited for a second one, and the walk went
        # on to the next section before a third).
        return self._terminal.read(len(prompt) % max(self.columns(), 1), prompt)

    def close(self) -> None:
        """The terminal given back as it was."""
        if self._terminal is not None:
            self._terminal.restore()

    def ask(self, prompt: str) -> str | None:
        """A one-line answer to `prompt` (said on its own line), stripped; None at end of
        input."""
        if self.ended:
            return None
        self.say(prompt)
        got = self.line("> ")
        return None if got is None else got.strip()

    def in_progress(self) -> str:
        """The answer being asked for as typed so far: its lines, and at a terminal the line
        being typed (lost on Ctrl+C: a trial), unless it is the `.` that would end it."""
        half = self._terminal.editor.line if self._terminal is not None else ""
        return "\n".join(self.typed + ([half] if half.strip() not in ("", END) else []))

    def interrupted(self, signum: int) -> None:
        """Stopped by `signum`: at a terminal, Ctrl+C shown as it showed it ("^C")."""
        if self._terminal is not None:
            self._terminal.interrupted(signum)

    def finished(self) -> None:
        """The answer asked for has been stored: nothing is left to keep on a stop."""
        self.typed, self.keep = [], None

    def block(self, prompt: str, keep: Callable[[str], None] | None = None,
              blank_ends: bool = False) -> str | None:
        """Lines up to one holding only `.` ("" when the first line is empty: Enter skips);
        with `blank_ends` (a list, one item a line) an empty line ends it too. None at end of
        input with nothing typed.

        If the dialogue is stopped by a signal meanwhile, `keep` is given what was typed."""
        if self.ended:
            return None
        self.say(prompt)
        lines: list[str] = []
        self.typed, self.keep = lines, keep
        while True:
            got = self.line("> ")
            if got is None:
                return "\n".join(lines) if lines else None
            if got.strip() == END or ((blank_ends or not lines) and not got.strip()):
                return "\n".join(lines)
            lines.append(got)


def new_session(review: Review, d: Dialogue, mode: Mode | None, title: str | None,
                team: str | None, default_title: str = "", **fields: object) -> Session | None:
    """A new session on `review`, asking for what the options did not give; `fields` are set
    as it is started (the team session a reflection follows). None at end of input."""
    while mode is None:
        got = d.line("Team discussion or individual reflection? [t/i] (t): ")
        if got is None:
            return None
        mode = _mode(got)
        if mode is None:  # ("myself" started a team session)
            d.say(f"'{got.strip()}' is neither: type t for a team discussion, or i for your "
                  "own reflection.")
    if title is None:
        title = d.line("Title (Enter for a default): ")
        if title is None:
            return None
    if team is None:
        team = d.line("Team or service (optional): ")
        if team is None:
            return None
    kind = "team discussion" if mode == "team" else "reflection"
    return Session.start(review, new_session_id(review.id), mode=mode,
                         title=title.strip() or default_title or f"{review.title} — {kind}",
                         team=team.strip(), **fields)


def _mode(typed: str) -> Mode | None:
    """The mode a typed answer names: the start of "team discussion" (Enter: a team) or of
    "individual reflection"; None for anything else."""
    words = " ".join(typed.split()).casefold()
    if "team discussion".startswith(words):
        return "team"
    if "individual reflection".startswith(words):
        return "individual"
    return None


def walk(review: Review, session: Session, folder: Path, d: Dialogue,
         fresh: bool = False, read_as: Stamp | None = None) -> int:
    """Run the session from its current step; returns the exit code (128 + the signal's
    number when a signal stopped it, after saving what was typed).

    A `fresh` session (just started here) is written only once something is typed into it:
    stopped before that, nothing is left behind in the list of sessions."""
    path = session_path(folder, session.id)
    lock = SessionLock(path)
    if not lock.acquire():
        d.say(f"This session is open in another copy of reflect ({session.id}). "
              "Close it there first.")
        return 1
    w = Walk(review, session, folder, d, fresh, OnDisk(path, read_as))
    try:
        with stoppable():
            try:
                try:
                    return _walk(w)
                except Stopped as stop:
                    ignore_stop_signals()
                    return _save_on_stop(w, stop.signum)
            except (OSError, SessionError) as error:
                return _rescue(w, error)
    finally:
        d.close()
        lock.release()
        if w.fresh and not w.typed():  # never written: leave no lock file behind either
            lock.path.unlink(missing_ok=True)


def _rescue(w: Walk, error: OSError | SessionError) -> int:
    """The sessions folder would not take the session (read-only, disk full): what was typed
    goes to an emergency copy in the home or temp folder, and the walk stops saying where to
    carry on from. (It stopped with the errno alone, the answer just typed lost: a trial.)"""
    from reflect.console import echo
    from reflect.store.rescue import write_emergency_copy
    from reflect.store.sessions import dumps

    where = session_path(w.folder, w.session.id)
    why = f"could not save {where}: {getattr(error, 'strerror', None) or error}"
    try:
        copy = write_emergency_copy(w.session.id, dumps(w.session))
    except (OSError, SessionError) as e:
        echo(f"reflect walk: {why}; nor could an emergency copy be written "
             f"({getattr(e, 'strerror', None) or e}).", err=True)
        return 1
    echo(f"reflect walk: {why}. Everything typed so far is in an emergency copy: {copy}. "
         f"Carry on from it with: reflect walk --resume {copy}", err=True)
    return 1


def _save_on_stop(w: Walk, signum: int) -> int:
    """Keep the answer being typed, save, and say how to carry on (if anyone can read it)."""
    partial = w.d.in_progress()
    if w.d.keep is not None and partial.strip():
        w.d.keep(partial)
    w.save()
    try:
        w.d.interrupted(signum)  # (after the save: a terminal paused by Ctrl+S holds a write)
        _stopped(w)
    except Stopped:
        pass  # the terminal has gone (hang-up): the session is saved, which is what matters
    return 128 + signum


def _walk(w: Walk) -> int:
    review, session, d = w.review, w.session, w.d
    w.edits.sync_questions(review)
    if w.fresh and session.mode == "team":
        gather_team(w)
    w.untyped()
    steps = steps_for(review, session)
    start = step_index(steps, session.current_step)
    w.save()
    d.say(f"{review.title}: {review.review_type}. {len(review.questions)} questions.")
    where = session_path(w.folder, session.id)
    d.say(f"Saving to {where}{' once you type something' if w.fresh else ''}. Type an answer "
          f"on as many lines as you need and end it with a line holding only '{END}'. Enter "
          "on an empty line skips. Ctrl+D stops; you can carry on later.")
    if not w.fresh and d.at_terminal:
        chosen = _where_to_start(w, steps, start)
        if chosen is None:
            return _stopped(w)
        start = chosen
    intro = find_step(steps, "intro")
    if intro is not None and start > intro:  # (else it is said at the introduction)
        d.say(content_note(session.mode, source_count(review), plain=True))
    for n, step in enumerate(steps[start:], start + 1):
        w.edits.go_to_step(step.key)
        w.save()
        d.say()
        d.say(f"== Step {n} of {len(steps)}: {step.label} ==")
        began = time.monotonic()
        carried_on = ASK[step.kind](w, step)
        w.edits.tick(step.key, int(time.monotonic() - began))
        w.save()
        if not carried_on or d.ended:
            return _stopped(w)
    if w.fresh and not w.typed():
        d.say(NOTHING_KEPT)
    return 0


def _where_to_start(w: Walk, steps: list[Step], start: int) -> int | None:
    """A resumed session, at a terminal: carry on at the step it was left at (Enter), go back
    to the first question left unanswered before it (u), or go to any step by its number (l
    lists them). None at end of input."""
    d = w.d
    behind = [i for i in range(start) if _unanswered(w.session, steps[i])]
    box = first_empty_box(w.session, steps[start])
    d.say()
    d.say(f"This session was left at step {start + 1} of {len(steps)}: {steps[start].label}"
          f"{f', at the {BOXES[box]} box' if box else ''}.")
    if behind:
        d.say(f"Not answered yet: {', '.join(steps[i].label for i in behind)}.")
    offer = f"u goes to {steps[behind[0]].label} (step {behind[0] + 1}); " if behind else ""
    while True:
        got = d.ask(f"Enter carries on there; {offer}or type a step's number to go to it (l "
                    "lists the steps):")
        if got is None:
            return None
        if not got:
            w.first_box = box  # (a step's number goes to it from its start)
            return start
        if got.lower() == "u":
            if behind:
                return behind[0]
            d.say("No question before this step is left unanswered: Enter carries on here.")
            continue
        if got.isdigit() and 1 <= int(got) <= len(steps):
            return int(got) - 1
        if got.lower() == "l":
            for n, step in enumerate(steps, 1):
                mark = " (not answered)" if _unanswered(w.session, step) else ""
                d.say(f"{n}. {step.label}{mark}{' (left here)' if n == start + 1 else ''}")
        else:
            d.say(f"'{got}' is not a step's number (1 to {len(steps)}){', u' if behind else ''}"
                  " or l.")


BOXES = (*(label for _, label, _ in REFLECTIVE_MODEL), "Other thoughts")
"""A reflection's boxes for a question, in the order they are asked."""


def first_empty_box(session: Session, step: Step) -> int:
    """A reflection's question: the first of its boxes still empty, where it is carried on,
    as the app puts the cursor there when it is opened again (0, What?, when every box is
    written, or none; and for any other step). Carried on from What?, a practitioner who had
    stopped at Now what? was asked What? and So what? again (a trial)."""
    qid = question_of(step.key)
    answer = session.answer(qid) if qid is not None and session.mode == "individual" else None
    if answer is None:
        return 0
    return first_empty((answer.what, answer.so_what, answer.now_what, answer.text))


def _unanswered(session: Session, step: Step) -> bool:
    """A question's step whose question has no answer yet."""
    qid = question_of(step.key)
    answer = session.answer(qid) if qid is not None else None
    return answer is not None and not answer.has_content


NOTHING_KEPT = ("Nothing was answered or noted, so no session was kept (a title and team typed at "
                "the start are asked again next time).")
"""Said for "Nothing was typed", when a title and a team had been typed (a trial)."""


def _stopped(w: Walk) -> int:
    w.d.say()
    if w.fresh and not w.typed():
        w.d.say(f"Stopped. {NOTHING_KEPT}")
    else:
        w.d.say("Stopped and saved. Carry on here, or in the app, with:")
        w.d.command(f"reflect walk --resume {w.session.id}")
    return 0
