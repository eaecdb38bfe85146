"""Plain mode's steps: what `reflect walk` says and asks at each kind of step.

One function per kind of step (`ASK`) asks what the app's pane for it asks, a thing at a time,
in short prompts a screen reader reads well; stores what is typed through the walk's
`SessionEdits` (the one editor, as in the app), saves at once, and returns False at Ctrl+D.
*Who is here* is walk/people.py; a team's points, walk/points.py; last time's actions and
the actions agreed, walk/actions.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from reflect.commands import command
from reflect.model.answer import REFLECTIVE_MODEL, left_unfinished
from reflect.model.care import content_note
from reflect.model.changes import (
    MINUTES_DRAFT,
    AnswerField,
    AnswerKey,
    DifferentlyKey,
    NotesKey,
    TextKey,
)
from reflect.model.edits import SessionEdits
from reflect.model.moved import meeting
from reflect.model.review import Review
from reflect.model.sections import blocks_as_text, section_blocks
from reflect.model.session import CarriedAction, Session, whole_minutes
from reflect.model.steps import Step, StepKind, question_of
from reflect.model.themes import source_count
from reflect.model.timebox import hours_and_minutes, minutes_to_type
from reflect.model.typed_minutes import minutes_refused, parse_minutes
from reflect.store.autosave import OnDisk, as_typed
from reflect.store.settings import settings_path, support_message
from reflect.store.write_back import write_back
from reflect.text import one_line, plural
from reflect.walk.actions import ask_agreed, ask_carried
from reflect.walk.after import team_said
from reflect.walk.dialogue import (
    ADD,
    BACK,
    KEPT_ADDED,
    MOVES,
    READ,
    REPLACE,
    added,
    carried_on,
    unreplaced,
)
from reflect.walk.next import say_next_steps
from reflect.walk.people import ask_people
from reflect.walk.points import ask_points, points_made, summary_prompt
from reflect.walk.spoken import IF_ANY, asked, enter_for, enter_keeps
from reflect.walk.stored_said import SAVED, stored_said
from reflect.walk.whose import walk_settings
from reflect.walk.wording import say_reworded

if TYPE_CHECKING:
    from reflect.walk.dialogue import Dialogue

class Walk:
    """One run of plain mode: the session, where it is saved, and the dialogue."""

    def __init__(self, review: Review, session: Session, folder: Path, d: Dialogue,
                 fresh: bool, on_disk: OnDisk) -> None:
        self.review, self.session, self.folder, self.d = review, session, folder, d
        self.edits = SessionEdits(session)
        """The one editor of the session: everything typed goes in through it."""
        self.fresh = fresh
        """Started in this run: not written until something is typed into it."""
        self.on_disk = on_disk  # its file as it was read: saved over no change made since
        self.offered = 0
        """How many of last time's participants were offered (a new team session)."""
        self.last_facilitator = ""
        """Who led the team's last session (offered as the facilitator; "" for none)."""
        self.first_box = 0
        """The box of a reflection's question to start at (0: What?): carried on at a resume,
        the box left unfinished or the first still empty (walk/session.py, `box_to_carry_on`)."""
        self.cut = False
        """Whether `first_box` is the box last typed in, left half way through a sentence:
        what is typed there goes on from its last word (`carried_on`)."""
        self.noted = False
        """Whether the content note was said in this run: before the first of the briefing's
        words shown (`ask_content`), once. Said on every resume, it came before a question
        or a step of one's own words too, each time (a police officer's trial)."""
        self.asks_last_time = d.at_terminal
        """Whether last time's list (here? y or n) and actions (where each got to) are asked, as
        at a terminal, or only said, as to a script (`--answer-last-time` asks a script too).
        They come from the team's earlier sessions, on any review, which a script's writer
        cannot foresee: asked, a script's answers to the questions after them were taken as
        who was here and as progress notes, written into another review's session (a trial)."""
        self.move: str | None = None
        """Where a line of `MOVES` (or `u`: "unanswered") typed at this step's last prompt goes
        ("back": the step before, "next": the next); the step's function returned False."""
        self.backed = False
        """The step is reached by `.back` from the step after it: a reflection's question is
        asked from its last box (the prompt before, as Shift+Tab goes in the app), a section's
        notes at once, the section not read again unless asked (`READ`)."""
        self.ends_said = False  # how a summary ends, said at the first (`summary_prompt`)
        self.points_told = False  # `.change`, `.move`, `l` said at this step's points (once)
        self.untyped()

    def took_move(self) -> bool:
        """Whether the reply just read ended with a line of `MOVES`: kept in `move` (what was
        typed before it is stored by then)."""
        self.move, self.d.moved = self.d.moved or self.move, None
        return self.move is not None

    def untyped(self) -> None:
        """What the session holds now was not typed in this run (brought up to date with the
        review, or offered from the team's earlier sessions)."""
        self._start = as_typed(self.session)

    def typed(self) -> bool:
        """Whether anything was typed into the session in this run."""
        return as_typed(self.session) != self._start

    def write_back(self, c: CarriedAction) -> str | None:
        """What was changed here of last time's action `c` written back to the session that
        agreed it; the problem if it could not be (said), else None."""
        problem, held = write_back(self.folder, c, by=meeting(self.session), here=self.session)
        if problem is None:
            self.edits.carried_written_back(c, held)
        return problem

    def write_back_carried(self) -> list[str]:
        """Last time's actions changed here and not yet written back (a stop came before the
        action's questions were all answered) written back now, as the app does on opening
        the session; what to say of those that could not be."""
        return [f"“{c.text}” is saved here; {problem}." for c in self.session.carried
                if not c.written_back and (problem := self.write_back(c))]

    def save(self) -> None:
        if self.fresh and not self.typed():
            return
        self.on_disk.save(self.session)  # (changed by another program: stops, kept in a copy)
        self.fresh = False  # written now: from here on it is saved like any other


