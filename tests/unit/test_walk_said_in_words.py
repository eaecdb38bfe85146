"""Plain mode says what it did in words, not in brackets nor with "…": a screen reader user's
trial heard "bracket" at `(Saved.)`, `(Replaced what was there.)`, `(Added below what was
there.)` and every `y or n (Enter: n)`, and "ellipsis" where a sentence carried on was said
back cut. The app's screens keep their own forms."""

import re

from reflect.walk.actions import STATUS_ASKED
from reflect.walk.owners import NO_OWNER
from reflect.walk.spoken import (
    ENTER_SKIPS,
    IF_ANY,
    asked,
    enter_for,
    enter_keeps,
    yes_no_asked,
)
from reflect.walk.stored_said import stored_said, words_within
from reflect.walk.wording import KEEP
from tests.unit.test_walk import WHOLE, dirs_for, flat, last_month_in_the_shire, run_walk

BRACKETED = re.compile(r"[()\[\]…]")


def test_what_storing_did_is_said_in_words() -> None:
    assert stored_said("Old note", "= New note", "New note", False) == "Replaced what was there."
    assert stored_said("Old note", "A second thought", "Old note\n\nA second thought",
                       False) == "Added below what was there."
    assert stored_said("We had not asked about the", "+ More", "", True) == \
        "Added below what was there."
    typed = "father's role, which the invented school had asked about twice over the year"
    said = stored_said("We had not asked about the", typed, f"We had not asked about the {typed}",
                       True)
    assert said == ("Carried on. From a few words before, its start reads: asked about the "
                    "father's role, which the invented school had asked about")
    assert not BRACKETED.search(said)


def test_a_long_word_alone_is_cut_to_fit_with_no_ellipsis() -> None:
    assert words_within("short words", 60) == ("short words", False)
    assert words_within("a" * 70, 60) == ("a" * 59, True)


def test_a_prompts_asides_are_said_after_it_in_words() -> None:
    """A prompt's asides in brackets were read "left paren … right paren", nested ones twice
    (`x dropped (no longer needed) (Enter keeps it)`): one sentence after it now."""
    assert asked("Who owns it?", ENTER_SKIPS) == "Who owns it? Enter skips."
    assert asked("Facilitator", enter_for("Fay Example, as last time")) == \
        "Facilitator: Enter for Fay Example, as last time."
    assert asked("Action", "Enter when there are no more; 1 changes it") == \
        "Action: Enter when there are no more; 1 changes it."
    assert asked("Due when?", "type a date", enter_keeps("Friday 4 December 2026")) == \
        "Due when? Type a date; Enter keeps Friday 4 December 2026."
    assert asked("Now?", "o open, p in progress", enter_keeps()) == \
        "Now? o open, p in progress; Enter keeps it."  # (a key's letter as it is typed)
    assert asked(f"Team or service{IF_ANY}") == "Team or service, if any:"
    assert STATUS_ASKED == ("Now? o open, p in progress, d done, x dropped, no longer needed; "
                            "Enter keeps it.")
    assert not BRACKETED.search(NO_OWNER)


def test_every_y_or_n_says_what_enter_gives_in_words() -> None:
    assert yes_no_asked(False) == "y or n; Enter is n."
    assert yes_no_asked(True) == "y or n; Enter is y."
    assert KEEP == "Keep these answers under the new wording? y or n; Enter is n."


# A team's meeting after last month's: Ada here (y), the action in progress, notes typed, gone
# back to and replaced (=) and added to (+), points and a summary, an action agreed.
MEETING = ("\n"  # facilitator: as last time
           "y\n\n\n"  # Ada here, the teacher not; no one else
           "p\nNurse on leave\n\n"  # last time's action: in progress, a note, no new date
           "Invented intro note\n.\n"
           ".back\n= Invented intro, typed again\n.\n"  # back to it: replaced
           "\n\n\n"  # the other sections' notes skipped
           "An invented point @ada\n\nThe room agreed\n.\n"  # question 1
           "\n\n\n\n"  # questions 2 and 3
           "Ring the invented school\nada\nby March\n\n"  # an action
           "Invented action note\n.\n"
           ".back\n\n+ And more\n.\n"  # back from the summary to the notes: added below
           "Invented summary\n.\n")


def test_a_whole_meeting_says_nothing_in_brackets(monkeypatch, capsys, fictional_dir,
                                                   sessions_dir):
    last_month_in_the_shire(fictional_dir, sessions_dir)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), MEETING,
                         "child-zz", "--mode", "team", "--title", "Today",
                         "--team", "Invented Shire team", "--answer-last-time")
    assert code == 0
    lines = out.out.splitlines()
    for said in ("Saved.", "Replaced what was there.", "Added below what was there."):
        assert said in lines
    assert "Is Ada Example, Nurse, here? y or n; Enter is n." in lines
    # Nothing is said in brackets, nor cut with "…": not a remark, not a y or n's Enter, not
    # a prompt's aside (`Facilitator (Enter: Fay Example, as last time)`, `x dropped (no
    # longer needed) (Enter keeps it)`, `Who owns it? (Enter to skip)`, an owner's `(listed:
    # Ada Example)`), not the record's formats at the end
    assert not BRACKETED.findall(out.out)
    assert "Facilitator: Enter for Fay Example, as last time." in lines
    assert "Now? o open, p in progress, d done, x dropped, no longer needed; Enter keeps it." \
        in flat(out.out)
    assert "Who owns it? Enter skips." in lines


def test_a_whole_reflection_of_ones_own_says_nothing_in_brackets(monkeypatch, capsys,
                                                                  fictional_dir, sessions_dir):
    """`Team or service (optional)`, `Other thoughts (optional)`, the minutes' `(Enter: the 0
    min reflect measured)` and `(1 hour 30 minutes)` said back: in words. Only the words
    typed keep their brackets (`Intro note [bold]`, said back nowhere here)."""
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), WHOLE,
                         "child-zz")
    assert code == 0
    assert not BRACKETED.findall(out.out)
    said = flat(out.out)
    assert "Team or service, if any: " in out.out and "Other thoughts, if any:" in out.out
    assert "Minutes to log for your CPD, or hours and minutes such as 1h30: Enter for the " \
        in said
    assert "90 minutes, that is 1 hour 30 minutes, to log for CPD." in said
