"""`reflect walk` in a real terminal: Ctrl+C, or the window closing, in the middle of an
answer, or of a one-line reply such as an action's owner, keeps what was typed (the
terminal's own signals and EIO, not a simulated pipe)."""

from __future__ import annotations

import signal
import time

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, save_session
from tests.e2e.terminal import signal_pid, wait_gone


def _wait_for_prompts(term, since: str, prompts: int, timeout: float = 15.0) -> None:
    """Wait until reflect has printed `prompts` "> " prompts since `since`, the last line
    holding prompts only: it has then read every line before the last prompt (Ctrl+C would
    flush a line still in the terminal's queue). The terminal echoes what is typed as it
    comes, so the prompts for lines typed in one burst can all end up on the last line
    ("> >"), after the echo."""
    deadline = time.monotonic() + timeout
    while True:
        screen = term.screen().rstrip()
        lines = screen.splitlines()
        after = screen.partition(since)[2]
        if after.count(">") >= prompts and set(lines[-1].split()) == {">"}:
            return
        assert time.monotonic() < deadline, screen
        time.sleep(0.05)


@pytest.mark.parametrize("way_out", ["Ctrl+C", "window closed"])
def test_walk_keeps_the_answer_being_typed(run_reflect, sessions_dir, fictional_dir, way_out):
    """The lines entered, and the line being typed (it was lost; and Ctrl+C showed no "^C",
    the stop's message running on after the typed words)."""
    term = run_reflect("walk", "child-zz", "--mode", "individual", "--title", "T", "--team", "",
                       "--name", "Pat Example",
                       env={"REFLECT_CONTENT_DIR": str(fictional_dir)})
    term.wait_for("Enter to read the case details")  # the pause after the content note
    term.keys("Enter")
    term.wait_for("Notes on this section")
    term.type("typed in a real terminal\nand a second line\n")
    # Both lines read by reflect: the prompts for the first, the second and the next line.
    _wait_for_prompts(term, "Notes on this section", 3)
    term.type("and one half typed")
    term.wait_for("> and one half typed")  # read (and shown) by reflect, not yet ended
    pid = term.pid()
    if way_out == "Ctrl+C":
        term.keys("C-c")
        screen = term.wait_for("Stopped and saved")
        term.wait_exit()
        assert "> and one half typed^C\nStopped and saved" in screen, screen
    else:
        term.close_window()
        wait_gone(pid)
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.notes.get("intro") == ("typed in a real terminal\nand a second line\n"
                                                "and one half typed")


def test_alt_and_a_key_is_the_key_and_ctrl_r_draws_the_line_again(run_reflect, sessions_dir,
                                                                   fictional_dir):
    """A terminal sends Alt+x as Esc and x together: the x was dropped with the Esc. Ctrl+R,
    which drew the line again when the terminal handed over whole lines, did nothing."""
    term = run_reflect("walk", "child-zz", "--mode", "individual", "--title", "T", "--team", "",
                       "--name", "Pat Example",
                       env={"REFLECT_CONTENT_DIR": str(fictional_dir)})
    term.wait_for("Enter to read the case details")
    term.keys("Enter")
    term.wait_for("Notes on this section")
    term.type("Sam Sampl")
    term.keys("M-e", "Left", "C-r")
    term.wait_for("> Sam Sample^R\n> Sam Sample")  # drawn again on the line below
    term.type(" agreed\n.\n")
    term.wait_for("Step 2 of 10")
    term.keys("C-d")
    term.wait_for("Stopped and saved")
    term.wait_exit()
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.notes["intro"] == "Sam Sample agreed"


def test_walk_keeps_a_pasted_line_longer_than_the_terminal_holds(run_reflect, sessions_dir,
                                                                 fictional_dir):
    """A line of 5,000 characters pasted into an answer was saved cut to 4,095, its end lost
    without a word: the terminal's own limit on a line it hands over whole (a trial). Typing
    in it is mended as before: Backspace, Ctrl+W and Ctrl+U; an arrow never reaches it."""
    term = run_reflect("walk", "child-zz", "--mode", "individual", "--title", "T", "--team", "",
                       "--name", "Pat Example",
                       env={"REFLECT_CONTENT_DIR": str(fictional_dir)})
    term.wait_for("Enter to read the case details")
    term.keys("Enter")
    term.wait_for("Notes on this section")
    long_line = "word " * 999 + "END"
    term.paste(long_line)
    term.keys("Enter")
    term.type("Pat Examplx")
    term.keys("BSpace")
    term.type("e, the lead")
    term.keys("C-w", "Left")
    term.type("trainer\nthrown away")
    term.keys("C-u")
    term.type("kept\n.\n")
    term.wait_for("Step 2 of 10")
    term.keys("C-d")
    term.wait_for("Stopped and saved")
    term.wait_exit()
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.notes["intro"] == f"{long_line}\nPat Example, the trainer\nkept"


