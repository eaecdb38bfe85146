"""Reading an action plan summary (published for the National Panel) into a review's
`action_plan` table, and merging it into the review.

Pure: no files, no Textual.
"""

from __future__ import annotations

import copy
import re

from reflect.importer import headings as H
from reflect.importer.parse import (
    BriefingError,
    Json,
    clean,
    has_words,
    split_lines,
    strip_marker,
)
from reflect.importer.parse import validate as _validate
from reflect.model.dates import MONTH_WORDS
from reflect.model.review_text import shown
from reflect.text import spaced

_PLAN_FIELD = re.compile(r"^(recommendation|action|status)\s*:\s*(.*)$", re.IGNORECASE)
_DATED = re.compile(
    r"^(?P<label>[^:]{1,200}?)\s*:\s*(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_WORDS}\.?\s+\d{{4}})\s*$",
    re.IGNORECASE,
)


def import_action_plan(text: str) -> tuple[Json, list[tuple[int, str]]]:
    """Read an action plan summary into an `action_plan` table; also returns unplaced lines."""
    if not isinstance(text, str):
        raise BriefingError("the action plan must be text")
    text = spaced(text.removeprefix("\ufeff"))  # read as shown, as a briefing is
    lines = split_lines(text)
    numbered = [(n, raw) for n, raw in enumerate(lines, 1) if raw.strip()]
    if not numbered:
        raise BriefingError("the action plan is empty")

    plan: Json = {"title": "", "case_summary": [], "review_process": [],
                  "review_process_notes": [], "items": [], "next_steps": []}
    unplaced: list[tuple[int, str]] = []
    section: str | None = None
    pending: Json | None = None
    pending_lines: list[tuple[int, str]] = []

    def flush() -> None:
        nonlocal pending, pending_lines
        if pending is not None:
            if all(pending.get(k) for k in ("recommendation", "action", "status")):
                plan["items"].append(pending)
            else:
                unplaced.extend(pending_lines)
        pending, pending_lines = None, []

    first_raw = numbered[0][1]
    if H.match_action_plan_heading(first_raw) is None:
        _, title = strip_marker(first_raw)
        plan["title"] = clean(title)
        numbered = numbered[1:]
    for n, raw in numbered:
        h = H.match_action_plan_heading(raw)
        if h is not None:
            flush()
            section = h.section
            continue
        _, body = strip_marker(raw)
        if not has_words(body):
            continue
        text_ = clean(body)
        if section == H.AP_ITEMS:
            m = _PLAN_FIELD.match(text_)
            key = m.group(1).lower() if m else None
            value = m.group(2).strip() if m else ""
            if key == "recommendation" and value:
                flush()
                pending, pending_lines = {"recommendation": value}, [(n, raw)]
            elif key in ("action", "status") and value and pending is not None \
                    and key not in pending:
                pending[key] = value
                pending_lines.append((n, raw))
            else:
                unplaced.append((n, raw))
        elif section == H.AP_REVIEW_PROCESS:
            m = _DATED.match(text_)
            if m:
                plan["review_process"].append({"label": m.group("label").strip(),
                                               "date": m.group("date").strip()})
            else:
                plan["review_process_notes"].append(text_)
        elif section == H.AP_CASE_SUMMARY:
            plan["case_summary"].append(text_)
        elif section == H.AP_NEXT_STEPS:
            plan["next_steps"].append(text_)
        else:
            unplaced.append((n, raw))
    flush()
    if not any(plan[k] for k in ("case_summary", "review_process", "review_process_notes",
                                  "items", "next_steps")):
        raise BriefingError("no action plan found: expected headings such as 'Case summary', "
                            "'Review Process', 'Key Recommendations and Completed Actions'")
    if not has_words(plan["title"]):
        plan["title"] = "Action plan"
    plan = shown({k: v for k, v in plan.items() if v})  # (as a briefing's: no control character)
    unplaced.sort()
    return plan, unplaced


def merge_action_plan(review: Json, plan: Json, replace: bool = False) -> Json:
    """A copy of `review` with `plan` as its action plan, and the plan's review-process dates
    added to the review's `dates` (those not already there). Raises BriefingError if the review
    has an action plan already (unless `replace`) or if the result is not a valid review."""
    if review.get("action_plan") and not replace:
        raise BriefingError(f"review {review.get('id', '?')!r} already has an action plan "
                            "(replace it with --force)")
    merged = copy.deepcopy(review)
    plan = copy.deepcopy(plan)
    dates = list(merged.get("dates", []))
    known = {(d.get("label"), d.get("date")) for d in dates}
    for d in plan.get("review_process", []):
        if (d["label"], d["date"]) not in known:
            dates.append(dict(d))
            known.add((d["label"], d["date"]))
    if dates:
        merged["dates"] = dates
    merged.pop("action_plan", None)
    merged["action_plan"] = plan
    _validate(merged)
    return merged


def plan_items(text: str) -> int:
    """How many recommendations, each with its action and status, `text` holds read as an
    action plan (`import_action_plan`); 0 where it does not read as one. A file with none of
    a briefing's parts that holds some is an action plan given as a briefing: `reflect import`
    and the import dialog say so, and how to add it to its review (`--into`)."""
    try:
        return len(import_action_plan(text)[0]["items"])
    except BriefingError:
        return 0
