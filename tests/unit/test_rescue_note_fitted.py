"""The note printed on the way out of a session whose words were kept elsewhere is fitted to
the terminal, never broken inside a word or a path (ui/way_out.py: `fitted_note`)."""

import io

from reflect.ui.way_out import fitted_note

PATH = "/tmp/invented-home/reflect-copy-20261205-child-zz-0000abcd-20261205-061908.toml"
NOTE = (f"reflect: the session's file was changed by another program; every edit made here is "
        f"kept in {PATH}. They differ: the title is “Renamed by the invented lead” in the file.")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_note_is_broken_between_words_and_paths(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    lines = fitted_note(NOTE, Terminal()).splitlines()
    assert len(lines) > 1 and all(len(line) <= 100 for line in lines)
    assert any(PATH in line for line in lines)  # whole, on one line
    assert " ".join(" ".join(lines).split()) == " ".join(NOTE.split())  # no word lost or cut


def test_piped_the_note_is_left_as_it_is(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    assert fitted_note(NOTE, io.StringIO()) == NOTE
    assert fitted_note(NOTE, None) == NOTE


def test_the_restore_command_is_on_lines_of_its_own_to_be_pasted(monkeypatch) -> None:
    """`reflect restore COPY`, said on quitting, wrapped across rows at 80 columns with the
    words around it (a trial): it is whole on one line where it fits, else on lines of its
    own without its backticks, broken at its spaces only, " \\" ending each line but its
    last."""
    from reflect.commands import program

    restore = f"{program()} restore {PATH}"
    resume = f"{program()} walk --resume {PATH}"
    note = (f"reflect: could not save: Permission denied; a copy of the session holding every "
            f"edit is in {PATH}. Once the sessions folder can be written, opening the session "
            f"in reflect offers to carry on from it (`{restore}` does the same); `{resume}` "
            "carries on from it now.")
    for columns in (60, 80, 200):
        monkeypatch.setenv("COLUMNS", str(columns))
        lines = fitted_note(note, Terminal()).splitlines()
        run = [line.removesuffix(" \\") for line in lines]
        for command in (restore, resume):
            if len(command) + 2 <= columns:
                assert any(f"`{command}`" in line for line in lines), lines  # unbroken
            else:
                start = " ".join(command.split()[:2])
                first = next(i for i, line in enumerate(lines) if line.startswith(start))
                assert lines[first].endswith(" \\") and PATH in [r.strip() for r in run]
