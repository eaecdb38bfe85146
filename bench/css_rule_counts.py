"""Which of the stylesheet's rules Textual checks, and how often they match, in a few pilot
scenarios typical of the functional tests (issue #16: `Stylesheet.apply` was 23% of their CPU).

    python bench/css_rule_counts.py [--top 30] [--all]        # counts per rule
    python bench/css_rule_counts.py --cpu [--runs 5]           # CPU per scenario, medians
    python bench/css_rule_counts.py --dump FILE                # every node's styles, to diff
    python bench/css_rule_counts.py --restyle EARLIER.tcss --runs 60

Run in one process with the suite's own set-up (tests/conftest.py: CSS parsed once, painted
at the end), each scenario a fresh app at 80x24 on the bundled library:

- start: the start screen, its lists read;
- open: a saved team session (a meeting's worth, bench/report_case.py) opened from it;
- pgdn: that session, PgDn through every step;
- typing: that session at its first question, a point typed key by key and added.

Counting wraps `Stylesheet._check_rule`: each rule checked against a node (a node whose
selector names, its type and base types, classes and id, hold the rule's last selector's name;
a node styled from Textual's cache is not checked), whether it matched, and how many selector
sets `_check_selectors` walked. A rule whose last selector is a bare type (`Button`,
`Static`, `*`) is checked on every node of that type or one derived from it, whatever is
before it (`.pane Button`, `#export-dialog Checkbox:focus`). Rules are named by where they
were read (app.tcss, "start screen" for its first part, a widget's DEFAULT_CSS) and their
selectors.

`--cpu` gives each scenario's CPU and the part of it in `Stylesheet.apply`; on two cores
shared with other work both move by 5-10% from run to run. `--restyle` is steadier: a
question step's nodes styled again and again in one process, alternately by this app.tcss
and by an earlier one (`git show REV:src/reflect/ui/app.tcss > earlier.tcss`), the same nodes
either way.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

import tests.conftest  # noqa: E402,F401  (the suite's set-up: CSS parsed once, painted at the end)

SIZE = (80, 24)
checked: Counter[tuple[str, str]] = Counter()
matched: Counter[tuple[str, str]] = Counter()
sets_walked = [0]
selector_checks: Counter[tuple[str, str]] = Counter()
"""Selectors checked against a node (`Selector.check`), per rule: a descendant selector
not matched is tried on every node above the one being styled."""
checks_made = [0]
hopeless: Counter[tuple[str, str]] = Counter()
"""Of those, the selectors checked in a rule's selector sets whose last selector does not name
the node (`A X, B Y` checked on a Y walks `A X` too): a rule split in two by its last
selectors, each keeping its declarations, would not check them."""
dumped: list[str] = []
"""With --dump: every node's styles at each point a scenario notes (`note`), to compare two
versions of the stylesheet."""
DUMP = [False]


async def note(pilot: Any, what: str) -> None:
    """With --dump, every node of every screen and its styles (its parts' too) written down."""
    if not DUMP[0]:
        return
    await pilot.pause()
    app = pilot.app
    dumped.append(f"=== {what}")
    for n, screen in enumerate(app.screen_stack):
        for node in screen.walk_children(with_self=True):
            path = "/".join(f"{type(p).__name__}#{p.id}" for p in node.ancestors_with_self[::-1])
            dumped.append(f"{n} {path} {sorted(node.classes)} "
                          f"{sorted(node.pseudo_classes)}: {node.styles.css!r}")
            for part, styles in sorted(node._component_styles.items()):
                dumped.append(f"    {part}: {styles.css!r}")
applied = [0]


def _source(read_from: Any) -> str:
    path, name = read_from if isinstance(read_from, tuple) else (str(read_from), "")
    if path.endswith("app.tcss"):
        return "app.tcss" + (f" ({name})" if name else "")
    return name or Path(path).name


styling_cpu = [0.0, 0]
"""With --cpu: the CPU seconds spent in `Stylesheet.apply` (outermost calls), and the depth."""


def time_styling() -> None:
    """`Stylesheet.apply` timed: the part of a scenario's CPU the stylesheet's rules decide,
    less diluted by the rest than the whole scenario's."""
    from textual.css.stylesheet import Stylesheet

    apply = Stylesheet.apply

    def timed(self: Any, node: Any, **kwargs: Any) -> None:
        styling_cpu[1] += 1
        began = time.process_time() if styling_cpu[1] == 1 else 0.0
        try:
            apply(self, node, **kwargs)
        finally:
            styling_cpu[1] -= 1
            if not styling_cpu[1]:
                styling_cpu[0] += time.process_time() - began

    Stylesheet.apply = timed  # type: ignore[method-assign]


def _last_name(selector_set: Any) -> str:
    """The name Textual files a selector set under (`RuleSet._post_parse`): its last selector's."""
    from textual.css.model import SelectorType

    last = selector_set.selectors[-1]
    return {SelectorType.UNIVERSAL: "*", SelectorType.CLASS: f".{last.name}",
            SelectorType.ID: f"#{last.name}"}.get(last.type, last.name)


def count_checks() -> None:
    """Textual's stylesheet wrapped: each rule named by its source as parsed, each check
    counted."""
    from textual.css import stylesheet as sheet

    Stylesheet = sheet.Stylesheet
    parse = Stylesheet._parse_rules

    def parse_named(self: Any, css: str, read_from: Any, *args: Any, **kwargs: Any) -> Any:
        rules = parse(self, css, read_from, *args, **kwargs)
        for rule in rules:
            rule._counted_as = (_source(read_from), rule.selectors)
        return rules

    Stylesheet._parse_rules = parse_named  # type: ignore[method-assign]
    from textual.css.model import Selector

    check = Selector.check

    def counted_check(self: Any, node: Any) -> bool:
        checks_made[0] += 1
        return check(self, node)

    Selector.check = counted_check  # type: ignore[method-assign]
    check_selectors = sheet._check_selectors

    def walked(selectors: Any, nodes: Any) -> bool:
        sets_walked[0] += 1
        return check_selectors(selectors, nodes)

    sheet._check_selectors = walked

    def check_rule(cls: Any, rule_set: Any, nodes: Any) -> Any:
        key = getattr(rule_set, "_counted_as", ("?", rule_set.selectors))
        checked[key] += 1
        hit = False
        names = nodes[-1]._selector_names
        for selector_set in rule_set.selector_set:
            before = checks_made[0]
            found = walked(selector_set.selectors, nodes)
            selector_checks[key] += checks_made[0] - before
            if _last_name(selector_set) not in names:
                hopeless[key] += checks_made[0] - before
            if found:
                hit = True
                yield selector_set.specificity
        if hit:
            matched[key] += 1

    Stylesheet._check_rule = classmethod(check_rule)  # type: ignore[assignment]
    apply = Stylesheet.apply

    def counted_apply(self: Any, node: Any, **kwargs: Any) -> None:
        applied[0] += 1
        apply(self, node, **kwargs)

    Stylesheet.apply = counted_apply  # type: ignore[method-assign]


def _saved_session(review: Any, sessions: Path) -> Any:
    from bench.report_case import realistic_session

    from reflect.store.sessions import save_session

    session = realistic_session(review, "20260101-bench-0000c055",
                                datetime(2026, 1, 1, 9, 30, tzinfo=UTC), random.Random(7))
    session.current_step = ""
    save_session(sessions, session)
    return session


async def _opened(pilot: Any) -> Any:
    from tests.functional.helpers import open_for_editing, open_saved_session

    await open_saved_session(pilot)
    return await open_for_editing(pilot)


async def start(pilot: Any) -> None:
    from tests.functional.helpers import wait_for

    from reflect.ui.screens.start import StartScreen

    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                   and app.library is not None)
    await note(pilot, "start")


