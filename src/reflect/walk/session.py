"""Plain mode: the same session as a line-by-line dialogue, for screen readers and scripts.

Prints a section, asks a question, reads the answer (a line with only `.` ends it). Saves the
same session file as the app after every answer, so a session can be continued in either.
Ctrl+D ends the input: the line being typed is kept (a choice half typed is not taken), the
walk saves and stops, and says what it kept, as a signal's stop does. Stopped by
Ctrl+C, a hang-up or a terminate signal, it keeps the reply in progress, its lines entered and
at a terminal the line being typed too (a one-line reply's as well: an action's owner, a due
date, a person), saves before it exits, and says what it kept. The dialogue itself (wrapping,
reading lines, what is being typed) is walk/dialogue.py.
"""

from __future__ import annotations

import shlex
import time
from pathlib import Path

from reflect.commands import command
from reflect.model.answer import BOX_NAMES, carry_on_box, left_unfinished
from reflect.model.arrival import settled_said
from reflect.model.review import Review
from reflect.model.session import Mode, Session
from reflect.model.steps import Step, question_of, step_index, steps_for
from reflect.stopping import Stopped, ignore_stop_signals, stoppable
from reflect.store.atomic import Stamp
from reflect.store.autosave import OnDisk
from reflect.store.errors import ChangedOutside, SessionError
from reflect.store.locks import OPENER_WAITS, SessionLock
from reflect.store.sessions import new_session_id, session_path
from reflect.text import one_line, plural
from reflect.walk.action_change import TO_UNANSWERED
from reflect.walk.dialogue import HOW_TO_TYPE, Dialogue, numbered
from reflect.walk.last_time import gather_team
from reflect.walk.point_change import HOW_AT_POINTS
from reflect.walk.spoken import IF_ANY, asked, enter_for, enter_keeps
from reflect.walk.step_list import first_unanswered, listed_steps, unanswered
from reflect.walk.steps import ASK, Walk
from reflect.walk.team import NAME_CHARS, near_team
from reflect.walk.whose import ask_whose


def matched(review: Review) -> str:
    """The review a session is on, as the walk says it: said before anything is asked of a
    new one (`Child H (Henry): Serious Case Review (SCR). 5 questions.`: it was said after the
    mode, title, team and name were asked, and who typed `'Child H'` could not tell which
    review it had found: a trial)."""
    return f"{review.title}: {review.review_type}. {plural(len(review.questions), 'question')}."


def new_session(review: Review, d: Dialogue, mode: Mode | None, title: str | None,
                team: str | None, default_title: str = "", folder: Path | None = None,
                team_followed: str = "", **fields: object) -> Session | None:
    """A new session on `review`, asking for what the options did not give; `fields` are set
    as it is started (the team session a reflection follows). A team named near one with
    sessions in `folder` is said, and at a terminal that team's name offered (walk/team.py).
    `team_followed`: the team of the team session a reflection follows, said and kept by
    Enter at the team's question, as the app's `a` keeps it (`kept_team`). None at end of
    input."""
    while mode is None:
        got = _entered(d, "Team discussion or individual reflection? t or i, Enter for t: ")
        if got is None:
            return None
        mode = _mode(got)
        if mode is None:  # ("myself" started a team session)
            d.say(f"“{got.strip()}” is neither: type t for a team discussion, or i for your "
                  "own reflection.")
    kind = "team discussion" if mode == "team" else "reflection"
    default_title = default_title or f"{review.title} — {kind}"
    if title is None:  # (the default said: "Enter for a default" did not say which, a trial)
        title = _entered(d, asked("Title", enter_for(f"“{one_line(default_title, 60)}”")) + " ",
                         "the title")
        if title is None:
            return None
        if not title.strip():  # (Enter said nothing of the title it took: a trial)
            d.say(f"Title: “{default_title}”.")
    typed = team is None
    if team is None and team_followed.strip():
        team = kept_team(d, team_followed)
        if team is None:
            return None
        typed = team != team_followed
    elif team is None:
        team = _entered(d, asked(f"Team or service{IF_ANY}") + " ", "the team")
        if team is None:
            return None
    if folder is not None:
        team = near_team(d, team, folder, ask=typed and d.at_terminal)
        if team is None:
            return None
    return Session.start(review, new_session_id(review.id), mode=mode,
                         title=title.strip() or default_title,
                         team=team.strip(), **fields)


