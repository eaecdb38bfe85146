"""Plain mode: the same session as a line-by-line dialogue, for screen readers and scripts.

Prints a section, asks a question, reads the answer (a line with only `.` ends it). Saves the
same session file as the app after every answer, so a session can be continued in either.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from reflect.model.review import Review
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.session import REFLECTIVE_MODEL, Action, Session
from reflect.model.steps import step_index, steps_for
from reflect.store.locks import SessionLock
from reflect.store.sessions import new_session_id, save_session, session_path
from reflect.text import printable

END = "."


class Dialogue:
    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin, self.stdout = stdin, stdout

    def say(self, text: str = "") -> None:
        self.stdout.write(printable(text) + "\n")
        self.stdout.flush()

    def line(self, prompt: str) -> str | None:
        """One line, or None at end of input."""
        self.stdout.write(prompt)
        self.stdout.flush()
        got = self.stdin.readline()
        return None if got == "" else got.rstrip("\r\n")

    def block(self, prompt: str) -> str | None:
        """Lines up to one holding only `.`; None at end of input with nothing typed."""
        self.say(prompt)
        lines: list[str] = []
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
    """Run the session from its current step; returns the exit code."""
    lock = SessionLock(session_path(folder, session.id))
    if not lock.acquire():
        d.say(f"This session is open in another copy of reflect ({session.id}). "
              "Close it there first.")
        return 1
    try:
        return _walk(review, session, folder, d)
    finally:
        lock.release()


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
            got = d.block("Agreed actions, one per line (or just '.' for none):")
            if got is None:
                return _stopped(d, session)
            for line in got.split("\n"):
                if line.strip():
                    session.add_action(Action(text=line.strip()))
            save()
        else:
            d.say(f"Answered {session.answered} of {len(session.answers)} questions.")
            d.say(f"Saved as {session.id}. Export the notes with: reflect export {session.id}")
    return 0


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
    got = d.block(prompt)
    if got is None:
        return False
    if got.strip() or not current.strip():
        store(got)
        save()
    return True


def _stopped(d: Dialogue, session: Session) -> int:
    d.say()
    d.say(f"Stopped and saved. Carry on with: reflect walk {session.review_id} "
          f"--resume {session.id}  (or in the app)")
    return 0
