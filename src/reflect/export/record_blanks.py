"""What a CPD record leaves for the person to fill in (`records`), and how its guidance tells
those blanks from the person's own words (`record_render.prompt`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reflect.export.forms import form

if TYPE_CHECKING:
    from reflect.model.session import Session

FILL_IN = "Left for you to fill in."
"""A blank, in words a screen reader reads as they are: it was `……………… (for you to fill in)`,
read "ellipsis" six times and a bracket (a screen reader user's trial, on the record plain
mode suggests), as plain mode says what it leaves (`Left for you to fill in: …`)."""
TEAM_OWN_WORDS = ("Left for you to fill in: what you learned yourself. The team's discussion "
                  "is under {where}; `{walk}` asks you the questions.")
"""A team session's own record's blank for what the writer learned: `{where}` is the heading
the record gives the team's discussion under (`discussion_at`), `{walk}` the command that asks
them, with the review's and the session's own ids (`team_own_words`); the command between
backticks, a code span in Markdown (`record_render`)."""
_TEAM_BLANK = re.compile(".+".join(map(re.escape, re.split(r"\{\w+\}", TEAM_OWN_WORDS))))
TEAM_OWN_CHANGES = "Left for you to fill in: what you will do differently yourself."
"""A team session's own record's blank for how it changes the writer's practice (the impact,
the NMC account's "How did you change…"): short, and its own. It was `TEAM_OWN_WORDS` again,
the same long text under both headings (a fresh-eyes trial); the team's agreed actions are
the next steps, where a record has them."""

WHAT_WE_DISCUSSED = "What we discussed"
"""The label (and a colon) before the team's discussion in the NMC account's first answer
(`records.nmc_account`)."""


def discussion_at(key: str) -> str:
    """The heading the record on form `key` gives the team's discussion under: its peer
    reflection's field (the account for any profession's, Social Work England's); the NMC
    account has none, and gives it in its first answer, after `WHAT_WE_DISCUSSED` (its blank
    said "under peer reflection" there, a heading the NMC form has none of: a trial)."""
    f = form(key)
    if key != "nmc_account":
        return f"“{f.field('peer_discussed').name}”"
    words = f.field("nature").name.split()
    first = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return f"the first question, “{first}”, after “{WHAT_WE_DISCUSSED}”"


def team_own_words(session: Session, key: str = "any") -> str:
    """`TEAM_OWN_WORDS` for the team session `session`'s record on form `key`: where its
    discussion is (`discussion_at`), and the command with its real ids (it gave `reflect walk
    REVIEW --after SESSION`, the two left for the reader to find: a trial)."""
    from reflect.commands import command

    return TEAM_OWN_WORDS.format(
        where=discussion_at(key),
        walk=command(f"walk {session.review_id} --after {session.id}"))


def is_blank(text: str) -> bool:
    """Whether `text` is one of reflect's own blanks (`FILL_IN`, `team_own_words`,
    `TEAM_OWN_CHANGES`), never the person's words."""
    return text in (FILL_IN, TEAM_OWN_CHANGES) or _TEAM_BLANK.fullmatch(text) is not None
