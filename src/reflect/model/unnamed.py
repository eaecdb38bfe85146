"""What is said of a person whose name is emptied on *Who is here* (Ctrl+U, Enter): they stay
listed by their role or agency, and an action they own keeps its owner as typed, which names
no one listed any more. A rename carries the owner (model/rename_edits.py); an emptied name
has none to carry, and nothing was said (a facilitator's trial)."""

from __future__ import annotations

from reflect.text import one_line, plural


def emptied_said(listed_as: str, before: str, actions: int, carried: int) -> str:
    """Said as the edit ends: `listed_as`, how the person is listed now
    (`Participant.describe`); `before`, the name emptied; `actions` and `carried`, how many
    agreed actions and last time's actions still name them as owner
    (`RenameEdits.emptied_in_run`)."""
    name = one_line(before, 60)
    said = f"{name}'s name is emptied: listed as {one_line(listed_as, 60)}."
    owned = [f"{plural(n, 'action')} {where}" for n, where in
             ((actions, "on What to do now"), (carried, "of last time's")) if n]
    if not owned:
        return said
    one = actions + carried == 1
    return (f"{said} {' and '.join(owned)} still name{'s' if one else ''} "
            f"{name} as owner, whom no one listed is called now: give {'it' if one else 'each'} "
            "another owner there (Enter on it), or give them their name back.")
