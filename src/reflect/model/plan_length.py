"""What the time plan's *Your own* box says of words typed in it that are not a length
(`length_refused`), and which length stays until they are.

Pure: no Textual.
"""

from __future__ import annotations

from reflect.model.timebox import MAX_MINUTES, hours_and_minutes
from reflect.model.typed_minutes import any_minutes

HOW = "type minutes (say 20) or 1h30, from 1 minute to 24 hours"


def length_refused(typed: str, length: int, gave: str = "", own: bool = True) -> str:
    """Why `typed` is not a length, how to type one (`or empty this box` where "Your own" is
    not chosen), and the `length` that stays until then: where the box's `gave` it, and
    `typed` goes on from those words, said so. A length counts as soon as it is one, so
    `300000` typed left 5 hours from its `300`, which was said as if it were the length
    typed, and a figure over a day was called not a length (a trial): it is said to be over
    the longest."""
    empty = "" if own else ", or empty this box"
    total = any_minutes(typed)
    why = (f"is over {hours_and_minutes(MAX_MINUTES)}, the longest length" if total is not None
           and total > MAX_MINUTES else "is not a length")
    stays = (f"Until then the length stays {hours_and_minutes(length)}" if length else
             "Until then there is no time plan")
    began = gave and typed != gave and typed.startswith(gave) and total is not None \
        and total > MAX_MINUTES
    since = f", from the “{gave}” it began with" if began and length else ""
    return f"“{typed}” {why}: {HOW}{empty}. {stays}{since}."