LEFT_EMPTY = f"Left empty: {BACK} alone, at the next prompt, comes back to it."
"""Said at a terminal of Enter on an empty box: a listener could not tell it from a key lost."""
LEFT_EMPTY_LAST = "Left empty. To come back to it later, carry on with:"
"""`LEFT_EMPTY` at the last step, which has no next prompt: the command follows it."""
LEFT_EMPTY_BELOW = "Left empty: the command below for the questions not answered comes back " \
    "to it too."
"""`LEFT_EMPTY_LAST` where that command follows anyway (it was said twice, one after the other)."""


def _ask(w: Walk, prompt: str, key: TextKey, carry_on: bool = False,
         more: dict[str, str] | None = None, told: bool = False,
         empty: str = LEFT_EMPTY) -> bool:
    """Ask for the text `key` names (several lines); Enter or '.' keeps what was there, what
    is typed is added below it (with `carry_on`, goes on from its last word: `carried_on`),
    and what starts with `REPLACE` replaces it. False at end of input, and at a line of
    `MOVES` or of `more` (kept in `Walk.move`). `told`: that the box was left half way
    through a sentence was said already (at a resume), so `So far:` alone comes before it."""
    d = w.d
    current = w.edits.text(key)
    join = carried_on if carry_on else added

    def store(text: str) -> None:
        text = join(current, text)
        w.edits.set_text(key, text if text.strip() else "")

    def kept(typed: str) -> str | None:  # a stop: added below, never replacing (`unreplaced`)
        rest = unreplaced(typed) if current.strip() else None
        store(typed if rest is None else rest)
        return None if rest is None else KEPT_ADDED

    if current.strip():
        d.say("So far, left half way through a sentence:" if carry_on and not told
              else "So far:")
        d.say(current)
        prompt = asked(prompt, enter_keeps(), *(
            ("what you type goes on from its last word", f"start with {ADD} to add it below, "
             f"{REPLACE} to replace it") if carry_on else
            ("what you type is added below it", f"start with {REPLACE} to replace it")))
    got = d.block(prompt, keep=kept, more=more)
    if got is None:
        return False
    saved = bool(got.strip()) and not current.strip()  # (else nothing said it was kept: a trial)
    if got.strip() or not current.strip():
        store(got)
        if current.strip():  # said, so a screen reader hears which it did
            d.say(stored_said(current, got, w.edits.text(key), carry_on))
    d.finished()
    w.save()
    if saved and not d.ended:  # once written: said before, "Saved." came just above
        # "could not save"; the input ended, the stop says "Stopped and saved." (twice: a trial)
        d.say(SAVED)
    moved = w.took_move()
    if not got.strip() and not current.strip() and not moved and not d.ended and \
            d.at_terminal:  # (Enter on an empty box moved on in silence: a trial)
        d.say(empty)
        if empty == LEFT_EMPTY_LAST:
            d.command(command(f"walk --resume {w.session.id}"))
    return not moved and not d.ended


