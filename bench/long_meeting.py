"""A long meeting in one running reflect: does it stay quick and small? (Leaks: what grows
with the number of step changes and dialogs opened.)

    python bench/long_meeting.py [--rounds 10] [--steps 20] [--no-people]
    python bench/long_meeting.py --types --held textual.box_model.BoxModel

A themed session (the bundled library's largest, 100x30) with 25 participants, 40 points on
every third question and 30 actions, opened as `reflect open` opens it; then `--rounds`
rounds, each: `--steps` PgDn and as many PgUp, Ctrl+O's export dialog, F1's help, F7's time
plan and Ctrl+G's step list opened and closed, F5's presenting view on and off, a person
added on Who is here (not with --no-people), a point typed and added. After each round: live
Widget objects (after gc.collect), all objects the collector tracks, RSS, CPU per PgDn and per
key typed, and the OptionList options alive (the lists that name people grow by some 20 for
each person added). Whatever grows round after round without
bound is a leak. `--types` lists the types that grew from round 4 to the end; `--held TYPE`
(a type's module and name) follows the referrers of its two newest objects up to what holds
them. Each count is taken with Textual's `StylesCache.get_inner_outer` emptied: an
`lru_cache` on a method, it keeps up to 1,024 StylesCaches (the lines a widget drew) after
their widgets are gone; bounded, and Textual's. All text is invented.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

SIZE = (100, 30)


def meeting(review):  # type: ignore[no-untyped-def]
    """A long meeting's session on `review`: 25 people, 40 points on every third question,
    30 actions; opened at the first question."""
    from bench.report_case import realistic_session

    from reflect.model.session import Action, Participant, Point

    session = realistic_session(review, "20260101-bench-00001ong",
                                datetime(2026, 1, 1, 9, 30, tzinfo=UTC), random.Random(7))
    session.participants = [Participant(name=f"Invented Person {n}", role="Invented role",
                                        agency="Invented Agency", attended=True)
                            for n in range(25)]
    for n, answer in enumerate(session.answers):
        answer.points = [Point(text=f"Invented point {i} on question {n}, said at some length.")
                         for i in range(40 if n % 3 == 0 else 3)]
    session.actions = []
    for n in range(30):
        session.add_action(Action(text=f"Invented action {n}", owner="Invented Person 1",
                                  due="next month", status="open"))
    session.current_step = f"q:{review.questions[0].id}"
    return session


def widgets() -> int:
    from textual.widget import Widget

    gc.collect()
    return sum(isinstance(o, Widget) for o in gc.get_objects())


def by_type() -> Counter[str]:
    from textual._styles_cache import StylesCache

    StylesCache.get_inner_outer.cache_clear()  # (Textual's: holds up to 1024, bounded)
    gc.collect()
    return Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())


def holders(target: object, ignore: list[object], depth: int = 14) -> list[str]:
    """One chain of referrers from `target` up to a module or class (`ignore`: the caller's
    own lists)."""
    import types

    gc.collect()
    skip = {id(o) for o in ignore} | {id(target)}
    chain: list[str] = []
    node = target
    for _ in range(depth):
        found = gc.get_referrers(node)
        skip.add(id(found))
        refs = [r for r in found if id(r) not in skip
                and not isinstance(r, (types.FrameType, types.CoroutineType))]
        skip.add(id(refs))
        if not refs:
            chain.append("(none)")
            break
        # a dict that is an object's __dict__ said with its owner
        node = refs[0]
        skip.add(id(node))
        if isinstance(node, dict):
            chain.append(f"dict(keys={list(node)[:8]})")
        else:
            chain.append(f"{type(node).__module__}.{type(node).__qualname__} {node!r:.100}")
        if isinstance(node, (types.ModuleType, type)):
            break
    return chain


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


async def run(rounds: int, steps: int, types: bool = False, people_added: bool = True,
              held: str = "") -> None:
    from tests.functional.helpers import press_in_order, wait_for

    from reflect.store.catalogue import load_catalogue
    from reflect.store.locks import lock_for_editing
    from reflect.store.sessions import save_session
    from reflect.ui.app import make_app
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_catalogue(REPO / "content").load("theme-information-sharing")
    session = meeting(review)
    with tempfile.TemporaryDirectory() as tmp:
        sessions = Path(tmp, "sessions")
        sessions.mkdir()
        path = save_session(sessions, session)
        lock, _ = lock_for_editing(path, None)
        app = make_app(REPO / "content", sessions, Path(tmp, "settings.toml"))
        app.first_session = (session, review, None, lock)
        async with app.run_test(size=SIZE) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                           and app.focused is not None)
            screen = app.screen
            first = screen.index
            print(f"{len(screen.steps)} steps; round, widgets, tracked objects, RSS MB, "
                  "ms CPU per PgDn, ms CPU per key, options", flush=True)
            print(f"0 {widgets()} {len(gc.get_objects())} {rss_mb():.0f}", flush=True)
            async def add_person(r: int) -> None:
                """A person added on Who is here, and back to the first question."""
                people = next(i for i, step in enumerate(screen.steps) if step.kind == "people")
                screen.call_later(screen.go, people)
                await wait_for(pilot, lambda: screen.index == people)
                name = screen.query_one(".person-name")
                screen.set_focus(name)
                await wait_for(pilot, lambda: app.focused is name)
                await press_in_order(app, [*f"Late{r}", "enter"])
                await wait_for(pilot, lambda: len(screen.session.participants) == 25 + r)
                screen.call_later(screen.go, first)
                await wait_for(pilot, lambda: screen.index == first)

            before: Counter[str] = Counter()
            for r in range(1, rounds + 1):
                start = time.process_time()
                for _ in range(steps):
                    await press_in_order(app, ["pagedown"])
                per_step = (time.process_time() - start) / steps
                for _ in range(steps):
                    await press_in_order(app, ["pageup"])
                for key in ("ctrl+o", "f1", "f7", "ctrl+g"):
                    await press_in_order(app, [key])
                    if key != "ctrl+g":
                        await wait_for(pilot, lambda: app.screen is not screen)
                    await press_in_order(app, ["escape"])
                    await wait_for(pilot, lambda: app.screen is screen)
                await press_in_order(app, ["f5"])  # presenting, and back
                await wait_for(pilot, lambda: screen.has_class("-presenting"))
                await press_in_order(app, ["f5"])
                await wait_for(pilot, lambda: not screen.has_class("-presenting"))
                if screen.index != first:  # (PgDn at the last step stays there)
                    screen.call_later(screen.go, first)
                    await wait_for(pilot, lambda: screen.index == first)
                if people_added:
                    await add_person(r)
                # a point typed on the first question
                box = screen.query_one(f"#points-{screen.index} .point-text")
                box.focus()
                await wait_for(pilot, lambda box=box: app.focused is box)
                text = f"Invented point {r}"
                start = time.process_time()
                await press_in_order(app, [c if c != " " else "space" for c in text])
                per_key = (time.process_time() - start) / len(text)
                await press_in_order(app, ["enter"])
                if types and r == 4:
                    before = by_type()
                from textual._styles_cache import StylesCache
                from textual.widgets.option_list import Option

                StylesCache.get_inner_outer.cache_clear()  # (Textual's, bounded: 1024)
                options = sum(isinstance(o, Option) for o in gc.get_objects())
                print(f"{r} {widgets()} {len(gc.get_objects())} {rss_mb():.0f} "
                      f"{per_step * 1000:.1f} {per_key * 1000:.1f} {options}", flush=True)
            if types:
                grown = by_type()
                grown.subtract(before)
                print("grown since round 4:", grown.most_common(25))
            if held:
                objects = [o for o in gc.get_objects()
                           if f"{type(o).__module__}.{type(o).__qualname__}" == held]
                for o in objects[-2:]:
                    print("\n  <- ".join(holders(o, [objects])))
            screen.leave_keeper()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--types", action="store_true", help="the types that grew")
    parser.add_argument("--no-people", action="store_true", help="no person added a round")
    parser.add_argument("--held", default="", help="what holds this type's newest objects")
    args = parser.parse_args()
    asyncio.run(run(args.rounds, args.steps, args.types, not args.no_people, args.held))


if __name__ == "__main__":
    main()
