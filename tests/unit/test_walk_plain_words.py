"""Plain mode as a school's safeguarding lead met it (a trial): which review `'Child H'`
found was said only after the mode, title, team and name were asked; due words it could not
read were "not read as a date; kept as typed", with no word of what it reads; and the closing
"add what the notes do not hold (after --why: ...)" with a literal `--why ...` took two
reads."""

from __future__ import annotations

import shlex
from datetime import date

from reflect.model.dates import read_date
from reflect.store.sessions import list_sessions
from tests.command_line import run
from tests.unit.test_walk import WHOLE, dirs_for, flat, run_walk


def test_the_review_found_is_said_before_anything_is_asked(monkeypatch, capsys,
                                                          fictional_dir, sessions_dir):
    _, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                      "child-zz")  # the input ends at the first question: the mode
    assert out.out.startswith("Child ZZ: Practice exercise. 3 questions.\nTeam discussion or "
                              "individual reflection?"), out.out


def test_due_words_that_name_no_date_are_answered_with_dates_it_reads_and_plain_next_steps(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    script = WHOLE.replace("by March", "after half term")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz")
    assert code == 0
    said = flat(out.out)
    assert ("Not read as a date; kept as typed. Dates reflect reads: 31/1/2027, 31 Jan, first "
            "of February, mid Feb, end of March, Friday fortnight or in 2 weeks.") in said
    assert said.count("Dates reflect reads") == 1  # ("by March" elsewhere is read: not said)
    [entry] = list_sessions(sessions_dir).entries
    sid = entry.session.id
    assert entry.session.actions[0].due == "after half term"  # kept as typed, as before
    # The closing words: plain, and a --why whose words are plainly the person's to give
    assert "after --why" not in said and "--why ..." not in said
    assert ("Your CPD record. First say why this review matters for your work: run this with "
            "your own words in place of YOUR WORDS:") in said
    assert f'reflect cpd-fill {sid} --why "YOUR WORDS"' in out.out.splitlines()
    # Pasted as printed, it is refused, saying what goes in place of YOUR WORDS
    printed = next(line for line in out.out.splitlines() if "--why" in line)
    code, _, err = run(capsys, *shlex.split(printed)[1:],
                       *dirs_for(fictional_dir, sessions_dir))
    assert code == 1 and "--why \"YOUR WORDS\": YOUR WORDS only marks where your own words " \
        "go" in err, err
    assert list_sessions(sessions_dir).entries[0].session.cpd.why_relevant == ""
    assert "Then make the record, a Word file in the exports folder" in said


def test_each_example_given_is_read_as_a_date():
    from reflect.walk.due import READ_EXAMPLES

    today = date(2026, 12, 4)
    for words in READ_EXAMPLES:
        assert read_date(words, today) is not None, words


def test_walk_help_names_the_full_stop_as_the_walk_does(capsys) -> None:
    """`reflect walk --help` said "a line with only '.' ends an answer", read "tick dot tick"
    (a screen reader user's trial), after the walk's own words had become "a full stop alone
    on a line"."""
    import pytest

    with pytest.raises(SystemExit):
        run(capsys, "walk", "--help")
    said = flat(capsys.readouterr().out)
    assert "a full stop alone on a line ends an answer" in said and "'.'" not in said
