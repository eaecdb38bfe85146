"""`.back` into a section of the briefing asks its notes at once, naming it, and `.read` reads
it again: a screen reader user going back to mend a note heard the whole section read again
before its notes prompt (a trial)."""

from tests.unit.test_walk import dirs_for, flat, run_at_terminal, run_walk
from tests.unit.test_walk_back_next import only_session

BACK = "Back at the notes on Recommendations. .read alone reads the section again; .back " \
    "again goes to the step before."
SECTION = "Hold meetings sooner."  # (the Recommendations section's words)


def test_back_into_a_section_asks_its_notes_at_once_and_read_reads_it_again(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    text = ("i\nMine\n\n" + "\n" * 3  # a reflection; the first three sections' notes
            + "Meetings were late.\n.\n"  # Recommendations' notes
            + ".back\n"  # Question 1's What?: back to Recommendations
            + "=Meetings were held late.\n.\n"  # its notes mended, at once
            + ".back\n"  # Question 1's What? again: back once more
            + ".read\n"  # the section read again, then its notes
            + "\n")  # kept by Enter: on to Question 1
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), text,
                         "child-zz", "--name", "Pat Example")
    assert code == 0
    first, back, again = flat(out.out).split(BACK)  # (not the step headings: reworded)
    assert first.count(SECTION) == 1
    back = back.split("What would you do first?")[0]
    assert back.startswith(" So far: Meetings were late. Notes on this section:")
    assert SECTION not in back and "Content note" not in back
    assert "Replaced what was there." in back
    again = again.split("What would you do first?")[0]
    assert again.startswith(" So far: Meetings were held late.")
    read_again = again.split("Notes on this section:", 1)[1]  # (.read typed there)
    assert SECTION in read_again and "So far: Meetings were held late." in read_again
    assert only_session(sessions_dir).notes["recommendations"] == "Meetings were held late."


def test_back_into_the_introduction_at_a_terminal_does_not_pause_for_the_case_details(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """The pause before the case details (Enter reads them, s skips) is for the way forward;
    gone back to, the introduction's notes are asked at once, as any section's."""
    text = "i\nMine\n\n\nIntro notes.\n.\n.back\n\n"  # (Enter: read; notes; back from step 2)
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                text, "child-zz", "--name", "Pat Example")
    assert code == 0
    said = flat(out.out)
    back = said.split("Back at the notes on Introduction and context. .read alone reads")[1]
    assert "case details" not in back and "invented child" not in back
    assert said.count("invented child") == 1 and said.count("the case details") == 1
    assert only_session(sessions_dir).notes["intro"] == "Intro notes."


def test_the_content_note_waits_for_the_sections_words(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Carried on at a question and gone back to a section, no briefing's words are read
    until `.read`: the content note comes before them, not before the notes prompt."""
    from tests.unit.test_walk_carry_on import SID, saved_at_question_1

    saved_at_question_1(fictional_dir, sessions_dir, "")
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "5\n.back\n.read\n\n", "--resume", SID)
    assert code == 0
    before, back = flat(out.out).split(BACK)
    assert "Content note:" not in before and SECTION not in before
    assert back.index("Notes on this section:") < back.index("Content note:") < back.index(SECTION)
    assert back.count("Content note:") == 1
