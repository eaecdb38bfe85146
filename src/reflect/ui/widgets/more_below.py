"""A line at the foot of a scrolling form saying there is more of it below, while there is.

A fresh-eyes trial at 80x24: the new-session form's meeting length and its Start button were
below the fold, and nothing said the form went on (its scroll bar's thumb hardly showed).
Then a second: the line said `More below, down to Start session` with the Start button on
screen (only the blank line under it was below), and the export dialog pointed to a tick
"below" under its options with nothing saying the options went on past its buttons. Then a
team lead's: it said "Tab or PgDn" in the participants box, where PgDn moves in the box
(`way_down` says only the keys that go down from where the focus is)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.widget import Widget

from reflect.ui.widgets.literal import Literal


def beyond_view(box: Widget, held: Sequence[Widget], spare: int = 0) -> tuple[bool, bool]:
    """Whether some of `held` (what `box` scrolls, none of it docked) is above, and below,
    what `box` shows: each where the screen last laid it out in `box` (`virtual_region`,
    without its margin), against where `box` is scrolled to now (`scroll_y`, before the
    screen has been told: worked out from where the screen last drew them, the save-failed
    dialog's line said "More below" scrolled to its foot, a scroll not yet told). `spare`:
    the lines of the view a line about to go takes (`MoreBelow`'s own, shown). One not laid
    out yet is left out."""
    held = [w for w in held if w.virtual_region]  # (one not laid out yet has no place)
    if not held:
        return False, False
    gutter = held[0].dock_gutter  # (what docked lines take from the view)
    top = round(box.scroll_y) + gutter.top
    view = box.scrollable_content_region.height - gutter.top - gutter.bottom + spare
    return (min(w.virtual_region.y for w in held) < top,
            max(w.virtual_region.bottom for w in held) > top + view)


def watch_view(owner: Widget, box: Widget, check: Callable[[], None]) -> None:
    """Run `check` (`owner`'s, to work out `beyond_view` of `box` again) once drawn, after
    each scroll of `box`, and each time the screen is laid out (a resize, a line shown or
    hidden: the regions are the new ones then)."""
    def scrolled() -> None:
        owner.call_after_refresh(check)

    owner.watch(box, "scroll_y", scrolled, init=False)
    owner.screen.screen_layout_refresh_signal.subscribe(owner, lambda _: check())
    owner.call_after_refresh(check)


def way_down(box: Widget) -> str:
    """The keys that go on down `box` (a scrolling container) from where its screen's focus
    is: Tab, and PgDn where the focus leaves PgDn to `box`: a text box or a list keeps it, to
    move in itself (the new-session form's participants box did, under "Tab or PgDn"); a
    choice that is a scrolling container with nothing to scroll passes it on."""
    pgdn = box.screen.active_bindings.get("pagedown") if box.is_attached else None
    if pgdn is None:
        return "Tab"
    node = pgdn.node
    passed_on = isinstance(node, Widget) and pgdn.binding.action == "page_down" and \
        type(node).action_page_down is Widget.action_page_down and \
        not node.allow_vertical_scroll  # (Textual's own page_down skips then)
    return "Tab or PgDn" if node is box or passed_on else "Tab"


class MoreBelow(Literal):
    """Docked at the foot of the scrolling container it is put in (its parent), shown while
    some of what that container holds is below what it shows, and saying `words`; over the
    container's own docked foot (`over`, a selector: the export dialog's buttons) where it
    has one. The keys that go on down from where the focus is follow `words` (`way_down`).
    Given `above` (a selector and its words), it says too, first, when the first line of
    what that selects is above the view: the export dialog's check's finding, scrolled out
    of view at 80x24 as the arrows kept the whole list of formats in view, with nothing
    saying so (a facilitator's trial on a shared screen)."""

    DEFAULT_CSS = """
    MoreBelow {
        dock: bottom;
        height: 1;
        display: none;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        background: $surface;
    }
    """

    def __init__(self, words: str, over: str | None = None,
                 above: tuple[str, str] | None = None, **kwargs: object) -> None:
        super().__init__(f"{words}: Tab or PgDn", "italic", **kwargs)
        self.words = words
        """What is said before the keys: `More options below`."""
        self.over = over
        """The container's docked foot this line sits on (None: its very foot)."""
        self.above = above
        """What is said while the first line of what a selector selects is above the view
        (`("#findings.-found", "Finding above: PgUp")`), or None."""
        self._beyond = (False, True)
        """Whether that is above, and whether more is below, as last worked out."""

    def on_mount(self) -> None:
        if isinstance(self.parent, Widget):
            watch_view(self, self.parent, self._check)
            self.watch(self.screen, "focused", self._say_keys)

    def _say_keys(self) -> None:
        if isinstance(self.parent, Widget):
            up, down = self._beyond
            said = [self.above[1]] if up and self.above else []
            said += [f"{self.words}: {way_down(self.parent)}"] if down else []
            if len(said) > 1:
                said[1] = said[1][:1].lower() + said[1][1:]
            self.show(" · ".join(said), "italic")

    def _check(self) -> None:
        """Shown while the lowest of what the container holds ends below its view (the view
        as it is without this line: shown, the line takes a line from it). A blank line
        under the last of it (a margin) is nothing more: shown for one, the line said the
        Start button was below while it was on screen."""
        box = self.parent
        if not self.is_attached or not isinstance(box, Widget):
            return
        self._sit_on_foot()
        held = [w for w in box.children if w.display and w.styles.dock == "none"]
        if not held:
            return
        # (Its own line only: its margin, the foot it sits on, is in the view either way.
        # Less that margin, 1 - 2 under two rows of buttons, it said "more options below"
        # with the last option in view, PgDn doing nothing: the export dialog at 60x20.)
        shown = self.outer_size.height if self.display else 0
        _, more = beyond_view(box, held, shown)
        marked = [w for w in box.query(self.above[0]) if w.display] if self.above else []
        up = bool(marked) and beyond_view(box, [marked[0]])[0]
        if (up, more) != self._beyond:
            self._beyond = (up, more)
            self._say_keys()
        if self.display != (up or more):
            self.display = up or more

    def _sit_on_foot(self) -> None:
        """Over the container's docked foot (`over`), as high as that is now (its buttons
        take a line each under 30 rows, two rows of them at 60 columns)."""
        feet = self.parent.query_children(self.over) if self.over and self.parent else None
        lift = feet.first().outer_size.height if feet and feet.first().display else 0
        if self.styles.margin.bottom != lift:
            self.styles.margin = (0, 0, lift, 0)
