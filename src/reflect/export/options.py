"""What goes into exported notes, chosen by the person exporting."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportOptions:
    include_content: bool = False
    """Include the review's own content (introduction, learning, recommendations) before the notes."""
    include_attendance: bool = True
    """List the participants."""
    roles_only: bool = False
    """Show participants without names: only the role and agency part of each entry."""
