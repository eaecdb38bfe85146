"""The new-session form: mode, title, team or service, facilitator, participants, and the
meeting length (or, on your own, your name, filled in with the one *My CPD so far* remembers,
and the time you plan to spend).

For a team reflect has met before, last time's participants are offered (read in a worker as
the team name is typed; where keys typed meanwhile go: new_session_focus.py): each unticked,
"not yet here", for the facilitator to tick who came; the facilitator's box is filled with
who led its last session (unless something else was typed there), and its length chosen
(`MeetingLength.offer`). A name near a team's that
has met (one's words inside the other's, "mash" and "MASH team", or spelt nearly alike,
"Moorvale Children Team" and "Moorvale Children's Team": `model.teams.near_names`) is said
under the box, and → takes that team's name (ui/widgets/near_team.py)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Input, RadioSet, SelectionList, TextArea
from textual.widgets.selection_list import Selection
from textual.worker import Worker

from reflect.model.review import Review
from reflect.model.same_person import last_time_lines, with_last_time
from reflect.model.session import Participant, Timing
from reflect.text import tidy_name
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.screens.new_session_draft import DraftedForm
from reflect.ui.screens.new_session_focus import untyped
from reflect.ui.screens.participants_read import read_back
from reflect.ui.screens.typed_twice import ask_typed_twice
from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet, TickList
from reflect.ui.widgets.fitting_scroll import DialogTitle, FittingScroll
from reflect.ui.widgets.form_input import FormInput, OfferedName
from reflect.ui.widgets.in_order_area import InOrderTextArea
from reflect.ui.widgets.literal import Fitted, Literal
from reflect.ui.widgets.meeting_length import MeetingLength
from reflect.ui.widgets.more_below import MoreBelow
from reflect.ui.widgets.near_team import NearTeamLine, TeamBox
from reflect.wrapping import fitted

if TYPE_CHECKING:
    from reflect.store.form_drafts import DraftsFound

LENGTH_LABELS = {
    True: "Meeting length (shared out over the steps; F7 changes it later)",
    False: "Time you plan to spend (optional)",
}
"""The length question's wording, for a team session and for one person."""
MORE_BELOW = "More below, down to Start session"
"""Said at the form's foot while more is below (the keys that go down follow: `way_down`)."""


