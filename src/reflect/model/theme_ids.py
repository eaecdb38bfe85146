"""How a themed session's review is named: its id (`theme-<theme>`), its theme in words, and
what joins the titles of the reviews a merged question comes from. Apart from model/themes.py
(which builds the themed review, and says these again) so that a report, which needs only
these, does not load the review model."""

from __future__ import annotations

PREFIX = "theme-"
SOURCES_SEP = "; "
"""Between the titles of the reviews a merged question comes from, in its `source`."""


JOINED = frozenset({"anti", "co", "cross", "ex", "inter", "intra", "mid", "multi", "non",
                    "post", "pre", "re", "self", "semi", "step", "sub", "well"})
"""Words that, before a hyphen in a theme, are the start of one word (`non-accidental`,
`multi-agency`, `pre-birth`, `self-neglect`): the hyphen stays."""


def theme_label(theme: str) -> str:
    """A theme in words: `information-sharing` → `information sharing`, a hyphen inside a
    word kept (after one of `JOINED`): `non-accidental-injury` → `non-accidental injury`,
    `multi-agency-meetings` → `multi-agency meetings`. The confidence question read "How
    confident do you feel about non accidental injury?" (a facilitator's trial)."""
    parts = theme.split("-")
    words = parts[:1]
    for part in parts[1:]:
        if words[-1].rsplit("-", 1)[-1].lower() in JOINED and part:
            words[-1] += f"-{part}"
        else:
            words.append(part)
    return " ".join(words)


def theme_id(theme: str) -> str:
    return (PREFIX + theme)[:64]


def is_theme_id(review_id: str) -> bool:
    return review_id.startswith(PREFIX)


NEAR = 0.75
"""How near (difflib's ratio) a word typed must be to a theme's to offer it: the command
line's rule for a review typed (`report.review_filter.NEAR`), a slip or two."""


def near_themes(typed: str, themes: list[str]) -> list[str]:
    """The themes (as tagged) `typed` was likely meant for, when it finds none: by the theme in
    words, as tagged, or one of its words (`domestc` for domestic abuse); every one as near as
    the nearest (`[]` for none near). The theme picker said only "No theme matches your
    search." where the command line offers the review likely meant (a midwife's trial)."""
    from reflect.near import nearest_all

    wanted = " ".join(typed.split()).casefold()
    names: dict[str, list[str]] = {}
    for theme in themes:
        label = theme_label(theme).casefold()
        for name in dict.fromkeys([label, theme.casefold(),
                                   *(w for w in label.split() if len(w) >= 3)]):
            names.setdefault(name, []).append(theme)
    found = nearest_all(wanted, names, NEAR) if wanted else []
    return list(dict.fromkeys(t for name in found for t in names[name]))
