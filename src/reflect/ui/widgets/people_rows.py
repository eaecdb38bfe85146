"""How *Who is here*'s table shows each person (ui/widgets/people_panel.py): their mark, here,
not here or left early, their name, role and agency, and the hint above it saying what the
marks mean."""

from __future__ import annotations

from reflect.model.session import Participant
from reflect.ui.widgets.cell_fit import Cell
from reflect.ui.widgets.tables import Column, status_cell

MARKS = {"here": "✓", "left early": "½", "not here": "✗"}
"""Each presence's mark, as the table shows it (alone where it is narrow) and the hint says."""


def columns(people: list[Participant]) -> list[Column]:
    """The table's columns: Attended as wide as its words (`½ left early` only where someone
    has: it took two columns from the names)."""
    words = max((len(status_cell(p.presence, MARKS[p.presence])[0]) for p in people),
                default=0)
    return [("Attended", -max(words, len("✗ not here")), 1), ("Name", 3), ("Role", 3),
            ("Agency", 3)]


def person_row(p: Participant) -> tuple[Cell, str, str, str]:
    return (status_cell(p.presence, MARKS[p.presence]), p.name, p.role, p.agency)


PARTICIPANTS_HINT = ("Participants: ✓ here, ✗ not here, ½ left early (here for part of the "
                     "meeting: someone who said a point or owns an action). Space changes the "
                     "one highlighted (anyone typed as the session began is here). Enter edits "
                     "one, Delete removes one.")


A_SENTENCE = ("“{}” reads like a sentence, not a name: a name is one to three words.\n\n"
              "Add it to the list as a person, marked here? (Points are typed on the "
              "question steps: PgDn.)")
"""Asked before a name of more words than a name has is added (`more_than_a_name`)."""
