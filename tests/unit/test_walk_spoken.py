"""Plain mode's own words are read aloud by a screen reader: a symbol used as punctuation is
read by its name. A trial heard "right arrow" before due dates, owners and who said a point,
"middle dot" between the parts of a person added (`Added: name: … · role: …`) and "em dash"
before who said a point made (`Point made: … — pat example (HV)`). They are words and commas
now; the briefing's own text is quoted as it is, and the app's screens keep their symbols."""

from __future__ import annotations

import unicodedata

from rich.cells import cell_len

from reflect.model.attribution import ANONYMOUS
from reflect.model.roles import how_read
from reflect.model.session import Participant, Point, Session
from reflect.text import SKIN_TONES
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
    assert "Owner: “Pat”, as typed; the names listed: Pat Example." in said
    assert "Due Friday 31 January 2031." in said
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
    assert "90 minutes, that is 1 hour 30 minutes, to log for CPD." in said


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


def drawn_cells(line):
    """The cells tmux 3.3a draws `line` in: an emoji's skin tone two more than Rich counts."""
    return cell_len(line) + 2 * len(SKIN_TONES.findall(line))


def test_an_emojis_skin_tone_is_said_and_counted_as_drawn(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir):
    """Said without its skin tone (as the app draws it), "👍🏽" was heard as "thumbs up": a
    colleague's words changed. Said whole, each tone is counted as the two cells tmux draws,
    so a line with several is wrapped within the terminal's width (Rich counts none: a line
    said with one ran past the edge, folded mid-word)."""
    point = "Plans 👍🏽 drift 👍🏿👍🏿 ok 👋🏻 go 🙌🏾🙌🏾 visits 👍🏽 yes 💪🏿💪🏿 now " * 3
    script = ("t\nT\nTeam Blue\nFay Example\nPat Example, HV\n\n" + "\n\n\n\n"
              + f"{point}@pat\n.change\n1\n.back\n\n\n" + "\n\n\n\n" + "\n\n\n")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz")
    assert code == 0
    said = out.out.split("Point 1: ")[1].split("Which point")[0]
    assert flat(said) == f"{point.strip()}. Said by Pat Example, HV."  # the tones said
    assert max(map(drawn_cells, said.splitlines())) <= 80
    assert max(map(cell_len, said.splitlines())) <= 70  # (Rich's count would fill lines)
    [saved] = [p.read_text(encoding="utf-8") for p in sessions_dir.glob("*.toml")]
    assert point.strip() in saved


def on_screen(echoed):
    """The line `echoed` leaves on screen as tmux 3.3a draws it: a wide character (an emoji,
    its skin tone too) two cells, "\\b" a cell back, a character written over either cell
    of a wide one blanking both."""
    cells: list[str] = []  # a character, "" for the second cell of a wide one, or " "
    at = 0
    for c in echoed:
        if c == "\b":
            at -= 1
            continue
        wide = 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        cells += [" "] * (at + wide + 1 - len(cells))
        for n in range(at, at + wide):
            if cells[n] == "":
                cells[n - 1] = " "
            elif cells[n + 1] == "":
                cells[n + 1] = " "
        cells[at:at + wide] = [c] + [""] * (wide - 1)
        at += wide
    return "".join(cells).rstrip()


def test_backspace_over_an_emojis_skin_tone_leaves_the_line_on_screen_as_held():
    """The tone is echoed as typed, and tmux draws it two cells wide: Backspace over it
    erases those two, and over the emoji two more, the screen showing what the line holds
    (echoed without its tone, "👍🏽" was on screen as "👍")."""
    assert columns("👍🏽") == 4
    editor, shown = LineEditor(), []
    for typed, held in (("Ok 👍🏽", "Ok 👍🏽"), ("\x7f", "Ok 👍"), ("🏿!", "Ok 👍🏿!"),
                        ("\x7f" * 2, "Ok 👍"), ("\x7f", "Ok ")):
        editor.feed(typed)
        assert editor.take(shown.append) is None
        assert editor.line == held and on_screen("".join(shown)) == held.rstrip()
