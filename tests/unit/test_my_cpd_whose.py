"""My CPD so far counts the practitioner's own sessions when given their name: a sessions
folder shared across a partnership (docs/sharing.md) holds every team's meetings and other
people's reflections, which counted as this person's CPD (a trial)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reflect.export import portfolio
from reflect.model.session import Participant, Session
from reflect.model.whose import teams_and_people, whose
from tests.cpd_folder import invented_review, reflection, team


@pytest.fixture
def folder(fictional_dir: Path) -> dict[str, Session]:
    """Two teams' meetings and two people's reflections, and some naming no one."""
    r = invented_review(fictional_dir)
    pat = Participant(name="Pat Example", role="Social worker")
    return {
        "north": team(r, "Invented Team North", [pat, Participant(name="Jo Example")],
                      "Sam Sample", day=1),
        "north-away": team(r, "Invented Team North",
                           [pat.model_copy(update={"attended": False})], "Sam Sample", day=8),
        "led": team(r, "Invented Team East", [Participant(name="Jo Example")],
                    "pat   example", day=9),
        "south": team(r, "Invented Team South", [Participant(name="Chris Example")],
                      "Alex Sample", day=3),
        "roles": team(r, "Invented Team South", [Participant(role="Teacher")], day=4),
        "mine": reflection(r, "My own reflection", "Pat Example", day=5),
        "theirs": reflection(r, "Chris's reflection", "Chris Example", day=6),
        "older": reflection(r, "An older reflection", "", day=7),
        "mine-empty": reflection(r, "Opened and left", "PAT EXAMPLE", day=10, recorded=False),
        "theirs-empty": reflection(r, "Theirs, left", "Chris Example", day=11, recorded=False),
    }


@pytest.mark.parametrize(("key", "expected"), [
    ("north", "mine"), ("north-away", "not_here"), ("led", "mine"), ("south", "others"),
    ("roles", "unnamed"), ("mine", "mine"), ("theirs", "others"), ("older", "unnamed"),
    ("mine-empty", "mine")])
def test_whose_a_session_is_by_the_name_as_people_are_matched(folder, key, expected):
    """Ticked as here or the facilitator (a team's); recorded as theirs (a reflection's);
    case and spacing aside, as the room matches a name (`roles.name_key`)."""
    assert whose(folder[key], "  Pat   EXAMPLE ") == expected


def test_with_a_name_only_their_sessions_are_logged_and_the_rest_said(folder):
    log = portfolio.gather(list(folder.values()), " pat example ")
    assert [e.title for e in log.entries] == [
        "Invented Team North meeting", "My own reflection", "Invented Team East meeting"]
    assert [e.title for e in log.left_out] == ["Opened and left"]  # theirs only
    assert [e.title for e in log.not_here] == ["Invented Team North meeting"]
    assert [e.title for e in log.unnamed] == ["Invented Team South meeting",
                                              "An older reflection"]
    assert log.others == 2  # the south team's meeting and Chris's reflection (recorded)
    text = portfolio.log_text(log, "NARROW")
    assert text.startswith("Only the sessions of Pat Example are counted: team sessions "
                           "where Pat Example is ticked as here or is the facilitator")
    assert "2 sessions of other people or teams are not counted." in text
    assert "1 team session lists Pat Example as not here" in text
    assert "2 sessions name no one" in text and "NARROW" not in text
    assert "Chris" not in text and "Theirs, left" not in text
    assert text.rstrip().endswith(f"Not counted (names no one):\n"
                                  f"  2026-03-04  Invented Team South meeting (team session): "
                                  f"{folder['roles'].id}\n"
                                  f"  2026-03-07  An older reflection (individual reflection): "
                                  f"{folder['older'].id}")
    rows = list(csv.DictReader(portfolio.to_csv(log.entries).splitlines()))
    assert [r["session_id"] for r in rows] == [
        folder["north"].id, folder["mine"].id, folder["led"].id]


def test_without_a_name_every_session_is_logged_and_a_shared_folder_said(folder):
    log = portfolio.gather(list(folder.values()))
    assert len(log.entries) == 8 and len(log.left_out) == 2
    assert portfolio.whose_notes(log, "Type your name.") == [
        "This counts every session in the sessions folder, whoever's: the meetings of 3 "
        "teams, the reflections of 2 people and 1 reflection recording no name. Type your "
        "name."]
    assert portfolio.log_text(log, "Type your name.").startswith("This counts every session")


def test_one_teams_and_one_persons_folder_is_not_said_to_be_shared(fictional_dir):
    """The common case, one practitioner's own folder: the log reads as it did."""
    r = invented_review(fictional_dir)
    sessions = [team(r, "Invented Team", [Participant(name="Pat Example")]),
                team(r, " invented  TEAM. ", [Participant(name="Jo Example")], day=2),
                reflection(r, "Mine", "Pat Example"), reflection(r, "Mine too", "")]
    assert teams_and_people(sessions) == (1, 1, 1)
    log = portfolio.gather(sessions)
    assert portfolio.whose_notes(log, "x") == []
    assert portfolio.log_text(log, "x") == portfolio.to_text(log.entries, log.left_out)


