"""The themes reflect knows (the importer gives a briefing those whose words it uses), and a
review's theme likely mistyped for one of them or for another review's (`theme_slips`). Apart
from model/theme_ids.py, as the start screen says the slips and imports no model. Pure."""

from __future__ import annotations

THEME_KEYWORDS: list[tuple[str, str]] = [
    ("safer sleep", "safer-sleep"),
    ("co-sleep", "safer-sleep"),
    ("sleeping", "safer-sleep"),
    ("mental health", "parental-mental-health"),
    ("psychosis", "parental-mental-health"),
    ("neurodiver", "neurodiversity"),
    ("alcohol", "substance-use"),
    ("substance", "substance-use"),
    ("drug", "substance-use"),
    ("domestic abuse", "domestic-abuse"),
    ("non-accidental", "non-accidental-injury"),
    ("bruising", "non-accidental-injury"),
    ("cumulative risk", "cumulative-risk"),
    ("information shar", "information-sharing"),
    ("escalat", "escalation"),
    ("safety plan", "safety-planning"),
    ("family network", "family-network"),
    ("multi-agency meeting", "multi-agency-meetings"),
    ("strategy meeting", "multi-agency-meetings"),
    ("professional curiosity", "professional-curiosity"),
    ("assertive outreach", "assertive-outreach"),
    ("fathers", "fathers"),
    ("early help", "early-help"),
    ("pre-birth", "pre-birth"),
    ("neglect", "neglect"),
]
"""Keyword (matched in lower-case text) -> theme slug, in the order themes are listed: what
the importer gives a briefing (importer/facts.py)."""
DEFAULT_THEMES = ["learning-culture"]
"""What a briefing's words are filed under, where none of `THEME_KEYWORDS` is in them."""
KNOWN_THEMES = frozenset(theme for _, theme in THEME_KEYWORDS) | frozenset(DEFAULT_THEMES)
"""The themes reflect knows (docs/adding-a-briefing.md: the importer gives a briefing those
whose words it uses): one no review has yet is still known (`theme_slips`)."""


SLIP = 0.88
"""How near (difflib's ratio) a review's theme must be to another review's to be said as a
likely slip (`theme_slips`): a letter wrong, missing, extra or two swapped in a theme of ten
letters or so (`safer-sleeep`, `information-sharring` 0.96 or more), a plural (`escalations`);
not two themes apart (`maternal-mental-health` beside `parental-mental-health` 0.86,
`neglect` beside `self-neglect` 0.74, `domestic-abuse` beside `domestic-violence` 0.65)."""


def theme_slips(tagged: list[list[str]],
                known: frozenset[str] = KNOWN_THEMES) -> list[list[tuple[int, str, str, bool]]]:
    """For each review's themes (`tagged`, one list a review), those neither `known` (the
    themes reflect knows) nor any other review's that are near (`SLIP`) one that is, or a
    slip away from one by the rule team names are compared by (`near.one_slip`: `nelgect`
    for `neglect`, 0.86): each with its place in the list, the one meant, and whether that
    one too is in one review alone and not known (then which of the two is the slip is not
    known). A theme written two ways is two themes to a themed session and to the report's By
    theme; a theme near none is a new theme, and not said (a learning lead's trial:
    `safer-sleeep` in a review written by hand was taken silently)."""
    from collections import Counter

    from reflect.near import nearest, one_slip

    used = Counter(t for themes in tagged for t in dict.fromkeys(themes))
    every = list(dict.fromkeys([*used, *sorted(known)]))
    out: list[list[tuple[int, str, str, bool]]] = []
    for themes in tagged:
        found: list[tuple[int, str, str, bool]] = []
        out.append(found)
        for n, t in enumerate(themes):
            if used[t] > 1 or t in known:
                continue
            others = [k for k in every if k not in themes]  # (one only it has is no other's)
            near = nearest(t, others, SLIP) or next((k for k in others if one_slip(t, k)), None)
            if near is not None:
                found.append((n, t, near, used[near] == 1 and near not in known))
    return out
