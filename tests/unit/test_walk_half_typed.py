"""Plain mode stopped (Ctrl+C, a signal, Ctrl+D) with a one-line reply half typed: an action, its
owner or due date, the facilitator, a person, a progress note. Only the answers of several
lines kept their half-typed line; a one-line reply was lost, and nothing said so.

The terminal is stood in for by `_Keys`: each line is read in turn, as `TerminalLines` reads
them; one ending in `^C` is half typed when Ctrl+C comes (the signal's `Stopped` raised from
the read, where the signal handler raises it). The real terminal's own part is in
tests/e2e/test_walk_terminal.py."""

from __future__ import annotations

import io
import os
import signal
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.changes import FACILITATOR_DRAFT
from reflect.model.recorded import anything_recorded
from reflect.model.session import Action, Participant, Session
from reflect.stopping import Stopped
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, save_session
from reflect.store.settings import save_setting
from reflect.walk.line import LineEditor, TerminalLines

CTRL_C = "^C"
CTRL_D = "^D"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Keys:
    """A terminal typed at: `lines` read one at a time (`TerminalLines.read`); a line ending
    in `^C` is the line being typed when Ctrl+C comes; one ending in `^D`, the line Ctrl+D
    ends after typing (handed over without a line end)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.editor = LineEditor()

    def take(self) -> None:
        """(The terminal is the test's: nothing to set.)"""

    def read(self, start: int, prompt: str = "") -> str:
        if not self.lines:
            return ""  # Ctrl+D on an empty line: the end of the input
        line = self.lines.pop(0)
        if line.endswith(CTRL_C):
            self.editor.line = line.removesuffix(CTRL_C)
            raise Stopped(signal.SIGINT)
        return line.removesuffix(CTRL_D) if line.endswith(CTRL_D) else line + "\n"

    def interrupted(self, signum: int) -> None:
        pass

    def restore(self) -> None:
        pass


def walk_typing(monkeypatch, capsys, lines, *args):
    """`reflect walk ARGS` at a terminal where `lines` are typed; its exit code and what it
    said (its lines unwrapped)."""
    keys = _Keys(lines)
    monkeypatch.setattr(TerminalLines, "at", lambda stream, echo: keys)
    monkeypatch.setattr("sys.stdin", _Tty())
    monkeypatch.setenv("COLUMNS", "80")
    code = main(["walk", *args])
    return code, " ".join(capsys.readouterr().out.split())


@pytest.fixture
def dirs(fictional_dir, sessions_dir, monkeypatch):
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    return ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]


