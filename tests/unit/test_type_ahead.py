"""The drop-down's type-ahead: a word starting with the letters first, then anywhere."""

from reflect.ui.widgets.type_ahead import first_match

LABELS = ["Alex Example (Health visitor, Invented Trust)", "Sam Sample (Social worker)",
          "Teacher, Invented School"]


def test_the_earliest_word_starting_with_the_letters_is_chosen():
    assert first_match(LABELS, "s") == 1
    assert first_match(LABELS, "SA") == 1
    assert first_match(LABELS, "t") == 2  # Teacher (a first word) before Alex's "Trust"
    assert first_match(LABELS, "inv") == 2  # "Invented" is the teacher's second word
    assert first_match(LABELS, "h") == 0


def test_the_first_in_the_list_when_the_words_are_as_early():
    assert first_match(["Ann One", "Ann Two"], "an") == 0


def test_letters_inside_a_word_match_when_no_word_starts_with_them():
    assert first_match(LABELS, "ocial") == 1


def test_nothing_matching_gives_none():
    assert first_match(LABELS, "zq") is None
    assert first_match([], "a") is None
