"""Plain mode's own words are read aloud by a screen reader: a symbol used as punctuation is
read by its name. A trial heard "right arrow" before due dates, owners and who said a point,
"middle dot" between the parts of a person added (`Added: name: … · role: …`) and "em dash"
before who said a point made (`Point made: … — pat example (HV)`). They are words and commas
now; the briefing's own text is quoted as it is, and the app's screens keep their symbols."""

from __future__ import annotations

from reflect.model.attribution import ANONYMOUS
from reflect.model.roles import how_read
from reflect.model.session import Participant, Point, Session
from reflect.walk.line import LineEditor, columns
from reflect.walk.point_change import point_said
from tests.unit.test_walk import WHOLE, dirs_for, flat, run_at_terminal, run_walk

READ_AS_NAMES = ("→", "·", "—", "✓", "✗", "½")
"""Symbols a screen reader reads by name ("right arrow", "middle dot", "em dash", …)."""

TEAM = ("Fay Example\nPat Example, HV, Invented Health\nSam Sample, Teacher\n\n"  # who is here
        "\n\n\n\n"  # four content steps
        "Plans drift @pat\nNo one in particular @zed\n@sam\n\nThe room agreed\n.\n"
        "\n\n\n\n"  # questions 2 and 3
        "Ring the school\nPat\n31/1/2031\nBook a room\n\nnot soon\n\n"  # two actions
        "Action notes\n.\nWent well\n.\n")


def test_a_team_walk_says_its_own_words_without_symbols(monkeypatch, capsys, fictional_dir,
                                                        sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, TEAM, "child-zz", "--mode", "team",
                         "--title", "T", "--team", "Team Blue")
    assert code == 0
    said = flat(out.out)
    assert [s for s in READ_AS_NAMES if s in said] == []
    assert "Added: name: Pat Example, role: HV, agency: Invented Health" in said
    assert "Said by Pat Example, HV, Invented Health." in said
    assert "Owner: “Pat”, as typed (listed: Pat Example)." in said
    assert "due Friday 31 January 2031" in said
    # carried on at the first question: the points made, and who said each, in words
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "6\n", "--resume", "T")
    said = flat(out.out)
    assert "Point made: Plans drift. Said by Pat Example, HV, Invented Health." in said
    assert [s for s in READ_AS_NAMES if s in said] == []


def test_a_reflection_says_its_own_words_without_symbols(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir):
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         WHOLE.replace("i\nOn the train\n", "i\n"), "child-zz",
                         "--title", "On the train")
    assert code == 0
    said = flat(out.out)
    assert [s for s in READ_AS_NAMES if s in said] == []
    assert "90 minutes (1 hour 30 minutes) to log for CPD." in said


def test_the_apps_box_keeps_its_middle_dot():
    person = Participant(name="Pat Example", role="HV")
    assert how_read(person) == "name: Pat Example · role: HV"


def test_a_point_is_said_in_sentences_without_brackets(review):
    """`Point made: Plans drift, said by Pat Example (HV)`: brackets read aloud, and no full
    stop, so the point ran on into the next line (a listener's trial)."""
    s = Session.start(review, "child-zz-20300101-0900", title="T", mode="team")
    pat = Participant(id="p1", name="Pat Example", role="HV", agency="Invented Health")
    s.participants.append(pat)
    assert point_said(s, Point(text="Plans drift", by=pat.id)) == \
        "Plans drift. Said by Pat Example, HV, Invented Health."
    assert point_said(s, Point(text="Why no visit?", by=pat.id)) == \
        "Why no visit? Said by Pat Example, HV, Invented Health."
    assert point_said(s, Point(text="Ask the GP", from_room=ANONYMOUS)) == \
        "Ask the GP. Sent from the room anonymously."
    assert point_said(s, Point(text="Ask the GP", from_room="Kim")) == \
        "Ask the GP. Sent from the room by Kim."
    assert point_said(s, Point(text="Ask the GP ")) == "Ask the GP."


def test_an_emoji_is_said_as_wide_as_it_was_wrapped(monkeypatch, capsys, fictional_dir,
                                                    sessions_dir):
    """The wrapping counted "👍🏽" as two cells and tmux drew four: a line said with one ran
    past the terminal's edge, folded mid-word. Said as the app draws it (`text.one_width`,
    its skin tone left out), it takes the two it was wrapped to; the session keeps it whole."""
    script = ("t\nT\nTeam Blue\nFay Example\nPat Example, HV\n\n" + "\n\n\n\n"
              + "Plans 👍🏽 drift @pat\n.change\n1\n.back\n\n\n" + "\n\n\n\n" + "\n\n\n")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz")
    assert code == 0
    assert "Point 1: Plans 👍 drift. Said by Pat Example, HV." in flat(out.out)
    assert not [c for c in out.out if "\U0001F3FB" <= c <= "\U0001F3FF"]
    [saved] = [p.read_text(encoding="utf-8") for p in sessions_dir.glob("*.toml")]
    assert "Plans 👍🏽 drift" in saved


def test_backspace_over_an_emojis_skin_tone_erases_no_column():
    """Echoed without its skin tone, as the walk says it, "🏽" takes no column: erased, it
    erased two of the emoji's (or of the prompt's) from view."""
    assert columns("👍🏽") == columns("👍") == 2
    editor, shown = LineEditor(), []
    editor.feed("Ok 👍🏽" + "\x7f" * 2 + "\n")
    assert editor.take(shown.append) == "Ok \n"
    assert "🏽" not in "".join(shown) and "".join(shown).count("\b \b") == 2
