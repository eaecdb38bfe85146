"""A name typed on *Who is here* that reads like a sentence is asked about (model/roles.py)."""

import pytest

from reflect.model.roles import more_than_a_name


@pytest.mark.parametrize(("typed", "asked"), [
    ("Another point from window one", True),
    ("Lee Sample", False),
    ("Mary Ann de Example", True),
    ("Ann Example, Invented role, Invented agency", False),  # a name, then role and agency
    ("We should share the plan sooner, said Ann", True),  # a sentence with a comma
    ("Health visitor", False),
])
def test_only_the_words_before_a_comma_are_judged_a_name(typed, asked):
    assert more_than_a_name(typed) is asked
