"""The heading table: which briefing heading starts which section of a review.

To teach the importer a new heading, add one line to HEADINGS (or ACTION_PLAN_HEADINGS). Write
the heading as it reads; case, `#`, numbering ("1.", "Step 3 -"), `**bold**`, a trailing colon
or question mark, and "&" versus "and" are all ignored when matching, so one entry covers every
way of writing it. An entry ending in "…" ("Questions for …") covers the heading with up to
three more words in its place ("Questions for your team", "Questions for managers").

Sections: the importer's section names are the Review fields they fill, plus
`unknown` for a heading-looking line that is not in the table (its lines are not placed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INTRODUCTION = "introduction"
CONTEXT = "context"
LEARNING = "learning"
GOOD_PRACTICE = "good_practice"
DEVELOPMENT = "development"
RECOMMENDATIONS = "recommendations"
QUESTIONS = "questions"
WHAT_TO_DO_NOW = "what_to_do_now"
RESOURCES = "resources"
CONTACT = "contact"
UNKNOWN = "unknown"

# heading as written -> section.  An `introduction` heading that comes after the introduction
# already has text (e.g. "Background" after "Introduction") fills `context` instead.
HEADINGS: dict[str, str] = {
    # what happened, and the review itself
    "Introduction": INTRODUCTION,
    "Background": INTRODUCTION,
    "The Incident": INTRODUCTION,
    "What happened?": INTRODUCTION,
    "Case summary": INTRODUCTION,
    "Summary of the case": INTRODUCTION,
    "The case": INTRODUCTION,
    "About the case": INTRODUCTION,
    "About the child": INTRODUCTION,
    "The child": INTRODUCTION,
    "The child and family": INTRODUCTION,
    "What is it?": INTRODUCTION,
    "Executive summary": INTRODUCTION,
    "Summary": INTRODUCTION,
    "Overview": INTRODUCTION,
    "About this review": INTRODUCTION,
    "About this briefing": INTRODUCTION,
    "About the review": INTRODUCTION,
    "The review": INTRODUCTION,
    "Context": CONTEXT,
    "Why it matters": CONTEXT,
    "Why does it matter?": CONTEXT,
    "Why is this important?": CONTEXT,
    "Information": CONTEXT,
    "Research": CONTEXT,
    "What the research tells us": CONTEXT,
    "What does the research say?": CONTEXT,
    "Local context": CONTEXT,
    "National context": CONTEXT,
    # what went well
    "Areas of Good Practice": GOOD_PRACTICE,
    "Good practice": GOOD_PRACTICE,
    "What went well": GOOD_PRACTICE,
    "What worked well": GOOD_PRACTICE,
    "Strengths": GOOD_PRACTICE,
    "Strengths in practice": GOOD_PRACTICE,
    "What good practice did we find?": GOOD_PRACTICE,
    # what the review learned: its key learning
    "Key learning": LEARNING,
    "Key learning points": LEARNING,
    "Learning": LEARNING,
    "Learning points": LEARNING,
    "Learning for practice": LEARNING,
    "Learning from the review": LEARNING,
    "Summary of learning": LEARNING,
    "What we learned": LEARNING,
    "What we learnt": LEARNING,
    "What did we learn?": LEARNING,
    "Lessons learned": LEARNING,
    "Lessons learnt": LEARNING,
    "Lessons to learn": LEARNING,
    # A briefing's key messages are what it wants practice to learn, not failings (they were
    # filed under Areas for development, and a learning lead found them presented as such).
    "Key messages": LEARNING,
    "Key points": LEARNING,
    "Key themes": LEARNING,
    "Themes": LEARNING,
    # ... what it found, and what should be better
    "Areas for Development": DEVELOPMENT,
    "Areas for improvement": DEVELOPMENT,
    "What could be better": DEVELOPMENT,
    "What could have been done differently": DEVELOPMENT,
    "What needs to change": DEVELOPMENT,
    "What went wrong": DEVELOPMENT,
    "What could we do better": DEVELOPMENT,
    "What the review found": DEVELOPMENT,
    "Key findings": DEVELOPMENT,
    "The Findings": DEVELOPMENT,
    "Findings": DEVELOPMENT,
    "Conclusion": DEVELOPMENT,
    "Conclusions": DEVELOPMENT,
    "What else did we find?": DEVELOPMENT,
    "What did the review tell us?": DEVELOPMENT,
    # what should change
    "Recommendations": RECOMMENDATIONS,
    "Messages for practitioners": RECOMMENDATIONS,
    "Key messages for practitioners": RECOMMENDATIONS,
    "Practitioners should": RECOMMENDATIONS,
    "Practice points": RECOMMENDATIONS,
    # questions (a reflective heading: lines ending "?" under it are questions)
    "Questions for Reflection": QUESTIONS,
    "Reflective questions": QUESTIONS,
    "Reflective prompts": QUESTIONS,
    "Reflection": QUESTIONS,
    "Questions to consider": QUESTIONS,
    "Questions to ask yourself": QUESTIONS,
    "Questions for practitioners": QUESTIONS,
    "Questions for discussion": QUESTIONS,
    "Questions for supervision": QUESTIONS,
    # whoever they are for: "Questions for your team", "… for teams", "… for managers"
    "Questions for …": QUESTIONS,
    "Reflective questions for …": QUESTIONS,
    "Questions to think about": QUESTIONS,
    "Questions to reflect on": QUESTIONS,
    "Team questions": QUESTIONS,
    "Team discussion questions": QUESTIONS,
    "Supervision questions": QUESTIONS,
    "Questions": QUESTIONS,
    "Key questions": QUESTIONS,
    "Discussion questions": QUESTIONS,
    "Things to consider": QUESTIONS,
    "Ask yourself": QUESTIONS,
    "Points to consider": QUESTIONS,
    "Things to think about": QUESTIONS,
    "Think about": QUESTIONS,
    "Points for reflection": QUESTIONS,
    "Points for discussion": QUESTIONS,
    "Reflection points": QUESTIONS,
    "Reflective points": QUESTIONS,
    "For reflection": QUESTIONS,
    "Time to reflect": QUESTIONS,
    "What can we learn?": QUESTIONS,
    # what to do
    "What to do now": WHAT_TO_DO_NOW,
    "What should you do?": WHAT_TO_DO_NOW,
    "What can you do?": WHAT_TO_DO_NOW,
    "What you can do": WHAT_TO_DO_NOW,
    "What does this mean for practice?": WHAT_TO_DO_NOW,
    "What does this mean for me?": WHAT_TO_DO_NOW,
    "Implications for practice": WHAT_TO_DO_NOW,
    "Actions for practitioners": WHAT_TO_DO_NOW,
    "Next steps": WHAT_TO_DO_NOW,
    # where to read more
    "Resources & Further Information": RESOURCES,
    "Resources": RESOURCES,
    "Further information": RESOURCES,
    "Further reading": RESOURCES,
    "Find out more": RESOURCES,
    "Useful resources": RESOURCES,
    "Useful links": RESOURCES,
    "Links": RESOURCES,
    "References": RESOURCES,
    "Get in touch": CONTACT,
    "Contact": CONTACT,
    "Contact us": CONTACT,
    "Contact details": CONTACT,
}

# A label running into its text, "Learning includes: ...": these endings are dropped before
# the label is looked up in HEADINGS.
LABEL_ENDINGS: tuple[str, ...] = ("includes", "include", "included")

# Action plan summaries (published for the National Panel).
AP_CASE_SUMMARY = "case_summary"
AP_REVIEW_PROCESS = "review_process"
AP_ITEMS = "items"
AP_NEXT_STEPS = "next_steps"

ACTION_PLAN_HEADINGS: dict[str, str] = {
    "Case summary": AP_CASE_SUMMARY,
    "Summary of the case": AP_CASE_SUMMARY,
    "Review Process": AP_REVIEW_PROCESS,
    "Key Recommendations and Completed Actions": AP_ITEMS,
    "Recommendations and Actions": AP_ITEMS,
    "Key Recommendations": AP_ITEMS,
    "Recommendations": AP_ITEMS,
    "Action Plan and Next Steps": AP_NEXT_STEPS,
    "Next Steps": AP_NEXT_STEPS,
}


# ---------------------------------------------------------------- matching


def normalise(heading: str) -> str:
    """The key a heading is matched by: lower case, "&" as "and", punctuation as spaces."""
    s = heading.casefold().replace("&", " and ")
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


_ANY = "…"
"""A table entry ending in it ("Questions for …") covers the heading with up to `_ANY_WORDS`
words in its place."""
_ANY_WORDS = 3
_TABLE = {normalise(k): v for k, v in HEADINGS.items() if not k.endswith(_ANY)}
_AP_TABLE = {normalise(k): v for k, v in ACTION_PLAN_HEADINGS.items()}
_OPEN: dict[str, str] = {normalise(k): v for k, v in HEADINGS.items() if k.endswith(_ANY)}
"""HEADINGS' entries ending in "…", by their words before it."""

