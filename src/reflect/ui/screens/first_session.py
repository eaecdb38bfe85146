"""`reflect open SESSION`: the first screen, under the session's walkthrough. The start screen
is made only when the session is left, so the session's first frame does not wait for it."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from reflect.ui.screens.base import ReflectScreen

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.store.copies import FoundCopy
    from reflect.store.locks import SessionLock


class FirstSessionScreen(ReflectScreen[None]):
    """Empty: opens the session as it is first shown, and gives way to the start screen when
    the session is left. (Textual cannot replace the first screen of the stack, so the start
    screen goes over it.)"""

    enter_from = math.inf
    """Takes no keys: those typed meanwhile wait for the screen it opens (key_order)."""

    def __init__(self, session: Session, review: Review, read_only: str | None,
                 lock: SessionLock | None = None, copy: FoundCopy | None = None) -> None:
        super().__init__()
        self._opening: tuple[Session, Review, str | None, SessionLock | None] | None = (
            session, review, read_only, lock)
        self._copy = copy
        self._session_id = session.id
        """Highlighted on the start screen once the session is left: viewed only, it is not
        the newest, the first listed."""
        """A newer emergency copy of the session: asked about before it opens."""
        self._asking = False
        """The question about the copy is on view: its answer opens (or leaves) the session."""

    def on_screen_resume(self) -> None:
        if self._asking or self.app.screen is not self:  # (the answer acts, not its going)
            return
        if self._opening is None:  # the session was left
            self._to_start()
            return
        session, review, read_only, lock = self._opening
        if self._copy is not None:
            from reflect.ui.screens.copy_found import offer_copy

            copy, self._copy, self._asking = self._copy, None, True
            offer_copy(self, copy, self.reflect_app.sessions_dir, lock, session,
                       self._open, self._to_start)
            return
        self._open(session)

    def _to_start(self) -> None:
        from reflect.ui.screens.start import StartScreen

        self._asking, self._opening = False, None
        start = StartScreen(on_sessions=True)  # as if back from it
        start.follow = str(self.reflect_app.sessions_dir / f"{self._session_id}.toml")
        self.app.push_screen(start)

    def _open(self, session: Session) -> None:
        from reflect.model.themes import as_started
        from reflect.ui.screens.walkthrough import WalkthroughScreen

        assert self._opening is not None
        (_, review, read_only, lock), self._opening = self._opening, None
        self._asking = False
        review = as_started(review, session.left_out)  # a theme's items as it was started
        screen = WalkthroughScreen(session, review, read_only)
        screen.taken_lock = lock  # taken before the app started
        self.app.push_screen(screen)