def ask_content(w: Walk, step: Step) -> bool:
    """A section of the briefing, read, then its notes asked. Gone back to (`.back`), its notes
    are asked at once, `.read` reading it again."""
    if w.backed:  # (the whole section was read again first, to mend a note: a trial)
        w.backed = False
        w.d.say(f"Back at the notes on {step.label}. {next(iter(READ))} alone reads the "
                "section again; .back again goes to the step before.")
    else:
        if step.key == "intro":  # (at a terminal) a pause to skip the case details
            _note(w)
            read = _read_case_details(w) if w.d.at_terminal else True
            if not read:
                return read is not None  # skipped: on to the learning, as the app's button
        _read_section(w, step)
    while not _ask(w, "Notes on this section:", NotesKey(step.key), more=READ):
        if w.move != "read":
            return False
        w.move = None  # the section again, then its notes
        _read_section(w, step)
    return True


def _note(w: Walk) -> None:
    """The content note, once, before the first of the briefing's words."""
    if not w.noted:
        w.d.say(content_note(w.session.mode, source_count(w.review), plain=True))
        w.noted = True


def _read_section(w: Walk, step: Step) -> None:
    _note(w)
    w.d.say(blocks_as_text(section_blocks(w.review, step.key)))


def _read_case_details(w: Walk) -> bool | None:
    """Read the introduction's case details (Enter) or skip to the learning (s); None: EOF."""
    while True:
        got = w.d.ask("Enter to read the case details, s to skip to the learning:")
        if got is None or not got or got.lower() in ("s", "skip"):
            return None if got is None else not got
        w.d.say(f"“{got}” is not Enter or s.")


def ask_question(w: Walk, step: Step) -> bool:
    session, d = w.session, w.d
    qid = question_of(step.key) or ""
    answer = session.answer(qid)
    question = w.review.question(qid)
    assert answer is not None  # sync_questions gave every question an answer
    d.say(question.text if question else answer.question)
    if question is not None and question.source:
        d.say(f"From the review “{question.source}”.")
    if question is not None and question.origin == "reflect":
        d.say("This is reflect's question: this briefing has none of its own.")
    kept = say_reworded(d, w.edits, question, answer)  # a review changed since
    if kept is None:
        return False
    if kept:
        w.save()
    for line in team_said(session, qid):  # a reflection after a team session: its points,
        d.say(line)  # then its summary
    if session.mode == "individual":
        boxes = [*REFLECTIVE_MODEL, ("text", "Other thoughts", "")]
        (skip, w.first_box), (cut, w.cut), told = (w.first_box, 0), (w.cut, False), False
        if w.backed:
            skip, w.backed = len(boxes) - 1, False
            d.say(f"Back at the {boxes[skip][1]} box. .back again goes to the box before it.")
        elif cut:  # said once, the prompt saying how to carry on (twice before: a trial)
            d.say(f"Carrying on in the {boxes[skip][1]} box, left half way through a "
                  "sentence.")
            told = True
        elif skip:
            d.say(f"Carrying on at the {boxes[skip][1]} box, the first still empty.")
        n = skip
        while n < len(boxes):
            name, label, prompt = boxes[n]
            # the box left half way through a sentence, however it is reached (Enter at a
            # resume, a step's number, `.back`, `.next`): carried on from its last word (it
            # was at Enter only, and split the sentence into two paragraphs otherwise: a trial)
            cut_here = left_unfinished(answer.boxes, answer.last_typed) == n
            said = f"{label} {prompt}" if prompt else f"{label}{IF_ANY}:"  # (Other thoughts)
            got = _ask(w, said, AnswerKey(qid, cast(AnswerField, name)), carry_on=cut_here,
                       told=told)
            told = False  # (come back to, by .back, it is said again)
            if not got:
                if w.move != "back" or not n:  # (back from What?: the step before)
                    return False
                w.move, n = None, n - 1  # the box before, said with what it holds
                continue
            n += 1
        return True
    for line in points_made(session, answer):  # with who said each, as the app lists them
        d.say(line)
    w.points_told = False  # (once a step: walk/points.py)
    while True:
        if not ask_points(w, qid):  # "… @eve" names who said it, as in the app (said back)
            return False
        ok = _ask(w, summary_prompt(w), AnswerKey(qid, "text"))
        if ok or w.move != "back":
            return ok
        w.move = None  # back from the summary: the points again


