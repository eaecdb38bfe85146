"""`reflect cpd --name`: only the practitioner's own sessions, in the text and the CSV; the
name My CPD so far remembers used, and said; and a reflection recording whose it is
(`reflect walk --name` or the remembered name, `reflect cpd-fill --name`). A shared sessions
folder (docs/sharing.md) made every team's meetings one person's CPD (a trial)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from reflect.store.sessions import save_session
from reflect.store.settings import save_setting
from tests.command_line import run
from tests.cpd_folder import invented_review, reflection, two_teams_and_two_people


@pytest.fixture
def dirs(dirs: list[str], fictional_dir: Path, sessions_dir: Path) -> list[str]:
    """The folders (tests/conftest.py), holding two teams' meetings and two people's
    reflections."""
    two_teams_and_two_people(fictional_dir, sessions_dir)
    return dirs


def test_cpd_with_a_name_lists_only_theirs_in_the_text_and_the_csv(capsys, dirs, tmp_path):
    code, out, _ = run(capsys, "cpd", *dirs)
    assert code == 0 and "Chris's reflection" in out
    assert out.startswith("This counts every session in the sessions folder, whoever's: the "
                          "meetings of 2 teams and the reflections of 2 people. To count only "
                          f"yours: reflect cpd {' '.join(dirs)} --name \"Your Name\".")
    code, out, _ = run(capsys, "cpd", "--name", "pat example", *dirs)
    assert code == 0 and out.startswith("Only the sessions of Pat Example are counted")
    assert "Invented Team North meeting" in out and "My own reflection" in out
    assert "Chris" not in out and "Invented Team South" not in out
    assert "Total: 1:30 (1.5 hours)" in out
    target = tmp_path / "mine.csv"
    code, out, err = run(capsys, "cpd", "--name", "Pat  Example", "--csv", str(target), *dirs)
    assert code == 0 and out == f"2 sessions written to {target}\n"
    assert "reflect cpd: Only the sessions of Pat Example are counted" in err
    assert "theirs. 2 sessions of other people or teams are not counted.\n" in err
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["title"] for r in rows] == ["Invented Team North meeting", "My own reflection"]


def test_cpd_uses_the_remembered_name_and_says_so(capsys, dirs, tmp_path):
    save_setting(Path(os.environ["REFLECT_SETTINGS"]), "my_name", "Chris Example")
    code, out, _ = run(capsys, "cpd", *dirs)
    assert code == 0
    assert out.startswith("Your name as My CPD so far remembers it: Chris Example (--name NAME "
                          "for another's, --name \"\" for every session in the folder).\n\n"
                          "Only the sessions of Chris Example are counted")
    assert "Chris's reflection" in out and "My own reflection" not in out
    code, out, _ = run(capsys, "cpd", "--name", "", *dirs)
    assert code == 0 and "My own reflection" in out and "Chris's reflection" in out
    assert "remembers" not in out


def test_a_reflection_recorded_as_yours_counts_with_your_name(capsys, dirs, fictional_dir,
                                                              sessions_dir):
    older = reflection(invented_review(fictional_dir), "An older reflection", "", day=5)
    save_session(sessions_dir, older)
    code, out, _ = run(capsys, "cpd", "--name", "Pat Example", *dirs)
    assert out.endswith("Not counted (names no one):\n  2026-03-05  An older reflection "
                        f"(individual reflection): {older.id}\n")
    code, out, _ = run(capsys, "cpd-fill", older.id, "--name", "pat example", *dirs)
    code, out, _ = run(capsys, "cpd", "--name", "Pat Example", *dirs)
    assert "An older reflection (individual reflection)" in out and "names no one" not in out
