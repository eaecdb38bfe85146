"""The CPD record dialog (F8 on a session's last steps): the person's own choices for their
records, as `reflect cpd-fill` sets them.

Type of activity, why it is relevant to my practice and the minutes to log, each labelled
with the record it goes into (the account for any profession uses these: the dialog says so
first, so that a teacher knows which to fill in and which record to export); on a reflection,
whose it is (the name *My CPD so far* counts it by). Under them, each regulator's part, folded
away (a `Collapsible`, Enter on its title opens it) until something in it is chosen: "Social
workers", the Social Work England standards (six ticks); "Nurses, midwives (NMC)", the NMC
Code themes (four ticks, each with how), participatory or not and the CPD method. Every
change goes through `SessionEdits` and is handed back to the pane that opened the dialog
(`on_change`), which posts it to the walkthrough to be saved. The focused box is kept in
view (as in every dialog, `focus_view.follow`; after a resize too), and a box left shows its
words from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Input, RadioSet, TextArea

from reflect.export.forms import swe_standards
from reflect.model.changes import Change, CpdTextField
from reflect.model.cpd import NMC_THEMES
from reflect.model.edits import SessionEdits
from reflect.text import tidy_name
from reflect.ui.focus_view import brings_into_view, follow
from reflect.ui.messages import SessionChanged
from reflect.ui.panes.base import StepPane
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.answer_editor import AnswerEditor
from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet, TickBox
from reflect.ui.widgets.cpd_minutes import MinutesBox
from reflect.ui.widgets.fitting_scroll import DialogTitle, FittingScroll
from reflect.ui.widgets.form_input import field
from reflect.ui.widgets.half_name import HalfNameLine
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal, literal
from reflect.ui.widgets.more_below import MoreBelow
from reflect.walk.half_name import WHOSE

W = TypeVar("W", bound=Widget)

ANY = "any profession"
"""The record for any profession, as its boxes' labels name it."""
EVERY_ACCOUNT = f"{ANY}; Social Work England; NMC"
"""Where type of activity and why relevant go: the NMC's account too (its nature of the
activity; why relevant also its log's Topic). They were labelled for the first two only, and
not printed in the NMC's: a health visitor typed them and found them nowhere (a trial)."""
TEXTS: dict[str, tuple[CpdTextField, str, str]] = {
    "cpd-activity": ("activity_type", "Type of CPD activity", EVERY_ACCOUNT),
    "cpd-why": ("why_relevant", "Why relevant to my practice", EVERY_ACCOUNT),
    "cpd-method": ("method", "CPD method", "NMC CPD log"),
}
"""Each box's label (over it) and the records it goes into (under it: only the time is in
every one). As one label over the box they were cut at 60x20 ("Type of CPD activity (any
profession; Social Wo…", a fresh-eyes trial)."""
TITLE = "Your CPD record's choices"
"""Docked at the dialog's top (`DialogTitle`), over `INTRO` scrolling under it."""
INTRO = ("Saved with the session (Ctrl+O exports the record). Any "
         "profession, a teacher, police officer, GP, early years…: the reflective account for "
         "any profession uses the first two boxes and the time. Social workers, nurses, "
         "midwives, nursing associates: your regulator's part is at the end, folded until you "
         "open it (Enter on its title).")
REFLECT_WORDS_IT = "Optional: left empty, reflect fills it in"
"""The placeholder of a box the records word for themselves when it is left empty. "Left
empty, reflect words it" read as if cut off at 60 columns (a police officer's trial)."""
MORE_BELOW = "More below, down to Done"
"""Said at the dialog's foot while more of it is below (the keys that go down follow:
`way_down`). At 80x24 and 60x20 the regulators' parts and Done were below the fold with
nothing saying so but a scroll bar's thumb (a facilitator's trial on a shared screen)."""
PARTICIPATORY = {"part-auto": None, "part-yes": True, "part-no": False}
SWE_GROUP = "Social workers: Social Work England standards"
"""The title of Social Work England's part, folded away until a standard is chosen."""
NMC_GROUP = "Nurses, midwives (NMC): Code themes, CPD log"
"""The title of the NMC's part, folded away until something in it is chosen
(`CpdChoices.for_nmc`): its themes, participatory and method. Each fits a line at 60
columns, with the fold's mark (longer, they were cut there)."""


