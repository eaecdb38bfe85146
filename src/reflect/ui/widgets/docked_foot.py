"""What a dialog keeps docked at its foot (its buttons, the time plan's total), reached by Tab
after every box above it."""

from __future__ import annotations

import sys

from textual.containers import Horizontal


class TabbedLast:
    """Mixed into a container: reached by Tab after the rest of its own container. Textual
    orders Tab by where widgets are, and a foot docked at the bottom of a dialog that scrolls
    is where the view ends, not where the boxes do: in the time plan at 80x24 Tab went from
    the third step to the buttons, and the minutes typed next went into "Share out again" (a
    trial); in the export dialog at 60x20, from the first option to Export and Cancel, then
    back up to the other options. (Not a Widget: as a second Widget base it changed how the
    row was styled, and the export dialog scrolled at 100x30, where it fits.)"""

    @property
    def _focus_sort_key(self) -> tuple[int, int]:
        return sys.maxsize, 0


class DockedButtons(TabbedLast, Horizontal):
    """A row of buttons docked at a dialog's foot (app.tcss docks it), reached by Tab last."""
