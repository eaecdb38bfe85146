"""What reflect prints around a due date, taken off again so that the date reads back.

The notes, tables, due boxes' borders and the lines under tables print a due date with the
words it was read from, marks, remarks and labels: `next Friday (Fri 4 Dec 2026)` (the notes,
the reports), `⚠ 1 Dec 2026` (a table), `→ 1 Jan 2020, past` (a due box's border), `due: …,
overdue` and `agreed here: …, moved by a later session` or `…, moved to … at “…”, …` (the
line under a table), `→ 4 Dec, tomorrow; for Fri 11 Dec type “Friday week” or the date`
(plain mode, of `next Friday`), `end of March (Wed 31 Mar 2027); agreed here: 31 Jan (Sun 31
Jan 2027); moved to …` (an action a later session moved), `Fri 11 Dec 2026 (“next Friday”,
said on 7 Dec)` (last time's action, due in words typed then) and `31 Jan (Sun 31 Jan 2027) →
end of March (Wed 31 Mar 2027)` (last time's action given a new date). Copied into a due
box, each names the date it printed: `date_part` gives that date's own words, for
`dates.read_date` to read. Pure: no files, no Textual.
"""

from __future__ import annotations

import re

NOT_READ = "not read as a date"
"""What the notes and a due box say of words that name no date."""

_MARKS = "⚠→ "
"""`due.PAST_MARK` and the arrow of `due_hints.read_as`, which reflect prints before a date."""
_REMARK = re.compile(r"(?:,\s*|\s+)(?:past|overdue|gone\s+by|moved\s+by\s+a\s+later\s+session)$"
                     r"|,\s*(?:tomorrow|in\s+\d+\s+days)$")
"""After a date, as reflect prints it: `→ 1 Jan 2020, past` and `→ 4 Dec, tomorrow`
(border), `, overdue` (`due.OVERDUE`: the Selected line under either actions table; `, gone by`
as What to do now's said it before), and `, moved by a later session` (the line under the
actions table)."""
_OTHER_WEEK = re.compile(r";\s*for\s.*$")
"""After the date `next Friday` was read as, how to name the Friday a week later, as plain
mode says it (`→ 4 Dec, tomorrow; for Fri 11 Dec type “Friday week” or the date`)."""
_LEAD = re.compile(r"^(?:(?:by|before|due|on|for|no\s+later\s+than|not\s+later\s+than"
                   r"|new\s+due\s+date|agreed\s+here)(?:\s*:\s*|\s+))+")
"""Typed before a date ("by", "no later than") or printed before it (`due: `, `new due date `,
`agreed here: `, on the line under a table)."""
_AGREED = re.compile(r";\s*agreed\s+here\s*:.*$")
"""The date a meeting agreed, printed after the one a later session moved its action to: the
date in force is the one before it."""
_MOVED = re.compile(r"[,;]\s*moved\s+to\s.*$")
"""Which meeting moved an action's due date, printed after the date agreed on the line under
the actions table (`agreed here: 11 Dec (Fri 11 Dec 2026), moved to Fri 18 Dec 2026 at “Week
2”, 12 Dec 2026`: `model.moved.moved_said`): the date is the one before it."""
_BRACKET = re.compile(r"^(.*?)\s*\(([^()]*)\)$")
"""Words and, in brackets after them, the date they were read as when typed (`due_words`)."""
_NOT_A_DATE = re.compile(rf"{NOT_READ}|not a date\b.*|no date")
"""`due_words`' remark on words that name no date: the words alone are what was typed (the
exports' `“next term” (no date)` quote them)."""
_SAID = re.compile(r"“[^”]*”,\s*said\s+on\s.*|said\s+as\s+“[^”]*”")
"""After the date it was read as, the words it was typed in, at a later meeting
(`due.due_said_later`: `Fri 11 Dec 2026 (“next Friday”, said on 7 Dec)`, `(said as
“tomorrow”)`): the date is the one before them."""
_AFTER_COMMA = re.compile(r"^(.*\S),\s*((?:mon|tue|wed|thu|fri|sat|sun)\s+\d{1,2}\s+[a-z]{3}"
                          r"\s+\d{4})$")
"""Words, then after a comma the date they were read as, as the exports print them (`end of
February, Sun 28 Feb 2027`: `export.action_parts.due_words`)."""


def date_part(flat: str) -> str:
    """The words of the date in `flat` (lower case, spaces single), without what reflect
    prints around it. Of two dates printed, the one in force: the new one after `→`, the one
    before `; agreed here:`. Of words and the date in brackets after them, the date in
    brackets: it is what the words were read as when they were typed (when the action was
    agreed), so it is what was agreed; read again today, `next Friday` is another day."""
    t = _OTHER_WEEK.sub("", _MOVED.sub("", _AGREED.sub("", flat)))
    if "→" in t:
        t = t.rsplit("→", 1)[1]
    t = _REMARK.sub("", _LEAD.sub("", t.strip(_MARKS)).strip())
    if m := _BRACKET.fullmatch(t):
        if _SAID.fullmatch(m[2].strip()):
            return m[1].strip()
        if _NOT_A_DATE.fullmatch(m[2].strip()):
            return m[1].strip("“”\"")
        if any(c.isdigit() for c in m[2]):
            return m[2].strip()
    if m := _AFTER_COMMA.fullmatch(t):
        return m[2]
    return t



def says_no_date(words: str) -> bool:
    """Whether `words` (spaces single) end with the remark `due_words` prints after words that
    name no date, in either style (`next term (not read as a date)`, `“next term” (no date)`,
    `“31/02/2027” (not a date: no 31 Feb)`): copied from notes, they say it already. Any other
    brackets at their end are the words' own (`after the audit (spring)`), which say nothing
    of the date."""
    m = _BRACKET.fullmatch(words.rstrip(" ."))
    return m is not None and _NOT_A_DATE.fullmatch(m[2].strip().lower()) is not None
