"""The start screen's search box, one key at a time, over a big library.

    python bench/search_case.py                 # 1,000 reviews, "school nurse" typed
    python bench/search_case.py --reviews 200 --runs 3

Each review is the invented test review with about 500 invented words of its own spread over
its parts (what happened, learning, recommendations, questions…): the size of a real
briefing's text, so the words the search looks in are as many as a real library's. One review
in ten mentions a "school nurse" in its learning.

For each key: the letter put in the box, the screen's handler (both lists filtered again, as
`Input.Changed` runs it) and the reviews' visible lines drawn, as `bench/run.py`'s keystroke
case times typing, in the UI thread's CPU time (`time.thread_time`: on a shared two-core
machine the wall clock moved by a fifth between runs of the same code). The floor is the same
keys with the search looking at titles, summaries and themes alone (`Catalogue.found` as
`Catalogue.search`: what the search did before it read the reviews' text), alternated with
the case, in the same app, after one untimed query of each.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from tests.text_reviews import review_with_text  # noqa: E402

QUERY = "school nurse"


def invented_words(rng: random.Random, count: int) -> list[str]:
    syllables = ["ba", "ko", "ri", "mu", "te", "sa", "lo", "ne", "vi", "da", "po", "ge"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
            for _ in range(count)]


def make_text_library(folder: Path, count: int, seed: int = 7) -> Path:
    """`count` reviews, each with some 500 invented words in its parts."""
    rng = random.Random(seed)
    pool = invented_words(rng, 6000)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        def para(n: int) -> str:
            return " ".join(rng.choice(pool) for _ in range(n)) + "."

        extra = "\n".join(
            [f'[[learning]]\ntext = "{para(60)}{" A school nurse saw it." if i % 10 == 0 else ""}"'
             for _ in range(3)]
            + [f'[[development]]\ntext = "{para(60)}"' for _ in range(2)]) + "\n"
        (folder / f"r{i:05d}.toml").write_text(
            review_with_text(f"child-zz{i}", extra, context=[para(80), para(80)]),
            encoding="utf-8")
    return folder


async def measure(library: Path, sessions: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds a key, with the text searched and with titles alone (the floor), and
    the size of the reviews' words cache in bytes."""
    from textual.widgets import Input, OptionList

    from reflect.store.cache import cache_dir
    from reflect.store.catalogue import Catalogue
    from reflect.ui.app import make_app

    app = make_app(library, sessions, sessions.parent / "settings.toml")
    found = getattr(Catalogue, "found", None)
    async with app.run_test(size=(80, 24)) as pilot:
        while app.library is None or not app.screen.query("#reviews"):
            await pilot.pause(0.01)
        screen = app.screen
        box = screen.query_one("#search", Input)
        reviews = screen.query_one("#reviews", OptionList)
        box.focus()
        if hasattr(app.library, "texts"):
            app.library.texts()  # read in the background once the lists show: not timed

        def one_query() -> list[float]:
            box.value = ""
            screen._search_changed()  # type: ignore[attr-defined]
            times = []
            for ch in QUERY:
                t = time.thread_time()
                box.insert_text_at_cursor(ch)
                screen._search_changed()  # type: ignore[attr-defined]
                for y in range(reviews.size.height):
                    reviews.render_line(y)
                times.append(time.thread_time() - t)
            return times

        with_text: list[float] = []
        titles_only: list[float] = []
        for _ in range(2):  # untimed: each way's first rows made, and the words narrowed
            if found is not None:
                Catalogue.found = found  # type: ignore[method-assign]
            one_query()
            Catalogue.found = Catalogue.search  # type: ignore[assignment, method-assign]
            one_query()
        for _ in range(runs):
            if found is not None:
                Catalogue.found = found  # type: ignore[method-assign]
            with_text += one_query()
            Catalogue.found = Catalogue.search  # type: ignore[assignment, method-assign]
            titles_only += one_query()
        if found is not None:
            Catalogue.found = found  # type: ignore[method-assign]
        await pilot.press("ctrl+q")
    words = sum(p.stat().st_size for p in cache_dir().glob("library-words-*.json"))
    return statistics.median(with_text), statistics.median(titles_only), words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    import os

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["REFLECT_CACHE_DIR"] = str(base / "cache")
        library = make_text_library(base / "library", args.reviews)
        t, f, size = asyncio.run(measure(library, base / "sessions", args.runs))
    print(f"search keystroke, {args.reviews} reviews, {QUERY!r} typed: {t * 1000:.1f} ms "
          f"(titles, summaries and themes alone: {f * 1000:.1f} ms; {t / f:.2f}x); "
          f"reviews' words cache {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
