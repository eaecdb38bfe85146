"""The one name listed an owner typed as its start is meant to be (model/owners.py,
`owner_meant`): an action added in the app with it is theirs, as Tab in the owner box would
have made it, and plain mode's `y` does (tests/unit/test_walk_owner.py). All names invented."""

from __future__ import annotations

import pytest

from reflect.model.owners import NO_OWNER_YET, owner_hint, owner_meant, owner_said
from reflect.model.review import Review
from reflect.model.session import Participant, Session


def session(review: Review) -> Session:
    return Session.start(review, "20300101-child-zz-0000aaaa", title="Invented meeting",
                         facilitator="Jo Invented",
                         participants=[Participant(name="Sam Sample",
                                                   role="Class teacher"),
                                       Participant(name="Sam", role="Caretaker"),
                                       Participant(name="Robin Madeup"),
                                       Participant(name="Rosa Example"),
                                       Participant(role="School nurse")])


@pytest.mark.parametrize(("typed", "meant"), [
    ("Jo", "Jo Invented"),  # the facilitator's name, offered as the box offers it
    ("rob", "Robin Madeup"),  # any case
    (" Robin ", "Robin Madeup"),
    ("School", "School nurse"),  # a nameless person's role
    ("Sam", ""),  # someone's whole name, though it starts another's
    ("Sam S", "Sam Sample"),
    ("Ro", ""),  # Robin or Rosa: not guessed
    ("Robin Madeup", ""),  # a name listed already
    ("Class teacher", ""),  # a role listed
    ("Zed Visitor", ""),  # no one listed
    ("", ""),
])
def test_an_owner_typed_as_the_start_of_one_name_listed_means_them(
        review: Review, typed: str, meant: str) -> None:
    assert owner_meant(session(review), typed) == meant


@pytest.mark.parametrize("status,said", [("open", NO_OWNER_YET), ("in progress", NO_OWNER_YET),
                                         ("done", ""), ("dropped", "")])
def test_the_owner_box_asks_who_will_do_it_only_of_an_action_still_to_do(status, said):
    """Last time's actions: a dropped action's empty Owner box said "No owner yet: type who
    will do it", as an open one's, though no one is to do it (`owner_hint`)."""
    assert owner_hint(status) == said


@pytest.mark.parametrize(("owner", "status", "said"), [
    ("Sam Sample", "open", "owner: Sam Sample"), ("Sam Sample", "dropped", "owner: Sam Sample"),
    ("", "open", "no owner"), ("", "in progress", "no owner"),
    ("", "done", ""), ("", "dropped", "")])
def test_the_selected_line_says_no_owner_only_of_an_action_still_to_do(owner, status, said):
    """Last time's actions: the Selected line said "no owner" of a dropped action with none,
    as if one were missing, though no one is to do it (`owner_said`)."""
    assert owner_said(owner, status) == said
