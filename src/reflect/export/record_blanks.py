"""What a CPD record leaves for the person to fill in (`records`), and how its guidance tells
those blanks from the person's own words (`record_render.prompt`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflect.model.session import Session

FILL_IN = "……………… (for you to fill in)"
TEAM_OWN_WORDS = ("…………… (for you to fill in: what you learned yourself, and how it changes your "
                  "practice. The team's discussion is under peer reflection. "
                  "`{walk}` asks you the questions.)")
"""A team session's own record's blank for what the writer learned: `{walk}` is the command
that asks them, with the review's and the session's own ids (`team_own_words`)."""


def team_own_words(session: Session) -> str:
    """`TEAM_OWN_WORDS` for the team session `session`: the command with its real ids (it gave
    `reflect walk REVIEW --after SESSION`, the two left for the reader to find: a trial)."""
    from reflect.commands import command

    return TEAM_OWN_WORDS.format(walk=command(f"walk {session.review_id} --after {session.id}"))


def is_blank(text: str) -> bool:
    """Whether `text` is one of reflect's own blanks (`FILL_IN`, `team_own_words`), never the
    person's words."""
    head, _, tail = TEAM_OWN_WORDS.partition("{walk}")
    return text == FILL_IN or (text.startswith(head) and text.endswith(tail)
                               and "\n" not in text)
