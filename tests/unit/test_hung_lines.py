"""The import preview's lines as drawn (`hanging.HungLines`): an indented line, a
recommendation "  2. …" or an unplaced line, wraps under its text after its number, never
back at the left edge (a trial at 80x24: each recommendation's "(no status given)" started
under "Recommendations:"). Invented text."""

from __future__ import annotations

from rich.console import Console

from reflect.ui.widgets.hanging import HungLines

PREVIEW = ("Found: introduction: 1 paragraph; recommendations: 2 and more words to wrap\n"
           "Recommendations:\n"
           "  1. The invented partnership agrees one way to record visits (no status given)\n"
           "  12. Team Blue meets weekly (status: Completed)\n"
           "  line 14: ## Working with invented fathers at the invented family centre")


def drawn(renderable: object, width: int) -> list[str]:
    console = Console(width=width, no_color=True, legacy_windows=False)
    with console.capture() as capture:
        console.print(renderable)
    return [line.rstrip() for line in capture.get().splitlines()]


def test_an_indented_line_wraps_under_its_text_after_its_number() -> None:
    assert drawn(HungLines(PREVIEW), 40) == [
        "Found: introduction: 1 paragraph;",
        "recommendations: 2 and more words to",
        "wrap",
        "Recommendations:",
        "  1. The invented partnership agrees one",
        "     way to record visits (no status",
        "     given)",
        "  12. Team Blue meets weekly (status:",
        "      Completed)",
        "  line 14: ## Working with invented",
        "  fathers at the invented family centre",
    ]


def test_its_text_is_the_lines_given_shown_literally() -> None:
    lines = HungLines("  1. Invented [bold]x[/bold]\x1b]52;c;AAAA\x07 words")
    assert lines.plain == "  1. Invented [bold]x[/bold] words"
    assert drawn(lines, 80) == ["  1. Invented [bold]x[/bold] words"]
