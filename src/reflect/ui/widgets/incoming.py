"""Points sent from the room, waiting beside their question for the facilitator (#18).

Each waits until the facilitator accepts it (a), edits it into the point box (e), declines it
(d or Delete: it is dropped from the room and kept out of the notes) or accepts all (A); u
brings back the last one declined (the only one kept), on its question, waiting again (a `d`
pressed by mistake lost an attendee's point for good: a trial). A point that looks like it
holds a personal detail (a phone number, an NHS number, ...) says so before anyone accepts it.
Every text is shown literally. The queue only shows and asks: the walkthrough holds the
waiting points and the function that decides (attributes down), and is handed each
decision (`Decided`) as the key is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.strip import Strip
from textual.widgets.option_list import Option

from reflect.model.attribution import ANONYMOUS
from reflect.text import printable
from reflect.ui.not_typed import say_not_typed
from reflect.ui.widgets.goes_back import GoesBack
from reflect.ui.widgets.literal import Literal as Line
from reflect.wrapping import cut_at_a_word

if TYPE_CHECKING:
    from reflect.room import IncomingPoint

How = Literal["accept", "edit", "decline", "all", "undo"]
SHOWN = 30
"""Waiting points listed at once (the rest follow as these are decided): a queue hundreds
long would cost every redraw, and the facilitator reads the first ones first."""


def _looks_like(kind: str) -> str:
    """"an NHS number", "an email address", "a UK phone number" (said as "you-kay"); a likely
    name is "a name" (after "looks like", "a likely name" said it twice over: a trial)."""
    from reflect.export.detectors import LIKELY_NAME

    if kind == LIKELY_NAME:
        return "a name"
    return f"{'an' if kind.startswith(('NHS', 'email')) else 'a'} {kind}"


@dataclass(frozen=True)
class Waiting:
    """A point from the room and the personal details it seems to hold (kinds, e.g. "UK phone
    number"), found when it arrived."""

    point: IncomingPoint
    flags: tuple[str, ...] = ()
    absent: bool = False
    """Sent under the name of someone listed as not here (Who is here): said beside the name,
    as the notes would give them both as not attending and saying it (a trial)."""
    left: bool = False
    """Sent under the name of someone listed as left early: said beside the name, as a point
    sent after they left came with nothing said (a room trial)."""
    devices: set[str] = field(default_factory=set, compare=False)
    """The browsers (the room's participant ids) that have sent points under this name, one
    set for the name, shared by its points as more arrive: two or more are said beside the
    name. Two phones chose "Alex Demo" and both went into the notes as the team manager,
    nothing said (a social care team's trial)."""
    facilitator: bool = False
    """Sent under the facilitator's own name (as the session calls them, or called them):
    said beside the name, and Accept all leaves it waiting. Any phone sending as "Kim
    Newstart" had its point taken as the facilitator's, nothing asked (a room trial): the
    facilitator, at the keyboard, rarely sends from a phone, and the name may be someone
    else's choice. `a` on it is theirs to confirm."""

    @property
    def who(self) -> str:
        return self.point.name.strip() or ANONYMOUS

    def label(self, now: str = "") -> PointLabel:
        """Its line in the queue: the words, then who sent it; `now` is the sender as the
        session calls them, where that is another name than the one sent (renamed on Who is
        here since): "— Anne Exampleton, sent as Ann Example", as the messages on accepting
        or declining it say (the queue said "— Ann Example" beside them: a trial)."""
        line = Text()
        for kind in self.flags:
            line.append(f"⚠ looks like {_looks_like(kind)} ", style="bold reverse")
            line.append(" ")
        line.append(printable(self.point.text))
        sent = cut_at_a_word(self.who, NAME_CELLS)
        sender = [Text(f"— {sent}", style="italic")] if not now else [
            Text(f"— {cut_at_a_word(now, NAME_CELLS)},", style="italic"),
            Text(f"sent as {sent}", style="italic")]
        if self.absent or self.left:
            sender[-1].append(f" (listed as {'not here' if self.absent else 'left early'})",
                              style="bold")
        if len(self.devices) > 1:
            sender[-1].append(f" ({len(self.devices)} devices use this name)", style="bold")
        if self.facilitator:
            sender[-1].append(f" ({OWN_NAME})", style="bold")
        return PointLabel(line, *sender)


OWN_NAME = "your name, as facilitator"
"""Said beside the name of a point sent under the facilitator's (`Waiting.facilitator`)."""
NAME_CELLS = 40
"""The cells of a sender's name a waiting point shows at most (a name given in the room may
be 80 characters), cut with "…" after a word (`cut_at_a_word`): cut inside one, "[b]huddle[/b] lead
for the Moorvale Childrens Centre" was "— [b]huddle[/b] lead for the Moorvale Chi…"."""


class PointLabel:
    """A waiting point's words, wrapped, then who sent it, never split over two lines: after
    the words where it fits on their last line, else on a line of its own (cut with "…" only
    where wider than the list). Wrapped as the words are, the name was split at the list's
    edge, and at the list's height only "— Alex" of "Alex Demo" showed (a trial). Who sent
    it may come in pieces (the name now, the name sent): where they do not fit on one line
    together, each piece starts a line, whole (cut only where wider than the list itself)."""

    def __init__(self, words: Text, *sender: Text, lines: int | None = None) -> None:
        self.words = words
        self.sender = sender
        self.lines = lines
        """At most this many lines of the words, the last cut after a word with "…"; None:
        all of them (`IncomingList` gives the highlighted point whole, the others cut)."""

    def cut(self, lines: int | None) -> PointLabel:
        """The same point with at most `lines` lines of its words (None: all)."""
        return PointLabel(self.words, *self.sender, lines=lines)

    def __str__(self) -> str:
        return " ".join([self.words.plain, *(piece.plain for piece in self.sender)])

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width, 1)
        lines = list(self.words.wrap(console, width))
        if self.lines is not None and len(lines) > self.lines:
            lines = lines[:self.lines]
            lines[-1] = _cut_line(lines[-1], width)
        sender = Text(" ").join(self.sender)
        last = lines[-1] if lines else None
        if last is not None and last.cell_len + 1 + sender.cell_len <= width:
            last.append(" ")
            last.append_text(sender)
        elif sender.cell_len <= width or len(self.sender) == 1:
            sender.truncate(width, overflow="ellipsis")
            lines.append(sender)
        else:
            for piece in self.sender:
                piece = piece.copy()
                piece.truncate(width, overflow="ellipsis")
                lines.append(piece)
        for line in lines:
            line.end = "\n"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)