class CpdChoicesScreen(ReflectModal[None]):
    """Edits the open session's CPD choices in place; Esc closes."""

    BINDINGS = [
        Binding("escape", "close", "Close"), Binding("f8", "close", show=False),
        # As the walkthrough does: Tab handled as it arrives, so what is typed after it (fast
        # typing, a paste) goes into the next box, not the one before.
    ]

    DEFAULT_CSS = """
    CpdChoicesScreen { align: center middle; }
    #cpd-dialog {
        width: 90; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    #cpd-dialog Input { height: 3; }
    #cpd-dialog #cpd-why { height: auto; min-height: 3; max-height: 8; }
    #cpd-dialog .theme-how { margin-left: 4; }
    #cpd-dialog .cpd-heading { margin-top: 1; }
    #cpd-dialog RadioSet { height: auto; }
    #cpd-dialog TickBox { width: 100%; height: auto; }
    #cpd-dialog Collapsible { padding-left: 0; padding-bottom: 0; }
    #cpd-dialog Collapsible > Contents { padding: 0 0 0 2; }
    """

    def __init__(self, edits: SessionEdits, on_change: Callable[[Change], None],
                 read_only: bool = False, field: str = "") -> None:
        super().__init__()
        self.field = field
        """A personal-details finding's field (`cpd.method`) to open on, or ""."""
        self.edits = edits
        self.on_change = on_change
        """Called with each change made here (the pane posts it to the walkthrough)."""
        self.read_only = read_only
        self.whose_before = edits.session.facilitator
        """Whose the reflection was as the dialog opened (`remember_whose`)."""

    def compose(self) -> ComposeResult:
        c = self.edits.session.cpd
        # Not a stop for Tab itself: every part of it is a box Tab reaches, and the body with
        # the focus showed nothing having it (a Tab after Done).
        with FittingScroll(id="cpd-dialog", can_focus=False):
            yield DialogTitle(TITLE, id="cpd-title")
            yield Literal(INTRO, id="cpd-intro")
            yield labelled(field("", c.activity_type, id="cpd-activity",
                                 placeholder=REFLECT_WORDS_IT))
            # A sentence or two, all in view as it is typed (a line's box showed its last
            # forty characters: a trial).
            yield labelled(AnswerEditor(c.why_relevant, id="cpd-why", soft_wrap=True,
                                        tab_behavior="focus"))
            yield Literal("The time to log (every record)", "bold", classes="cpd-heading")
            yield (minutes := MinutesBox(self.edits))  # what it holds said, "lots" kept too
            yield Literal(minutes.said(), "dim" if minutes.understood() else "bold",
                          id="cpd-minutes-said")
            if self.edits.session.mode == "individual":  # whose it is (model/whose.py)
                whose = field("Your name", self.edits.session.facilitator, id="cpd-whose")
                whose.border_subtitle = "My CPD so far counts this reflection as yours"
                yield whose
                yield HalfNameLine(self.edits, WHOSE, "#cpd-whose", "the box above")
            # Each regulator's part folded away until something in it is chosen: at 80x24 its
            # standards and Code themes filled most of the screen for a teacher (a trial).
            with Collapsible(title=SWE_GROUP, collapsed=not c.for_swe, id="cpd-swe"):
                yield Literal("Social Work England professional standards it relates to "
                              "(social workers)", "bold", classes="cpd-heading")
                for n, standard in enumerate(swe_standards(), 1):
                    yield TickBox(literal(f"{n} {standard}"), n in c.standards, id=f"std-{n}",
                                  classes="standard", compact=True)
            with Collapsible(title=NMC_GROUP, collapsed=not c.for_nmc, id="cpd-nmc"):
                yield Literal("NMC Code themes it relates to, and how (the NMC records: "
                              "nurses, midwives, nursing associates)", "bold",
                              classes="cpd-heading")
                for n, theme in enumerate(NMC_THEMES, 1):
                    yield TickBox(literal(theme), theme in c.themes, id=f"theme-{n}",
                                  classes="theme", compact=True)
                    how = field(f"How: {theme}", c.themes.get(theme, ""), id=f"how-{n}",
                                classes="theme-how")
                    how.display = theme in c.themes
                    yield how
                yield Literal("Participatory learning (NMC CPD log)", "bold",
                              classes="cpd-heading")
                with ChoiceSet(id="participatory"):
                    for wid, value in PARTICIPATORY.items():
                        label = {None: "reflect decides (a team session is; a reflection "
                                       "alone is not)", True: "Yes", False: "No"}[value]
                        yield ChoiceButton(label, c.participatory is value, id=wid)
                yield labelled(field("", c.method, id="cpd-method",
                                     placeholder=REFLECT_WORDS_IT))
            with Horizontal(classes="buttons"):
                yield Button("Done (Esc)", variant="primary", id="cpd-done")
            yield MoreBelow(MORE_BELOW, id="cpd-more")  # (at its foot, while there is)

    def on_mount(self) -> None:
        if self.read_only:
            for widget in self.query("Input, TextArea, TickBox, RadioSet"):
                widget.disabled = True
        box = self.query_one(_box_for(self.field) or "#cpd-activity")
        for group in box.ancestors:  # a finding's box in a regulator's part: opened
            if isinstance(group, Collapsible):
                group.collapsed = False
        box.focus()

    def on_resize(self, event: events.Resize) -> None:
        """After a resize the body scrolled back to its top and what was typed went on into a
        box out of sight: the focused box is scrolled back into view."""
        self.call_after_refresh(self._focused_in_view)

    @on(events.DescendantFocus)
    def _focus_moved(self, event: events.DescendantFocus) -> None:
        """(The box given the focus is brought into view by every dialog: `ReflectModal`.)"""
        if isinstance(event.widget, Input):
            self.call_after_refresh(_cursor_in_view, event.widget)
        if isinstance(event.widget, MinutesBox):
            self.call_after_refresh(self._focused_in_view)

    @on(Input.Blurred)
    def _from_the_start(self, event: Input.Blurred) -> None:
        """A box left shows its words from their start: it stayed scrolled sideways to where
        the typing ended, the start of a long answer out of sight."""
        event.input.scroll_to(x=0, animate=False, immediate=True)

    @brings_into_view
    def _focused_in_view(self) -> None:
        """The focused box in view, and under the minutes box what it says of them (at 70x22
        "not a time" was said out of sight)."""
        focused = self.focused
        if focused is None or not focused.is_attached:
            return
        if isinstance(focused, MinutesBox):
            self.query_one("#cpd-dialog", VerticalScroll).scroll_to_widget(
                self.query_one("#cpd-minutes-said"), animate=False, immediate=True)
        follow(self, focused)

    def _changed(self, change: Change | None) -> None:
        if change is not None and not self.read_only:
            self.on_change(change)

    @on(Input.Changed, "#cpd-activity, #cpd-method")
    def _text(self, event: Input.Changed) -> None:
        name = TEXTS[event.input.id or ""][0]
        self._changed(self.edits.set_cpd_text(name, event.value))

    @on(TextArea.Changed, "#cpd-why")
    def _why(self, event: TextArea.Changed) -> None:
        self._changed(self.edits.set_cpd_text("why_relevant", event.text_area.text))

    @on(Input.Changed, "#cpd-whose")
    def _whose(self, event: Input.Changed) -> None:
        # Kept tidied, as My CPD keeps the name (matched alike: only the case changes)
        self._changed(self.edits.set_detail("facilitator", tidy_name(event.value)))

    @on(TickBox.Changed, ".standard")
    def _standard(self, event: TickBox.Changed) -> None:
        number = int((event.checkbox.id or "").removeprefix("std-"))
        if (number in self.edits.session.cpd.standards) != event.value:
            self._changed(self.edits.toggle_cpd_standard(number))

    @on(TickBox.Changed, ".theme")
    def _theme(self, event: TickBox.Changed) -> None:
        n = int((event.checkbox.id or "").removeprefix("theme-"))
        theme = NMC_THEMES[n - 1]
        if (theme in self.edits.session.cpd.themes) != event.value:
            self._changed(self.edits.toggle_cpd_theme(theme))
        how = self.query_one(f"#how-{n}", Input)
        how.display = event.value
        if event.value:
            self._changed(self.edits.set_cpd_theme_how(theme, how.value))

    @on(Input.Changed, ".theme-how")
    def _how(self, event: Input.Changed) -> None:
        n = int((event.input.id or "").removeprefix("how-"))
        self._changed(self.edits.set_cpd_theme_how(NMC_THEMES[n - 1], event.value))

    @on(RadioSet.Changed, "#participatory")
    def _participatory(self, event: RadioSet.Changed) -> None:
        self._changed(self.edits.set_cpd_participatory(
            PARTICIPATORY.get(event.pressed.id or "part-auto")))

    @on(MinutesBox.Logged)
    def _minutes(self, event: MinutesBox.Logged) -> None:
        """Minutes to log, by the box's rule; what was read is said back."""
        self._changed(event.change)
        self.query_one("#cpd-minutes-said", Literal).show(
            event.said, "dim" if event.understood else "bold")
        self.call_after_refresh(self._focused_in_view)  # what it says may be longer now

    @on(Button.Pressed, "#cpd-done")
    def action_close(self) -> None:
        self.remember_whose()
        self.dismiss(None)

    def remember_whose(self) -> None:
        """A name given here as whose the reflection is, remembered as the new-session form's
        and plain mode's are (`settings.name_to_remember`): a reflection started with *Your
        name* empty and named here was counted by My CPD so far as theirs, but the next
        form's *Your name* and My CPD's own box stayed empty (a fresh-eyes trial)."""
        from reflect.store.settings import MY_NAME, name_to_remember

        whose = self.edits.session.facilitator
        if self.read_only or self.edits.session.mode != "individual" \
                or whose == self.whose_before:
            return
        if name := name_to_remember(whose, self.reflect_app.settings):
            self.reflect_app.remember(MY_NAME, name, "your name")


