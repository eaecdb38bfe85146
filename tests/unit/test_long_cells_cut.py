"""Words of many lines are cut in the session's tables and the points list, not shown whole:
5,000 characters typed as a due date took hundreds of the table's lines, and as an action's
words, its owner, a person's name or a point they still did (trials). Each column shows its
`ACTION_LINES` / `PEOPLE_LINES` lines at most, a point `POINT_LINES`, the last ending "…";
the file, the line under the table and the form keep the words whole. All text invented."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from reflect.model.due import due_cell
from reflect.model.session import Participant
from reflect.ui.widgets import cell_fit
from reflect.ui.widgets.cell_fit import wrap_words
from reflect.ui.widgets.hanging import HangingLabel
from reflect.ui.widgets.people_rows import columns
from reflect.ui.widgets.points_panel import POINT_LINES
from reflect.ui.widgets.tables import ACTION_LINES, PEOPLE_LINES, action_columns, wrapped

LONG = "when the pretend audit of Example Town closes " * 110  # (some 5,000 characters)


def test_words_over_the_most_lines_are_cut_with_an_ellipsis() -> None:
    lines = wrap_words(LONG, 11, most=3)
    assert len(lines) == 3
    assert lines[-1].endswith("…") and all(len(line) <= 11 for line in lines)
    assert lines[:2] == wrap_words(LONG, 11)[:2]


def test_words_within_the_most_lines_are_shown_whole() -> None:
    assert wrap_words("? 31/02/2026", 11, most=3) == ["?", "31/02/2026"]
    assert wrap_words("one two three", 5, most=3) == ["one", "two", "three"]
    assert wrap_words(LONG, 11) == wrap_words(LONG, 11, most=0)  # (0: every line)


def test_what_owner_and_due_in_the_actions_tables_are_cut() -> None:
    """What, Owner and Due (last time's table has the same columns) each on its lines at
    most, What on the most; the status and the recommendation are on one line already."""
    labels = [column[0] for column in action_columns("Owner", "From")]
    assert {labels[n] for n in ACTION_LINES} == {"What", "Owner", "Due"}
    assert ACTION_LINES[1] == max(ACTION_LINES.values())
    for n, most in ACTION_LINES.items():
        cell = due_cell(LONG, None) if labels[n] == "Due" else LONG
        shown = str(wrapped(cell, 17, most=most)).split("\n")
        assert len(shown) == most and shown[-1].endswith("…"), labels[n]
    assert str(wrapped("Share the invented briefing", 17, most=ACTION_LINES[1])) == \
        "Share the\ninvented briefing"  # (short words: whole, as before)


def test_name_role_and_agency_on_who_is_here_are_cut() -> None:
    person = Participant(name=LONG, role=LONG, agency=LONG)
    labels = [column[0] for column in columns([person])]
    assert {labels[n] for n in PEOPLE_LINES} == {"Name", "Role", "Agency"}
    for n, most in PEOPLE_LINES.items():
        shown = str(wrapped(LONG, 15, most=most)).split("\n")
        assert len(shown) == most and shown[-1].endswith("…"), labels[n]


def test_a_word_of_5000_characters_is_broken_in_one_pass(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A pasted owner with no space: its pieces were found by cutting it shorter a character
    at a time from its end, some million widths measured (8 s), and the session took that
    long to open (a trial)."""
    calls = [0]
    measure = cell_fit.cell_len

    def counted(text: str) -> int:
        calls[0] += 1
        return measure(text)

    monkeypatch.setattr(cell_fit, "cell_len", counted)
    lines = wrap_words("y" * 5000, 17, most=3)
    assert lines[:2] == ["y" * 17, "y" * 17] and len(lines) == 3
    assert lines[2].endswith("y…") and len(lines[2]) <= 17
    assert calls[0] < 1000, calls[0]
    assert wrap_words("Robin Madeup-Sample", 7) == ["Robin", "Madeup-", "Sample"]
    assert wrap_words("漢字漢字漢字", 5) == ["漢字", "漢字", "漢字"]  # (two columns each)


def rendered(label: HangingLabel, width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(label)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_a_long_point_is_cut_before_who_said_it() -> None:
    said_by = Text(" — Sam Sample (nurse)", style="italic")
    label = HangingLabel(Text("2. "), Text(LONG), one_line_below=0, cut_long_words=False,
                         tail=said_by, most_lines=POINT_LINES)
    lines = rendered(label, 50)
    assert len(lines) == POINT_LINES
    assert lines[0].startswith("2. when the pretend") and lines[1].startswith("   ")
    assert lines[-1].endswith("… — Sam Sample (nurse)") and len(lines[-1]) <= 50
    short = HangingLabel(Text("1. "), Text("A short invented point"), one_line_below=0,
                         cut_long_words=False, tail=said_by, most_lines=POINT_LINES)
    assert rendered(short, 50) == ["1. A short invented point — Sam Sample (nurse)"]


def test_a_long_word_of_a_point_is_cut_too() -> None:
    label = HangingLabel(Text("1. "), Text("z" * 5000), one_line_below=0,
                         cut_long_words=False, most_lines=POINT_LINES)
    lines = rendered(label, 40)
    assert len(lines) == POINT_LINES and lines[-1].endswith("z…")
