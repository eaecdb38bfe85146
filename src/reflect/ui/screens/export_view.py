"""What the export dialog keeps in view as it opens (`ExportView`, a base of `ExportScreen`):
the check's finding and the "Chosen:" line naming the format, and the chosen format's line of
the list where there is room for it too; the whole list once the arrows move in it."""

from __future__ import annotations

from textual import events
from textual.containers import VerticalScroll
from textual.geometry import Region, Spacing
from textual.widget import Widget
from textual.widgets import RadioSet

from reflect.export.identifiers import Finding
from reflect.export.options import ExportOptions
from reflect.model.recorded import nothing_to_export
from reflect.model.session import Session
from reflect.model.typed_items import minutes_note
from reflect.ui.screens.base import ReflectModal, ResultT
from reflect.ui.screens.export_words import (
    check_lead,
    check_notes,
    first_finding,
    more_below,
    names_checked,
    titled_into,
)
from reflect.ui.widgets.choice import ChoiceButton
from reflect.ui.widgets.docked_foot import DockedButtons
from reflect.ui.widgets.literal import Fitted, Literal, literal_title
from reflect.ui.widgets.more_below import MoreBelow

FINDING_ABOVE = "Finding above: PgUp"
"""Said over the buttons while the check's finding is above the view: where it and the whole
list of formats cannot both be in view (a record's check at 80x24, any at 60x20)."""


def joined(*regions: Region) -> Region:
    """The region spanning those of `regions` that are not empty (one not yet laid out)."""
    return Region.from_union([region for region in regions if region] or [Region()])


