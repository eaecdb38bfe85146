"""A page's header or footer told by its page number ("Moorvale LSCP | Page 1 of 2"): such a
line is left out of a briefing's fields and listed as left out (`importer.briefing`)."""

from __future__ import annotations

import re

FURNITURE_SEPARATORS = re.compile(r"\s[-–—|•·]\s|\s*[|•·]\s*")
"""What parts a running header or footer: " - ", " | ", " · " and the like."""

_PAGE_NUMBER = re.compile(r"(?:(?:page|p\.?)\s*)?(\d{1,3})(?:\s*(?:of|/)\s*(\d{1,3}))?",
                          re.IGNORECASE)


def page_line(line: str) -> bool:
    """Whether `line` is a page's header or footer by its page number: the number, "Page 3"
    or "Page 3 of 7" ("3 of 7", "3/7"), all of the line or of a part of it between separators
    ("Moorvale LSCP | Page 1 of 2"), the other parts short. Such a line became a resource, or
    a point of the section above it, and counted as placed (a trial)."""
    parts = [p.strip(" .,:;*#") for p in FURNITURE_SEPARATORS.split(line.strip())]
    if len(parts) > 5 or any(len(p.split()) > 10 for p in parts):
        return False
    for part in parts:
        m = _PAGE_NUMBER.fullmatch(part)
        if m and (m.group(2) or not part[:1].isdigit()) and int(m.group(1)) <= int(
                m.group(2) or 999):  # (a number alone is no page's: "2027", an item's "3")
            return True
    return False
