"""Who said a point, from "@" and letters at its end (model.attribution)."""

from __future__ import annotations

import pytest

from reflect.model.attribution import attribute
from reflect.model.session import Participant

PEOPLE = [Participant(id="p1", name="Ann Example", role="Social worker", agency="Invented CSC"),
          Participant(id="p2", name="Bob Sample-Jones", role="Health visitor",
                      agency="Invented Trust"),
          Participant(id="p3", name="", role="Social work manager", agency="Invented CSC")]


@pytest.mark.parametrize("typed, text, by", [
    ("Ring the school @ann", "Ring the school", "p1"),
    ("Ring the school @Ann Example", "Ring the school", "p1"),      # a full name
    ("Ring the school @Bob Sample-Jones ", "Ring the school", "p2"),
    ("Ring the school @health visitor", "Ring the school", "p2"),    # a two-word role
    ("Ring the school @social worker", "Ring the school", "p1"),
    ("Ring the school @soc work man", "Ring the school", "p3"),      # three words' beginnings
    ("Ring @bob first, then @ann", "Ring @bob first, then", "p1"),   # the last "@" counts
    ("Write to duty@council.invalid", "Write to duty@council.invalid", ""),  # an address
    ("@ann", "@ann", ""),                                            # nothing left to say
    # the sentence's own punctuation after the name is not the name's ("@Ann." matched
    # nobody); a full stop, ! or ? stays with the point
    ("Fathers should be named on the form @Ann.", "Fathers should be named on the form.",
     "p1"),
    ("Ring the school @bob!", "Ring the school!", "p2"),
    ("Ring the school @health visitor,", "Ring the school", "p2"),
    ("Ring the school @Zed.", "Ring the school @Zed.", ""),           # still nobody: as typed
])
def test_the_words_after_the_last_at_say_who(typed: str, text: str, by: str) -> None:
    said = attribute(typed, PEOPLE)
    assert (said.text, said.by) == (text, by)


def test_several_or_nobody_leave_the_point_as_typed_and_say_why() -> None:
    several = attribute("Ring the school @invented csc", PEOPLE)
    assert (several.by, {p.id for p in several.ambiguous}) == ("", {"p1", "p3"})
    nobody = attribute("Ring the school @Cara Example", PEOPLE)
    assert (nobody.text, nobody.by, nobody.unmatched) == (
        "Ring the school @Cara Example", "", "Cara Example")
    words = attribute("Ring the school @ann and then more words", PEOPLE)
    assert (words.by, words.unmatched) == ("", "")  # not at the end: an ordinary "@"


def test_who_can_have_said_it_is_those_here_else_everyone_listed() -> None:
    """One rule for the points pane and plain mode (it was written out in both)."""
    from reflect.model.attribution import candidates

    here = [p.model_copy(update={"attended": p.id != "p2"}) for p in PEOPLE]
    assert [p.id for p in candidates(here)] == ["p1", "p3"]
    nobody_marked = [p.model_copy(update={"attended": False}) for p in PEOPLE]
    assert [p.id for p in candidates(nobody_marked)] == ["p1", "p2", "p3"]
    assert candidates([]) == []


@pytest.mark.parametrize("typed", ["Ring the school @kim", "Ring the school @Kim Ex",
                                   "Ring the school @[b]Kim[/b]"])
def test_a_name_typed_with_punctuation_around_its_words_is_found_by_them(typed: str) -> None:
    """`[b]Kim[/b] Example`, shown as typed, was named by no `@kim`: a trial."""
    kim = Participant(id="p4", name="[b]Kim[/b] Example", role="Teacher")
    said = attribute(typed, [*PEOPLE, kim])
    assert (said.text, said.by) == ("Ring the school", "p4")


def test_an_apostrophe_in_a_name_is_no_break() -> None:
    jo = Participant(id="p5", name="Jo O'Brien")
    assert attribute("Ring the school @obr", [*PEOPLE, jo]).by == "p5"


SAMPLES = [Participant(id="sam", name="Sam Sample", role="Social worker",
                       agency="Invented Council"),
           Participant(id="chris", name="Chris Sample", role="School nurse",
                       agency="Invented Trust"),
           Participant(id="samir", name="Samir Example", role="Nursery teacher")]


@pytest.mark.parametrize("typed, text, by", [
    # "@Sam" is Sam Sample's first name, and only starts Chris Sample's surname and Samir's
    # name: it matched all three and was kept as typed, "@Sam" and all (a trial)
    ("Alcohol use is not always asked about at handover @Sam",
     "Alcohol use is not always asked about at handover", "sam"),
    ("Handover notes @samir.", "Handover notes.", "samir"),
    ("Handover notes @Sam Sample", "Handover notes", "sam"),        # a whole full name
    ("Handover notes @Chris", "Handover notes", "chris"),
    ("Handover notes @nurse", "Handover notes", "chris"),  # a whole word of a role, not "Nursery"
])
def test_whole_words_win_over_beginnings_of_other_words(typed: str, text: str,
                                                         by: str) -> None:
    said = attribute(typed, SAMPLES)
    assert (said.text, said.by) == (text, by)


def test_whole_words_of_several_people_or_only_beginnings_still_name_no_one() -> None:
    both = attribute("Handover notes @Sample", SAMPLES)  # both surnames, whole
    assert (both.text, both.by, both.named) == ("Handover notes @Sample", "", "Sample")
    assert {p.id for p in both.ambiguous} == {"sam", "chris"}
    begun = attribute("Handover notes @sa", SAMPLES)  # starts all three, whole for no one
    assert {p.id for p in begun.ambiguous} == {"sam", "chris", "samir"}


def test_an_at_name_is_taken_off_a_point_said_by_whom_it_names() -> None:
    """A point ending "@Sample", given to Sam Sample in Said by…, kept "@Sample": a likely
    name the export refused (a trial)."""
    from reflect.model.attribution import without_at

    sam, chris, _ = SAMPLES
    assert without_at("Handover notes @Sample.", [sam]) == "Handover notes."
    assert without_at("Handover notes @Sam Sample", [sam]) == "Handover notes"
    assert without_at("Handover notes @Zed", [sam]) == "Handover notes @Zed"  # not theirs
    assert without_at("Handover notes @Chris", [sam]) == "Handover notes @Chris"
    assert without_at("Write to duty@council.invalid", [sam]) == "Write to duty@council.invalid"
