"""Words of care around a session: the content note at the start, for one review or several.

The app's walkthrough and plain mode (`reflect walk`) say the same thing; plain mode has no
*Skip to the learning* button, so it asks for `content_note(..., plain=True)` (without the
button's name) and asks below it whether to read the case details or skip them.
"""

from __future__ import annotations

from reflect.model.session import Mode

_HARM = {
    False: "Content note: this review describes serious harm to a child.",
    True: "Content note: these reviews describe serious harm to children.",
}
"""One review, or several (a themed session gathers the learning of several)."""
_CARE: dict[Mode, str] = {
    "team": "Take care of yourself and each other; anyone may step out.",
    "individual": "Take care of yourself, and stop whenever you need to.",
}
_SKIP = "To go straight to what was learned, choose Skip to the learning."


def content_note(mode: Mode, reviews: int = 1, plain: bool = False) -> str:
    """The content note for a session in `mode` on `reviews` reviews (a themed session: how
    many it gathers); `plain` leaves out the app's button."""
    return " ".join((_HARM[reviews > 1], _CARE[mode], *(() if plain else (_SKIP,))))
