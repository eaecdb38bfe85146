"""Whether a widget is being removed: its screen closing or the app quitting as the widget
mounts (the walkthrough builds the next step's pane ahead, and Esc or quitting can come
before it is whole).

Textual mounts nothing a widget composes once its removal has begun (`Widget.mount` returns
at once on a widget being pruned), yet still sends it Mount: an `on_mount` that looks for the
widget's own parts then finds none (`NoMatches: ItemForm`, a run that ended right after going
to a step). Such an `on_mount` returns early when `being_removed`: nothing of the widget will
be seen. A part missing from a widget that stays is still an error, as before.

What a widget asks to run once drawn (`call_after_refresh`) Textual hands to the screen on
top. Reflect's screens skip it for a widget being removed (`screens/base.py`,
`StyledOnce._invoke_later`); Textual's own, the command palette, do not: a callback that
looks for the widget's parts asks `being_removed` itself too (`ListRoom.fill_room`: a pane
ahead removed under the palette before its list was mounted, `NoMatches: RowTable`).
"""

from __future__ import annotations

from textual.dom import DOMNode


def being_removed(node: DOMNode) -> bool:
    """Whether `node`'s removal has begun (it, or a widget or screen around it, is being
    pruned from the DOM), so that what it composes may never have been mounted."""
    # Textual's own flags (8.x): set on the whole subtree as its removal starts, before any
    # part of it is unmounted; there is no public property for it.
    return node._pruning or node._closing