def kept_team(d: Dialogue, followed: str) -> str | None:
    """The team or service of a reflection after a team session: the team's own (`followed`),
    said first, kept by Enter, or another typed; None at the end of the input. It asked
    "Team or service (optional)" as of any reflection, and Enter filed it under no team,
    where the app's `a` keeps the team's (a learning lead's fresh-eyes trial)."""
    said = one_line(followed.strip(), NAME_CHARS)
    d.say(f"Team or service: “{said}”, the team whose session this follows; reports list "
          "the reflection under it. Enter keeps it; or type another.")
    got = _entered(d, asked("Team or service", enter_keeps()) + " ", "the team")
    if got is None:
        return None
    if got.strip():
        return got
    d.say(f"Team: “{said}”.")
    return followed.strip()


def _entered(d: Dialogue, prompt: str, what: str = "") -> str | None:
    """A line typed and entered; None at the end of input, and at Ctrl+D after typing, a stop
    as Ctrl+C's: the half-typed line is not taken (nothing is started under half a title), and
    the stop says so, as it says of a choice half typed. (Ctrl+D took half a title as entered,
    and the session went on under it: a trial.)"""
    def not_taken(half: str) -> str:
        half = half.strip()
        return f"“{half}”, typed but not entered, was not taken as {what}." if half else ""

    d.typed, d.keep = [], not_taken if what else None
    got = d.line(prompt, one_line=True)
    if got is None or d.cut_short():
        d.ended_at(got or "")
        return None
    d.finished()
    return got


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
         fresh: bool = False, read_as: Stamp | None = None,
         answer_last_time: bool = False) -> int:
    """Run the session from its current step; returns the exit code (128 + the signal's
    number when a signal stopped it, after saving what was typed). `answer_last_time`: a
    script answers last time's list and actions (`Walk.asks_last_time`).

    A `fresh` session (just started here) is written only once something is typed into it:
    stopped before that, nothing is left behind in the list of sessions."""
    path = session_path(folder, session.id)
    lock = SessionLock(path)
    if not lock.acquire(wait=OPENER_WAITS):  # (not lost to a listing's look at the lock)
        d.say(f"This session, {session.id}, is open in another copy of reflect. Close it "
              "there first. A walk put aside with Ctrl+Z is open still: fg in its terminal "
              "carries it on.")
        return 1
    w = Walk(review, session, folder, d, fresh, OnDisk(path, read_as, session))
    w.asks_last_time = d.at_terminal or answer_last_time
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
    from reflect.store.rescue import KEPT_ASIDE

    aside = KEPT_ASIDE if isinstance(error, ChangedOutside) else b""  # (said apart: copies.py)
    try:
        copy = write_emergency_copy(w.session.id, aside + dumps(w.session))
    except (OSError, SessionError) as e:
        echo(f"reflect walk: {why}; nor could an emergency copy be written "
             f"({getattr(e, 'strerror', None) or e}).", err=True, whole=(where,))
        return 1
    from reflect.store.own_temp import passed_over

    echo(f"reflect walk: {why}. Everything typed so far is in an emergency copy: {copy}"
         f"{passed_over(copy)}. "
         f"Carry on from it with: {command(f'walk --resume {shlex.quote(str(copy))}')}",
         err=True, whole=(where, copy))
    return 1


