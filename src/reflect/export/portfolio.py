"""My CPD so far: the writer's sessions as CPD log lines, by year, as text or CSV.

Each session with something recorded in it counts (`model.recorded.anything_recorded`, the
rule a report counts by): individual reflections, and team sessions. Given the writer's name,
only theirs (`model.whose`: a team session they are ticked as here in or facilitated, a
reflection recorded as theirs), the others said, not logged; with none, every session in the
folder, and where it holds more than one team's or person's, the log says so first. A
session with nothing recorded, started and left at once say, is left out whatever time it was
open, and the log says how many were left out, why, and which. A session's hours are
`Session.minutes_for_cpd`; it is participatory as its CPD choices say (by default: a team
session is); it is peer-reflected when it was a team session
or a reflection written after one. Those are regulators' terms (participatory the NMC's, peer
reflection both's): the text says them once a session in the log has an NMC or Social Work
England choice (`CpdChoices.for_nmc`, `for_swe`), and the CSV always has their columns, so
that a script reading it finds the same columns whoever's log it is. No one but the writer
is named: the lines give the title, the review and the writer's own choices only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reflect.commands import command
from reflect.export.csv_export import safe_cell
from reflect.export.records import hours
from reflect.model.cpd import NMC_THEMES, peer_reflected
from reflect.model.recorded import anything_recorded, nothing_recorded_note
from reflect.model.session import Session
from reflect.model.timebox import short_hours_and_minutes
from reflect.model.whose import (
    Whose,
    as_written,
    names_recorded,
    near_names,
    teams_and_people,
    whose,
)
from reflect.text import listed, plural


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
    swe: bool = False
    """Whether Social Work England's record is chosen for it (`CpdChoices.for_swe`)."""
    nmc: bool = False
    """Whether the NMC's records are chosen for it (`CpdChoices.for_nmc`)."""


def entry(s: Session) -> Entry:
    team = s.mode == "team"
    kind = "team session" if team else (
        "reflection after a team session" if s.after else "individual reflection")
    return Entry(date=f"{s.created:%Y-%m-%d}", year=s.created.year, session_id=s.id,
                 title=" ".join(s.label.split()), review=" ".join(s.review_title.split()),
                 kind=kind, minutes=s.minutes_for_cpd,
                 participatory=s.cpd.counts_as_participatory(team),
                 peer_reflected=peer_reflected(s),
                 standards=tuple(s.cpd.standards), themes=tuple(s.cpd.themes),
                 swe=s.cpd.for_swe, nmc=s.cpd.for_nmc)


@dataclass(frozen=True)
class Log:
    """My CPD so far: the sessions logged and those left out, each oldest first."""

    entries: list[Entry]
    left_out: list[Entry]
    """The sessions with nothing recorded in them: not logged, only said."""
    name: str = ""
    """Whose sessions are logged, as their sessions write the name ("": everyone's)."""
    not_here: Sequence[Entry] = ()
    """With a name: team sessions listing that name as not here (said and listed)."""
    unnamed: Sequence[Entry] = ()
    """With a name: sessions naming no one, so not told to be theirs (said and listed)."""
    others: int = 0
    """With a name: how many sessions are other people's or teams' (said, never listed)."""
    folk: tuple[int, int, int] = (0, 0, 0)
    """Without a name: the teams, the people and the reflections naming no one whose
    sessions are logged (`whose.teams_and_people`)."""
    names: tuple[str, ...] = ()
    """With a name no session is counted under, nor lists as not here: the names the
    sessions do record (`whose.names_recorded`), to say in its place."""
    shared: bool = False
    """With those names: whether the folder holds more than one team's meetings or more
    than one person's reflections (then only the names near the one given are said)."""