def test_ctrl_d_after_typing_puts_what_follows_on_a_line_of_its_own(run_reflect, sessions_dir,
                                                                     fictional_dir):
    """Ctrl+D after "Half team" at "Team or service" ran the review's name on after the typed
    words ("Half teamChild H …": a trial)."""
    term = run_reflect("walk", "child-zz", "--mode", "individual", "--title", "T",
                       env={"REFLECT_CONTENT_DIR": str(fictional_dir)})
    term.wait_for("Team or service")
    term.type("Invented half team")
    term.wait_for("Invented half team")
    term.keys("C-d")
    screen = term.wait_for("Stopped")
    typed = [line for line in screen.splitlines() if "Invented half team" in line]
    assert typed and typed[0].rstrip().endswith("Invented half team"), screen
    term.wait_exit()


@pytest.mark.parametrize("way_out", ["Ctrl+C", "SIGTERM", "window closed"])
def test_walk_keeps_an_owner_half_typed_and_says_so(run_reflect, sessions_dir, fictional_dir,
                                                    way_out):
    """A one-line reply half typed (an action's owner, its due date, a person) was lost on a
    stop, with no word: only the answers of several lines kept their half-typed line."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000e001", mode="team", title="Meeting",
                      current_step="actions")
    save_session(sessions_dir, s)
    term = run_reflect("walk", "--resume", s.id, env={"REFLECT_CONTENT_DIR": str(fictional_dir)})
    term.wait_for("Enter carries on there")
    term.keys("Enter")
    term.wait_for("Action: Enter when there are no more")
    term.type("Book the training\n")
    term.wait_for("Who owns it?")
    term.type("Pat Exa")
    term.wait_for("> Pat Exa")  # read (and shown) by reflect, not entered
    pid = term.pid()
    if way_out == "window closed":
        term.close_window()
        wait_gone(pid)
    else:
        if way_out == "Ctrl+C":
            term.keys("C-c")
        else:
            signal_pid(pid, signal.SIGTERM)
        said = " ".join(term.wait_for("reflect walk --resume").split())
        term.wait_exit()
        shown = "^C" if way_out == "Ctrl+C" else ""
        assert (f"> Pat Exa{shown} Stopped and saved. Kept as typed for “Book the training”: "
                "owner “Pat Exa”. Carry on here") in said, said
    [action] = load_session(sessions_dir / f"{s.id}.toml").actions
    assert (action.text, action.owner) == ("Book the training", "Pat Exa")


def test_walk_asks_your_name_and_adds_to_what_was_there(run_reflect, sessions_dir,
                                                         fictional_dir):
    """At 80x24, as a practitioner meets it: a new reflection asks whose it is (none was
    recorded, and My CPD left it out: a trial); carried on, a line typed after "So far:" is
    added below the notes there (it replaced them: a trial)."""
    import tomllib

    env = {"REFLECT_CONTENT_DIR": str(fictional_dir)}
    term = run_reflect("walk", "child-zz", "--mode", "individual", "--title", "T", "--team", "",
                       env=env, size=(80, 24))
    term.wait_for("Your name, for My CPD: Enter skips.")
    term.type("pat  EXAMPLE\n")
    term.wait_for("Enter to read the case details")
    term.keys("Enter")
    term.wait_for("Notes on this section")
    term.type("A first paragraph\n.\n")
    term.wait_for("Step 2 of 10")
    term.keys("C-d")
    term.wait_for("Stopped and saved")
    term.wait_exit()
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == "Pat Example"
    settings = tomllib.loads((sessions_dir.parent / "settings.toml").read_text())
    assert settings["my_name"] == "Pat Example"

    term = run_reflect("walk", "--resume", entry.session.id, env=env, size=(80, 24))
    term.wait_for("Enter carries on there")
    term.type("1\n")  # back to the introduction
    term.wait_for("Enter to read the case details")
    term.keys("Enter")
    term.wait_for("to replace it.")
    term.type("Also: a second paragraph.\n.\n")
    term.wait_for("Added below what was there.")
    term.keys("C-d")
    term.wait_for("Stopped and saved")
    term.wait_exit()
    saved = load_session(sessions_dir / f"{entry.session.id}.toml")
    assert saved.notes["intro"] == "A first paragraph\n\nAlso: a second paragraph."