def labelled(box: W) -> W:
    """`box` labelled over it and, under it, with the records it goes into (`TEXTS`)."""
    _, box.border_title, box.border_subtitle = TEXTS[box.id or ""]
    return box


def _cursor_in_view(box: Input) -> None:
    """Scroll a box entered again (shown from its start) to where its cursor is (reflect's
    own boxes as they scroll while typed in: no further than they need)."""
    if isinstance(box, InOrderInput):
        box._show_cursor()
        return
    x = box.cursor_screen_offset.x - box.content_region.x + box.scroll_offset.x
    box.scroll_to_region(Region(x, 0, 1, 1), animate=False, force=True, immediate=True)


def _box_for(field: str) -> str:
    """The box a finding's field is typed in (`cpd.themes.Practise effectively`: its How)."""
    name = field.removeprefix("cpd.")
    theme = name.removeprefix("themes.")
    if theme != name:
        return f"#how-{NMC_THEMES.index(theme) + 1}" if theme in NMC_THEMES else ""
    return {"activity_type": "#cpd-activity", "why_relevant": "#cpd-why",
            "method": "#cpd-method"}.get(name, "")


def open_for(pane: StepPane, field: str = "") -> None:
    """Open the dialog over the walkthrough from `pane`, which posts each change up; on the
    box `field` (a personal-details finding's, `cpd.method`) is typed in, if given."""

    def changed(change: Change) -> None:
        pane.post_message(SessionChanged(change))

    def closed(_: None) -> None:
        pane.shown()  # the pane shows the minutes, which the dialog may have changed

    pane.app.push_screen(CpdChoicesScreen(pane.edits, changed, pane.read_only, field), closed)