def gather(sessions: list[Session], name: str = "") -> Log:
    """The sessions with something recorded in them, of the person called `name` when it is
    given (`model.whose`), and apart theirs with nothing recorded (a session started and left
    at once was logged as 0:01 of CPD and added to the totals: a trial). Sessions with nothing
    recorded that are not theirs are neither logged nor said."""
    name = " ".join(name.split())
    ordered = sorted(sessions, key=lambda s: s.created)
    groups: dict[Whose, list[Session]] = {"mine": [], "not_here": [], "unnamed": [],
                                          "others": []}
    for s in ordered:
        groups[whose(s, name) if name else "mine"].append(s)
    recorded = {s.id: anything_recorded(s) for s in ordered}

    def logged(kind: Whose) -> list[Entry]:
        return [entry(s) for s in groups[kind] if recorded[s.id]]

    mine = [s for s in groups["mine"] if recorded[s.id]]
    names = tuple(names_recorded(ordered)) if name and not (
        groups["mine"] or groups["not_here"]) else ()
    teams, people, _ = teams_and_people(ordered) if names else (0, 0, 0)
    return Log(entries=[entry(s) for s in mine],
               left_out=[entry(s) for s in groups["mine"] if not recorded[s.id]],
               name=name and as_written([*groups["mine"], *groups["not_here"]], name),
               not_here=logged("not_here"), unnamed=logged("unnamed"),
               others=len(logged("others")), folk=(0, 0, 0) if name else teams_and_people(mine),
               names=names, shared=teams > 1 or people > 1)


def whose_notes(log: Log, narrow: str) -> list[str]:
    """What the log counts, said first: with a name, whose and what is not counted; without
    one, in a folder of more than one team's or person's sessions, that it counts them all,
    and `narrow`, how to count only one's own ("" where it is one team's or person's)."""
    if not log.name:
        teams, people, nameless = log.folk
        if teams < 2 and people < 2:
            return []
        parts = [f"the meetings of {plural(teams, 'team')}" if teams else "",
                 f"the reflections of {plural(people, 'person', 'people')}" if people else "",
                 f"{plural(nameless, 'reflection')} recording no name" if nameless else ""]
        return [f"This counts every session in the sessions folder, whoever's: "
                f"{listed([p for p in parts if p])}. {narrow}"]
    n, k = log.name, log.others
    first = (f"Only the sessions of {n} are counted: team sessions where {n} is ticked as here "
             "or is the facilitator, and reflections recorded as theirs.")
    if k:
        first += f" {plural(k, 'session')} of other people or teams {'is' if k == 1 else 'are'} " \
                 "not counted."
    out = [first]
    if k := len(log.not_here):
        out.append(f"{plural(k, 'team session')} list{'s' if k == 1 else ''} {n} as not here, "
                   f"so {'it is' if k == 1 else 'they are'} not counted; listed at the end. If "
                   "you were there, tick yourself as here in it.")
    if k := len(log.unnamed):
        out.append(f"{plural(k, 'session')} name{'s' if k == 1 else ''} no one (a team's "
                   "people recorded by role only, a reflection not saying whose it is), so "
                   f"{'it is' if k == 1 else 'they are'} not counted; listed at the end. To "
                   "count a reflection of yours, record your name in it: F8 on its last steps, "
                   f"or {command('cpd-fill SESSION --name NAME')}.")
    return out


NOTHING_YET = "No sessions with anything recorded in them yet."
"""Said in place of the years when there are none to log."""


def nothing_logged(log: Log, everyone: str) -> str:
    """Said in place of the years when `log` logs nothing: with a name no session is
    counted under, that none is theirs, and the names the sessions do record (in a shared
    folder, only those near the name given: other people's sessions are never named), then
    `everyone` (how to count every session); else `NOTHING_YET`. "No sessions with anything
    recorded in them yet", said to a name no session held, denied a folder of sessions (a
    trial)."""
    n = log.name
    if not n or log.entries or log.left_out:
        return NOTHING_YET
    said = (f"No session is recorded as {n}'s (a name is matched whole, case, spacing and "
            "accents aside).")
    if log.not_here:
        return said
    near = near_names(n, log.names)
    if log.names and not log.shared:
        said += f" The sessions record these names: {_names(log.names, 'and')}."
    elif near:
        said += f" Did you mean {_names(near, 'or')}?"
    elif log.names:
        said += (" This folder holds other people's sessions, whose names are not listed: "
                 "give yours as your sessions record it (a reflection's is its Whose "
                 f"reflection, which {command('cpd-fill SESSION')} shows).")
    elif log.others or log.unnamed:
        said += " No session in the folder records anyone's name."
    return f"{said} {everyone}".rstrip()


