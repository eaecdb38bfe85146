"""What a key typed into a one-line box costs, frame included: CPU per key, and the screen's
layouts, typed into the point box of a meeting's question step, against the same keys in a bare
Textual app's Input (Header, Input, Footer).

    python bench/point_typing.py [--keys 150] [--runs 5]

Each key is posted as a user's is and drawn before the next (a person types slower than a
frame), in a pilot at 100x30; the CPU time of the whole process is counted, so the pilot's own
waiting is in both. Case and floor alternate, median of the runs. (`bench/run.py`'s keystroke
case times the TextArea's edit and drawing only, without the layout a frame may need.)
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

TEXT = "An invented point, said at some length by the team, so that it scrolls. "
SIZE = (100, 30)


async def _type(app, box, keys: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """CPU seconds per key and the screen's layouts, for `keys` keys typed into `box`."""
    from textual import events
    from textual.screen import Screen

    layouts = [0]
    whole = Screen._refresh_layout

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        layouts[0] += 1
        return whole(self, *args, **kwargs)

    Screen._refresh_layout = counted  # type: ignore[method-assign]
    try:
        box.focus()
        for _ in range(5):
            await asyncio.sleep(0.02)
        text = (TEXT * (keys // len(TEXT) + 1))[:keys]
        start = time.process_time()
        for character in text:
            app.post_message(events.Key(character, character))
            await asyncio.sleep(0.02)  # drawn before the next key
        return (time.process_time() - start) / keys, layouts[0]
    finally:
        Screen._refresh_layout = whole  # type: ignore[method-assign]


async def in_reflect(keys: int) -> tuple[float, int]:
    from bench.report_case import realistic_session

    from reflect.store.catalogue import load_catalogue
    from reflect.ui.app import make_app
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_catalogue(REPO / "content").load("child-ac")
    session = realistic_session(review, "20260101-bench-0000beef",
                                datetime(2026, 1, 1, 9, 30, tzinfo=UTC), random.Random(7))
    session.current_step = f"q:{review.questions[1].id}"
    with tempfile.TemporaryDirectory() as tmp:
        content, sessions = Path(tmp, "content"), Path(tmp, "sessions")
        content.mkdir()
        sessions.mkdir()
        app = make_app(content, sessions, Path(tmp, "settings.toml"))
        async with app.run_test(size=SIZE) as pilot:
            screen = WalkthroughScreen(session, review)
            app.push_screen(screen)
            while not (app.screen is screen and app.focused is not None):
                await pilot.pause(0.01)
            await pilot.pause()
            box = screen.query_one(f"#points-{screen.index} .point-text")
            cost = await _type(app, box, keys)
            screen.leave_keeper()
        return cost


async def bare(keys: int) -> tuple[float, int]:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Input

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Input(placeholder="Add a point")
            yield Footer()

    app = Bare()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        return await _type(app, app.query_one(Input), keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    case, floor = [], []
    for _ in range(args.runs):
        floor.append(asyncio.run(bare(args.keys)))
        case.append(asyncio.run(in_reflect(args.keys)))
    c = statistics.median(t for t, _ in case)
    f = statistics.median(t for t, _ in floor)
    print(f"key typed into the point box: {c * 1000:.2f} ms of CPU "
          f"({statistics.median(n for _, n in case)} layouts for {args.keys} keys); "
          f"bare Input {f * 1000:.2f} ms ({statistics.median(n for _, n in floor)} layouts); "
          f"{c / f:.2f}x (median of {args.runs}, alternated)")


if __name__ == "__main__":
    main()
