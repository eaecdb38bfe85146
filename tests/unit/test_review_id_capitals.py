"""A review's id typed in capitals is that review wherever one is taken (`text.review_id`):
`reflect report --review IVY-24` on a review removed from the library, its sessions kept, said
"no review 'IVY-24' … and no session on one", and `--review ivy-42` offered nothing though a
session is on ivy-24; `reflect import --id CHILD-Q` was refused (a trial). All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.text import review_id
from tests.command_line import run


def test_an_id_in_any_case_is_the_id_in_small_letters() -> None:
    assert review_id("CHILD-H") == "child-h"
    assert review_id(" Ivy-24 ") == "ivy-24"
    assert review_id("child-h") == "child-h"
    for no_id in ("Child H", "child-h.toml", "ÇHILD-H", "-child", ""):
        assert review_id(no_id) is None, no_id


@pytest.fixture
def removed(tmp_path: Path, fictional_dir: Path) -> list[str]:
    """A session on child-zz, whose review is then taken out of the library."""
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented talk",
                      facilitator="Pat Example", team="Invented Team",
                      participants=[Participant.parse("Sam Sample, Social worker, Invented Trust")])
    s.answers[0].points = [Point(text="Invented point")]
    save_session(sessions, s)
    (fictional_dir / "child-zz.toml").unlink()
    return ["--sessions-dir", str(sessions), "--content-dir", str(fictional_dir)]


@pytest.mark.parametrize("typed", ["CHILD-ZZ", "Child-ZZ", "child-zz"])
def test_a_report_on_a_removed_review_takes_its_id_in_capitals(capsys, removed, typed) -> None:
    code, out, err = run(capsys, "report", "--review", typed, *removed)
    assert code == 0, err
    assert "covering review \"Child ZZ\" (child-zz)" in out


def test_a_report_on_a_removed_review_mistyped_offers_it(capsys, removed) -> None:
    code, out, err = run(capsys, "report", "--review", "CHILD-ZY", *removed)
    assert code == 1 and out == ""
    assert "no review 'CHILD-ZY' in the library and no session on one: did you mean " \
        "child-zz (Child ZZ)?" in " ".join(err.split()), err


def test_import_takes_a_new_id_in_capitals(capsys, tmp_path, fictional_dir) -> None:
    briefing = tmp_path / "briefing.md"
    briefing.write_text("# Invented briefing Q\n\nAn invented case used only for testing.\n\n"
                        "## Learning\n\n- Invented learning point.\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(briefing), "--id", "CHILD-Q",
                         "--content-dir", str(fictional_dir))
    assert code == 0, err
    assert (fictional_dir / "child-q.toml").is_file()
    assert 'id = "child-q"' in (fictional_dir / "child-q.toml").read_text(encoding="utf-8")
