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

`PasteCleaner` does this, and more, to each paste as it is read from a terminal, for the app
(ui/driver.py) and plain mode (walk/line.py) alike: plain mode read a paste with the terminal's
ICRNL, every CR already an LF, and kept a blank line after every pasted line of a Windows text
(g418's trial in tmux).
"""

from __future__ import annotations

import re

from reflect.text import printable

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


PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
"""What a terminal sends around pasted text (bracketed paste)."""


class PasteCleaner:
    """Removes escape sequences and control characters from bracketed pastes in the text read
    from the terminal, chunk by chunk, and makes each line end in them one "\\n"
    (`pasted_line_ends`). A paste is held until its end arrives (Textual holds it too: it
    hands the app a paste only once it has ended), so a sequence or a CRLF split between two
    reads is cleaned whole; everything outside a paste passes at once, unchanged (a lone Esc
    key is never held back)."""

    def __init__(self) -> None:
        self.in_paste = False
        self._pasted = ""
        """The paste so far, while its end has not arrived."""
        self._tail = ""
        """The last characters passed outside a paste (a start marker split between reads)."""

    def __call__(self, text: str, final: bool = False) -> str:
        out: list[str] = []
        while text or (final and self._pasted):
            if not self.in_paste:
                seen = self._tail + text
                start = seen.find(PASTE_START)
                if start < 0:
                    out.append(text)
                    self._tail = seen[-len(PASTE_START):]
                    break
                cut = start + len(PASTE_START) - len(self._tail)
                out.append(text[:cut])
                text, self.in_paste, self._tail = text[cut:], True, ""
                continue
            pasted = self._pasted + text
            end = pasted.find(PASTE_END)
            if end < 0:
                self._pasted, text = ("", "") if final else (pasted, "")
                if final:
                    out.append(printable(pasted_line_ends(pasted)))
                break
            out.append(printable(pasted_line_ends(pasted[:end])) + PASTE_END)
            self._pasted, text, self.in_paste = "", pasted[end + len(PASTE_END):], False
        return "".join(out)