class NewSessionScreen(DraftedForm):
    """Dismisses with the session's details, or None when cancelled; what is typed is kept
    as a draft meanwhile (new_session_draft.py)."""

    AUTO_FOCUS = GIVEN_ON_MOUNT  # (`on_mount`)
    enter_from = 0.0  # infinite while keys wait (key_order): being built, its folder checked

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "start", "Start session", priority=True),
    ]

    def __init__(self, review: Review, sessions_dir: Path | None = None,
                 own_name: str = "", twin: bool = False,
                 drafts: DraftsFound | None = None, kind: str = "team") -> None:
        super().__init__(drafts)
        self.review = review
        self.kind = kind
        """The kind of session the form starts on: the last one started ("team" the first
        time; `store.settings.session_kind`)."""
        self.twin = twin
        """Whether another review in the library has this one's title: the heading gives
        its id, as the library's row does (two imported "Child QX" read alike here)."""
        self.own_name = own_name
        """The name *My CPD so far* remembers: a reflection's *Your name* starts with it."""
        self.sessions_dir = sessions_dir
        """Where the session will be saved: looked at before the form gives way (None: not)."""
        self.last: list[Participant] = []
        """Last time's participants offered for the team typed (each not yet here)."""
        self.last_team = ""
        """The team name `last` was found for."""
        self.typed_last: set[int] = set()
        """Which of `last` are typed in the participants box too: here (said beside them)."""
        self.offered_facilitator = ""
        """The facilitator put in the box from the team's last session ("" for none)."""

    def compose(self) -> ComposeResult:
        with FittingScroll(id="new-session", classes="dialog"):
            yield DialogTitle(f"New session on {self.review.title}"
                              + (f"  ·  id {self.review.id}" if self.twin else ""))
            yield Literal("Ctrl+S starts the session, Esc cancels.", "dim")
            yield Literal("", id="draft-said")  # a draft offered (new_session_draft.py)
            yield Literal("Who is this session for?")
            # A letter typed on it (the form opens there) starts the title: typed straight
            # after Enter on a review, the words were dropped.
            with ChoiceSet(id="mode", letters_to="#title", enter_moves_on=True):
                yield ChoiceButton("Team discussion (a facilitator and a group)",
                                   value=self.kind != "individual", id="mode-team")
                yield ChoiceButton("Individual reflection (on your own)",
                                   value=self.kind == "individual", id="mode-individual")
            yield Literal("", id="mode-said")  # the kind chosen last time, while it is
            yield Literal("Title")
            yield self._field(placeholder=f"If empty: {self.review.title} — team discussion",
                              id="title")
            yield Literal("Team or service")
            yield self._field(TeamBox, placeholder="e.g. Riverside health visiting team",
                              id="team")
            yield NearTeamLine("#team", id="team-near")  # "MASH team" met here, "mash" typed
            # On your own: whose reflection it is, so My CPD so far given the name counts it
            # (a folder shared across a partnership holds everyone's).
            yield Literal("Your name (optional: on your CPD record; My CPD counts this as yours)",
                          id="own-name-label")
            # The name remembered is all selected as Tab reaches it, as the facilitator's is
            # (`_offered_changed`): typed after, it made "Sam SampleSam Sample" (a trial).
            own = self._field(OfferedName, placeholder="e.g. Pat Example", id="own-name",
                              value=self.own_name)
            own.select_on_focus = bool(self.own_name)
            yield own
            yield Literal("Facilitator", id="facilitator-label")
            yield self._field(OfferedName, placeholder="Who is leading the discussion",
                              id="facilitator")
            # Last time's people, after the facilitator (filled in from last time too) and
            # before the participants box they add to: Tab goes through the form as it reads.
            # Under the team box, Tab went from the team to them, past the facilitator, and a
            # facilitator's name typed there ticked the first of them (a trial).
            yield Literal("", id="last-label")
            # Letters typed on it go into the participants box (a newcomer's line).
            yield TickList[int](id="last-people", compact=True, letters_to="#participants")
            yield Literal("Participants, one per line: name, role, agency (or just role, agency)",
                          id="participants-label")
            yield InOrderTextArea(id="participants", soft_wrap=True, tab_behavior="focus",
                                  compact=True)
            yield Fitted(id="participants-read")  # each line wrapped under its own text
            yield Literal(LENGTH_LABELS[True], id="length-label")
            yield self.length_at_start(id="meeting-length")
            with Horizontal(classes="buttons"):
                yield Button("Start session", variant="primary", id="start", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
            yield MoreBelow(MORE_BELOW, id="new-session-more")  # (at its foot, while there is)

    def _field(self, kind: type[FormInput] = FormInput, **kwargs: object) -> FormInput:
        """A box whose Enter moves on to the next in order with the keys typed around it:
        typed fast (or pasted) after Enter, the next field's words went into this one."""
        box = kind(compact=True, select_on_focus=False, **kwargs)  # type: ignore[arg-type]

        def enter() -> None:
            box.moved_to = self.focus_next()

        box.on_enter = enter
        return box

    def on_mount(self) -> None:
        self.query_one("#mode", RadioSet).focus()
        self._mode_changed()
        self.show_last("", [])
        self.query_one("#draft-said").display = False
        self.start_keeping()
        self.read_teams()

    @work(thread=True, group="teams-here", exit_on_error=False)
    def read_teams(self) -> None:
        """The teams with sessions here, for the line under the team box (`NearTeamLine`);
        none on failure (a help, never a reason a session cannot start)."""
        from reflect.store.errors import SessionError
        from reflect.store.index import teams_here

        try:
            teams = teams_here(self.reflect_app.sessions_dir)
        except (OSError, SessionError, ValueError, TypeError):
            return
        self.app.call_from_thread(self.query_one(NearTeamLine).know, teams)

    @on(Input.Changed, "#team")
    def _team_changed(self, event: Input.Changed) -> None:
        self.reading = self.find_last(event.value)

    @on(Input.Changed, "#facilitator, #own-name")
    def _offered_changed(self, event: Input.Changed) -> None:
        """A name offered (last time's facilitator, the name remembered as yours) is all
        selected as Tab reaches it: a name typed replaces it, as in any form (typed on after
        it, it made "Sam SamplePat Example")."""
        offered = self.offered_facilitator if event.input.id == "facilitator" else self.own_name
        event.input.select_on_focus = bool(event.value) and event.value == offered
        if event.input.id == "facilitator":
            self._participants_read()  # (the line naming the facilitator says so)

    @work(thread=True, exclusive=True, group="last-people", exit_on_error=False)
    def find_last(self, team: str) -> None:
        """Last time's participants for `team`, read off the UI thread; nothing on failure
        (offering them is a help, never a reason a session cannot start)."""
        from reflect.store.carry import last_time
        from reflect.store.errors import SessionError

        try:
            people, facilitator, minutes = last_time(self.reflect_app.sessions_dir, team)
        except (OSError, SessionError, ValueError):
            people, facilitator, minutes = [], "", 0
        self.app.call_from_thread(self.show_last, team, people, facilitator, minutes)

    def show_last(self, team: str, people: list[Participant], facilitator: str = "",
                  minutes: int = 0) -> None:
        if team != self.query_one("#team", Input).value:
            return  # typed on since: a newer look-up is coming
        self.query_one(MeetingLength).offer(minutes if self.team_mode else 0)  # (last time's)
        chooser = self.query_one("#last-people", SelectionList)
        if people and (team, people) == (self.last_team, self.last) and \
                chooser.option_count == len(people):
            return  # shown already: listing them again would untick who was ticked
        self.last, self.last_team = people, team
        box = self.query_one("#facilitator", Input)
        (past, before), self.tabbed_past = self.tabbed_past or (None, None), None
        # Tab pressed as the team name was finished went on before the list was shown (read
        # off the UI thread, it came a moment later): Space then ticked nobody (a trial).
        if past is None or chooser.display or self.focused is not past or \
                not untyped(self.held_text(past), before):
            past = None  # (None: the list does not take the focus)
        emptied = not box.value.strip() and facilitator == self.offered_facilitator != ""
        if box.value.strip() in ("", self.offered_facilitator) and not emptied:  # never what
            # was typed, nor a box emptied of the one offered again (a draft's, filled in)
            self.offered_facilitator = facilitator
            box.value = facilitator
            box.cursor_position = len(facilitator)
            if facilitator and self.focused is box:  # (typing replaces it, as after a Tab)
                box.select_all()
        chooser.clear_options()
        self.typed_last = set()  # (read again for these people, below)
        chooser.add_options([Selection(self._person(n, False), n, False)
                             for n in range(len(people))])
        chooser.highlighted = 0 if people else None
        self.tick_from_draft(chooser)
        label = self.query_one("#last-label", Literal)
        if people:
            label.show(f"Last time's participants ({len(people)}): ↑ ↓ go to each, Space "
                       "ticks who is here; the others are listed as not yet here.")
        for widget in (label, chooser):
            widget.display = bool(people) and self.team_mode
        if past is not None and chooser.display:
            if self.held_text(past) != before and isinstance(past, Input | TextArea):
                past.clear()  # only spaces, typed as it held nothing: meant as ticks (`untyped`)
            self.set_focus(chooser)
        self._participants_read()  # (which lines typed are last time's people)

    def _person(self, n: int, here: bool) -> Content:
        """A person offered, with whether they are here in words (the box's X shows it
        only in colour); one typed in the box too is here, ticked or not."""
        said = "✓ here (typed below)" if n in self.typed_last else \
            "✓ here" if here else "✗ not yet here"
        return Content(f"{said} · {self.last[n].describe()}")

    @on(SelectionList.SelectedChanged, "#last-people")
    def _ticked(self) -> None:
        chooser = self.query_one("#last-people", SelectionList)
        here = set(chooser.selected)
        for n in range(chooser.option_count):
            chooser.replace_option_prompt_at_index(n, self._person(n, n in here))

    @on(RadioSet.Changed, "#mode")
    def _mode_changed(self) -> None:
        for wid in ("#facilitator-label", "#facilitator", "#participants-label", "#participants",
                    "#participants-read"):
            self.query_one(wid).display = self.team_mode
        for wid in ("#last-label", "#last-people"):
            self.query_one(wid).display = self.team_mode and bool(self.last)
        for wid in ("#own-name-label", "#own-name"):
            self.query_one(wid).display = not self.team_mode
        self.query_one("#length-label", Literal).show(LENGTH_LABELS[self.team_mode])
        kind = "team discussion" if self.team_mode else "reflection"
        self.query_one("#title", Input).placeholder = f"If empty: {self.review.title} — {kind}"
        said = self.query_one("#mode-said", Literal)  # (a draft's top says what it filled in)
        said.display = self.kind == "individual" and not self.team_mode and self.draft is None
        said.show("As you chose last time: Individual reflection. ↑ chooses Team discussion.",
                  "italic")

    @on(TextArea.Changed, "#participants")
    def _participants_read(self) -> None:
        """Say how each line is read, so a name typed alone is not taken for a role unseen;
        and which are the same person as another line, or as one of last time's (offered
        above: ticked, or typed, they are one person), or the facilitator: typed among the
        participants too, they were listed twice, unsaid (a team lead's trial); and which
        only look like another line or one of last time's (`read_back`)."""
        typed = self.query_one("#participants", TextArea).text
        people = Participant.parse_lines(typed)
        offered = self.offered()
        last = last_time_lines(people, offered)
        if set(last.values()) != self.typed_last:
            self.typed_last = set(last.values())
            self._ticked()
        said = read_back(people, offered, last, self.query_one("#facilitator", Input).value,
                         typed)
        # (wrapped under each line's words, past its number)
        self.query_one("#participants-read", Fitted).fit(
            (lambda width: fitted(said, width)) if said else None, "dim")

    def offered(self) -> list[Participant]:
        """Last time's participants, while offered for the team in the box (none otherwise)."""
        team = self.query_one("#team", Input).value.strip()
        return self.last if self.last and self.last_team.strip() == team else []

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        length = self.query_one(MeetingLength)
        if event.input.id == "own-minutes" and length.minutes is None:
            length.focus_problem()  # stays to be mended: Enter went on, and the next keys
            return  # were typed nowhere (a trial)
        self.focus_next()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        length = self.query_one(MeetingLength)
        if length.minutes is None:  # "Your own" with something that is not a length: it says
            length.focus_problem()  # what
            return
        box = self.query_one("#participants", TextArea)
        typed = Participant.parse_lines(box.text)
        # A name typed twice: asked, as Who is here asks (it was listed, and counted, twice).
        if not (self.team_mode and ask_typed_twice(self, typed, self._start,
                                                   lambda: self.set_focus(box))):
            self._start(typed)

    def _start(self, participants: list[Participant]) -> None:
        """The session started with the details typed, `participants` those typed in the box."""
        team = self.team_mode
        minutes = self.query_one(MeetingLength).minutes
        if minutes is None:
            return
        title = self.query_one("#title", Input).value.strip()
        if not title:
            kind = "team discussion" if team else "reflection"
            title = f"{self.review.title} — {kind}"
        here = self.query_one("#last-people", SelectionList).selected
        self.hand_before_start()  # written as the form gives way (`_check_folder`)
        participants = with_last_time(participants, self.offered(), here)
        self._start_if_it_can_be_saved({
            "mode": "team" if team else "individual",
            "title": title,
            "team": self.query_one("#team", Input).value.strip(),
            # A reflection keeps whose it is where a team keeps who led it (model/whose.py),
            # tidied as My CPD keeps the name (matched alike: only the case changes).
            "facilitator": self.query_one("#facilitator", Input).value.strip() if team
            else tidy_name(self.query_one("#own-name", Input).value),
            "participants": participants if team else [],
            "timing": Timing(minutes=minutes),
        })

    def _start_if_it_can_be_saved(self, details: dict[str, object]) -> None:
        """The form gives way only once its session can be saved: where it could not, the
        form was gone, and all typed into it with it (a trial)."""
        if self.sessions_dir is None:
            self.dismiss(details)
        else:  # keys typed meanwhile wait for the session (key_order): they went into a box
            self.enter_from = math.inf  # here, and were gone with the form
            self._check_folder(self.sessions_dir, details)

    @on(Worker.StateChanged)
    def _checked(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "start" and event.worker.is_finished:
            self.enter_from = 0.0  # (the form stays where the folder cannot be written)

    @work(thread=True, group="start", exclusive=True, exit_on_error=False)
    def _check_folder(self, folder: Path, details: dict[str, object]) -> None:
        from reflect.store.atomic import unwritable

        if self.keeper is not None:
            self.keeper.flush()
        problem = unwritable(folder)
        if problem is None:
            self.app.call_from_thread(self._give_way, details)
            return
        self.app.call_from_thread(
            self.notify, f"The session cannot be saved: {problem}. What you typed is still "
            "here; start reflect with --sessions-dir DIR (or REFLECT_SESSIONS_DIR) for a "
            "folder it can write to.", severity="error", timeout=15)

    def _give_way(self, details: dict[str, object]) -> None:
        if self.is_current:  # not already gone (Ctrl+S pressed twice)
            self.dismiss(details)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Cancel; after something has been typed, only once it is confirmed (Esc pressed
        by mistake, or to close a list, would otherwise drop it)."""
        if not self.typed():  # (a draft left of boxes emptied a moment ago: thrown away)
            self.throw_away()
            self.dismiss(None)
            return
        from reflect.ui.screens.confirm import dismiss_once_confirmed

        dismiss_once_confirmed(self, "Discard what you have typed for this new session?",
                               "Keep typing", then=self.throw_away)