def _at_actions(fictional_dir, sessions_dir, mode="team") -> Session:
    """A session left at its actions step, to carry on there."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "20261201-child-zz-0000a001", mode=mode, title="Meeting",
                            current_step="actions", facilitator="Pat Example")
    save_session(sessions_dir, session)
    return session


def _saved(sessions_dir, session_id: str) -> Session:
    return load_session(sessions_dir / f"{session_id}.toml")


def test_an_owner_half_typed_is_kept_with_its_action(monkeypatch, capsys, fictional_dir,
                                                     sessions_dir, dirs):
    s = _at_actions(fictional_dir, sessions_dir)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "Book the training", "Pat Exa" + CTRL_C],
                             "--resume", s.id, *dirs)
    assert code == 128 + signal.SIGINT
    assert [(a.text, a.owner) for a in _saved(sessions_dir, s.id).actions] == [
        ("Book the training", "Pat Exa")]
    assert ("Stopped and saved. Kept as typed for “Book the training”: owner “Pat Exa”. "
            "Carry on here") in said


def test_an_action_half_typed_is_added_as_typed(monkeypatch, capsys, fictional_dir,
                                                sessions_dir, dirs):
    s = _at_actions(fictional_dir, sessions_dir, mode="individual")
    code, said = walk_typing(monkeypatch, capsys, ["", "Ring the sch" + CTRL_C],
                             "--resume", s.id, *dirs)
    assert [a.text for a in _saved(sessions_dir, s.id).actions] == ["Ring the sch"]
    assert "Kept as typed, in What I will do: “Ring the sch”." in said  # one person's words


def test_due_words_half_typed_are_kept_with_the_date_they_name(monkeypatch, capsys,
                                                               fictional_dir, sessions_dir,
                                                               dirs):
    """As the app's due box keeps what is typed in it: the words, and the date they are read
    as; words that name no date yet are kept to be mended."""
    s = _at_actions(fictional_dir, sessions_dir)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "Book the training", "", "1 March 2031" + CTRL_C],
                             "--resume", s.id, *dirs)
    [action] = _saved(sessions_dir, s.id).actions
    assert (action.due, action.due_date) == ("1 March 2031", date(2031, 3, 1))
    assert "Kept as typed for “Book the training”: due Saturday 1 March 2031." in said
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "Ring the school", "Sam Sample", "Friday we" + CTRL_C],
                             "--resume", s.id, *dirs)
    ring = _saved(sessions_dir, s.id).actions[1]
    assert (ring.owner, ring.due, ring.due_date) == ("Sam Sample", "Friday we", None)
    assert "due Friday we, not read as a date" in said


def test_due_words_asked_about_again_are_kept_as_enter_keeps_them(monkeypatch, capsys,
                                                                  fictional_dir, sessions_dir,
                                                                  dirs):
    """`next <day>` read as that day in the coming week is asked about again (Enter keeps
    it): stopped there, the words were lost, typed and entered."""
    day = date.today() + timedelta(days=2)
    words = f"next {day:%A}"
    s = _at_actions(fictional_dir, sessions_dir)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "Book the training", "", words, CTRL_C],
                             "--resume", s.id, *dirs)
    assert "Due when? Enter keeps" in said  # asked again
    [action] = _saved(sessions_dir, s.id).actions
    assert (action.due, action.due_date) == (words, day)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "Ring the school", "", words, f"{day:%A} we" + CTRL_C],
                             "--resume", s.id, *dirs)
    assert _saved(sessions_dir, s.id).actions[1].due == f"{day:%A} we"  # what was typed over


def test_a_person_half_typed_is_kept(monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    """(The facilitator's name half typed is kept aside, not taken: test_walk_facilitator.py.)"""
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "", *dirs)
    code, said = walk_typing(monkeypatch, capsys,
                             ["Fay Example", "Pat Example, Nurse", "Sam Sampl" + CTRL_C], *args)
    [entry] = list_sessions(sessions_dir).entries
    assert [(p.name, p.attended) for p in entry.session.participants] == [
        ("Pat Example", True), ("Sam Sampl", True)]
    assert "Kept as typed, and listed as here: name: Sam Sampl." in said


def test_a_person_half_typed_who_is_listed_already_is_not_listed_twice(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    """Half typed, nobody answered whether it is the same person: taken as Enter answers it
    (the same person, ticked here), and said."""
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "", *dirs)
    code, said = walk_typing(monkeypatch, capsys,
                             ["Fay Example", "Pat Example, Nurse", "pat example" + CTRL_C], *args)
    [entry] = list_sessions(sessions_dir).entries
    assert [p.describe() for p in entry.session.participants] == ["Pat Example (Nurse)"]
    assert "Kept: “pat example” is Pat Example, Nurse, on the list already, ticked here. " \
        "Another person of that name? Type it again, and answer a." in said
    entry.path.unlink()
    # Stopped while asked whether it is the same person: likewise, a "y" half typed not taken
    code, said = walk_typing(monkeypatch, capsys,
                             ["Fay Example", "Pat Example, Nurse", "pat example, Health visitor",
                              "y" + CTRL_C], *args)
    [entry] = list_sessions(sessions_dir).entries
    assert [p.describe() for p in entry.session.participants] == [
        "Pat Example (Health visitor)"]  # the role typed now, as the app's Same person
    assert ("“y”, typed but not entered, was not taken: Pat Example, Health visitor, is kept "
            "as the same person, ticked here.") in said


