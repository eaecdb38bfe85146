"""A paste's line ends, one line end each, whatever sent them.

Text copied with Windows line ends (CR LF) reaches a program in a terminal in more than one
way. A terminal that passes the paste as it is sends CR LF; xterm and tmux turn every LF into
a CR, so each CR LF arrives as CR CR, and a text with plain LF line ends as a lone CR each.
Every CR read as a line end, the CR CR of a Windows line end was two, and every line of a
pasted answer had a blank line after it, a blank line the person pasted three (a new user's
trial, pasting from xterm and tmux). Here a paste's line ends are one each:

- CR LF is one line end, and so is a lone LF or a lone CR;
- where a paste holds CRs only in pairs (every run of them of an even length) and no LF, each
  pair is one line end: a Windows text passed through xterm or tmux, whose blank lines (CR CR
  CR CR) stay one blank line each.

A text with LF line ends whose every line is followed by a blank line (paragraphs of one line
each) arrives from xterm or tmux as CR CR too, and cannot be told from a Windows text: it
comes in without its blank lines, each paragraph still a line of its own.
"""

from __future__ import annotations

import re

_RUNS = re.compile("\r+")


def pasted_line_ends(text: str) -> str:
    """`text` as pasted, its line ends each one "\\n" (see above); nothing else changed."""
    if "\r" not in text:
        return text
    text = text.replace("\r\n", "\n")
    runs = _RUNS.findall(text)
    if runs and "\n" not in text and all(len(run) % 2 == 0 for run in runs):
        return _RUNS.sub(lambda run: "\n" * (len(run.group()) // 2), text)
    return text.replace("\r", "\n")
