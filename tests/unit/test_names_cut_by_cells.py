"""A name cut short (`cut_at_a_word`: a sender's in the room's queue, F2, and in the point box
and the questions about senders) is cut by the cells its letters take on screen, not by how
many there are: a name in wide letters (漢字, emoji) took twice the room it was given, and one
with accents typed as two code points (e + ◌́) was cut before it needed to be. Every name is
invented."""

from __future__ import annotations

import unicodedata

import pytest
from rich.cells import cell_len
from rich.console import Console

from reflect.room.contract import IncomingPoint
from reflect.ui.widgets.incoming import NAME_CELLS, Waiting
from reflect.wrapping import cut_at_a_word

WIDE = "山田 花子 保健師 北部 発明 チーム 子ども 家庭 支援 センター 担当 🙂🙂"
"""An invented sender's name and role in wide letters: 69 cells, 40 characters."""


@pytest.mark.parametrize("limit", [11, 20, 30, 40])
def test_wide_letters_are_cut_after_a_word_within_the_cells(limit: int) -> None:
    cut = cut_at_a_word(WIDE, limit)
    assert cut.endswith("…") and cell_len(cut) <= limit, cut
    assert WIDE.startswith(cut.removesuffix("…") + " "), cut  # after a word, whole
    assert cell_len(cut) > limit // 2, cut  # (not cut short of half)


def test_one_long_wide_word_is_cut_inside_it_never_inside_a_letter() -> None:
    word = "漢字" * 30
    for limit in (20, 21, 40):
        cut = cut_at_a_word(word, limit)
        assert cut.endswith("…") and cell_len(cut) <= limit, cut
        assert word.startswith(cut.removesuffix("…")) and cell_len(cut) >= limit - 2, cut


def test_a_name_that_fits_its_cells_is_whole() -> None:
    accents = unicodedata.normalize("NFD", "Renée Émilie Hélène Exampleé-Côté Noël")
    assert len(accents) > 40 >= cell_len(accents)  # (decomposed: more letters than cells)
    assert cut_at_a_word(accents, 40) == accents
    assert cut_at_a_word("漢字 " * 6, 29) == ("漢字 " * 6).strip()  # 29 cells


def drawn(waiting: Waiting, width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(waiting.label())
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_a_sender_in_wide_letters_is_cut_in_the_queue_to_its_cells() -> None:
    """Cut at 40 characters, the name took 58 cells, and the list's edge cut it inside a
    word (`センタ…` at 60 columns), not after one."""
    sent = IncomingPoint(id="pt1", step_key="q:zz-first", text="Invented point",
                         name=WIDE * 2, participant="invented")
    lines = drawn(Waiting(sent), 60)
    assert lines[0].startswith("Invented point"), lines
    name = lines[-1].split("— ", 1)[1]
    assert name.endswith("…") and cell_len(name) <= NAME_CELLS, lines
    assert WIDE.startswith(name.removesuffix("…") + " "), lines


def test_a_cut_that_ends_a_word_keeps_it():
    """"Audit the…" fits ten cells; the word before the cut was dropped whole all the same
    ("Audit…": a helper's trial of the progress note's title)."""
    assert cut_at_a_word("Audit the ward list", 10) == "Audit the…"
    assert cut_at_a_word("Audit the ward list", 9) == "Audit…"
    assert cut_at_a_word("Audit, the ward", 7) == "Audit…"
