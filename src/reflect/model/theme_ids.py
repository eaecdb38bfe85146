"""How a themed session's review is named: its id (`theme-<theme>`), its theme in words, and
what joins the titles of the reviews a merged question comes from. Apart from model/themes.py
(which builds the themed review, and says these again) so that a report, which needs only
these, does not load the review model."""

from __future__ import annotations

PREFIX = "theme-"
SOURCES_SEP = "; "
"""Between the titles of the reviews a merged question comes from, in its `source`."""


def theme_label(theme: str) -> str:
    """`information-sharing` → `information sharing`."""
    return theme.replace("-", " ")


def theme_id(theme: str) -> str:
    return (PREFIX + theme)[:64]


def is_theme_id(review_id: str) -> bool:
    return review_id.startswith(PREFIX)
