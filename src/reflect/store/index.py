"""A per-machine cache of session summaries, so the start screen lists thousands of sessions fast.

See store/cache.py: an entry is used only while the file's size, modification and change time
(which a chmod moves) are unchanged; anything else is read again. Losing or corrupting the
cache costs time, never data.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reflect.answered import Answered, count
from reflect.moments import usable_moment
from reflect.store.atomic import clean_stale_temp_files
from reflect.store.cache import Records, cache_file, read_records, stamp, write_records
from reflect.store.errors import SessionError
from reflect.store.folders_inside import LISTS, folders_inside, looked_into

if TYPE_CHECKING:
    from reflect.store.catalogue import Catalogue


class SessionSummary(NamedTuple):
    """What a list of sessions shows; the whole session is read only when it is opened. (A
    NamedTuple: a frozen dataclass of its fourteen fields took 0.5 ms to build, in the
    lists' thread beside the start screen's first frame, and more for each session.)"""

    path: Path
    id: str
    review_id: str
    review_title: str
    label: str
    team: str
    mode: str
    updated: datetime
    created: datetime
    """When the session was started: the day a meeting was held (`updated` moves on with every
    change, a status written back from the next meeting too: a trial read the 3 December
    meeting as held on 10 December)."""
    answered_ids: tuple[str, ...]
    """The questions answered (an answer with something in it), by id."""
    question_ids: tuple[str, ...]
    """Every answer the session holds, by its question's id."""
    read_only: str | None = None
    typed: tuple[str, ...] = ()
    """The steps whose forms hold an item typed and not added (a point, an action, a
    person), or whose box for the time to log for CPD holds what is not a time ("lots"), by
    name (`model.typed_items.typed_step_names`: `Question 3`, `What to do now`, `What I will
    do differently`): its row in the saved sessions is marked ✎. The step list marked it once
    the session was open, but the list a facilitator chooses it from the next week gave no
    sign of it."""
    asked: tuple[str, ...] | None = None
    """The ids of the questions its review asks now, from the library (`SummaryList.against`;
    never cached: the review can be replaced while the session's file stays as it was); None
    where the library has no such review."""
    review_missing: str = ""
    """Why its review will not open, set with `asked` (never cached): "file" where the
    review's file could not be read, "missing" where the library has no review by its id (the
    id changed by hand, say), "" where it opens (`missing_review.review_missing`). Both lists
    showed such a session as any other ("2/2 answered"); only Enter said it would not open."""

    @property
    def changed_later(self) -> bool:
        """Its words last changed on another day than it was held (here's time): the lists
        give that day too (the next meeting writes its actions' progress back)."""
        return self.updated.astimezone().date() != self.created.astimezone().date()

    @property
    def listed_by(self) -> datetime:
        """The date its lists are ordered by, newest first: the day its words last changed
        where they give it (`changed_later`), else when it was held. By its last change
        alone, a session changed later the day it was held came above one held after it
        with nothing to show why: `reflect list sessions` read as out of order (a trial)."""
        return self.updated if self.changed_later else self.created

    @property
    def counted(self) -> Answered:
        """Its answers counted against its review's questions now (reflect/answered.py): a
        review replaced since had a session say "7 of 6 answered"."""
        return count(self.answered_ids, self.asked, self.question_ids)

    @property
    def answered(self) -> int:
        return self.counted.answered

    @property
    def total(self) -> int:
        return self.counted.total


@dataclass
class SummaryList:
    entries: list[SessionSummary]
    problems: list[str]
    inside: list[str] = field(default_factory=list)
    """A message for each folder inside the sessions folder holding session files, which are
    not listed (store/folders_inside.py): the report named `Team Red/`, the lists said
    nothing (a trial)."""

    def against(self, asked: Callable[[str], tuple[str, ...] | None],
                missing: Callable[[str], str] | None = None) -> SummaryList:
        """These summaries with the questions each one's review asks now (`asked`, given a
        review's id: `Catalogue.asked`), which their answers are counted against, and why
        their review will not open (`missing`, given a review's id not asked: see
        `SessionSummary.review_missing`)."""
        out = []
        for e in self.entries:
            now = asked(e.review_id)
            why = missing(e.review_id) if missing is not None and now is None else ""
            out.append(e._replace(asked=now, review_missing=why))
        return SummaryList(out, self.problems, self.inside)

    def in_library(self, catalogue: Catalogue) -> SummaryList:
        """`against` the library `catalogue`: each session counted against its review's
        questions now, and marked where its review will not open."""
        from reflect.store.missing_review import review_missing

        return self.against(catalogue.asked, review_missing(catalogue))