def ask_actions(w: Walk, step: Step) -> bool:
    while ask_agreed(w):
        ok = _ask(w, actions_notes_prompt(w.session), NotesKey(step.key))
        if ok or w.move != "back":
            return ok
        w.move = None  # back from the notes: the actions again
    return False


def actions_notes_prompt(session: Session) -> str:
    """The notes after the actions: what they are on, and what is asked next. `Notes on this
    section:` after the last action, then `What will you do differently`, one box after the
    other unannounced: a screen reader user typed what they would do differently into the
    notes (a trial)."""
    after = ("what you will do differently" if session.mode == "individual"
             else "the overall summary")
    return asked(f"Notes on what to do now{IF_ANY}", f"{after} comes next")


def ask_differently(w: Walk, step: Step) -> bool:
    while True:
        if not _ask(w, "What will you do differently in your practice?", DifferentlyKey()):
            return False
        minutes = _ask_minutes(w)
        if minutes is not None or w.move != "back":
            return bool(minutes)
        w.move = None  # back from the minutes: what you will do differently again


def _ask_minutes(w: Walk) -> bool | None:
    """The minutes to log for CPD; False at the end of input or at a line of `MOVES` (kept in
    `Walk.move`), None for `.back` (the box before, in the same step)."""
    session, d = w.session, w.d
    measured = whole_minutes(session.timing.total_spent)
    now = "" if session.minutes_spent is None else minutes_to_type(session.minutes_spent)
    if typed := session.drafts.get(MINUTES_DRAFT, ""):  # left in the app's box, kept as typed
        d.say(f"Typed for it in the app and not logged: “{one_line(typed, 30)}” "
              f"{minutes_refused(typed, spoken=True)}.")
    while True:
        got = d.ask(asked("Minutes to log for your CPD, or hours and minutes such as 1h30",
                          enter_keeps(f"it, now {now}") if now else
                          enter_for(f"the {plural(measured, 'minute')} reflect measured")))
        if not got:  # None: the input ended; "": Enter keeps it
            return got is not None
        if got.casefold() in MOVES:
            w.move = MOVES[got.casefold()]
            return None if w.move == "back" else False
        minutes = parse_minutes(got)
        if minutes is not None:  # said back, as a due date is ("forty": 40, in silence)
            w.edits.set_cpd_minutes(minutes)
            w.save()
            spoken = f", that is {hours_and_minutes(minutes)}," if minutes >= 60 else ""
            d.say(f"{plural(minutes, 'minute')}{spoken} to log for CPD.")
            return True
        d.say(f"“{got}” {minutes_refused(got, spoken=True)}.")  # as the app and cpd-fill say it


def ask_summary(w: Walk, step: Step) -> bool:
    session, d = w.session, w.d
    n = session.counted(w.review)  # (questions left: their command comes back to it too)
    if not _ask(w, "Overall summary of the session:", NotesKey(step.key), empty=LEFT_EMPTY_LAST
                if n.answered == n.total else LEFT_EMPTY_BELOW):
        return False
    n = session.counted(w.review)  # the review's questions (reflect/answered.py)
    d.say(f"Answered {n.of_questions()}" + (f"; {n.kept_said()}." if n.kept else "."))
    if not w.fresh or w.typed():
        say_next_steps(session, d, left=n.answered < n.total, folder=w.folder, w=w)
    settings = walk_settings(d)  # (the default reminder was said in silence: a trial)
    d.say(support_message(settings_path(), settings))
    return True


ASK: dict[StepKind, Callable[[Walk, Step], bool]] = {
    "people": ask_people, "carried": ask_carried, "content": ask_content,
    "question": ask_question, "actions": ask_actions, "differently": ask_differently,
    "summary": ask_summary,
}
"""What plain mode asks at each kind of step."""
