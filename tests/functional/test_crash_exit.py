"""An unexpected exception inside the app still leaves the latest answers on disk."""

from __future__ import annotations

import asyncio
import time

import pytest

from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, start_and_go_to


class Boom(Exception):
    pass


async def test_unexpected_exception_flushes_answers(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    with pytest.raises(Boom):
        async with app.run_test(size=(120, 40)) as pilot:
            await start_and_go_to(pilot, "question")
            await enter_text(pilot, "kept despite the crash")

            def explode() -> None:
                raise Boom("a bug")

            app.call_later(explode)
            deadline = time.monotonic() + 5  # the crash reaches the app (not through the pilot:
            while app._exception is None:    # a crashed app answers no more pauses)
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.answers[0].text == "kept despite the crash"
