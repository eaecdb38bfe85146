"""What the session screen's keys say on a step where they have nothing to do. Each did
nothing and said nothing there (F8 first; then PgUp on the first step, Ctrl+L past the case
details and Ctrl+T away from *What to do now*: a new user's trial), and a key that answers
with silence reads as a key that is broken."""

from __future__ import annotations

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
