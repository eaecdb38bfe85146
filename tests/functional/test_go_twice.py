"""Two moves to the same step at once (a key and the room's follow, or a test's go beside the
app's own) each wait for its pane: the second found the pane's mounting taken by the first
and used the pane before it was composed (`NoMatches: PointsEditor`, a full run)."""

from __future__ import annotations

import asyncio

from reflect.ui.app import make_app
from reflect.ui.widgets.points_panel import PointsEditor
from tests.functional.helpers import wait_for
from tests.functional.test_facilitation import new_session


async def test_two_moves_to_a_step_not_yet_built_both_find_its_pane_whole(fictional_dir,
                                                                         sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_session(pilot)
        target = [i for i, s in enumerate(screen.steps) if s.kind == "question"][-1]
        assert target not in screen.panes  # not built yet
        await asyncio.gather(screen.go(target), screen.go(target))
        await wait_for(pilot, lambda: screen.index == target)
        assert screen.panes[target].query(PointsEditor)
        ahead = screen.panes.get(target + 1)  # the next step's, built behind: left whole
        await wait_for(pilot, lambda: ahead is None or ahead.is_mounted)
        await pilot.pause()
