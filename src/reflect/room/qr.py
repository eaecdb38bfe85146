"""The room's address as a QR code drawn in the terminal with Unicode half blocks (segno makes
the code; nothing here encodes QR by hand)."""

from __future__ import annotations

import segno

# (top module dark, bottom module dark) -> the character drawn in the foreground colour.
_HALVES = {(False, False): " ", (True, False): "\u2580", (False, True): "\u2584",
           (True, True): "\u2588"}


def qr_text(url: str, border: int = 4) -> str:
    """The QR code of `url` drawn with half blocks, two modules to a character row, with its quiet
    zone of `border` modules. Dark modules are drawn as blocks in the foreground colour, so show it
    with a dark foreground on a light background (e.g. a `Static(markup=False)` styled
    `color: black; background: white`), the way a phone's camera expects."""
    code = segno.make(url, error="m", boost_error=False)
    rows = [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=border)]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return "\n".join("".join(_HALVES[top, bottom] for top, bottom in zip(upper, lower,
                                                                         strict=True))
                     for upper, lower in zip(rows[::2], rows[1::2], strict=True))