_MD_HASHES = re.compile(r"^(?:#{1,6}(?:\s+|$)|#{2,6}(?=\S))")
_NUMBERING = re.compile(
    r"^(?:(?:step|part|section|stage)\s*\d{1,3}\s*[-–—:.)]?\s*|\d{1,3}\s*(?:[.)]|[-–—]\s)\s*)",
    re.IGNORECASE,
)
_TRAILING = " \t:?.*#"
_NOTE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
MAX_HEADING = 100
_RUN_IN = re.compile(rf"^(.{{1,{MAX_HEADING}}}?)(?::\*\*|\*\*:|:)\s*(.*)$")


@dataclass(frozen=True)
class Heading:
    """A recognised heading: its section, its parenthetical remark (if any) and, for a label
    running into its text ("Learning includes: ..."), that text."""

    section: str
    note: str | None = None
    run_in: str | None = None


def without_hashes(line: str) -> str:
    """`line` without a Markdown heading's marks: `# Team picnic`, `## Team picnic ##`."""
    s = line.strip()
    return re.sub(r"\s+#+$", "", s[m.end():]).strip() if (m := _MD_HASHES.match(s)) else s


def _core(text: str) -> tuple[str, bool, str | None]:
    """Strip heading decoration; returns (core text, looked decorated, parenthetical note)."""
    s = text.strip()
    decorated = False
    for _ in range(4):
        before = s
        m = _MD_HASHES.match(s)
        if m:
            s, decorated = s[m.end():].strip(), True
        if s.startswith(("**", "__")):
            s, decorated = s[2:].strip(), True
        m = _NUMBERING.match(s)
        if m and m.end() < len(s):
            s, decorated = s[m.end():].strip(), True
        if s == before:
            break
    s = s.strip().rstrip(_TRAILING).strip()
    if s.endswith("__"):
        s = s[:-2].rstrip(_TRAILING).strip()
    note = None
    m = _NOTE.match(s)
    if m and m.group(1):
        s, note = m.group(1).rstrip(_TRAILING).strip(), m.group(2).strip() or None
    s = s.lstrip("*_").strip()
    return s, decorated, note


