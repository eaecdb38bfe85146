"""Every text file reflect writes ends with exactly one newline (CSV: one CRLF), as the
command line writes it: `cat` on a record left the shell's prompt on its last line (a trial).
Binary formats (Word, PDF) are written as their libraries make them, nothing added."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.exports import BINARY, FORMATS
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session

TEXT_FORMATS = sorted(f for f in FORMATS if f not in BINARY)


def _ends_once(data: bytes, ending: str) -> bool:
    line_end = b"\r\n" if ending.endswith(".csv") else b"\n"
    return data.endswith(line_end) and not data.endswith(line_end * 2) \
        and not data[:-len(line_end)].endswith((b"\n", b"\r"))


@pytest.fixture
def sessions(fictional_dir: Path, sessions_dir: Path) -> list[Session]:
    """A team discussion and a reflection, each answer ending in blank lines as typed."""
    review = load_library(fictional_dir).get("child-zz")
    team = Session.start(review, new_session_id("child-zz"), title="Invented Team meeting",
                         participants=[Participant.parse("Pat Example, Health visitor, "
                                                         "Invented Trust")])
    team.answer("zz-first").points = [Point(text="Ask about every adult\n\n")]
    team.answer("zz-first").text = "An invented summary.\n\n\n"
    team.actions = [Action(text="Write to the invented GP", owner="Pat Example", due="Friday")]
    team.notes["intro"] = "An invented note.\n\n"
    mine = Session.start(review, new_session_id("child-zz"), mode="individual",
                         title="My invented reflection", minutes_spent=30)
    mine.answer("zz-first").what = "I noticed the invented father.\n\n"
    mine.answer("zz-first").now_what = "Ask about every adult.\n"
    mine.differently = "Ask sooner.\n\n"
    for s in (team, mine):
        save_session(sessions_dir, s)
    return [team, mine]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_each_text_export_ends_with_one_newline(capsys, dirs, sessions, tmp_path, fmt):
    ending = FORMATS[fmt].ending
    for s in sessions:
        target = tmp_path / f"{s.id}{ending}"
        assert main(["export", s.id, "-o", str(target), "--anyway", *dirs]) == 0, \
            capsys.readouterr().err
        data = target.read_bytes()
        assert _ends_once(data, ending), (fmt, s.mode, data[-40:])
        assert main(["export", s.id, "--format", fmt, "--anyway", *dirs]) == 0
        assert _ends_once(capsys.readouterr().out.encode(), ending), (fmt, "printed")


def test_reports_handout_and_cpd_log_end_with_one_newline(capsys, dirs, sessions, tmp_path):
    written = []
    for ending in (".md", ".html", ".csv"):
        written.append(tmp_path / f"report{ending}")
        assert main(["report", "-o", str(written[-1]), *dirs]) == 0
    written.append(tmp_path / "handout.html")
    assert main(["handout", "child-zz", "-o", str(written[-1]), *dirs]) == 0
    written.append(tmp_path / "cpd.csv")
    assert main(["cpd", "--csv", str(written[-1]), *dirs]) == 0
    for path in written:
        assert _ends_once(path.read_bytes(), path.name), (path.name, path.read_bytes()[-40:])
    for command in (["report"], ["cpd"]):
        capsys.readouterr()
        assert main([*command, *dirs]) == 0
        assert _ends_once(capsys.readouterr().out.encode(), ".txt"), command
