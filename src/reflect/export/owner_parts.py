"""An agreed action's owner as every notes format prints it: as typed where the notes name
people, else by role (`owner_by_role`); and, where a later meeting gave the action to
another, the owner this meeting agreed, then whom and where it was given
(`action_owner_said`, model/given.py).
"""

from __future__ import annotations

from reflect.export.options import ExportOptions
from reflect.export.who_said import agency_of, role_and_agency
from reflect.model.action_words import owner_or_none
from reflect.model.attribution import speakers
from reflect.model.given import ANOTHER, given_role, given_said
from reflect.model.roles import name_key, one_named
from reflect.model.session import FACILITATOR, Action, Participant, Session


def owner_by_role(s: Session, owner: str, by_agency: bool = False) -> str:
    """What notes whose points name nobody (`ExportOptions.names_shown` false: roles only, by
    agency, or attendance left out) print for an agreed action's owner who is one of the
    session's people (`owner_named`), whether they attended or were invited and did not attend:
    that person as the points they made are attributed, and as the attendance lists them
    (`attribution`: role and agency; by agency, the agency alone); a team session's facilitator,
    "Facilitator" (by agency too: they have none). "" when the owner is printed as typed, and so
    still looked at by the personal-details check (identifiers.find_identifiers) as before: a
    role or someone from outside ("Duty manager"), a first name alone, anyone not listed. An
    owner invited who did not attend was printed as typed, so the check held back notes by role
    naming them (a trial: "GP, Invented Practice" was expected, as for those who came). Never a
    guess: a name two participants share, or a person with no role (by agency, no agency) to
    print, is left as typed too, so the check holds it back (`owner_held_back` says why) and
    redacting it prints "[redacted]"."""
    # Not guessed: two people of one name (one_named finds neither), or nothing to print
    # but the agency in notes by role ("Owner: Invented Trust" would read as the Trust's).
    p = owner_named(s, owner)
    if p is None:
        return _given_by_role(s, owner, by_agency)
    if by_agency:
        return agency_of(p)
    if p.id == FACILITATOR:  # no agency, nor any to guess: their role
        return p.role
    return role_and_agency(p) if p.role.strip() else ""


def _given_by_role(s: Session, owner: str, by_agency: bool) -> str:
    """An owner none of the session's people, whom a later meeting gave one of its actions
    to (`Action.given_in`), as that meeting listed them: role and agency (by agency, the
    agency), where it gave a role; else "". Notes by role printed their name as typed (they
    joined the team after this meeting), and the check held the notes back for it."""
    for act in s.actions:
        by = act.given_in if act.agreed_owner is not None else None
        if by is not None and by.role.strip() and name_key(act.owner) == name_key(owner):
            return " ".join(by.agency.split()) if by_agency else given_role(by)
    return ""


def owner_named(s: Session, owner: str) -> Participant | None:
    """The one of the session's people an owner names in full (`one_named`): a participant,
    or a team session's facilitator, whom Who is here names apart (`speakers`: the Owner box
    offers their name). "Ray Sample", the facilitator, was "not one person on the list named
    in full", so notes by role held the action back, or printed the name (a trial); they are
    the "Facilitator", as the points they said are (`attribution`)."""
    return one_named(speakers(s), owner) if owner.strip() else None


def owner_role_only(s: Session, owner: str) -> str:
    """An action's owner as a CPD record prints it: one of the session's people by role
    alone (a record never gives role and agency together: `peer_roles.roles`), else as typed
    (a record's nameless copy: a name the check found is already redacted)."""
    p = owner_named(s, owner)
    return " ".join((p.role if p is not None and p.role.strip() else owner).split())


def action_owner(s: Session, act: Action, options: ExportOptions) -> str:
    """An agreed action's owner as the notes print it: as typed where the notes name people,
    else, when the owner is one of the session's people (`owner_by_role`), as their points are
    attributed. With attendance left out the points name nobody (`attribution`), so neither
    does such a person's action: "Pat Example" beside points by "Health visitor" was one
    person the reader could not join up. Anyone else is still printed as typed there (names
    allowed)."""
    if options.names_shown:
        return act.owner
    return owner_by_role(s, act.owner, options.attendance_by_agency) or act.owner


def agreed_owner(s: Session, act: Action, options: ExportOptions) -> str | None:
    """The owner this meeting agreed, where a later meeting gave the action to another
    (`Action.agreed_owner`), printed as `action_owner` prints an owner; None while never."""
    if act.agreed_owner is None:
        return None
    return action_owner(s, act.model_copy(update={"owner": act.agreed_owner}), options)


def action_owner_said(s: Session, act: Action, options: ExportOptions) -> str:
    """An agreed action's owner as the notes print it (`action_owner`, or no owner); where a
    later meeting gave it to another, the owner this meeting agreed, said the same way, then
    whom it was given to and where, when (`given.given_said`): `Robin Example; given to Kim
    Example at “September meeting”, 10 Sep 2026`. The owner written back replaced the one
    agreed, so the notes said the action was agreed by someone not at the meeting (a team
    manager's trial). Where the notes name no one, the owner given is said as the meeting
    that gave it listed them (`GivenIn.role`), else `another owner`: this session's list
    may never have held them."""
    if act.agreed_owner is None:
        return owner_or_none(s.mode, act.owner, action_owner(s, act, options), act.status)
    first = owner_or_none(s.mode, act.agreed_owner, agreed_owner(s, act, options) or "", "open")
    to = act.owner if options.names_shown else (
        owner_by_role(s, act.owner, options.attendance_by_agency)
        or (ANOTHER if act.owner.strip() else ""))
    return f"{first}; {given_said(act, to)}"
