"""An unexpected exception inside the app still leaves the latest answers on disk."""

from __future__ import annotations

import pytest

from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from tests.functional.helpers import start_and_go_to, type_text, wait_for


class Boom(Exception):
    pass


async def test_unexpected_exception_flushes_answers(content_dir, sessions_dir):
    app = make_app(content_dir, sessions_dir)
    with pytest.raises(Boom):
        async with app.run_test(size=(120, 40)) as pilot:
            await start_and_go_to(pilot, "question")
            await type_text(pilot, "kept despite the crash")

            def explode() -> None:
                raise Boom("a bug")

            app.call_later(explode)
            await wait_for(pilot, lambda: app._exception is not None)
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.answers[0].text == "kept despite the crash"
