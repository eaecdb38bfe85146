"""A name listed with an accent is found by the name typed without it, as most keyboards in
the UK type it: `@eamon` names Éamon D'Souza-Test, an owner typed `siobhan` is Siobhán
O'Neill-Test, *My CPD so far* for `Siobhan O'Neill-Test` counts Siobhán's reflection, and the
search box's `siobhan` finds her session (reflect/accents.py). A fresh-eyes trial: each kept
the name as typed, matching no one. All names invented."""

from __future__ import annotations

import pytest

from reflect.model.attribution import attribute
from reflect.model.owners import completions, owner_meant
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.model.whose import whose
from reflect.text import matches_query, search_text

EAMON = "Éamon D'Souza-Test"
SIOBHAN = "Siobhán O'Neill-Test"


def meeting(review: Review) -> Session:
    return Session.start(review, "20300101-child-zz-0000aaaa", title="Invented meeting",
                         facilitator=SIOBHAN,
                         participants=[Participant(name=EAMON, role="Year 1 teacher"),
                                       Participant(name="Pat Example", role="Class teacher"),
                                       Participant(name="Zoë Łukasz-Sample")])


@pytest.mark.parametrize(("typed", "meant"), [
    ("A point @eamon", EAMON), ("A point @Eamon D", EAMON), ("A point @Éamon", EAMON),
    ("A point @zoe", "Zoë Łukasz-Sample"), ("A point @lukasz", "Zoë Łukasz-Sample"),
    ("A point @pat", "Pat Example"),
])
def test_an_at_name_typed_without_its_accents_names_them(review: Review, typed: str,
                                                        meant: str) -> None:
    session = meeting(review)
    said = attribute(typed, session.participants)
    assert said.text == "A point"
    assert session.participant(said.by).name == meant  # type: ignore[union-attr]


@pytest.mark.parametrize(("typed", "meant"), [
    ("eamon", EAMON), ("siobhan", SIOBHAN), ("SIOBHAN O", SIOBHAN), ("zoe", "Zoë Łukasz-Sample"),
])
def test_an_owner_typed_without_accents_is_the_one_name_it_starts(review: Review, typed: str,
                                                                 meant: str) -> None:
    session = meeting(review)
    assert owner_meant(session, typed) == meant
    assert completions(typed, [EAMON, SIOBHAN, "Zoë Łukasz-Sample"]) == [meant]


def test_an_owner_typed_as_a_whole_name_without_its_accents_is_listed(review: Review) -> None:
    assert owner_meant(meeting(review), "Eamon D'Souza-Test") == ""  # a name listed already


def test_my_cpd_counts_a_reflection_whose_name_was_typed_with_its_accent(review: Review) -> None:
    reflection = Session.start(review, "20300101-child-zz-0000bbbb", title="My reflection",
                               mode="individual", facilitator=SIOBHAN)
    assert whose(reflection, "Siobhan O'Neill-Test") == "mine"
    assert whose(meeting(review), "siobhan o'neill-test") == "mine"  # she facilitated it


def test_the_search_box_finds_an_accented_name_typed_without_its_accents() -> None:
    text = search_text("Invented meeting", "Child ZZ", f"Team Willow {SIOBHAN}", names=3)
    assert matches_query("siobhan", text)
    assert matches_query("Siobhán", text)