def test_a_choice_half_typed_is_not_taken_and_said_so(monkeypatch, capsys, fictional_dir,
                                                      sessions_dir, dirs):
    """y or n, a status, minutes: half of a choice is not the choice (half of "45" is 4)."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000a002", mode="team", title="Meeting",
                      facilitator="Fay Example",
                      participants=[Participant(name="Pat Example", attended=False)])
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys,  # (Enter keeps the facilitator)
                             ["", "", "y" + CTRL_C], "--resume", s.id, *dirs)
    assert not _saved(sessions_dir, s.id).participants[0].attended
    assert "“y”, typed but not entered, was not taken: it is asked again next time." in said


def test_before_the_session_began_what_was_half_typed_is_said_not_kept(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    code, said = walk_typing(monkeypatch, capsys, ["Invented half te" + CTRL_C],
                             "child-zz", "--mode", "team", "--title", "T", *dirs)
    assert code == 128 + signal.SIGINT and list_sessions(sessions_dir).entries == []
    assert said.endswith("Stopped before the session began: no session was kept. “Invented "
                         "half te”, typed but not entered, was not taken as the team.")


def test_last_times_action_half_typed_note_and_due_are_kept_and_written_back(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    """Written back to the session that agreed it, as Enter would have (a status moved on
    before the stop was saved here only, never written back)."""
    review = load_library(fictional_dir).get("child-zz")
    before = Session.start(review, "20261101-child-zz-0000b001", title="Last month",
                           team="Invented Team")
    before.add_action(Action(text="Ring the school", due="1 March 2031",
                             due_date=date(2031, 3, 1)))
    before.add_action(Action(text="Write to the GP"))
    save_session(sessions_dir, before)
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "Invented Team", *dirs)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "", "p", "Nurse on le" + CTRL_C], *args)
    earlier = _saved(sessions_dir, before.id).actions[0]
    assert (earlier.status, earlier.progress) == ("in progress", "Nurse on le")
    assert "Kept as typed for “Ring the school”: where it has got to, “Nurse on le”." in said
    for entry in list_sessions(sessions_dir).entries:
        if entry.session.id != before.id:
            entry.path.unlink()
    # new due words: kept if they name a date; words naming none do not replace its date
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "", "", "", "someda" + CTRL_C], *args)
    earlier = _saved(sessions_dir, before.id).actions[0]
    assert (earlier.due, earlier.due_date) == ("1 March 2031", date(2031, 3, 1))
    assert ("“someda”, typed as the new due date of “Ring the school”, is not used: it names "
            "no date, and its date, Saturday 1 March 2031, stays.") in said
    code, said = walk_typing(monkeypatch, capsys,  # (Enter: the school's call has no owner)
                             ["", "", "", "", "", "", "", "", "2 April 2031" + CTRL_C], *args)
    gp = _saved(sessions_dir, before.id).actions[1]
    assert (gp.due, gp.due_date) == ("2 April 2031", date(2031, 4, 2))


def test_a_stop_while_adding_to_notes_keeps_what_was_there(monkeypatch, capsys, fictional_dir,
                                                           sessions_dir, dirs):
    """Typed after "So far:", a reply half typed when Ctrl+C came replaced the notes written
    before, as Enter did (a trial): it is added below them, as Enter now adds it."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000a009", mode="team", title="Meeting",
                      current_step="good-practice", notes={"good-practice": "Monday's note"})
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys, ["", "And a week la" + CTRL_C],
                             "--resume", s.id, *dirs)
    assert code == 128 + signal.SIGINT
    assert _saved(sessions_dir, s.id).notes["good-practice"] == \
        "Monday's note\n\nAnd a week la"


