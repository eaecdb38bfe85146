"""A name and a role typed into one box (a trial: `Alex Example, health visitor` typed into the
Name box of *Who is here* was listed with all of it as the name, and plain mode read `Alex
Example (health visitor)` and `Alex Example - health visitor` as roles). One rule,
model/roles.py: the new-session form's lines, plain mode's and the app's Name box read a name,
then a job or a service after a comma, in brackets or after a dash, apart. All names invented."""

from __future__ import annotations

import pytest

from reflect.model.roles import boxes_name_no_one, name_apart, read_apart, split_person
from tests.unit.test_walk import dirs_for, flat, run_walk


@pytest.mark.parametrize(("typed", "read"), [
    ("Alex Example, health visitor", ("Alex Example", "health visitor", "")),
    ("Alex Example (health visitor)", ("Alex Example", "health visitor", "")),
    ("Alex Example - health visitor", ("Alex Example", "health visitor", "")),
    ("Alex Example – GP, Invented Practice", ("Alex Example", "GP", "Invented Practice")),
    ("Alex Example (GP, Invented Practice)", ("Alex Example", "GP", "Invented Practice")),
    ("Alex Example (health visitor), Invented Trust",
     ("Alex Example", "health visitor", "Invented Trust")),
    ("Sam Sample-Jones - Moorvale Council", ("Sam Sample-Jones", "", "Moorvale Council")),
    ("sam sample (sw)", ("sam sample", "sw", "")),
    ("Kim Lee (Team lead)", ("Kim Lee", "Team lead", "")),
])
def test_a_name_then_a_job_or_a_service_is_read_apart(typed, read):
    assert name_apart(typed) == read
    assert split_person(typed) == read  # the new-session form's lines and plain mode's too


@pytest.mark.parametrize("typed", [
    "Alex Example",  # a name alone
    "Sam Sample-Jones",  # a double-barrelled name's hyphen is no dash
    "Example, Alex",  # surname first: no job or service after the comma
    "Alex Example (Al)",  # what they are called
    "Alex Example (she/her)",
    "Alex Example, Moorvale",  # a word that may be a name
    "Health visitor (Invented Trust)",  # no name first
    "",
])
def test_anything_else_is_kept_as_typed(typed):
    assert name_apart(typed) is None


@pytest.mark.parametrize("typed", ["Alex Example (Al)", "Alex Example (she/her)",
                                   "Sam Sample-Jones"])
def test_a_line_with_brackets_or_a_hyphen_that_name_no_work_reads_as_before(typed):
    """Not a name then a job: read by its commas, as it always was (one part: a name where it
    looks like one, else a role)."""
    assert split_person(typed) == (
        (typed, "", "") if typed == "Sam Sample-Jones" else ("", typed, ""))


def test_the_boxes_take_each_part_where_they_are_empty_or_hold_it_already():
    assert read_apart({"name": "Alex Example (health visitor)", "role": "", "agency": ""}) == {
        "name": "Alex Example", "role": "health visitor", "agency": ""}
    assert read_apart({"name": "Alex Example, GP", "role": "gp", "agency": "Invented Practice"}) \
        == {"name": "Alex Example", "role": "gp", "agency": "Invented Practice"}
    # A part that would replace what its box holds: kept as typed, nothing guessed.
    assert read_apart({"name": "Alex Example, GP", "role": "Health visitor", "agency": ""}) \
        is None
    assert read_apart({"name": "Alex Example", "role": "", "agency": ""}) is None


def test_plain_mode_reads_a_name_and_a_role_apart_in_brackets_or_after_a_dash(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Pat Example\nAlex Example (health visitor)\n"
                         "Sam Sample - social worker, Invented Council\n\n", "child-zz",
                         "--mode", "team", "--title", "Invented huddle",
                         "--team", "Invented Moorvale Team")
    assert code == 0, out
    said = flat(out.out)
    assert "Added: name: Alex Example, role: health visitor" in said
    assert "Added: name: Sam Sample, role: social worker, agency: Invented Council" in said



def test_boxes_of_commas_alone_name_no_one() -> None:
    """*Who is here*'s Name box added a person named ", ," (a facilitator's trial)."""
    assert boxes_name_no_one({"name": ", ,", "role": "", "agency": " "})
    assert boxes_name_no_one({"name": "", "role": "", "agency": ""})
    assert not boxes_name_no_one({"name": ", ,", "role": "GP", "agency": ""})
    assert not boxes_name_no_one({"name": "Robin Invented", "role": "", "agency": ""})
    assert not boxes_name_no_one({"name": "🦉", "role": "", "agency": ""})
