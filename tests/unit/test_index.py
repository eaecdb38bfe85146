"""The summary cache: fast lists, never stale, never a source of lost data."""

import os
from pathlib import Path

from reflect.model.session import Session
from reflect.store.index import list_summaries
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session


def make(fictional_dir: Path, sessions_dir: Path, title: str) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title=title)
    save_session(sessions_dir, s)
    return s


def test_summaries_follow_every_change(fictional_dir, sessions_dir, tmp_path):
    cache = tmp_path / "cache"
    s = make(fictional_dir, sessions_dir, "First")
    [entry] = list_summaries(sessions_dir, cache).entries
    assert (entry.id, entry.label, entry.answered, entry.total) == (s.id, "First", 0, 3)
    assert list(cache.glob("sessions-*.json")), "cache written"
    # Edited since: the cached summary must not be used.
    s.set_answer("zz-first", "q", "an answer")
    s.title = "Renamed"
    save_session(sessions_dir, s)
    [entry] = list_summaries(sessions_dir, cache).entries
    assert (entry.label, entry.answered) == ("Renamed", 1)
    # Removed: gone from the list. Broken: reported.
    (sessions_dir / f"{s.id}.toml").write_text("not = [toml")
    found = list_summaries(sessions_dir, cache)
    assert found.entries == [] and "not valid TOML" in found.problems[0]
    os.remove(sessions_dir / f"{s.id}.toml")
    assert list_summaries(sessions_dir, cache).problems == []


def test_a_damaged_cache_costs_nothing(fictional_dir, sessions_dir, tmp_path):
    cache = tmp_path / "cache"
    make(fictional_dir, sessions_dir, "Kept")
    list_summaries(sessions_dir, cache)
    for f in cache.glob("*.json"):
        f.write_text('{"version": 1, "files": {"x.toml": 5}, "junk')
    assert [e.label for e in list_summaries(sessions_dir, cache).entries] == ["Kept"]
    for f in cache.glob("*.json"):
        f.write_text('{"version": 1, "files": {}}')
    assert [e.label for e in list_summaries(sessions_dir, cache).entries] == ["Kept"]


def test_the_cache_is_not_in_the_sessions_folder(fictional_dir, sessions_dir, tmp_path):
    make(fictional_dir, sessions_dir, "x")
    list_summaries(sessions_dir, tmp_path / "cache")
    assert [p.name for p in sessions_dir.iterdir() if not p.name.startswith(".")] == [
        p.name for p in sessions_dir.glob("*.toml")]


def test_a_link_to_itself_is_one_unreadable_file(fictional_dir, sessions_dir, tmp_path):
    """A `*.toml` link to itself listed nothing at all, and the app showed an empty library
    and no sessions (a trial): it is one file that cannot be read, and the rest is listed."""
    s = make(fictional_dir, sessions_dir, "Invented kept session")
    loop = sessions_dir / "invented-loop.toml"
    loop.symlink_to(loop)
    found = list_summaries(sessions_dir, tmp_path / "cache")
    assert [e.id for e in found.entries] == [s.id]
    assert found.problems == [f"{loop}: cannot be read (Too many levels of symbolic links)."]


def unreadable_as_a_user(monkeypatch) -> None:
    """A file with no read bits cannot be read, even by these tests run as root (where chmod
    alone stops nothing): as the trial saw it, under setpriv without CAP_DAC_OVERRIDE."""
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.suffix == ".toml" and not self.stat().st_mode & 0o444:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)


def test_a_session_made_unreadable_is_said_with_a_cache_too(fictional_dir, sessions_dir,
                                                             tmp_path, monkeypatch):
    """chmod 000 moves neither size nor mtime, which were all the cache was keyed by: the list
    said the session was fine (3 of 6 answered) until opening it failed. Same words with a
    cache as without."""
    unreadable_as_a_user(monkeypatch)
    cache = tmp_path / "cache"
    s = make(fictional_dir, sessions_dir, "Kept")
    path = sessions_dir / f"{s.id}.toml"
    assert [e.label for e in list_summaries(sessions_dir, cache).entries] == ["Kept"]
    path.chmod(0o000)
    try:
        cached = list_summaries(sessions_dir, cache)
        fresh = list_summaries(sessions_dir, tmp_path / "empty-cache")
        assert cached.entries == [] == fresh.entries
        assert cached.problems == fresh.problems == [
            f"{path}: cannot be read: Permission denied"]
    finally:
        path.chmod(0o600)
    assert [e.label for e in list_summaries(sessions_dir, cache).entries] == ["Kept"]


