"""A briefing's recommendation as review data: its bold lead-in (`title`), its words, the
progress the briefing reports (`update`) and the agency it names to lead on it (`lead`).

Each of the last two ends the recommendation ("... policy. Status: Completed.", "... policy.
Lead agency: Invented Vale Council") or is a line of its own under it ("Status: Complete",
"Lead agency: Fernvale Community Health"); in a table, each is a column (the readers give
"... policy Lead agency: IVSCP Status: In progress"). Pure: no files, no Textual.
"""

from __future__ import annotations

import re

from reflect.importer.parse import Json, clean, has_words, split_title


def _ending(label: str, group: str) -> re.Pattern[str]:
    """A labelled value ending a recommendation, after the end of a sentence ("... policy.
    Status: Completed.") or in brackets ("... policy (Lead agency: IVSCP)"), not a label in a
    sentence ("record each adult's immigration status: ..."): the value in `group`, or in
    "b" when in brackets. One builder for the status and the lead, so both end alike."""
    return re.compile(
        rf"(?<=[.!?;])[\"”’')]?\s+{label}(?P<{group}>.+?)\s*$"
        rf"|\s*[(\[]\s*{label}(?P<b>[^()\[\]]+?)\s*[)\]]\s*$", re.IGNORECASE)


def _own(label: str, group: str) -> re.Pattern[str]:
    """A labelled value that is a line of its own ("Status: Complete" under a recommendation),
    the value in `group`."""
    return re.compile(rf"^{label}(?P<{group}>.*\w.*)$", re.IGNORECASE)


def _column(headers: str, group: str, most: int) -> re.Pattern[str]:
    """A table's column as the readers give it at a row's end ("... concerns Status: In
    progress"): one of `headers` as written, and a short value (at most `most` + 1 words) in
    `group`."""
    return re.compile(rf"\s+(?:{headers}):\s*(?P<{group}>\S+(?:\s+\S+){{0,{most}}})\s*$")


_LABEL = r"\**(?:current\s+)?(?:status|update|progress(?:\s+update)?)\s*:\s*\**\s*"
_STATUS = _ending(_LABEL, "u")
# a table's row as the readers give it: "... concerns Status: In progress" (the header's word
# as written, and a short value)
_STATUS_CELL = _column("Status|Update|Progress|STATUS|UPDATE|PROGRESS", "u", 4)
_OWN_STATUS = _own(_LABEL, "u")
_BOLD_SPAN = re.compile(r"\*\*([^*]+)\*\*")
_UPDATE_GAP = re.compile(r"[\s.;,]*")

# "Lead agency: Invented Vale Council", "Lead: IVSCP", "Owner: ...", "Responsible agency: ..."
_LEADS = (r"lead(?:\s+(?:agenc(?:y|ies)|partners?|organi[sz]ations?|bod(?:y|ies)))?|owner"
          r"|responsible(?:\s+agenc(?:y|ies))?|agenc(?:y|ies)\s+responsible")
_LEAD_LABEL = rf"\**(?:{_LEADS})\s*:\s*\**\s*"
_LEAD = _ending(_LEAD_LABEL, "l")
# a table's column, its header as written ("Lead agency", "LEAD"): a short value
_LEAD_CELL = _column(r"Lead(?:\s+[Aa]genc(?:y|ies)|\s+[Pp]artners?)?|Owner"
                     r"|LEAD(?:\s+AGENC(?:Y|IES))?|OWNER", "l", 5)
_OWN_LEAD = _own(_LEAD_LABEL, "l")

SAID = {"update": "a status", "lead": "a lead agency"}
"""What a line of its own (`own_line`) is, said in a note when no recommendation is above it."""


def own_status(text: str) -> str | None:
    """The progress a line of its own gives ("Status: Complete." under a recommendation, not
    at the end of its sentence), the label dropped; None for any other line."""
    m = _OWN_STATUS.match(text.strip())
    return m.group("u").strip() if m else None


def own_line(text: str) -> tuple[str, str] | None:
    """("update", progress) for a "Status: ..." line of its own, ("lead", agency) for a "Lead
    agency: ..." line of its own (the label dropped), else None: under a recommendation, each
    is the one above's."""
    update = own_status(text)
    if update is not None:
        return "update", update
    m = _OWN_LEAD.match(text.strip())
    return ("lead", _lead_said(m.group("l"))) if m else None


LEAD_IN_WORDS = 20
"""The most words a line leading into the recommendations under it may have."""