async def open_(pilot: Any) -> None:
    await _opened(pilot)
    await note(pilot, "open")


async def pgdn(pilot: Any) -> None:
    from tests.functional.helpers import wait_for

    screen = await _opened(pilot)
    while screen.index < len(screen.steps) - 1:
        index = screen.index
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.index != index)  # noqa: B023
        await note(pilot, f"step {screen.index}")


async def typing(pilot: Any) -> None:
    from tests.functional.helpers import go_forward_to, type_text, wait_for
    from textual.widgets import Input

    screen = await _opened(pilot)
    await go_forward_to(pilot, screen, "question")
    await wait_for(pilot, lambda: isinstance(pilot.app.focused, Input))
    before = len(screen.session.answers)
    await type_text(pilot, "An invented point")
    await note(pilot, "typed")
    await pilot.press("enter")
    await wait_for(pilot, lambda: len(screen.session.answers) >= before)
    await note(pilot, "added")


RESTYLE: dict[str, Any] = {"css": "", "rounds": 20, "times": {}}
"""With --restyle: the earlier app.tcss, the rounds, and the CPU seconds of each round by side."""


def _earlier_sheet(sheet: Any, css: str) -> Any:
    """A copy of the app's stylesheet with `css` as app.tcss, read as the app read it then:
    before its no-colour part was marked off, the start screen's rules first, kept beside the
    whole file; after it, as `start_styles.app_css` reads it (with colour)."""
    from reflect.ui.start_styles import NO_COLOUR_ONLY, START, WHOLE, start_rules

    marked = css.find(NO_COLOUR_ONLY)
    if marked >= 0:
        css = css[:marked]
    earlier = sheet.copy()
    sources = dict(earlier.source)
    earlier.source.clear()
    for key, source in sources.items():
        if key == START:
            continue
        if key == WHOLE:
            if marked < 0:
                earlier.source[START] = source._replace(content=start_rules(css))
            earlier.source[WHOLE] = source._replace(content=css)
        else:
            earlier.source[key] = source
    earlier.parse()
    return earlier


