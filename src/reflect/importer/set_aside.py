"""What the import preview does with an unplaced block, or a line filed as resources, besides
moving it into a section: its words taken as the review's type ("Rapid Review", "LCSPR"), or
the block left out (a page's header or footer). Both take the block's lines out of those not
placed (and a resource's out of the resources); lines left out are kept as a comment of their
own at the end of the file (`toml_out.to_toml`).

Pure: no files, no Textual; applied to the parser's report, never part of the parse.
"""

from __future__ import annotations

from collections.abc import Mapping

from reflect.importer.facts import REVIEW_TYPES
from reflect.importer.parse import Block, ImportReport, not_found

REVIEW_TYPE = "review_type"
LEAVE_OUT = "leave_out"
CHOICES = (REVIEW_TYPE, LEAVE_OUT)
"""What a block can be chosen for beyond the sections (`briefing.MOVABLE`)."""
TYPE_LENGTH = 80
"""The most characters a block's words may have to be taken as a type: a type is a few
words, and a paragraph chosen by mistake is said, not taken."""


def type_from(text: str) -> str | None:
    """The review type a block's words give: a type reflect knows, named in them, as it names
    it ("LCSPR" → "Local Child Safeguarding Practice Review (LCSPR)"); else the words
    themselves when they are a few (TYPE_LENGTH); None for more."""
    for pattern, name in REVIEW_TYPES:
        if pattern.search(text):
            return name
    words = " ".join(text.split()).strip(" .:;,-–—")
    return words if 0 < len(words) <= TYPE_LENGTH else None


def set_aside(report: ImportReport, chosen: Mapping[int, str]) -> list[tuple[int, str]]:
    """The lines `chosen` (line number → REVIEW_TYPE or LEAVE_OUT) taken out of the report's
    unplaced lines and blocks (a block with none left goes), and a line filed as resources
    taken out with its resources (`ImportReport.resource_blocks`); returns those left out, in
    order. (The type itself is the preview's: its Review type box.) The note naming the usual
    parts not found says what is true now: with every block left out, it still said "the lines
    not placed may hold them (move them there)" (a docs helper's trial)."""
    said = not_found(report)
    left_out = [(n, t) for n, t in report.unplaced if chosen.get(n) == LEAVE_OUT]
    report.unplaced = [(n, t) for n, t in report.unplaced if n not in chosen]
    blocks = []
    for block in report.blocks:
        lines = [(n, t) for n, t in block.lines if n not in chosen]
        if lines:
            blocks.append(block if len(lines) == len(block.lines) else Block(lines))
    report.blocks = blocks
    gone = [(block, made) for block, made in report.resource_blocks if block.start in chosen]
    if gone:
        left_out += [line for block, _ in gone if chosen[block.start] == LEAVE_OUT
                     for line in block.lines]
        dropped = {id(r) for _, made in gone for r in made}
        report.resource_blocks = [(block, made) for block, made in report.resource_blocks
                                  if block.start not in chosen]
        kept = [r for r in report.review.get("resources", []) if id(r) not in dropped]
        if kept:
            report.review["resources"] = kept  # (where it was among the review's fields)
        else:
            report.review.pop("resources", None)
        report.counts["resources"] = len(kept)
    now = not_found(report)
    if said in report.warnings and now is not None:
        report.warnings[report.warnings.index(said)] = now
    return sorted(left_out)
