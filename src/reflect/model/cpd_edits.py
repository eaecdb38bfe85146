"""The person's choices for their CPD records, as `SessionEdits` (edits.py) changes them.

A part of the one writer of an open session, kept apart so that edits.py stays readable in a
sitting: every method returns a typed change and records how to undo it, as all of
`SessionEdits` does. No Textual here.
"""

from __future__ import annotations

from reflect.model.changes import Change, CpdChanged, CpdTextField
from reflect.model.session import Session
from reflect.model.undo import UndoLog


class CpdEdits(UndoLog):
    """`SessionEdits`' changes to `Session.cpd`."""

    session: Session

    def set_cpd_text(self, field: CpdTextField, text: str) -> Change | None:
        """The type of activity, why it is relevant to my practice, or the CPD method."""
        return self._set(self.session.cpd, field, text.strip(), CpdChanged(field),
                         merge_key=("cpd", field))

    def toggle_cpd_standard(self, number: int) -> Change | None:
        """Tick or untick a Social Work England standard (1 to 6)."""
        chosen = set(self.session.cpd.standards) ^ {number}
        return self._set(self.session.cpd, "standards", sorted(chosen), CpdChanged("standards"))

    def toggle_cpd_theme(self, theme: str) -> Change | None:
        """Tick or untick an NMC Code theme (unticking forgets how; undo brings it back)."""
        themes = dict(self.session.cpd.themes)
        if theme in themes:
            del themes[theme]
        else:
            themes[theme] = ""
        return self._set(self.session.cpd, "themes", themes, CpdChanged("themes"))

    def set_cpd_theme_how(self, theme: str, how: str) -> Change | None:
        """How the session relates to a ticked NMC Code theme (an unticked one: nothing)."""
        themes = dict(self.session.cpd.themes)
        if theme not in themes:
            return None
        themes[theme] = how.strip()
        return self._set(self.session.cpd, "themes", themes, CpdChanged("themes"),
                         merge_key=("cpd-how", theme))

    def set_cpd_participatory(self, value: bool | None) -> Change | None:
        """Participatory or not; None: reflect decides (a team session is)."""
        return self._set(self.session.cpd, "participatory", value,
                         CpdChanged("participatory"))