def test_a_review_made_unreadable_is_said_with_a_cache_too(fictional_dir, tmp_path,
                                                            monkeypatch):
    from reflect.store.catalogue import load_catalogue

    unreadable_as_a_user(monkeypatch)
    cache = tmp_path / "cache"
    before = load_catalogue(fictional_dir, cache)
    path = before.get("child-zz").path
    path.chmod(0o000)
    try:
        after = load_catalogue(fictional_dir, cache)
        assert after.get("child-zz") is None
        assert f"{path}: cannot be read: Permission denied" in after.problems
    finally:
        path.chmod(0o644)


def _with_created(sessions_dir: Path, s: Session, created: str) -> None:
    """`s`'s file, its `created` and `updated` both `created` (written by hand)."""
    path = sessions_dir / f"{s.id}.toml"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(line.split(" = ")[0] + f" = {created}"
                              if line.startswith(("created = ", "updated = ")) else line
                              for line in lines) + "\n")


def test_a_time_saved_without_a_zone_is_listed_with_the_rest(fictional_dir, sessions_dir,
                                                              tmp_path):
    """A hand-edited `created` without a zone, beside sessions saved with one, ended every
    list in "can't compare offset-naive and offset-aware datetimes": the start screen
    showed no sessions and no library, `reflect validate` a traceback (a trial). It is UTC,
    as the lists' dates have always read it; and a cache written before says it so too."""
    make(fictional_dir, sessions_dir, "With a zone")
    edited = make(fictional_dir, sessions_dir, "Without")
    _with_created(sessions_dir, edited, "2020-01-02T10:00:00")
    cache = tmp_path / "cache"
    for _ in range(2):  # read from the files, then from the cache
        found = list_summaries(sessions_dir, cache)
        assert [e.label for e in found.entries] == ["With a zone", "Without"]
        assert found.entries[1].created.utcoffset() is not None
    old = next(cache.glob("sessions-*.json"))  # as a cache written before this held it
    old.write_text(old.read_text().replace('"2020-01-02T10:00:00+00:00"',
                                           '"2020-01-02T10:00:00"'))
    assert '"2020-01-02T10:00:00"' in old.read_text()
    assert [e.label for e in list_summaries(sessions_dir, cache).entries] == [
        "With a zone", "Without"]


def test_a_time_too_near_the_year_1_or_9999_is_a_file_that_cannot_be_read(
        fictional_dir, sessions_dir, tmp_path):
    """`9999-12-31T23:59:59-23:00` (the year 10000 in UTC) ended the lists in an
    OverflowError: the file is named, with the field, and the rest listed."""
    make(fictional_dir, sessions_dir, "Kept")
    for when in ("9999-12-31T23:59:59-23:00", "0001-01-01T00:00:00+23:00"):
        _with_created(sessions_dir, make(fictional_dir, sessions_dir, "Far"), when)
    found = list_summaries(sessions_dir, tmp_path / "cache")
    assert [e.label for e in found.entries] == ["Kept"]
    assert len(found.problems) == 2
    assert all("created: " in p and "is not a date and time reflect can use" in p
               for p in found.problems)


def test_the_cache_keeps_each_summary_field_by_name(fictional_dir, sessions_dir, tmp_path):
    """A summary is a NamedTuple (cheaper to build than a dataclass, before the start screen's
    first frame): the cache still keeps it as its fields by name, and lists it from there."""
    import json

    cache = tmp_path / "cache"
    s = make(fictional_dir, sessions_dir, "Invented meeting")
    [first] = list_summaries(sessions_dir, cache).entries
    [record] = json.loads(next(cache.glob("sessions-*.json")).read_text())["files"].values()
    assert record["summary"]["id"] == s.id and record["summary"]["label"] == "Invented meeting"
    assert "asked" not in record["summary"]  # the library's, never cached
    assert list_summaries(sessions_dir, cache).entries == [first]


def test_a_cold_cache_reads_each_session_once(fictional_dir, sessions_dir, tmp_path,
                                               monkeypatch):
    """A summary just made was refused as a damaged cache entry (its ids a tuple, not the
    JSON's list), and the file read again: ten thousand sessions read twice on a first start."""
    import reflect.store.sessions as sessions

    make(fictional_dir, sessions_dir, "One")
    make(fictional_dir, sessions_dir, "Two")
    reads: list[Path] = []
    real = sessions.read_session
    monkeypatch.setattr(sessions, "read_session", lambda p: reads.append(p) or real(p))
    found = list_summaries(sessions_dir, tmp_path / "cache")
    assert sorted(e.label for e in found.entries) == ["One", "Two"]
    assert len(reads) == 2 and len(set(reads)) == 2
    list_summaries(sessions_dir, tmp_path / "cache")  # warm: none read
    assert len(reads) == 2
