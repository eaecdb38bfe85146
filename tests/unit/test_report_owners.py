"""An action's owner as a report keeps it, naming no one (report/owners.py): each kind of
owner box, as typed. Every person here is invented."""

from __future__ import annotations

import pytest

from reflect.model.session import Participant, Session
from reflect.report.facts import facts_of
from reflect.report.owners import NOBODY, Owner
from reflect.store.library import load_library


def _owner(fictional_dir, typed: str) -> Owner:  # type: ignore[no-untyped-def]
    from reflect.model.session import Action

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261110-child-zz-0000ccc1", team="Moorvale MASH",
                      facilitator="Ray Example", participants=[
                          Participant(id="p1", name="Sam Sample", role="Social worker",
                                      agency="CSC"),
                          Participant(id="p2", name="Pat Example", role="GP"),
                          Participant(id="p3", name="Pat Example", role="Nurse"),
                          Participant(id="p4", name="Lee Example")])
    s.actions = [Action(text="Invented action", owner=typed)]
    return facts_of(s).actions[0].owner


@pytest.mark.parametrize(("typed", "kept"), [
    ("", NOBODY),
    ("  ", NOBODY),
    ("Sam Sample", Owner("", "Social worker", "CSC")),
    ("SAM  sample.", Owner("", "Social worker", "CSC")),  # case, spacing, punctuation aside
    ("Ray Example", Owner("", "Facilitator")),
    ("Pat Example", Owner("[redacted]")),  # two of that name: which is a guess
    ("Lee Example", Owner("[redacted]")),  # listed with no role or agency to say
    ("Alex Example", Owner("[redacted]")),  # not on the list: a name all the same
    ("alex", Owner("[redacted]")),
    ("Sam (SW)", Owner("[redacted] (SW)")),  # Sam is a participant's first name
    ("Jo (SW)", Owner("[redacted] (SW)")),  # no one listed, but a first name (free_names)
    ("Sam Sample's manager", Owner("[redacted]'s manager")),
    ("Duty manager", Owner("Duty manager")),
    ("Everyone", Owner("Everyone")),
    ("whole team", Owner("whole team")),
    ("CSC", Owner("CSC")),
    # a job said with whose it is names no one (it read "[redacted]": a trial)
    ("my supervisor", Owner("my supervisor")),
    ("My supervisor", Owner("My supervisor")),
    ("our practice manager", Owner("our practice manager")),
    ("their social worker", Owner("their social worker")),
    ("the health visitor", Owner("the health visitor")),
    ("team manager", Owner("team manager")),
    ("my Jo", Owner("[redacted]")),  # ... and a name with it is a name all the same
    ("my supervisor Jo", Owner("[redacted]")),
    ("my", Owner("[redacted]")),
    # jobs a learning lead's trial found redacted, read as hidden people in a board's CSV
    ("Team leader", Owner("Team leader")),
    ("Team Leader", Owner("Team Leader")),
    ("youth leader", Owner("youth leader")),
    ("Learning lead", Owner("Learning lead")),
    ("Sam Sample, team leader", Owner("[redacted], team leader")),  # a name with it is one
])
def test_an_owner_is_kept_naming_no_one(fictional_dir, typed: str, kept: Owner) -> None:
    assert _owner(fictional_dir, typed) == kept
