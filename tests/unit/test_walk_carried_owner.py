"""Plain mode asks who will do one of last time's actions agreed with no owner, as the app's
owner box on *Last time's actions* does (`SessionEdits.set_carried_owner`), and writes the
owner back to the session that agreed it. Plain mode did not ask: the action stayed
ownerless. All data invented."""

from __future__ import annotations

from reflect.model.session import Action, Participant
from reflect.store.sessions import list_sessions, load_session
from reflect.walk.owners import NO_OWNER
from tests.unit.test_walk import dirs_for, flat, last_month, run_at_terminal, run_walk
from tests.unit.test_walk_half_typed import CTRL_C, walk_typing

TEAM = "Invented Blue team"
PEOPLE = [Participant(name="Pat Example", role="Nurse"),
          Participant(name="Sam Sample", role="Teacher")]
ARGS = ("child-zz", "--mode", "team", "--title", "Today", "--team", TEAM)


def _walked(monkeypatch, capsys, fictional_dir, sessions_dir, owner_lines: str,
            action: Action | None = None, at_terminal: bool = False):  # type: ignore[no-untyped-def]
    """Today's meeting of the team walked, last time's one action (no owner, unless `action`)
    given `owner_lines` after its status, note and due date are kept: what was said, the
    action as this session holds it, and as the session that agreed it holds it."""
    before = last_month(fictional_dir, sessions_dir, TEAM, PEOPLE,
                        action or Action(text="Ring the invented school"), number=7)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = ("\ny\ny\n\n"  # facilitator as last time; Pat and Sam here; no one else
              "\n\n\n"  # last time's action: status, note and due date kept
              + owner_lines + ("\n" if at_terminal else "")  # (Enter: read the case details)
              + "Notes\n.\n")
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = (run_at_terminal(monkeypatch, capsys, dirs, script, *ARGS) if at_terminal
                 else run_walk(monkeypatch, capsys, dirs, script, *ARGS, "--answer-last-time"))
    assert code == 0, out
    [today] = [e.session for e in list_sessions(sessions_dir).entries
               if e.session.title == "Today"]
    return (flat(out.out), today.carried[0],
            load_session(sessions_dir / f"{before.id}.toml").actions[0])


def test_the_owner_typed_is_kept_and_written_back(monkeypatch, capsys, fictional_dir,
                                                  sessions_dir) -> None:
    said, here, there = _walked(monkeypatch, capsys, fictional_dir, sessions_dir,
                                "Alex Example\n")
    assert NO_OWNER in said
    assert here.owner == "Alex Example" and here.written_back
    assert there.owner == "Alex Example"


def test_enter_or_a_full_stop_leaves_it_with_no_owner(monkeypatch, capsys, fictional_dir,
                                                     sessions_dir) -> None:
    said, here, there = _walked(monkeypatch, capsys, fictional_dir, sessions_dir, "\n")
    assert NO_OWNER in said and (here.owner, there.owner) == ("", "")
    for entry in list_sessions(sessions_dir).entries:
        entry.path.unlink()
    said, here, there = _walked(monkeypatch, capsys, fictional_dir, sessions_dir, ".\n")
    assert (here.owner, there.owner) == ("", "")  # (no owner named ".": it ends an answer)


def test_markup_like_words_are_kept_as_text(monkeypatch, capsys, fictional_dir,
                                            sessions_dir) -> None:
    typed = "[b]Jo[/b] [@click=app.quit]x[/]"
    said, here, there = _walked(monkeypatch, capsys, fictional_dir, sessions_dir, typed + "\n")
    assert (here.owner, there.owner) == (typed, typed)


def test_an_action_with_an_owner_is_not_asked(monkeypatch, capsys, fictional_dir,
                                              sessions_dir) -> None:
    said, here, there = _walked(monkeypatch, capsys, fictional_dir, sessions_dir, "",
                                Action(text="Ring the invented school", owner="Pat Example"))
    assert NO_OWNER not in said
    assert (here.owner, there.owner) == ("Pat Example", "Pat Example")


def test_a_listed_name_is_offered_at_a_terminal_and_said_to_a_script(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """As an agreed action's owner: `Pat` typed, Pat Example, on Who is here, is offered."""
    said, here, there = _walked(monkeypatch, capsys, fictional_dir, sessions_dir, "pat\n\n",
                                at_terminal=True)  # Enter: y, Pat Example
    assert "Owner “pat”: Pat Example, as listed? y or n; Enter is y." in said
    assert (here.owner, there.owner) == ("Pat Example", "Pat Example")
    for entry in list_sessions(sessions_dir).entries:
        entry.path.unlink()
    said, here, there = _walked(monkeypatch, capsys, fictional_dir, sessions_dir, "Pat\n")
    assert "Owner: “Pat”, as typed; the names listed: Pat Example." in said
    assert (here.owner, there.owner) == ("Pat", "Pat")


def test_a_script_not_answering_last_time_is_not_asked(monkeypatch, capsys, fictional_dir,
                                                       sessions_dir) -> None:
    last_month(fictional_dir, sessions_dir, TEAM, PEOPLE,
               Action(text="Ring the invented school"), number=7)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Pat Example\n\nNotes\n.\n", *ARGS)
    assert code == 0 and NO_OWNER not in flat(out.out)


def test_an_owner_half_typed_at_a_stop_is_kept_and_written_back(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    before = last_month(fictional_dir, sessions_dir, TEAM, PEOPLE,
                        Action(text="Ring the invented school"), number=7)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "y", "y", "", "", "", "", "Alex Exa" + CTRL_C], *ARGS,
                             *dirs_for(fictional_dir, sessions_dir))
    assert "Kept as typed for “Ring the invented school”: owner “Alex Exa”." in said
    assert load_session(sessions_dir / f"{before.id}.toml").actions[0].owner == "Alex Exa"


def test_an_action_marked_done_is_not_asked_for_an_owner(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir) -> None:
    """Done, nobody is left to do it: asked "Who will do it?" all the same (a trial)."""
    before = last_month(fictional_dir, sessions_dir, TEAM, PEOPLE,
                        Action(text="Ring the invented school"), number=7)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = ("\ny\ny\n\n"  # facilitator as last time; Pat and Sam here; no one else
              "d\n\n"  # last time's action done, no note (no due date asked of one done)
              "Notes\n.\n")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         *ARGS, "--answer-last-time")
    said = flat(out.out)
    assert code == 0 and "Marked done." in said and NO_OWNER not in said
    assert load_session(sessions_dir / f"{before.id}.toml").actions[0].owner == ""