async def restyle(pilot: Any) -> None:
    """A saved session at its first question; then every node of the screen styled again, by
    the app's stylesheet and by one with the earlier app.tcss in turn, round after round: the
    same nodes in the same process, so the two differ only in their rules."""
    from tests.functional.helpers import go_forward_to

    screen = await _opened(pilot)
    await go_forward_to(pilot, screen, "question")
    await pilot.pause()
    sheets = {"before": _earlier_sheet(pilot.app.stylesheet, RESTYLE["css"]),
              "after": pilot.app.stylesheet}
    nodes = list(screen.walk_children(with_self=True))
    times: dict[str, list[float]] = {side: [] for side in sheets}
    for n in range(RESTYLE["rounds"]):
        order = list(sheets.items())
        for side, sheet in order if n % 2 else order[::-1]:  # each first in every other round
            began = time.process_time()
            for node in nodes:
                sheet.apply(node)
            times[side].append(time.process_time() - began)
    sheets["after"].update(screen)
    RESTYLE["times"] = times
    RESTYLE["nodes"] = len(nodes)
    RESTYLE["rules"] = {side: len(sheet.rules) for side, sheet in sheets.items()}


SCENARIOS: dict[str, Callable[[Any], Awaitable[None]]] = {
    "start": start, "open": open_, "pgdn": pgdn, "typing": typing, "restyle": restyle}