def _save_on_stop(w: Walk, signum: int) -> int:
    """Keep the reply being typed, save, and say what was kept and how to carry on (if anyone
    can read it)."""
    said = [w.d.kept_on_stop(), *w.write_back_carried()]
    w.save()
    try:
        w.d.interrupted(signum)  # (after the save: a terminal paused by Ctrl+S holds a write)
        _stopped(w, " ".join(s for s in said if s))
    except Stopped:
        pass  # the terminal has gone (hang-up): the session is saved, which is what matters
    return 128 + signum


def _walk(w: Walk) -> int:
    review, session, d = w.review, w.session, w.d
    moved = settled_said(w.edits.sync_questions(review))  # (a file from before the rule)
    if w.fresh and session.mode == "team":
        gather_team(w)
    w.untyped()
    for problem in w.write_back_carried():  # (a stop's that could not be: as the app, again)
        d.say(problem)
    steps = steps_for(review, session)
    start = step_index(steps, session.current_step)
    w.save()
    if not w.fresh:  # (a new one's review is said before its first question: `matched`)
        d.say(matched(review))
    where = session_path(w.folder, session.id)
    d.say(f"Saving to {where}{' once you type something' if w.fresh else ''}. {HOW_TO_TYPE}"
          + (f" {HOW_AT_POINTS}" if session.mode == "team" else "")
          + " Ctrl+D stops; you can carry on later.", whole=(str(where),))
    if moved:  # (said once: saved so above)
        d.say(moved)
    if not w.fresh and d.at_terminal and session.mode == "individual" and \
            not session.facilitator.strip():  # (a reflection from before plain mode asked)
        d.say("This reflection does not say whose it is yet.")
        name = ask_whose(session, d, w.edits)
        if name is None:  # (a name half typed at Ctrl+D kept aside, to offer: saved)
            w.save()
            return _stopped(w)
        w.edits.set_detail("facilitator", name)
        w.save()
    if not w.fresh and d.at_terminal:
        chosen = _where_to_start(w, steps, start)
        if chosen is None:
            return _stopped(w)
        start = chosen
    i = start
    while i < len(steps):
        step = steps[i]
        w.edits.go_to_step(step.key)
        w.save()
        d.say()
        d.say(step_heading(i, len(steps), step.label))
        began = time.monotonic()
        carried_on = ASK[step.kind](w, step)
        w.edits.tick(step, int(time.monotonic() - began))
        w.save()
        move, w.move = w.move, None
        if move == "back":  # the step before, a reflection's question at its last box
            if not i:
                d.say("This is the first step: there is none before it.")
            w.backed = bool(i) and (steps[i - 1].kind == "content" or (  # (its notes at once)
                steps[i - 1].kind == "question" and session.mode == "individual"))
            i = max(i - 1, 0)
            continue
        if move == "next" and i == len(steps) - 1:  # (it ended the walk unsaid: no "Saved
            # as", no commands, and the next lines typed went to the shell: a trial)
            d.say(LAST_STEP)
            continue
        if move == TO_UNANSWERED and (to := first_unanswered(session, steps, i)) is not None:
            d.say(f"Going to the first question left unanswered: {steps[to].label}.")
            i = to  # (`u` at the actions prompt, as a resume's `u`)
            continue
        if move != "next" and (not carried_on or d.ended):
            return _ended(w)
        i += 1
    if w.fresh and not w.typed():
        d.say(NOTHING_KEPT)
    return 0


def step_heading(index: int, count: int, label: str) -> str:
    """A step's heading as plain mode says it: `Step 5 of 13: Question 1.`, a sentence of its
    own (`== Step 5 of 13: Question 1 ==` was read "equals equals" before and after it: a
    screen reader user's trial). A label ending in its own stop keeps it alone."""
    heading = f"Step {index + 1} of {count}: {label.strip()}"
    return heading if heading.endswith((".", "?", "!", ":")) else f"{heading}."


