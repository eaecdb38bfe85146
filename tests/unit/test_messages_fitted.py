"""The command line's messages at a terminal narrower than them: wrapped at words, a path whole
on a line of its own where it does not fit (`console.echo`, reflect/wrapping.py). The terminal
folded `reflect export: will not write …: it already exists` mid-path, and `reflect walk: name
a review…` mid-word, at 60 columns (a trial). Piped, a message stays one line. All data
invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.wrapping import NARROWEST, fitted
from tests.command_line import run


def _at_terminal(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)


def _words(text: str) -> list[str]:
    return text.split()


GOES_ON = " \\"


def _one_piece(line: str, pieces: tuple[str, ...] = ()) -> bool:
    """Whether `line` is a command's one word (or one of its quoted `pieces`) alone, wider
    than a line: never broken."""
    piece = line.strip().removesuffix(GOES_ON)
    return " " not in piece or piece in pieces


def _as_run(lines: list[str]) -> list[str]:
    """`lines` with a command broken at its spaces (each line but its last ending in " \\")
    joined again, as a shell joins them: what a person pasting them runs."""
    joined: list[str] = []
    going_on = False
    for line in lines:
        if going_on:
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
        going_on = joined[-1].endswith(GOES_ON)
        if going_on:
            joined[-1] = joined[-1].removesuffix(GOES_ON)
    return joined


def _saved(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id("child-zz"), title="Invented huddle")
    s.set_answer("zz-first", "What would you do first?", "Ring the invented nursery")
    save_session(sessions_dir, s)
    return s


def test_a_refusal_naming_a_path_is_wrapped_at_words_the_path_whole(
        capsys, monkeypatch, fictional_dir, sessions_dir, tmp_path) -> None:
    s = _saved(fictional_dir, sessions_dir)
    monkeypatch.setenv("REFLECT_CONTENT_DIR", str(fictional_dir))  # (its review found: no note)
    monkeypatch.chdir(tmp_path)
    folder = Path("invented-exports")
    folder.mkdir()
    target = folder / f"{s.id}-team.md"  # 51 columns, and ":"
    target.write_text("someone's notes", encoding="utf-8")
    argv = ("export", s.id, "-o", str(target), "--sessions-dir", str(sessions_dir))
    code, _, piped = run(capsys, *argv)
    assert code == 1 and piped.count("\n") == 1  # piped: one line, as a script reads it
    _at_terminal(monkeypatch, 60)
    code, _, err = run(capsys, *argv)
    lines = err.splitlines()
    assert code == 1 and len(lines) > 1
    assert all(cell_len(line) <= 60 for line in lines), lines
    assert _words(err) == _words(piped)  # no word split, none lost
    assert any(line.startswith(str(target)) for line in lines)  # whole, starting its line


def test_a_path_wider_than_the_terminal_is_broken_only_after_a_slash(
        capsys, monkeypatch, fictional_dir, sessions_dir, tmp_path) -> None:
    s = _saved(fictional_dir, sessions_dir)
    monkeypatch.setenv("REFLECT_CONTENT_DIR", str(fictional_dir))  # (its review found: no note)
    monkeypatch.chdir(tmp_path)
    folder = Path("a-folder-with-a-long-invented-name") / "and-another-below-it"
    folder.mkdir(parents=True)
    target = folder / "notes.md"
    target.write_text("someone's notes", encoding="utf-8")
    _at_terminal(monkeypatch, 40)
    code, _, err = run(capsys, "export", s.id, "-o", str(target),
                       "--sessions-dir", str(sessions_dir))
    lines = err.splitlines()
    assert code == 1 and all(cell_len(line) <= 40 for line in lines), lines
    assert lines[1:3] == ["a-folder-with-a-long-invented-name/",
                          "and-another-below-it/notes.md: it"]


def test_walk_without_a_review_is_wrapped_at_words(capsys, monkeypatch, fictional_dir,
                                                   sessions_dir) -> None:
    monkeypatch.setenv("REFLECT_CONTENT_DIR", str(fictional_dir))  # (a command said is short)
    monkeypatch.setenv("REFLECT_SESSIONS_DIR", str(sessions_dir))
    argv = ("walk",)
    code, _, piped = run(capsys, *argv)
    assert code == 1 and piped.startswith("reflect walk: name a review")
    assert piped.count("\n") == 1
    _at_terminal(monkeypatch, 60)
    code, _, err = run(capsys, *argv)
    assert code == 1 and len(err.splitlines()) > 1
    assert all(cell_len(line) <= 60 for line in err.splitlines())
    assert _words(err) == _words(piped)


def test_a_path_with_spaces_is_kept_together_when_named() -> None:
    path = "/Users/invented/Library/Application Support/reflect/sessions/invented"
    lines = fitted(f"reflect list: the sessions folder {path} is a file, not a folder", 60,
                   whole=[path])
    assert lines == ["reflect list: the sessions folder",
                     "/Users/invented/Library/Application Support/reflect/",
                     "sessions/invented is a file, not a folder"]
    assert all(cell_len(line) <= 60 for line in lines)
    # Not named: broken at its space like any other words.
    assert fitted(f"in {path} now", 50)[0] == "in /Users/invented/Library/Application"


def test_data_lines_and_lines_that_fit_are_left_as_they_are() -> None:
    row = "child-zz\tChild ZZ: an invented review with a long enough title to be wide\tInvented"
    assert fitted(row, 30) == [row]  # columns for a script: never re-wrapped
    assert fitted("  indented, and it fits", 60) == ["  indented, and it fits"]
    assert fitted("- a bullet point long enough to wrap once", 24) == [
        "- a bullet point long", "  enough to wrap once"]


NO_SESSION = ("reflect export: no session 'nosuch-session' in /tmp/invented/sessions (try: "
              "reflect list --sessions-dir /tmp/invented/sessions sessions)")


@pytest.mark.parametrize("width", range(NARROWEST, 100))
def test_an_option_is_kept_with_its_value(width: int) -> None:
    """At 40 columns `--sessions-dir` ended one line and its folder began the next (a trial):
    copied, the command lost its folder."""
    lines = fitted(NO_SESSION, width)
    assert "".join(lines).replace(" ", "") == NO_SESSION.replace(" ", "")  # nothing lost
    assert all(cell_len(line) <= width for line in lines), lines
    if width >= len("--sessions-dir /tmp/invented/sessions"):
        assert any("--sessions-dir /tmp/invented/sessions" in line for line in lines), lines
        assert not any(line.endswith("--sessions-dir") for line in lines), lines


@pytest.mark.parametrize("width", range(NARROWEST, 100))
def test_a_command_said_is_kept_on_one_line_where_it_fits(width: int) -> None:
    quoted = "`reflect export 2030-invented-aaaa --format md`"
    text = f"Saved as Invented huddle; {quoted} writes its notes, any time."
    lines = fitted(text, width)
    assert _words("\n".join(_as_run(lines))) == _words(text)
    if width >= len(quoted):
        assert any(quoted in line for line in lines), lines
    assert all(cell_len(line) <= width or _one_piece(line) for line in lines), lines
    # Unquoted, from reflect's own name to the end of its clause.
    command = "reflect list --sessions-dir /tmp/invented/sessions sessions)"
    lines = fitted(NO_SESSION, width, commands=["reflect"])
    assert "".join(_as_run(lines)).replace(" ", "") == NO_SESSION.replace(" ", "")
    assert all(cell_len(line) <= width or _one_piece(line) for line in lines), lines
    assert any(line.endswith(command) for line in _as_run(lines)), lines


@pytest.mark.parametrize("width", range(NARROWEST, 100))
def test_a_command_to_copy_is_whole_on_a_line_or_on_lines_of_its_own(width: int) -> None:
    """`reflect export "…long title…" --format txt` in a message was broken at its words where
    the message wrapped (a trial), and could not be copied whole; then left whole for the
    terminal to fold, the app's start screen folded `reflect restore COPY` mid-path at 80
    columns (a trial). One of reflect's own commands quoted between backticks is whole on one
    line where it fits; wider, it is on lines of its own without them, broken at its spaces
    only (never in its quoted title), each line but its last ending in " \\", so that its
    lines pasted run it."""
    command = "reflect export \"Invented weekly huddle of the Invented Team\" --format txt"
    text = f"Nothing is lost: its answers are kept, and `{command}` writes its notes."
    lines = fitted(text, width, commands=["reflect"])
    title = '"Invented weekly huddle of the Invented Team"'
    assert all(cell_len(line) <= width or _one_piece(line, (title,)) for line in lines), lines
    if width >= len(command) + 2:
        assert any(f"`{command}`" in line for line in lines), lines  # whole, on one line
        assert _words("\n".join(lines)) == _words(text)
    else:
        assert not any("`" in line for line in lines), lines
        assert command in _as_run(lines), lines  # lines of its own, and pasted, run as it is
        if width >= len(command):
            assert command in lines, lines  # unbroken, alone
        else:
            assert any(line.endswith(GOES_ON) for line in lines), lines
        assert any(title in line for line in lines), lines
        after = _as_run(lines)[_as_run(lines).index(command) + 1:]
        assert after == ["writes its notes."], lines
    # From reflect's own name to the end of its clause, an aside after it not a part of it.
    command = "reflect export --sessions-dir /tmp/invented/sessions 2030-invented-aaaa"
    text = f"Nothing is lost: write its notes with {command} (or open it in the app)."
    lines = fitted(text, width, commands=["reflect"])
    assert any(command in line for line in _as_run(lines)), lines
    assert all(cell_len(line) <= width or _one_piece(line) for line in lines), lines


def test_an_option_and_value_wider_than_a_line_are_broken_as_before() -> None:
    """Outside a command (no `commands` given), an option and a path wider than a line."""
    path = "/tmp/an-invented-folder-with-a-long-name/and-another-one-below-it"
    text = f"Carry on with: reflect walk --sessions-dir {path} --resume invented"
    lines = fitted(text, 40)
    assert all(cell_len(line) <= 40 for line in lines), lines
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert "an-invented-folder-with-a-long-name/" in lines  # broken only after a "/"
    # A command, the same words: whole on a line of its own, and nothing after it on its line
    # A command, the same words: on lines of its own, broken at its spaces only, to be pasted
    assert fitted(text, 40, commands=["reflect"]) == [
        "Carry on with:", f"reflect walk --sessions-dir{GOES_ON}", f"  {path}{GOES_ON}",
        "  --resume invented"]
    # Not an option's value: a word after "give --sessions-dir" in a sentence is only a word.
    assert " ".join(fitted("give --sessions-dir the folder its sessions are in", 20)) == \
        "give --sessions-dir the folder its sessions are in"


def test_a_refusal_keeps_the_suggested_command_s_folder_with_its_option(
        capsys, monkeypatch, sessions_dir) -> None:
    option = f"--sessions-dir {sessions_dir.resolve()}"
    for width in range(len(option) + len(GOES_ON) + 2, len(option) + 40, 3):  # (2: indented)
        _at_terminal(monkeypatch, width)
        code, _, err = run(capsys, "export", "nosuch-session", "--sessions-dir",
                           str(sessions_dir))
        assert code == 1 and "no session 'nosuch-session'" in " ".join(err.split())
        assert any(option in line for line in err.splitlines()), (width, err)


def test_a_suggested_command_is_copied_whole_from_the_terminal(capsys, monkeypatch,
                                                               fictional_dir, sessions_dir,
                                                               tmp_path) -> None:
    """`reflect open` on a session whose review cannot be opened suggests `reflect export
    TITLE`: at 60 columns it came as `reflect export` / `--content-dir …` / `'Invented weekly`
    (a trial). It is on lines of its own, each but the last ending in " \\"."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id("child-zz"), title="Invented weekly huddle")
    save_session(sessions_dir, s)
    empty = tmp_path / "an-invented-empty-library"
    empty.mkdir()
    _at_terminal(monkeypatch, 60)
    code, _, err = run(capsys, "open", "Invented weekly huddle", "--content-dir", str(empty),
                       "--sessions-dir", str(sessions_dir))
    assert code == 1
    command = (f"reflect export --content-dir {empty} --sessions-dir {sessions_dir} "
               "'Invented weekly huddle'")
    assert command in _as_run(err.splitlines()), err  # its lines, pasted, are the command
    assert not any("`" in line for line in err.splitlines()), err


def test_a_message_keeps_each_skin_tone_and_fits_as_tmux_draws_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """At a terminal a skin tone was left out, as the app's window draws it, and a message
    quoting a title said it changed; printed, it is counted as the two cells tmux draws, so
    the message is wrapped within the width (Rich counts none: its line ran past the edge)."""
    from reflect.console import echo
    from tests.unit.test_walk_spoken import drawn_cells

    _at_terminal(monkeypatch, 40)
    words = ("reflect cpd: no session titled "
             "“Huddle 👍🏽👍🏿 ok 🙌🏾🙌🏾 go 👋🏻👋🏻 yes 💪🏿💪🏿 now”")
    echo(words, err=True)
    said = capsys.readouterr().err
    assert " ".join(said.split()) == words
    assert max(map(drawn_cells, said.splitlines())) <= 40
