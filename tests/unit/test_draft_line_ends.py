"""What is typed into a point, action or person box and not added (`Session.drafts`) is saved
and read back as it was typed: every space, quote and backslash kept; a line end, however it
came (CR LF pasted or from a Windows file, CR, LF), is held as LF, the file never holds a
CR, and a file whose own line ends a Windows editor turned into CR LF reads back the same.
A box of one line shows a line break as a space (`on_one_line`). All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.sessions import read_session, save_session
from reflect.ui.widgets.item_boxes import on_one_line

KEY = "point:zz-first"


def _round_trip(folder: Path, typed: str) -> tuple[str, str, bytes]:
    session = Session(id="20261205-child-zz-0000d00d", review_id="child-zz",
                      review_title="Child ZZ", title="Moorvale huddle")
    session.set_draft(KEY, typed)
    path = save_session(folder, session)
    back, _ = read_session(path)
    return session.drafts[KEY], back.drafts[KEY], path.read_bytes()


@pytest.mark.parametrize("typed", ["Ring the Moorvale GP ", "  Sam Sample  said “no”",
                                   'a """ quote and a \\ backslash', "tab\tbetween"])
def test_typed_on_one_line_is_read_back_exactly(tmp_path: Path, typed: str) -> None:
    held, back, _ = _round_trip(tmp_path, typed)
    assert held == back == typed


@pytest.mark.parametrize("typed", ["Ring the Moorvale GP\r\nabout Sam Sample",
                                   "Ring the Moorvale GP\rabout Sam Sample",
                                   "Ring the Moorvale GP\nabout Sam Sample"])
def test_any_line_end_is_held_and_read_back_as_lf(tmp_path: Path, typed: str) -> None:
    held, back, raw = _round_trip(tmp_path, typed)
    assert held == back == "Ring the Moorvale GP\nabout Sam Sample"
    assert b"\r" not in raw


def test_a_file_turned_to_windows_line_ends_reads_back_the_same(tmp_path: Path) -> None:
    held, _, raw = _round_trip(tmp_path, "Ring the Moorvale GP\r\nabout Sam Sample ")
    path = next(tmp_path.glob("*.toml"))
    path.write_bytes(raw.replace(b"\n", b"\r\n"))
    assert read_session(path)[0].drafts[KEY] == held == "Ring the Moorvale GP\nabout Sam Sample "


def test_a_box_shows_a_line_break_as_a_space_and_nothing_else_changed() -> None:
    assert on_one_line("Ring the Moorvale GP\nabout Sam Sample") == \
        "Ring the Moorvale GP about Sam Sample"
    assert on_one_line("Ring the Moorvale GP\r\n") == "Ring the Moorvale GP"
    assert on_one_line("Ring the  Moorvale GP ") == "Ring the  Moorvale GP "  # as typed
