"""The report's per-machine cache of session facts: same report with or without it, private,
nothing identifying in it, and only changed files read again. Everything here is invented."""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from reflect.report import LibraryReview, build_report, gather, to_csv, to_html, to_markdown
from reflect.report import cache as report_cache
from reflect.report.attended import KEY_FILE
from reflect.report.cache import KIND
from reflect.store.cache import cache_file

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.report_case import FIRST, LAST, make_library, make_sessions  # noqa: E402

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def _made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented sessions, made once (0.1 s of CPU each time): each test copies them."""
    made = tmp_path_factory.mktemp("made")
    return make_sessions(made / "sessions", make_library(made / "library"), 60, seed=3)


@pytest.fixture
def folder(tmp_path: Path, _made: Path) -> Path:
    """A folder of its own (tests add, break and remove files), written now, as if made now."""
    return Path(shutil.copytree(_made, tmp_path / "sessions", copy_function=shutil.copy))


def _all(folder: Path, cache: Path | None, use_cache: bool = True) -> tuple[str, str, str]:
    g = gather([folder], today=TODAY, use_cache=use_cache, cache=cache)
    report = build_report(g, today=TODAY, library={"child-b1": LibraryReview(["Invented rec"])})
    return to_markdown(report), to_html(report), to_csv(report)


def test_report_identical_with_and_without_the_cache(folder, tmp_path):
    cache = tmp_path / "cache"
    without = _all(folder, cache, use_cache=False)
    assert not cache.exists()  # without the cache, none is written
    assert _all(folder, cache) == without  # the first time: read, and cached
    assert _all(folder, cache) == without  # from the cache
    assert "Sessions held | 60" in without[0]


def test_second_report_reads_no_session_file(folder, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    _all(folder, cache)
    reads: list[Path] = []
    real = report_cache._read
    monkeypatch.setattr(report_cache, "_read",
                        lambda p, now, key: (reads.append(p), real(p, now, key))[1])
    _all(folder, cache)
    assert reads == []
    # A changed file (size and time) is read again, and only it.
    target = sorted(folder.glob("*.toml"))[5]
    target.write_text(target.read_text(encoding="utf-8").replace(
        'status = "open"', 'status = "done"', 1) + "\n", encoding="utf-8")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    markdown, _, _ = _all(folder, cache)
    assert reads == [target]
    assert markdown == _all(folder, cache, use_cache=False)[0]


def test_cache_is_private_and_names_no_one(folder, tmp_path):
    cache = tmp_path / "cache"
    _all(folder, cache)
    path = cache_file(KIND, folder, cache)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    text = path.read_text(encoding="utf-8")
    sessions = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.toml"))
    assert "name = " in sessions  # the sessions do name people...
    for word in FIRST + LAST:  # ...the cache names no one (owners, facilitators, in actions)
        assert word not in text, word
    assert "[redacted]" in text  # names typed into actions are redacted before caching
    data = json.loads(text)
    record = next(iter(data["files"].values()))
    assert set(record["facts"]) == {"id", "review_id", "review_title", "mode", "team",
                                    "created", "updated", "schema_version", "answered",
                                    "read_only", "people", "actions", "confidence",
                                    "discussed", "answered_ids", "recorded", "title",
                                    "carried", "attended_codes"}
    # each person here by a code made with a key kept beside the cache, never by name
    assert record["key"] != (cache / KEY_FILE).read_text(encoding="ascii")
    assert stat.S_IMODE((cache / KEY_FILE).stat().st_mode) == 0o600


def test_damaged_cache_costs_time_not_the_report(folder, tmp_path):
    cache = tmp_path / "cache"
    expected = _all(folder, cache, use_cache=False)
    _all(folder, cache)
    path = cache_file(KIND, folder, cache)
    data = json.loads(path.read_text(encoding="utf-8"))
    names = sorted(data["files"])
    data["files"][names[0]]["facts"]["people"] = "not a list"
    del data["files"][names[1]]["facts"]["actions"]
    data["files"][names[2]] = ["nonsense"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _all(folder, cache) == expected
    path.write_text("{ not json", encoding="utf-8")
    assert _all(folder, cache) == expected


def test_unreadable_and_conflicted_files_cached_as_such(folder, tmp_path):
    cache = tmp_path / "cache"
    (folder / "broken.toml").write_text("this is [[[ not toml\n", encoding="utf-8")
    first = sorted(folder.glob("2*.toml"))[0]
    text = first.read_text(encoding="utf-8")
    (folder / f"{first.stem} (1).toml").write_text(text, encoding="utf-8")
    merged = sorted(folder.glob("2*.toml"))[3]
    merged.write_text("<<<<<<< HEAD\n" + merged.read_text(encoding="utf-8")
                      + "=======\n>>>>>>> invented\n", encoding="utf-8")
    expected = gather([folder], today=TODAY, use_cache=False)
    for _ in range(2):
        g = gather([folder], today=TODAY, cache=cache)
        assert g.unreadable == expected.unreadable and len(g.unreadable) == 1
        assert any("broken.toml" in m for m in g.unreadable)
        assert g.conflicts == expected.conflicts and len(g.conflicts) == 2
        assert [s.id for _, s, _ in g.sessions] == [s.id for _, s, _ in expected.sessions]


def test_a_file_the_app_cannot_open_is_not_counted(folder):
    # (A byte-order mark was this test's unreadable file; sessions saved with one are read
    # now, as the app opens them: counted, the test after this one. Bytes that are not UTF-8
    # cannot be read.)
    target = sorted(folder.glob("*.toml"))[0]
    target.write_bytes(b"\xff\xfe" + target.read_bytes())
    g = gather([folder], today=TODAY, use_cache=False)
    assert target.stem not in {s.id for _, s, _ in g.sessions}
    assert [m for m in g.unreadable if target.name in m]


def test_a_session_saved_with_a_byte_order_mark_is_counted(folder):
    target = sorted(folder.glob("*.toml"))[0]
    target.write_bytes(b"\xef\xbb\xbf" + target.read_bytes())
    g = gather([folder], today=TODAY, use_cache=False)
    assert target.stem in {s.id for _, s, _ in g.sessions}
    assert not [m for m in g.unreadable if target.name in m]


def _paths(value: object, at: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every place in a JSON value (dict keys and list indexes), the value itself first."""
    out = [at]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*at, i))
    return out


