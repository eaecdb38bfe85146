"""Typing while the room is busy (#18): the facilitator's keystroke latency in the app, idle
against while 50 participants send 20 points each to a real room on 127.0.0.1.

    python bench/room_typing.py                   # 50 participants x 20 points, 5 runs
    python bench/room_typing.py --participants 10 --points 5 --runs 1

The real app runs under Textual's pilot, on a team session's first question with the cursor in
its summary box, and a real room (reflect.room.Room, its rate limit raised as in
bench/room_load.py) feeds the walkthrough's own `on_point`. The flood is room_load's `flood()`,
run in another process (participants are other machines: their side must not use the app's
loop). A keystroke's latency is from the key reaching the app (as a terminal sends it) until the
box holds the letter. Idle and busy runs alternate; each figure is the median of the runs'
medians. All data is invented.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

FLOOD = r"""
import asyncio, sys
sys.path.insert(0, sys.argv[4]); sys.path.insert(0, sys.argv[4] + "/src")
from bench.room_load import flood
print("ready", flush=True)
sys.stdin.readline()
result = asyncio.run(flood(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
print(result.sent, result.seconds, flush=True)
"""

GAP = 0.03
"""Seconds between keystrokes (a fast typist)."""


async def _one_key(app, area) -> float:  # type: ignore[no-untyped-def]
    from textual import events

    before = len(area.text)
    event = events.Key("x", "x")
    event.set_sender(app)
    start = time.perf_counter()
    app._driver.send_message(event)  # as a terminal sends it
    while len(area.text) == before:
        await asyncio.sleep(0)
    return time.perf_counter() - start


async def _typing(app, area, keys: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(keys):
        times.append(await _one_key(app, area))
        await asyncio.sleep(GAP)
    return statistics.median(times)


async def _typing_under_flood(app, area, url: str, participants: int,  # type: ignore[no-untyped-def]
                              points: int) -> tuple[float, int, int]:
    """Median latency of keys typed while the flood runs; points sent; keys typed."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", FLOOD, url, str(participants), str(points), str(REPO),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    await proc.stdout.readline()  # imported and ready
    proc.stdin.write(b"go\n")
    await proc.stdin.drain()
    done = asyncio.ensure_future(proc.stdout.readline())
    times = []
    while not done.done() or not times:
        times.append(await _one_key(app, area))
        await asyncio.sleep(GAP)
    sent = int((await done).split()[0])
    await proc.wait()
    return statistics.median(times), sent, len(times)


async def measure(participants: int, points: int, runs: int, keys: int,
                  server_only: bool = False) -> dict[str, float | int]:
    """Idle and busy keystroke latency (medians). With `server_only` the points reach nobody
    (on_point does nothing): what the room's server alone costs the app's loop."""
    from tests.conftest import FICTIONAL_REVIEW
    from textual.widgets import TextArea

    from reflect.room import Room
    from reflect.ui.app import make_app
    from reflect.ui.screens.room_open import OpenedRoom
    from reflect.ui.screens.room_panel import RoomPanelScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        content = base / "content"
        content.mkdir()
        (content / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
        app = make_app(content, base / "sessions", base / "settings.toml")
        async with app.run_test(size=(120, 40)) as pilot:
            while app.library is None:
                await pilot.pause(0.01)
            await pilot.press("enter", "ctrl+s")  # a new team session on Child ZZ
            while not isinstance(app.screen, WalkthroughScreen):
                await pilot.pause(0.01)
            screen = app.screen
            while screen.steps[screen.index].kind != "question":
                await pilot.press("pagedown")
            key = screen.steps[screen.index].key
            got: list[object] = []
            room = Room(host="127.0.0.1",
                        on_point=got.append if server_only else screen._point_arrived,
                        max_participants=participants * runs + 10,
                        points_per_minute=60_000, burst=points)
            await room.start()
            screen._opened(OpenedRoom(room, None))  # as the open dialog hands it over
            while not isinstance(app.screen, RoomPanelScreen):
                await pilot.pause(0.01)
            await pilot.press("f4")  # hide the panel
            area = screen.query_one(f"#answer-{screen.index}", TextArea)
            area.focus()
            await pilot.pause()
            idle, busy, sent, typed = [], [], 0, 0
            try:
                for _ in range(runs):
                    idle.append(await _typing(app, area, keys))
                    latency, n, k = await _typing_under_flood(app, area, room.url,
                                                              participants, points)
                    busy.append(latency)
                    sent, typed = sent + n, typed + k
                    while len(got if server_only else screen.waiting.get(key, [])) < n:
                        await asyncio.sleep(0.01)  # every point arrived
                    got.clear()
                    screen.waiting.clear()  # the next run starts with an empty queue
                    screen._stale.add(key)
                    screen._refresh_waiting()
            finally:
                await room.stop()
            await pilot.press("ctrl+q")
    return {"idle_seconds": statistics.median(idle), "busy_seconds": statistics.median(busy),
            "sent": sent // runs, "keys_during_flood": typed // runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=50)
    parser.add_argument("--points", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--server-only", action="store_true",
                        help="points reach nobody: what the room's server alone costs")
    args = parser.parse_args()
    r = asyncio.run(measure(args.participants, args.points, args.runs, args.keys,
                            args.server_only))
    idle, busy = float(r["idle_seconds"]), float(r["busy_seconds"])
    print(f"keystroke idle {idle * 1000:.2f} ms, while {args.participants} participants x "
          f"{args.points} points arrive {busy * 1000:.2f} ms: {busy / idle:.2f}x "
          f"(target <= 1.2x); {r['sent']} points sent a run, {r['keys_during_flood']} keys "
          "typed during each flood")


if __name__ == "__main__":
    main()
