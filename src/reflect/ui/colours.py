"""reflect's own colour theme, beside Textual's (chosen with Ctrl+P, "Theme")."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="reflect-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    boost="#333333",
    warning="#FFB000",
    error="#FF6060",
    success="#00FF00",
    dark=True,
)
"""White on black with yellow focus and highlights, for projectors and low vision."""
