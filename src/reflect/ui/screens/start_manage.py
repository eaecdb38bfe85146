"""The start screen's keeping of saved sessions: rename, duplicate and delete (the file work in a
worker, the list read again after), and a practitioner's own reflection after a team session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.worker import Worker, WorkerState

from reflect.text import one_line
from reflect.ui.screens.start_open import OpeningScreen

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from reflect.model.review import Review
    from reflect.store.index import SessionSummary

STARTING_AFTER = ("after", "create")
"""The worker groups that start a reflection after a team session: read it, then open one."""


class ManagingScreen(OpeningScreen):
    """Acts on the chosen saved session."""

    _after_of: Path | None = None
    """The team session whose reflection after (`a`) is on its way: `a` on it again before
    that is open starts no second one (pressed twice, it started two)."""

    def opened(self) -> None:
        self._after_of = None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.group in STARTING_AFTER and event.state in (WorkerState.ERROR,
                                                                    WorkerState.CANCELLED):
            self._after_of = None
            self.release_keys()

    def _after_refused(self, message: str, severity: SeverityLevel = "error") -> None:
        self._after_of = None
        self.release_keys()
        self.notify(message, severity=severity, timeout=12)

    @work(thread=True, group="manage", exit_on_error=False)
    def _manage(self, do: Callable[[], object], done: str | Callable[[], str]) -> None:
        """Rename, duplicate or delete a session file (off the UI thread), then list again,
        saying `done` (or what it gives, once `do` is done)."""
        from reflect.store.errors import SessionError

        try:
            made = do()
        except (SessionError, OSError) as e:
            self.app.call_from_thread(self.notify, f"{e}", severity="error", timeout=10)
            return
        if isinstance(made, Path):  # a duplicate's file: highlighted, ready for Enter
            self.follow = str(made)
        self.app.call_from_thread(self.notify, done if isinstance(done, str) else done())
        self.app.call_from_thread(self.load)

    def action_rename_session(self) -> None:
        entry = self.selected_session()
        if entry is None:
            return
        if entry.read_only:  # said before the new title is typed, not after
            self.notify(f"This session cannot be renamed: it is {entry.read_only}. Duplicate "
                        "it (c) for a session of your own to rename.", severity="warning",
                        timeout=8)
            return
        self.hold_keys()  # a title typed fast goes into the dialog, not to the list
        self._ask_to_rename(entry)

    @work(thread=True, group="manage", exit_on_error=False)
    def _ask_to_rename(self, entry: SessionSummary) -> None:
        """The new title is asked only of a session that can be renamed: one open in another
        reflect was refused after the title was typed, and the title lost (a trial), where
        Delete said so before its question."""
        from reflect.store.manage_sessions import open_elsewhere

        elsewhere = open_elsewhere(entry.path)
        self.app.call_from_thread(self._rename_or_say, entry, elsewhere)

    def _rename_or_say(self, entry: SessionSummary, elsewhere: bool) -> None:
        from reflect.store.manage_sessions import rename_session
        from reflect.ui.screens.prompt import PromptScreen

        self.release_keys()
        if elsewhere:
            self.notify(f"{one_line(entry.label)} is open in another copy of reflect: close it "
                        "there first, then rename it.", severity="warning", timeout=10)
            return

        def renamed(title: str | None) -> None:
            if title is not None and title.strip():
                self._manage(lambda: rename_session(entry.path, title),
                             f"Renamed to {title.strip()}")
            elif title is not None:  # emptied: closing without a word looked like a rename
                self.notify(f"A session needs a title: it is still {entry.label}.",
                            severity="warning")

        self.app.push_screen(PromptScreen("New title for this session:", entry.label,
                                          "Rename"), renamed)

    def action_duplicate_session(self) -> None:
        """A new session for the same team, titled as a copy ("… (copy)"): it read exactly
        as its original in the list, and the highlight (on the copy, ready for Enter) was the
        only sign which was which. The title is chosen where the copy is made, free among
        every session in the folder (`duplicate_session`), and said as made."""
        from reflect.store.manage_sessions import duplicate_session

        entry = self.selected_session()
        if entry is not None:
            titles: list[str] = []

            def duplicate() -> Path:
                copy = duplicate_session(entry.path)
                titles.append(copy.title)
                return entry.path.with_name(f"{copy.id}.toml")

            self._manage(duplicate, lambda: (
                f"Duplicated as {one_line(titles[0])}: a new session for the same team, its "
                "answers empty (the original keeps them); open actions are at its start. F2 "
                "renames it."))

    def action_delete_session(self) -> None:
        entry = self.selected_session()
        if entry is not None:
            self._ask_to_delete(entry)

    @work(thread=True, group="manage", exit_on_error=False)
    def _ask_to_delete(self, entry: SessionSummary) -> None:
        """Asked only of a session that can be deleted: one open in another reflect was
        refused after the question was answered (a trial). The question names its file and
        when it was last changed, so that sessions of one title are told apart."""
        from reflect.store.manage_sessions import open_elsewhere

        if open_elsewhere(entry.path):
            self.app.call_from_thread(
                self.notify, f"{one_line(entry.label)} is open in another copy of reflect: "
                "close it there first, then delete it.", severity="warning", timeout=10)
        else:
            self.app.call_from_thread(self._confirm_delete, entry)

    def _confirm_delete(self, entry: SessionSummary) -> None:
        from reflect.store.manage_sessions import delete_session
        from reflect.ui.screens.confirm import ConfirmScreen

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._manage(lambda: delete_session(entry.path), f"Deleted {entry.label}")

        self.app.push_screen(ConfirmScreen(
            f"Delete this session for good?\n\n{one_line(entry.label)}\n"
            f"{entry.review_title}, {entry.counted.said()}\n"
            f"{entry.path.name}, last changed {entry.updated.astimezone():%-d %b %Y %H:%M}\n\n"
            "Its answers, notes and actions cannot be recovered (exported notes are kept).",
            yes="Delete", no="Keep"), confirmed)

    def action_after_hint(self) -> None:
        """`a` where *After* does not work (the review list, an individual session): it did
        nothing on the reviews, with no message (a trial)."""
        entry = self.selected_session() if self.focused is self.query_one("#sessions") else None
        self.notify(("“" + one_line(entry.label) + "” is not a team session: " if entry else "")
                    + "a starts my own reflection after a saved team session. Choose one in "
                    "Saved sessions (Tab), then press a.", severity="warning")

    def action_reflect_after(self) -> None:
        """My own reflection after the chosen team session (as `reflect walk REVIEW --after
        SESSION`): a new individual reflection showing the team's points, nobody named,
        written once something is typed into it (left before then, nothing is left behind)."""
        from reflect.cpd_cli import team_link_for
        from reflect.ui.name_now import name_now, read_name

        entry = self.selected_session()
        if entry is None or entry.mode != "team":
            self.notify("Choose a saved team session first.", severity="warning")
            return
        if entry.answered == 0:  # as a copy just made (c) is, highlighted: `a` started on it
            nothing = (f"None of its review's questions is answered in {one_line(entry.label)} "
                       f"({entry.counted.said()})" if entry.counted.kept else
                       f"Nothing is answered yet in {one_line(entry.label)} (0 of "
                       f"{entry.total})")
            self.notify(f"{nothing}: a reflection after it would show no points from the "
                        "team. Choose the session the team met in.", severity="warning",
                        timeout=8)
            return
        if self._after_of == entry.path:  # `a` again before the first has opened
            return
        self._after_of = entry.path

        def linked() -> None:  # reads the review and the team session: off the UI thread
            review = self.full_review(entry.review_id, entry)
            if isinstance(review, str):
                self.app.call_from_thread(self._after_refused, review)
                return
            found = team_link_for(self.reflect_app.sessions_dir, str(entry.path), review)
            if isinstance(found, str):
                self.app.call_from_thread(self._after_refused, found)
                return
            link, started, left_out, _ = found  # (its team: the entry's)
            remembered = read_name(self.reflect_app)  # whose it is: the name remembered now
            # The team's name kept as the reflection's team or service: a report lists it under
            # the team, not under "no team given" (a learning lead's fresh-eyes trial).
            self.app.call_from_thread(lambda: self._ask_whose(started, {
                "mode": "individual", "after": link, "left_out": left_out,
                "team": entry.team.strip(),
                "title": f"My reflection after {link.label}"},  # and whose (model/whose.py)
                link.label, name_now(self.reflect_app, remembered)))

        self.hold_keys()  # typed at once, they are for the reflection: they went to the list
        self.run_worker(linked, thread=True, group="after", exit_on_error=False)

    def _ask_whose(self, review: Review, details: dict[str, object], label: str,
                   name: str) -> None:
        """Whose the reflection is, asked with `name` (the one remembered) filled in and all
        selected (ui/screens/whose_after.py), then the reflection started as theirs. A name
        typed there is remembered for My CPD so far and the next reflection, as the
        new-session form's *Your name* is; cancelled, nothing is started. It took the name
        remembered unshown, and on a shared laptop counted another practitioner's reflection
        in that person's CPD (a fresh-eyes trial)."""
        from reflect.store.settings import MY_NAME, name_to_remember
        from reflect.ui.screens.whose_after import WhoseAfterScreen

        def chosen(whose: str | None) -> None:
            if whose is None:
                self._after_of = None
                self.release_keys()
                return
            if remember := name_to_remember(whose, self.reflect_app.settings):
                self.reflect_app.remember(MY_NAME, remember, "your name")
                if name:  # as plain mode says it (walk/whose.py)
                    self.notify(f"Recorded as the reflection of {whose}, remembered for My "
                                f"CPD so far (instead of {name}).", markup=False)
            self.create_session(review, {**details, "facilitator": whose}, True)

        self.app.push_screen(WhoseAfterScreen(label, name), chosen)
