"""The new-session form kept as a draft while it is typed (store/form_drafts.py), so that a
terminal closed or killed before Ctrl+S loses nothing: written a second or less after each
change (off the UI thread), and again on every way out of the app (`WayOut.drafts_to_keep`:
a closed window, Ctrl+Q, an error). Offered back, said plainly at the form's top, the next
time a new session is started on the review, with every box as it was typed (emptied ones
too); removed once its session's file is written, or when the form is thrown away (Esc, then
Discard: in a worker, a file that cannot be removed said by name). A draft that cannot be read
is said and left as it is; a folder that cannot be written is said once, and Ctrl+Q then asks
as before. Each review keeps its own, and each form names the other reviews' drafts; the
terminal names them all once the app has ended (ui/farewell.py).

The form lost its typing in silence (a trial): Ctrl+Q asked first, a killed terminal did not."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Input, SelectionList, TextArea

from reflect.ui.screens.new_session_focus import NewSessionFocus
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.meeting_length import MeetingLength

if TYPE_CHECKING:
    from textual.app import App

    from reflect.model.review import Review
    from reflect.model.session import Participant
    from reflect.store.form_drafts import DraftKeeper, DraftsFound, FormDraft

DRAFT_EVERY = 1.0
"""Seconds between looks at the form for typing to keep."""


def _remove_draft(app: App[object], keeper: DraftKeeper, title: str) -> None:
    """Remove a draft thrown away (in a worker); one that cannot be removed is said, naming
    its file, and offered again."""
    keeper.discard()
    if keeper.error:
        app.call_from_thread(
            app.notify, f"The new session form on {title} was not thrown away: {keeper.error}. "
            f"n on {title} offers it again; delete the file to throw it away.",
            severity="error", timeout=15)


def offered_words(found: DraftsFound, sessions_dir: str) -> str:
    """What the form's top says of the drafts found as it opened ("" for nothing)."""
    said: list[str] = []
    if found.offered is not None:
        draft = found.offered[1]
        when = (f" on {draft.saved.astimezone():%d %b %Y at %H:%M}"
                if draft.saved is not None else "")
        why = (f"that could not be started: {draft.not_started}. Ctrl+S tries again"
               if draft.not_started else
               "that was never started (reflect closed first). Ctrl+S starts it")
        said.append(f"Filled in with what you typed{when} for a new session {why}; Esc, then "
                    "Discard, throws it away.")
        if draft.sessions_dir and sessions_dir and draft.sessions_dir != sessions_dir:
            said.append(f"It was typed while sessions were saved in {draft.sessions_dir}.")
        if found.more:
            said.append(f"{found.more} more kept for this review "
                        f"{'is' if found.more == 1 else 'are'} offered after it.")
    for why in found.unreadable:
        kept = "" if found.offered else " What you type now is kept in a new draft."
        said.append("A draft of this form cannot be read and is left as it is (delete it "
                    f"once it is not needed): {why}.{kept}")
    if found.error:
        said.append(f"Drafts of this form cannot be looked for: {found.error}.")
    others = sorted({d.review_title or d.review_id for d in found.elsewhere})
    if others:  # each review keeps its own, and each form names the others' (typed for A,
        # then for B: A's form, filled in, said nothing of B's)
        on = others[0] if len(others) == 1 else f"{', '.join(others[:-1])} and {others[-1]}"
        typed, too = ("", " too") if found.offered else ("typed earlier and never started ", "")
        said.append(f"A new session {typed}is kept as a draft on {on}{too}: n on that review "
                    "offers it." if len(others) == 1 else
                    f"New sessions {typed}are kept as drafts on {on}{too}: n on each review "
                    "offers its own.")
    return " ".join(said)


