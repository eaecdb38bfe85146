"""The meeting-length chooser (MeetingLength) used by the new-session form and the time plan.

Apart from the time line (`timer.py`), which every session's step shows: its choice buttons,
Textual's RadioSet and the typed minutes' rules are imported only where a length is chosen.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, RadioSet

from reflect.model.plan_length import length_refused
from reflect.model.timebox import PRESETS, hours_and_minutes
from reflect.model.typed_minutes import parse_minutes
from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal


class MeetingLength(Vertical):
    """Choose a length: no plan, a 7-minute briefing, 15 to 60 minutes, or your own minutes.

    `length` is the length chosen: 0 for no plan, else its minutes. It changes only when a
    new length is chosen or typed whole: a stray letter in "Your own" (`2x`) emptied the
    length already chosen, and the time plan with it (a trial). While that box holds
    something that is not a length (or nothing, "Your own" chosen), `error` says what is
    wrong and that the length stays, and `minutes` is None, so that nothing is saved or
    started on a length the person did not mean; otherwise `minutes` is `length`. Posts
    `MeetingLength.Changed` when the length changes.

    The arrows move among the lengths, one at a time in reading order (↓ as →: they are a
    list laid out in rows, not a grid), and (unless they choose as they move, the time plan's:
    `arrows_choose`) Enter or Space chooses (a line says which is
    chosen while the highlight is elsewhere; Enter then moves on to the next box, as Tab
    would, `ChoiceSet.enter_moves_on`): ↓↓ took "30 minutes" on the way to "Your own",
    which then said the length stayed 30 minutes (a trial). Choosing "Your own" puts the
    focus in its minutes box, and a figure typed on the lengths goes there: Tab then "30"
    after Ctrl+S landed on the Start session button, and Shift+Tab then "30" on the list."""

    DEFAULT_CSS = """
    MeetingLength {
        height: auto;
    }
    MeetingLength > ChoiceSet {
        layout: grid;
        grid-size: 3;
        grid-rows: 1;
        grid-columns: 1fr;
        height: auto;
        width: 100%;
        border: none;
        border-left: blank;
        padding: 0;
    }
    MeetingLength > RadioSet:focus {
        border: none;
        border-left: thick $accent;
    }
    MeetingLength > RadioSet > RadioButton {
        width: 1fr;
    }
    MeetingLength > Horizontal {
        height: 1;
        border-left: blank;
    }
    /* By its class: ended in `Horizontal:focus-within`, the rule made every Horizontal in
       the app (a session's whole step, `#walk`) restyle all it held at each focus change. */
    MeetingLength > .own-length:focus-within {
        border-left: thick $accent;
    }
    MeetingLength > Horizontal > Literal {
        width: auto;
        margin-right: 1;
    }
    MeetingLength > Horizontal > Input {
        width: 20;
        background: $boost;
    }
    MeetingLength > #length-message, MeetingLength > #length-moving,
    MeetingLength > #length-offered {
        display: none;
        padding-left: 1;
    }
    """

    class Changed(Message):
        def __init__(self, chooser: MeetingLength, minutes: int) -> None:
            super().__init__()
            self.chooser = chooser
            self.minutes = minutes
            """The new length: 0 for no plan, else its minutes."""

        @property
        def control(self) -> MeetingLength:
            return self.chooser

    def __init__(self, minutes: int = 0, none_label: str = "No time plan", *,
                 own: bool = False, own_text: str | None = None, arrows_choose: bool = False,
                 **kwargs: object) -> None:
        """`own`: "Your own" chosen, its box holding `own_text` (by default, `minutes` when
        they are not a listed length): as a new-session form's draft left them.
        `arrows_choose`: ↓ and ↑ choose as they move, as a list does (the time plan, F7,
        whose steps show each length shared out as it is chosen): there "Your own" reached
        so keeps the focus on the lengths, a figure typed going into its box."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.arrows_choose = arrows_choose
        self.initial = minutes
        self.none_label = none_label
        self.own_at_start = own or minutes not in (0, *PRESETS)
        self.own_text = own_text
        self._chosen = minutes
        self._gave = ""
        """What "Your own" held when it gave the length chosen (`length_refused`)."""
        self.offered = 0
        """The length offered as the team's last meeting's (`offer`); 0 for none."""
        self._focus_own = True
        """Whether "Your own" chosen takes the focus to its box: not where `offer` chose it."""
        self._made_with: str | None = None
        """What the "Your own" box was made holding, until its first change: Textual says
        that as the box is mounted, and a length there is no choice made then."""
        """The length last chosen or typed whole: kept while "Your own" holds no length."""

    def compose(self) -> ComposeResult:
        own = self.own_at_start
        with ChoiceSet(id="length", letters_to="#own-minutes", by_row=False,
                       arrows_choose=self.arrows_choose, enter_moves_on=True):
            yield ChoiceButton(self.none_label, value=self.initial == 0 and not own,
                               id="length-0")
            for m in PRESETS:
                label = "7-minute briefing" if m == 7 else f"{m} minutes"
                yield ChoiceButton(label, value=self.initial == m and not own, id=f"length-{m}")
            yield ChoiceButton("Your own", value=own, id="length-own")
        typed = self.own_text if self.own_text is not None else \
            str(self.initial) if own else ""
        self._made_with = typed
        with Horizontal(classes="own-length"):
            yield Literal("Your own length:")
            yield InOrderInput(typed, placeholder="e.g. 20, 90 or 1h30", id="own-minutes",
                               compact=True)
        yield Literal("", id="length-offered")
        yield Literal("", id="length-moving")
        yield Literal("", id="length-message")

    def on_mount(self) -> None:
        self.watch(self.query_one("#length", ChoiceSet), "_selected", self._show_moving,
                   init=False)
        self.watch(self.query_one("#length", ChoiceSet), "has_focus", self._show_moving,
                   init=False)

    def _show_moving(self) -> None:
        """While the highlight is on a length other than the one chosen, say which is
        chosen, and that Enter or Space chooses the other."""
        lengths = self.query_one("#length", ChoiceSet)
        index = lengths._selected
        moving = self.query_one("#length-moving", Literal)
        button = lengths.children[index] if index is not None and 0 <= index < len(
            lengths.children) else None
        if not lengths.has_focus or not isinstance(button, ChoiceButton) or button.value:
            moving.display = False
            return
        length = self.length
        now = f"the length stays {hours_and_minutes(length)}" if length else \
            "there is no time plan"
        moving.show(f"Enter or Space chooses “{button.label}”; until then {now}.",
                    "italic")
        moving.display = True

    def offer(self, minutes: int) -> None:
        """Choose `minutes`, the length the team's last meeting planned (0: none), and say so
        under the lengths, as the form says the other details carried from it: it went back
        to *No time plan* at every meeting (a health-visiting team lead's trial). Never over
        a length chosen since the last offer (none chosen over one is a choice too), nor over
        "Your own" holding what is not a length; the line goes as another is chosen."""
        now = self.length
        if now != minutes and (now not in (0, self.offered) or (now == 0 and self.offered)
                               or self.error):
            return
        self.offered = minutes
        if now != minutes:
            if minutes in (0, *PRESETS):
                self.query_one(f"#length-{minutes}", ChoiceButton).value = True
            else:
                self._focus_own = self.own  # (chosen here: the focus stays where it is)
                self.query_one("#own-minutes", Input).value = str(minutes)
        self._say_offered(minutes)

    def _say_offered(self, length: int) -> None:
        """The line saying the length chosen is the team's last meeting's, while it is."""
        line = self.query_one("#length-offered", Literal)
        line.display = bool(self.offered) and length == self.offered
        if line.display:
            line.show(f"As at the team's last meeting: {hours_and_minutes(self.offered)}. "
                      "Choose another, or No time plan, to change it.", "italic")

    @property
    def own(self) -> bool:
        return self.query_one("#length-own", ChoiceButton).value

    def _read(self) -> int | None:
        """The length the choices give now; None when "Your own" is chosen and its box holds
        no length."""
        pressed = self.query_one("#length", RadioSet).pressed_button
        if pressed is None or pressed.id == "length-0":
            return 0
        if pressed.id == "length-own":
            return parse_minutes(self.query_one("#own-minutes", Input).value)
        return int((pressed.id or "length-0").removeprefix("length-"))

    @property
    def length(self) -> int:
        """The length chosen: 0 for no plan, else its minutes (see the class)."""
        now = self._read()
        return self._chosen if now is None else now

    @property
    def minutes(self) -> int | None:
        """The length to save or start with; None while `error` says what to mend."""
        return None if self.error else self.length

    @property
    def error(self) -> str:
        """What is wrong with the length typed, and that the length chosen stays; "" when
        nothing is wrong."""
        typed = self.query_one("#own-minutes", Input).value.strip()
        if typed and parse_minutes(typed) is not None:
            return ""
        if not typed and not self.own:
            return ""
        if not typed:  # ("Until then there is no time plan" read as if it would start
            return ("Type your own length in minutes (say 20 or 1h30), or choose a length "  # so)
                    "(No time plan for none): Ctrl+S waits until you do.")
        return length_refused(typed, self.length, self._gave, self.own)

    def focus_problem(self) -> None:
        """The box to mend focused, and what is wrong in view under it: Ctrl+S seemed to do
        nothing, as the message was below the form's fold (a trial)."""
        self.query_one("#own-minutes", Input).focus(scroll_visible=False)
        message = self.query_one("#length-message", Literal)
        self.call_after_refresh(message.scroll_visible, animate=False)

    def _changed(self) -> None:
        length = self.length
        self._say_offered(length)
        if self._read() is not None:  # (the box's words that gave it, where they did)
            self._gave = self.query_one("#own-minutes", Input).value.strip() * self.own
        if length != self._chosen:
            self._chosen = length
            self.post_message(self.Changed(self, length))
        message = self.query_one("#length-message", Literal)
        error = self.error
        message.show(error, "bold")
        message.display = bool(error)

    @on(RadioSet.Changed, "#length")
    def _length_chosen(self, event: RadioSet.Changed) -> None:
        event.stop()
        self._changed()
        self._show_moving()
        own = self.query_one("#own-minutes", Input)
        lengths = self.query_one("#length", ChoiceSet)
        arrowed, lengths.arrowed = lengths.arrowed, False  # (↑ goes back up the lengths)
        if event.pressed.id == "length-own" and not own.has_focus and self._focus_own \
                and not arrowed:
            own.focus()
        self._focus_own = True

    @on(Input.Changed, "#own-minutes")
    def _own_typed(self, event: Input.Changed) -> None:
        event.stop()
        made_with, self._made_with = self._made_with, None
        if event.value != made_with and parse_minutes(event.value) is not None and \
                not self.own:
            # A length typed whole is chosen; anything else leaves the choice as it was.
            self.query_one("#length-own", ChoiceButton).value = True  # posts RadioSet.Changed
        else:
            self._changed()
