"""The start screen's line of keys breaks between two keys, never between a key and its words:
at 80 columns it ended "…resumes it, v" and the next began "only views it." (a learning
lead's trial)."""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from tests.functional.helpers import screen_lines, shown, wait_for

KEYS = ("v", "i", "m", "F1:", "Enter")


@pytest.mark.parametrize(("size", "lines"), [
    ((80, 24), ["Enter on a review starts a session; Enter on a saved session resumes it,",
                "v only views it. i imports a briefing, m shows My CPD. F1: every key."]),
    ((60, 20), ["Enter starts a session on a review, resumes a saved one;",
                "i imports a briefing, m shows My CPD. F1: every key."]),
])
async def test_a_key_and_its_words_stay_on_one_line(fictional_dir, sessions_dir, size, lines):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        box = "#intro-how" if size[0] >= 80 else "#intro-how-narrow"
        await wait_for(pilot, lambda: shown(app.screen.query_one(box)).splitlines() == lines)
        drawn = [row.strip() for row in screen_lines(app)]
        assert all(line in drawn for line in lines), drawn
        assert not any(row.endswith(f" {key}") for row in drawn for key in KEYS)