def test_a_stop_while_typing_a_replacement_adds_it_instead(monkeypatch, capsys, fictional_dir,
                                                           sessions_dir, dirs):
    """A reply begun with `=` (replace) stopped half typed replaced the notes for good (a
    trial): a stop replaces nothing, so what was typed is added below them, without the `=`,
    and the stop says so."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000a010", mode="team", title="Meeting",
                      current_step="good-practice",
                      notes={"good-practice": "First invented paragraph.\n\nSecond one."})
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys, ["", "=Replace it all wi" + CTRL_C],
                             "--resume", s.id, *dirs)
    assert code == 128 + signal.SIGINT
    assert _saved(sessions_dir, s.id).notes["good-practice"] == \
        "First invented paragraph.\n\nSecond one.\n\nReplace it all wi"
    assert ("Stopped and saved. What you were typing is kept as far as you had typed it, added "
            "below what was there: a reply stopped half typed replaces nothing") in said


def test_a_stop_while_typing_a_replacement_note_adds_it_instead(monkeypatch, capsys,
                                                                fictional_dir, sessions_dir,
                                                                dirs):
    """Last time's action's progress note noted here already: `=` half typed is added to it."""
    review = load_library(fictional_dir).get("child-zz")
    before = Session.start(review, "20261101-child-zz-0000b002", title="Last month",
                           team="Invented Team")
    before.add_action(Action(text="Ring the school"))
    save_session(sessions_dir, before)
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "Invented Team", *dirs)
    walk_typing(monkeypatch, capsys, ["", "", "", "Nurse on leave" + CTRL_C], *args)
    [now] = [e.session for e in list_sessions(sessions_dir).entries if e.session.id != before.id]
    code, said = walk_typing(monkeypatch, capsys, ["", "", "=Back next we" + CTRL_C],
                             "--resume", now.id, *dirs)
    assert _saved(sessions_dir, before.id).actions[0].progress == "Nurse on leave; Back next we"
    assert ("Kept as typed for “Ring the school”: where it has got to, “Back next we”, added "
            "after the note there: a stop replaces nothing.") in said


def test_a_point_half_typed_at_ctrl_d_is_kept_and_said_so(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir, dirs):
    """Ctrl+D after typing a point kept it, and the stop said only "Stopped and saved. Carry
    on …" (a trial): it now says what it kept, as a signal's stop does."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000a003", mode="team", title="Meeting",
                      current_step="q:zz-first", facilitator="Pat Example")
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys, ["", "half typed line" + CTRL_D],
                             "--resume", s.id, *dirs)
    assert code == 0
    assert [p.text for p in _saved(sessions_dir, s.id).answers[0].points] == ["half typed line"]
    assert "Stopped and saved. What you were typing is kept as far as you had typed it. " \
        "Carry on here" in said


def test_nothing_half_typed_at_ctrl_d_says_nothing_kept(monkeypatch, capsys, fictional_dir,
                                                       sessions_dir, dirs):
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000a004", mode="team", title="Meeting",
                      current_step="q:zz-first", facilitator="Pat Example")
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys, ["", "A whole point"], "--resume", s.id, *dirs)
    assert code == 0 and "Stopped and saved. Carry on here" in said


def test_a_one_line_reply_half_typed_at_ctrl_d_is_kept_and_said_so(monkeypatch, capsys,
                                                                   fictional_dir, sessions_dir,
                                                                   dirs):
    """Ctrl+D after typing the facilitator's name kept it, and the stop said only "Stopped and
    saved. Carry on …" (a trial): it says what it kept, as a signal's stop does (the name kept
    aside to be asked again: test_walk_facilitator.py)."""
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "", *dirs)
    code, said = walk_typing(monkeypatch, capsys, ["Fay Facilit" + CTRL_D], *args)
    assert code == 0
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == ""
    assert "Stopped and saved. “Fay Facilit”, typed but not entered, is not taken as the " \
        "facilitator yet: it is offered when you carry on. Carry on here" in said
    entry.path.unlink()
    code, said = walk_typing(monkeypatch, capsys,
                             ["Fay Example", "Pat Example, Nurse", "Sam Sampl" + CTRL_D], *args)
    [entry] = list_sessions(sessions_dir).entries
    assert [p.name for p in entry.session.participants] == ["Pat Example", "Sam Sampl"]
    assert "Stopped and saved. Kept as typed, and listed as here: name: Sam Sampl. " in said


