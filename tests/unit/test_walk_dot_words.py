"""Plain mode: a line with the shape of one of its words (`.nxt`, `.quit`) that is none it
takes there is said, not added (walk/dot_words.py); typed again at once it is text. A screen
reader user's `.nxt` was saved into the answer, nothing said, and at a team's points was
`Added point: .nxt` (a trial). A script's answers are read as before. All data invented."""

from reflect.walk.dialogue import MOVES
from reflect.walk.dot_words import unknown_word
from tests.unit.test_walk import dirs_for, flat, run_at_terminal, run_walk
from tests.unit.test_walk_back_next import only_session

# A reflection at a terminal: mode, title, team; Enter past the content note, then the four
# sections' notes.
START = "i\nMine\n\n" + "\n" + "\n" * 4


def test_a_word_of_that_shape_is_said_with_the_word_it_looks_like() -> None:
    said = unknown_word(".nxt", MOVES)
    assert said == ("“.nxt” is not one of plain mode's words, so it is not added. It looks "
                    "like .next mistyped. Its words here are .back and .next; Ctrl+D stops. "
                    "To add .nxt as typed, type it again.")
    assert "looks like" not in (unknown_word(" .quit ", {**MOVES, "l": "list"}) or "")
    for text in (".next", ".BACK", ".", "...", ".5", ".NET 6", "Read .next week", "x"):
        assert unknown_word(text, MOVES) is None


def test_at_a_terminal_it_is_not_added_and_typed_again_it_is(monkeypatch, capsys,
                                                              fictional_dir, sessions_dir):
    text = (START
            + "Seen.\n.nxt\n.\n"  # What?: `.nxt` said, not added
            + ".quit\n.quit\n.\n"  # So what?: typed again at once, it is the answer
            + ".nxt\n.next\n")  # Now what?: said, then the real word: on to Question 2
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                text, "child-zz", "--name", "Pat Example")
    said = flat(out.out)
    assert "“.nxt” is not one of plain mode's words, so it is not added. It looks like .next " \
        "mistyped." in said
    assert said.count("“.quit” is not one of plain mode's words") == 1
    assert "Step 6 of 10: Question 2." in said
    q1 = only_session(sessions_dir).answer("zz-first")
    assert (q1.what, q1.so_what, q1.now_what) == ("Seen.", ".quit", "")


def test_from_a_script_it_is_taken_as_typed(monkeypatch, capsys, fictional_dir, sessions_dir):
    text = "i\nMine\n\n" + "\n" * 4 + "Seen.\n.nxt\n.\n"
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), text,
                         "child-zz", "--name", "Pat Example")
    assert "plain mode's words" not in out.out
    assert only_session(sessions_dir).answer("zz-first").what == "Seen.\n.nxt"
