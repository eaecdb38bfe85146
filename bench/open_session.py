"""How long opening a session takes: from pushing the walkthrough to its first step shown.

    python bench/open_session.py [content/child-ac.toml] [--runs 5]

Starts a team and a self-reflection session on the review in a pilot (invented details, temp
folders), and prints the median seconds and the number of widgets the screen built.
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

from reflect.model.session import Session  # noqa: E402
from reflect.store.library import read_review  # noqa: E402


async def open_once(review_file: Path, mode: str) -> tuple[float, int]:
    from reflect.ui.app import make_app
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = read_review(review_file)
    with tempfile.TemporaryDirectory() as tmp:
        content, sessions = Path(tmp, "content"), Path(tmp, "sessions")
        content.mkdir()
        sessions.mkdir()
        app = make_app(content, sessions, Path(tmp, "settings.toml"))
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            session = Session.start(review, "bench-1", mode=mode, team="Invented Team")
            start = time.perf_counter()
            screen = WalkthroughScreen(session, review)
            app.push_screen(screen)
            while not (app.screen is screen and screen.is_mounted and app.focused is not None):
                await asyncio.sleep(0.001)
            await pilot.pause()
            took = time.perf_counter() - start
            widgets = len(list(screen.query("*")))
            screen.leave_keeper()
        return took, widgets


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("review", nargs="?", default=str(REPO / "content" / "child-ac.toml"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for mode in ("team", "individual"):
        runs = [asyncio.run(open_once(Path(args.review), mode)) for _ in range(args.runs)]
        seconds = statistics.median(t for t, _ in runs)
        print(f"{mode:<11} open to first step: {seconds:.3f} s median of {args.runs}; "
              f"{runs[0][1]} widgets")


if __name__ == "__main__":
    main()
