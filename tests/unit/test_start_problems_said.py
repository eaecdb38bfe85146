"""How the start screen counts the files it could not read: "1 file(s) could not be read",
over a session file cut in half, read as a form letter (a trial)."""

from __future__ import annotations

from reflect.ui.screens.start_problems import problems_said

CUT = ("/invented/sessions/20261206-child-h-0000.toml: not valid TOML: the file looks cut "
       "short")


def test_one_file_is_one_file() -> None:
    said = problems_said([], [CUT])
    assert said.startswith("1 file could not be read; everything else works:")
    assert "(s)" not in said


def test_several_files_are_files() -> None:
    said = problems_said([], [CUT, CUT.replace("0000", "0001")])
    assert said.startswith("2 files could not be read; everything else works.")
    assert "(s)" not in said


def test_under_the_summary_the_count_is_not_said_again() -> None:
    """The summary line just above counts the files: the area said "1 file could not be
    read" in both (a trial)."""
    for problems in ([CUT], [CUT, CUT.replace("0000", "0001")]):
        said = problems_said([], problems, headed=True)
        assert "could not be read" not in said
        assert "Everything else works" in said


def test_a_mark_is_never_alone_on_its_line() -> None:
    """At 60 columns the "!" before a path too long to follow it sat alone on a line."""
    from reflect.wrapping import fitted

    for mark in "!⚠·":
        lines = fitted(f"  {mark} {CUT}", 40)
        assert lines[0].startswith(f"  {mark} /invented/"), lines
        assert all(line.startswith("    ") for line in lines[1:]), lines


def test_an_empty_list_of_sessions_says_none_could_be_read() -> None:
    """Every session file unreadable: the saved sessions' list said "No saved sessions yet",
    as if the meetings had never been saved (a facilitator's fresh-eyes trial)."""
    from reflect.ui.screens.start_problems import no_sessions_said

    assert no_sessions_said([], [CUT]) == \
        "No session to list: the session file could not be read (see below)."
    assert no_sessions_said([], [CUT, CUT.replace("0000", "0001"), CUT + " again"]) == \
        "No session to list: none of the 2 session files could be read (see below)."
    assert no_sessions_said([]).startswith("No saved sessions yet.")
