"""A name My CPD remembers, tidied: it was kept as typed ("pat EXAMPLE"), and a reflection
recorded it so as whose it is, in its notes and CPD record. Names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.roles import name_key
from reflect.model.session import Participant
from reflect.model.whose import remembered
from reflect.store.settings import my_name
from reflect.text import tidy_name
from tests.cpd_folder import invented_review, team


@pytest.mark.parametrize(("typed", "kept"), [
    ("  pat   EXAMPLE ", "Pat Example"),
    ("pat example", "Pat Example"),
    ("PAT EXAMPLE", "Pat Example"),
    ("Pat McExample", "Pat McExample"),  # capitals of the person's own
    ("PJ Example", "PJ Example"),  # initials
    ("o'brien-example", "O'Brien-Example"),
    ("pat van der example", "Pat van der Example"),
    ("SAM DE LA EXAMPLE", "Sam de la Example"),
    ("pat de", "Pat De"),  # a joining word only between two others
    ("jo", "Jo"),
    ("émile exemple", "Émile Exemple"),
    ("李 明", "李 明"),
    ("", ""),
])
def test_a_name_is_tidied_and_matched_as_before(typed: str, kept: str) -> None:
    assert tidy_name(typed) == kept
    assert name_key(kept) == name_key(typed)


def test_remembered_as_the_sessions_write_it_where_typed_all_small(fictional_dir: Path) -> None:
    r = invented_review(fictional_dir)
    sessions = [team(r, "Invented Team", [Participant(name="Pat McExample")])]
    assert remembered("  pat   mcexample ", sessions) == "Pat McExample"
    assert remembered("pat mcexample") == "Pat Mcexample"  # no session says otherwise
    assert remembered("Pat MCEXAMPLE", sessions) == "Pat McExample"
    assert remembered("Pat Mcexample", sessions) == "Pat Mcexample"  # as the person wrote it
    assert remembered("  ") == ""


def test_a_name_remembered_before_is_read_tidied() -> None:
    assert my_name({"my_name": "  pat   EXAMPLE "}) == "Pat Example"
    assert my_name({"my_name": 3}) == "" and my_name({}) == ""
