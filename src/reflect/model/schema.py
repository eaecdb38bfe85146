"""The version of the session files this reflect writes. Apart from model/session.py (which
says it again) so that a report, which reads it, does not load the session model."""

SCHEMA_VERSION = 10
"""Version 2 added points, the reflective model, timing, ids for participants and actions,
links from actions to recommendations, carried-over actions and themed sessions. Version 3
names the fields added after it, up to 5 December 2026: how last time's actions went
(`carried`'s notes, new due dates, `owner_there`), the follow-up (`after`), the room's
confidence check, CPD details, drafts, who left early, what an answer was given under and
more (tests/unit/test_schema_fields.py lists every field). Version 4 (5 December 2026, later) adds
which later meeting moved an agreed action's due date, and when (`actions.moved_in`: its
session id, title and the day it was held). Version 5 (5 December 2026, later still) adds a
point's words as typed, "@…" and all, once that "@…" gave it to someone listed late, or (from 6
December 2026) named them as it was added (`answers.points.typed_as`), so that taken off the
list they are kept so again; and, for each participant, the step the meeting was on when someone
arrived late (`participants.arrived_during`) and whether the team's last meeting brought them
onto the list (`participants.listed_last_time`), so that the notes say who came late and never
call last week's people invited. Version 6 (6 December 2026) adds the step the meeting was on
when someone was marked left early (`participants.left_during`), so that the notes say when, as
they say when someone arrived. Version 7 (6 December 2026, later) adds the owner of one of
last time's actions as the session that agreed it held it when last seen
(`carried.earlier.owner`), so that an owner given at the next meeting is written back there
under the same clash rule as a note. Version 8 (6 December 2026, later still) adds the later
meeting that gave one of last time's actions an owner it could not write back there
(`carried.owner_noted_in`, `carried.owner_noted_in_id`), so that the next meeting says so, as
it says of a progress note; and the owner one of last time's actions came with, once another
is given (`carried.owner_before`), so that the meeting's notes say who it passed from; and, in
the session that agreed an action, the owner it agreed once a later meeting gives it to another
(`actions.agreed_owner`) and that meeting, with the role and agency it listed them by
(`actions.given_in`), so that its notes name who agreed it, not the one given it since; and,
for each answer of a reflection, the box last typed in (`answers.last_typed`), so that one left
half way through a sentence opens again there, not in the first empty box. Version 9 (7
December 2026) adds, in the session that agreed an action, the later meeting that marked it
done at *Last time's actions* (`actions.done_in`: its session id, title and the day it was
held), so that its notes say when and where it was done, not `done` alone. Version 10 (7 December
2026, later) adds a fourth status for an action, `dropped` (no longer needed), written `done`
with `dropped = true` beside it (`status_before_dropped` for a carried action's status before:
model/dropped.py), so that a version 9 reflect, which knows three statuses, opens the file
read-only and sees the action closed, where the value alone made it refuse the whole file.
Every reflect opens a file of a higher version than it knows
read-only, keeping the fields it does not know; before version 3, a reflect of 22 November to 4
December refused a file holding a field it did not know as misspelt. So a field added to a
session file is a new version: that test fails until it is. Older files open unchanged (every
later field has a default, and ids are filled in: p1, a1, ...)."""
