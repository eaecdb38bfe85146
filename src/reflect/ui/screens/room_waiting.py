"""The points from the room still waiting for the facilitator, said in words: how many, and on
which questions. Closing the room, leaving the session and F2 on another step all say it the
same way (no Textual here: plain functions of the walkthrough's `waiting` and its steps). Also
the room's other words to the facilitator: joining paused, and the confidence check's default."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Sized
from dataclasses import dataclass

from reflect.model.review import Review
from reflect.model.steps import Step
from reflect.model.theme_ids import theme_label
from reflect.text import listed

JOINING_PAUSED = ("Joining by room code is paused: ten wrong codes were tried in quick "
                  "succession. It lasts six seconds, and six more after each further wrong "
                  "code; whoever types a code meanwhile is asked to wait. The link and the QR "
                  "code still work.")
"""Said once when wrong codes lock the room's code (participants see "Please wait"), and on
the room's panel while it lasts: else a room that stopped letting people in said nothing. Six
seconds is the room's rule (`RoomState`: ten wrong codes a minute, one every six seconds once
used up); it said "about a minute" while the right code went in seconds later (a trial)."""
JOINING_PAUSED_NO_QR = JOINING_PAUSED.replace("The link and the QR code still work.",
                                              "The link still works.")
"""The same for a room on this computer only, which has no QR code (`room_panel.NO_QR`)."""


NO_ROOM_ALONE = "The room is for team sessions: a self-reflection has no room."
"""F4, F3 and F2 in a reflection on your own. F3 and F2 said to open the room with F4, which
then said there is none (a new user's trial)."""

WAITING_MARK = "•"
"""After a question's number in the step list, with how many points from the room wait there
(`Question 1 •2`): a mark, as the list marks a question answered (✓) and the step on view
(▶), so it is never cut. Worded, "Question 1 (1 new)" was cut to "Question 1 (1 ne…" in the
list's 24 columns at 80x24 and 60x20 (a trial)."""
WAITING_MEANING = f"{WAITING_MARK}: new points"
"""What the mark means, in the step list's title while points wait anywhere
(`step_list.steps_title`)."""


def step_mark(n: int) -> str:
    """After a question's number in the step list: `•2` for 2 points waiting ("" for none)."""
    return f"{WAITING_MARK}{n}" if n else ""


def default_prompt(review: Review, theme: str = "") -> str:
    """"How confident do you feel about …?", naming the session's theme, else the review's
    first (`theme_label`: `non-accidental injury`), else its title. A themed session's said
    its theme's id (`non-accidental-injury`)."""
    about = theme or (review.themes[0] if review.themes else "")
    about = theme_label(about) if about else review.title
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


def named(who: str, sent_as: str = "") -> str:
    """A point's sender in the room's messages: as the session calls them now, then the name
    sent where that is another ("Anne Exampleton, sent as Ann Example")."""
    return f"{who}, sent as {sent_as}" if sent_as else who


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


def not_waiting_again(text: str, who: str, kept: bool) -> str:
    """A point from the room left the point box unadded after the room closed: it cannot wait
    again. Its words stay in the box (`kept`), else the box was emptied: it was dropped
    with nothing said."""
    if kept:
        return (f"The room has closed, so {quoted(text)} ({who}) cannot wait again: its "
                "words stay in the point box, typed but not added (who sent it is not kept).")
    return (f"The room has closed, so {quoted(text)} ({who}), emptied from the point box, "
            "is dropped.")


NOT_HERE = ("listed as not here: if they joined, tick them on Who is here; the notes give "
            "the point under the name it was sent by")


def accepted(text: str, who: str, not_here: bool, sent_as: str = "", own: bool = False) -> str:
    """Said as a point is accepted (nothing was: it landed below the fold, a trial), and when
    it was sent under the name of someone listed as not here (the notes then gave them as not
    attending and as saying it, with nothing said). `who` is the sender as the session calls
    them now, `sent_as` the name sent when another (renamed on Who is here since): it said
    "(Ann Example)" while the notes gave the point to Anne Exampleton (a trial). `own`: sent
    under the facilitator's name, and now theirs (`Waiting.facilitator`)."""
    said = f"Accepted {quoted(text)} ({named(who, sent_as)}): in the notes."
    if own:
        said += (" It is yours, sent under your name as facilitator: if someone else sent "
                 "it, Enter on it and Said by… gives it to them.")
    return (f"{said} {who} is {NOT_HERE}." if not_here else said) + at_kept(text, who)


def at_kept(text: str, who: str) -> str:
    """Said of a point from the room ending in "@…": kept as its words, never taken as who
    said it (whoever sent it did: a phone could otherwise give its words to anyone). The
    facilitator was not told, and read "@Sam" as Sam's point (a school's lead)."""
    from reflect.model.attribution import ANONYMOUS, at_typed

    at = at_typed(text)
    if not at:
        return ""
    whose = "anonymous" if who in ("", ANONYMOUS) else f"{who}'s"
    return (f" “{at}” in it is kept as words, not taken as who said it: the point is "
            f"{whose}, as sent (e to change its words).")


def accepted_all(n: int, not_here: Sequence[str]) -> str:
    said = f"Accepted {points(n)}: in the notes."
    if not not_here:
        return said
    verb = "is" if len(not_here) == 1 else "are"
    return f"{said} {listed(list(not_here))} {verb} {NOT_HERE}."


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


def left_waiting(flagged: int, shared: int, own: int = 0) -> str:
    """Accept all left waiting the points flagged as holding a personal detail, the points
    sent under a name more than one device uses (`Waiting.devices`) and those sent under the
    facilitator's own (`Waiting.facilitator`): who is who is the facilitator's to decide (a
    point both is counted as flagged, one from two devices as theirs)."""
    held = [f"{points(flagged)} with a likely personal detail (⚠)"] if flagged else []
    if shared:
        held.append(f"{points(shared)} sent under a name more than one device uses")
    if own:
        held.append(f"{points(own)} sent under your own name")
    said = (f"{listed(held)} left waiting: accept, edit or decline "
            f"{'each' if flagged + shared + own != 1 else 'it'} on its own")
    if shared or own:
        said += f", once you know who sent {'them' if shared + own != 1 else 'it'}"
    return said + "."


def closed(dropped: int, declined: int) -> str:
    """Said as the room closes: the points still waiting dropped, and the declined ones no
    longer to be brought back (`u`)."""
    said = "The room is closed."
    if dropped:
        said += f" {points(dropped)} still waiting {'was' if dropped == 1 else 'were'} dropped."
    if declined:
        said += (f" {points(declined)} declined can no longer be brought back (they "
                 "were not added to the notes).")
    return said + (" F4 opens it again, with the same code and link, until you quit "
                   "reflect.")


def reopened(was: str, now: str, moved_from: int | None, qr: bool = True) -> str:
    """Said as this session's room opens again in the same run: the same code, and whether
    its link is the one people have. A new link: the QR code named only where there is one
    (`qr`: none on this computer only), and what to tell those whose page is still on the old
    link, which offers a box for the new address (`pages.CARRY`): typed into the browser's
    own address bar instead, their words not sent stayed behind, kept by the old address and
    port (a room trial)."""
    if was == now:
        return ("The room is open again, with the same code and link: the pages people have "
                "carry on, with the points they sent (those still waiting when it closed "
                "were not added).")
    why = (f"port {moved_from} was taken by another program meanwhile" if moved_from
           else "it is on another address")
    show = "the new link or QR code" if qr else "the new link"
    return (f"The room is open again with the same code, but its link is new ({why}): show "
            f"people {show}, or the address to type the code at. {CARRY_TOLD}")


CARRY_TOLD = ("A page still on the old link has a box for the new address: typed there, not "
              "in the browser's address bar, what was typed and not sent goes along.")
"""What to tell the room when its link is new (`reopened`)."""


@dataclass(frozen=True)
class Typed:
    """A point typed into a question's point box and not added: where (the step's label), and
    who sent it when it is a point from the room opened there to edit (None: the
    facilitator's own, kept in the session's drafts as it is typed)."""

    where: str
    sender: str | None = None


def typed_points(typed: Sequence[Typed]) -> str:
    """"A point you typed on Question 1 is not added yet", "Points you typed on Question 1 and
    Question 3, and the point from the room you opened on Question 2 (Sam), are not added
    yet" ("" for none). Closing the room, leaving the session and exporting counted only the
    points waiting in the room, never one typed in a point box and not added."""
    own = [t.where for t in typed if t.sender is None]
    sent = [f"the point from the room you opened on {t.where} ({t.sender})"
            for t in typed if t.sender is not None]
    parts = ([f"{'a point' if len(own) == 1 else 'points'} you typed on {listed(own)}"]
             if own else []) + sent
    if not parts:
        return ""
    said = (f"{parts[0]}, and {listed(parts[1:])}" if len(own) > 1 and sent
            else listed(parts))
    return f"{said[0].upper()}{said[1:]} {'is' if len(typed) == 1 else 'are'} not added yet"


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


def closing_question(waiting: Mapping[str, Sized], steps: Sequence[Step],
                     typed: Sequence[Typed] = ()) -> str | None:
    """What closing the room would drop, and the points typed in a point box but not added
    (left there), to ask first; None when nothing waits and nothing is typed."""
    where, n = _waiting(waiting, steps)
    said = ""
    if n:
        said = (f"{points(n)} from the room still {'waits' if n == 1 else 'wait'} on "
                f"{where}. Closing the room drops {'it' if n == 1 else 'them'}: kept "
                "nowhere, not in the notes. ")
    if typed:
        it = "it" if len(typed) == 1 else "them"
        said += (f"{typed_points(typed)}: closing the room leaves {it} in the point box, "
                 f"where Enter adds {it}. ")
    return f"{said}Close the room?" if said else None


def exporting(waiting: Mapping[str, Sized], steps: Sequence[Step],
              typed: Sequence[Typed] = ()) -> str | None:
    """Said in the export dialog while points wait in the room, or one from the room is in a
    point box, not added (`typed`: those from the room only; the facilitator's own are
    among the items typed but not added the dialog lists); None when there are none."""
    places = where_waiting(waiting, steps)
    where, n = _waiting(waiting, steps)
    there = "that question" if len(places) == 1 else "each question"
    said = [] if not n else [
        f"{points(n)} from the room still {'waits' if n == 1 else 'wait'} on {where}: "
        f"not in these notes unless you accept {'it' if n == 1 else 'them'} first (Esc, "
        f"then F2 on {there})."]
    sent = [t for t in typed if t.sender is not None]
    if sent:
        it = "it" if len(sent) == 1 else "them"
        said.append(f"{typed_points(sent)}: not in these notes unless you add {it} first "
                    f"(Esc, then Enter in {'its' if len(sent) == 1 else 'each'} point box).")
    return " ".join(said) or None


def presenting(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> str | None:
    """The presentation view's line while points wait anywhere, e.g. "2 points wait on
    Question 2: F2" (counted, never shown on the shared screen); None when nothing waits."""
    where, n = _waiting(waiting, steps)
    if not n:
        return None
    return f"{points(n)} {'waits' if n == 1 else 'wait'} on {where}: F2"


def leaving_question(joined: int, waiting: Mapping[str, Sized], steps: Sequence[Step],
                     quitting: bool = False, typed: Sequence[Typed] = ()) -> str:
    """What leaving the session (or, `quitting`, reflect) would do to the open room, and to
    the points typed but not added (kept in their boxes: `kept_typed`), to confirm first."""
    where, n = _waiting(waiting, steps)
    dropped = f" and drops the {points(n)} still waiting (on {where})" if n else ""
    doing, ask = ("Quitting", "Quit reflect?") if quitting else (
        "Leaving the session", "Leave the session?")
    kept = ""
    if typed:
        kept = (f" {typed_points(typed)}: {kept_typed(len(typed))}"
                + (f" {WORDS_ONLY}" if any(t.sender for t in typed) else ""))
    return (f"The room is open ({joined} joined). {doing} closes it for everyone{dropped}."
            f"{kept} {ask}")


def kept_typed(n: int) -> str:
    """Where the points typed but not added go when the session is left."""
    return f"kept in {'its' if n == 1 else 'their'} point box for next time."


WORDS_ONLY = "(A point from the room is kept as words only: who sent it is not kept.)"
"""Its sender is a name given in the room, not a participant of the session's: the box keeps
only its words (`Session.drafts`)."""


def elsewhere(waiting: Mapping[str, Sized], steps: Sequence[Step]) -> str | None:
    """F2 on a step where nothing waits: where points do wait, and how to get there."""
    where, n = _waiting(waiting, steps)
    if not n:
        return None
    return (f"No points from the room wait on this step; {points(n)} "
            f"{'waits' if n == 1 else 'wait'} on {where}: Ctrl+G (the step list, where "
            f"{WAITING_MARK} and a number mark them) goes there.")
