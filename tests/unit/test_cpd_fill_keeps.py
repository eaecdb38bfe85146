"""`reflect cpd-fill` keeps what was chosen and typed (in the app, F8, or by an earlier
cpd-fill) unless the person chooses to drop it, and says what each option changed: a health
visitor's `--theme "Preserve safety"` dropped the two themes she had ticked in the app, and
the how she had typed for one, without a word (g129's trial). And the export command it
prints works as printed, an earlier export there or not."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from reflect.model.cpd import CpdChoices
from reflect.model.session import Session
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from tests.command_line import run
from tests.cpd_folder import invented_review

TYPED = "I keep a note of every adult in the invented home."


@pytest.fixture
def chosen(fictional_dir: Path, sessions_dir: Path) -> Session:
    """A reflection with two Code themes ticked in the app, a how typed for the second, a
    standard and why it is relevant."""
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                      mode="individual", title="Invented home visit", facilitator="Hana Example")
    s.answer("zz-first").what = "The invented lodger was never asked about."
    s.cpd = CpdChoices(themes={"Prioritise people": "", "Practise effectively": TYPED},
                       standards=[2], why_relevant="I visit invented families.")
    save_session(sessions_dir, s)
    return s


def saved(sessions_dir: Path, s: Session) -> CpdChoices:
    return load_session(session_path(sessions_dir, s.id)).cpd


def test_a_theme_given_is_added_to_those_chosen_each_keeping_its_how(capsys, dirs, chosen,
                                                                     sessions_dir):
    code, out, err = run(capsys, "cpd-fill", chosen.id, "--theme", "Preserve safety", *dirs)
    assert code == 0, err
    assert saved(sessions_dir, chosen).themes == {
        "Prioritise people": "", "Practise effectively": TYPED, "Preserve safety": ""}
    assert out.startswith("Changed: Code theme added: Preserve safety (how not given: "
                          "--theme \"Preserve safety=HOW\" gives it)\n\nSession: ")
    assert f"Code themes: Prioritise people: (how not given); Practise effectively: {TYPED}; " \
           "Preserve safety: (how not given)\n" in out
    code, out, _ = run(capsys, "cpd-fill", chosen.id, "--theme", "2", "--standard", "3", *dirs)
    assert code == 0 and saved(sessions_dir, chosen).themes["Practise effectively"] == TYPED
    assert saved(sessions_dir, chosen).standards == [2, 3]  # added to, as the themes are
    assert out.startswith("Changed: Standard added: 3 Be accountable")
    assert f"\nCode theme Practise effectively was chosen already; its how is kept: {TYPED}\n" \
        in out


def test_what_an_option_replaces_or_removes_is_said_word_for_word(capsys, dirs, chosen,
                                                                   sessions_dir):
    code, out, err = run(capsys, "cpd-fill", chosen.id,
                         "--theme", "Practise effectively=I ask who else lives there.",
                         "--theme", "Prioritise people=I listen first.",
                         "--why", "I lead invented home visits.", "--minutes", "45", *dirs)
    assert code == 0, err
    assert saved(sessions_dir, chosen).themes == {
        "Prioritise people": "I listen first.",
        "Practise effectively": "I ask who else lives there."}
    assert out.startswith(
        f"Changed: How for Code theme Practise effectively: replaced; it was: {TYPED}\n"
        "Changed: How for Code theme Prioritise people: given: I listen first.\n"
        "Changed: Why relevant to my practice: replaced; it was: I visit invented families.\n"
        "Changed: Time logged for CPD: now 45 minutes; it was none measured (the records leave")
    code, out, err = run(capsys, "cpd-fill", chosen.id, "--remove-theme", "practise effectively",
                         "--remove-standard", "all", "--why", "", *dirs)
    assert code == 0, err
    c = saved(sessions_dir, chosen)
    assert c.themes == {"Prioritise people": "I listen first."} and c.standards == []
    assert out.startswith(
        "Changed: Standard removed: 2 Establish and maintain the trust and confidence of "
        "people\nChanged: Code theme removed: Practise effectively; its how was: I ask who "
        "else lives there.\nChanged: Why relevant to my practice: cleared; it was: I lead "
        "invented home visits.\n")
    code, out, _ = run(capsys, "cpd-fill", chosen.id, "--remove-theme", "all", *dirs)
    assert code == 0 and saved(sessions_dir, chosen).themes == {}
    assert out.startswith("Changed: Code theme removed: Prioritise people; its how was: I "
                          "listen first.\n\n")


def test_nothing_to_change_is_said_and_nothing_saved(capsys, dirs, chosen, sessions_dir):
    before = session_path(sessions_dir, chosen.id).read_bytes()
    code, out, _ = run(capsys, "cpd-fill", chosen.id, "--remove-theme", "Preserve safety",
                       "--standard", "2", "--why", "I visit invented families.", *dirs)
    assert code == 0 and session_path(sessions_dir, chosen.id).read_bytes() == before
    assert out.startswith("Standard 2 was chosen already.\nCode theme Preserve safety was not "
                          "chosen: nothing to remove.\nNothing changed.\n\nSession: ")
    assert "Saved to" not in out and "export" not in out


@pytest.mark.parametrize("options,message", [
    (["--theme", "3", "--remove-theme", "Preserve safety"],
     "--theme and --remove-theme both name Preserve safety: give one"),
    (["--theme", "3=one way", "--theme", "3=another"],
     "--theme gives Preserve safety two different hows: give it once"),
    (["--standard", "1", "--remove-standard", "1"],
     "--standard and --remove-standard both name 1: give one"),
])
def test_options_that_contradict_each_other_change_nothing(capsys, dirs, chosen, sessions_dir,
                                                           options, message):
    before = session_path(sessions_dir, chosen.id).read_bytes()
    code, out, err = run(capsys, "cpd-fill", chosen.id, *options, *dirs)
    assert code == 1 and out == "" and message in err and "Nothing was changed." in err
    assert session_path(sessions_dir, chosen.id).read_bytes() == before


@pytest.mark.parametrize("bad,message", [
    (["--remove-theme", "Be nice"], "'Be nice' is not a theme of the Code; give one of: "),
    (["--remove-standard", "9"], "'9': give a standard's number, 1 to 6, or all"),
])
def test_a_bad_removal_is_refused_by_name(capsys, dirs, chosen, bad, message):
    with pytest.raises(SystemExit) as stop:
        run(capsys, "cpd-fill", chosen.id, *bad, *dirs)
    assert stop.value.code == 2 and message in capsys.readouterr().err


def test_the_help_says_theme_and_standard_add(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "cpd-fill", "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "--theme and --standard add to those already chosen (in the app too)" in text
    assert "Options given replace what was set" not in text
    assert "--remove-theme THEME take a Code theme away, and its how" in text


def test_the_export_command_printed_works_as_printed(capsys, dirs, chosen, sessions_dir):
    """After an earlier export, `export … --format cpd-docx` as printed failed: "it already
    exists (add --force to replace it)" (g129's trial)."""
    code, out, _ = run(capsys, "cpd-fill", chosen.id, "--minutes", "40", *dirs)
    printed = out.splitlines()[-1]
    assert code == 0 and printed.endswith(f"export {' '.join(dirs)} {chosen.id} --format "
                                          "cpd-docx")
    code, out, err = run(capsys, *shlex.split(printed)[1:])
    record = sessions_dir / "exports" / f"{chosen.id}.cpd.docx"
    assert code == 0 and out == f"CPD record written to {record}\n", err
    code, out, _ = run(capsys, "cpd-fill", chosen.id, "--theme", "Preserve safety", *dirs)
    printed = out.splitlines()[-1]
    assert printed.endswith(f"{chosen.id} --format cpd-docx --force")
    assert (f"An earlier export of this record is there, {record.name}: --force replaces it "
            "with one that has these choices (anything changed in that file since it was "
            "written would be lost; -o FILE writes to another name instead):\n") in out
    code, out, err = run(capsys, *shlex.split(printed)[1:])
    assert code == 0 and out == f"CPD record written to {record}\n", err


