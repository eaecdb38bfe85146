"""Which is newer, a value of an agreed action the session that agreed it holds, or the one
the team's latest meeting to carry it shows (`CarriedAction`): set there and never written
back (that session open in another reflect, changed there since), the later meeting's is.
One rule for the next meeting's last time's actions (store/carry.py, `newest_status`,
`newest_progress`, `newest_due`) and the partnership's report (report/later.py), which
reads it with no session model loaded. Pure: no files, no Textual, no pydantic.
"""

from __future__ import annotations

from typing import TypeVar

Noted = tuple[str, str]
"""The later meeting that noted a value of an action but could not write it back to the
session that agreed it: its session id and title; ("", "") when the value carried is that
session's own."""
OWN: Noted = ("", "")

V = TypeVar("V")


def later_is_newer(there: V, shown: V | None, known: V) -> bool:
    """Whether a value of an action that the latest meeting to carry it shows (`shown`: set
    there, or carried on from the meeting before; None: it shows none) is newer than the one
    the session that agreed it holds (`there`): it is neither that one nor the one the
    meeting last saw there (`known`: a value written back there, then changed there since,
    is the file's). The one rule for the next meeting's last time's actions
    (store/carry.py, `newest_status` …) and the partnership's report (report/later.py)."""
    return shown is not None and shown != there and shown != known


def noted_by(passed_on: bool, before: Noted, meeting: Noted) -> Noted:
    """Who noted a value a meeting shows: the meeting before, when it showed it as carried
    there from that one (passed on unchanged); else that meeting itself."""
    return before if passed_on and before[1] else meeting
