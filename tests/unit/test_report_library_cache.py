"""What a report takes from the library about each review (its recommendations, the progress
the briefing reports, its questions) is kept in the per-machine cache while the review's file
is unchanged: the same report with or without it, no review read again when nothing changed,
a changed or damaged one read again. Everything here is invented.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from reflect.report import Filters, to_markdown
from reflect.report.library import KIND
from reflect.report.make import make_report
from reflect.store.cache import cache_file
from reflect.store.catalogue import Catalogue, load_catalogue

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.report_case import make_library, make_sessions  # noqa: E402

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def _made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented library and sessions, made once: each test copies them."""
    made = tmp_path_factory.mktemp("made")
    make_sessions(made / "sessions", make_library(made / "library"), 30, seed=4)
    return made


@pytest.fixture
def folders(tmp_path: Path, _made: Path) -> tuple[Path, Path]:
    """Folders of its own (tests change and damage reviews), written now, as if made now."""
    library, sessions = tmp_path / "library", tmp_path / "sessions"
    for made, to in ((_made / "library", library), (_made / "sessions", sessions)):
        shutil.copytree(made, to, copy_function=shutil.copy)
    return sessions, library


def _report(folders: tuple[Path, Path], cache: Path, use_cache: bool = True) -> str:
    sessions, library = folders
    report, _ = make_report([sessions], Filters(), load_catalogue(library, cache), None, TODAY,
                            use_cache=use_cache, cache=cache)
    return to_markdown(report)


def _no_review_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(self: Catalogue, review_id: str) -> object:
        raise AssertionError(f"{review_id} read again")

    monkeypatch.setattr(Catalogue, "load", never)


def test_no_review_is_read_again_when_nothing_changed(folders, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    expected = _report(folders, cache, use_cache=False)
    assert "**Invented recommendation 1.2**" in expected  # the library's words, in its order
    assert not cache_file(KIND, folders[1], cache).exists()  # without the cache, none written
    assert _report(folders, cache) == expected
    _no_review_read(monkeypatch)
    assert _report(folders, cache) == expected


def test_a_changed_review_is_read_again(folders, tmp_path):
    cache = tmp_path / "cache"
    _report(folders, cache)
    path = folders[1] / "child-b1.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Invented recommendation 1.2", "Invented recommendation 1.2, reworded"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    again = _report(folders, cache)
    assert "**Invented recommendation 1.2, reworded**" in again
    assert again == _report(folders, tmp_path / "other", use_cache=False)


def test_a_review_that_cannot_be_read_is_left_out_and_not_read_again(folders, tmp_path,
                                                                     monkeypatch):
    cache = tmp_path / "cache"
    real = Catalogue.load

    def refused(self: Catalogue, review_id: str) -> object:
        if review_id == "child-b1":
            raise ValueError("invented problem")
        return real(self, review_id)

    whole = _report(folders, tmp_path / "other", use_cache=False)
    monkeypatch.setattr(Catalogue, "load", refused)
    expected = _report(folders, tmp_path / "other", use_cache=False)
    assert expected != whole  # (its actions still show, by their links)
    assert _report(folders, cache) == expected
    _no_review_read(monkeypatch)
    assert _report(folders, cache) == expected


@pytest.mark.parametrize("damage", [
    {"recommendations": "not a list"}, {"recommendations": [1]}, {"updates": ["x"]},
    {"updates": {"x": 1}}, {"questions": None}, {"complete": [None]}, {"stamp": [1, 2]},
    {"unreadable": "yes"}, {"recommendations": None, "unreadable": True},
])
def test_a_damaged_entry_costs_time_not_the_report(folders, tmp_path, damage):
    cache = tmp_path / "cache"
    expected = _report(folders, cache)
    path = cache_file(KIND, folders[1], cache)
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["files"].values():
        record.update(damage)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _report(folders, cache) == expected
    path.write_text("{ not json", encoding="utf-8")
    assert _report(folders, cache) == expected
