"""What goes into exported notes, chosen by the person exporting (and the names reflect knows
of people the session does not list, looked for in it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ExportOptions:
    include_content: bool = False
    """Include the review's own content before the notes: its sections, from the introduction
    to the recommendations, and its What to do now (`steps.CONTENT_KEYS`)."""
    include_attendance: bool = True
    """List the participants (who attended, and who was invited but did not attend)."""
    roles_only: bool = False
    """Show participants without names: only the role and agency part of each entry."""
    attendance_by_agency: bool = False
    """Attendance as a count per agency, no names or roles; points are attributed to an agency."""
    known_names: tuple[str, ...] = ()
    """Not chosen: the names of people the session does not list but reflect knows (the
    participants of the team session a reflection was written after, read from its file when
    exporting: `store.known_names`, never kept in the reflection's). Where the notes name
    nobody (`nameless`, and a CPD record) the check finds them wherever they are typed, and a
    CPD record replaces them with [redacted]."""
    today: date | None = None
    """Not chosen: the day the notes are exported, that overdue actions are counted from
    (`export/overdue.py`); None: today, where reflect runs."""

    @property
    def nameless(self) -> bool:
        """Whether the notes name nobody (so names typed into the text are worth checking for)."""
        return self.roles_only or self.attendance_by_agency

    @property
    def names_shown(self) -> bool:
        """Whether people may be named: attendance listed, and neither roles only nor by agency."""
        return self.include_attendance and not self.nameless
