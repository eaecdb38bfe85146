"""Plain mode asks whose a reflection of your own is: it asked nobody, so a reflection with no
name remembered recorded none, and `reflect cpd --name` left its minutes out of the person's
CPD ("1 session names no one … not counted": a trial). At a terminal it asks *Your name*,
filled in with the name My CPD so far remembers (Enter keeps it); the name is kept tidied and
remembered. A script's answers are not asked (each would move on by one). Names invented."""

from __future__ import annotations

import io
import os
import tomllib
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, save_session, session_path
from reflect.store.settings import save_setting


class AtTerminal(io.StringIO):
    """Answers typed at a terminal (a person), not piped in by a script."""

    def isatty(self) -> bool:
        return True


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def dirs(fictional_dir: Path, sessions_dir: Path) -> list[str]:
    return ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]


def walk(monkeypatch, capsys, typed: str, *args: str, terminal: bool = True
         ) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", (AtTerminal if terminal else io.StringIO)(typed))
    monkeypatch.setenv("COLUMNS", "80")
    code = main(["walk", *args])
    return code, capsys.readouterr().out


def remembered() -> object:
    path = Path(os.environ["REFLECT_SETTINGS"])
    return tomllib.loads(path.read_text(encoding="utf-8")).get("my_name") if path.exists() \
        else None


# mode, title, team, *Your name*, Enter: read the case details, notes on the introduction
NEW = "i\nOn my own\n\n{name}\n\nAn invented note\n.\n"


def test_a_new_reflection_at_a_terminal_asks_your_name_and_my_cpd_counts_it(
        monkeypatch, capsys, dirs, sessions_dir):
    code, out = walk(monkeypatch, capsys, NEW.format(name="  pat   EXAMPLE "), "child-zz",
                     *dirs)
    assert code == 0
    assert "Your name, for My CPD: Enter skips. " in out
    assert "Recorded as the reflection of Pat Example, remembered for My CPD so far." in out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == "Pat Example"  # tidied, as My CPD keeps it
    assert remembered() == "Pat Example"
    assert main(["cpd", "--name", "Pat Example", "--sessions-dir", str(sessions_dir)]) == 0
    said = flat(capsys.readouterr().out)
    assert "On my own" in said and "names no one" not in said

    # The next one: filled in with the name remembered; Enter keeps it, said no more
    code, out = walk(monkeypatch, capsys, NEW.format(name="").replace("On my own", "Again"),
                     "child-zz", *dirs)
    assert "Your name, for My CPD: Enter keeps Pat Example. " in out
    assert "Recorded as" not in out
    # Another name typed: recorded, and remembered instead, said
    code, out = walk(monkeypatch, capsys, NEW.format(name="sam sample")
                     .replace("On my own", "Third"), "child-zz", *dirs)
    assert ("Recorded as the reflection of Sam Sample, remembered for My CPD so far, in "
            "place of Pat Example.") in flat(out)
    owners = {e.session.title: e.session.facilitator
              for e in list_sessions(sessions_dir).entries}
    assert owners == {"On my own": "Pat Example", "Again": "Pat Example",
                      "Third": "Sam Sample"}
    assert remembered() == "Sam Sample"


def test_no_name_typed_and_none_remembered_says_how_to_record_one(monkeypatch, capsys, dirs,
                                                                  sessions_dir):
    monkeypatch.setenv("REFLECT_CONTENT_DIR", dirs[1])  # (as set: the command said is short)
    monkeypatch.setenv("REFLECT_SESSIONS_DIR", dirs[3])
    code, out = walk(monkeypatch, capsys, NEW.format(name=""), "child-zz")
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == "" and remembered() is None
    assert (f"This reflection records no name, so My CPD so far counts it as no one's: record "
            f"yours with reflect cpd-fill {entry.session.id} --name \"Your Name\"") in flat(out)


