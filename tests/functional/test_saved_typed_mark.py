"""A saved session holding an item typed and not added (a point, an action, a person) is marked
✎ in the start screen's saved sessions, and their heading says what ✎ means: the step list
marked it once the session was open, but the list a facilitator reopens it from the next week
gave no sign of it. All data invented (Moorvale, Sam Sample)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.session import Session
from reflect.store.cache import CACHE_VERSION, cache_file
from reflect.store.index import list_summaries
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.start_rows import session_option
from tests.functional.helpers import shown, type_text, wait_for

HALF = "20261205-child-zz-0000beef"
DONE = "20261205-child-zz-0000f00d"


def _saved(sessions_dir: Path) -> None:
    half = Session(id=HALF, review_id="child-zz", review_title="Child ZZ",
                   title="Moorvale huddle")
    half.set_answer("zz-first", "What would you do first?", "")
    half.set_draft("point:zz-first", "Ring the Moorvale GP")
    half.set_draft("action:owner", "Sam Sample")
    save_session(sessions_dir, half)
    save_session(sessions_dir, Session(id=DONE, review_id="child-zz", review_title="Child ZZ",
                                       title="Riverside handover"))


def test_a_summary_names_the_steps_holding_an_item_typed(sessions_dir: Path,
                                                         tmp_path: Path) -> None:
    _saved(sessions_dir)
    cache = tmp_path / "cache"
    for _ in range(2):  # read from the files, then from the cache
        typed = {e.id: e.typed for e in list_summaries(sessions_dir, cache).entries}
        assert typed == {HALF: ("Question 1", "What to do now"), DONE: ()}


def test_a_cache_written_before_the_mark_is_not_read_as_marking_nothing(
        sessions_dir: Path, tmp_path: Path) -> None:
    """A cache written by the version before, its summaries holding no `typed`, is not
    taken as saying nothing is typed: the files are read again."""
    _saved(sessions_dir)
    cache = tmp_path / "cache"
    list_summaries(sessions_dir, cache)
    path = cache_file("sessions", sessions_dir, cache)
    records = json.loads(path.read_text(encoding="utf-8"))["files"]
    for record in records.values():
        del record["summary"]["typed"]
    path.write_text(json.dumps({"version": CACHE_VERSION - 1, "files": records}),
                    encoding="utf-8")
    typed = {e.id: e.typed for e in list_summaries(sessions_dir, cache).entries}
    assert typed[HALF] == ("Question 1", "What to do now")


def test_the_mark_comes_before_the_title_and_never_with_it_cut(sessions_dir: Path,
                                                              tmp_path: Path) -> None:
    _saved(sessions_dir)
    entries = {e.id: e for e in list_summaries(sessions_dir, tmp_path / "cache").entries}
    marked = str(session_option(entries[HALF], width=30).prompt).splitlines()
    assert marked[0] == "✎ Moorvale huddle"
    assert str(session_option(entries[DONE], width=30).prompt).splitlines()[0] == \
        "Riverside handover"
    long = Session(id="20261205-child-zz-0000abcd", review_id="child-zz",
                   review_title="Child ZZ", title="Moorvale " * 12)
    long.set_draft("person:name", "Sam Sample")
    save_session(sessions_dir, long)
    [entry] = [e for e in list_summaries(sessions_dir, tmp_path / "cache").entries
               if e.id == long.id]
    cut = str(session_option(entry, width=20).prompt).splitlines()[0]
    assert cut.startswith("✎ Moorvale") and cut.endswith("…")
    assert len(textwrap.wrap(cut, 20)) == 2  # two lines of the list, the mark's among them


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_saved_sessions_mark_it_and_say_what_the_mark_means(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    _saved(sessions_dir)
    async with make_app(fictional_dir, sessions_dir).run_test(size=size) as pilot:
        app = pilot.app
        await wait_for(pilot, lambda: app.screen.query("#sessions")
                       and app.screen.query_one("#sessions", OptionList).option_count == 2)
        screen = app.screen
        sessions, title = screen.query_one("#sessions", OptionList), screen.query_one(
            "#sessions-title")
        rows = {sessions.get_option_at_index(n).id: str(sessions.get_option_at_index(n)
                                                         .prompt).splitlines()[0]
                for n in range(2)}
        assert rows == {str(sessions_dir / f"{HALF}.toml"): "✎ Moorvale huddle",
                        str(sessions_dir / f"{DONE}.toml"): "Riverside handover"}
        said = ["Sessions · ✎: typed, not added"] if size[0] >= 80 else [
            "Saved sessions", "✎: typed, not added"]
        await wait_for(pilot, lambda: shown(title).splitlines() == said)
        lines = [strip.text for strip in screen._compositor.render_strips()]
        assert all(any(part in line for line in lines) for part in said)  # whole on screen
        # Only while a session listed has the mark: searched away, the heading is plain.
        await pilot.press("slash")
        await type_text(pilot, "riverside")
        await wait_for(pilot, lambda: sessions.option_count == 1)
        await wait_for(pilot, lambda: "✎" not in shown(title))
