"""The mark for an item typed into a form and not added (a point, an action, a person), and
what it means, said alike wherever reflect shows it: after a step's name in the step list
(ui/widgets/step_list.py), before a saved session's title on the start screen (start_rows.py,
its heading's legend: ui/widgets/sessions_filter.py) and in `reflect list sessions`
(cli/session_list.py). Which items and steps: model/typed_items.py.

The start screen marked such a session ✎ and its heading said what ✎ means, while `reflect
list sessions` said nothing of it (a trial).

Pure, and light: no pydantic, no Textual (the start screen's first frame imports it).
"""

from __future__ import annotations

from collections.abc import Iterable

TYPED_MARK = "✎"
"""Marks a step whose form holds an item typed but not added, and a saved session holding
one."""

NOT_ADDED = "typed, not added"
"""What the mark means, in the fewest words: the saved sessions' heading (`✎: typed, not
added`), and `reflect list sessions`'s column naming the steps (`typed_column`)."""

TYPED_LEGEND = (f"{TYPED_MARK}: a point, an action or a person was typed in that session and "
                "not added, or a time to log for CPD that is not a time; it is kept in its "
                "box, to add, correct or clear when the session is opened.")
"""Said under `reflect list sessions` at a terminal while a session listed is marked, as the
start screen's heading says what the mark means."""


def typed_column(steps: Iterable[str]) -> str:
    """A saved session's column in `reflect list sessions` naming the steps whose forms hold
    an item typed but not added (`SessionSummary.typed`): `typed, not added: Question 1, What
    to do now`."""
    return f"{NOT_ADDED}: {', '.join(steps)}"
