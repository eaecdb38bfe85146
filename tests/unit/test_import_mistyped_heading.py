"""A heading one slip from one the importer knows ("Recomendations") is said so, with the part
its block belongs in: its recommendations were listed as not placed, and the note said only
that those lines "may hold" recommendations (a trial). All invented."""

from __future__ import annotations

from reflect.importer import import_briefing

BRIEFING = ("# Learning Briefing: Child ZR\n\nInvented Vale Safeguarding Children Partnership\n\n"
            "## Background\n\nChild ZR was an invented teenager who missed made-up appointments."
            "\n\n## {heading}\n\n1. Invented clinics ring when a made-up child is not brought.\n\n"
            "## Questions\n\n- How do you follow up a missed invented appointment?\n")


def test_a_mistyped_heading_is_said_with_the_part_it_looks_like() -> None:
    report = import_briefing(BRIEFING.format(heading="Recomendations"))
    assert [n for n, _ in report.unplaced][:1] == [9]
    assert ("line 9 (“Recomendations”) looks like the heading “Recommendations”, a letter "
            "apart, so its lines were not placed: move its block into recommendations (or "
            "correct the heading in the briefing and import it again)") in report.warnings


def test_a_heading_of_other_words_says_nothing_of_a_slip() -> None:
    for heading in ("Invented team picnic", "Recommendations", "Recollections"):
        report = import_briefing(BRIEFING.format(heading=heading))
        assert not [w for w in report.warnings if "looks like the heading" in w], heading
