"""What an agreed action can answer: the review's recommendations and the items of its action
plan, each named by the review's own full words on one line (never shortened: the notes and
reports print them as the review's words; screens shorten them for display only).

Sessions saved before this kept a copy cut at 200 characters and ending in "…": `relink`
puts the full words back where the copy matches one of the review's, and keeps the text as it
is where none does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.text import one_line

if TYPE_CHECKING:  # (a report reads `source_named` without loading the models)
    from reflect.model.review import Recommendation, Review
    from reflect.model.session import Session

CUT = "…"
PLAN_PREFIX = "Action plan: "
"""What an action-plan item's words start with, so the notes and reports tell it from a
recommendation."""


@dataclass(frozen=True)
class LinkChoice:
    words: str
    """What the action stores and the notes print: the review's words, on one line."""
    kind: str
    """"recommendation" or "action plan"."""
    source: str = ""
    """Themed sessions: the title of the review the recommendation comes from (also at the
    end of `words`, in brackets)."""

    def prompt(self, limit: int) -> str:
        """How a list of choices shows it, on one line of at most `limit` characters: in a
        themed session the review first, so that a list cut short still says which review
        each comes from (`Child A · Hold meetings sooner.`); else the words."""
        if not self.source:
            return one_line(self.words, limit)
        label = self.words.removesuffix(f" ({one_line(self.source)})")
        return one_line(f"{self.source} · {label}", limit)


def recommendation_words(review: Review) -> list[str]:
    """Each recommendation as an action refers to it: its title, else its text, with the
    review it comes from in a themed session; in the review's order, no repeats."""
    return list(dict.fromkeys(map(_words, review.recommendations)))


def _words(r: Recommendation) -> str:
    label = r.title or r.text
    return one_line(f"{label} ({r.source})" if r.source else label)


def source_named(words: str, sources: Iterable[str] = ()) -> str:
    """The review a themed session's recommendation words end by naming, as `_words` wrote it
    (`Invented title (Child H (Henry))` is Child H (Henry)'s); "" for words that name none.
    One of `sources` (the titles the session knows) it ends with, else what its last
    brackets hold."""
    text = words.rstrip()
    if not text.endswith(")"):
        return ""
    found = [t for t in sources if t and text.endswith(f" ({t})")]
    if found:
        return max(found, key=len)
    depth = 0
    for at in range(len(text) - 1, 0, -1):
        depth += {")": 1, "(": -1}.get(text[at], 0)
        if depth == 0:
            return text[at + 1:-1].strip() if text[at - 1] == " " else ""
    return ""


def published_updates(review: Review) -> dict[str, str]:
    """The progress the briefing reports for each recommendation that reports one (`update`),
    by the words `recommendation_words` gives it."""
    out: dict[str, str] = {}
    for r in review.recommendations:
        if r.update:
            out.setdefault(_words(r), one_line(r.update))
    return out


_DONE_NOTE = re.compile(r"\bcomplet", re.IGNORECASE)
_DONE_UPDATE = re.compile(r"(complete|completed|done|achieved)\b", re.IGNORECASE)
_NOT_DONE_UPDATE = re.compile(
    r"\bnot\s+(?:SMART|achievable|achieved|taken\s+forward|progressed|completed?|done|"
    r"(?:been\s+)?(?:started|actioned|implemented))\b|\b(?:withdrawn|dropped|superseded|"
    r"incomplete|outstanding|ongoing|in\s+progress)\b", re.IGNORECASE)
"""An update saying the recommendation was not carried out ("Recommendation deemed not SMART;
data not achievable."): not complete, whatever the note over the updates says (a report
counted it among those the briefing says are complete)."""


def beyond_done(update: str) -> str:
    """What an update says after the word saying it is done (`_DONE_UPDATE`: "Complete.",
    "Done: full debrief delivered"), its first letter a capital ("Full debrief delivered");
    "" where it says no more; the update whole where it starts otherwise. A report said "the
    briefing says it is complete: Complete" (a trial)."""
    said = update.strip()
    done = _DONE_UPDATE.match(said)
    if done is None:
        return said
    rest = said[done.end():].lstrip(" .,:;-–—\t")
    return rest[:1].upper() + rest[1:]


def briefing_says_complete(review: Review) -> set[str]:
    """The recommendations (by `recommendation_words`) the briefing itself says are complete:
    those with an update where its note on them says the updates are of completed actions
    ("actions are now completed with updates in bold"), or whose update starts by saying so
    ("Complete.", "Done: …"), unless it says it was not carried out (`_NOT_DONE_UPDATE`). A
    report counted them as having "no action yet" (a trial)."""
    all_done = bool(_DONE_NOTE.search(review.recommendations_note or ""))
    return {_words(r) for r in review.recommendations
            if r.update and not _NOT_DONE_UPDATE.search(r.update)
            and (all_done or _DONE_UPDATE.match(r.update.strip()))}


def link_choices(review: Review) -> list[LinkChoice]:
    """The recommendations, then the action plan's items, as an action can be linked to."""
    by_words = {_words(r): r.source or "" for r in reversed(review.recommendations)}
    out = [LinkChoice(w, "recommendation", by_words[w]) for w in recommendation_words(review)]
    seen = {c.words for c in out}
    if review.action_plan is not None:
        for item in review.action_plan.items:
            words = PLAN_PREFIX + one_line(item.recommendation)
            if words not in seen:
                seen.add(words)
                out.append(LinkChoice(words, "action plan"))
    return out


def full_words(stored: str, review: Review | None) -> str:
    """`stored` with an old shortened copy replaced by the review's full words it was cut
    from (when exactly one matches); anything else as it is."""
    if review is None or not stored.endswith(CUT):
        return stored
    start = stored[: -len(CUT)].rstrip()
    matches = [c.words for c in link_choices(review)
               if len(c.words) > len(start) and c.words.startswith(start)]
    return matches[0] if len(matches) == 1 else stored


def relinked(session: Session, review: Review | None) -> Session:
    """`session`, or a copy of it whose actions name the review's full words (see module)."""
    if review is None or not any(a.recommendation.endswith(CUT) for a in session.actions):
        return session
    copy = session.model_copy(deep=True)
    relink(copy, review)
    return copy


def relink(session: Session, review: Review) -> bool:
    """Put the review's full words into actions holding an old shortened copy; True if any
    changed."""
    changed = False
    for act in session.actions:
        words = full_words(act.recommendation, review)
        if words != act.recommendation:
            act.recommendation = words
            changed = True
    return changed
