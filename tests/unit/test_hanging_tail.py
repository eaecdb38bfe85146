"""A step's mark (✎) after a long name is kept as the name is cut: at 80x24 the step list
showed "What I will do d…", its ✎ cut off with the name, while its title said what ✎ means (a
trial). Made up of the step list's own parts; no data."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from reflect.typed_mark import TYPED_MARK
from reflect.ui.widgets.step_list import step_line


def drawn(label: object, width: int) -> list[str]:
    console = Console(width=width, no_color=True, legacy_windows=False)
    with console.capture() as capture:
        console.print(label)
    return [line.rstrip() for line in capture.get().splitlines()]


def test_a_long_names_mark_is_kept_as_the_name_is_cut() -> None:
    line = step_line(True, Text("  What I will do differently"), "", TYPED_MARK)
    assert drawn(line, 20) == ["▶  What I will do… ✎"]
    assert str(line) == "▶  What I will do differently ✎"
    # Wide enough to wrap: the name whole, the mark after it.
    assert " ".join(drawn(line, 30)).split() == "▶ What I will do differently ✎".split()


def test_a_questions_mark_stays_before_its_words() -> None:
    line = step_line(False, Text("· Question 1: How was it shared?"), "", TYPED_MARK)
    assert drawn(line, 20) == [" · Question 1 ✎: Ho…"]
