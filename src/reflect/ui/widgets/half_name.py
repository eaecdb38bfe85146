"""HalfNameLine: a name half typed when plain mode stopped (walk/half_name.py, kept aside as
`FACILITATOR_DRAFT`), offered in the app's box for that name: the Facilitator box on *Who is
here*, a reflection's *Your name* (F8). Opening such a session, the app showed the box empty
and said nothing, while plain mode offered the name carried on (a trial).

The name shows in the empty box as its placeholder, and the line under says what it is and
that Enter there takes it; it is not the facilitator (or whose the reflection is) until then. A
name typed replaces it, and the draft goes as any name is entered (`SessionEdits.set_detail`);
nothing is offered in a box that is disabled (read only) or holds a name.
"""

from __future__ import annotations

from reflect.model.changes import FACILITATOR_DRAFT
from reflect.model.edits import SessionEdits
from reflect.text import one_line
from reflect.ui.widgets.form_input import FormInput
from reflect.ui.widgets.literal import Literal
from reflect.walk.half_name import HalfName


class HalfNameLine(Literal):
    DEFAULT_CSS = "HalfNameLine { display: none; color: $warning; }"
    box: FormInput
    """The box the name goes in (found as the line is mounted)."""

    def __init__(self, edits: SessionEdits, half: HalfName, box: str, box_name: str,
                 **kwargs: object) -> None:
        """`box`: the selector, within this line's parent, of the box the name goes in, which
        the line calls `box_name` ("the Facilitator box")."""
        super().__init__("", "", **kwargs)
        self.edits, self.half, self.box_selector, self.box_name = edits, half, box, box_name
        self.offered = ""
        """The name offered in the box now ("" for none)."""

    def on_mount(self) -> None:
        assert self.parent is not None
        self.box = box = self.parent.query_one(self.box_selector, FormInput)
        self.box_had = (box.placeholder, box.on_enter)  # (given back once nothing is offered)
        self.watch(box, "value", self.check)
        self.watch(box, "disabled", self.check)

    def check(self) -> None:
        """Offered while the box is empty and can be typed into, and the name is kept aside;
        withdrawn as anything is typed (which the session takes instead)."""
        box = self.box
        half = one_line(self.edits.session.drafts.get(FACILITATOR_DRAFT, "")).strip()
        offered = half if half and not box.value.strip() and not box.disabled else ""
        if offered == self.offered:
            return
        self.offered = offered
        box.placeholder, box.on_enter = (offered, self.take) if offered else self.box_had
        self.show(f"{self.half.said(offered)} Enter in {self.box_name} takes it." if offered
                  else "")
        self.display = bool(offered)

    def take(self) -> None:
        """Enter in the empty box: the name offered is typed into it, and so entered."""
        box = self.box
        if self.offered and not box.value.strip():
            box.value = self.offered
            box.cursor_position = len(box.value)
