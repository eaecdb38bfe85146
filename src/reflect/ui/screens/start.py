"""The start screen: the review library (with search) and the saved sessions."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Header, Input, OptionList
from textual.widgets.option_list import Option

from reflect.store.catalogue import Catalogue, ReviewSummary, load_catalogue
from reflect.store.index import SessionSummary, SummaryList, list_summaries
from reflect.text import matches_query, one_line, search_text
from reflect.ui.screens.base import ReflectScreen
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.literal import Literal, literal

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.model.session import Session

INTRO = ("reflect walks your team, or you alone, through a published safeguarding practice review: "
         "its context, its learning, then its questions — and keeps what you say.")
INTRO_HOW = ("Enter on a review starts a session; Enter on a saved session resumes it. "
             "F1 shows every key.")
"""Kept on a short screen, where the INTRO above it is left out to make room for the lists."""


MAX_LISTED = 100
"""Reviews listed at once; a larger library is reached through the search box."""


def review_option(review: ReviewSummary) -> Option:
    prompt = Content("\n").join([
        literal(review.title, "bold") + literal(f"  ·  {review.review_type}", "italic"),
        literal(one_line(review.summary)),
        literal("Themes: " + ", ".join(review.themes[:4])
                + (f" +{len(review.themes) - 4} more" if len(review.themes) > 4 else ""), "dim"),
    ])
    return Option(prompt, id=review.id)


def fill(options: OptionList, items: list[Option], more: int, more_note: str,
         empty_note: str) -> None:
    """Replace a list's options; say how many more there are, or why it is empty."""
    options.clear_options()
    options.add_options(items)
    if more > 0:
        options.add_option(Option(literal(f"…and {more} {more_note}", "italic"), disabled=True))
    if not items:
        options.add_option(Option(literal(empty_note), disabled=True))


def session_option(entry: SessionSummary) -> Option:
    s = entry
    mode = "team" if s.mode == "team" else "individual"
    details = (f"{s.review_title} · {mode} · {s.updated.astimezone():%d %b %Y %H:%M} · "
               f"{s.answered} of {s.total} answered")
    lines = [literal(one_line(s.label), "bold"), literal(one_line(details))]
    if s.team:
        lines.insert(1, literal(one_line(s.team)))
    if entry.read_only:
        lines.append(literal("read-only: " + entry.read_only, "italic"))
    return Option(Content("\n").join(lines), id=str(entry.path))


class SessionList(OptionList):
    """The saved sessions. The library's own keys — n, t, i — still work while a saved session
    is chosen (a person reaching for Import should never land on Duplicate); the footer leaves
    them out there so that the session keys fit 80 columns."""

    BINDINGS = [
        Binding("n", "library('new_session')", show=False),
        Binding("t", "library('themed_session')", show=False),
        Binding("i", "library('import')", show=False),
    ]

    def action_library(self, action: str) -> None:
        getattr(self.screen, f"action_{action}")()