def _other_type(value: object, nullable: bool, rnd) -> object:
    """A value of another JSON type than `value` (so it can never be read as valid)."""
    choices = [None, True, 7, -1, 10**30, 1.5, float("inf"), "invented", [], ["x"], {},
               {"k": 1}]
    valid = {type(value)} | ({type(None), str} if nullable else set())
    return rnd.choice([c for c in choices if type(c) not in valid])


def test_a_cache_damaged_anywhere_never_changes_or_stops_the_report(folder, tmp_path):
    """Any value in the cache swapped for one of another type, the file cut short, garbled or
    nested past Python's limit: the entry (or the whole cache) is read again from the file."""
    import random

    cache = tmp_path / "cache"
    expected = gather([folder], today=TODAY, use_cache=False)
    gather([folder], today=TODAY, cache=cache)
    path = cache_file(KIND, folder, cache)
    good = path.read_bytes()
    data = json.loads(good)
    rnd = random.Random(16)
    names = sorted(data["files"])
    damages: list[tuple[str, tuple[object, ...], object]] = []  # (file, place, value put)
    for _ in range(150):
        name = rnd.choice(names)
        record = data["files"][name]
        where = rnd.choice(_paths(record)[1:])
        parent = record
        for key in where[:-1]:
            parent = parent[key]
        # a due date, the due date first agreed (words and date) and "read only" may be null
        # or text
        nullable = where[-1] == "read_only" or where[1:2] == ("actions",) and where[3:] in (
            (2,), (6,), (7,))
        damages.append((name, where, _other_type(parent[where[-1]], nullable, rnd)))
    # Up to five damages a report, each in another file's record (records are read one by one,
    # each damaged one read again from its file): one report for each damage was 150 reports,
    # 2 s of the suite's CPU for the same 150 damages.
    batches: list[list[tuple[str, tuple[object, ...], object]]] = [[]]
    for damage in damages:
        if len(batches[-1]) == 5 or damage[0] in {n for n, _, _ in batches[-1]}:
            batches.append([])
        batches[-1].append(damage)
    for batch in batches:
        damaged = json.loads(good)
        for name, where, value in batch:
            parent = damaged["files"][name]
            for key in where[:-1]:
                parent = parent[key]
            parent[where[-1]] = value
        path.write_text(json.dumps(damaged), encoding="utf-8")
        assert gather([folder], today=TODAY, cache=cache) == expected, batch
    for bad in (good[: len(good) // 2], b"\x00\xff" * 50, b"[" * 200_000, b"",
                json.dumps({"version": 1, "files": []}).encode()):
        path.write_bytes(bad)
        assert gather([folder], today=TODAY, cache=cache) == expected
        assert path.read_bytes() == good  # rebuilt as it was


def _mixed(folder: Path) -> None:
    """Beside the sessions: a file that is not TOML, a sync tool's copy, a git conflict."""
    (folder / "broken.toml").write_text("this is [[[ not toml\n", encoding="utf-8")
    first = sorted(folder.glob("2*.toml"))[0]
    (folder / f"{first.stem} (1).toml").write_bytes(first.read_bytes())
    merged = sorted(folder.glob("2*.toml"))[3]
    merged.write_text("<<<<<<< HEAD\n" + merged.read_text(encoding="utf-8")
                      + "=======\n>>>>>>> invented\n", encoding="utf-8")


def test_files_read_by_several_processes_give_the_same_report_and_cache(
        folder, tmp_path, monkeypatch):
    """A big folder is read by one process per core: what is counted, what is reported as
    unreadable or a copy, and what is cached are exactly what one process reading alone
    gives, the problems in the same words."""
    _mixed(folder)
    alone = gather([folder], today=TODAY, cache=tmp_path / "alone")
    monkeypatch.setattr(report_cache, "SHARED_FROM", 1)
    monkeypatch.setattr(report_cache, "PIECE", 7)  # several pieces per process
    monkeypatch.setattr(report_cache, "_cores", lambda: 2)
    shared_by: list[int] = []
    real = report_cache._read_shared

    def spy(folder, todo, processes, key):  # type: ignore[no-untyped-def]
        got = real(folder, todo, processes, key)
        shared_by.append(processes if got is not None else 0)
        return got

    monkeypatch.setattr(report_cache, "_read_shared", spy)
    assert gather([folder], today=TODAY, cache=tmp_path / "unshared") == alone
    assert shared_by == []  # only when asked (the command line)
    (tmp_path / "shared").mkdir()  # the attendees' codes made with the same key, to compare
    shutil.copy(tmp_path / "alone" / KEY_FILE, tmp_path / "shared" / KEY_FILE)
    shared = gather([folder], today=TODAY, cache=tmp_path / "shared", share_reading=True)
    assert shared_by == [2]  # the processes did read the files
    assert shared == alone
    assert len(shared.unreadable) == 1 and len(shared.conflicts) == 2
    records = [json.loads(cache_file(KIND, folder, tmp_path / c).read_bytes())["files"]
               for c in ("alone", "shared")]
    assert records[0] == records[1]
    assert len(records[0]) == 62  # sixty sessions, the broken file and the copy


@pytest.mark.parametrize("refusal", [
    OSError(38, "Function not implemented"),  # a sandbox without semaphores
    ValueError("bad value(s) in fds_to_keep"),  # a standard stream with no file behind it
])
def test_when_no_process_can_be_started_the_files_are_read_alone(
        folder, tmp_path, monkeypatch, refusal):
    """Somewhere processes cannot be started: the report is made all the same, by the one
    process (inside the app, Textual's stand-in for stderr made starting them fail with the
    ValueError, and the report was not made at all)."""
    import concurrent.futures

    _mixed(folder)
    expected = gather([folder], today=TODAY, use_cache=False)
    monkeypatch.setattr(report_cache, "SHARED_FROM", 1)
    monkeypatch.setattr(report_cache, "_cores", lambda: 2)

    def refused(*args: object, **kwargs: object) -> None:
        raise refusal

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refused)
    assert gather([folder], today=TODAY, use_cache=False, share_reading=True) == expected
