"""The import preview's blocks taken as the review's type or left out (importer/set_aside.py),
and the lines left out kept as a comment of their own (toml_out.to_toml)."""

from __future__ import annotations

import tomllib

from reflect.importer import import_briefing, to_toml
from reflect.importer.set_aside import LEAVE_OUT, REVIEW_TYPE, set_aside, type_from

BRIEFING = """Child ZW: Learning Briefing

Multi-agency learning review of invented practice

Background

Child ZW was an invented baby who lived with Sam Sample in Invented Town.

Page footer

Invented Town Council, printed 2026, page 2 of 2.

Good practice

The health visitor noticed Child ZW was not gaining weight and told the GP.

Questions for reflection

- How do you hear the voice of a baby?
"""


def test_a_type_is_taken_from_a_blocks_words_as_reflect_names_it():
    assert type_from("LCSPR") == "Local Child Safeguarding Practice Review (LCSPR)"
    assert type_from("A rapid review") == "Rapid Review"
    assert type_from("  Multi-agency learning review: ") == "Multi-agency learning review"
    assert type_from("word " * 30) is None  # a paragraph, chosen by mistake
    assert type_from(" - ") is None


def test_lines_set_aside_leave_the_unplaced_and_those_left_out_are_kept_as_a_comment():
    report = import_briefing(BRIEFING)
    assert [n for n, _ in report.unplaced] == [3, 9, 11]
    assert [b.start for b in report.blocks] == [3, 9]
    left_out = set_aside(report, {3: REVIEW_TYPE, 9: LEAVE_OUT, 11: LEAVE_OUT})
    assert left_out == [(9, "Page footer"), (11, "Invented Town Council, printed 2026, page 2 "
                                                 "of 2.")]
    assert report.unplaced == [] and report.blocks == []
    text = to_toml(report, left_out)
    assert text.endswith("# The importer placed every line of the briefing but those left out "
                         "below.\n\n# ---- Left out in the import preview (line number: text)\n"
                         "# 9: Page footer\n"
                         "# 11: Invented Town Council, printed 2026, page 2 of 2.\n")
    tomllib.loads(text)


def test_left_out_beside_lines_still_not_placed():
    report = import_briefing(BRIEFING)
    left_out = set_aside(report, {9: LEAVE_OUT, 11: LEAVE_OUT})
    assert [b.start for b in report.blocks] == [3]
    text = to_toml(report, left_out)
    assert ("# 3: Multi-agency learning review of invented practice\n\n# ---- Left out in "
            "the import preview") in text
    assert to_toml(report) == text[:text.index("\n# ---- Left out")]
