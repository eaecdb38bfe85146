"""The report's "By theme": each theme of the reviews sessions were held on, with its
sessions, reviews, teams, people (each named person once) and actions, as "By team" counts
actions; a session on a review with several themes under each, said so. Learning leads group
briefings by theme and had only reviews and teams to add up by hand.

Every review, team, theme and person here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, to_html, to_markdown
from reflect.report.by_theme import NO_THEME, SEVERAL, by_theme
from reflect.report.facts import ActionFacts, Person, SessionFacts
from reflect.report.make import make_report
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 4)
PAST, LATER = date(2026, 11, 20), date(2027, 1, 20)
THEMES = {"child-qa": ("neglect", "information-sharing"), "child-qb": ("neglect",),
          "child-qc": ("fathers", "early-help", "neglect", "pre-birth")}
TITLES = {"child-qa": "Child QA", "child-qb": "Child QB", "child-qc": "Child QC",
          "child-qx": "Child QX",
          "theme-neglect": "Theme: neglect"}
SHOWN = {"inventedheronteam": "Invented Heron Team", "teama": "Team A", "teamb": "Team B"}
"""Each team as the report shows it, by its `team_key`."""


def _facts(n: int, review: str, team: str = "", mode: str = "team",
           people: tuple[Person, ...] = (), codes: tuple[str, ...] = (),
           actions: tuple[ActionFacts, ...] = ()) -> SessionFacts:
    when = datetime(2026, 11, n, 10, tzinfo=UTC)
    return SessionFacts(f"2026110{n}-{review}-0000000{n}", review, TITLES[review], mode, team,
                        when, when, 9, 1, people, actions, attended_codes=codes)


HERE, AWAY = Person("Social worker", "Invented Council", True), Person("Nurse", "", False)
ACTIONS = (ActionFacts("Invented audit", "20/11/2026", PAST, "open", ""),
           ActionFacts("Invented rota", "20/11/2026", PAST, "done", ""),
           ActionFacts("Invented leaflet", "20/01/2027", LATER, "in progress", ""))


def _lines(sessions: list[SessionFacts]):  # type: ignore[no-untyped-def]
    lines, several = by_theme(sessions, THEMES, TITLES.__getitem__, SHOWN.__getitem__, TODAY)
    return {line.theme: line for line in lines}, several


def test_a_session_on_a_review_with_two_themes_counts_under_each():
    lines, several = _lines([
        _facts(1, "child-qa", "invented heron team", people=(HERE, HERE, HERE, AWAY),
               codes=("x", "y", "z"), actions=ACTIONS),
        _facts(2, "child-qb", "invented heron team", people=(HERE, HERE, HERE),
               codes=("x", "w")),  # one of them listed without a name
        _facts(3, "child-qa", "invented wren team", mode="individual", people=(HERE,),
               actions=ACTIONS[:1])])
    assert several and list(lines) == ["neglect", "information sharing"]  # most sessions first
    neglect, sharing = lines["neglect"], lines["information sharing"]
    assert neglect.lines() == [
        ("Sessions", "3 (2 team discussions, 1 individual reflection)"),
        ("Reviews", "Child QA, Child QB"),
        # a reflection naming a team is no team reached, as the report says everywhere
        ("Teams reached at team discussions", "1: Invented Heron Team"),
        # x came to both: once; the one with no name may be anyone, so "up to"
        ("People at team discussions",
         "up to 5 (6 attendances; 1 listed without a name, who cannot be told apart)"),
        ("Actions agreed at team discussions", "3 (1 done, 1 in progress, 1 open; 1 overdue)"),
        ("Personal actions from individual reflections",
         "1 (0 done, 0 in progress, 1 open; 1 overdue)")]
    assert sharing.lines()[0] == ("Sessions", "2 (1 team discussion, 1 individual reflection)")
    assert sharing.people_words() == "3"  # one meeting: each attendance a person
    assert sharing.actions.lines() == neglect.actions.lines()  # qb's meeting agreed none


def test_each_person_named_is_counted_once_and_attendances_said_beside():
    lines, several = _lines([_facts(1, "child-qb", "Team A", people=(HERE, HERE),
                                    codes=("x", "y")),
                             _facts(2, "child-qb", "Team B", people=(HERE,), codes=("x",))])
    assert not several  # no review with two themes: nothing to say
    assert lines["neglect"].people_words() == "2 (3 attendances)"
    assert lines["neglect"].teams == ["Team A", "Team B"]


def test_themes_held_in_the_same_sessions_are_said_together_most_sessions_first():
    """A bundled review carries 7 to 11 themes: a trial over three read 15 headings in the
    order of the alphabet, six of them the same figures word for word."""
    lines, several = _lines([_facts(1, "child-qc", "Team A"), _facts(2, "child-qc", "Team B"),
                             _facts(3, "child-qa", "Team A"), _facts(4, "child-qb", "Team B")])
    assert several and list(lines) == [
        "neglect",  # 4 sessions
        "early help, fathers, pre-birth",  # the same 2 sessions: one heading, in words' order
        "information sharing"]  # 1 session
    together = lines["early help, fathers, pre-birth"]
    assert together.lines()[:3] == [
        ("Sessions", "2 (2 team discussions, 0 individual reflections)"),
        ("Reviews", "Child QC"), ("Teams reached at team discussions", "2: Team A, Team B")]
    assert "said together" in SEVERAL


def test_a_themed_session_counts_under_its_theme_and_an_unknown_review_last():
    lines, _ = _lines([_facts(1, "child-qx", "Team A"), _facts(2, "theme-neglect", "Team A"),
                       _facts(3, "child-qb", "Team A", mode="individual")])
    assert list(lines) == ["neglect", NO_THEME]
    assert lines["neglect"].reviews == ["Child QB", "Theme: neglect"]
    assert lines["neglect"].people_words() == "none"
    assert lines[NO_THEME].reviews == ["Child QX"]


def test_by_theme_in_every_format_each_text_as_data(fictional_dir: Path, tmp_path: Path):
    """Through `make_report`, as the app and the command line make it: the library says each
    review's themes. A team typed with markup is shown as typed, escaped in the web page."""
    folder = tmp_path / "sessions"
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261101-child-zz-0000abc1", team="<b>Invented</b> [Team]",
                      created=here(2026, 11, 1, 12),
                      participants=[Participant(name="Pat Example", role="Nurse")])
    s.answers[0].text = "An invented answer."
    s.actions = [Action(id="a1", text="Invented audit", due="20/11/2026", due_date=PAST)]
    save_session(folder, s)
    report, _ = make_report([folder], Filters(), load_catalogue(fictional_dir), None, TODAY,
                            use_cache=False)
    md, page = to_markdown(report), to_html(report)
    assert ("## By theme\n\n### information sharing\n\n"
            "- Sessions: 1 (1 team discussion, 0 individual reflections)\n"
            "- Reviews: Child ZZ\n"
            "- Teams reached at team discussions: 1: \\<b>Invented\\</b> \\[Team]\n"
            "- People at team discussions: 1\n"
            "- Actions agreed at team discussions: 1 (0 done, 0 in progress, 1 open; "
            "1 overdue)\n\n## Actions") in md
    assert SEVERAL not in md
    assert ('<h2 id="themes">By theme</h2>\n<h3 dir="auto">information sharing</h3>' in page
            and "<dd>1: &lt;b&gt;Invented&lt;/b&gt; [Team]</dd>" in page)
