"""The drop-down's type-ahead: the earliest word starting with the letters, never letters
inside a word."""

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


def test_letters_inside_a_word_match_nothing():
    """"k" chose Sam Sample (Social wor*k*er), unsaid: the README promises a word's start."""
    assert first_match(LABELS, "k") is None
    assert first_match(LABELS, "ocial") is None
    assert first_match(LABELS, "ample") is None


def test_letters_after_a_space_go_on_into_the_next_word():
    labels = [*LABELS, "Samantha Other"]
    assert first_match(labels, "sam ") == 1
    assert first_match(labels, "sam s") == 1
    assert first_match(labels, "soc w") == 1  # each word a start: on the way to "social worker"
    assert first_match(labels, "sam o") == 3
    assert first_match(labels, "Sam Sample (soc") == 1
    assert first_match(labels, "invented s") == 2
    assert first_match(labels, "sam x") is None


def test_nothing_matching_gives_none():
    assert first_match(LABELS, "zq") is None
    assert first_match([], "a") is None


def test_words_are_read_apart_from_the_punctuation_around_and_in_them():
    """A name typed with markup-like text, `[b]Kim[/b] Example`, shown as typed, could not be
    chosen by "k" ("No choice here matches"): a trial."""
    labels = [*LABELS, "[b]Kim[/b] Example (Teacher)", "Jo O'Brien"]
    assert first_match(labels, "k") == 3
    assert first_match(labels, "kim e") == 3
    assert first_match(labels, "obr") == 4  # an apostrophe within a word is no break
    assert first_match(labels, "o'b") == 4
    assert first_match([*LABELS, "Bob Sample-Jones"], "jo") == 3  # a part after a dash
    assert first_match(labels, "[") is None  # punctuation alone chooses nobody
