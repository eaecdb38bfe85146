"""Plain mode's new team session, as it starts: what the team's last meeting brings (its
participants, as not yet here; its open actions; its length), as the app's new-session form
offers them (`gather_team`); started with no team's name, that the next meeting will bring
nothing back, in the app's words (`store.carry.no_team`: plain mode said nothing, a trial).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.timebox import hours_and_minutes
from reflect.store.carry import NO_TEAM_LEAD, last_time, no_team, open_actions_for_team
from reflect.store.errors import SessionError
from reflect.store.unread_team import unread_note

if TYPE_CHECKING:
    from reflect.walk.steps import Walk


TEAM_ASKED_AT_START = ("Plain mode asks it only as a session starts: Ctrl+D now keeps "
                      "nothing, and starting again asks it.")
"""Said after `store.carry.NO_TEAM_LEAD`, in place of the app's box and its key (Shift+Tab),
which plain mode has no way back to."""


def gather_team(w: Walk) -> None:
    """A new team session: last time's participants (as not yet here), the team's open actions
    and its last length (a meeting here reset it), as the app offers them. Never stops a start."""
    if not (session := w.session).team.strip():
        if no_team(session.mode, session.team):
            w.d.say(f"{NO_TEAM_LEAD}. {TEAM_ASKED_AT_START}")
        return
    try:
        people, w.last_facilitator, minutes = last_time(w.folder, session.team,
                                                        exclude_id=session.id)
        carried = open_actions_for_team(w.folder, session.team, exclude_id=session.id)
    except (OSError, SessionError, ValueError):
        return
    for said in unread_note(w.folder, session.team):  # (its actions could not be brought)
        w.d.say(said)
    w.edits.offer_last_time(people, carried, minutes)  # (its length passed on: it was reset)
    w.offered = len(people)
    if minutes:
        w.d.say(f"Planned length: {hours_and_minutes(minutes)}, as at the team's last meeting.")