def _cut_line(line: Text, width: int) -> Text:
    """`line`, the last shown of a point cut short, ended with "…" after a word (inside one
    only where it is a single word), within `width` cells. Counted in characters, a line of
    wide letters (漢字, an emoji) took "…" past the edge, or was cut inside a letter."""
    plain = line.plain.rstrip()
    if cell_len(plain) + 1 > width:  # (a wrapped line ends at a word: "…" goes after it)
        keep = set_cell_size(plain, max(width - 1, 1)).rstrip()  # (half a wide letter: " ")
        if " " in keep.strip():
            keep = keep.rstrip().rsplit(" ", 1)[0]
        plain = keep.rstrip(" ,;:·")
    cut = line[:len(plain)]
    cut.append("…")
    return cut


SHORT_LINES = 2
"""Lines of its words a waiting point shows while another is highlighted: a long point filled
the queue's box, its sender ("— Alex Fictional") out of view and the point above cut (a
school's trial). The highlighted one shows up to `HIGHLIGHTED_LINES`."""
HIGHLIGHTED_LINES = 5
"""Lines of its words the highlighted point shows: whole up to five (some 230 characters at
80 columns), so that its sender stays in the six lines the box shows at 80x24 and 60x20; a
longer one is cut with "…" (e puts it whole into the point box)."""


