"""The start screen lists a review imported, or a session saved, by another program or another
reflect while it is on view: a review added with `reflect import` while reflect was open was
not listed until reflect was started again (a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens import start_lists
from reflect.ui.screens.start import StartScreen
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for


def listed(app, list_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    options = app.screen.query_one(f"#{list_id}", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_review_and_a_session_added_meanwhile_are_listed(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_lists, "WATCH_SECONDS", 0.05, raising=False)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and any("Child ZZ" in p for p in listed(app, "reviews")))
        # `reflect import` in another terminal: a second review's file appears.
        (fictional_dir / "child-yy.toml").write_text(
            FICTIONAL_REVIEW.replace('"child-zz"', '"child-yy"').replace(
                "Child ZZ", "Child YY"), encoding="utf-8")
        await wait_for(pilot, lambda: any("Child YY" in p for p in listed(app, "reviews")))
        # Another reflect saves a session in the shared folder.
        review = load_library(fictional_dir).get("child-zz")
        save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000abcd",
                                                 title="Invented meeting elsewhere"))
        await wait_for(pilot, lambda: any("Invented meeting elsewhere" in p
                                          for p in listed(app, "sessions")))
