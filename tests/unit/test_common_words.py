"""Common English words are no names: the export's personal-details check and the partnership's
report (model/unlisted_names.py) took a capitalised word at a sentence's start before "is",
"was" or "has" for a name unless a hand-kept list held it. A trial's notes: "Food was short.",
"Money was tight.", "Contact was poor.", "Mood was low." were each a "likely name", refused by
`reflect export -o x.txt` and redacted in a CPD record; and the quotes rule took a concept
("'Professional Curiosity' matters.") for a full name. A common English word
(model/common_words.py, from SCOWL) is no name there now; a name no list holds is caught
still (`Zorvan was quiet all term`), and so is one after "told", "asked", "emailed"….

Every name, team and place here is invented.
"""

from __future__ import annotations

import re

import pytest

from reflect.export.identifiers import LIKELY_NAME, find_identifiers
from reflect.model.common_words import ENGLISH_ENDINGS, common_words, is_english
from reflect.model.review import Review
from reflect.model.unlisted_names import first_names
from reflect.store.exports import findings_for
from tests.name_checks import names_found, reflection_with_note

TRIAL = ("Food was short. Money was tight. Contact was poor. Life was hard. Truth is, nobody "
         "asked. Mood was low. Engagement has improved. Attendance was 60%.")

ORDINARY = [
    # a noun, its article left off as notes leave it, before "is", "was" or "has"
    "Food was short.", "Money was tight.", "Contact was poor.", "Life was hard.",
    "Truth is we did not ask.", "Mood was low.", "Engagement has improved.",
    "Attendance was 60%.", "Risk was seen as low.", "Sleep was a struggle.",
    "Housing was damp.", "Weight has dropped since May.", "Speech was delayed.",
    "Hygiene was poor at times.", "Debt was mounting.", "Alcohol was a factor.",
    "Rent was overdue.", "Diet was limited.", "Trust was lost.", "Progress has stalled.",
    "Rapport was good with mum.", "Chaos is the word I would use.", "Grief was not asked about.",
    "Bruising was seen on the arm.", "Neglect was missed.", "Funding has been cut.",
    "Respite was offered and refused.", "Supervision has helped.", "Time was short.",
    "Nursery was the first to notice.", "Dad was not invited.",
    # after a colon, a bullet or a dash
    "What I saw: Food was short.", "- Contact was poor", "• Mood was low.",
    # and a concept in quotes
    "'Professional Curiosity' matters.", "\u201cThink Family\u201d is the message I keep.",
    "The \u2018Respectful Uncertainty\u2019 idea helped.", '"Safe Sleep" was in the briefing.',
    # words said after "told" or "asked", not the person told
    'Mum told "Nobody listens" to me.', "I asked \u2018Where does he sleep?\u2019",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_common_words_at_a_sentences_start_are_no_names(text: str):
    assert names_found(text) == []


CAUGHT = [
    # names no list holds, doing something
    ("Zorvan was quiet all term.", ["Zorvan"]), ("Velindra has rung the school.", ["Velindra"]),
    ("Quorra is at nursery on Mondays.", ["Quorra"]),
    ("Food was short. Zorvan was hungry.", ["Zorvan"]),
    # after a verb that goes before a person, in its other forms
    ("I told Quorra to wait.", ["Quorra"]), ("Told Quorra to wait.", ["Quorra"]),
    ("We asked Velindra what would help.", ["Velindra"]),
    ("I emailed Drusk the chronology.", ["Drusk"]), ("Mum rang Tamsk at night.", ["Tamsk"]),
    ("I phoned Zorvan at home.", ["Zorvan"]), ("We met Quorra at the gate.", ["Quorra"]),
    ("I have invited Velindra to the core group.", ["Velindra"]),
    # first names that are also words stay names where they are someone
    ("Will was upset.", ["Will"]), ("Rose was very quiet.", ["Rose"]),
    ("Grace is 14.", ["Grace"]), ("Mark was left at the school.", ["Mark"]),
    ("Hope has rung the school.", ["Hope"]), ("Sam was quiet.", ["Sam"]),
    ("Storm was quiet all term.", ["Storm"]), ("I met Wren at the gate.", ["Wren"]),
    # names in quotes
    ('"Sam Sample" rang twice.', ["Sam Sample"]), ('"Zorvan Quill" rang twice.', ["Zorvan Quill"]),
    ("'Grace Period' rang.", ["Grace Period"]), ('"Wren Sample" rang.', ["Wren Sample"]),
]


@pytest.mark.parametrize(("text", "names"), CAUGHT)
def test_names_are_caught_still(text: str, names: list[str]):
    assert sorted(set(names_found(text))) == sorted(names)



@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "cpd-docx"])
def test_the_trials_notes_have_no_finding_in_any_export(review: Review, fmt: str):
    assert findings_for(reflection_with_note(review, TRIAL), fmt, review) == []


def test_a_word_the_notes_write_in_small_letters_elsewhere_is_no_name(review: Review):
    """`Calpol` is in no list; written in small letters elsewhere in the same notes, it is a
    word; alone, it is taken for someone doing something."""
    s = reflection_with_note(review, "Calpol was given. She said there was calpol at home.")
    assert find_identifiers(s, review) == []
    s = reflection_with_note(review, "Calpol was given.")
    assert [(f.kind, f.text) for f in find_identifiers(s, review)] == [(LIKELY_NAME, "Calpol")]


def test_the_list_is_common_words_in_small_letters_and_no_ending_twice():
    words = common_words()
    assert 9000 < len(words) < 11000
    assert all(re.fullmatch("[a-z]{3,}", w) for w in words)
    assert not any(w.endswith(ENGLISH_ENDINGS) for w in words)  # `is_english` says those
    assert {"food", "money", "contact", "life", "truth", "mood", "risk"} <= words
    assert not words & {"zorvan", "quorra", "velindra", "tamsk", "drusk", "calpol"}
    assert is_english("engagement") and is_english("food") and not is_english("zorvan")


def test_a_first_name_is_asked_for_before_the_common_words():
    """`Rose`, `Grace`, `Will`, `Mark` are common words too: the first names' list is asked
    first, so they stay names where written as one (the words marked * in first_names.txt):
    `Storm`, `Wren`, `Sky`, `Phoenix` were marked so, names a quoted "Wren Sample" or "Storm
    was quiet" would otherwise have lost."""
    names, wordy = first_names()
    assert {"rose", "grace", "will", "mark", "storm", "wren", "sky", "phoenix"} <= wordy
    assert {"rose", "grace", "mark", "storm", "wren", "sky", "phoenix"} <= common_words()
