"""A waiting point cut short in the room's queue (F2) is cut by the cells its letters take, not
by how many there are: a point in wide letters (漢字) or with emoji had its "…" past the
list's edge, or a letter cut in half. Every point is invented."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from reflect.ui.widgets.incoming import PointLabel


def shown(label: PointLabel, width: int) -> list[str]:
    """Each line `label` gives at `width`, as text."""
    console = Console(width=width, legacy_windows=False, color_system=None)
    return [line.plain for line in label.__rich_console__(console, console.options)
            if isinstance(line, Text)]


@pytest.mark.parametrize("words", [
    "漢字の点 " * 12,  # wide letters, two cells each, with spaces
    "漢字" * 40,  # one long word
    "Invented point 🙂🙂 about 🙂 the 🙂🙂🙂 school nurse 🙂 " * 4,
])
@pytest.mark.parametrize("width", [20, 21, 33])
def test_a_point_in_wide_letters_is_cut_within_the_width(words: str, width: int) -> None:
    lines = shown(PointLabel(Text(words), Text("— Pat Example", style="italic"), lines=2),
                  width)
    assert all(cell_len(line) <= width for line in lines), lines
    cut = [line for line in lines if line.endswith("…")]
    assert len(cut) == 1, lines
    assert "\ufffd" not in cut[0] and cut[0].rstrip("…")  # no half letter; words kept
    assert lines[-1].endswith("— Pat Example"), lines