NAMES_SAID = 20
"""The most names `nothing_logged` lists."""


def _names(names: Sequence[str], last: str) -> str:
    """`names`, at most `NAMES_SAID` of them and how many more, joined: "a, b and c"."""
    shown = list(names[:NAMES_SAID])
    if more := len(names) - len(shown):
        shown.append(plural(more, "other"))
    return f"{', '.join(shown[:-1])} {last} {shown[-1]}" if len(shown) > 1 else shown[0]


def whose_lines(log: Log) -> list[str]:
    """The sessions `whose_notes` says are listed at the end, each under its heading."""
    out: list[str] = []
    for heading, items in ((f"Not counted (lists {log.name} as not here):", log.not_here),
                           ("Not counted (names no one):", log.unnamed)):
        if items:
            out += [heading, *(f"  {e.date}  {e.title} ({e.kind}): {e.session_id}"
                               for e in items)]
    return out


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


RECORDS_HEADING = "CPD records exported, in {folder}:"
"""The heading of the records exported for the sessions logged (`records_lines`)."""


def records_lines(items: Sequence[Entry], records: Mapping[str, Sequence[str]],
                  folder: str) -> list[str]:
    """Under the heading naming the exports folder, each session logged that has records
    exported (`records`: their file names by session id, `store.exported_records`): its
    day, title, and the files, the first whole and the rest by what follows its id
    (`20261207-child-i-7d050f8b.cpd.docx, (1).cpd.docx, .nmc.pdf, -redacted.swe.txt`, a
    file manager's copy after its record); none for none."""
    out = [f"  {e.date}  {e.title}: {_files(e.session_id, records[e.session_id])}"
           for e in items if records.get(e.session_id)]
    return [RECORDS_HEADING.format(folder=folder), *out] if out else []


NOTES_HEADING = "Notes exported, in {folder}:"
"""The heading of the notes exported for the sessions logged (`notes_lines`)."""
SAME_FOLDER = "the same folder"
"""The folder the notes are in, said under the records' heading, which names it."""


def notes_lines(items: Sequence[Entry], notes: Mapping[str, Sequence[str]], folder: str,
                records: bool = False) -> list[str]:
    """As `records_lines`, the notes exported for each session logged (`notes`: by session
    id, `store.exported_records.exports_of`), their folder said as the same as the records'
    where those are listed (`records`); none for none. Named by the session's id as the
    records are, they were listed nowhere (a health visitor's trial)."""
    out = [f"  {e.date}  {e.title}: {_files(e.session_id, notes[e.session_id])}"
           for e in items if notes.get(e.session_id)]
    where = SAME_FOLDER if records else folder
    return [NOTES_HEADING.format(folder=where), *out] if out else []


def _files(session_id: str, names: Sequence[str]) -> str:
    return ", ".join(_said(session_id, names))


def _said(session_id: str, names: Sequence[str]) -> list[str]:
    first, *rest = names
    return [first, *(n.removeprefix(session_id).lstrip() for n in rest)]


def records_whole(records: Mapping[str, Sequence[str]]) -> list[str]:
    """The file names `records_lines` says that hold a space (a file manager's copy, `(1)
    .cpd.docx`, `.cpd - Copy.docx`), to be kept whole on a line (`wrapping.fitted`'s
    `whole`): "… .cpd -" ended a line at 60 columns, "Copy.docx" the next."""
    return sorted({said for session_id, names in records.items() if names
                   for said in _said(session_id, names) if " " in said})