class ExportView(ReflectModal[ResultT]):
    """The export dialog's scrolling: `ExportScreen` composes what it scrolls."""

    session: Session
    findings: list[Finding]
    checked: bool
    formats_moved = False
    """Whether the arrows have moved in the formats (then they are kept in view)."""
    said: tuple[list[str], bool, str, str, str] = ([], False, "", "", "")
    """The check's finding lines and what `check_lead` and `check_notes` take (`say_findings`)."""
    split = False
    """Whether the findings after the first are said under the formats (`say_findings`)."""

    @property
    def options(self) -> ExportOptions:
        """The options the chosen format is exported with (`ExportCheck`'s)."""
        raise NotImplementedError

    def more_line(self, words: str) -> MoreBelow:
        """The line over the buttons: more options below (`words`), and the check's finding
        above (`FINDING_ABOVE`), while they are."""
        return MoreBelow(words, over=".buttons", above=("#findings.-found", FINDING_ABOVE),
                         id="export-more")

    title = ""
    """The dialog's title, without the folder its first line says (`show_title`)."""

    def show_title(self, title: str) -> None:
        """The dialog's title (*Export the notes*, *Export your CPD record*): its first line,
        with the folder it writes into where the line has room (`titled_into`), and in its
        top border while that line is scrolled away above (`title_kept`), the title alone."""
        from pathlib import Path

        from reflect.store.exports import exports_dir

        self.title = title
        folder = str(exports_dir(self.reflect_app.sessions_dir))
        try:
            home = str(Path.home())
        except RuntimeError:  # (no home folder known: the folder as it is)
            home = ""
        self.query_one("#export-title", Fitted).fit(
            lambda width: [titled_into(title, folder, width, home)], "bold")
        self.title_kept()

    def title_kept(self) -> None:
        """The title in the dialog's top border while its own line is out of view above, as
        PgDn pages, none while it is in view: at 60x20 PgDn scrolled it away, nothing saying
        there was more above (a trial). Not docked as the other tall dialogs' titles are
        (`DialogTitle`): a docked line less of view at 80x24 put three findings' list where
        only findings not yet laid out made it fit, flaky under load (7220e9d0). A border's
        title takes no line, and lays nothing out anew (a repaint)."""
        dialog = self.query_one("#export-dialog", VerticalScroll)
        line = self.query_one("#export-title", Literal)
        kept = self.title if dialog.scroll_y > line.virtual_region.y else None
        if (dialog.border_title or None) != kept:  # (a repaint only where it changes)
            dialog.border_title = literal_title(kept)

    def opened_at_top(self) -> None:
        """Once laid out as it opens: at its top, then scrolled as `show_chosen` needs."""
        self.query_one("#export-dialog").scroll_home(animate=False)
        self.show_chosen()
        self.watch(self.query_one("#export-dialog"), "scroll_y", self.title_kept)
        self.watch(self.query_one("#format", RadioSet), "_selected", self.show_formats,
                   init=False)
        # Once laid out again: brought into view as the check's result was shown, the list
        # was scrolled by where it had been, two lines short (one run in five, at 70x22).
        self.watch(self.query_one("#export-dialog"), "virtual_size", self._laid_out,
                   init=False)
        # The height it opened at, held: from -1, the first change of size after opening,
        # as the first PgDn scrolled, was taken for the check's result, and the chosen
        # format brought back into view undid that PgDn (60x20, a trial).
        self._held_height = self._body_height()

    _held_height = -1
    """The height of what the dialog scrolls, without what is docked at its foot, when it was
    last laid out (`_laid_out`)."""

    def focus_kept_on_resize(self) -> bool:
        """With the formats focused, a resize shows what opening at that size shows (below):
        the rule for every box (`keep_focus_in_view`) brought the whole list into view, and
        at 80x24 after 120x40 the dialog came back three lines down, its title and the
        check's "1 likely personal detail found. Go and edit it (e)…" out of view above a
        line begun mid-sentence (a facilitator's trial, resizing a shared screen)."""
        return not self.query_one("#format").has_focus

    def on_resize(self, event: events.Resize) -> None:
        """(Before `ReflectModal.on_resize`.) The chosen format, or the list once the arrows
        moved in it, brought into view again as the dialog opened, once laid out at the new
        size (a height alone changed lays nothing out anew: `_laid_out` is not called)."""
        if self._held_height >= 0 and self.query_one("#format").has_focus:
            self.call_after_refresh(self.show_formats if self.formats_moved
                                    else self.show_chosen)

    def _laid_out(self) -> None:
        """What it holds took another height (the check's result): the chosen format, or
        the list, in view again. Not for the line over the buttons coming or going as it
        scrolls (`MoreBelow`, which takes a line of the view): at 60x20 PgDn brought the
        chosen format back into view each time, and never reached the options."""
        height = self._body_height()
        if height == self._held_height:
            return
        self._held_height = height
        if self.query_one("#format").has_focus:
            show = self.show_formats if self.formats_moved else self.show_chosen
            show()
            self.call_after_refresh(show)  # where they are once all laid out

    def _body_height(self) -> int:
        """The height of what the dialog scrolls, without what is docked at its foot."""
        body = self.query_one("#export-dialog", VerticalScroll)
        gutter = self.query_one("#export-title").dock_gutter
        return body.virtual_size.height - gutter.top - gutter.bottom

    def say_findings(self, split: bool) -> None:
        """The check's result over the formats: every finding and note, or (`split`) the
        first finding and a line saying the rest, and the notes, are said under the formats
        (`#more-findings`)."""
        self.split = split
        lines, record, colleagues, problem, unattributed = self.said
        notes = check_notes(colleagues, problem, unattributed, minutes_note(self.session),
                            nothing_to_export(self.session))
        first, rest = first_finding(lines) if split else (lines, [])
        below = notes if split else []
        names = names_checked(any(p.name.strip() for p in self.session.participants),
                              self.options.nameless)
        said = [check_lead(len(self.findings), first, record, letters=not self.letters_off,
                           names=names)]
        said += [more_below(rest, len(below))] if rest or below else notes
        # Hung: a finding's wrapped line under its own words, not at the margin, where its
        # name or number ("Jane Smith") read as a heading (a fresh-eyes trial at 80x24).
        self.query_one("#findings", Literal).show("\n".join(said),
                                                  "bold" if self.findings else "italic",
                                                  hung=True)
        self.query_one("#findings").set_class(bool(self.findings), "-found")
        more = self.query_one("#more-findings", Literal)
        more.show("\n".join([*(["The other findings:", *rest] if rest else []), *below]),
                  "bold", hung=True)
        more.display = bool(rest or below)
        self.noted = bool(notes)

    def findings_landed(self) -> None:
        """A check's result said over the formats where they have the focus: laid out, it is
        split under them where it does not fit (`show_chosen`, `show_formats`). With the focus
        elsewhere (a tick box) it is split as it was, and split where it now leaves the list
        no room (`fit_findings`), the view left where it is: a check run again from a tick
        box said its notes over the formats again, however they fitted, and they stayed there
        (a facilitator's trial at 60x20)."""
        formats = self.query_one("#format").has_focus
        self.say_findings(split=self.split and not formats)
        if not formats:
            self.call_after_refresh(self.fit_findings)
        else:  # (said whole, the dialog's height can come out as it was split: `_laid_out`,
            # which fits on a change of height, was then not called, and three findings
            # stayed whole over the list, the check's line out of view, once in a whole run)
            self.call_after_refresh(self.show_formats if self.formats_moved else self.show_chosen)

    def fit_findings(self) -> None:
        """The findings after the first, and the notes, said under the formats where the
        check's result over them leaves no room for the title, the "Chosen:" line and the
        list's first line, as the dialog opening splits them (`show_chosen`); then the box
        with the focus brought back into view, where what was said over it pushed it below
        the view (at 60x20 a tick box that added a note went under the buttons)."""
        if not self.is_attached or self.query_one("#format").has_focus:
            return
        found = self._found()
        first = self._in_dialog(self.query_one("#format").query(ChoiceButton).first())
        opening = joined(self.query_one("#export-title").virtual_region, found,
                         self.query_one("#format-chosen").virtual_region, first)
        if found and opening.height > self._view_height() and not self.split:
            self.say_findings(split=True)
        self.call_after_refresh(self._focused_in_view)

    def _focused_in_view(self) -> None:
        """The box with the focus (not the formats) seen whole above the docked buttons."""
        box, dialog = self.focused, self.query_one("#export-dialog", VerticalScroll)
        if box is not None and box.region and self.is_attached:
            self._bring_into_view(box.region.translate(
                dialog.scroll_offset - dialog.content_region.offset))

    noted = False
    """Whether the check's result has notes (`check_notes`): then, with no finding, it may
    be split too (`show_chosen`), the notes said under the formats."""

    def _found(self) -> Region:
        """Where the check's result is, where it holds a finding or a note (else empty)."""
        return (self.query_one("#findings").virtual_region
                if self.checked and (self.findings or self.noted) else Region())

    def _view_height(self) -> int:
        """The lines of the dialog in view above its docked buttons."""
        dialog = self.query_one("#export-dialog", VerticalScroll)
        return dialog.scrollable_content_region.height - self._under()

    def _under(self) -> int:
        """The lines docked at the dialog's foot, over which the view ends: its buttons, and
        the line over them saying more options are below while it shows (`MoreBelow`)."""
        more = self.query("#export-more")
        return self.query_one(DockedButtons).outer_size.height + sum(
            1 for line in more if line.display)

    def show_chosen(self) -> None:
        """As the dialog opens (and again as the check's result above changes height): its
        top, the title first, with the check's finding, the "Chosen:" line and the list's first
        line of formats (the list has the focus), and the chosen format's line as well where
        it fits. At 60x20 a team's dialog opened on a record four forms down, its line and the
        "Chosen:" line out of view, and Ctrl+O, Ctrl+O wrote it unseen; a reflection's opened
        with the finding scrolled away above, "Export redacted" and "Go and edit" shown without
        why; then with two findings it opened two lines down, its title and the check's line
        out of view (trials). Findings that do not all fit over the list are said from the
        second on under the formats (`say_findings`). Only where even that leaves no room is
        the top let go, as little as shows the finding and the "Chosen:" line."""
        chosen = self.query_one("#format-chosen").virtual_region
        top = self.query_one("#export-title").virtual_region
        row = self._in_dialog(self.query_one("#format", RadioSet).pressed_button)
        first = self._in_dialog(self.query_one("#format").query(ChoiceButton).first())
        found = self._found()
        view = self._view_height()
        opening = joined(top, found, chosen, first)
        if found and opening.height > view and not self.split:
            self.say_findings(split=True)  # the first finding, the rest under the formats
            self.call_after_refresh(self.show_chosen)
            return
        shown = joined(found, chosen)
        for region in (joined(opening, row), opening, joined(shown, row), shown):
            if region.height <= view:
                break
        self._bring_into_view(region)

    def _in_dialog(self, widget: Widget | None) -> Region:
        """Where `widget`, inside the list of formats, is in what the dialog scrolls (its
        region as laid out, moved by the dialog's scroll; empty before it is laid out)."""
        line = self.query_one("#format-chosen")
        if widget is None or not line.region or not widget.region:
            return Region()
        return widget.region.translate(line.virtual_region.offset - line.region.offset)

    def _bring_into_view(self, region: Region) -> None:
        self.query_one("#export-dialog", VerticalScroll).scroll_to_region(
            region, animate=False, top=False, spacing=Spacing(0, 0, self._under(), 0))

    def show_formats(self) -> None:
        """Once the arrows move in the formats, the whole list is brought into view (and again
        when the check's result above it changes height): at 70x22, with a finding and a
        record's note above it, one line of it showed above the buttons. With the check's
        finding over it where they fit together, the findings after the first said under the
        formats (`say_findings`) where that makes them fit: at 80x24, with three findings, →
        scrolled "CHECK: 3 likely personal details found…" out of view above a line begun
        mid-sentence, nothing saying so (a facilitator's trial on a shared screen)."""
        self.formats_moved = True
        formats = self.query_one("#format").virtual_region
        chosen = self.query_one("#format-chosen").virtual_region  # the line naming it too
        found = self._found()
        listed = joined(formats, chosen)
        view = self._view_height()
        if found and joined(found, listed).height > view and not self.split:
            self.say_findings(split=True)  # the first finding, the rest under the formats
            self.call_after_refresh(self.show_formats)
            return
        top = self.query_one("#export-title").virtual_region
        for region in (joined(top, found, listed), joined(found, listed), listed):
            if region.height <= view:
                break
        self._bring_into_view(region)
