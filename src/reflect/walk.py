"""Plain mode: the same session as a line-by-line dialogue, for screen readers and scripts.

Prints a section, asks a question, reads the answer (a line with only `.` ends it). Saves the
same session file as the app after every answer, so a session can be continued in either.
Stopped by Ctrl+D, Ctrl+C, a hang-up or a terminate signal, it keeps what was typed of the
answer in progress and saves before it exits.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from reflect.export.records import after_context
from reflect.model.review import Review
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.session import REFLECTIVE_MODEL, Action, Session
from reflect.model.steps import step_index, steps_for
from reflect.store.locks import SessionLock
from reflect.store.sessions import new_session_id, save_session, session_path
from reflect.text import printable

END = "."
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class Stopped(Exception):
    """A signal (Ctrl+C, hang-up, terminate) asked the dialogue to stop."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


@contextmanager
def _stoppable() -> Iterator[None]:
    """Turn the stop signals into `Stopped` while the dialogue runs (main thread only)."""
    previous: dict[int, _Handler] = {}
    try:
        for signum in STOP_SIGNALS:
            previous[signum] = signal.signal(signum, _raise_stopped)
    except ValueError:  # not the main thread: leave signals alone
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def _terminal() -> Iterator[None]:
    """The terminal went away (a closed window: reads and writes fail with EIO before the
    hang-up signal arrives): stop as for SIGHUP, so what was typed is kept."""
    try:
        yield
    except (OSError, ValueError) as e:
        raise Stopped(getattr(signal, "SIGHUP", 1)) from e


def _ignore_stop_signals() -> None:
    """While the last save is made, a second Ctrl+C (or signal) must not interrupt it."""
    for signum in STOP_SIGNALS:
        try:
            signal.signal(signum, signal.SIG_IGN)
        except ValueError:
            pass


class Dialogue:
    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin, self.stdout = stdin, stdout
        self.typed: list[str] = []
        """The lines typed so far of the answer being asked for."""
        self.keep: Callable[[str], None] | None = None
        """Stores a partly typed answer, when the dialogue is stopped in the middle of it."""

    def say(self, text: str = "") -> None:
        with _terminal():
            self.stdout.write(printable(text) + "\n")
            self.stdout.flush()

    def line(self, prompt: str) -> str | None:
        """One line, or None at end of input."""
        with _terminal():
            self.stdout.write(prompt)
            self.stdout.flush()
            got = self.stdin.readline()
        return None if got == "" else got.rstrip("\r\n")

    def finished(self) -> None:
        """The answer asked for has been stored: nothing is left to keep on a stop."""
        self.typed, self.keep = [], None

    def block(self, prompt: str, keep: Callable[[str], None] | None = None) -> str | None:
        """Lines up to one holding only `.`; None at end of input with nothing typed.

        If the dialogue is stopped by a signal meanwhile, `keep` is given what was typed."""
        self.say(prompt)
        lines: list[str] = []
        self.typed, self.keep = lines, keep
        while True:
            got = self.line("> ")
            if got is None:
                return "\n".join(lines) if lines else None
            if got.strip() == END:
                return "\n".join(lines)
            lines.append(got)


def new_session(review: Review, d: Dialogue, mode: str | None, title: str | None,
                team: str | None) -> Session | None:
    if mode is None:
        got = d.line("Team discussion or individual reflection? [t/i] (t): ")
        if got is None:
            return None
        mode = "individual" if got.strip().lower().startswith("i") else "team"
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
                         title=title.strip() or f"{review.title} — {kind}", team=team.strip())


def walk(review: Review, session: Session, folder: Path, d: Dialogue) -> int:
    """Run the session from its current step; returns the exit code (128 + the signal's
    number when a signal stopped it, after saving what was typed)."""
    lock = SessionLock(session_path(folder, session.id))
    if not lock.acquire():
        d.say(f"This session is open in another copy of reflect ({session.id}). "
              "Close it there first.")
        return 1
    try:
        with _stoppable():
            try:
                return _walk(review, session, folder, d)
            except Stopped as stop:
                _ignore_stop_signals()
                return _save_on_stop(session, folder, d, stop.signum)
    finally:
        lock.release()