def test_an_action_its_owner_and_due_words_half_typed_at_ctrl_d_are_kept(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    s = _at_actions(fictional_dir, sessions_dir)
    code, said = walk_typing(monkeypatch, capsys, ["", "Ring the sch" + CTRL_D],
                             "--resume", s.id, *dirs)
    assert [a.text for a in _saved(sessions_dir, s.id).actions] == ["Ring the sch"]
    assert "Stopped and saved. Kept as typed, in Agreed actions: “Ring the sch”." in said
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "Book the training", "Pat Exa" + CTRL_D],
                             "--resume", s.id, *dirs)
    assert (_saved(sessions_dir, s.id).actions[1].owner, code) == ("Pat Exa", 0)
    assert "Kept as typed for “Book the training”: owner “Pat Exa”." in said
    # asked again about `next <day>`: the words typed over it kept, not the first ones
    day = date.today() + timedelta(days=2)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "Write to the GP", "", f"next {day:%A}",
                              f"{day:%A} we" + CTRL_D], "--resume", s.id, *dirs)
    assert _saved(sessions_dir, s.id).actions[2].due == f"{day:%A} we"
    assert f"Kept as typed for “Write to the GP”: due {day:%A} we, not read" in said


def test_a_choice_half_typed_at_ctrl_d_is_not_taken_and_said_so(monkeypatch, capsys,
                                                               fictional_dir, sessions_dir,
                                                               dirs):
    """y or n half typed is not the choice at Ctrl+D either: it was taken as Enter takes it,
    and nothing said."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000a005", mode="team", title="Meeting",
                      facilitator="Fay Example",
                      participants=[Participant(name="Pat Example", attended=False)])
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys,  # (Enter keeps the facilitator)
                             ["", "", "y" + CTRL_D], "--resume", s.id, *dirs)
    assert code == 0 and not _saved(sessions_dir, s.id).participants[0].attended
    assert "Stopped and saved. “y”, typed but not entered, was not taken: it is asked again " \
        "next time. Carry on here" in said


def test_a_replacement_note_half_typed_at_ctrl_d_is_added_instead(monkeypatch, capsys,
                                                                 fictional_dir, sessions_dir,
                                                                 dirs):
    """As a signal's stop: `=` half typed replaces nothing, and last time's action is written
    back to the session that agreed it."""
    review = load_library(fictional_dir).get("child-zz")
    before = Session.start(review, "20261101-child-zz-0000b003", title="Last month",
                           team="Invented Team")
    before.add_action(Action(text="Ring the school"))
    save_session(sessions_dir, before)
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "Invented Team", *dirs)
    walk_typing(monkeypatch, capsys, ["", "", "", "Nurse on leave" + CTRL_C], *args)
    [now] = [e.session for e in list_sessions(sessions_dir).entries if e.session.id != before.id]
    code, said = walk_typing(monkeypatch, capsys, ["", "", "=Back next we" + CTRL_D],
                             "--resume", now.id, *dirs)
    assert code == 0
    assert _saved(sessions_dir, before.id).actions[0].progress == "Nurse on leave; Back next we"
    assert ("Kept as typed for “Ring the school”: where it has got to, “Back next we”, added "
            "after the note there: a stop replaces nothing.") in said


def _my_name() -> object:
    path = Path(os.environ["REFLECT_SETTINGS"])
    return tomllib.loads(path.read_text(encoding="utf-8")).get("my_name") if path.exists() \
        else None


@pytest.mark.parametrize("stop", [CTRL_D, CTRL_C])
def test_your_name_half_typed_is_never_remembered_for_my_cpd(monkeypatch, capsys, dirs,
                                                             sessions_dir, stop):
    """Ctrl+D after typing *Your name* remembered it as the practitioner's (`my_name`) and
    said so, then kept no session: My CPD opened on the half-typed name (a trial). Not
    remembered, and said not kept."""
    code, said = walk_typing(monkeypatch, capsys, ["i", "Invented walk", "", "Pat Exa" + stop],
                             "child-zz", *dirs)
    assert list_sessions(sessions_dir).entries == [] and _my_name() is None
    assert "remembered for My CPD" not in said
    assert said.endswith("Stopped before the session began: no session was kept. “Pat Exa”, "
                         "typed but not entered, was not kept.")


@pytest.mark.parametrize("stop", [CTRL_D, CTRL_C])
def test_your_name_half_typed_on_a_reflection_kept_is_asked_again_when_carried_on(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs, stop):
    """A reflection carried on that names no one: *Your name* half typed was recorded in it
    as typed (`Pat Exa`), and never asked again, as walk/session.py asks only where it names no one
    (a trial; the facilitator's name had the same fault). Kept aside, not taken nor
    remembered, and offered when carried on: Enter takes it, remembered then."""
    save_setting(Path(os.environ["REFLECT_SETTINGS"]), "my_name", "Sam Sample")
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000c001", mode="individual", title="Mine",
                      current_step="good-practice")
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys, ["pat exa" + stop], "--resume", s.id, *dirs)
    now = _saved(sessions_dir, s.id)
    assert (now.facilitator, now.drafts) == ("", {FACILITATOR_DRAFT: "pat exa"})
    assert _my_name() == "Sam Sample" and not anything_recorded(now)
    assert ("Stopped and saved. “pat exa”, typed but not entered, is not taken as your name "
            "yet: it is offered when you carry on. Carry on here") in said
    # carried on: asked again, the name half typed offered; Enter takes it
    code, said = walk_typing(monkeypatch, capsys, [""], "--resume", s.id, *dirs)
    assert ("This reflection does not say whose it is yet. “pat exa” was being typed as your "
            "name when reflect stopped, and was not entered. Your name, for My CPD: Enter for pat "
            "exa.") in said
    now = _saved(sessions_dir, s.id)
    assert (now.facilitator, now.drafts, _my_name()) == ("Pat Exa", {}, "Pat Exa")


@pytest.mark.parametrize("stop", [CTRL_C, CTRL_D])
def test_a_title_half_typed_starts_nothing_under_it(monkeypatch, capsys, sessions_dir, dirs,
                                                     stop):
    """Ctrl+D after typing half a title was taken as Enter, and the session went on under the
    half title (a trial); Ctrl+C said the title would be asked again "next time". Either
    abandons the line, as Ctrl+D does an answer's choice: nothing is started, and it says so."""
    code, said = walk_typing(monkeypatch, capsys, ["Half a tit" + stop],
                             "child-zz", "--mode", "team", "--team", "Invented Team", *dirs)
    assert code == (128 + signal.SIGINT if stop == CTRL_C else 0)
    assert list_sessions(sessions_dir).entries == []
    assert ("Stopped before the session began: no session was kept. “Half a tit”, typed but "
            "not entered, was not taken as the title.") in said
    assert "Traceback" not in said and "Team discussion" not in said


def test_an_owner_kept_half_typed_is_listed_on_resume_with_how_to_mend_it(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    """`Eve Exa` kept by Ctrl+C at the owner: `--resume` listed `Agreed already: Ring the
    school (open)`, no owner, and the export printed `Eve Exa` as the owner (a trial)."""
    s = _at_actions(fictional_dir, sessions_dir)
    s.participants = [Participant(id="p1", name="Eve Example", role="Health visitor")]
    s.add_action(Action(text="Ring the school", owner="Eve Exa", due="end of term"))
    s.add_action(Action(text="Book a room", owner="eve example", due="1 March 2031",
                        due_date=date(2031, 3, 1)))
    s.add_action(Action(text="Write to the GP", owner="The GP"))
    save_session(sessions_dir, s)
    code, said = walk_typing(monkeypatch, capsys, ["", "" + CTRL_C], "--resume", s.id, *dirs)
    assert ("1. Agreed already: Ring the school. Owner: Eve Exa; due end of term, not read "
            "as a date; status: open. Owner “Eve Exa” only starts Eve Example, as listed. To "
            "mend them: type 1 below.") in said  # (here, by its number: walk/action_change.py)
    assert ("2. Agreed already: Book a room. Owner: eve example; due Saturday 1 March "
            "2031; status: open. 3. Agreed already: Write to the GP. Owner: The GP; status: "
            "open. Owner “The GP” is no one listed on Who is here. To mend it: type 3 "
            "below.") in said
