"""Messages the command line prints: one place that makes them safe for a terminal.

Any message may quote a file name or a file's content (a crafted name can hold `ESC]52`,
`ESC[2J` or a right-to-left override), so every one goes through `reflect.text.printable`.
Data written on purpose (notes exported to standard output) does not come through here.
"""

from __future__ import annotations

import sys

from reflect.text import printable


def echo(message: str = "", *, err: bool = False) -> None:
    """Print `message` (without terminal control characters) to stdout, or stderr with `err`."""
    print(printable(message), file=sys.stderr if err else sys.stdout)
