"""Plain mode given input that is not UTF-8 text, read strictly as a UTF-8 locale reads it."""

import io

from reflect.cli import main
from reflect.store.sessions import list_sessions
from tests.unit.test_walk import dirs_for, flat, folders_set


def test_input_not_utf8_is_said_and_nothing_read_is_lost(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir):
    """A "£" saved in Latin-1 (0xA3) on the input's third line: read strictly, the walk
    stopped, "Stopped before the session began", with no reason, and the lines read with it
    were gone too. Now the line is kept, the byte as "�", and the walk says why, once."""
    answers = b"i\nInvented course\nFee \xa35 for the team\nIntro \xa3 note\n.\n"
    stdin = io.TextIOWrapper(io.BytesIO(answers), encoding="utf-8")  # errors="strict"
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr("sys.stdin", stdin)
    folders_set(monkeypatch, dirs_for(fictional_dir, sessions_dir))
    assert main(["walk", "child-zz"]) == 0
    said = flat(capsys.readouterr().out)
    assert ("Line 3 of the input is not UTF-8 text: what could not be read is kept as “\ufffd”; "
            "save the answers as UTF-8") in said
    assert said.count("is not UTF-8 text") == 1  # once, not at each such line
    assert "Stopped before the session began" not in said
    (entry,) = list_sessions(sessions_dir).entries
    assert entry.session.title == "Invented course"
    assert entry.session.team == "Fee \ufffd5 for the team"
    assert entry.session.notes.get("intro") == "Intro \ufffd note"
