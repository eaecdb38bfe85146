"""A name is never broken mid-word in a table where its column could hold the word: at 80x24
last time's actions showed an owner as `Kim` / `Newstar` / `t` beside a What column 20 wide
(a team manager's trial). Each column of words is kept as wide as its longest word, a
hyphenated one measured by its parts (`Madeup-` / `Sample` breaks no word); where those do
not all fit, the longest words give way first, not every column at once."""

from __future__ import annotations

from reflect.ui.widgets.cell_fit import Cell, longest_word, share_out, wrap_words
from reflect.ui.widgets.tables import WRAPPED, RowTable, action_columns, status_cell, wrapped

ROWS: list[list[Cell]] = [
    [status_cell("open"), "Share the safeguarding briefing", "Kim Newstart", "? 31/02/2026",
     ("Team Green November", "18 Nov", "18/11")],
    [status_cell("in progress"), "Ring the school", "Robin Madeup-Sample",
     ("10 Jan 2031", "10 Jan 31", "10/1/31"), ("Team Green November", "18 Nov", "18/11")]]


def broken_mid_word(lines: list[str], words: str) -> bool:
    """Whether `lines` end one inside a word of `words` (not at a space or after a hyphen)."""
    return any(not line.endswith("-") and f"{line}{after[0]}" in words.replace(" ", "\n")
               for line, after in zip(lines, lines[1:], strict=False) if after)


def test_a_hyphenated_word_is_as_wide_as_its_longest_part() -> None:
    assert longest_word(["Robin Madeup-Sample"]) == len("Madeup-")
    assert longest_word(["Kim Newstart", "Pat Example"]) == len("Newstart")
    assert wrap_words("Robin Madeup-Sample", 7) == ["Robin", "Madeup-", "Sample"]


def test_where_the_longest_words_do_not_all_fit_the_longest_give_way_first() -> None:
    """What's 12 (`safeguarding`), Owner's 8, Due's 10, From's date 5: 35 in 33 columns.
    All made 4 wide, the owner's name was broken though 8 would have held it."""
    wants = [(5, 0, 31), (2, 12, 12), (2, 11, 12), (1, 0, 19)]
    widths = share_out(33, wants, [12, 8, 10, 5])
    assert sum(widths) <= 33 and widths[1] >= 8 and widths[3] >= 5, widths


def test_the_owner_keeps_their_name_whole_at_80x24_beside_the_step_list() -> None:
    """Last time's actions as filled at 80x24 (51 columns) and 60x20 (56)."""
    table = RowTable(narrow_below=80, wraps=WRAPPED)
    for width in (51, 56):
        table.filled_width, table._rows = width, ROWS
        columns = table._shared_out(action_columns("Owner", "From"))
        for row in ROWS:
            for n, (cell, (_, w)) in enumerate(zip(row, columns, strict=True)):
                if n in WRAPPED and isinstance(cell, str):
                    lines = str(wrapped(cell, w)).split("\n")
                    assert not broken_mid_word(lines, cell), (width, columns, lines)
        assert columns[4][1] >= len("18/11"), columns  # the day it was held, whole


def test_a_role_of_thirteen_letters_is_whole_beside_names_with_room_to_spare() -> None:
    """A word was kept whole only up to 12 letters: `Paediatricia` / `n` in a Role column 12
    wide while Name, beside it, had 14 and more (Who is here, 56 to 64 columns)."""
    from reflect.model.session import Participant
    from reflect.ui.widgets.people_rows import columns, person_row

    people = [Participant(name="Alexandrina Exampleton", role="Family support worker",
                          agency="Invented Metropolitan Borough Council"),
              Participant(name="Kim Newstart", role="Safeguarding lead",
                          agency="Pretendshire NHS Foundation Trust"),
              Participant(name="Robin Madeup-Sample", role="Paediatrician",
                          agency="Invented Hospital", attended=False)]
    table = RowTable(wraps=(1, 2, 3))
    for width in (56, 60, 64):
        table.filled_width, table._rows = width, [list(person_row(p)) for p in people]
        shared = table._shared_out(columns(people))
        assert str(wrapped("Paediatrician", shared[2][1])) == "Paediatrician", (width, shared)
