"""What the personal-details check finds in a text, and a reflection holding a note: shared by
the tests of the words it must not take for names (test_sentence_start_words,
test_common_words)."""

from __future__ import annotations

from reflect.export.likely_names import likely_names
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.unlisted_names import spans
from reflect.store.sessions import new_session_id


def names_found(text: str) -> list[str]:
    """Every name the check finds in `text`: the unlisted names' rule and the detectors'."""
    return [text[a:b] for a, b in spans(text)] + [text[a:b] for a, b, _ in likely_names(text)]


def reflection_with_note(review: Review, note: str) -> Session:
    """An individual reflection (invented names) with `note` as its introduction's notes."""
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection", facilitator="Pat Sample")
    s.notes["intro"] = note
    return s
