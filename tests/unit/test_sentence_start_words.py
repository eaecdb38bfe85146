"""Ordinary words at a sentence's start are no names: the export's personal-details check and
the partnership's report (model/unlisted_names.py) take an unknown capitalised word at a
sentence's start for a name only where it does something (`Quorra to ring the GP`). A trial: a
school's safeguarding lead noted "Hard to read. Perinatal history stands out." on the
Introduction; her CPD record said "[redacted] to read." and `reflect export -o x.txt` refused
with "likely name: Hard". What it exists to catch is caught still.

Every name, team and place here is invented.
"""

from __future__ import annotations

import pytest

from reflect.export.identifiers import LIKELY_NAME, NAME, find_identifiers
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.model.unlisted_names import Known, first_names, not_owners
from reflect.store.exports import findings_for
from reflect.store.sessions import new_session_id
from tests.name_checks import names_found, reflection_with_note

TRIAL = "Hard to read. Perinatal history stands out."

ORDINARY = [
    TRIAL,
    # an adjective or a verb before "to", its subject left off as notes leave it
    "Good to see the GP involved.", "Easy to miss.", "Nice to have a joint visit.",
    "Important to record why.", "Able to say no.", "Difficult to know what to do.",
    "Great to hear the school's view.", "Sad to read.", "Unclear to me why.",
    "Unable to contact dad.", "Fair to say we missed it.", "Clear to see now.",
    "Glad to have gone.", "Sorry to hear it.", "Keen to learn more.", "Happy to help.",
    "Free to attend on Tuesdays.", "Quick to judge.", "Slow to respond.", "Tricky to raise.",
    "Lucky to have a good GP.", "Brave to speak up.", "Upset to hear it.", "Fine to share.",
    "Right to challenge.", "Wrong to assume.", "Best to ask.", "Odd to read it now.",
    "Strange to think of it.", "Tempting to assume.", "Vital to ask.", "Reluctant to ask.",
    "Anxious to get it right.", "Impossible to know.", "Hesitant to challenge.",
    "Tend to assume.", "Forgot to ask.", "Came to school hungry.", "Got to know the family.",
    "Time to reflect.", "Much to learn.", "More to do.", "Still to do.",
    # and a first name that is also such a word: "hope to" is the writer's own hope
    "Hope to follow up with the school.",
    # a first name that is also a word, before "is" or "was" (a trial: "Hope is what kept us
    # going" was redacted) with no word after saying how someone is
    "Hope is what kept us going.", "Faith is important to the family.", "Joy was hard to find.",
    "Will is not the same as capacity to change.", "Amber is the rating we gave.",
    "Mark is out of ten on the audit.", "Hope was in short supply.", "Grace was shown to mum.",
    # after a colon, a bullet or a dash
    "Worth noting: Hard to say why.", "- Hard to read", "• Keen to learn more.",
    "* Easy to miss", "Next steps: Important to record why.",
    # headings, days, months, agencies and roles
    "KEY POINTS", "WHAT WENT WELL", "NOT to be shared.", "Monday to Friday.",
    "January to March was busy.", "Health Visiting to attend.", "Early Help to attend.",
    "Designated Nurse to review.", "Midwife to visit.", "Headteacher to decide.",
    "Police to share the log.", "Chair to write to the board.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words_at_a_sentences_start_are_no_names(text: str):
    assert names_found(text) == []


CAUGHT = [
    ("Mrs Example rang the school.", ["Example"]),
    ("I worried about baby Sam.", ["Sam"]),
    ("Sam Sample went to the school gate.", ["Sam Sample"]),
    ("I spoke to Kim about the letters.", ["Kim"]),
    ("Child Jayden was never seen alone.", ["Jayden"]),
    ("Quorra to ring the GP.", ["Quorra"]),  # in no list, doing something
    ("Velindra has rung the school.", ["Velindra"]),
    ("Hard to read. Quorra to ring the GP.", ["Quorra"]),
    # first names that are also words, where they are someone
    ("Hope has rung the school.", ["Hope"]), ("Hope Example to ring.", ["Hope Example"]),
    ("Will to ring the GP.", ["Will"]), ("Faith to bring the chronology.", ["Faith"]),
    ("Grace and Jo to audit.", ["Grace", "Jo"]), ("Pat to book the room.", ["Pat"]),
]


@pytest.mark.parametrize(("text", "names"), CAUGHT)
def test_names_are_caught_still(text: str, names: list[str]):
    assert sorted(set(names_found(text))) == sorted(names)



def test_a_word_at_a_sentences_start_is_a_name_where_the_session_writes_it_as_one(
        review: Review):
    """A trial: "Meadow was quiet at the meeting" passed the check, Meadow a child the session
    talked about; "Hope is what kept us going" was redacted. Either is a name where another
    of the session's texts writes it as one, inside a sentence, and only there."""
    s = reflection_with_note(review, "Meadow was quiet at the meeting. Rose was at the door. "
                                     "Hope is what kept us going.")
    assert find_identifiers(s, review) == []
    s.answers[0].what = "Afterwards I asked Meadow what would help, and Rose's nan rang."
    assert [(f.field, f.text) for f in find_identifiers(s, review)] == [
        ("answers[0].what", "Meadow"), ("answers[0].what", "Rose"),
        ("notes.intro", "Meadow"), ("notes.intro", "Rose")]


def test_a_word_in_a_title_or_a_place_is_not_written_as_a_name():
    """`Known.named`: a capital inside a sentence, not in a phrase (`Early Help`, `Meadow View
    Primary`), after an article (`the Hope we had`) or in one of the session's own phrases."""
    known = Known(["Willow"], lambda: [  # the session's team, "Willow"
        "We met at Meadow View Primary, and spoke of the Hope we had.", "We rely on Early Help.",
        "Share it with Willow today.", "We went to Grace house; I asked Brook why."])
    assert [w for w in ("hope", "meadow", "view", "early", "help", "willow", "grace", "brook")
            if known.named(w)] == ["brook"]


@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "cpd-docx"])
def test_the_trials_note_has_no_finding_in_any_export(review: Review, fmt: str):
    assert findings_for(reflection_with_note(review, TRIAL), fmt, review) == []


