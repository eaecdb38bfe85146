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
    assert "Total: 1 h 30 min (1.5 hours)" in out
    target = tmp_path / "mine.csv"
    code, out, err = run(capsys, "cpd", "--name", "Pat  Example", "--csv", str(target), *dirs)
    # What it counted is information, on stdout: on stderr, headed "reflect cpd:", it read
    # as an error (g129's trial)
    assert code == 0 and err == ""
    assert out == (f"2 sessions written to {target}\nOnly the sessions of Pat Example are "
                   "counted: team sessions where Pat Example is ticked as here or is the "
                   "facilitator, and reflections recorded as theirs. 2 sessions of other "
                   "people or teams are not counted.\n")
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


def test_a_name_no_session_is_recorded_under_is_said_with_the_names_near_it(capsys, dirs,
                                                                             tmp_path):
    """`reflect cpd --name Nobody` ended "No sessions with anything recorded in them yet.",
    with sessions in the folder (g129's trial). In this shared folder, the names near the
    one given are offered, never the rest."""
    code, out, err = run(capsys, "cpd", "--name", "Nobody", *dirs)
    assert code == 0 and err == "" and "anything recorded in them yet" not in out
    everyone = f"To count every session: reflect cpd {' '.join(dirs)} --name \"\".\n"
    assert out.endswith(
        "\n\nNo session is recorded as Nobody's (a name is matched whole, case, spacing and "
        "accents aside). This folder holds other people's sessions, whose names are not listed: "
        "give yours as your sessions record it (a reflection's is its Whose reflection, which "
        f"reflect cpd-fill {' '.join(dirs)} SESSION shows). {everyone}")
    assert "Chris" not in out
    target = tmp_path / "nobody.csv"
    code, out, err = run(capsys, "cpd", "--name", "Pat Exampel", "--csv", str(target), *dirs)
    assert code == 0 and err == "" and out.startswith(f"0 sessions written to {target}\n")
    assert out.endswith(f"aside). Did you mean Pat Example? {everyone}")


def test_a_name_not_in_ones_own_folder_is_said_with_the_names_there(
        capsys, dirs, fictional_dir, tmp_path):
    """One person's folder: the names it records are said."""
    own = tmp_path / "own"
    own.mkdir()
    save_session(own, reflection(invented_review(fictional_dir), "A reflection", "Hana Example"))
    code, out, _ = run(capsys, "cpd", "--name", "Nobody", "--sessions-dir", str(own),
                       "--content-dir", str(fictional_dir))
    assert code == 0
    assert "\n\nNo session is recorded as Nobody's (a name is matched whole, case, spacing and " \
           "accents aside). The sessions record these names: Hana Example. To count every " \
           "session: " in out
