"""Key learning set out a point a heading: "Learning point 1", "Key learning point 2: Hearing
the child", "## Learning 3 – Fathers", "**Learning theme 4:** …". Each such heading opens one
point of key learning, the lines under it (to the next heading) its text, and the words after
its number, where they are a title, the point's title (`Filing.numbered`). Until 7 December
2026 they were headings the table did not know, and every block was listed as not placed, to
be moved by hand (a trial: four Moves for four points).

Pure: no files, no Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reflect.importer import headings as H
from reflect.importer import parse as P

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:key\s+)?(?:learning|lesson)(?:\s+(?:point|theme|area))?"
    rf"\s*(?:no\.?\s*)?(?P<n>\d{{1,2}}|{'|'.join(_WORDS)})(?![\w,]|\.\d)"
    r"\s*(?:\*\*|__)?\s*(?:(?P<sep>[:.–—-])\s*(?:\*\*|__)?\s*(?P<rest>.*?))?\s*(?:\*\*|__)?"
    r"\s*#*\s*$",
    re.IGNORECASE)
TITLE_WORDS = 12
"""Words after the number that are more, or a sentence, are the point's first text."""


@dataclass(frozen=True)
class LearningHeading:
    """A numbered learning heading: its number, and the title or the text it runs into."""

    number: int
    title: str | None = None
    run_in: str | None = None


def learning_heading(line: str) -> LearningHeading | None:
    """The numbered learning heading `line` is, if it is one: "Learning point 1", "Key
    learning point 2: Hearing the child", "LEARNING 3 - FATHERS", "**Learning 4:** Text
    that runs on." (its words after the colon the point's text, being a sentence). A line
    going on after the number without a colon or dash ("Learning 12 months on…") is none."""
    s = line.strip()
    if len(s) > 1000 or not (m := _HEADING.match(s)):
        return None
    word = m["n"].casefold()
    number = _WORDS.index(word) + 1 if word in _WORDS else int(word)
    rest = (m["rest"] or "").strip(" *_#")
    if not rest:
        return LearningHeading(number)
    if len(rest.split()) > TITLE_WORDS or rest.endswith(".") or rest[:1].islower():
        return LearningHeading(number, run_in=rest)
    return LearningHeading(number, title=rest)


class OpenPoint:
    """The point of key learning a numbered heading opened, while the lines under it come:
    each a paragraph of its text (an item "• " before it, items a line each), the first, with
    a bold lead-in, giving an untitled point its title (`parse.point`)."""

    def __init__(self, title: str | None) -> None:
        self.point: dict[str, Any] = {"title": P.clean(title)} if title else {}
        self.parts: list[tuple[bool, str]] = []
        """The text's lines so far: (bulleted, words)."""

    def titled(self, line: str) -> bool:
        """A heading the table does not know just under an untitled numbered heading
        ("Learning point 1", then "Hearing the child" in bold) is the point's title."""
        if "title" in self.point or self.parts:
            return False
        self.point["title"] = P.clean(H.without_hashes(line).strip("*_ "))
        return True

    def add(self, body: str, bullet: bool) -> list[dict[str, Any]]:
        """`body`, a line under the heading, added to the point's text; [the point] when it
        is the first (the point is then filed), else []."""
        if not self.parts:
            self.point.update(P.point(body) if "title" not in self.point
                              else {"text": P.clean(body)})
            self.parts.append((bullet, self.point["text"]))
            return [self.point]
        self.parts.append((bullet, P.clean(body)))
        text = ""
        for i, (listed, words) in enumerate(self.parts):
            joint = "" if i == 0 else "\n" if listed and self.parts[i - 1][0] else "\n\n"
            text += joint + ("• " if listed and len(self.parts) > 1 else "") + words
        self.point["text"] = text
        return []

    def end(self) -> list[dict[str, Any]]:
        """At the next heading or the briefing's end: a title with nothing under it is a
        point of its words, none lost ([] when the point is filed already, or untitled)."""
        return [{"text": self.point["title"]}] if not self.parts and "title" in self.point \
            else []
