"""Facts as plain JSON data and back, exactly, for the per-machine cache (report/cache.py).

`to_json` writes a session's `SessionFacts` (report/facts.py) as lists and strings;
`from_json` reads them back, converting nothing: a value of another type than `to_json`
writes is damage, and the cache reads that file again.
"""

from __future__ import annotations

from datetime import date, datetime

from reflect.report.facts import ActionFacts, Person, SessionFacts
from reflect.report.later import checked_rows, from_rows, moved_from_row, moved_row, to_rows
from reflect.report.owners import NOBODY, Owner


def to_json(f: SessionFacts) -> dict[str, object]:
    return {"id": f.id, "review_id": f.review_id, "review_title": f.review_title,
            "mode": f.mode, "team": f.team, "created": f.created.isoformat(),
            "updated": f.updated.isoformat(), "schema_version": f.schema_version,
            "answered": f.answered, "read_only": f.read_only,
            "people": [[p.role, p.agency, p.attended] for p in f.people],
            "actions": [[a.text, a.due, a.due_date.isoformat() if a.due_date else None,
                         a.status, a.recommendation, a.progress, a.agreed_due,
                         a.agreed_due_date.isoformat() if a.agreed_due_date else None,
                         *a.shown, list(a.owner), moved_row(a.moved), a.id,
                         None if a.agreed_owner is None else list(a.agreed_owner),
                         moved_row(a.given), moved_row(a.done_in)]
                        for a in f.actions],
            "confidence": [[phase, list(counts)] for phase, counts in f.confidence],
            "discussed": list(f.discussed), "answered_ids": list(f.answered_ids),
            "recorded": f.recorded, "title": f.title, "carried": to_rows(f.carried),
            "attended_codes": list(f.attended_codes)}


_PEOPLE: dict[tuple[str, str, bool], Person] = {}
"""One Person for each (role, agency, attended): thousands of sessions share a few dozen."""


def _people(rows: object) -> tuple[Person, ...]:
    out = []
    for role, agency, attended in checked_rows(rows, 3, "person"):
        if type(role) is not str or type(agency) is not str or type(attended) is not bool:
            raise TypeError("a damaged person")
        key = (role, agency, attended)
        out.append(_PEOPLE.get(key) or _PEOPLE.setdefault(key, Person(*key)))
    return tuple(out)


def _actions(rows: object) -> tuple[ActionFacts, ...]:
    out = []
    for text, due, day, status, rec, progress, agreed, agreed_day, shown, was, owner, by, \
            aid, first, given, done in checked_rows(rows, 16, "action"):
        if not (type(text) is type(due) is type(status) is type(rec) is type(progress)
                is type(shown) is type(was) is type(aid) is str):
            raise TypeError("a damaged action")
        if agreed is not None and type(agreed) is not str:
            raise TypeError("a damaged due date")
        out.append(ActionFacts(text, due, _day(day), status, rec, progress, agreed,
                               _day(agreed_day), (shown, was), _owner(owner),
                               moved_from_row(by), aid, None if first is None
                               else _owner(first), moved_from_row(given),
                               moved_from_row(done)))
    return tuple(out)


_OWNERS: dict[tuple[str, str, str], Owner] = {("", "", ""): NOBODY}
"""One Owner for each (words, role, agency), as `_PEOPLE`: thousands of actions share a few."""


def _owner(value: object) -> Owner:
    if type(value) is not list or len(value) != 3:
        raise TypeError("a damaged owner")
    words, role, agency = value
    if type(words) is not str or type(role) is not str or type(agency) is not str:
        raise TypeError("a damaged owner")
    key = (words, role, agency)
    return _OWNERS.get(key) or _OWNERS.setdefault(key, Owner(*key))


def _day(value: object) -> date | None:
    if value is None:
        return None
    if type(value) is not str:
        raise TypeError("a damaged due date")
    return date.fromisoformat(value) if value else None


def _str(value: object) -> str:
    if type(value) is not str:
        raise TypeError("a damaged text")
    return value


def _int(value: object) -> int:
    if type(value) is not int:  # not a bool, not a float
        raise TypeError("a damaged number")
    return value


def _texts(value: object) -> tuple[str, ...]:
    if type(value) is not list or any(type(v) is not str for v in value):
        raise TypeError("a damaged list")
    return tuple(value)


def from_json(data: dict[str, object]) -> SessionFacts:
    """Facts from `to_json`'s data; raises KeyError, TypeError or ValueError when damaged (any
    value of another type than `to_json` writes: nothing is converted)."""
    read_only, recorded, checks = data["read_only"], data["recorded"], data["confidence"]
    if type(recorded) is not bool:
        raise TypeError("a damaged flag")
    if type(checks) is not list:
        raise TypeError("a damaged list")
    return SessionFacts(
        _str(data["id"]), _str(data["review_id"]), _str(data["review_title"]),
        _str(data["mode"]), _str(data["team"]), datetime.fromisoformat(_str(data["created"])),
        datetime.fromisoformat(_str(data["updated"])), _int(data["schema_version"]),
        _int(data["answered"]), _people(data["people"]), _actions(data["actions"]),
        None if read_only is None else _str(read_only),
        tuple(_confidence(*row) for row in checks), _texts(data["discussed"]),
        _texts(data["answered_ids"]), recorded, _str(data["title"]),
        carried=from_rows(data["carried"]), attended_codes=_texts(data["attended_codes"]))


def _confidence(phase: object, counts: object) -> tuple[str, tuple[int, ...]]:
    if phase not in ("start", "end") or not isinstance(counts, list) or len(counts) != 5 \
            or any(type(n) is not int for n in counts):
        raise TypeError("a damaged confidence check")
    return str(phase), tuple(counts)
