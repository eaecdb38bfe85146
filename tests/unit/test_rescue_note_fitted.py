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
