"""A name no session lists, typed in a title, an action, its due words or a progress note, is
redacted from the partnership's report (model/unlisted_names.py), its saved files and its cache;
teams, services, roles, months, days and the review's words are kept.

Every name, team, place and word here is invented.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflect.model.dates import MONTHS, WEEKDAYS
from reflect.model.roles import ABBREVIATIONS, JOB_WORDS, NOT_NAMES
from reflect.model.session import Action, Participant, Session
from reflect.model.unlisted_names import Known, first_names, spans
from reflect.report import Filters, build_report, gather, to_csv, to_html, to_markdown
from reflect.report.cache import KIND
from reflect.report.facts import facts_of
from reflect.store.cache import cache_file
from reflect.store.sessions import save_session

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.report_names import corpus, reported, score  # noqa: E402


def _found(text: str, known: Known | None = None) -> list[str]:
    return [text[a:b] for a, b in (spans(text, known) if known else spans(text))]


def test_the_invented_titles_and_actions_are_redacted_as_measured():
    """tests/data/report_free_names.txt, as bench/report_names.py measures it (before this
    rule: 4 of 30 names caught in its first part, 2 of 18 in the part held out)."""
    texts = corpus()
    parts = score(texts, reported(texts))
    for part in ("tuning", "held out"):
        assert (parts[part].caught, parts[part].misses) == (parts[part].names, []), part
    assert parts["names no list holds"].caught >= 9  # of 11: docs/reports.md says which not
    words = parts['first names that are words, and names that are words, before "is" and "was"']
    assert (words.caught, words.names) == (4, 4)  # `Hope is what…` kept, `Meadow was` not
    assert all(sc.lost == 0 for sc in parts.values()), {p: sc.losses for p, sc in parts.items()}
    assert sum(sc.texts for sc in parts.values()) >= 60


@pytest.mark.parametrize(("text", "names"), [
    ("Jo Invented to ring the GP", ["Jo Invented"]),
    ("Supervision with Pat Example", ["Pat Example"]),
    ("Pat to book refresher training", ["Pat"]),  # a word, but an owner here
    ("Pat's reflection", ["Pat"]),
    ("ask pat to circulate the briefing", ["pat"]),
    ("email marcus the template", ["marcus"]),  # no word: a name in small letters too
    ("CHRIS EXAMPLE TO RING THE GP", ["CHRIS EXAMPLE"]),
    ("J.I. to update the MASH flowchart", ["J.I."]),
    ("E. W. to check the plan", ["E. W."]),
    ("JI to ring the school", ["JI"]),
    ("Tell Grace at the nursery", ["Grace"]),
    ("after Chris's leave", ["Chris"]),
    ("Siân and Łukasz to audit", ["Siân", "Łukasz"]),
    ("Ann-Marie to chase", ["Ann-Marie"]),
    ("Meet with Velindra about the plan", ["Velindra"]),  # in no list: after "with"
    ("Speak to Drusk about the rota", ["Drusk"]),
    ("Quorra to ring the GP", ["Quorra"]),  # in no list: an owner at the start
    ("Velindra has rung the school", ["Velindra"]),
])
def test_names_typed_in_free_text_are_found(text: str, names: list[str]):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "Chase up the LADO referral", "chase health re the 6-8 week check",
    "Mark the action as complete", "Will discuss at the next meeting",
    "Raise at Child Protection Conference on Monday", "Refer to MASH by Friday",
    "Add the Graded Care Profile to the Early Help pathway", "Back by May half-term",
    "SW and HV to visit together", "DSL to brief the SLT", "Take it to MARAC",
    "Agree with Moorvale Primary how to share attendance", "Invite Invented Police to the huddle",
    "Training to be booked", "Letter to parents about consent", "Admin to send the slides",
    "Go to the multi-agency training", "Visit to be unannounced", "Feedback to the partnership",
    "N.B. the form has changed", "Record it on Mosaic", "Kimbolton's invented audit",
    "I and the DSL to meet", "Child ZZ and the GP to meet",
    # plurals of jobs' and services' abbreviations (a trial: "Share briefing with GPs" was
    # "likely name: GPs" in the export's check, and [redacted] in the notes and the report)
    "Share briefing with GPs", "Email GPs the slides", "Meet HVs and SWs", "Ask DSLs to cascade",
])
def test_words_that_name_no_one_are_kept(text: str):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "names"), [  # docs/reports.md, "Names no one listed"
    ("Chris, CHRIS and chris", ["Chris", "CHRIS", "chris"]),
    ("Mark and Jo to audit", ["Mark", "Jo"]), ("pat to book the room", ["pat"]),
    ("HV and JI to visit", ["JI"]), ("refer to Moorvale CAMHS", []),
    ("Told Quorra to wait", ["Quorra"]), ('told "Space ticks who attended"', []),
    ("Zorvan was quiet all term", ["Zorvan"]), ("Contact was poor", []), ("Food was short", []),
    ("Mood was low", []), ("Attendance was 60%", []), ("Engagement has improved", []),
    ("Storm was quiet", ["Storm"]),
    # what may still get through
    ("Meadow was quiet", []),  # but for a session that writes it as a name elsewhere
    ("Rose was at the door", []),  # a first name that is a word too, named nowhere else
    ("Supervision - Tamsk Orlov", []), ("The Quillbys had moved", []),
    ("quorra to send the slides", []), ("tell grace about it", []),
    ("Tamsker to ring the GP", []),
    # what may be lost
    ("Book training from Moorvale", ["Moorvale"]), ("RAG rated Amber", ["Amber"]),
    ("Coping With Crying", ["Crying"]),
])
def test_what_the_report_page_says_is_found_and_what_is_not(text: str, names: list[str]):
    assert _found(text) == names


def test_the_sessions_own_team_roles_and_agencies_are_kept():
    known = Known(["Grace House", "Family support worker", "Moorvale Early Help"], tuple)
    assert _found("Share at Grace House with Moorvale Early Help", known) == []
    assert _found("Grace to share at Grace House", known) == ["Grace"]  # not the team's
    words = Known([], lambda: ["we use quorratool daily"])  # typed in small letters there
    assert _found("Meet with Quorratool users", words) == []
    assert _found("Meet with Quorratool users") == ["Quorratool"]


def test_the_first_names_are_no_month_day_job_or_safeguarding_word():
    names, words = first_names()
    assert len(names) > 1000 and words <= names
    vocabulary = NOT_NAMES | JOB_WORDS | ABBREVIATIONS | set(MONTHS) | set(WEEKDAYS)
    assert names & vocabulary == {"will"}  # a word, so found only where it is a name
    text = (Path(__file__).resolve().parents[2] / "src" / "reflect" / "model"
            / "first_names.txt").read_text("utf-8")
    listed = [w.rstrip("*") for line in text.splitlines() if not line.startswith("#")
              for w in line.split()]
    assert listed == sorted(set(listed)) and all(w.isascii() and w.islower() for w in listed)
    assert all(len(line) <= 100 for line in text.splitlines())


def _session(review, **fields) -> Session:  # type: ignore[no-untyped-def]
    return Session.start(review, "20260301-child-zz-0000cafe", team="Moorvale Early Help",
                         created=datetime(2026, 3, 1, 10, tzinfo=UTC), facilitator="Team lead",
                         participants=[Participant(name="Sam Sample", role="Social worker",
                                                   agency="Invented Council")], **fields)


def test_every_field_a_report_shows_is_redacted(review):
    f = facts_of(_session(review, title="Supervision with Pat Example", actions=[Action(
        text="Jo Invented to ring the GP", owner="Team lead", due="when Pat is back",
        progress="Jo has rung the GP")]))
    a = f.actions[0]
    assert f.title == "Supervision with [redacted]"
    assert (a.text, a.due, a.progress) == ("[redacted] to ring the GP", "when [redacted] is back",
                                           "[redacted] has rung the GP")


def test_no_name_reaches_the_saved_report_or_the_cache(review, tmp_path: Path):
    folder, cache = tmp_path / "sessions", tmp_path / "cache"
    save_session(folder, _session(review, title="Supervision with Pat Example", actions=[
        Action(text="Jo Invented to ring the GP", due="2020-01-31")]))
    today = datetime(2026, 6, 1).date()
    report = build_report(gather([folder], Filters(), today=today, cache=cache), today=today)
    saved = [to_markdown(report), to_html(report), to_csv(report),
             cache_file(KIND, folder, cache).read_text("utf-8")]
    assert all("[redacted] to ring the GP" in s for s in saved[:2])
    for text in saved:
        assert "Pat" not in text and "Jo Invented" not in text


def test_a_cache_an_older_reflect_wrote_with_names_in_it_is_not_used(review, tmp_path: Path):
    """A report-v14 cache holds names typed in free text as typed: its facts are not read."""
    folder, cache = tmp_path / "sessions", tmp_path / "cache"
    save_session(folder, _session(review, actions=[Action(text="Jo Invented to ring the GP")]))
    gather([folder], Filters(), cache=cache)
    data = json.loads(cache_file(KIND, folder, cache).read_text("utf-8"))
    for record in data["files"].values():  # as reflect's v14 cache held them
        record["facts"]["actions"][0][0] = "Jo Invented to ring the GP"
    cache_file(KIND, folder, cache).unlink()
    cache_file("report-v14", folder, cache).write_text(json.dumps(data), encoding="utf-8")
    found = gather([folder], Filters(), cache=cache)
    assert [a.text for _, f, _ in found.sessions for a in f.actions] == [
        "[redacted] to ring the GP"]


def test_the_reviews_own_child_is_kept_in_titles_and_actions(review):
    """A child named with a word in the review's title ("Child Kestrel", as partnerships name
    them) is the published review's, printed beside every session in the report: its session
    titled "Child Kestrel - Team Blue" was listed as "Child [redacted] - Team Blue" (a learning
    lead's trial), as the export's check never took it for a name. Other likely names go."""
    kestrel = review.model_copy(update={"title": "Child Kestrel"})
    f = facts_of(_session(kestrel, title="Child Kestrel - Team Blue", actions=[
        Action(text="Share Child Kestrel's learning with the nursery"),
        Action(text="Ring Mum Jo about baby Sam and Child Quill")]))
    assert f.title == "Child Kestrel - Team Blue"
    assert [a.text for a in f.actions] == [
        "Share Child Kestrel's learning with the nursery",
        "Ring Mum [redacted] about baby [redacted] and Child [redacted]"]
