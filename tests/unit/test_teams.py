"""One team key everywhere (carry-over, the report's grouping and its --team filter), and
agency abbreviations read as the agencies they stand for. Every name here is invented."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Action, Participant, Session
from reflect.model.teams import BUILTIN_AGENCY_ALIASES, Agencies, Names, team_key
from reflect.report import Filters, build_report, gather
from reflect.store.carry import open_actions_for_team
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.store.settings import agency_aliases

TODAY = date(2026, 6, 1)
WRITTEN = ["Riverside MASH", "riverside mash.", " Riverside  MASH ", "Riverside MASH"]


def _folder(tmp_path: Path, fictional_dir: Path) -> Path:
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "sessions"
    agencies = ["CSC", "Children's Social Care", "children's social care.", "HV"]
    for n, team in enumerate(WRITTEN):
        s = Session.start(review, f"2026010{n + 1}-child-zz-0000abc{n}", team=team,
                          created=datetime(2026, 1, n + 1, 10, tzinfo=UTC),
                          participants=[Participant(role="Social worker", agency=agencies[n]),
                                        Participant(role="Invented role", agency="SN")])
        s.add_action(Action(text=f"Invented action {n}"))
        save_session(folder, s)
    other = Session.start(review, "20260110-child-zz-0000abcf", team="Riverside Early Help",
                          created=datetime(2026, 1, 10, 10, tzinfo=UTC))
    other.answers[0].text = "An invented answer"  # recorded: a report counts it
    save_session(folder, other)
    return folder


def test_team_key_ignores_case_spaces_and_punctuation():
    keys = {team_key(t) for t in WRITTEN}
    assert keys == {"riversidemash"}
    assert team_key("Riverside Early Help") != "riversidemash"
    assert team_key(" . ") == ""


def test_names_shown_as_most_often_written():
    names = Names()
    for t in ["riverside mash.", *WRITTEN]:
        names.add(t)
    assert names.shown("riversidemash") == "Riverside MASH"  # 3 of 5 (spaces tidied)
    tie = Names()
    for t in ["Invented b", "INVENTED B"]:
        tie.add(t)
    assert tie.shown("inventedb") == "Invented b"  # a tie: as first written


def test_report_and_carry_over_agree_on_the_team(tmp_path, fictional_dir):
    folder = _folder(tmp_path, fictional_dir)
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    teams = {t.team: t for t in report.teams}
    assert set(teams) == {"Riverside MASH", "Riverside Early Help"}
    assert len(teams["Riverside MASH"].reviews[0].dates) == 4
    assert report.totals.teams == ["Riverside Early Help", "Riverside MASH"]
    assert {a.team for r in report.recommendations for a in r.actions} == {"Riverside MASH"}
    # Carry-over offers the same four sessions' actions to a team written yet another way.
    carried = open_actions_for_team(folder, "RIVERSIDE-MASH", cache=tmp_path / "cache")
    assert sorted(c.text for c in carried) == [f"Invented action {n}" for n in range(4)]
    # The report's --team filter uses the same key.
    for typed in ("riverside mash", "Riverside MASH.", "  RIVERSIDE   mash "):
        g = gather([folder], Filters(team=typed), TODAY)
        assert len(g.sessions) == 4, typed
    # Words of a name take every team whose name holds them; a part of a word, none
    assert len(gather([folder], Filters(team="Riverside"), TODAY).sessions) == 5
    assert not gather([folder], Filters(team="Rivers"), TODAY).sessions
    assert Filters(team="riverside mash.").describe() == ['team "riverside mash."']


def test_agency_abbreviations_are_one_agency(tmp_path, fictional_dir):
    folder = _folder(tmp_path, fictional_dir)
    g = gather([folder], today=TODAY)
    report = build_report(g, today=TODAY)
    assert report.totals.agencies == ["Children's Social Care", "Health Visiting", "SN"]
    assert report.totals.by_agency == {"SN": 4, "Children's Social Care": 3,
                                       "Health Visiting": 1}
    own = build_report(g, today=TODAY, agency_aliases={"sn": "School Nursing",
                                                       "CSC": "Invented Children's Services"})
    assert own.totals.by_agency == {"School Nursing": 4, "Children's Social Care": 2,
                                    "Health Visiting": 1, "Invented Children's Services": 1}


def test_builtin_aliases_are_well_known_abbreviations():
    agencies = Agencies()
    assert agencies.full("c.s.c.") == "Children's Social Care"
    assert agencies.full("Hv") == "Health Visiting"
    assert agencies.full("GP") == "General Practice"
    assert agencies.key("CSC") == agencies.key("childrens social care")
    assert agencies.full("Invented Trust") == "Invented Trust"
    assert all(short.isupper() for short in BUILTIN_AGENCY_ALIASES)


def test_agency_aliases_from_settings(tmp_path):
    settings = tmp_path / "settings.toml"
    assert agency_aliases(settings) == ({}, [])
    settings.write_text('theme = "x"\n[agency_aliases]\n"SN" = "School Nursing"\n'
                        '"BAD" = 3\n"EMPTY" = " "\n', encoding="utf-8")
    aliases, problems = agency_aliases(settings)
    assert aliases == {"SN": "School Nursing"}
    assert len(problems) == 2
    assert all(str(settings) in p for p in problems)
    assert "agency_aliases.BAD" in problems[0] and "agency_aliases.EMPTY" in problems[1]
    settings.write_text('agency_aliases = "SN"\n', encoding="utf-8")
    assert agency_aliases(settings)[0] == {}
    assert "agency_aliases" in agency_aliases(settings)[1][0]


def test_cli_report_uses_settings_aliases_and_warns(tmp_path, fictional_dir, capsys,
                                                    monkeypatch: pytest.MonkeyPatch):
    folder = _folder(tmp_path, fictional_dir)
    settings = tmp_path / "settings.toml"
    settings.write_text('[agency_aliases]\n"SN" = "School Nursing"\n"X" = 1\n', encoding="utf-8")
    monkeypatch.setenv("REFLECT_SETTINGS", str(settings))
    assert main(["report", "--sessions-dir", str(folder), "--content-dir",
                 str(fictional_dir)]) == 0
    out, err = capsys.readouterr()
    assert "School Nursing 4" in out
    assert "Children's Social Care 3" in out
    assert "warning" in err and "agency_aliases.X" in err