async def run(name: str, content: Path, tmp: Path) -> tuple[float, float]:
    """One scenario in a fresh app; its CPU seconds, and those in `Stylesheet.apply`."""
    import shutil

    from tests.functional.helpers import press_in_order

    from reflect.store.catalogue import load_catalogue
    from reflect.ui.app import ReflectApp, make_app

    ReflectApp._press_keys = press_in_order  # type: ignore[attr-defined]
    sessions = tmp / "sessions"
    shutil.rmtree(sessions, ignore_errors=True)
    sessions.mkdir()
    if name != "start":
        _saved_session(load_catalogue(content).load("child-ac"), sessions)
    app = make_app(content, sessions, tmp / "settings.toml")
    styling_cpu[0] = 0.0
    began = time.process_time()
    async with app.run_test(size=SIZE) as pilot:
        await SCENARIOS[name](pilot)
    return time.process_time() - began, styling_cpu[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cpu", action="store_true", help="CPU per scenario, not counts")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--all", action="store_true", help="every rule checked, not the top")
    parser.add_argument("--only", default="", help="scenarios, comma separated")
    parser.add_argument("--dump", default="", help="every node's styles written to this file")
    parser.add_argument("--restyle", default="", metavar="EARLIER_TCSS",
                        help="a question step's nodes styled again and again, alternately by "
                             "this app.tcss and by EARLIER_TCSS; CPU medians")
    args = parser.parse_args()
    import os

    from tests.conftest import copy_bundled

    names = args.only.split(",") if args.only else [n for n in SCENARIOS if n != "restyle"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["REFLECT_SETTINGS"] = str(tmp / "settings.toml")
        os.environ["REFLECT_CACHE_DIR"] = str(tmp / "cache")
        content = copy_bundled(tmp / "content")
        if args.restyle:
            RESTYLE["css"] = Path(args.restyle).read_text(encoding="utf-8")
            RESTYLE["rounds"] = args.runs
            asyncio.run(run("restyle", content, tmp))
            print(f"{RESTYLE['nodes']} nodes styled again, {args.runs} rounds; rules "
                  f"{RESTYLE['rules']}")
            for side, seconds in RESTYLE["times"].items():
                quartiles = ", ".join(f"{q * 1000:.2f}" for q in statistics.quantiles(seconds))
                print(f"{side:7} {statistics.median(seconds) * 1000:6.2f} ms CPU a round "
                      f"(quartiles {quartiles})")
            pairs = zip(RESTYLE["times"]["after"], RESTYLE["times"]["before"], strict=True)
            print(f"after/before, round by round: median "
                  f"{statistics.median(a / b for a, b in pairs):.3f}")
            return
        if args.dump:
            DUMP[0] = True
            for name in names:
                asyncio.run(run(name, content, tmp))
            Path(args.dump).write_text("\n".join(dumped) + "\n", encoding="utf-8")
            return
        if args.cpu:
            time_styling()
            asyncio.run(run("open", content, tmp))  # imports and parsing out of the way
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
            for _ in range(args.runs):
                for name in names:
                    times[name].append(asyncio.run(run(name, content, tmp)))
            for name in names:
                whole, styling = ([t[i] * 1000 for t in times[name]] for i in (0, 1))
                print(f"{name:8} {statistics.median(whole):7.1f} ms CPU "
                      f"(runs: {', '.join(f'{t:.0f}' for t in whole)}), styling "
                      f"{statistics.median(styling):6.1f} "
                      f"(runs: {', '.join(f'{t:.1f}' for t in styling)})")
            return
        count_checks()
        all_checked: Counter[tuple[str, str]] = Counter()
        all_matched: Counter[tuple[str, str]] = Counter()
        all_selectors: Counter[tuple[str, str]] = Counter()
        all_hopeless: Counter[tuple[str, str]] = Counter()
        for name in names:
            checked.clear()
            matched.clear()
            selector_checks.clear()
            hopeless.clear()
            sets_walked[0] = applied[0] = 0
            asyncio.run(run(name, content, tmp))
            print(f"== {name}: {applied[0]} nodes styled, {sum(checked.values())} rule checks, "
                  f"{sum(matched.values())} matched, {sets_walked[0]} selector sets walked, "
                  f"{sum(selector_checks.values())} selectors checked "
                  f"({sum(hopeless.values())} in sets that cannot name the node); by source:")
            per_source: Counter[str] = Counter()
            for (source, _), n in selector_checks.items():
                per_source[source] += n
            for source, n in per_source.most_common(8):
                print(f"   {n:7} {source}")
            all_checked.update(checked)
            all_matched.update(matched)
            all_selectors.update(selector_checks)
            all_hopeless.update(hopeless)
        print("\n== every scenario's rules, most selectors checked first: "
              "selectors checked (in sets that cannot name the node), rule checks, matches")
        ranked = sorted(all_selectors, key=all_selectors.__getitem__, reverse=True)
        for key in ranked if args.all else ranked[:args.top]:
            print(f"{all_selectors[key]:7} ({all_hopeless[key]:5}) {all_checked[key]:6} "
                  f"{all_matched[key]:6}  "
                  f"{key[0]:28} {key[1]}")


if __name__ == "__main__":
    main()
