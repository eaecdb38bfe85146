"""What each column of the by-review table counts, said under the table alike on the Reports
screen and in the Markdown and web page reports (`key_pairs`, `key_line`).

A review's row read `3 | 1` under *Sessions* and *Individual reflections*, and a learning
lead's trial read it as four sessions: the reflection is one of the three. The screen's key
said only what its short labels stood for (`Sess = sessions`), and the saved reports said
nothing. The CSV, a table for a spreadsheet, holds no key (a line of words under its rows
would be read as a review's); docs/reports.md says what each of its columns counts."""

from __future__ import annotations

from collections.abc import Mapping

from reflect.report.summary_rows import COUNTED_TWICE
from reflect.report.words import REVIEW_COLUMNS

COUNTS = {
    "Sessions": "team discussions and individual reflections, together",
    "Individual reflections": "sessions held alone, counted in {sessions} too",
    "Teams": "those that held a team discussion on it",
    "Agencies": "those of the people at its team discussions",
    "Attendances": "the people at its team discussions, each once a meeting",
    "Questions answered": "those of its questions answered at least once",
    "Actions agreed": "at its team discussions, not personal actions",
    "Actions done": "of those agreed",
    "Last discussed": "the day of its last session (or themed session)",
}
"""Each column (but the review's title) -> what it counts, after its label and a colon;
`{sessions}` is the Sessions column's label as shown."""
LEAD = "What each column counts."
"""Before the key in the saved reports, and on the screen where the columns have their labels
in full (`Key:` where short labels stand for them)."""


def key_pairs(twice: bool, short: Mapping[str, str] | None = None) -> list[str]:
    """`Sessions: team discussions and individual reflections, together`, a column
    each; given the `short` labels shown (`Sess`), each column that has one said by it
    (`Sess = sessions: …`). `twice`: whether someone may have come to two of the meetings,
    said of the attendances as the summary says it."""
    short = short or {}
    sessions = short.get("Sessions") or "Sessions"
    out = []
    for label in REVIEW_COLUMNS[1:]:
        said = COUNTS[label].format(sessions=sessions)
        if label == "Attendances" and twice:
            said += f" ({COUNTED_TWICE})"
        name = f"{short[label]} = {label.lower()}" if short.get(label) else label
        out.append(f"{name}: {said}")
    return out


def key_line(twice: bool) -> str:
    """The key as the saved reports say it under the table: one sentence."""
    return f"{LEAD} " + "; ".join(key_pairs(twice)) + "."