class DraftedForm(NewSessionFocus):
    """The new-session form's typing, kept as a draft (see above)."""

    review: Review
    own_name: str
    offered_facilitator: str
    last: list[Participant]

    def __init__(self, drafts: DraftsFound | None = None) -> None:
        super().__init__()
        self.drafts = drafts
        """The drafts found for the review as the form was asked for (None: none looked
        for, and none kept: a form made on its own, in tests)."""
        self.keeper: DraftKeeper | None = None
        """Keeps this form's draft (None: drafts are not kept)."""
        self._handed: FormDraft | None = None
        """The typing last handed to `keeper`."""
        self._ticks_due: set[str] = set()
        """Last time's people the draft ticked, ticked once they are listed."""
        self._said_error = ""

    @property
    def draft(self) -> FormDraft | None:
        """The draft the form was filled in with, if any."""
        return self.drafts.offered[1] if self.drafts and self.drafts.offered else None

    def length_at_start(self, **kwargs: object) -> MeetingLength:
        """The meeting length as the draft left it: its length, whether "Your own" was chosen
        and what its box held, given as it is made (set after, a length in the box chose
        "Your own" over a listed length chosen after it)."""
        draft = self.draft
        if draft is None:
            return MeetingLength(**kwargs)  # type: ignore[arg-type]
        return MeetingLength(draft.minutes, own=draft.own_length, own_text=draft.own_minutes,
                             **kwargs)  # type: ignore[arg-type]

    def typed(self) -> bool:
        """Whether anything has been typed (a facilitator filled in from the team's last
        session, or your name as remembered, does not count)."""
        boxes = [self.query_one(f"#{name}", Input).value for name in ("title", "team")]
        boxes.append(self.query_one("#participants", TextArea).text)
        facilitator = self.query_one("#facilitator", Input).value.strip()
        own = self.query_one("#own-name", Input).value.strip()
        return any(b.strip() for b in boxes) or facilitator not in (
            "", self.offered_facilitator) or own not in ("", self.own_name)

    def quit_question(self) -> str | None:
        """Asked by Ctrl+Q (see `ReflectApp.action_quit`): nothing of this form starts a
        session until Ctrl+S; what is kept as a draft is offered again."""
        if not self.typed():
            return None
        if self.keeper is not None and not self.keeper.error:
            return ("Quit reflect? What you have typed for this new session is kept as a "
                    f"draft: n on {self.review.title} offers it again.")
        return "Quit reflect? What you have typed for this new session has not been saved."

    def start_keeping(self) -> None:
        """Fill the form in with the draft offered, say what was found, and keep the typing
        from now on (on mount)."""
        if self.drafts is None:
            return
        from reflect.store.form_drafts import DraftKeeper

        self.keeper = DraftKeeper(self.drafts)
        draft = self.draft
        if draft is not None:
            self._fill(draft)
            self._handed = draft
        self._say(offered_words(self.drafts, str(self.reflect_app.sessions_dir)))
        self.reflect_app.drafts_to_keep.append(self.keep_now)
        self.set_interval(DRAFT_EVERY, self._look)

    def on_unmount(self) -> None:
        if self.keeper is not None and self.keep_now in self.reflect_app.drafts_to_keep:
            self.reflect_app.drafts_to_keep.remove(self.keep_now)

    def _fill(self, draft: FormDraft) -> None:
        from reflect.ui.widgets.choice import ChoiceButton

        # (as typed: the form may have started on the other kind, chosen last time)
        self.query_one("#mode-individual" if draft.mode == "individual" else "#mode-team",
                       ChoiceButton).value = True
        # Each box as it was, emptied ones too: last time's facilitator emptied stays so when
        # offered again (`NewSessionScreen.show_last`), and the name remembered as yours while
        # it is still the one remembered (they came back filled in).
        self.offered_facilitator = draft.facilitator_offered
        boxes = {"title": draft.title, "team": draft.team, "facilitator": draft.facilitator}
        if draft.own_name or draft.own_name_offered == self.own_name:
            boxes["own-name"] = draft.own_name
        for name, value in boxes.items():
            box = self.query_one(f"#{name}", Input)
            if box.value != value:
                box.value = value
        if draft.participants:
            self.query_one("#participants", TextArea).load_text(draft.participants)
        self._ticks_due = set(draft.here)

    def tick_from_draft(self, chooser: SelectionList[int]) -> None:
        """Last time's people, just listed: those the draft ticked, ticked again."""
        if self._ticks_due and self.last:
            for n, person in enumerate(self.last):
                if person.describe() in self._ticks_due:
                    chooser.select(n)
            self._ticks_due = set()

    def now_typed(self) -> FormDraft | None:
        """What the form holds now, as a draft; None when nothing is typed."""
        if not self.typed():
            return None
        from reflect.store.form_drafts import FormDraft

        chooser = self.query_one("#last-people", SelectionList)
        here = tuple(self.last[n].describe() for n in chooser.selected if n < len(self.last))
        length = self.query_one(MeetingLength)
        return FormDraft(
            review_id=self.review.id, review_title=self.review.title,
            mode="team" if self.team_mode else "individual",
            title=self.query_one("#title", Input).value,
            team=self.query_one("#team", Input).value,
            facilitator=self.query_one("#facilitator", Input).value,
            facilitator_offered=self.offered_facilitator,
            own_name=self.query_one("#own-name", Input).value, own_name_offered=self.own_name,
            participants=self.query_one("#participants", TextArea).text,
            here=here or tuple(sorted(self._ticks_due)), minutes=length.length,
            own_length=length.own, own_minutes=self.query_one("#own-minutes", Input).value,
            sessions_dir=str(self.reflect_app.sessions_dir),
            not_started=self._handed.not_started if self._handed else "")  # (until started)

    def _look(self) -> None:
        """Hand the typing to the keeper when it changed (written off the UI thread)."""
        if self.keeper is None or not self.is_attached:
            return
        now = self.now_typed()
        if now == self._handed or (now is not None and now.same_typing(self._handed)):
            return
        self._handed = now
        self.keeper.hand(now)
        self._write()

    @work(thread=True, group="draft", exit_on_error=False)
    def _write(self) -> None:
        if self.keeper is not None:
            self.keeper.flush()
            self.app.call_from_thread(self._kept)

    def _kept(self) -> None:
        error = self.keeper.error if self.keeper is not None else ""
        if error and error != self._said_error:
            self._said_error = error
            self._say(f"What you type here cannot be kept as a draft until the session "
                      f"starts: {error}. Ctrl+S starts it.", "bold")
        elif not error and self._said_error:
            self._said_error = ""
            self._say(offered_words(self.drafts, str(self.reflect_app.sessions_dir))
                      if self.drafts else "")

    def keep_now(self) -> None:
        """Write what the form holds now, on a way out that cannot wait (on the UI thread)."""
        if self.keeper is not None and self.is_attached:
            self.keeper.keep(self.now_typed())

    def hand_before_start(self) -> None:
        """The typing handed to the keeper as Ctrl+S gives the form up (written off the UI
        thread, `keeper.flush`): kept, should the session's file not be written after all."""
        if self.keeper is not None:
            self._handed = self.now_typed()
            self.keeper.hand(self._handed)

    def throw_away(self) -> None:
        """The form discarded (Esc, then Discard; or left with nothing typed): its draft
        removed in a worker of the app's (the form is gone by then), whose failures reach
        the app's one handler (`WORKER_TASKS`): it was unlinked here, on the UI thread, where
        issue #16 asks for no disk work. Not offered meanwhile (`DraftKeeper.let_go`); a
        first write under way ends before it is removed (the keeper's lock), so the worker
        runs even while no file is known yet."""
        keeper = self.keeper
        if keeper is None:
            return
        keeper.let_go()
        self.app.run_worker(partial(_remove_draft, self.app, keeper, self.review.title),
                            name="remove the draft", group="draft", thread=True,
                            exit_on_error=False)

    def _say(self, text: str, style: str = "bold") -> None:
        said = self.query_one("#draft-said", Literal)
        said.show(text, style)
        said.display = bool(text)
