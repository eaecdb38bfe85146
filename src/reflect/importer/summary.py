"""The review's summary, its line in the library: the briefing's first sentence that says
something about the case. A briefing that opens "This briefing summarises the learning from a
review …" gave the library that sentence, much the same for every review a partnership
publishes (a trial), so a sentence about the briefing itself ("This learning brief is for …",
"The purpose of this briefing is …", "Please note …") is passed over for the next: the
introduction's sentences in order, then the context's, and only where none is left the
introduction's first sentence, as before. A block the user moved into the introduction is
where the summary comes from only where the briefing has no introduction of its own (the
notes say so, `introduction.moved_in`): a byline moved there is not the case. Pure: no files,
no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from reflect.importer.found import first_sentence
from reflect.importer.lines import heading_like

_PAPER = (r"(?:briefing|brief|document|summary|paper|leaflet|guide|handout|report|bulletin"
          r"|newsletter|publication|resource|presentation|slides?)s?")
"""What a briefing calls itself ("this 7-minute briefing", "this learning brief")."""
_WORD = r"(?:(?!(?:is|was|were|are|has|had|been|a|an|the|of)\s)[\w'’-]+\s+)"
"""A word before what the briefing calls itself ("this 7-minute learning brief"), never a
verb or an article: "This was a brief visit" is about the case."""
_ABOUT_ITSELF = re.compile(
    r"^(?:(?:the\s+)?(?:purpose|aims?|objectives?|focus|intention)\s+of\s+(?:this|these)\b"
    rf"|(?:in\s+|within\s+|welcome\s+to\s+)?(?:this|these)\s+{_WORD}{{0,3}}?{_PAPER}\b"
    rf"|this\s+is\s+(?:an?|the|our)\s+{_WORD}{{0,4}}?{_PAPER}\b"
    r"|the\s+purpose\s+of\b.*\breviews?\b"
    r"|please\s+note\b|welcome\b)", re.IGNORECASE)
"""A sentence about the briefing itself, not the case."""
_IT = re.compile(r"^(?:it|they|these)\s", re.IGNORECASE)
"""A sentence going on about the one before ("It sets out …"): about the briefing too, after
a sentence about it."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def about_itself(sentence: str) -> bool:
    """Whether `sentence` speaks of the briefing rather than the case: "This briefing
    summarises …", "This learning brief is for …", "The purpose of this briefing is …"."""
    return _ABOUT_ITSELF.match(sentence.strip().lstrip("*_ ")) is not None


def _sentences(paragraphs: Iterable[object]) -> Iterator[str]:
    """The sentences of each paragraph (a point's text, where it is one) that is no heading,
    but those about the briefing; one going on about such a one ("It sets out …") too."""
    for paragraph in paragraphs:
        text = str(paragraph.get("text", "") if isinstance(paragraph, dict) else paragraph)
        if not text.strip() or heading_like(text):
            continue
        skipped = False
        for sentence in _SENTENCE_END.split(text.strip()):
            skipped = about_itself(sentence) or (skipped and _IT.match(sentence) is not None)
            if not skipped:
                yield sentence


def summary_of(own: list[str], moved: list[str], context: Iterable[object]
               ) -> tuple[str, int | None]:
    """The summary (`found.first_sentence`: cut short where long, with the length it was cut
    from): the first sentence about the case in the introduction (`own`, the briefing's own
    paragraphs; only where none is more than a heading, `moved`, those the user moved into
    it), else in `context`, else the introduction's first sentence, as before."""
    intro = [p for p in own if not heading_like(p)] or moved
    found = next(_sentences(intro), None) or next(_sentences(context), None)
    if found is None:
        found = next((p for p in intro if not heading_like(p)), (own + moved + [""])[0])
    return first_sentence(found)