class StartScreen(ReflectScreen[None]):
    BINDINGS = [
        Binding("n", "new_session", "New session"),
        Binding("t", "themed_session", "Themed session"),
        Binding("slash", "search", "Search", show=False),  # the search box is in plain view
        Binding("r", "reload", "Reload", show=False),
        Binding("ctrl+r", "reports", "Reports"),
        Binding("f9,m", "my_cpd", "My CPD", show=False),  # F1 and the palette list it
        Binding("i", "import", "Import"),
        Binding("f2", "rename_session", "Rename"),
        Binding("c", "duplicate_session", "Duplicate"),
        Binding("a", "reflect_after", "After"),  # my reflection after (F1 says more)
        Binding("delete", "delete_session", "Delete"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sessions = SummaryList([], [])

    def compose(self) -> ComposeResult:
        yield Header()
        yield Literal(INTRO, id="intro")
        yield Literal(INTRO_HOW, id="intro-how")
        with Horizontal(id="start-panes"):
            with Vertical(id="library-pane"):
                yield Literal("Review library", "bold", classes="pane-title")
                yield Input(placeholder="Search reviews and sessions: title, theme, team…",
                            id="search")
                yield OptionList(id="reviews")
            with Vertical(id="sessions-pane"):
                yield Literal("Saved sessions", "bold", classes="pane-title")
                yield SessionList(id="sessions")
        with VerticalScroll(id="problems"):
            yield Literal("", id="problems-text")
        yield Literal("", id="where", classes="status")
        yield ReflectFooter()

    def on_mount(self) -> None:
        self.query_one("#where", Literal).show(
            f"Library: {self.reflect_app.content_dir}    "
            f"Sessions are saved in: {self.reflect_app.sessions_dir}")
        self.query_one("#reviews", OptionList).focus()
        self.load()

    def on_screen_resume(self) -> None:
        if self.reflect_app.library is not None:
            self.load()

    # --- loading (off the UI thread) -------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        library = load_catalogue(self.reflect_app.content_dir)
        sessions = list_summaries(self.reflect_app.sessions_dir)
        self.app.call_from_thread(self.show_loaded, library, sessions)

    def show_loaded(self, library: Catalogue, sessions: SummaryList) -> None:
        self.reflect_app.library = library
        self.sessions = sessions
        self.show_reviews()
        self.show_sessions()
        problems = library.problems + sessions.problems
        self.query_one("#problems").display = bool(problems)
        if problems:
            files = {p.split(": ", 1)[0] for p in problems}
            advice = []
            if library.problems:
                advice.append("a review file needs correcting by whoever looks after the "
                              "library (the messages say where)")
            if sessions.problems:
                advice.append("an unreadable session file was left exactly as it was; it can "
                              "be opened in a text editor")
            self.query_one("#problems-text", Literal).show(
                f"{len(files)} file(s) could not be read; everything else works. "
                + "; ".join(advice).capitalize() + ".\n"
                + "\n".join(f"  ! {p}" for p in problems))

    def show_reviews(self) -> None:
        library = self.reflect_app.library
        if library is None:
            return
        query = self.query_one("#search", Input).value
        matches = library.search(query)
        reviews = matches[:MAX_LISTED]
        options = self.query_one("#reviews", OptionList)
        highlighted = options.highlighted_option.id if options.highlighted_option else None
        fill(options, [review_option(r) for r in reviews], len(matches) - len(reviews),
             "more: type in the search box (/) to narrow the list.",
             "No review matches your search." if library.reviews else
             f"No reviews found in {library.folder}.")
        ids = [r.id for r in reviews]
        options.highlighted = ids.index(highlighted) if highlighted in ids else (0 if ids else None)

    def show_sessions(self) -> None:
        """Saved sessions, newest first, filtered by the search box too: by title, team or
        review — so a session on a review the search finds (by its theme, say) is found too."""
        options = self.query_one("#sessions", OptionList)
        highlighted = options.highlighted
        query = self.query_one("#search", Input).value
        found_reviews = {r.id for r in self.reflect_app.library.search(query)} if (
            query.strip() and self.reflect_app.library is not None) else set()
        matches = [e for e in self.sessions.entries if e.review_id in found_reviews
                   or matches_query(query, search_text(e.label, e.review_title, e.team, e.id))]
        shown = matches[:MAX_LISTED]
        fill(options, [session_option(entry) for entry in shown], len(matches) - len(shown),
             "older: type in the search box (/) to find them by title, team or review.",
             "No saved session matches your search." if self.sessions.entries else
             "No saved sessions yet. Start one from the library on the left.")
        if shown:
            options.highlighted = min(highlighted or 0, len(shown) - 1)

    # --- actions ---------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        self.show_reviews()
        self.show_sessions()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one("#reviews", OptionList).focus()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_reload(self) -> None:
        self.load()

    # --- managing saved sessions ---------------------------------------------------------------

    def selected_session(self) -> SessionSummary | None:
        options = self.query_one("#sessions", OptionList)
        opt = options.highlighted_option
        return next((e for e in self.sessions.entries if opt and str(e.path) == opt.id), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Rename, duplicate and delete show (and work) only on a chosen saved session; the
        library's own keys step aside meanwhile, so the footer fits 80 columns."""
        on_sessions = self.focused is self.query_one("#sessions")
        if action in ("rename_session", "duplicate_session", "delete_session"):
            return on_sessions and self.selected_session() is not None
        if action == "reflect_after":
            entry = self.selected_session()
            return on_sessions and entry is not None and entry.mode == "team"
        if action in ("new_session", "themed_session", "import"):
            return not on_sessions
        return True

    @work(thread=True, group="manage", exit_on_error=False)
    def _manage(self, do, done: str) -> None:  # type: ignore[no-untyped-def]
        """Rename, duplicate or delete a session file (off the UI thread), then list again."""
        from reflect.store.errors import SessionError

        try:
            do()
        except (SessionError, OSError) as e:
            self.app.call_from_thread(self.notify, f"{e}", severity="error", timeout=10)
            return
        self.app.call_from_thread(self.notify, done)
        self.app.call_from_thread(self.load)

    def action_rename_session(self) -> None:
        from reflect.store.sessions import rename_session
        from reflect.ui.screens.prompt import PromptScreen

        entry = self.selected_session()
        if entry is None:
            return

        def renamed(title: str | None) -> None:
            if title is not None and title.strip():
                self._manage(lambda: rename_session(entry.path, title),
                             f"Renamed to {title.strip()}")

        self.app.push_screen(PromptScreen("New title for this session:", entry.label,
                                          "Rename"), renamed)

    def action_duplicate_session(self) -> None:
        from reflect.store.sessions import duplicate_session

        entry = self.selected_session()
        if entry is not None:
            self._manage(lambda: duplicate_session(entry.path),
                         f"New session for the same team: {entry.label} (answers start empty; "
                         "open actions are at its start)")

    def action_delete_session(self) -> None:
        from reflect.store.sessions import delete_session
        from reflect.ui.screens.confirm import ConfirmScreen

        entry = self.selected_session()
        if entry is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._manage(lambda: delete_session(entry.path), f"Deleted {entry.label}")

        self.app.push_screen(ConfirmScreen(
            f"Delete this session for good?\n\n{one_line(entry.label)}\n"
            f"{entry.review_title}, {entry.answered} of {entry.total} answered\n\n"
            "Its answers, notes and actions cannot be recovered (exported notes are kept).",
            yes="Delete", no="Keep"), confirmed)

    def action_reflect_after(self) -> None:
        """My own reflection after the chosen team session (as `reflect walk REVIEW --after
        SESSION`): a new individual reflection showing the team's points, nobody named."""
        from reflect.cpd_cli import team_link_for
        from reflect.model.session import TeamLink

        entry = self.selected_session()
        if entry is None or entry.mode != "team":
            self.notify("Choose a saved team session first.", severity="warning")
            return
        review = self.full_review(entry.review_id, entry)
        if review is None:
            return

        def linked() -> None:  # reads the team session: off the UI thread
            link = team_link_for(self.reflect_app.sessions_dir, str(entry.path), review)
            if isinstance(link, TeamLink):
                self.app.call_from_thread(self.create_session, review, {
                    "mode": "individual", "after": link,
                    "title": f"My reflection after {link.label}"})
            else:
                self.app.call_from_thread(self.notify, link, severity="error")

        self.run_worker(linked, thread=True, group="after", exit_on_error=False)

    def action_import(self) -> None:
        from reflect.ui.screens.import_review import ImportScreen

        def imported(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Imported into the library: {path}")
                self.load()

        self.app.push_screen(ImportScreen(self.reflect_app.content_dir), imported)

    def action_my_cpd(self) -> None:
        from reflect.ui.screens.my_cpd import MyCpdScreen

        self.app.push_screen(MyCpdScreen())

    def action_reports(self) -> None:
        from reflect.ui.screens.reports import ReportsScreen

        self.app.push_screen(ReportsScreen())

    def selected_review(self) -> ReviewSummary | None:
        options = self.query_one("#reviews", OptionList)
        opt = options.highlighted_option
        if opt is None or opt.id is None or self.reflect_app.library is None:
            return None
        return self.reflect_app.library.get(opt.id)

    @on(OptionList.OptionSelected, "#reviews")
    def _review_chosen(self) -> None:
        self.action_new_session()

    def action_new_session(self) -> None:
        chosen = self.selected_review()
        if chosen is None:
            self.notify("Choose a review in the library first.", severity="warning")
            return
        review = self.full_review(chosen.id)
        if review is not None:
            self.ask_details(review)

    def ask_details(self, review: Review, **extra: object) -> None:
        """The new-session form for `review`; `extra` fields go into the session as they are."""
        from reflect.ui.screens.new_session import NewSessionScreen

        def start(details: dict[str, object] | None) -> None:
            if details is not None:
                self.create_session(review, {**details, **extra})

        self.app.push_screen(NewSessionScreen(review), start)

    def action_themed_session(self) -> None:
        from reflect.ui.screens.themes import ThemeScreen

        library = self.reflect_app.library
        if library is None:
            self.notify("The library is still being read: try again in a moment.",
                        severity="warning")
            return

        def chosen(theme: str | None) -> None:
            if theme:
                self.load_themed(theme)

        self.app.push_screen(ThemeScreen(library.themes()), chosen)

    @work(thread=True, exclusive=True, group="themed", exit_on_error=False)
    def load_themed(self, theme: str) -> None:
        """Read every review tagged `theme` (off the UI thread), then ask for the details."""
        from reflect.model.themes import theme_id

        assert self.reflect_app.library is not None
        try:
            review = self.reflect_app.library.load(theme_id(theme))
        except ValueError as e:
            self.app.call_from_thread(self.notify, f"This theme cannot be opened: {e}",
                                      severity="error", timeout=12)
            return
        self.app.call_from_thread(self.choose_theme_items, review, theme)

    def choose_theme_items(self, review: Review, theme: str) -> None:
        """Let the facilitator leave out what does not fit, then ask for the details."""
        from reflect.model.themes import leave_out
        from reflect.ui.screens.themes import ThemeItemsScreen

        def chosen(left_out: list[str] | None) -> None:
            if left_out is not None:
                self.ask_details(leave_out(review, left_out), theme=theme,
                                 left_out=left_out or None)

        self.app.push_screen(ThemeItemsScreen(review), chosen)

    def full_review(self, review_id: str, entry: SessionSummary | None = None) -> Review | None:
        """The whole review, read now; None (and a message) if it cannot be."""
        assert self.reflect_app.library is not None
        try:
            return self.reflect_app.library.load(review_id)
        except ValueError as e:
            kept = (f". Nothing is lost: its answers are in {entry.path}, and `reflect export "
                    f"{entry.id}` writes its notes." if entry is not None else "")
            self.notify(f"This review cannot be opened: {str(e).rstrip('.')}{kept}",
                        severity="error", timeout=12)
            return None

    def create_session(self, review: Review, details: dict[str, object]) -> None:
        """Start a session on `review`; the file is written, and for a team the team's open
        actions from earlier sessions are gathered, in a worker."""
        from reflect.model.session import Session
        from reflect.store.sessions import new_session_id

        session = Session.start(review, new_session_id(review.id), **details)
        for answer in session.answers:  # themed sessions: which review each question is from
            question = review.question(answer.question_id)
            if question is not None and question.source:
                answer.source = question.source
        self.save_new_session(session, review)

    @work(thread=True, group="create", exit_on_error=False)
    def save_new_session(self, session: Session, review: Review) -> None:
        from reflect.store.carry import open_actions_for_team
        from reflect.store.errors import SessionError
        from reflect.store.sessions import save_session

        if session.mode == "team" and session.team.strip():
            try:
                session.carried = open_actions_for_team(self.reflect_app.sessions_dir, session.team,
                                                        exclude_id=session.id)
            except (OSError, SessionError, ValueError) as e:
                # Starting matters more than offering last time's actions.
                self.log.warning(f"could not gather earlier actions: {e}")
        try:
            save_session(self.reflect_app.sessions_dir, session)
        except (OSError, SessionError) as e:
            self.app.call_from_thread(
                self.notify,
                f"Could not create the session file in {self.reflect_app.sessions_dir}: "
                f"{getattr(e, 'strerror', None) or e}", severity="error")
            return
        self.app.call_from_thread(self._created, session, review)

    def _created(self, session: Session, review: Review) -> None:
        self.open_session(session, review)
        if n := len(session.carried):
            self.notify(f"{n} open action{'s' if n != 1 else ''} from this team's earlier "
                        f"sessions {'are' if n != 1 else 'is'} at the start, to update.")

    @on(OptionList.OptionSelected, "#sessions")
    def _session_chosen(self, event: OptionList.OptionSelected) -> None:
        from reflect.model.themes import is_theme_id
        from reflect.store.errors import SessionError
        from reflect.store.sessions import read_session

        entry = next((e for e in self.sessions.entries if str(e.path) == event.option.id), None)
        if entry is None:
            return
        library = self.reflect_app.library
        known = library is not None and (library.get(entry.review_id) is not None
                                         or is_theme_id(entry.review_id))
        if not known:
            self.notify(f"This session is on the review {entry.review_id!r}, which is "
                        "not in the library now (removed, or its file could not be read: see "
                        "any problems listed on this screen). Nothing is lost: its answers are "
                        f"in {entry.path}, and `reflect export {entry.id}` writes its "
                        "notes.", severity="warning", timeout=12)
            return
        review = self.full_review(entry.review_id, entry)
        if review is None:
            return
        try:
            session, read_only = read_session(entry.path)
        except SessionError as e:
            self.notify(f"{e}", severity="error")
            self.load()
            return
        self.open_session(session, review, read_only)

    def open_session(self, session: Session, review: Review, read_only: str | None = None) -> None:
        from reflect.model.themes import as_started
        from reflect.ui.screens.walkthrough import WalkthroughScreen

        review = as_started(review, session.left_out)  # a theme's items as it was started
        self.app.push_screen(WalkthroughScreen(session, review, read_only))

    def commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("New session", "Start a session on the selected review",
                            self.action_new_session)
        yield SystemCommand("Themed session", "The learning and questions on one theme (say, "
                            "information sharing) from every review tagged with it",
                            self.action_themed_session)
        yield SystemCommand("Search the library", "Filter reviews as you type", self.action_search)
        yield SystemCommand("Reload", "Read the library and sessions again", self.action_reload)
        yield SystemCommand("Rename session", "Give the chosen saved session a new title",
                            self.action_rename_session)
        yield SystemCommand("Duplicate session", "A new session for the same team and review "
                            "(a recurring meeting)", self.action_duplicate_session)
        yield SystemCommand("Delete session", "Delete the chosen saved session (asks first)",
                            self.action_delete_session)
        yield SystemCommand("My reflection after a team session", "Your own reflection after "
                            "the chosen saved team session, its points shown as you answer",
                            self.action_reflect_after)
        yield SystemCommand("My CPD so far", "Your sessions as CPD by year (time, "
                            "participatory, standards, Code themes); save as CSV",
                            self.action_my_cpd)
        yield SystemCommand("Import a briefing", "Turn a published briefing's text into a "
                            "review in the library", self.action_import)
        yield SystemCommand("Reports", "Which reviews were discussed, by which teams, and what "
                            "was agreed", self.action_reports)