def test_a_team_session_and_name_given_are_not_asked(monkeypatch, capsys, dirs, sessions_dir):
    code, out = walk(monkeypatch, capsys, "i\nGiven\n\n\nAn invented note\n.\n", "child-zz",
                     "--name", "pat  example", *dirs)
    assert "Your name" not in out
    code, out = walk(monkeypatch, capsys, "t\nTeam\n\nFac Ilitator\n\n\n", "child-zz", *dirs)
    assert "Your name" not in out
    owners = {e.session.title: e.session.facilitator
              for e in list_sessions(sessions_dir).entries}
    assert owners["Given"] == "Pat Example"  # --name tidied too; not remembered (a one-off)
    assert remembered() is None


def test_a_scripts_answers_are_not_asked_and_keep_their_places(monkeypatch, capsys, dirs,
                                                              sessions_dir):
    code, out = walk(monkeypatch, capsys, "i\nScripted\n\nAn invented note\n.\n", "child-zz",
                     *dirs, terminal=False)
    assert code == 0 and "Your name" not in out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.notes["intro"] == "An invented note"
    assert "This reflection records no name" in flat(out)


def test_a_reflection_carried_on_that_names_no_one_asks_once(monkeypatch, capsys, dirs,
                                                            fictional_dir, sessions_dir):
    """The trial's own reflection, written before plain mode asked: carried on at a terminal,
    it is asked (Enter keeps the name remembered); named, it is not asked again."""
    save_setting(Path(os.environ["REFLECT_SETTINGS"]), "my_name", "pat example")
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000b001", mode="individual", title="Mine",
                      current_step="good-practice")
    save_session(sessions_dir, s)
    code, out = walk(monkeypatch, capsys, "\n", "--resume", s.id, *dirs)  # Enter, then Ctrl+D
    assert "This reflection does not say whose it is yet.\nYour name, for My CPD: Enter keeps " \
        "Pat Example. " in out
    assert load_session(session_path(sessions_dir, s.id)).facilitator == "Pat Example"
    assert remembered() == "Pat Example"  # (written tidied, as it is read)
    code, out = walk(monkeypatch, capsys, "", "--resume", s.id, *dirs)
    assert "Your name" not in out
    # --name on a resume records it, as cpd-fill --name does
    code, out = walk(monkeypatch, capsys, "", "--resume", s.id, "--name", "sam SAMPLE", *dirs,
                     terminal=False)
    assert load_session(session_path(sessions_dir, s.id)).facilitator == "Sam Sample"


def test_a_name_typed_elsewhere_is_kept_tidied(capsys, dirs, fictional_dir, sessions_dir):
    """`reflect cpd-fill --name` kept the name as typed ("pat EXAMPLE"), where My CPD keeps it
    tidied; matched alike (`roles.name_key`), shown differently in the notes and record."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000b002", mode="individual", title="Older")
    save_session(sessions_dir, s)
    assert main(["cpd-fill", s.id, "--name", "  pat   EXAMPLE ", *dirs]) == 0
    assert load_session(session_path(sessions_dir, s.id)).facilitator == "Pat Example"


def test_a_settings_file_that_cannot_be_read_is_not_written_over(monkeypatch, capsys, dirs,
                                                                  sessions_dir):
    path = Path(os.environ["REFLECT_SETTINGS"])
    path.write_text("my_name = [not valid\n", encoding="utf-8")
    code, out = walk(monkeypatch, capsys, NEW.format(name="Pat Example"), "child-zz", *dirs)
    assert code == 0
    said = "Recorded as the reflection of Pat Example; your name could not be remembered " \
        "for next time, and the settings file is left as it is: the settings file cannot be " \
        "read, as said above."
    # (why is said once, as the walk starts: `test_settings_broken`)
    assert " ".join(said.split()) in " ".join(out.split())
    assert path.read_text(encoding="utf-8") == "my_name = [not valid\n"
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == "Pat Example"