def _save_on_stop(session: Session, folder: Path, d: Dialogue, signum: int) -> int:
    """Keep the answer being typed, save, and say how to carry on (if anyone can read it)."""
    partial = "\n".join(d.typed)
    if d.keep is not None and partial.strip():
        d.keep(partial)
    save_session(folder, session)
    try:
        _stopped(d, session)
    except Stopped:
        pass  # the terminal has gone (hang-up): the session is saved, which is what matters
    return 128 + signum


def _walk(review: Review, session: Session, folder: Path, d: Dialogue) -> int:
    session.sync_questions(review)
    steps = steps_for(review, session)
    start = step_index(steps, session.current_step)
    path = save_session(folder, session)
    d.say(f"{review.title}: {review.review_type}. {len(review.questions)} questions.")
    d.say(f"Saving to {path}. End each answer with a line holding only '{END}'. "
          "Press Ctrl+D to stop; you can carry on later.")

    def save() -> None:
        save_session(folder, session)

    for n, step in enumerate(steps[start:], start + 1):
        session.current_step = step.key
        save()
        d.say()
        d.say(f"== Step {n} of {len(steps)}: {step.label} ==")
        if step.kind == "people":
            for person in session.participants:
                d.say(f"{'here' if person.attended else 'not here'}: {person.describe()}")
            d.say("(Attendance and details can be changed in the app.)")
        elif step.kind == "carried":
            for c in session.carried:
                d.say(f"{c.status}: {c.text} (from {c.session_label})")
            d.say("(Statuses of last time's actions are updated in the app.)")
        elif step.kind == "differently":
            if not _ask(d, "What will you do differently in your practice?", session.differently,
                        lambda text: setattr(session, "differently", text), save):
                return _stopped(d, session)
        elif step.kind == "content":
            d.say(blocks_as_text(section_blocks(review, step.key)))
            if not _ask(d, "Notes on this section (or just '.' for none):",
                        session.notes.get(step.key, ""),
                        lambda text, k=step.key: _set_note(session, k, text), save):
                return _stopped(d, session)
        elif step.kind == "question":
            qid = step.key.removeprefix("q:")
            answer = session.answer(qid)
            question = review.question(qid)
            d.say(question.text if question else answer.question if answer else "")
            for line in after_context(session, qid):  # a reflection after a team session
                d.say(line)
            if answer is not None and session.mode == "individual":
                for name, label, prompt in REFLECTIVE_MODEL:
                    if not _ask(d, f"{label} {prompt}", getattr(answer, name),
                                lambda text, a=answer, f=name: setattr(a, f, text), save):
                        return _stopped(d, session)
            elif not _ask(d, "Your answer:", answer.text if answer else "",
                          lambda text, q=qid, t=(question.text if question else ""):
                          session.set_answer(q, t, text), save):
                return _stopped(d, session)
        elif step.kind == "actions":
            what = blocks_as_text(section_blocks(review, "actions"))
            d.say(what or "This briefing has no \"What to do now\" section.")
            for act in session.actions:
                d.say(f"Agreed already: {act.text} ({act.status})")
            got = d.block("Agreed actions, one per line (or just '.' for none):",
                          keep=lambda text: _add_actions(session, text))
            if got is None:
                return _stopped(d, session)
            _add_actions(session, got)
            d.finished()  # after adding: a signal in between may repeat them, never lose them
            save()
        else:
            d.say(f"Answered {session.answered} of {len(session.answers)} questions.")
            d.say(f"Saved as {session.id}. Export the notes with: reflect export {session.id}")
    return 0


def _add_actions(session: Session, text: str) -> None:
    for line in text.split("\n"):
        if line.strip():
            session.add_action(Action(text=line.strip()))


def _set_note(session: Session, key: str, text: str) -> None:
    if text.strip():
        session.notes[key] = text
    else:
        session.notes.pop(key, None)


def _ask(d: Dialogue, prompt: str, current: str, store: Callable[[str], None],
         save: Callable[[], None]) -> bool:
    """Ask for text; an empty reply keeps what was there. False at end of input."""
    if current.strip():
        d.say("So far:")
        d.say(current)
        prompt += " (just '.' keeps it; anything typed replaces it)"
    got = d.block(prompt, keep=store)
    if got is None:
        return False
    if got.strip() or not current.strip():
        store(got)
    d.finished()
    if got.strip() or not current.strip():
        save()
    return True


def _stopped(d: Dialogue, session: Session) -> int:
    d.say()
    d.say(f"Stopped and saved. Carry on with: reflect walk {session.review_id} "
          f"--resume {session.id}  (or in the app)")
    return 0
