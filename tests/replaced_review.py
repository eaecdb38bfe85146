"""A review replaced under a saved session, as `reflect import --replace` (or Replace in the
app) leaves it: Child ZZ (tests/conftest.py) written over by an invented briefing that asks its
first question in other words, keeps its second, drops its third and adds a fourth.

All text invented.
"""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.conftest import FICTIONAL_REVIEW

OLD_FIRST = "What would you do first?"
NEW_FIRST = "What would the Invented Nursery do on the first morning?"
NEW_FOURTH = "What will the Invented Team try next month?"

REWORDED_REVIEW = FICTIONAL_REVIEW[:FICTIONAL_REVIEW.index("[[questions]]")] + f'''\
[[questions]]
id = "zz-first"
text = "{NEW_FIRST}"

[[questions]]
id = "zz-second"
text = "Who would you tell?"

[[questions]]
id = "zz-fourth"
text = "{NEW_FOURTH}"
'''


def answered_session(folder: Path, sessions: Path, mode: str = "team",
                     step: str = "q:zz-first") -> tuple[Session, Path]:
    """A session on Child ZZ with every one of its three questions answered, saved."""
    review = load_library(folder).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id(review.id), title="Invented huddle",
                      team="Invented Team", mode=mode, current_step=step)
    for answer, words in zip(s.answers, ("Pat Example rings the nursery",
                                         "Sam Sample tells the invented GP",
                                         "Meet every Tuesday"), strict=True):
        answer.text = words
    return s, save_session(sessions, s)


def replace_review(folder: Path) -> None:
    """Child ZZ's file written over by the reworded briefing."""
    (folder / "child-zz.toml").write_text(REWORDED_REVIEW, encoding="utf-8")


def answered_then_replaced(folder: Path, sessions: Path, mode: str = "team",
                           step: str = "q:zz-first") -> tuple[Session, Path]:
    s, path = answered_session(folder, sessions, mode, step)
    replace_review(folder)
    return s, path
