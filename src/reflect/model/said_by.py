"""Who said a point typed in the app's point box, read as Enter adds it or saves an edit: the
"@…" at its end (model/attribution.py) with the choice in Said by…, and what to say where
they leave something to settle.

- An "@…" naming one person here names who said it, and is taken off: when adding, and when
  editing a point said by someone else ("… @jo" typed at the end of a point said by Rob was
  kept as words, said by Rob, with nothing said: a trial). Where that is not whom Said by…
  had, it is said. The words as typed, "@…" and all, are kept with the point
  (`PointRead.typed_as`, `Point.typed_as`), as for a point given from its "@…" later
  (model/presence.py, `give_kept`): taken off the list, that person leaves it as typed
  (`presence.taken_off`). "… notes @Alex" added while Alex Example was here lost its "@Alex"
  as Alex was removed, while the same words typed before Alex was listed got it back (a
  trial).
- An "@…" naming several, the one chosen in Said by… among them ("@Sam", Sam Sample chosen),
  is theirs, and taken off.
- An "@…" naming several, or no one: the point is kept as typed, and the message says how to
  settle it for this point (Enter on it in the list edits it): "type more letters next time"
  said nothing of the point just kept (a trial). One naming someone marked not here is theirs
  once they are ticked on Who is here (model/presence.py, `kept_for`); one naming no one
  listed, once they are added there (`NOT_LISTED`).
- "@Pat" alone is no point: nothing is added or saved ("@Pat" was added as a point's words).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reflect.model.attribution import attribute, candidates, only_named, without_at
from reflect.model.roles import name_key
from reflect.model.session import Participant
from reflect.text import one_line, printable

SAID_BY = "Said by…, under the point box"
"""Where who said a point is chosen, as the messages say it: they said "below", the list of
points being below it (a trial)."""

NOT_LISTED = "Not listed yet? Add them on Who is here and it is theirs."
"""What a point whose "@…" matches no one says of someone not on the list: a midwife who came
in late said a point "… @Kim", and the message named only Said by…, which lists nobody called
Kim, leaving the team lead asking how to give it to her (a fresh-eyes trial); added on Who is
here, the point is theirs (model/presence.py, `give_kept`)."""


@dataclass(frozen=True)
class PointRead:
    """A point as Enter reads it: its words and who said it, and what to say of it."""

    text: str
    """The point's words ("" when there is nothing to add: `alone`)."""
    by: str
    """Who said it (a participant's id), or ""."""
    warning: str = ""
    """Something left to settle (an "@…" kept as typed), or why nothing was added."""
    note: str = ""
    """Said as a matter of course: the "@…" gave the point to someone other than Said by…."""
    alone: bool = False
    """The box held an "@…" alone: nothing is added, and the box keeps it."""
    typed_as: str | None = None
    """The words as typed, "@…" and all, where that "@…" named who said it (`by`) and was
    taken off; None otherwise (no "@…", or Said by… chose among those it could be: the
    choice, not the words, says who, as for any point given in Said by…)."""


def read_point(text: str, by: str, people: Sequence[Participant], number: int,
               editing: bool = False) -> PointRead:
    """`text`, with `by` chosen in Said by… ("" for no one), as point `number` (from 1) among
    `people` (`attribution.speakers`); `editing`: an edit of that point, not a new one."""
    if only_named(text, candidates(people)) or only_named(text, people):
        named = one_line(text.strip(), 30)
        then = f"Esc puts point {number} back as it was" if editing else "nothing was added"
        return PointRead("", "", f"“{named}” alone is not a point ({then}): type what was "
                         f"said before it, where the cursor is now (“Ring the school "
                         f"{named}”), then Enter.", alone=True)
    said = attribute(text, candidates(people))
    if said.by:
        was = next((p for p in people if p.id == by and by != said.by), None)
        who = next((p for p in people if p.id == said.by), None)
        note = (f"Point {number} is said by {_names([who])}, whom the @ at its end names, "
                f"not {_names([was])}.") if was is not None and who is not None else ""
        return PointRead(said.text, said.by, note=note, typed_as=text.strip())
    chosen = [p for p in people if p.id == by]
    if chosen and (kept := without_at(text, chosen)) != text:
        return PointRead(kept, by)
    return PointRead(text, by, _unsettled(text, people, chosen, number))


def _unsettled(text: str, people: Sequence[Participant], chosen: list[Participant],
               number: int) -> str:
    """What to say of a point whose "@…" named several, or no one, kept as typed ("" where it
    has none)."""
    said = attribute(text, candidates(people))
    kept = f"point {number} is kept as typed" + (f", said by {_names(chosen)}" if chosen
                                                 else "")
    if said.ambiguous:
        return (f"“@{said.named}” could be {_names(said.ambiguous)}, so {kept}. To say "
                "which: Enter on it in the list, type more of the name after the @ (or "
                f"choose in {SAID_BY}), then Enter.")
    if not said.unmatched:
        return ""
    away = [p for p in people if not p.attended]
    absent = attribute(text, away) if len(away) < len(people) else None
    names = [p for p in away if absent is not None
             and (p.id == absent.by or p in absent.ambiguous)]
    if names:  # (the message contradicted itself: "nobody here … (Sam: not here)")
        who = " or ".join(printable(p.describe()) for p in names)
        theirs = "" if chosen else " and it is theirs"  # (`presence.kept_for`)
        return (f"“@{said.unmatched}” is {who}, marked not here, so {kept}. Tick them on "
                f"Who is here{theirs}, or choose who said it in {SAID_BY}.")
    return (f"No one here matches “@{said.unmatched}”, so {kept}. {NOT_LISTED} To say who "
            f"said it: Enter on it in the list, choose in {SAID_BY}, then Enter.")


def _names(people: Sequence[Participant | None]) -> str:
    """`Pat Sample or Pat Example`: each by name, or in full (role and agency) where nameless
    or where two share a name."""
    listed = [p for p in people if p is not None]
    keys = [name_key(p.name) for p in listed]
    shared = len(set(keys)) < len(keys)
    return " or ".join(printable(p.name if p.name and not shared else p.describe())
                       for p in listed)
