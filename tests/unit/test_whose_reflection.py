"""A reflection records whose it is, so that My CPD so far can count it as its writer's: `reflect
walk --name` (else the name My CPD so far remembers, said), `reflect cpd-fill --name` for one
written before, and the notes say it as *Reflection by*. A shared sessions folder holds
everyone's reflections, and none recorded whose it was (a trial)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from reflect.model.session import Participant
from reflect.store.exports import render_bytes
from reflect.store.sessions import list_sessions, load_session, save_session, session_path
from reflect.store.settings import save_setting
from tests.command_line import run
from tests.cpd_folder import invented_review, reflection, team


def test_walk_records_whose_reflection_it_is(monkeypatch, capsys, dirs, sessions_dir):
    def walk(*args: str) -> str:
        monkeypatch.setattr("sys.stdin", io.StringIO("An invented note\n.\n"))
        code, out, _ = run(capsys, "walk", "child-zz", "--mode", "individual", "--title",
                           args[0], "--team", "", *args[1:], *dirs)
        assert code == 0
        return out

    out = walk("Nobody's")
    assert "Recorded as" not in out  # no name given, none remembered: as before
    walk("Given", "--name", " Sam  Sample ")
    save_setting(Path(os.environ["REFLECT_SETTINGS"]), "my_name", "Jo Example")
    out = walk("Remembered")
    assert "Recorded as the reflection of Jo Example, the name My CPD so far remembers" in out
    owners = {e.session.title: e.session.facilitator
              for e in list_sessions(sessions_dir).entries}
    assert owners == {"Nobody's": "", "Given": "Sam Sample", "Remembered": "Jo Example"}


def test_cpd_fill_records_whose_an_older_reflection_is(capsys, dirs, fictional_dir,
                                                       sessions_dir):
    r = invented_review(fictional_dir)
    older = reflection(r, "An older reflection", "", day=5)
    north = team(r, "Invented Team North", [Participant(name="Pat Example")])
    for s in (older, north):
        save_session(sessions_dir, s)
    code, out, _ = run(capsys, "cpd-fill", older.id, *dirs)
    assert "Whose reflection: (not recorded: --name sets it)" in out
    code, out, _ = run(capsys, "cpd-fill", older.id, "--name", "Pat Example", *dirs)
    assert code == 0 and "Whose reflection: Pat Example" in out
    assert load_session(session_path(sessions_dir, older.id)).facilitator == "Pat Example"
    code, _, err = run(capsys, "cpd-fill", north.id, "--name", "Pat Example", *dirs)
    assert code == 1 and "is a team session: --name is for a reflection of your own" in err


def test_a_reflections_notes_say_whose_it_is_not_who_facilitated(fictional_dir):
    r = invented_review(fictional_dir)
    notes = render_bytes(reflection(r, "Mine", "Pat Example"), "md", r).decode()
    assert "- **Reflection by:** Pat Example" in notes and "Facilitator" not in notes
    notes = render_bytes(team(r, "Invented Team", [], "Sam Sample"), "md", r).decode()
    assert "- **Facilitator:** Sam Sample" in notes


def test_a_record_of_ones_own_reflection_is_not_held_back_by_ones_own_name(capsys, dirs,
                                                                          fictional_dir,
                                                                          sessions_dir):
    """The writer's name recorded as whose it is made their own name a finding in their CPD
    record: "Pat's reflection" held it back (tried in a terminal). A team session's
    facilitator is still looked for."""
    r = invented_review(fictional_dir)
    mine = reflection(r, "Pat's reflection", "Pat Example")
    led = team(r, "Invented Team", [], "Pat Example")
    led.title = "Pat's meeting"
    for s in (mine, led):
        save_session(sessions_dir, s)
    code, out, err = run(capsys, "export", mine.id, "--format", "swe-txt", *dirs)
    assert code == 0 and "Pat's reflection" in out and not err
    code, out, err = run(capsys, "export", led.id, "--format", "swe-txt", *dirs)
    # A record is written redacted, never refused: the facilitator's name found and replaced.
    assert code == 0 and "participant name: Pat" in err
    assert "[redacted]'s meeting" in out and "Pat's meeting" not in out