def test_the_checks_rules_agree_on_a_note_naming_someone(review: Review):
    """The reviews' way of naming nobody ("Child ZZ") is no finding; a name after a family
    word, a name no list holds doing something and a listed person's name are."""
    s = reflection_with_note(review, "Hard to read. Child ZZ's mum, Mrs Example, rang twice. "
                            "Quorra has rung the GP.")
    # ("Mrs Example" whole after "mum,", as after "mum" with no comma, since a5c21387.)
    assert [f.text for f in find_identifiers(s, review)] == ["Mrs Example", "Quorra"]
    team = Session.start(review, new_session_id("child-zz"), team="Team Blue",
                         facilitator="Team lead", participants=[
                             Participant(name="Kim Example", role="Teacher", agency="Moorvale")])
    team.notes["intro"] = "Easy to miss. Kim said it was hard to read."
    assert [(f.kind, f.text) for f in find_identifiers(team, review, roles_only=True)] == [
        (NAME, "Kim")]
    team.notes["intro"] = "Easy to miss. Jo Sample said it was hard to read."
    assert [(f.kind, f.text) for f in find_identifiers(team, review)] == [
        (LIKELY_NAME, "Jo Sample")]


def test_the_words_that_are_no_owners_hide_no_first_name():
    """A word on the list is never taken for a name doing something: a first name there must
    be one that is also a word ("hope"), found where it is written as a name still."""
    names, words = first_names()
    assert not_owners() & names <= words
    assert not_owners() & names == {"hope"}
    assert all(w.islower() and w.isascii() for w in not_owners())