def _covered(items: list[Entry]) -> tuple[str, str]:
    standards = sorted({n for e in items for n in e.standards})
    themes = [t for t in NMC_THEMES if any(t in e.themes for e in items)]
    return (", ".join(map(str, standards)) or NONE, "; ".join(themes) or NONE)


NONE = "none chosen"


def clock(minutes: int) -> str:
    """Hours and minutes, `1 h 5 min`: rows that add up to their total as shown (hours to two
    places did not: 0.02 + 0.75 + 0.02 made a total of 0.78). It was `1:05`, while the notes'
    time table wrote `1:14` for a minute and 14 seconds (a trial)."""
    return short_hours_and_minutes(minutes)



def to_text(items: list[Entry], left_out: Sequence[Entry] = (), first: Sequence[str] = (),
            last: Sequence[str] = (), after: Sequence[str] | None = None,
            empty: str = NOTHING_YET, records: Sequence[str] = ()) -> str:
    """By year: one line per session (its time in hours and minutes), then the year's
    totals; with any left out, first how many and why, and last which. The lines `first`
    come before all, each a paragraph, and `last` after all. `after`: paragraphs said after
    the years, with how many were left out and why, rather than before them. `empty`: said
    when there are no years (`nothing_logged`). `records`: the lines saying the CPD records
    exported (`records_lines`), right after the years."""
    note = left_out_note(left_out, "at the end")
    notes = [*first, note] if after is None else [*first]
    out: list[str] = [line for text in notes if text for line in (text, "")]
    if not items:
        out += [empty, ""]
    # A regulator's terms only once its record is chosen for a session in the log (F8,
    # `cpd-fill`): "participatory" is the NMC's, peer reflection both regulators'. A teacher
    # was told "0 min of it participatory; 0 of 1 peer-reflected" (a trial).
    nmc = any(e.nmc for e in items)
    peers = nmc or any(e.swe for e in items)
    for year in sorted({e.year for e in items}):
        these = [e for e in items if e.year == year]
        wide = max(len(clock(e.minutes)) for e in these)  # the times right-aligned
        out += [str(year), "=" * 4]
        for e in these:
            flags = ", ".join(x for x in ("participatory" if nmc and e.participatory else "",
                                          "peer-reflected" if peers and e.peer_reflected
                                          else "") if x)
            out.append(f"{e.date}  {clock(e.minutes):>{wide}}  {e.title} ({e.kind}"
                       + (f"; {flags}" if flags else "") + ")")
        total = sum(e.minutes for e in these)
        joined = sum(e.minutes for e in these if e.participatory)
        standards, themes = _covered(these)
        peer = sum(e.peer_reflected for e in these)
        said = hours(total)
        out.append(f"Total: {clock(total)} ({said} hour{'' if said == '1' else 's'})"
                   + (f", {clock(joined)} of it participatory" if nmc else "")
                   + (f"; {peer} of {len(these)} peer-reflected" if peers else "") + ".")
        # Said where chosen: a teacher's log told them of two regulators' lists, none theirs.
        if standards != NONE:
            out.append(f"Social Work England standards covered: {standards}.")
        if themes != NONE:
            out.append(f"NMC Code themes covered: {themes}.")
        out.append("")
    out += [*records, ""] if records else []
    out += [line for text in [*(after or ()), note if after is not None else ""] if text
            for line in (text, "")]
    out += [*left_out_lines(left_out), ""] if left_out else []
    out += [*last, ""] if last else []
    return "\n".join(out)


def log_text(log: Log, narrow: str, everyone: str = "", records: Sequence[str] = ()) -> str:
    """The whole log as *My CPD so far* shows it: what it counts said first (`whose_notes`'
    first paragraph), then the log, then what is not counted and why, and those sessions
    listed last. Every note before the log put it below the fold at 80x24 (a trial).
    `everyone`: how to count every session, said where the name counts none; `records`: the
    CPD records exported (`records_lines`)."""
    notes = whose_notes(log, narrow)
    return to_text(log.entries, log.left_out, notes[:1], whose_lines(log), after=notes[1:],
                   empty=nothing_logged(log, everyone), records=records)


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
