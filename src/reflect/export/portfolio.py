"""My CPD so far: the writer's sessions as CPD log lines, by year, as text or CSV.

Each session with something recorded in it counts (`model.recorded.anything_recorded`, the
rule a report counts by): individual reflections, and team sessions (the writer took part). A
session with nothing recorded, started and left at once say, is left out whatever time it was
open, and the log says how many were left out, why, and which. A session's hours are
`Session.minutes_for_cpd`; it is participatory as its CPD choices say (by default: a team
session is); it is peer-reflected when it was a team session
or a reflection written after one. No one but the writer is named: the lines give the title,
the review and the writer's own choices only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reflect.export.csv_export import safe_cell
from reflect.export.records import hours
from reflect.model.recorded import anything_recorded, nothing_recorded_note
from reflect.model.session import Session


@dataclass(frozen=True)
class Entry:
    date: str
    year: int
    session_id: str
    title: str
    review: str
    kind: str
    minutes: int
    participatory: bool
    peer_reflected: bool
    standards: tuple[int, ...]
    themes: tuple[str, ...]


def entry(s: Session) -> Entry:
    team = s.mode == "team"
    participatory = s.cpd.participatory if s.cpd.participatory is not None else team
    kind = "team session" if team else (
        "reflection after a team session" if s.after else "individual reflection")
    return Entry(date=f"{s.created:%Y-%m-%d}", year=s.created.year, session_id=s.id,
                 title=" ".join(s.label.split()), review=" ".join(s.review_title.split()),
                 kind=kind, minutes=s.minutes_for_cpd, participatory=participatory,
                 peer_reflected=team or s.after is not None,
                 standards=tuple(s.cpd.standards), themes=tuple(s.cpd.themes))


@dataclass(frozen=True)
class Log:
    """My CPD so far: the sessions logged and those left out, each oldest first."""

    entries: list[Entry]
    left_out: list[Entry]
    """The sessions with nothing recorded in them: not logged, only said."""


def gather(sessions: list[Session]) -> Log:
    """The sessions with something recorded in them, and apart those with nothing (a session
    started and left at once was logged as 0:01 of CPD and added to the totals: a trial)."""
    ordered = sorted(sessions, key=lambda s: s.created)
    return Log(entries=[entry(s) for s in ordered if anything_recorded(s)],
               left_out=[entry(s) for s in ordered if not anything_recorded(s)])


NOT_COUNTED = "Not counted (nothing recorded):"
"""The heading of the list of sessions left out."""


def left_out_note(left_out: Sequence[Entry], listed: str) -> str:
    """How many were left out and why, as a report says it; "" for none."""
    return nothing_recorded_note(len(left_out), "of learning to log as CPD", listed)


def left_out_lines(left_out: Sequence[Entry]) -> list[str]:
    """The heading, then each session left out: its day, title and kind, and its id (to open
    it, or tidy it away); none for none."""
    if not left_out:
        return []
    return [NOT_COUNTED, *(f"  {e.date}  {e.title} ({e.kind}): {e.session_id}"
                           for e in left_out)]


def _covered(items: list[Entry]) -> tuple[str, str]:
    standards = sorted({n for e in items for n in e.standards})
    themes = [t for t in ("Prioritise people", "Practise effectively", "Preserve safety",
                          "Promote professionalism and trust")
              if any(t in e.themes for e in items)]
    return (", ".join(map(str, standards)) or "none chosen", "; ".join(themes) or "none chosen")


def clock(minutes: int) -> str:
    """Hours and minutes, `1:05`: rows that add up to their total as shown (hours to two
    places did not: 0.02 + 0.75 + 0.02 made a total of 0.78)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def to_text(items: list[Entry], left_out: Sequence[Entry] = ()) -> str:
    """By year: one line per session (its time in hours and minutes), then the year's
    totals; with any left out, first how many and why, and last which."""
    note = left_out_note(left_out, "at the end")
    out: list[str] = [note, ""] if note else []
    if not items:
        out += ["No sessions with anything recorded in them yet.", ""]
    for year in sorted({e.year for e in items}):
        these = [e for e in items if e.year == year]
        out += [str(year), "=" * 4]
        for e in these:
            flags = ", ".join(x for x in ("participatory" if e.participatory else "",
                                          "peer-reflected" if e.peer_reflected else "") if x)
            out.append(f"{e.date}  {clock(e.minutes):>5}  {e.title} ({e.kind}"
                       + (f"; {flags}" if flags else "") + ")")
        total = sum(e.minutes for e in these)
        joined = sum(e.minutes for e in these if e.participatory)
        standards, themes = _covered(these)
        peer = sum(e.peer_reflected for e in these)
        out += [f"Total: {clock(total)} ({hours(total)} hours), {clock(joined)} of it "
                f"participatory; {peer} of {len(these)} peer-reflected.",
                f"Social Work England standards covered: {standards}.",
                f"NMC Code themes covered: {themes}.", ""]
    out += [*left_out_lines(left_out), ""] if left_out else []
    return "\n".join(out)


COLUMNS = ("date", "session_id", "title", "review", "kind", "minutes", "hours",
           "participatory", "participatory_hours", "peer_reflected", "swe_standards",
           "nmc_themes")


def to_csv(items: list[Entry]) -> str:
    """One row per session; every text cell neutralised as a formula can be (`safe_cell`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in items:
        writer.writerow([safe_cell(x) for x in (
            e.date, e.session_id, e.title, e.review, e.kind, str(e.minutes), hours(e.minutes),
            "yes" if e.participatory else "no", hours(e.minutes) if e.participatory else "0",
            "yes" if e.peer_reflected else "no", " ".join(map(str, e.standards)),
            "; ".join(e.themes))])
    return buf.getvalue()