class IncomingList(GoesBack):
    """F2 brings the focus here (`focus_from`); Esc goes back to the box it came from. Each
    waiting point shows at most `SHORT_LINES` lines of its words, then who sent it; the one
    highlighted, up to `HIGHLIGHTED_LINES`."""

    def watch_highlighted(self, highlighted: int | None) -> None:
        self.whole_at(highlighted)
        super().watch_highlighted(highlighted)

    _drawn_at = -1
    """The width the list's points were last wrapped at."""

    def render_line(self, y: int) -> Strip:
        """Each point wrapped anew where the list's width has changed. The option list keeps
        each point's lines and their count whatever the width, and forgets them only on a
        resize: F2 brought the list's scrollbar, two columns narrower, no resize, and a
        sender that fitted after the words went to a line of its own, which the count left
        out: "— Priya Example" was not shown (a room trial at 80x24)."""
        width = self.scrollable_content_region.width
        if width != self._drawn_at:
            self._drawn_at = width
            self._clear_caches()
        return super().render_line(y)

    def whole_at(self, highlighted: int | None) -> None:
        """The point at `highlighted` to `HIGHLIGHTED_LINES` lines, every other to
        `SHORT_LINES`."""
        for i, option in enumerate(self.options):
            label = option.prompt
            want = HIGHLIGHTED_LINES if i == highlighted else SHORT_LINES
            if isinstance(label, PointLabel) and label.lines != want:
                self.replace_option_prompt_at_index(i, label.cut(want))

    # Priority bindings run as the app reads the key, before it passes on the next one: so
    # keys typed straight after `e` land in the point box it moves to. (An ordinary binding
    # runs once the key has reached this list, after the next keys were already sent here.)
    BINDINGS = [
        Binding("a", "decide('accept')", "Accept", priority=True),
        Binding("e,enter", "decide('edit')", "Edit", priority=True),
        Binding("d,delete", "decide('decline')", "Decline", priority=True),
        Binding("A,shift+a", "decide('all')", "Accept all", priority=True),
        # "Bring back", as the app says it everywhere: "Undo decline" was a column too
        # long to show at 80 columns after the keys above (ui/widgets/footer.py shows whole
        # keys only, in order), when a slip had just declined a point.
        Binding("u", "decide('undo')", "Bring back", priority=True),
        # Esc went on to the session's own Esc, "Leave the session?" (the room open), with a
        # point half typed in the point box (a trial): back to that box, as it was.
        Binding("escape", "back", "Back"),
    ]
    keys_first = frozenset({"decide('undo')"})
    """`u Bring back` on the keys line whenever it fits, Accept all (or more) left out at
    60x20 (footer.KEYS_FIRST): the key wanted just after a `d` pressed by mistake."""

    def action_back(self) -> None:
        """Esc: back where F2 came from (the point box, what is typed in it kept); else on to
        the next box, the point box below."""
        if not self.go_back():
            self.screen.focus_next()

    def action_decide(self, how: How) -> None:
        self.query_ancestor(IncomingQueue).decide(how, self.highlighted)

    def on_key(self, event: events.Key) -> None:
        """A letter with none waiting (the last declined, the focus kept here for `u`) is
        said not to be typed, and where the point box is, not lost in silence."""
        queue = self.parent
        if isinstance(queue, IncomingQueue) and not queue.waiting and event.is_printable \
                and event.character not in (None, " ") and event.key != "u":
            say_not_typed(self, event.character or "", "the room's points have the focus, "
                          "none waiting (u brings back the last declined)",
                          "Esc goes back to the point box.")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """u in the footer only while a declined point can come back; a, e, d and A only
        while a point waits (with none, they were all the footer offered at 80 columns, and
        do nothing, while u, the one key that does, was left out)."""
        queue = self.parent
        if action == "decide" and isinstance(queue, IncomingQueue):
            return queue.declined > 0 if parameters == ("undo",) else bool(queue.waiting)
        return True


