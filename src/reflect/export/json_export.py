"""JSON notes of a session: data for other tools, in the schema of docs/export-json-schema.md.

Unlike the other exports, text is kept exactly as stored — control characters included — because
this is data, not a document to show. JSON's own escaping keeps the file valid; in addition the
characters a terminal or editor could act on (DEL, C1 controls, bidirectional overrides and
isolates, line/paragraph separators) are written as `\\uXXXX` escapes, so printing the file is
safe and the decoded text is still exactly what was typed.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date
from typing import Any

from reflect.export import parts
from reflect.export.action_parts import action_overdue, as_of, carried_overdue, due_said
from reflect.export.html import review_sections
from reflect.export.options import ExportOptions
from reflect.export.owner_parts import action_owner, agreed_owner
from reflect.model.due import due_day
from reflect.model.review import Review
from reflect.model.session import Action, Session

FORMAT = "reflect-notes"
VERSION = 1

# json.dumps already escapes C0 controls; these it would write raw with ensure_ascii=False.
# Outside strings a JSON document is plain ASCII, so these can only occur inside strings.
_RAW_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_unsafe(text: str) -> str:
    return _RAW_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _moved_in(a: Action) -> dict[str, str] | None:
    """The later meeting that moved the action's due date (`Action.moved_in`), or None."""
    by = a.moved_in if a.agreed_due is not None else None
    return None if by is None else {"session_id": by.session_id, "title": by.label,
                                    "held": by.held.isoformat()}


def _done_in(a: Action) -> dict[str, str] | None:
    """The later meeting that marked the action done (`Action.done_in`), or None."""
    by = a.done_in if a.status == "done" else None
    return None if by is None else {"session_id": by.session_id, "title": by.label,
                                    "held": by.held.isoformat()}


def _given_in(a: Action) -> dict[str, str] | None:
    """The later meeting that gave the action to another owner (`Action.given_in`), with the
    role and agency it listed them by, or None."""
    by = a.given_in if a.agreed_owner is not None else None
    return None if by is None else {"session_id": by.session_id, "title": by.label,
                                    "held": by.held.isoformat(), "role": by.role,
                                    "agency": by.agency}


def to_data(session: Session, review: Review | None = None,
            options: ExportOptions = ExportOptions()) -> dict[str, Any]:
    """The export as plain Python data (what `to_json` serialises)."""
    s = session
    people = [
        {"id": p.id,
         "name": p.name if options.names_shown else "",
         "role": "" if options.attendance_by_agency else p.role,
         "agency": p.agency, "attended": p.attended,
         "left_early": p.presence == "left early",
         "arrived_during": p.arrived_during if p.attended else None,
         "left_during": p.left_during if p.presence == "left early" else None,
         "listed_last_time": bool(p.listed_last_time)}
        for p in s.participants
    ] if options.include_attendance else []
    t = s.timing
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_on": as_of(options).isoformat(),
        "session": {
            "id": s.id,
            "title": s.title,
            "review_id": s.review_id,
            "review_title": s.review_title,
            "theme": s.theme,
            "mode": s.mode,
            "team": s.team,
            "facilitator": "" if options.nameless else s.facilitator,
            "participants": people,
            "created": s.created.isoformat(),
            "updated": s.updated.isoformat(),
            "answers": [{"question_id": a.question_id, "question": a.question,
                         "source": a.source, "origin": a.origin or "briefing",
                         "given_under": a.given_under or "",
                         "no_longer_in_review": parts.no_longer_asked(a, review),
                         "points": [{"text": p.text, "by": p.by,
                                     "from_room": p.from_room is not None,
                                     "said_by": parts.point_attribution(s, p, options)}
                                    for p in a.points],
                         "text": a.text, "what": a.what, "so_what": a.so_what,
                         "now_what": a.now_what}
                        for a in s.answers],
            "notes": dict(s.notes),
            "actions": [{"id": a.id, "text": a.text,
                         "owner": action_owner(s, a, options), "due": a.due,
                         "due_date": _iso(a.due_date), "due_shown": due_said(a.due, a.due_date),
                         "status": a.status,
                         "progress": a.progress, "recommendation": a.recommendation,
                         "agreed_due": a.agreed_due, "agreed_due_date": _iso(a.agreed_due_date),
                         "overdue": action_overdue(a, options), "moved_in": _moved_in(a),
                         "agreed_owner": agreed_owner(s, a, options),
                         "given_in": _given_in(a), "done_in": _done_in(a)}
                        for a in s.actions],
            "carried": [{"session_id": c.session_id, "session_label": c.session_label,
                         "action_id": c.action_id, "text": c.text,
                         "owner": parts.carried_owner(s, c, options),
                         "due": c.due, "due_date": _iso(c.due_date),
                         "status_before": c.status_before, "status": c.status,
                         "noted_in": c.noted_in, "progress_before": c.progress_before or "",
                         "progress_noted_in": c.progress_noted_in,
                         "due_noted_in": c.due_noted_in,
                         "owner_noted_in": c.owner_noted_in,
                         "owner_before": parts.carried_owner_before(s, c, options),
                         "note": c.note, "new_due": c.new_due,
                         "new_due_date": _iso(c.new_due_date),
                         "written_back": c.written_back,
                         "overdue": carried_overdue(c, options),
                         "due_in_force": c.due_here()[0],
                         "due_in_force_date": _iso(due_day(*c.due_here())),
                         "due_in_force_shown": due_said(*c.due_here()),
                         "new_due_not_a_date": c.new_due_unread}
                        for c in s.carried],
            "differently": s.differently,
            "timing": {"minutes": t.minutes, "plan": dict(t.plan), "spent": dict(t.spent),
                       "total_spent": t.total_spent, "paused": t.paused},
            "minutes_spent": s.minutes_spent,
            "minutes_for_cpd": s.minutes_for_cpd,
            "confidence": [{"phase": c.phase, "prompt": c.prompt,
                            "counts": {str(k): n for k, n in enumerate(c.counts, 1)},
                            "answers": c.answers, "average": c.average}
                           for c in s.confidence or []],
        },
        "review": None,
    }
    if review is not None:
        content = None
        if options.include_content:
            content = [{"key": key, "title": title, "blocks": [asdict(b) for b in blocks]}
                       for key, title, blocks in review_sections(review, options)]
        data["review"] = {
            "id": review.id,
            "title": review.title,
            "partnership": review.partnership,
            "review_type": review.review_type,
            "content": content,
        }
    return data


def to_json(session: Session, review: Review | None = None,
            options: ExportOptions = ExportOptions()) -> str:
    """The session as a JSON document (UTF-8 text, indented, ending in a newline)."""
    text = json.dumps(to_data(session, review, options), ensure_ascii=False, indent=2)
    return _escape_unsafe(text) + "\n"
