"""What the session screen's keys say on a step where they have nothing to do. Each did
nothing and said nothing there (F8 first; then PgUp on the first step, Ctrl+L past the case
details and Ctrl+T away from *What to do now*: a new user's trial; Ctrl+N on the last step,
Ctrl+A in the export dialog with no Export anyway, F2 on the start screen away from a saved
session, Ctrl+Y with no facilitator taking over), and a key that answers with silence reads
as a key that is broken."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import TextArea

CPD_WHERE = ("F8 (the CPD record's choices) is on What I will do differently and on the "
             "summary step.", "F8 (the CPD record's choices, for a record of this "
             "discussion) is on the summary step.")
"""Said by F8 on a step without the CPD record's choices: a reflection's, a team's."""

FIRST_STEP = "This is the first step: PgDn goes on through the briefing."
"""Said by PgUp on the first step."""

PAST_THE_DETAILS = ("Ctrl+L skips the case details from the introduction: this step is past "
                    "them already.")
"""Said by Ctrl+L after the introduction."""

ACTION_WHERE = "Ctrl+T adds the action typed on What to do now: Ctrl+G goes to a step."
"""Said by Ctrl+T on any other step."""

LAST_STEP = ("This is the last step: Ctrl+O exports the notes, Esc goes back to the "
             "library.")
"""Said by PgDn on the last step (the summary) where it moves nothing: its box at its foot,
the pane at its own. PgDn did nothing there, and said nothing (a facilitator's trial)."""


def pgdn_moves(focused: Widget | None, pane: Widget | None) -> bool:
    """Whether PgDn moves something where the focus is on the last step: a text box's cursor
    (or its selection) or, from elsewhere in `pane`, the pane scrolled short of its foot."""
    if isinstance(focused, TextArea):
        held = focused.selection
        below = focused.navigator.get_location_at_y_offset(held.end, focused.content_size.height)
        return not held.is_empty or below != held.end
    return focused is not None and pane is not None and pane in focused.ancestors_with_self \
        and pane.scroll_y < pane.max_scroll_y

ANYWAY_WHERE = ("Ctrl+A exports anyway only once the check has found a likely personal "
                "detail: Ctrl+O exports.", "A CPD record has no Export anyway: it replaces "
                "what the check found by [redacted] either way. Tab to Export, then Enter.")
"""Said by Ctrl+A in the export dialog where it has nothing to do: with nothing found, and
on a CPD record after a finding. It did nothing and said nothing in either."""

FORMAT_CHOSEN = "That format is chosen already (↑↓ choose another): Ctrl+O exports."
"""Said by Enter or Space on the export dialog's chosen format (the arrows choose)."""

RENAME_WHERE = ("F2 renames a saved session: Tab to Saved sessions, then F2 on one.",
                "F2 renames a saved session: there is none yet (Enter on a review starts "
                "one).",
                "F2 renames a saved session: your search shows none of them. Empty the "
                "search box (Esc on the lists), then Tab to Saved sessions and F2 on one.")
"""Said by F2 on the start screen away from a saved session: with some saved, with none, and
with some saved that the search hides every one of (it sent people to an empty list)."""

GIVE_WHERE = ("Ctrl+Y is for a facilitator taking over: once another name is typed in "
              "Facilitator, it gives them what stayed with the one before. No one has taken "
              "over here.")
"""Said by Ctrl+Y on Who is here with no facilitator's handover to give (or give back)."""


def read_again(reviews: int, sessions: int) -> str:
    """Said by `r` on the start screen once the lists are read again: where nothing had
    changed, nothing showed that it had been pressed."""
    return (f"Read again: {reviews} review{'' if reviews == 1 else 's'} in the library, "
            f"{sessions} saved session{'' if sessions == 1 else 's'}.")
