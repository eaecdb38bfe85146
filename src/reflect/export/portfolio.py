"""My CPD so far: the writer's sessions as CPD log lines, by year, as text or CSV.

Each session with something in it counts: individual reflections, and team sessions (the
writer took part). Its hours are `Session.minutes_for_cpd`; it is participatory as its CPD
choices say (by default: a team session is); it is peer-reflected when it was a team session
or a reflection written after one. No one but the writer is named: the lines give the title,
the review and the writer's own choices only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from reflect.export.csv_export import safe_cell
from reflect.export.records import hours
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


def entries(sessions: list[Session]) -> list[Entry]:
    """The sessions that hold anything (an answer, a note or time), oldest first."""
    kept = [s for s in sessions if s.answered or s.minutes_for_cpd or
            any(v.strip() for v in s.notes.values()) or s.differently.strip()]
    return [entry(s) for s in sorted(kept, key=lambda s: s.created)]


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


def to_text(items: list[Entry]) -> str:
    """By year: one line per session (its time in hours and minutes), then the year's
    totals."""
    if not items:
        return "No sessions with anything in them yet.\n"
    out: list[str] = []
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
