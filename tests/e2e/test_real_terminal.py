"""The installed `reflect` in a real terminal (tmux): a whole session by keys alone, every way
out keeps what was typed, and the screens fit at 80x24 and 200x50."""

from __future__ import annotations

import signal
import time

import pytest

from reflect.store.sessions import list_sessions
from tests.e2e.terminal import signal_pid, wait_gone


def start_session_on_first_review(term) -> None:
    term.wait_for("Review library")
    term.wait_for("Child AC")
    term.keys("Enter")
    term.wait_for("Who is this session for?")
    term.keys("Tab")
    term.wait_cursor_on("team discussion")  # in the title box (its placeholder says so)
    term.type("Invented team meeting")
    term.wait_for("Invented team meeting")
    term.keys("C-s")
    term.wait_for("Step 1 of")


def go_to_first_question(term) -> None:
    # past who is here, the introduction and the three learning steps (the app reads the keys
    # in order, each step shown before the next key is handled)
    term.keys(*["PageDown"] * 5)
    term.wait_for("Question 1 of")


def saved_points(sessions_dir) -> list[list[str]]:
    saved_answers(sessions_dir)
    [entry] = list_sessions(sessions_dir).entries
    return [[p.text for p in a.points] for a in entry.session.answers]


def saved_answers(sessions_dir, timeout: float = 5.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while True:
        entries = list_sessions(sessions_dir).entries
        if entries or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert len(entries) == 1
    return [a.text for a in entries[0].session.answers]


def test_whole_session_by_keys_then_export(run_reflect, sessions_dir):
    term = run_reflect()
    start_session_on_first_review(term)
    go_to_first_question(term)
    term.type("We would phone the GP [bold] the same day.\nAnd record it.\n")  # two points
    term.wait_for("2. And record it.")
    term.keys("PageDown")
    term.wait_for("Question 2 of")
    term.type("Second answer\n")
    term.wait_for("1. Second answer")
    term.press_until("PageDown", "Summary and export", line=1)
    term.keys("C-o")
    term.wait_for("Export the notes")
    term.wait_for("not every name can be found")
    term.keys("C-o")
    term.wait_for("Notes written to")
    term.keys("C-q")
    term.wait_exit()
    points = saved_points(sessions_dir)
    assert points[:2] == [["We would phone the GP [bold] the same day.", "And record it."],
                          ["Second answer"]]
    [notes] = list((sessions_dir / "exports").glob("*.md"))
    text = notes.read_text(encoding="utf-8")
    assert "# Invented team meeting" in text
    assert "We would phone the GP \\[bold] the same day." in text
    assert "And record it." in text


@pytest.mark.parametrize("way_out", ["SIGTERM", "SIGHUP", "SIGINT", "window closed", "quit key",
                                     "Esc"])
def test_every_way_out_keeps_the_latest_answer(run_reflect, sessions_dir, way_out):
    term = run_reflect()
    start_session_on_first_review(term)
    go_to_first_question(term)
    term.type("typed just before leaving")  # a point not yet added with Enter
    term.wait_for("typed just before leaving")  # on screen: the app has it (autosave has not run)
    pid = term.pid()
    if way_out == "SIGTERM":
        signal_pid(pid, signal.SIGTERM)
    elif way_out == "SIGHUP":
        signal_pid(pid, signal.SIGHUP)
    elif way_out == "SIGINT":  # `kill -INT` (Ctrl+C in the app is a key: test below)
        signal_pid(pid, signal.SIGINT)
    elif way_out == "window closed":
        term.close_window()
    elif way_out == "quit key":
        term.keys("C-q")
    else:  # a point half typed: the first Esc asks for a second
        term.keys("Escape")
        term.wait_for("Esc again goes to the library")
        term.keys("Escape")
        term.wait_for("Saved sessions")
    if way_out == "window closed":
        wait_gone(pid)
    elif way_out != "Esc":
        term.wait_exit()
    saved_answers(sessions_dir)
    [entry] = list_sessions(sessions_dir).entries
    assert "typed just before leaving" in entry.session.drafts.values()


def test_ctrl_c_does_not_lose_anything(run_reflect, sessions_dir):
    term = run_reflect()
    start_session_on_first_review(term)
    go_to_first_question(term)
    term.type("still here after ctrl+c\n")
    term.keys("C-c")
    deadline = time.monotonic() + 10  # autosave runs once a second
    while saved_points(sessions_dir)[0] != ["still here after ctrl+c"]:
        assert time.monotonic() < deadline, saved_points(sessions_dir)
        time.sleep(0.1)


def test_a_byte_that_is_not_utf8_is_read_as_a_replacement_and_typing_goes_on(run_reflect,
                                                                              sessions_dir):
    """A "£" from a terminal set to Latin-1 (0xA3) ended the app with a traceback and lost
    what was typed after it (a trial)."""
    term = run_reflect()
    start_session_on_first_review(term)
    go_to_first_question(term)
    term.type("Invented fee ")
    term.raw_bytes(b"\xa3")
    term.type("5 after\n")
    deadline = time.monotonic() + 10  # autosave runs once a second
    while saved_points(sessions_dir)[0] != ["Invented fee \ufffd5 after"]:
        assert time.monotonic() < deadline, (saved_points(sessions_dir), term.screen())
        time.sleep(0.1)
    assert not term.exited()


def test_a_paste_holding_escape_codes_arrives_whole_and_in_order(run_reflect, sessions_dir):
    """Coloured text pasted (a log, a terminal's output) was saved reordered and half lost:
    Textual read what followed each ESC as keys, sent before the paste, and a BEL as Ctrl+G
    (a trial). The codes are dropped; the words stay, in order, in the box pasted into."""
    term = run_reflect()
    start_session_on_first_review(term)
    go_to_first_question(term)
    term.raw_bytes(b"\x1b[200~start \x1b[31mRED\x1b[0m middle \x1b]0;Invented title\x07 end"
                   b"\x1b[201~")
    term.wait_for("start RED middle  end")
    term.type("\n")
    deadline = time.monotonic() + 10  # autosave runs once a second
    while saved_points(sessions_dir)[0] != ["start RED middle  end"]:
        assert time.monotonic() < deadline, (saved_points(sessions_dir), term.screen())
        time.sleep(0.1)


def test_joined_emoji_typed_key_by_key_keep_their_joiners(run_reflect, sessions_dir):
    """👨‍👩‍👧 typed became three separate people: Textual dropped the zero-width joiners
    between them (a facilitator's trial); pasted, they were kept."""
    term = run_reflect()
    start_session_on_first_review(term)
    go_to_first_question(term)
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    term.type(f"Invented family {family} visited\n")
    deadline = time.monotonic() + 10  # autosave runs once a second
    while saved_points(sessions_dir)[0] != [f"Invented family {family} visited"]:
        assert time.monotonic() < deadline, saved_points(sessions_dir)
        time.sleep(0.1)


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_screens_fit(run_reflect, size):
    term = run_reflect(size=size)
    term.wait_for("Child AC")
    screen = term.wait_for("New session")
    for text in ("reflect walks your team", "Review library", "Saved sessions",
                 "New session", "Help", "Quit"):
        assert text in screen, f"{text!r} missing at {size}:\n{screen}"
    lines = screen.split("\n")
    assert len(lines) >= size[1] - 1
    start_session_on_first_review(term)
    go_to_first_question(term)
    screen = term.screen()
    for text in ("Question 1 of 6", "Answered 0 of 6 questions", "Next", "Export", "Quit"):
        assert text in screen, f"{text!r} missing at {size}:\n{screen}"
