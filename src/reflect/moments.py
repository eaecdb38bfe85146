"""A session's times (`created`, `updated`) as every list, sort and report can use them.

A time a hand-edited file saved without a zone is UTC, as `model.dates.local_day` has always
read it; one too near the years 1 or 9999 to be turned into UTC or the time here is refused.
The models check a file's times with it (`model.clean.Moment`), and the session list checks
its cache's with it (`store.index`), without pydantic. Pure: no files, no Textual.
"""

from __future__ import annotations

from datetime import UTC, datetime


def usable_moment(when: datetime) -> datetime:
    """`when` with its zone (UTC where it has none), or ValueError where it cannot be used.

    Held as written beside the others, a time without a zone stopped the start screen
    listing anything, the library too ("can't compare offset-naive and offset-aware
    datetimes"), and `reflect validate` ended in a traceback; `9999-12-31T23:59:59-23:00`
    and `0001-01-01T00:00:00+23:00` ended `reflect list sessions` in an OverflowError (a
    trial)."""
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when
    try:
        year = when.astimezone(UTC).year
    except OverflowError:
        year = 0
    if not 1 < year < 9999:  # a day's margin: the time here is safe too
        raise ValueError(f"{when.isoformat()} is not a date and time reflect can use: give "
                         "one between the years 2 and 9998, as 2026-12-04T09:30:00Z")
    return when
