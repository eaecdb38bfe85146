"""What an import read, said first: `reflect import FILE --check` printed the target, counts,
notes and unplaced lines, never the title, partnership and review type it read (the app's
preview shows them), nor the recommendations, so a learning lead opened the TOML to check them
(a fresh-eyes trial); and the summary, cut after any word ("… was missing from…"), read as a
sentence cut anywhere, with nothing said. All invented: "Child Y", "Moorvale"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.importer import import_briefing
from reflect.importer.found import SUMMARY_LENGTH, first_sentence, read_said

LONG = ("Child Y was an invented two-year-old whose childminder noticed that he was often "
        "hungry, but the record of his weight was missing from the papers shared at the "
        "strategy meeting in Moorvale.")
BRIEFING = f"""# Child Y: learning briefing
Moorvale Safeguarding Children Partnership · Rapid Review · March 2027

## Introduction
{LONG} The review asked why.

## Key learning
- Professionals need to see the child's home, not only the child.

## Recommendations
- Recommendation 1: All agencies record who lives in the household at every contact. \
Status: In progress, with a new template tested across the three Moorvale localities.
- Recommendation 2: The partnership reviews its escalation policy. Status: Completed
- R3 Health visitors invite fathers to the two-year check.

## Questions for reflection
- Who lives in the homes you visit?
"""


def test_check_says_the_title_partnership_type_and_summary_first(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "child-y.md"
    source.write_text(BRIEFING, encoding="utf-8")
    assert main(["import", str(source), "--check", "--content-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == [
        "Title: Child Y", "Partnership: Moorvale Safeguarding Children Partnership",
        "Review type: Rapid Review",
        "Summary: Child Y was an invented two-year-old whose childminder noticed that he was "
        "often hungry… (cut short: see the note below)"]
    assert out[4].startswith(f"{source} would be written to ")


def test_check_lists_the_recommendations_with_their_status_in_short(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "child-y.md"
    source.write_text(BRIEFING, encoding="utf-8")
    assert main(["import", str(source), "--check", "--content-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    at = out.index("  recommendations: 3")
    assert out[at + 1:at + 4] == [
        "    1. All agencies record who lives in the household at every… (status: In "
        "progress, with a new…)",
        "    2. The partnership reviews its escalation policy. (status: Completed)",
        "    3. Health visitors invite fathers to the two-year check. (no status given)"]
    assert out[at + 4] == "  questions: 1"


def test_a_summary_is_cut_after_a_clause_and_said_cut() -> None:
    summary, length = first_sentence(LONG)
    assert summary == ("Child Y was an invented two-year-old whose childminder noticed that he "
                       "was often hungry…")
    assert length == len(LONG) and len(summary) <= SUMMARY_LENGTH
    report = import_briefing(BRIEFING)
    assert report.review["summary"] == summary and report.summary_cut == len(LONG)
    assert "the summary, the review's line in the library, is the briefing's first sentence " \
        f"about the case cut short (it runs to {len(LONG)} characters, over " \
        f"{SUMMARY_LENGTH}): write a shorter one as `summary` in the file" in report.warnings


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Child Y lived in Moorvale. The review asked why.", "Child Y lived in Moorvale."),
    ("Child Y lived with his invented aunt and her three invented children in a small flat "
     "above an invented shop in Moorvale town centre.",
     "Child Y lived with his invented aunt and her three invented children in a small flat "
     "above…"),  # (not on "an")
])
def test_a_sentence_that_fits_is_whole_and_one_without_a_clause_is_cut_at_a_word(
        sentence: str, expected: str) -> None:
    assert first_sentence(sentence)[0] == expected


def test_a_summary_that_fits_says_nothing_of_cutting() -> None:
    report = import_briefing(BRIEFING.replace(LONG, "Child Y lived in Moorvale."))
    assert report.summary_cut is None
    assert read_said(report)[-1] == "Summary: Child Y lived in Moorvale."
    assert not [w for w in report.warnings if w.startswith("the summary")]