@pytest.mark.parametrize("options,message", [
    (["--why", "YOUR WORDS"], "--why \"YOUR WORDS\": YOUR WORDS only marks where your own "
                              "words go. Put why this review matters for your work in its "
                              "place, in the quotes."),
    (["--why", " your  words "], "Put why this review matters for your work in its place"),
    (["--activity", "“YOUR WORDS”"], "Put the type of CPD activity in its place"),
    (["--method", "YOUR WORDS", "--why", "I visit invented families weekly."],
     "Put the CPD method for your NMC log in its place"),
    (["--theme", "Preserve safety=HOW"], "--theme \"Preserve safety=HOW\": HOW only marks "
                                         "where your own words go. Put how this review "
                                         "relates to Preserve safety in its place (after the =)."),
    (["--theme", "1=YOUR WORDS"], "relates to Prioritise people in its place"),
])
def test_a_placeholder_pasted_unchanged_is_refused_naming_the_option(
        capsys, dirs, chosen, sessions_dir, options, message):
    """Plain mode prints `cpd-fill SESSION --why "YOUR WORDS"`; pasted as printed, it saved
    the words "YOUR WORDS" as why the review was relevant, and the record said so. A
    placeholder is refused, saying what to put in its place, and nothing is changed."""
    before = session_path(sessions_dir, chosen.id).read_bytes()
    code, out, err = run(capsys, "cpd-fill", chosen.id, *options, *dirs)
    assert code == 1 and out == "" and message in err and "Nothing was changed." in err, err
    assert session_path(sessions_dir, chosen.id).read_bytes() == before


def test_words_that_hold_the_placeholder_among_others_are_kept(capsys, dirs, chosen,
                                                               sessions_dir):
    code, _, err = run(capsys, "cpd-fill", chosen.id, "--why", "In YOUR WORDS, they said.",
                       "--theme", "3=How I ask", *dirs)
    assert code == 0, err
    assert saved(sessions_dir, chosen).why_relevant == "In YOUR WORDS, they said."
    assert saved(sessions_dir, chosen).themes["Preserve safety"] == "How I ask"


def test_the_record_remembered_is_the_one_suggested_and_its_own_choices_named(
        capsys, dirs, fictional_dir, sessions_dir):
    """A walk chose the NMC's record and said it was remembered; cpd-fill then said "For a
    regulator's record, nothing is chosen" and suggested cpd-docx (a screen reader trial)."""
    from reflect.store.settings import settings_path

    settings_path().write_text('[last_export.individual]\nformat = "nmc-docx"\n'
                               'chosen_for = ""\n')
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                      mode="individual", title="Invented visit", facilitator="Hana Example")
    save_session(sessions_dir, s)
    code, out, err = run(capsys, "cpd-fill", s.id, "--why", TYPED, *dirs)
    assert code == 0, err
    assert "For the NMC's record, chosen last time, nothing of its own is chosen yet: " \
        "--theme \"THEME=HOW\" (1 to 4), --participatory, --method." in out
    assert out.rstrip().endswith(f" {s.id} --format nmc-docx")
