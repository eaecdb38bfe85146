"""reflect's own colour theme, beside Textual's (chosen with Ctrl+P, "Theme")."""

from __future__ import annotations

from textual.app import App
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


class Monochrome(App[None]):
    """Without colour (NO_COLOR), the highlighted row of a list or table is drawn in the
    text's colour with the background's behind its words, as reversed: Textual drew it in a
    grey two shades from the rest, which a trial could not see on a projector (app.tcss marks
    focus so too). (A `reverse` text style is dropped by Textual's lists.)"""

    def get_css_variables(self) -> dict[str, str]:
        variables = super().get_css_variables()
        if self.no_color:
            text, ground = variables["foreground"], variables["background"]
            variables.update({"block-cursor-foreground": ground, "block-cursor-background": text,
                              "block-cursor-blurred-foreground": ground,
                              "block-cursor-blurred-background": variables["foreground-muted"]})
        return variables