def _summarise(path: Path) -> SessionSummary:
    from reflect.model.typed_items import typed_step_names  # (the models: only to read a file)
    from reflect.store.sessions import read_session  # pydantic only when a file must be read

    session, read_only = read_session(path)
    return SessionSummary(path=path, id=session.id, review_id=session.review_id,
                          review_title=session.review_title, label=session.label,
                          team=session.team, mode=session.mode, updated=session.updated,
                          created=session.created,
                          answered_ids=tuple(a.question_id for a in session.answers
                                             if a.has_content),
                          question_ids=tuple(a.question_id for a in session.answers),
                          read_only=read_only,
                          typed=typed_step_names(session))


def _to_json(s: SessionSummary) -> dict[str, object]:
    data = s._asdict()
    del data["asked"], data["review_missing"]  # the library's, not the file's
    data["path"] = s.path.name
    data["updated"] = s.updated.isoformat()
    data["created"] = s.created.isoformat()
    return data


def _ids(value: object) -> tuple[str, ...]:
    # (a list as the cache's JSON holds it, or the tuple of a summary just made: refusing
    # the tuple had every session read twice when the cache was cold)
    if not isinstance(value, (list, tuple)):
        raise TypeError("not a list of ids")  # a damaged cache entry: the file is read again
    return tuple(str(q) for q in value)


def _from_json(folder: Path, data: dict[str, object]) -> SessionSummary:
    fields = dict(data)
    fields["path"] = folder / str(data["path"])
    # (KeyError: an old cache; ValueError, a time cached without its zone: read again)
    fields["updated"] = usable_moment(datetime.fromisoformat(str(data["updated"])))
    fields["created"] = usable_moment(datetime.fromisoformat(str(data["created"])))
    fields["answered_ids"] = _ids(data["answered_ids"])
    fields["question_ids"] = _ids(data["question_ids"])
    fields["typed"] = _ids(data["typed"])
    return SessionSummary(**fields)  # type: ignore[arg-type]


def list_summaries(folder: Path, cache: Path | None = None) -> SummaryList:
    """Every session in `folder` as a summary, newest first, with unreadable files reported."""
    out = SummaryList([], [])
    if not folder.is_dir():
        return out
    clean_stale_temp_files(folder)
    cache = cache_file("sessions", folder, cache)
    known = read_records(cache)
    files: Records = {}
    changed, subs = False, []
    with os.scandir(folder) as it:
        for item in it:
            if not item.name.endswith(".toml"):
                if looked_into(item.name) and _is_dir(item):  # (no call to the disk: d_type)
                    subs.append(item.name)
                continue
            try:
                if not item.is_file():
                    continue
                st = item.stat()
            except OSError as e:  # a link to itself, a file gone meanwhile: said, not fatal
                out.problems.append(f"{folder / item.name}: cannot be read "
                                    f"({e.strerror or e}).")
                continue
            now = stamp(st)
            cached = known.get(item.name)
            if isinstance(cached, dict) and cached.get("stamp") == now:
                record = cached
            else:
                changed = True
                path = folder / item.name
                try:
                    record = {"stamp": now, "summary": _to_json(_summarise(path))}
                except SessionError as e:
                    record = {"stamp": now, "problem": str(e)}
            files[item.name] = record
            try:
                if "summary" in record:
                    out.entries.append(_from_json(folder, record["summary"]))  # type: ignore[arg-type]
                else:
                    out.problems.append(str(record["problem"]))
            except (KeyError, TypeError, ValueError):
                changed = True  # a damaged cache entry: read the file itself
                try:
                    out.entries.append(_summarise(folder / item.name))
                except SessionError as e:
                    out.problems.append(str(e))
    if changed or set(files) != set(known):
        write_records(cache, files)
    out.inside = folders_inside(folder, reader=LISTS, names=subs) if subs else []
    out.entries.sort(key=lambda e: e.listed_by, reverse=True)  # as they read
    out.problems.sort()
    return out


def _is_dir(item: os.DirEntry[str]) -> bool:
    try:
        return item.is_dir()
    except OSError:
        return False


def teams_here(folder: Path, cache: Path | None = None, exclude_id: str = "") -> list[str]:
    """Every team with a session in `folder`, each as most often written, the team of the
    session started last first: the names the new-session form offers a team typed near one
    (`model.teams.near_names`). `exclude_id`: a session whose own team is not counted (one
    under way, its team being typed on *Who is here*)."""
    from reflect.model.teams import Names

    names = Names()
    latest: dict[str, datetime] = {}
    for s in sorted(list_summaries(folder, cache).entries, key=lambda s: (s.created, s.id)):
        if s.id != exclude_id and (key := names.add(s.team)):
            latest[key] = s.created
    return [names.shown(k) for k in sorted(latest, key=lambda k: latest[k], reverse=True)]
