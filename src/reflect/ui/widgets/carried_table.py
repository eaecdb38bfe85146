"""Last time's actions' table: Space moves the highlighted action's status on, Enter takes the
focus to its progress note (`CarriedPanel` hears both as `RowTable.RowAction`), and Delete
says why it removes nothing here and what to do instead (`NOT_REMOVED`).

The rest of an action is changed in the session that agreed it. Until 7 December 2026 Enter
and Delete on a row did nothing and said nothing, while docs/keys.md said they edit and
remove: a team lead whose action was no longer needed pressed Delete, saw nothing happen,
and was left guessing (a fresh-eyes trial of a team's second meeting).
"""

from __future__ import annotations

from textual import events

from reflect.ui.widgets.tables import ACTION_LINES, STATUS_WORDS_FROM, WRAPPED, RowTable

NOT_REMOVED = ("Last time's actions are not removed at a later meeting: the notes keep what "
               "was agreed. One no longer needed: Space until it is ⊘ dropped, and why in its "
               "progress note (Enter). One "
               "agreed by mistake is removed in the session it came from (From): Delete on "
               "its row at What to do now.")
"""Said when Delete is pressed on an action's row."""


class CarriedTable(RowTable):
    def __init__(self, classes: str = "") -> None:
        super().__init__(change="Status", offers=("change", "edit"),
                         narrow_below=STATUS_WORDS_FROM, wraps=WRAPPED,
                         most_lines=ACTION_LINES, classes=classes)
        self.key_descriptions["row('edit')"] = "Note"

    def on_key(self, event: events.Key) -> None:
        """Delete on a row (the session not read-only: `RowTable.on_key` says that): what to
        do instead, the key gone no further."""
        if event.key == "delete" and self.row_count and not self.refused:
            event.stop()
            self.notify(NOT_REMOVED, markup=False, timeout=10)
