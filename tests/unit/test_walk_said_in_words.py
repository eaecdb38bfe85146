"""Plain mode says what it did in words, not in brackets nor with "…": a screen reader user's
trial heard "bracket" at `(Saved.)`, `(Replaced what was there.)`, `(Added below what was
there.)` and every `y or n (Enter: n)`, and "ellipsis" where a sentence carried on was said
back cut. The app's screens keep their own forms."""

import re

from reflect.walk.spoken import yes_no_asked
from reflect.walk.stored_said import stored_said, words_within
from reflect.walk.wording import KEEP
from tests.unit.test_walk import dirs_for, last_month_in_the_shire, run_walk

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
    # Nothing is said in brackets as a remark of its own, no y or n says Enter's answer in
    # them, and nothing is cut with "…" (the prompts' asides in brackets are not yet words)
    assert not [line for line in lines if line.startswith(("(", "["))]
    assert "y or n (" not in out.out and "(Enter: n)" not in out.out
    assert "…" not in out.out
