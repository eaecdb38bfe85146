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
from typing import Any

from reflect.export.html import review_sections
from reflect.export.options import ExportOptions
from reflect.model.review import Review
from reflect.model.session import Session

FORMAT = "reflect-notes"
VERSION = 1

# json.dumps already escapes C0 controls; these it would write raw with ensure_ascii=False.
# Outside strings a JSON document is plain ASCII, so these can only occur inside strings.
_RAW_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_unsafe(text: str) -> str:
    return _RAW_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def to_data(session: Session, review: Review | None = None,
            options: ExportOptions = ExportOptions()) -> dict[str, Any]:
    """The export as plain Python data (what `to_json` serialises)."""
    s = session
    people = [
        {"name": "" if options.roles_only else p.name, "role": p.role, "agency": p.agency,
         "attended": p.attended}
        for p in s.participants
    ] if options.include_attendance else []
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "session": {
            "id": s.id,
            "title": s.title,
            "review_id": s.review_id,
            "review_title": s.review_title,
            "mode": s.mode,
            "team": s.team,
            "facilitator": "" if options.roles_only else s.facilitator,
            "participants": people,
            "created": s.created.isoformat(),
            "updated": s.updated.isoformat(),
            "answers": [{"question_id": a.question_id, "question": a.question, "text": a.text}
                        for a in s.answers],
            "notes": dict(s.notes),
            "actions": [{"text": a.text, "owner": a.owner, "due": a.due, "status": a.status}
                        for a in s.actions],
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
