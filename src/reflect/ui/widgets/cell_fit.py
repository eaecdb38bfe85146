"""How a table's cells fit its columns: the width shared out among the columns (`share_out`),
how wide a column's cells want it (`natural_width`, `least_width`, `longest_word`) and in
which of their forms they show (`column_form`), and a cell's words wrapped within its column
(`wrap_words`). The editable tables (tables.py)
and the report's read-only one (wrapped_table.py) both use them.

Pure: no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text

from reflect.text import one_line
from reflect.wrapping import cells_cut

Cell = str | tuple[str, ...]
"""A cell's text, or its forms longest first (a date: `31 Jan 2027`, ..., `31/1`), of which
the first that fits the column is shown."""


MIN_COLUMN = 4
"""The narrowest a shared column is made."""


def share_out(space: int, wants: Sequence[tuple[int, int, int]],
              least: Sequence[int] = (), order: Sequence[int] | None = None,
              fill: bool = True, narrowest: int = MIN_COLUMN) -> list[int]:
    """`space` shared among columns that each want (share, floor, natural): first each its
    floor, where the floors fit (all of them; or, given an `order`, each in that order
    where it fits beside what the others hold); then the rest by share, a column taking no
    more than it needs (its `natural` width, or its floor) and leaving the others what it
    does not; what every column's needs leave over goes by share too, so the table fills
    its width (unless not to `fill`: then no column is wider than it needs). Each column
    at least `narrowest` wide and its `least` (a date's shortest form whole: at 60x20 a
    share cut `18/12` to `18/…`, a trial; a label), where those fit, taken from the
    columns with the most to spare; and no more than `space` in all, where it has room
    for them (the columns took a column more than a narrow table had, and it scrolled
    sideways)."""
    wants = [(share, floor, max(floor, natural)) for share, floor, natural in wants]
    floors = [f for _, f, _ in wants]
    lows = [max(narrowest, n) for n in (least or [0] * len(wants))]
    if order is not None:
        widths = _floors_in_turn(space, floors, lows, order)
    else:
        widths = floors if sum(floors) + MIN_COLUMN * len(wants) <= space else [0] * len(wants)
    left = space - sum(widths)
    hungry = [i for i, (_, _, n) in enumerate(wants) if widths[i] < n]
    while left > 0 and hungry:
        shares = sum(wants[i][0] for i in hungry) or 1
        given = {i: left * wants[i][0] // shares for i in hungry}
        full = [i for i in hungry if widths[i] + given[i] >= wants[i][2]]
        if not full:
            for i in hungry:
                widths[i] += given[i]
            left -= sum(given.values())
            break
        for i in full:  # each what it needs, and the rest shared again among the others
            left -= wants[i][2] - widths[i]
            widths[i] = wants[i][2]
        hungry = [i for i in hungry if i not in full]
    if left > 0 and fill:  # every column has all it needs: the rest by share
        shares = sum(w[0] for w in wants) or 1
        widths = [w + left * want[0] // shares for w, want in zip(widths, wants, strict=True)]
    elif left > 0:  # what the shares' rounding left, a column each to those still short
        for i in [i for i in hungry if widths[i] < wants[i][2]][:left]:
            widths[i] += 1
    return _within(space, widths, lows)


def _floors_in_turn(space: int, floors: list[int], lows: list[int],
                    order: Sequence[int]) -> list[int]:
    """Each column its low (`narrowest`, or its least), then its floor, in `order`, where
    that fits beside what the others hold."""
    widths = list(lows)
    for i in order:
        if sum(widths) - widths[i] + floors[i] <= space:
            widths[i] = max(widths[i], floors[i])
    return widths


def _within(space: int, widths: list[int], lows: list[int]) -> list[int]:
    """`widths`, each at least its low, taken one at a time from the widest above its low
    while they come to more than `space`. Where the lows come to more than `space`, the
    highest of them is lowered a column at a time (to `MIN_COLUMN` at the least) till they
    fit: the longest words give way first, and a column of shorter ones keeps them whole.
    All made `MIN_COLUMN` at once, an owner was shown `Kim` / `Newstar` / `t` beside a What
    column 20 wide (80x24, a team manager's trial)."""
    lows = list(lows)
    while sum(lows) > space and max(lows, default=0) > MIN_COLUMN:
        lows[lows.index(max(lows))] -= 1
    widths = [max(w, low) for w, low in zip(widths, lows, strict=True)]
    while sum(widths) > space:
        spare = max(range(len(widths)), key=lambda i: widths[i] - lows[i])
        if widths[spare] <= lows[spare]:
            break
        widths[spare] -= 1
    return widths



def _tokens(text: str) -> list[str]:
    """`text`'s words, a bracketed group of them as one (a due date's `(Sun 1 Nov 2026)`, a
    session's `(20261204-child-i-e5130bbd)`), with what follows it up to a space (`(Sun 1
    Nov 2026),`: the comma was a word of its own, shown `2026) , moved to`, a trial): kept
    whole on a line where it fits."""
    return re.findall(r"\([^()]*\)\S*|\S+", text)


def _pieces(word: str, width: int) -> list[str]:
    """A word wider than `width` in pieces that fit: broken after its hyphens (a session's
    id, `20261204-` / `child-i-` / `e5130bbd`), a piece still too wide at `width`."""
    pieces: list[str] = []
    for part in re.findall(r"[^-]+-*|-+", word):
        if pieces and cell_len(pieces[-1] + part) <= width:
            pieces[-1] += part
            continue
        while cell_len(part) > width > 0:
            cut = _fitting(part, width)
            pieces.append(part[:cut])
            part = part[cut:]
        pieces.append(part)
    return pieces


def _fitting(part: str, width: int) -> int:
    """How many of `part`'s first characters fit in `width` cells (one at least), counted
    once each: cutting it shorter a character at a time from its end, a word of 5,000
    characters (a pasted owner) took 8 s to wrap, and the session would not open (a trial)."""
    used = 0
    for n, char in enumerate(part):
        used += get_character_cell_size(char)
        if used > width:
            return max(n, 1)
    return len(part)


def wrap_words(text: str, width: int, most: int = 0) -> list[str]:
    """`text` in lines no wider than `width`, broken between its words (a bracketed group
    kept whole where it fits); only a word wider than `width` is broken (`_pieces`). Given
    `most`, no more lines than that, the last cut with "…" where words were left over (a
    due date of 5,000 characters took hundreds of the table's lines: a trial)."""
    lines: list[str] = []
    tokens = _tokens(text)[::-1]
    while tokens:
        token = tokens.pop()
        if lines and cell_len(f"{lines[-1]} {token}") <= width:
            lines[-1] += f" {token}"
        elif cell_len(token) <= width:
            lines.append(token)
        elif " " in token:  # a bracketed group too wide: its words one by one
            tokens += token.split()[::-1]
        else:
            lines += _pieces(token, width)
        if most and len(lines) > most:
            tail = lines[most - 1]
            short = cells_cut(tail, width - 1)
            return [*lines[:most - 1], short if short != tail else f"{tail}…"]
    return lines


LONGEST_KEPT = 20
"""The longest word a column whose words wrap keeps whole before the others' share (a
longer one, a pasted address, is broken where it must be). At 12, `Paediatrician` was shown
`Paediatricia` / `n` in a Role column beside a Name column with room to spare (a trial)."""


def longest_word(cells: Sequence[Cell]) -> int:
    """How wide a column whose words wrap is kept for none of them to be broken: its longest
    word (of a cell of one form: a date of several keeps to `least_width`), a hyphenated one
    by its longest part up to a hyphen (`Madeup-` / `Sample`, as `wrap_words` breaks it), up
    to `LONGEST_KEPT`."""
    return min(max((cell_len(part) for c in cells if isinstance(c, str) or len(c) == 1
                    for word in one_line(c if isinstance(c, str) else c[0]).split()
                    for part in re.findall(r"[^-]+-*|-+", word)),
                   default=0), LONGEST_KEPT)


def natural_width(label: str, cells: Sequence[Cell]) -> int:
    """How wide a column must be to show its label and every cell whole, in its longest
    form."""
    longest = (one_line(c if isinstance(c, str) else c[0]) for c in cells)
    return max([len(label), *map(len, longest)])


def least_width(cells: Sequence[Cell]) -> int:
    """How wide a column must be to show every cell of several forms (a date's) whole in its
    shortest form kept (`18/12`; `31/12/27` for another year's: `kept_form`), or 0."""
    return max((len(one_line(kept_form(c))) for c in cells
                if not isinstance(c, str) and len(c) > 1), default=0)


def kept_form(cell: tuple[str, ...]) -> str:
    """The shortest of a cell's forms that its column makes room for where it can: its last,
    or one repeated, standing where other cells have shorter forms (a date not this year's
    keeps its year where this year's leave it out, `model.due.day_cell`; the form after it
    is for a column with no room even for that)."""
    repeated = [form for form, after in zip(cell, cell[1:], strict=False) if form == after]
    return repeated[-1] if repeated else cell[-1]


def column_form(cells: Sequence[Cell], width: int) -> int:
    """Which form a column's cells of several forms are shown in: the first that fits for
    every one of them, so that a column of dates reads alike (`31 Jan 27` above `1 Feb 27`,
    not above `1 Feb 2027`, a trial)."""
    forms = [c for c in cells if not isinstance(c, str) and len(c) > 1]
    longest = max((len(c) for c in forms), default=1)
    return next((n for n in range(longest) if all(
        len(one_line(c[min(n, len(c) - 1)])) <= width for c in forms)), longest - 1)


def fitted(cell: Cell, width: int, first: int = 0) -> Text:
    """The cell as shown in a column `width` wide: on one line, the first of its forms (from
    form `first`) that fits, else its shortest cut with "…"."""
    if isinstance(cell, str):
        return Text(one_line(cell, width))
    for form in cell[min(first, len(cell) - 1):]:
        if len(one_line(form)) <= width:
            return Text(one_line(form))
    return Text(one_line(cell[-1], width))


def wrapped(cell: Cell, width: int, first: int = 0, most: int = 0) -> Text:
    """The cell as shown in a column `width` wide whose words wrap: on as many lines as its
    words take, broken between them (`cell_fit.wrap_words`); a cell of several forms (a
    date's) on one line, as `fitted`; given `most`, on no more lines than that."""
    if not isinstance(cell, str) and len(cell) > 1:
        return fitted(cell, width, first)
    words = one_line(cell if isinstance(cell, str) else cell[0])
    return Text("\n".join(wrap_words(words, width, most)))