def test_a_name_matching_nothing_logs_nothing_and_says_why(folder):
    log = portfolio.gather(list(folder.values()), "Nobody Invented")
    assert log.entries == [] and log.left_out == [] and log.others == 6
    text = portfolio.log_text(log, "", "To count all, NOW.")
    assert "Only the sessions of Nobody Invented are counted" in text
    # Not "No sessions with anything recorded in them yet." with six in the folder (g129's
    # trial): none is theirs; in a folder of several teams' and people's sessions, the
    # names near the one given are said, never the rest
    assert "No sessions with anything recorded" not in text
    assert ("\n\nNo session is recorded as Nobody Invented's (a name is matched whole, case, "
            "spacing and accents aside). This folder holds other people's sessions, whose names "
            "are not listed: give yours as your sessions record it (a reflection's is its Whose "
            "reflection, which reflect cpd-fill SESSION shows). To count all, NOW.\n") in text
    assert text.count("Nobody Invented's") == 1 and "Chris Example" not in text


@pytest.mark.parametrize("typed,meant", [
    ("pat", "Pat Example"), ("Pat Exmaple", "Pat Example"), ("example", "Chris Example, Jo "
                                                              "Example or Pat Example")])
def test_in_a_shared_folder_a_name_near_one_recorded_is_offered(folder, typed, meant):
    said = portfolio.nothing_logged(portfolio.gather(list(folder.values()), typed), "")
    assert said.endswith(f"aside). Did you mean {meant}?"), said


def test_in_ones_own_folder_the_names_recorded_are_said_twenty_at_most(fictional_dir):
    r = invented_review(fictional_dir)
    people = [Participant(name=f"Invented Person{n:02d}") for n in range(23)]
    sessions = [team(r, "Invented Team", people), reflection(r, "Mine", "Hana Example")]
    said = portfolio.nothing_logged(portfolio.gather(sessions, "Nobody"), "EVERYONE.")
    assert said.startswith("No session is recorded as Nobody's (a name is matched whole, case, "
                           "spacing and accents aside). The sessions record these names: Hana "
                           "Example, Invented Person00, Invented Person01, ")
    assert said.endswith("Invented Person18 and 4 others. EVERYONE.")


def test_a_name_with_sessions_left_out_or_not_here_says_no_names(folder):
    """Theirs with nothing recorded: nothing yet, as before; listed as not here: said so,
    below, and no other names."""
    only_empty = portfolio.gather([folder["mine-empty"], folder["theirs"]], "Pat Example")
    assert portfolio.nothing_logged(only_empty, "x") == portfolio.NOTHING_YET
    away = portfolio.gather([folder["north-away"], folder["theirs"]], "Pat Example")
    assert portfolio.nothing_logged(away, "x") == (
        "No session is recorded as Pat Example's (a name is matched whole, case, spacing and "
        "accents aside).")
    assert portfolio.nothing_logged(portfolio.gather([folder["theirs"]]), "x") == (
        portfolio.NOTHING_YET)  # (no name: everyone's, and that one has something recorded)



def test_on_the_screen_the_log_comes_after_one_paragraph_and_the_rest_after_it(folder):
    """Every note came before the log (whose, not here, naming no one, nothing recorded):
    eleven lines at 80 columns, and the log below the fold of My CPD at 80x24 (a trial)."""
    text = portfolio.log_text(portfolio.gather(list(folder.values()), "Pat Example"), "")
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("Only the sessions of Pat Example are counted")
    assert paragraphs[1].startswith("2026\n====\n2026-03-01")
    after = text.index("Total: ")  # the log's last line (no standards or themes chosen)
    for note in ("1 team session lists Pat Example as not here", "2 sessions name no one",
                 "1 session with nothing recorded is not counted"):
        assert text.index(note) > after, note


def test_the_command_still_says_what_it_counts_before_the_log(folder):
    log = portfolio.gather(list(folder.values()), "Pat Example")
    text = portfolio.to_text(log.entries, log.left_out, portfolio.whose_notes(log, ""))
    assert text.index("2 sessions name no one") < text.index("2026\n====")