def lead_in(text: str) -> bool:
    """A line (not an item) leading into the recommendations under it, which finish its
    sentence: "The Partnership will:", "It is recommended that:" (a short line ending in a
    colon that is no "Status:" or "Lead agency:" line). Taken for a recommendation itself,
    "The Partnership will:" was its own bullet (a trial): it opens each of them instead."""
    return (text.endswith(":") and has_words(text) and len(text.split()) <= LEAD_IN_WORDS
            and own_line(text) is None)


_SENTENCES = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z])")


def sentence_lead_in(text: str) -> bool:
    """One short sentence ending in a full stop directly above a table of recommendations
    ("The partnership agreed the following."): it leads into the rows under it as a line
    ending in a colon does (`lead_in`). Taken for a recommendation, it was one of its own,
    "(no status given)", in every format (a trial)."""
    return (text.endswith(".") and has_words(text) and len(text.split()) <= LEAD_IN_WORDS
            and not _SENTENCES.search(text) and own_line(text) is None)


def _lead_said(value: str) -> str:
    return clean(value).rstrip(" .;,")


def split_lead(body: str) -> tuple[str, str | None]:
    """(text, lead): the agency a "Lead agency: ...", "Lead: ...", "Owner: ..." or
    "Responsible agency: ..." ending a recommendation names (after a full stop, in brackets,
    or as a table's column), the label dropped. Folded into the recommendation's words, it was
    reported as "... Lead agency: BSCP: no action yet" (a trial)."""
    rest = body.rstrip()
    m = _LEAD.search(rest) or _LEAD_CELL.search(rest)
    lead = (m.group("l") or m.group("b")) if m is not None else None
    if m is None or not lead or not has_words(lead) or not has_words(rest[:m.start()]) \
            or own_status(lead) is not None or re.search(rf"\s{_LABEL}", lead, re.IGNORECASE):
        return body, None  # (a status after it: taken first, by `recommendation`)
    return rest[:m.start()].rstrip(), _lead_said(lead)


def split_update(body: str) -> tuple[str, str | None]:
    """(text, update): the bold text ending a recommendation is its update, and so is a
    "Status: ...", "Update: ..." or "Progress: ..." ending it (the label dropped)."""
    rest = body.rstrip()
    m = _STATUS.search(rest) or _STATUS_CELL.search(rest)
    update = (m.group("u") or m.group("b")) if m is not None else None
    if m is not None and update and has_words(update) and has_words(rest[:m.start()]) \
            and "**" not in update:
        return rest[:m.start()].rstrip(), update
    end, updates = len(rest), []
    for m in reversed(list(_BOLD_SPAN.finditer(rest))):
        gap = rest[m.end():end]
        if not _UPDATE_GAP.fullmatch(gap) or not has_words(m.group(1)):
            break
        updates.append((m.group(1) + gap).strip())
        end = m.start()
    text = rest[:end].rstrip()
    if not updates or not has_words(text):
        return body, None
    return text, " ".join(reversed(updates))


_NUMBERING = re.compile(
    r"^(?P<bold>\*\*)?\s*(?:R|Rec\.?|Recommendation)\s?\d{1,3}[a-z]?(?P<shut>\*\*)?"
    r"(?:\s*[.:)]|\s+[–—-])?(?P<after>\*\*)?\s+(?=[\W\d]*(?-i:[A-Z]))", re.IGNORECASE)


def unnumbered(body: str) -> str:
    """`body` without the numbering that opens it: "R1 ", "R1. ", "Rec 2: ", "Recommendation
    3 – ", "**Recommendation 1:** " (a review has no field for it: a recommendation's place
    is its number). It was left in the words ("R1 All agencies …"), or taken for a title
    ("Recommendation 1"), a trial. Only before words that start a sentence: "Recommendation 1
    was completed" is a sentence."""
    m = _NUMBERING.match(body.strip())
    if m is None:
        return body
    rest = body.strip()[m.end():]
    if m.group("bold") and not (m.group("shut") or m.group("after")) and "**" in rest:
        rest = "**" + rest  # "**R1: Working with fathers** – …": the title stays bold
    return rest if has_words(rest) else body


def recommendation(body: str) -> Json:
    """A recommendation's line as review data: its title, text, update and lead (in whichever
    order the last two end it), its numbering dropped (`unnumbered`)."""
    title, rest = split_title(unnumbered(body))
    text, lead = split_lead(rest)
    text, update = split_update(text)
    if lead is None:
        text, lead = split_lead(text)
    out: Json = {}
    if title is not None:
        out["title"] = title
    out["text"] = clean(text)
    if update is not None:
        out["update"] = clean(update)
    if lead is not None:
        out["lead"] = lead
    return out
