"""A session's emergency copies said where a copy's name is wider than a line (the start
screen's problems area at 60 columns): each named by its name cut in the middle, its session's
code and the time that tells it from the others whole on a line, under its folder said once; a
command naming an older copy by its path names it COPY, and says where it is whole. Folded, the
names and the commands broke mid-name (…-10101, then 0.toml), and the copies could not be told
apart (a trial). Where the names fit, nothing changes. All names invented."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reflect.store.copies import FoundCopy, State
from reflect.store.copy_names import short_name
from reflect.ui.screens.start_problems import problems_lines

SESSION_ID = "20270301-child-mv-0000c0de"
FOLDER = Path("/home/sam.sample")


def copy(at: str, state: State, by_session: str = "") -> FoundCopy:
    return FoundCopy(FOLDER / f"reflect-copy-{SESSION_ID}-{at}.toml", SESSION_ID,
                     datetime(2027, 3, 1, 9, tzinfo=timezone.utc), state,
                     Path("/srv/sessions") / f"{SESSION_ID}.toml", by_session=by_session)


COPIES = [copy("20270301-101010", "newer", by_session="0000c0de"),
          copy("20270301-090000", "older"), copy("20270301-083000", "older")]
LIBRARY: Any = SimpleNamespace(missing=False, problems=[], unfinished=[], theme_slips=[])


def test_at_60_columns_each_copy_is_told_apart_on_a_line() -> None:
    lines = problems_lines(LIBRARY, [], COPIES, 56)
    assert all(len(line) <= 56 for line in lines)
    assert lines.count("In /home/sam.sample/:") == 1
    for at in ("20270301-101010", "20270301-090000", "20270301-083000"):
        assert sum(f"reflect-copy-…-0000c0de-{at}.toml" in line for line in lines) == 1
    text = " ".join(" ".join(lines).split())
    assert "reflect-copy-2027" not in text  # (no name folded, nor any path)
    assert "`reflect restore 0000c0de` restores it" in text  # (the newest: by its session)
    assert text.count("`reflect restore COPY` restores it") == 2
    assert text.count("`reflect delete-copy COPY` deletes it") == 2
    assert "`reflect list sessions` gives each command with the path whole" in text


def test_where_the_names_fit_the_paths_are_whole() -> None:
    lines = problems_lines(LIBRARY, [], COPIES, 76)
    for c in COPIES:
        assert any(c.path.name in line for line in lines)
    assert sum(str(COPIES[1].path) in line for line in lines) == 2  # restore, delete-copy
    assert not any("COPY" in line or "In /home" in line for line in lines)


def test_a_name_cut_keeps_its_start_and_what_tells_it_apart() -> None:
    assert short_name(COPIES[1].path.name) == \
        "reflect-copy-…-0000c0de-20270301-090000.toml"
    assert short_name("reflect-copy-x-1-20270301-090000.toml") == \
        "reflect-copy-x-1-20270301-090000.toml"  # (no shorter cut: whole)


def test_one_copy_is_named_short_where_its_name_is_whole_only_in_its_command() -> None:
    """One copy holding nothing new: its name, whole in `reflect delete-copy PATH` (a command
    too wide for a line is a line of its own, the terminal folding it), was taken to fit, and
    the sentence before it folded the name (…-10101, then 0.toml)."""
    [same] = [copy("20270301-101010", "same")]
    lines = problems_lines(LIBRARY, [], [same], 56)
    for line in lines:
        assert line.count("reflect-copy-") == line.count(same.path.name) + line.count(
            "reflect-copy-…-0000c0de-20270301-101010.toml"), "\n".join(lines)
    assert "`reflect delete-copy COPY`" in " ".join(" ".join(lines).split())
