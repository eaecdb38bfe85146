"""The import dialog's *Briefing file* box, and the file it offers for a path not there.

A path typed a little wrong is answered "did you mean …/Child Q briefing (final).md?"
(`importer.sources.not_read_said`), and the box offers that file: → at the end of the box
puts it there, Enter then previews it, as → takes the team offered on the new-session form
(ui/widgets/near_team.py: a key that does nothing else there, so keys typed on in a hurry
never take it). There was no key to take it: the user had to type the path again, with its
spaces and brackets (a school's trial). The offer holds while the box holds what was read;
typed on, it is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import events

from reflect.ui.widgets.in_order import InOrderInput

TAKE_IT = "→ at the end of the box puts it there, and Enter previews it."
"""Said after the file offered."""


@dataclass(frozen=True)
class NotRead:
    """A file not read: why (`said`, the file it names likely meant said in it), and that file
    (None where none is near, or the file typed is there)."""

    said: str
    near: Path | None


def not_read(error: ValueError, path: Path) -> NotRead:
    """Why `path` was not read, with the file near its name (read off the UI thread)."""
    from reflect.importer.sources import SourceError, nearest_file, not_read_said

    assert isinstance(error, SourceError)
    near = None if path.exists() else nearest_file(path)
    said = not_read_said(error, path)
    return NotRead(f"{said} {TAKE_IT}" if near else said, near)


class PathBox(InOrderInput):
    """The *Briefing file* box: → at its end puts the file offered there (`offer`)."""

    offered: Path | None = None
    """The file near the path read (None for none)."""
    offered_for = ""
    """What the box held as it was read: the offer holds while it still does."""

    def offer(self, near: Path | None) -> None:
        self.offered, self.offered_for = near, self.value

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "right" and self.offered is not None and self.cursor_at_end and \
                self.value == self.offered_for:
            event.stop()
            event.prevent_default()  # (not Input's own →)
            self.value = str(self.offered)
            self.cursor_position = len(self.value)
            self.offered = None