def _lookup(core: str, table: dict[str, str], sentence: bool = False) -> str | None:
    """The section of the heading `core` in `table`; `sentence`: the line ends in a full stop,
    so words in place of an entry's "…" are a sentence's ("Questions for them went
    unanswered."), not a heading's."""
    key = normalise(core)
    if key in table:
        return table[key]
    words = key.split()
    for n in range(1, _ANY_WORDS + 1):  # "Questions for your team": "Questions for …"
        section = None if sentence or table is not _TABLE or len(words) <= n else _OPEN.get(
            " ".join(words[:-n]))
        if section is not None:
            return section
    for ending in LABEL_ENDINGS:
        if key.endswith(" " + ending) and key[: -len(ending) - 1] in table:
            return table[key[: -len(ending) - 1]]
    sections = {_lookup(part, table) for part in core.split("/")} if "/" in core else set()
    return sections.pop() if len(sections) == 1 else None  # "Background / What happened"


def match_heading(line: str, table: dict[str, str] | None = None) -> Heading | None:
    """The heading `line` is, if it is one in the table (HEADINGS by default).

    A bulleted line is never a heading. A label followed by a colon and more text
    ("Learning includes: ...", "**Key learning:** ...") is a heading with `run_in` text."""
    table = _TABLE if table is None else table
    s = line.strip()
    if not s or len(s) > 4000 or re.match(r"^[-*•·‣▪◦●–](?:\s|$)", s):
        return None
    if len(s) <= MAX_HEADING:
        core, _, note = _core(s)
        if core:
            section = _lookup(core, table, s.rstrip(" *_").endswith("."))
            if section:
                return Heading(section, note)
    # a label running into its text
    m = _RUN_IN.match(s)
    if m and m.group(2).strip(" *"):
        core, _, note = _core(m.group(1))
        section = _lookup(core, table) if core else None
        if section:
            run_in = m.group(2).strip()
            if run_in.startswith("**") and "**" not in run_in[2:]:
                run_in = run_in[2:].strip()
            return Heading(section, note, run_in)
    return None