class IncomingQueue(Vertical):
    DEFAULT_CSS = """
    IncomingQueue { height: auto; border: round $warning; padding: 0 1; margin-bottom: 1;
                    display: none; }
    IncomingQueue.-shown { display: block; }
    IncomingQueue IncomingList { height: auto; max-height: 8; border: none; }
    """

    @dataclass(frozen=True)
    class Decided:
        """Accept, edit or decline the waiting point `waiting` (None with "all", and with
        "undo": bring back the last point declined on this question). Handed
        straight to `on_decide`, not posted, like `ItemForm.Submitted`: the walkthrough
        decides before the next key typed is read."""

        queue: IncomingQueue
        how: How
        waiting: Waiting | None

    def __init__(self, step_key: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.step_key = step_key
        self.waiting: list[Waiting] = []
        self.declined = 0
        """Points declined on this question that `u` can bring back."""
        self.on_decide: Callable[[IncomingQueue.Decided], None] | None = None
        """The walkthrough's: makes the decision (set with the waiting points)."""
        self._last: How | None = None
        """The decision last handed on (`stays`)."""

    def compose(self) -> ComposeResult:
        yield Line("", "bold", classes="incoming-title")
        yield IncomingList(classes="incoming-list")

    def set_waiting(self, waiting: list[Waiting], declined: int = 0,
                    now: Callable[[str], str] | None = None) -> None:
        """Show these waiting points (the walkthrough's list for this question), and say how
        many declined ones `u` can bring back: while there are any, the queue stays, emptied.
        `now`: a name sent to the sender's name now, where another ("" where not: `label`)."""
        self.waiting = list(waiting)
        self.declined = declined
        shown = self.waiting[:SHOWN]
        points = self.query_one(IncomingList)
        labels = [w.label(now(w.who) if now else "") for w in shown]
        if ([(o.id, str(o.prompt)) for o in points.options]
                != [(w.point.id, str(label)) for w, label in zip(shown, labels, strict=True)]):
            keep = points.highlighted  # (a sender renamed since: labelled anew)
            points.set_options([Option(label.cut(SHORT_LINES), id=w.point.id)
                                for w, label in zip(shown, labels, strict=True)])
            if shown:
                points.highlighted = min(keep or 0, len(shown) - 1)
                points.whole_at(points.highlighted)
        self.query_one(".incoming-title", Line).show(self.title(), "bold")
        # (A class, not `display`: the presentation view hides it whatever it holds.)
        self.set_class(bool(self.waiting) or bool(declined), "-shown")
        points.refresh_bindings()  # u in the footer, or not

    def title(self) -> str:
        n = len(self.waiting)
        more = f" (the first {SHOWN} shown)" if n > SHOWN else ""
        back = (f"u bring back ({self.declined} declined)" if self.declined
                else "")
        if not n:
            return f"From the room: none waiting · F2 here, then {back}"
        return (f"From the room: {n} waiting{more} · F2 here, then a accept · e edit · "
                f"d decline · A accept all" + (f" · {back}" if back else ""))

    def stays(self) -> bool:
        """Whether the focus stays here now none wait: the last was declined, and `u`, which
        the room's panel offers after `d`, brings it back (the focus went back to the point
        box, and `u` was typed there: a trial). Asked once a decision has emptied the list."""
        last, self._last = self._last, None
        return last == "decline" and self.declined > 0

    def decide(self, how: How, index: int | None) -> None:
        self._last = how
        if self.on_decide is None:
            return
        if how in ("all", "undo"):
            if self.waiting if how == "all" else self.declined:
                self.on_decide(self.Decided(self, how, None))
            return
        if index is not None and 0 <= index < len(self.waiting):
            self.on_decide(self.Decided(self, how, self.waiting[index]))
