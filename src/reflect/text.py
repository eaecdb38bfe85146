"""Making any text safe to show: control characters out, everything else exactly as written."""

from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides/isolates that
# can make text display in a different order from how it is stored.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without terminal control characters; CR and CRLF become newlines."""
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def without_controls(text: str) -> str:
    """`text` with every unsafe character removed (CR too); line breaks are not touched."""
    return _UNSAFE.sub("", text).replace("\r", "")


def has_controls(text: str) -> bool:
    return bool(_UNSAFE.search(text)) or "\r" in text


def search_text(*parts: str) -> str:
    """Lower-cased text a search box matches against."""
    return " ".join(parts).lower()


def matches_query(query: str, haystack: str) -> bool:
    """True when every word of a search box's `query` is in `haystack` (a `search_text`)."""
    return all(word in haystack for word in query.lower().split())


def one_line(text: str, limit: int = 0) -> str:
    """`printable` text folded onto one line (for lists and tables), optionally shortened."""
    flat = " ".join(printable(text).split())
    if limit and len(flat) > limit:
        return flat[: limit - 1].rstrip() + "…"
    return flat
