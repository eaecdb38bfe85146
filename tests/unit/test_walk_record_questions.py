"""Plain mode's CPD record finished inside the walk (walk/record_questions.py): what the
chosen record needs asked one plain question at a time, Enter skipping each, and saved as the
app's CPD dialog and cpd-fill save it. The walk ended asking a screen reader user to compose
`cpd-fill ID --why "YOUR WORDS"`, and never asked the NMC's Code themes (a trial)."""

from reflect.store.sessions import read_session, session_path
from reflect.walk.record_questions import numbers_typed, themes_typed
from tests.unit.test_walk import dirs_for, flat, run_at_terminal
from tests.unit.test_walk_record import SID, at_summary


def test_the_nmc_record_asks_the_codes_themes_and_how_each_relates(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """First the type of activity and why it is relevant, optional (F8 carries both into the
    NMC's account; the walk asked only for the themes), Enter skipping why."""
    at_summary(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "\n\n2\nAn invented peer session\n\n5\n3, prioritise people\n"
                                "I ask who's at home!\n\n", "--resume", SID)
    said = flat(out.out)
    assert code == 0
    assert "What type of CPD activity was it? Such as peer reflection; left empty, reflect " \
        "words it. Enter skips." in said
    assert "Saved for the record: “An invented peer session”." in said
    assert "Why is it relevant to your practice? Optional: the account gives it under the " \
        "nature of the activity. Enter skips." in said
    assert "cpd-fill" not in out.out and "YOUR WORDS" not in out.out
    assert "How is this relevant to the Code? The Code's themes: 1: Prioritise people" in said
    assert "“5” is not one of the Code's themes" in said
    assert "Chosen: Prioritise people; Preserve safety." in said
    assert "How does it relate to Prioritise people? Enter skips." in said
    assert "Saved for Prioritise people: “I ask who's at home!”." in said
    assert "Left for you to fill in: how it relates to Preserve safety. To answer it later" \
        in said
    assert f"reflect export {SID} --format nmc-docx" in out.out.splitlines()
    session, _ = read_session(session_path(sessions_dir, SID))
    assert session.cpd.themes == {"Prioritise people": "I ask who's at home!",
                                  "Preserve safety": ""}
    assert (session.cpd.activity_type, session.cpd.why_relevant) == (
        "An invented peer session", "")


def test_social_work_englands_record_asks_why_it_matters_then_the_standards(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Each is asked with its form's own words, said back once saved; Enter skips why."""
    at_summary(fictional_dir, sessions_dir, standards=[2])
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "\n\n\nseven\n4 and one\n", "--resume", SID)
    said = flat(out.out)
    assert code == 0
    assert "Why this is relevant to my practice? Why you chose this activity, and how it " \
        "relates to your role. Enter skips." in said
    assert "“seven” is not a standard's number: they are 1 to 6." in said
    assert "Chosen: 1: Promote the rights" in said and "; 4: Maintain my continuing" in said
    assert "Left for you to fill in: Why this is relevant to my practice. To answer it " \
        "later" in said
    assert f"reflect export {SID} --format swe-docx" in out.out.splitlines()
    session, _ = read_session(session_path(sessions_dir, SID))
    assert session.cpd.standards == [1, 2, 4] and session.cpd.why_relevant == ""


def test_numbers_and_themes_are_read_as_cpd_fill_reads_them() -> None:
    assert numbers_typed("2, 4 and six", 6) == ([2, 4, 6], "")
    assert numbers_typed("1 9", 6) == ([1], "9")
    assert themes_typed("3 1") == (["Preserve safety", "Prioritise people"], "")
    assert themes_typed("practice effectively; Promote professionalism and trust") == (
        ["Practise effectively", "Promote professionalism and trust"], "")
    assert themes_typed("kindness")[1] == "kindness"


def test_why_it_matters_is_typed_as_said_quotes_and_all(monkeypatch, capsys, fictional_dir,
                                                        sessions_dir):
    """For the account for any profession: a reply with an apostrophe and a `$`, the shell's
    hazards in `--why "YOUR WORDS"`, is saved as typed, said back, and nothing is left."""
    at_summary(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "\n\n3\nIt's my $job to ask \"who\".\n", "--resume", SID)
    said = flat(out.out)
    assert "Why it matters for my role? Why you chose it, and how it relates to your work." \
        in said
    assert "Saved for the record: “It's my $job to ask \"who\".”." in said
    assert "Left for you to fill in" not in said
    session, _ = read_session(session_path(sessions_dir, SID))
    assert session.cpd.why_relevant == "It's my $job to ask \"who\"."


def test_why_half_typed_at_a_stop_is_kept(monkeypatch, capsys, fictional_dir, sessions_dir):
    """Nothing lost: Ctrl+D after typing keeps the words, as Enter would, and says so."""
    from tests.unit.test_walk_half_typed import CTRL_D, walk_typing

    at_summary(fictional_dir, sessions_dir)
    code, said = walk_typing(monkeypatch, capsys, ["", "", "3", "I hold invented cases" + CTRL_D],
                             *dirs_for(fictional_dir, sessions_dir), "--resume", SID)
    assert "Stopped and saved. Kept as typed for your CPD record's “Why it matters for my " \
        "role”." in said
    session, _ = read_session(session_path(sessions_dir, SID))
    assert session.cpd.why_relevant == "I hold invented cases"
