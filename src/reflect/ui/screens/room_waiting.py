"""The points from the room still waiting for the facilitator, said in words: how many, and on
which questions. Closing the room, leaving the session and F2 on another step all say it the
same way (no Textual here: plain functions of the walkthrough's `waiting` and its steps). Also
the room's other words to the facilitator: joining paused, and the confidence check's default."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Sized

from reflect.model.review import Review
from reflect.model.steps import Step
from reflect.text import listed

JOINING_PAUSED = ("Joining by room code is paused: ten wrong codes were tried in quick "
                  "succession. It lasts six seconds, and six more after each further wrong "
                  "code; whoever types a code meanwhile is asked to wait. The link and the QR "
                  "code still work.")
"""Said once when wrong codes lock the room's code (participants see "Please wait"), and on
the room's panel while it lasts: else a room that stopped letting people in said nothing. Six
seconds is the room's rule (`RoomState`: ten wrong codes a minute, one every six seconds once
used up); it said "about a minute" while the right code went in seconds later (a trial)."""


def default_prompt(review: Review, theme: str = "") -> str:
    """"How confident do you feel about …?", naming the review's theme (or its title)."""
    about = theme or (review.themes[0].replace("-", " ") if review.themes else review.title)
    return f"How confident do you feel about {about}?"


def points(n: int) -> str:
    """"1 point", "3 points"."""
    return f"{n} point{'' if n == 1 else 's'}"


def quoted(text: str, limit: int = 60) -> str:
    """A point's words in quotes, cut at a word with "…" past `limit` characters."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{line}”"


def declined(text: str, who: str) -> str:
    """Said as a point is declined: which one, and how to bring it back (a `d` pressed by
    mistake dropped an attendee's point with nothing said, for good: a trial)."""
    return (f"Declined {quoted(text)} ({who}): not in the notes. Pressed by mistake? u on "
            "the room's points (F2) brings it back.")


def put_back(text: str, who: str, where: str) -> str:
    """Said as a point from the room leaves the point box unadded (Esc, or the box left
    empty): it waits again, as sent."""
    return (f"{quoted(text)} ({who}) was not added: it waits again beside {where}, as sent "
            "(F2 there: a accepts, e edits, d declines).")


def brought_back(text: str, who: str) -> str:
    return f"Brought back {quoted(text)} ({who}): waiting again."


def sharing(n: int) -> str:
    """Said as F3 shows the question's points to the room: which points, exactly (it said
    "this question's accepted points" and left out the facilitator's own: a trial)."""
    shown = (f"all {points(n)} of this question, as in the notes (yours too)" if n > 1
             else "this question's point, as in the notes" if n
             else "this question's points as you add them")
    return (f"The room now sees {shown}, without who said them; your changes follow on "
            "their pages. F3 hides them.")


def left_flagged(n: int) -> str:
    """Accept all left the points flagged as holding a personal detail waiting."""
    return (f"{points(n)} with a likely personal detail (⚠) left waiting: accept, edit or "
            f"decline {'each' if n != 1 else 'it'} on its own.")


def closed(dropped: int, declined: int) -> str:
    """Said as the room closes: the points still waiting dropped, and the declined ones no
    longer to be brought back (`u`)."""
    said = "The room is closed."
    if dropped:
        said += f" {points(dropped)} still waiting {'was' if dropped == 1 else 'were'} dropped."
    if declined:
        said += (f" {points(declined)} declined can no longer be brought back (they "
                 "were not added to the notes).")
    return said


def where_waiting(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> list[tuple[str, int]]:
    """(step label, how many) for each step with points waiting, in the steps' order."""
    return [(s.label, len(waiting[s.key])) for s in steps if len(waiting.get(s.key, ()))]


def on_which(places: list[tuple[str, int]]) -> str:
    """"Question 1", "Question 1 (2) and Question 3 (1)": where points wait."""
    if len(places) == 1:
        return places[0][0]
    return listed([f"{label} ({n})" for label, n in places])


def _waiting(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> tuple[str, int]:
    """Where points wait, in words ("" for nowhere), and how many in all."""
    places = where_waiting(waiting, steps)
    return (on_which(places) if places else ""), sum(count for _, count in places)


def closing_question(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> str | None:
    """What closing the room would drop, to ask first; None when nothing waits."""
    where, n = _waiting(waiting, steps)
    if not n:
        return None
    return (f"{points(n)} from the room still {'waits' if n == 1 else 'wait'} on "
            f"{where}. Closing the room drops {'it' if n == 1 else 'them'}: kept "
            "nowhere, not in the notes. Close the room?")


def exporting(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> str | None:
    """Said in the export dialog while points wait in the room; None when nothing waits."""
    places = where_waiting(waiting, steps)
    where, n = _waiting(waiting, steps)
    if not n:
        return None
    there = "that question" if len(places) == 1 else "each question"
    return (f"{points(n)} from the room still {'waits' if n == 1 else 'wait'} on {where}: "
            f"not in these notes unless you accept {'it' if n == 1 else 'them'} first (Esc, "
            f"then F2 on {there}).")


def presenting(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> str | None:
    """The presentation view's line while points wait anywhere, e.g. "2 points wait on
    Question 2: F2" (counted, never shown on the shared screen); None when nothing waits."""
    where, n = _waiting(waiting, steps)
    if not n:
        return None
    return f"{points(n)} {'waits' if n == 1 else 'wait'} on {where}: F2"


def leaving_question(joined: int, waiting: Mapping[str, Sized], steps: Sequence[Step],
                     quitting: bool = False) -> str:
    """What leaving the session (or, `quitting`, reflect) would do to the open room, to
    confirm first."""
    where, n = _waiting(waiting, steps)
    dropped = f" and drops the {points(n)} still waiting (on {where})" if n else ""
    doing, ask = ("Quitting", "Quit reflect?") if quitting else (
        "Leaving the session", "Leave the session?")
    return f"The room is open ({joined} joined). {doing} closes it for everyone{dropped}. {ask}"


def elsewhere(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> str | None:
    """F2 on a step where nothing waits: where points do wait, and how to get there."""
    where, n = _waiting(waiting, steps)
    if not n:
        return None
    return (f"No points from the room wait on this step; {points(n)} "
            f"{'waits' if n == 1 else 'wait'} on {where}: Ctrl+G (the step list) "
            "goes there.")
