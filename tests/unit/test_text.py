"""Text shown literally: terminal control characters and whole escape sequences removed."""

from __future__ import annotations

import pytest

from reflect import text
from reflect.text import printable, without_controls


@pytest.mark.parametrize("typed, shown", [
    # Removing only ESC left the rest: `[31mred[0m`, and `abc[D[DX` where arrow keys were
    # pressed in `reflect walk` (a trial).
    ("Invented note \x1b[31mred\x1b[0m end", "Invented note red end"),
    ("abc\x1b[D\x1b[DX", "abcX"),
    ("\x1b]0;Invented title\x07after", "after"),
    ("\x1b]8;;http://example.invalid\x1b\\link\x1b]8;;\x1b\\ done", "link done"),
    ("one\x9b2Jtwo", "onetwo"),  # the one-byte CSI
    ("lone ESC at the end \x1b", "lone ESC at the end "),
    # An unfinished title keeps what follows it (a property test: it took the rest), and its
    # ESC, starting no sequence, goes alone.
    ("before \x1b]0;never ended, and the rest of the answer", "before ]0;never ended, and "
     "the rest of the answer"),
    # An ESC before a space or a letter took them and the letter after (a trial).
    ("\x1b Child X", " Child X"),
    ("\x1bChild X", "Child X"),
    ("\x1b!Child \x1b1st \x1bPat", "!Child 1st Pat"),
    ("\x1b(B\x1b[mplain\x1b7 saved\x1b8\x1b=", "plain saved"),  # what `tput` sends
    ("\x1bPq#0;2;0;0;0\x1b\\after \x90x\x9c", "after "),  # control strings, with their end
    ("[bold]kept[/bold] <b>as typed</b> \\e[31m", "[bold]kept[/bold] <b>as typed</b> \\e[31m"),
    ("tab\there, a bell\x07, a right-to-left override \u202eevil", "tab\there, a bell, a "
     "right-to-left override evil"),
])
def test_escape_sequences_and_control_characters_are_removed_and_the_rest_kept(typed, shown):
    assert printable(typed) == shown
    assert without_controls(typed) == shown


def test_line_ends():
    assert printable("one\r\ntwo\rthree") == "one\ntwo\nthree"
    assert without_controls("one\r\ntwo") == "one\ntwo"


def test_one_line_leaves_text_already_on_one_line_as_it_is_and_folds_the_rest():
    """`one_line` says text already on one line as it is, without taking it apart (a report
    folds some hundred thousand): exactly what folding it would give. Each character it takes
    to be safe on a line of its own is one `printable` keeps and no space; every other
    character is folded."""
    from reflect import text

    def folded(words: str) -> str:
        return " ".join(printable(words).split())

    for code in range(0x110000):
        c = chr(code)
        kept = text._ONE_LINE.fullmatch(c) is not None
        assert kept == (printable(c) == c and not c.isspace()), hex(code)
    for typed in ("Invented plan", "Invented  plan", " Invented", "Invented ", "a\u00a0b",
                  "a\u2028b", "x\x1b[31my", "é … → “quoted”", "a\r\nb", "", " ", "a \tb"):
        assert text.one_line(typed) == folded(typed), repr(typed)


@pytest.mark.parametrize(("typed", "limit"), [
    ("漢字のテスト" * 8, 20),  # wide letters, two cells each
    ("Pat Example 👋🏽 said the invented plan was late " * 2, 24),  # an emoji among words
    ("Café Crème é" * 6, 15),  # accents, one cell each
])
def test_one_line_cuts_to_terminal_cells_not_characters(typed: str, limit: int) -> None:
    """Shortened for a width (the step list's question, the themed list's source, a
    dialog's quote), wide letters take two cells each: counted in characters, a line of 漢
    took twice the width it was cut for."""
    from rich.cells import cell_len

    cut = text.one_line(typed, limit)
    assert cut.endswith("…") and limit - 2 <= cell_len(cut) <= limit
    assert typed.startswith(cut[:-1].rstrip())


def test_one_line_keeps_wide_text_that_fits_whole() -> None:
    assert text.one_line("漢字テスト", 10) == "漢字テスト"  # ten cells
    assert text.one_line("漢字テスト!", 10) == "漢字テス…"  # (nine: the next takes two)
    assert text.one_line("plain words here", 8) == "plain w…"  # (as before)
