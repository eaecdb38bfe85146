"""A participant's line: name, role and agency, and a name typed before a job (#trial)."""

from __future__ import annotations

import pytest

from reflect.model.roles import names_a_role
from reflect.model.session import Participant


@pytest.mark.parametrize(("line", "read"), [
    ("Alex Example, GP", ("Alex Example", "GP", "")),
    ("Sam Sample, social worker", ("Sam Sample", "social worker", "")),
    ("Pat Placeholder, Designated Safeguarding Lead",
     ("Pat Placeholder", "Designated Safeguarding Lead", "")),
    ("Jo Example\tfamily support worker", ("Jo Example", "family support worker", "")),
    # A role and an agency, as before.
    ("Health visitor, Invented Trust", ("", "Health visitor", "Invented Trust")),
    ("Social worker, CSC", ("", "Social worker", "CSC")),
    ("Student, GP", ("", "Student", "GP")),  # the first names a job too: role, agency
    ("Alex Example, Invented Council", ("", "Alex Example", "Invented Council")),
    ("Sam Sample, Teacher, Invented Academy", ("Sam Sample", "Teacher", "Invented Academy")),
    ("Team manager", ("", "Team manager", "")),
])
def test_a_name_before_a_job_is_read_as_a_name(line, read):
    """"Alex Example, GP" was read as the role "Alex Example" at the agency "GP", and the
    partnership's report, which names no one, counted "Alex Example" among the roles."""
    p = Participant.parse(line)
    assert (p.name, p.role, p.agency) == read


@pytest.mark.parametrize(("words", "job"), [
    ("GP", True), ("health visitor", True), ("Police Officer", True), ("SENCO", True),
    ("designated safeguarding lead", True), ("Head teacher", True),
    ("Alex Example", False), ("Invented Council", False), ("", False), ("CSC", False),
])
def test_names_a_role(words, job):
    assert names_a_role(words) is job
