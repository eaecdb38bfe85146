"""`reflect open SESSION`: the first screen, under the session's walkthrough. The start screen
is made only when the session is left, so the session's first frame does not wait for it."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from reflect.ui.screens.base import ReflectScreen

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.store.locks import SessionLock


class FirstSessionScreen(ReflectScreen[None]):
    """Empty: opens the session as it is first shown, and gives way to the start screen when
    the session is left. (Textual cannot replace the first screen of the stack, so the start
    screen goes over it.)"""

    enter_from = math.inf
    """Takes no keys: those typed meanwhile wait for the screen it opens (key_order)."""

    def __init__(self, session: Session, review: Review, read_only: str | None,
                 lock: SessionLock | None = None) -> None:
        super().__init__()
        self._opening: tuple[Session, Review, str | None, SessionLock | None] | None = (
            session, review, read_only, lock)

    def on_screen_resume(self) -> None:
        if self._opening is None:  # the session was left
            from reflect.ui.screens.start import StartScreen

            self.app.push_screen(StartScreen(on_sessions=True))  # as if back from it
            return
        from reflect.model.themes import as_started
        from reflect.ui.screens.walkthrough import WalkthroughScreen

        (session, review, read_only, lock), self._opening = self._opening, None
        review = as_started(review, session.left_out)  # a theme's items as it was started
        screen = WalkthroughScreen(session, review, read_only)
        screen.taken_lock = lock  # taken before the app started
        self.app.push_screen(screen)