def match_action_plan_heading(line: str) -> Heading | None:
    h = match_heading(line, _AP_TABLE)
    return h if h and h.run_in is None else None


_NUMBERED = re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?\s*(\d{1,2})\s*[.)]\s+(\S.*)$")


def heading_number(line: str) -> int | None:
    """The number a numbered line starts with ("5. Further reading" -> 5), if any."""
    m = _NUMBERED.match(line.strip())
    return int(m.group(1)) if m else None


def numbered_heading_shaped(line: str) -> bool:
    """A numbered line that reads like a heading, not an item: a short phrase starting with a
    capital and ending without punctuation ("5. Working with fathers")."""
    m = _NUMBERED.match(line.strip())
    if not m:
        return False
    inner = m.group(2).strip(" *")
    words = inner.split()
    return 1 <= len(words) <= 8 and inner[:1].isupper() and not re.search(r"[.,;:!?]$", inner)


_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
                "or", "the", "to", "with"}


def title_shaped(line: str) -> bool:
    """A short line in Title Case with no closing punctuation ("The Voice Of The Child"), as
    headings look in text copied from a web page. Only a line standing alone (blank lines
    around it) is taken for a heading on this alone: see the parser."""
    s = line.strip()
    words = s.split()
    if not 1 <= len(words) <= 8 or s[-1] in ".,;!?" or s.startswith(("-", "*", "•", "·")):
        return False
    long_words = [w for w in words if w.casefold() not in _SMALL_WORDS and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


# A line ending in one of these words leaves its sentence open: it is not a heading.
_OPEN_ENDINGS = _SMALL_WORDS | {"but", "is", "are", "was", "were", "be", "been", "that",
                                "which", "who", "his", "her", "their", "its", "our", "your",
                                "my", "not", "than", "so", "if", "when", "because"}


def sentence_shaped(line: str) -> bool:
    """A short line that can be a heading in sentence case ("Working with fathers"): one to
    eight words, at most 60 characters, starting with a capital letter (not a quotation, a
    number or a bullet), with no closing punctuation and not ending on a word that leaves a
    sentence open ("and", "the", "with"). Whether it is one depends on the lines around it:
    see `stand_alone_headings`."""
    s = line.strip()
    words = s.split()
    if not 1 <= len(words) <= 8 or len(s) > 60 or not s[0].isalpha() or not s[0].isupper():
        return False
    if re.search(r"[.,;:!?\"'“”‘’…\-–—/]$", s) or re.search(r"[.!?;]\s", s):
        return False
    return words[-1].casefold() not in _OPEN_ENDINGS


def looks_like_heading(line: str) -> bool:
    """A heading the table does not know: a markdown `#` heading, a numbered "Step 3 - ..."
    heading, a short line entirely in bold, or a short line in capitals ("4. WHAT COULD BE
    BETTER") - so that what follows it is listed as unplaced, not filed under the last
    heading the table knew."""
    s = line.strip()
    if _MD_HASHES.match(s) and re.search(r"\w", s):
        return True
    caps = re.sub(r"^\d{1,3}[.)]\s*", "", s).rstrip(":")
    letters = [c for c in caps if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(caps.split()) <= 10 \
            and not caps.endswith(".") and not caps.startswith(("-", "*", "•", "·")):
        return True
    m = re.match(r"^(?:step|part|section|stage)\s*\d{1,3}\s*[-–—:.)]\s*(\S.*)$", s,
                 re.IGNORECASE) or re.fullmatch(r"\*\*([^*]+)\*\*:?", s)
    if m:
        inner = m.group(1).strip(" *")
        return bool(re.search(r"\w", inner)) and len(inner.split()) <= 10 \
            and not inner.endswith(".")
    return False
