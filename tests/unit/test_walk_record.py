"""Plain mode's CPD record at the end (walk/record.py): the record remembered, or the one the
session's CPD choices are for, else, in a reflection of one's own at a terminal, asked once
and remembered as the app's export dialog remembers it. It named the record for any
profession to everyone, a social worker's or a nurse's to be typed in by hand (a trial)."""

import tomllib

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.store.settings import settings_path
from reflect.walk.record import spoken
from tests.unit.test_walk import dirs_for, flat, run_at_terminal, run_walk

SID = "20260101-child-zz-00000365"


def at_summary(fictional_dir, sessions_dir, mode="individual", standards=()) -> None:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SID, mode=mode, title="Mine", current_step="summary",
                      facilitator="Sam Sample")
    s.answer("zz-first").what = "An invented answer"
    s.cpd.standards = list(standards)
    save_session(sessions_dir, s)


def test_a_reflection_at_a_terminal_is_asked_which_record_once_and_it_is_remembered(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    at_summary(fictional_dir, sessions_dir)
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n\nnurse\n2\n", "--resume", SID)
    said = flat(out.out)
    assert code == 0
    assert "Which CPD record do you keep? 1: Social Work England's CPD record, for social " \
        "workers; 2: the NMC's reflective account and CPD log entry, for nurses, midwives " \
        "and nursing associates; 3: the reflective account for any profession" in said
    assert "“nurse” is not a number from 1 to 3: 1 Social Work England's, 2 the NMC's, 3 " \
        "for any profession. Type 1 to 3: Enter for 3." in said
    assert "NMC reflective account and CPD log entry, a Word file, remembered" in said
    assert f"reflect export {SID} --format nmc-docx" in out.out.splitlines()
    kept = tomllib.loads(settings_path().read_text())["last_export"]["individual"]
    assert kept == {"format": "nmc-docx", "chosen_for": ""}  # as the app's dialog reads it
    # the next walk is not asked: the record remembered is named, and said so
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n\n", "--resume", SID)
    said = flat(out.out)
    assert "Which CPD record" not in said
    assert "Your CPD record. NMC reflective account and CPD log entry, a Word file, the " \
        "record chosen last time. What type of CPD activity was it?" in said  # (before its
    # questions: which record they are for)
    assert f"reflect export {SID} --format nmc-docx" in out.out.splitlines()


def test_the_record_the_app_remembers_or_the_choices_are_for_is_named_unasked(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    settings_path().write_text('[last_export.individual]\nformat = "swe-pdf"\n'
                               'chosen_for = ""\n\n[last_export.team]\nformat = "txt"\n')
    at_summary(fictional_dir, sessions_dir)
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n\n", "--resume", SID)
    assert "Which CPD record" not in out.out
    assert f"reflect export {SID} --format swe-pdf" in out.out.splitlines()
    settings_path().unlink()
    at_summary(fictional_dir, sessions_dir, standards=[1])  # a standard chosen (F8, cpd-fill)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n\n", "--resume", SID)
    assert "Social Work England CPD record, a Word file, the record your CPD choices are for" \
        in flat(out.out)
    assert f"reflect export {SID} --format swe-docx" in out.out.splitlines()


def test_a_team_or_a_script_is_not_asked(monkeypatch, capsys, fictional_dir, sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    for mode, run in (("team", run_at_terminal), ("individual", run_walk)):
        at_summary(fictional_dir, sessions_dir, mode)
        code, out = run(monkeypatch, capsys, dirs, "\n\n", "--resume", SID)
        assert "Which CPD record" not in out.out
        assert "cpd-docx suits any profession; social workers: swe-docx" in flat(out.out)
        assert f"reflect export {SID} --format cpd-docx" in out.out.splitlines()
    assert not settings_path().exists()


def test_a_record_is_spoken_without_its_brackets() -> None:
    assert spoken("cpd-docx") == "CPD reflective account, any profession, a Word file"


def test_a_team_is_not_named_the_record_remembered_from_a_reflection(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """The record chosen at the end of someone's own reflection was named to the team's
    facilitator on the same computer at the end of the team's walk, as theirs (a trial)."""
    settings_path().write_text('[last_export.individual]\nformat = "swe-pdf"\n'
                               'chosen_for = ""\n')
    at_summary(fictional_dir, sessions_dir, "team")
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "\n\n", "--resume", SID)
    assert "swe-pdf" not in out.out and "the record chosen last time" not in out.out
    assert "cpd-docx suits any profession; social workers: swe-docx" in flat(out.out)
    assert f"reflect export {SID} --format cpd-docx" in out.out.splitlines()


def test_a_record_is_chosen_by_its_number_in_words(monkeypatch, capsys, fictional_dir,
                                                   sessions_dir):
    """`two` was refused, though the minutes question takes `twenty` (a screen reader
    trial); `a` and `zero` are still no record's number."""
    at_summary(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "\n\na\nzero\n Two \n", "--resume", SID)
    said = flat(out.out)
    assert code == 0
    assert "“a” is not a number from 1 to 3" in said
    assert "“zero” is not a number from 1 to 3" in said
    assert f"reflect export {SID} --format nmc-docx" in out.out.splitlines()