def _where_to_start(w: Walk, steps: list[Step], start: int) -> int | None:
    """A resumed session, at a terminal: carry on at the step it was left at (Enter), go back
    to the first question left unanswered before it (u), or go to any step by its number (l
    lists them). None at end of input."""
    d = w.d
    behind = [i for i in range(start) if unanswered(w.session, steps[i])]
    box, cut = box_to_carry_on(w.session, steps[start])
    d.say()
    d.say(f"This session was left at step {start + 1} of {len(steps)}: {steps[start].label}"
          f"{f', at the {BOX_NAMES[box]} box' if box or cut else ''}"
          f"{', half way through it' if cut else ''}.")
    if behind:
        d.say(f"Not answered yet: {', '.join(steps[i].label for i in behind)}.")
    offer = f"u goes to {steps[behind[0]].label}, step {behind[0] + 1}; " if behind else ""
    while True:
        got = d.ask(f"Enter carries on there; {offer}or type a step's number to go to it; l "
                    "lists the steps:")
        if got is None:
            return None
        if not got:
            w.first_box = box  # (a step's number goes to it from its start)
            w.cut = cut
            return start
        if got.lower() == "u":
            if behind:
                return behind[0]
            d.say("No question before this step is left unanswered: Enter carries on here.")
            continue
        if (n := numbered(got, len(steps))) is not None:
            return n - 1
        if got.lower() == "l":
            for line in listed_steps(w.session, steps, start):
                d.say(line)
        else:  # (then the prompt, saying the rest: "… (1 to 12) or l." was read "or l" alone,
            # hard to follow: a trial)
            d.say(f"There is no step {got}: the steps are 1 to {len(steps)}." if got.isdecimal()
                  else f"“{got}” is not a step's number.")


def box_to_carry_on(session: Session, step: Step) -> tuple[int, bool]:
    """A reflection's question: the box it is carried on in (`carry_on_box`), as the app puts
    the cursor there when it is opened again, and whether it is the box last typed in, left
    unfinished; (0, False), What?, for any other step. Carried on from What?, a practitioner
    who had stopped at Now what? was asked What? and So what? again; carried on at the first
    empty box, one who had stopped half way through So what? wrote the rest in Now what?
    (trials)."""
    qid = question_of(step.key)
    answer = session.answer(qid) if qid is not None and session.mode == "individual" else None
    if answer is None:
        return 0, False
    return (carry_on_box(answer.boxes, answer.last_typed),
            left_unfinished(answer.boxes, answer.last_typed) is not None)


LAST_STEP = "This is the last step: there is none after it. Enter here finishes the session."
"""Said of `.next` at the summary, which is asked again, as `.back` at the first step says
there is none before it."""

NOTHING_KEPT = ("Nothing was answered or noted, so no session was kept: a title and team typed "
                "at the start are asked again next time.")
"""Said for "Nothing was typed", when a title and a team had been typed (a trial)."""


def _ended(w: Walk) -> int:
    """Stopped at the end of the input (Ctrl+D): as a signal's stop, last time's actions
    changed here written back, saved, and what was kept of the reply being typed said."""
    said = [*w.write_back_carried()]
    w.save()
    return _stopped(w, " ".join([w.d.kept_at_end, *said]).strip())


def _stopped(w: Walk, kept: str = "") -> int:
    """Say so, with `kept`: what a signal's stop kept of the reply being typed (or, at the end
    of input, what Ctrl+D kept of a line half typed)."""
    w.d.say()
    kept = kept or w.d.kept_at_end  # (a line Ctrl+D ended half typed: kept, and said so)
    kept = f" {kept}" if kept else ""
    if w.fresh and not w.typed():
        w.d.say(f"Stopped.{kept} {NOTHING_KEPT}")
    else:
        w.d.say(f"Stopped and saved.{kept} Carry on here, or in the app, with:")
        w.d.command(command(f"walk --resume {w.session.id}"))
    return 0
