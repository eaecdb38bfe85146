"""Partnership reports: gathering shared folders, counting, and the three formats.

Every team, role, agency and person here is invented.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from reflect.model.review import Review
from reflect.model.session import Action, Participant, Session
from reflect.report import (
    CSV_COLUMNS,
    Filters,
    Gathered,
    LibraryReview,
    build_report,
    gather,
    make_report,
    parse_due,
    to_csv,
    to_html,
    to_markdown,
)
from reflect.report.gather import copy_kind, has_git_markers, session_date
from reflect.report.summary_rows import summary_rows
from reflect.report.words import rec_status
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session
from tests.conftest import FICTIONAL_REVIEW
from tests.local_days import here

TODAY = date(2026, 4, 1)

# Invented people: none of these may appear in any report.
NAMES = ["Zebedee Quillfeather", "Marigold Fenwhistle", "Orrin Blackbriar", "Thaddeus Pemberfold",
         "Ravelstone Oakhollow", "Perpetua Nightingale-Vox", "Cosmo Tindlewick"]

S1 = "20260110-child-zz-0000aaa1"
S2 = "20260205-child-zz-0000aaa2"
S3 = "20260220-child-yy-0000aaa3"
S4 = "20260310-child-zz-0000aaa4"
S5 = "20260115-child-yy-0000aaa5"
S6 = "20260120-child-zz-0000aaa6"
S7 = "20260320-child-yy-0000aaa7"

COPY_NAMES = [
    f"{S1} (1).toml",
    f"{S1} (conflicted copy 2026-01-11).toml",
    f"{S1}-conflicted copy.toml",
    f"{S1} (Invented Person's conflicted copy 2026-01-11).toml",
    f"{S1}-INVENTEDHOST.toml",
]


def _reviews(tmp_path: Path) -> dict[str, Review]:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    second = (FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-yy"')
              .replace('"Child ZZ"', '"Child YY"').replace('"zz-', '"yy-'))
    (folder / "child-yy.toml").write_text(second, encoding="utf-8")
    lib = load_library(folder)
    assert not lib.problems
    return {r.id: r for r in lib.reviews}


def _when(y: int, m: int, d: int) -> datetime:
    return here(y, m, d)


def _session(review: Review, sid: str, when: datetime, team: str, people: list[Participant],
             answers: int, actions: list[Action], **extra: object) -> Session:
    s = Session.start(review, sid, created=when, team=team, participants=people, **extra)
    for a in s.answers[:answers]:
        a.text = "An invented answer."
    s.actions = actions
    return s


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    """Two shared folders: the partnership's main one, and a second team's."""
    reviews = _reviews(tmp_path)
    zz, yy = reviews["child-zz"], reviews["child-yy"]
    main, second = tmp_path / "shared", tmp_path / "second"

    s1 = _session(zz, S1, _when(2026, 1, 10), "Invented Team 1", [
        Participant(name="Zebedee Quillfeather", role="Social worker", agency="Invented Council"),
        Participant(name="Marigold Fenwhistle", role="Health visitor",
                    agency="Invented Health Trust"),
        Participant(name="Orrin Blackbriar", role="Teacher", agency="Invented Academy",
                    attended=False),
    ], 2, [
        Action(text="Share the invented checklist", owner="Ravelstone Oakhollow", status="done",
               due="01/01/2026"),
        Action(text="Ask Zebedee Quillfeather to brief Thaddeus Pemberfold's team",
               owner="Ravelstone Oakhollow", due="31/01/2026"),
        Action(text="Audit invented referrals", status="in progress", due="2026-12-31"),
    ], facilitator="Thaddeus Pemberfold")
    s2 = _session(zz, S2, _when(2026, 2, 5), "  invented TEAM 1 ", [
        Participant(name="Perpetua Nightingale-Vox", role="Social worker",
                    agency="invented council"),
        Participant(role="Police officer", agency="Invented Constabulary"),
    ], 3, [
        Action(text="Invented training session", due="28 February 2026"),
        Action(text="Invented follow-up", due="when the invented report is back"),
    ])
    s3 = _session(yy, S3, _when(2026, 2, 20), "Invented Team 2", [
        Participant(name="Cosmo Tindlewick", role="Health visitor"),
    ], 1, [
        Action(text="Invented pathway update", status="done"),
        Action(text="Invented audit", due="March 2026"),
    ])
    s4 = _session(zz, S4, _when(2026, 3, 10), "Invented Team 2", [], 1, [], mode="individual")
    s5 = _session(yy, S5, _when(2026, 1, 15), "<b>x</b>", [
        Participant(role="Social worker", agency="Invented Council"),
    ], 2, [])
    s6 = _session(zz, S6, _when(2026, 1, 20), "Invented Team 1", [
        Participant(role="Social worker", agency="Invented Council"),
    ], 3, [Action(text="Invented action in a merge")])
    s7 = _session(yy, S7, _when(2026, 3, 20), "Invented Team 3", [
        Participant(role="Youth worker", agency="Invented Youth Service"),
        Participant(role="Nurse", agency="Invented Health Trust"),
    ], 3, [Action(text="Invented youth offer", status="done")])

    for s in (s1, s2, s3, s4, s5, s6):
        save_session(main, s)
    save_session(second, s7)

    # Conflict copies of s1, of each kind a sync tool makes.
    original = (main / f"{S1}.toml").read_bytes()
    for name in COPY_NAMES:
        (main / name).write_bytes(original)
    # A git merge left unfinished in s6's own file.
    text = (main / f"{S6}.toml").read_text(encoding="utf-8")
    (main / f"{S6}.toml").write_text(
        text.replace('team = "Invented Team 1"\n',
                     '<<<<<<< HEAD\nteam = "Invented Team 1"\n=======\n'
                     'team = "Invented Team One"\n>>>>>>> invented-branch\n'), encoding="utf-8")
    # Written by a newer reflect.
    text = (main / f"{S5}.toml").read_text(encoding="utf-8")
    (main / f"{S5}.toml").write_text(
        'future_field = "kept"\n'
        + re.sub(r"schema_version = \d+\n", "schema_version = 99\n", text),
        encoding="utf-8")
    # Unreadable, and a macOS metadata file that is no session at all.
    (main / "broken.toml").write_text("this is [[[ not toml\n", encoding="utf-8")
    (main / f"._{S1}.toml").write_bytes(b"\x00\x05\x16\x07 invented metadata")
    # The same session in the second folder, under its own name.
    shutil.copy(main / f"{S3}.toml", second / f"{S3}.toml")
    return main, second


def _ids(g: Gathered) -> set[str]:
    return {s.id for _, s, _ in g.sessions}


def _line(report, review_id: str):
    return next(x for x in report.reviews if x.review_id == review_id)


# --- gathering ------------------------------------------------------------------------------


def test_gather_counts_each_session_once(shared):
    main, second = shared
    g = gather([main, second], today=TODAY)
    assert _ids(g) == {S1, S2, S3, S4, S5, S7}
    assert [p.name for p, s, _ in g.sessions if s.id == S1] == [f"{S1}.toml"]


def test_conflict_copies_detected_and_not_counted(shared):
    main, second = shared
    g = gather([main, second], today=TODAY)
    conflicts = {p.name: why for p, why in g.conflicts}
    for name in COPY_NAMES:
        assert name in conflicts, name
        assert "not counted" in conflicts[name]
    assert "Dropbox" in conflicts[f"{S1} (Invented Person's conflicted copy 2026-01-11).toml"]
    assert "another computer" in conflicts[f"{S1}-INVENTEDHOST.toml"]
    assert "git conflict markers" in conflicts[f"{S6}.toml"]
    assert S6 not in _ids(g)
    # The second folder's copy of S3 is reported as a duplicate, not counted again.
    dupes = [p for p, why in g.conflicts if p.name == f"{S3}.toml"]
    assert len(dupes) == 1
    assert sum(1 for _, s, _ in g.sessions if s.id == S3) == 1
    assert not any(p.name.startswith("._") for p, _ in g.conflicts)
    assert len(g.conflicts) == len(COPY_NAMES) + 2


def test_newer_session_counted_and_flagged(shared):
    main, _ = shared
    g = gather([main], today=TODAY)
    flags = {s.id: flag for _, s, flag in g.sessions}
    assert S5 in flags
    assert flags[S5] and "newer" in flags[S5]
    assert flags[S1] is None and flags[S2] is None
    report = build_report(g, today=TODAY)
    assert [sid for _, sid, _ in report.flagged] == [S5]
    assert "newer" in to_markdown(report) and "newer" in to_html(report)


def test_unreadable_listed(shared, tmp_path):
    main, _ = shared
    g = gather([main, tmp_path / "missing"], today=TODAY)
    assert any("broken.toml" in m for m in g.unreadable)
    assert any("missing" in m and "not found" in m for m in g.unreadable)
    assert not any(f"._{S1}" in m for m in g.unreadable)
    report = build_report(g, today=TODAY)
    assert "broken.toml" in to_markdown(report)
    assert "broken.toml" in to_html(report)


def test_an_unreadable_files_line_is_shown_under_what_is_wrong_not_run_into_it(tmp_path):
    """The line a TOML mistake shows was run into the sentence before it: "…before and after
    it line 3: title = "Broken" (a trial). It is a block of its own, as it is in the file."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "20261201-child-zz-00000001.toml").write_text(
        'id = "20261201-child-zz-00000001"\nreview_id = "child-zz"\ntitle = "Broken `x`\n',
        encoding="utf-8")
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    md = to_markdown(report)
    said = md.split("## Files that could not be read (not counted)\n\n")[1]
    first, blank, fence, shown, end = said.split("\n")[:5]
    assert first.startswith("- ") and first.endswith("before and after it")
    assert (blank, fence, shown, end) == ("", "  ```", '  line 3:  title = "Broken `x`', "  ```")
    page = to_html(report)
    assert ('before and after it<pre class="shown">line 3:  title = &quot;Broken `x`</pre></li>'
            in page)


def test_files_not_read_are_said_in_the_opening_lines(tmp_path):
    """How many files were left out was said only in the summary's last row and at the end: a
    learning lead reading the top took the counts for every session's. The opening lines say
    it, in Markdown and on the web page; nothing when every file was read."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    for n in (1, 2):
        (folder / f"20261201-child-zz-0000000{n}.toml").write_text("title = \"Broken\n")
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    said = ("2 session files could not be read and are not counted: they are listed at the "
            "end of the report.")
    assert said in to_markdown(report).split("## Summary")[0]
    assert f"<p><strong>{said}</strong></p>" in to_html(report).split('id="summary"')[0]
    for broken in folder.iterdir():
        broken.unlink()
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    assert "could not be read and" not in to_markdown(report) + to_html(report)


def test_gather_writes_nothing(shared):
    main, second = shared

    def state() -> dict[str, tuple[int, int]]:
        return {str(p): (p.stat().st_size, p.stat().st_mtime_ns)
                for folder in (main, second) for p in folder.rglob("*")}

    before = state()
    gather([main, second], today=TODAY)
    assert state() == before


def test_same_folder_twice_is_read_once(shared):
    main, _ = shared
    g = gather([main, main / "." ], today=TODAY)
    assert len(g.conflicts) == len(COPY_NAMES) + 1
    assert sorted(s.id for _, s, _ in g.sessions) == sorted({S1, S2, S3, S4, S5})


def test_copy_without_its_original_is_counted_once_and_flagged(tmp_path):
    zz = _reviews(tmp_path)["child-zz"]
    folder = tmp_path / "lonely"
    sid = "20260101-child-zz-0000bbb1"
    path = save_session(folder, Session.start(zz, sid, team="Invented Team 9"))
    path.rename(folder / f"{sid} (1).toml")
    (folder / f"{sid} (conflicted copy 2026-01-02).toml").write_bytes(
        (folder / f"{sid} (1).toml").read_bytes())
    g = gather([folder], today=TODAY)
    assert len(g.sessions) == 1
    path, _, flag = g.sessions[0]
    assert flag and f"no file named {sid}.toml" in flag
    assert len(g.conflicts) == 1


def test_git_markers_inside_an_answer_still_a_conflict(tmp_path):
    zz = _reviews(tmp_path)["child-zz"]
    folder = tmp_path / "merge"
    sid = "20260101-child-zz-0000ccc1"
    s = Session.start(zz, sid, team="Invented Team 9")
    s.answers[0].text = "<<<<<<< HEAD\nFirst invented line\n=======\nSecond\n>>>>>>> theirs\n"
    save_session(folder, s)
    g = gather([folder], today=TODAY)
    assert not g.sessions
    assert [p.name for p, _ in g.conflicts] == [f"{sid}.toml"]


def test_marker_and_name_helpers():
    assert has_git_markers(b"a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n")
    assert has_git_markers(b"<<<<<<< HEAD\r\nb\r\n=======\r\nc\r\n>>>>>>> x\r\n")
    assert not has_git_markers(b"text = '''\n=======\n'''\n")
    assert not has_git_markers(b">>>>>>> x\n=======\n<<<<<<< y\n")
    sid = "20260101-child-zz-0000ddd1"
    assert copy_kind(Path(f"{sid}.toml"), sid) is None
    assert "numbered" in copy_kind(Path(f"{sid} (2).toml"), sid)
    assert "Syncthing" in copy_kind(Path(f"{sid}.sync-conflict-20260101-120000-ABC.toml"), sid)
    assert "another computer" in copy_kind(Path(f"{sid}-LAPTOP-7.toml"), sid)
    assert "by hand" in copy_kind(Path(f"{sid} - Copy.toml"), sid)


# --- filters --------------------------------------------------------------------------------


def test_filter_since_until(shared):
    main, second = shared
    assert _ids(gather([main, second], Filters(since=date(2026, 2, 1)), TODAY)) == {
        S2, S3, S4, S7}
    assert _ids(gather([main, second], Filters(until=date(2026, 2, 20)), TODAY)) == {
        S1, S5, S2, S3}
    both = Filters(since=date(2026, 2, 5), until=date(2026, 2, 20))
    assert _ids(gather([main, second], both, TODAY)) == {S2, S3}


def test_filter_review_and_team(shared):
    main, second = shared
    assert _ids(gather([main, second], Filters(review="child-yy"), TODAY)) == {S3, S5, S7}
    g = gather([main, second], Filters(team="INVENTED team 1"), TODAY)
    assert _ids(g) == {S1, S2}
    assert {p.name for p, _ in g.conflicts} >= set(COPY_NAMES)
    g = gather([main, second], Filters(team="Invented Team 3"), TODAY)
    assert _ids(g) == {S7}
    # Copies of sessions outside the filter are not reported; a file that cannot be parsed is.
    assert [p.name for p, _ in g.conflicts] == [f"{S6}.toml"]
    assert not _ids(gather([main, second], Filters(team="Invented Team 9"), TODAY))
    # Words of a name take every team whose name holds them (Invented Team 1, 2 and 3)
    assert _ids(gather([main, second], Filters(team="Invented Team"), TODAY)) == \
        {S1, S2, S3, S4, S7}


def test_filters_in_report_and_zero_rows(shared):
    main, second = shared
    g = gather([main, second], Filters(review="child-yy"), TODAY)
    report = build_report(g, {"child-zz": "Child ZZ", "child-yy": "Child YY",
                              "child-xx": "Child XX"}, TODAY)
    assert [x.review_id for x in report.reviews] == ["child-yy"]
    assert "covering review \"Child YY\" (child-yy)." in to_markdown(report)
    report = build_report(gather([main], Filters(team="Invented Team 3"), TODAY),
                          {"child-xx": "Child XX"}, TODAY)
    assert [(x.review_id, x.sessions) for x in report.reviews] == [("child-xx", 0)]


def test_reviews_of_one_title_are_told_apart_and_one_missing_from_the_library_says_so(shared):
    """A session on a review since removed (or a copy) whose title another review has gave
    two rows of one title and nothing to tell them apart (a trial); one whose review is gone
    with no other of its title, a row as if all were well (another)."""
    main, second = shared
    report = build_report(gather([main, second], today=TODAY),
                          {"child-zz": "Child ZZ", "child-qq": "Child YY"}, TODAY)
    titles = {x.review_id: x.title for x in report.reviews}
    gone = "Child YY (child-yy, not in the library: renamed to child-qq?)"
    assert titles["child-yy"] == gone
    assert titles["child-qq"] == "Child YY (child-qq)"
    assert titles["child-zz"] == "Child ZZ"
    assert f"| {gone} |" in to_markdown(report)
    report = build_report(gather([main, second], today=TODAY), {"child-yy": "Child YY"}, TODAY)
    titles = {x.review_id: x.title for x in report.reviews}
    assert titles == {"child-yy": "Child YY", "child-zz": "Child ZZ (child-zz, not in the library)"}


# --- counts ---------------------------------------------------------------------------------


def test_counts_per_review(shared):
    main, second = shared
    report = build_report(gather([main, second], today=TODAY), today=TODAY)
    zz, yy = _line(report, "child-zz"), _line(report, "child-yy")

    assert (zz.sessions, zz.team_discussions, zz.individual_reflections) == (3, 2, 1)
    # Invented Team 2 only named a practitioner's own reflection: no team discussion there
    assert zz.teams == ["Invented Team 1"]
    assert zz.agencies == ["Invented Constabulary", "Invented Council", "Invented Health Trust"]
    assert zz.attendees == 4
    assert zz.by_role == {"Social worker": 2, "Health visitor": 1, "Police officer": 1}
    assert zz.by_agency == {"Invented Council": 2, "Invented Constabulary": 1,
                            "Invented Health Trust": 1}
    assert zz.questions_answered == 2 + 3 + 1
    assert (zz.actions_agreed, zz.actions_done, zz.actions_in_progress, zz.actions_open) == (
        5, 1, 1, 3)
    assert zz.last_discussed == date(2026, 3, 10)

    assert yy.sessions == 3 and yy.individual_reflections == 0
    assert len(yy.teams) == 3 and "<b>x</b>" in yy.teams
    assert yy.agencies == ["Invented Council", "Invented Health Trust", "Invented Youth Service"]
    assert yy.attendees == 4
    assert yy.by_agency["(agency not recorded)"] == 1
    assert yy.questions_answered == 1 + 2 + 3
    assert (yy.actions_agreed, yy.actions_done) == (3, 2)
    assert yy.last_discussed == date(2026, 3, 20)

    t = report.totals
    assert (t.sessions, t.attendees, t.questions_answered, t.actions_done) == (6, 8, 12, 3)
    assert len(t.teams) == 4  # Invented Team 1, 2, 3 and <b>x</b>
    assert len(t.agencies) == 4
    # Counted per session, so said as attendances ("People attending" read as people).
    assert ("Attendances at team discussions",
            "8 (one person at two meetings counts twice)") in summary_rows(report)
    # Answers are counted per session too: "Questions answered: 3" read as all three of a
    # review's questions, when one was answered in two sessions and another never (a trial).
    assert ("Answers given, counted in each session", "12") in summary_rows(report)
    # Questions, each once per review: S1, S2 and S4 answered ZZ's first three between them.
    assert (zz.questions_covered, yy.questions_covered, t.questions_covered) == (3, 3, 6)
    assert (zz.questions_asked, t.questions_asked) == (0, 0)  # no library: not known
    assert ("Questions answered at least once", "6") in summary_rows(report)
    assert "| Questions answered |" in to_markdown(report)
    assert "| Child ZZ | 3 | 1 | 1 | 3 | 4 | 3 | 5 | 1 | 10 March 2026 |" in to_markdown(report)


def test_questions_answered_of_those_the_library_says_a_review_asks(shared):
    """A report says how many of a review's questions were answered at all: one answered in
    two sessions counts once, one the review no longer asks not at all."""
    main, second = shared
    library = {"child-zz": LibraryReview(questions=("zz-first", "zz-second", "zz-third",
                                                    "zz-fourth")),
               "child-yy": LibraryReview(questions=("yy-first", "yy-second"))}  # third gone
    report = build_report(gather([main, second], today=TODAY), today=TODAY, library=library)
    zz, yy, t = _line(report, "child-zz"), _line(report, "child-yy"), report.totals
    assert (zz.questions_covered, zz.questions_asked) == (3, 4)
    assert (yy.questions_covered, yy.questions_asked) == (2, 2)
    # Answers, each session's, are to its questions too: S7's to yy-third (a question the
    # review no longer asks, as one replaced by another briefing) counted (1 + 2 + 3).
    assert (zz.questions_answered, yy.questions_answered) == (2 + 3 + 1, 1 + 2 + 2)
    assert t.questions_answered == 6 + 5
    assert ("Answers given, counted in each session", "11") in summary_rows(report)
    assert (t.questions_covered, t.questions_asked) == (5, 6)
    assert ("Questions answered at least once", "5 of 6") in summary_rows(report)
    md, html, text = _formats(report)
    assert "| Child ZZ | 3 | 1 | 1 | 3 | 4 | 3 of 4 | 5 | 1 | 10 March 2026 |" in md
    assert '<td class="n">3 of 4</td>' in html
    rows = {r[0]: r for r in csv.reader(io.StringIO(text, newline=""))}
    assert rows["child-zz"][11:13] == ["3", "4"] and rows["child-zz"][6] == "6"
    # One review discussed that the library does not know: the total asked is not known.
    partly = build_report(gather([main, second], today=TODAY), today=TODAY,
                          library={"child-zz": library["child-zz"]})
    assert ("Questions answered at least once", "6") in summary_rows(partly)


def test_per_team(shared):
    main, second = shared
    report = build_report(gather([main, second], today=TODAY),
                          {"child-zz": "Child ZZ", "child-yy": "Child YY"}, TODAY)
    teams = {t.team: t for t in report.teams}
    assert set(teams) == {"Invented Team 1", "Invented Team 2", "Invented Team 3", "<b>x</b>"}
    one = teams["Invented Team 1"]
    assert [(r.review_id, r.dates) for r in one.reviews] == [
        ("child-zz", [date(2026, 1, 10), date(2026, 2, 5)])]
    two = teams["Invented Team 2"]
    # An individual reflection naming the team is said apart: it is not the team's discussion.
    assert [(r.title, r.dates, r.individual) for r in two.reviews] == [
        ("Child YY", [date(2026, 2, 20)], []), ("Child ZZ", [], [date(2026, 3, 10)])]
    md = to_markdown(report)
    assert "- Child YY: 20 February 2026\n- Child ZZ: 1 individual reflection: 10 March 2026\n" \
        in md
    assert "Child ZZ: 1 individual reflection: 10 March 2026" in to_html(report)


def test_overdue_actions(shared):
    main, second = shared
    report = build_report(gather([main, second], today=TODAY), today=TODAY)
    assert [a.text for a in report.overdue] == [
        "Ask [redacted] to brief [redacted]'s team",  # 31/01/2026
        "Invented training session",                  # 28 February 2026
        "Invented audit",                             # March 2026: by its last day
    ]
    # On an earlier day, fewer are overdue; done actions and vague dues never are.
    early = build_report(gather([main, second], today=TODAY), today=date(2026, 2, 15))
    assert [a.text for a in early.overdue] == ["Ask [redacted] to brief [redacted]'s team"]


def _link_s1(main: Path) -> None:
    """Link two of S1's actions to recommendations, and one to a recommendation since reworded."""
    s1 = load_session(main / f"{S1}.toml")
    s1.actions[0].recommendation = "Zebra invented recommendation"
    s1.actions[1].recommendation = "An invented recommendation since reworded"
    s1.actions[2].recommendation = "  zebra INVENTED recommendation "
    save_session(main, s1)


ZZ_RECS = ["Zebra invented recommendation", "Middle invented recommendation",
           "Apple invented recommendation"]


def test_actions_by_recommendation_in_the_reviews_order(shared):
    main, second = shared
    _link_s1(main)
    report = build_report(gather([main, second], today=TODAY), today=TODAY,
                          library={"child-zz": LibraryReview(ZZ_RECS),
                                   "child-yy": LibraryReview(["Invented yy rec"]),
                                   "child-xx": LibraryReview(["Never discussed"])})
    zz = [r for r in report.recommendations if r.review_id == "child-zz"]
    # The review's own, in its order (never alphabetical), even with no action; then those only
    # actions name; then the actions linked to none.
    assert [r.label for r in zz] == [*ZZ_RECS, "An invented recommendation since reworded",
                                     "not linked"]
    zebra, middle, apple = zz[:3]
    assert [(a.text, a.status) for a in zebra.actions] == [
        ("Share the invented checklist", "done"), ("Audit invented referrals", "in progress")]
    assert not middle.actions and not apple.actions
    assert len(zz[3].actions) == 1 and len(zz[4].actions) == 2  # S2's two
    yy = [r for r in report.recommendations if r.review_id == "child-yy"]
    assert [(r.label, len(r.actions)) for r in yy] == [("Invented yy rec", 0), ("not linked", 3)]
    assert not any(r.review_id == "child-xx" for r in report.recommendations)
    assert [r.label for r in report.without_action] == [  # Child YY comes before Child ZZ
        "Invented yy rec", "Middle invented recommendation", "Apple invented recommendation"]
    md = to_markdown(report)
    assert "**Zebra invented recommendation**: 2 actions: 1 done, 1 in progress, 0 open" in md
    assert "**Middle invented recommendation**: No action yet\n\n**Apple" in md  # one blank line
    assert "\n\n\n" not in md
    assert md.index("Zebra invented") < md.index("Middle invented") < md.index("Apple invented")
    assert "| Recommendations with no action recorded here | 3 |" in md
    page = to_html(report)
    assert "Middle invented recommendation</strong>: No action yet" in page


def test_a_recommendation_written_as_a_sentence_is_followed_by_its_status_as_one(shared):
    # Most recommendations are sentences: "needs.: no action yet" read wrongly (a trial).
    main, second = shared
    _link_s1(main)
    recs = ["Zebra invented recommendation", "Hold invented meetings sooner.",
            "Is the invented pathway known?"]
    report = build_report(gather([main, second], today=TODAY), today=TODAY,
                          library={"child-zz": LibraryReview(recs, updates={
                              "Is the invented pathway known?": "Shared in May."})})
    md, page = to_markdown(report), to_html(report)
    assert ".:" not in md and "?:" not in md and ".</strong>:" not in page
    assert "**Hold invented meetings sooner.** No action yet\n" in md
    assert ("**Is the invented pathway known?** No action yet (the briefing's update: "
            "Shared in May.)") in md
    assert "Hold invented meetings sooner.</strong> No action yet</p>" in page
    # Words that end no sentence keep their colon.
    assert "**Zebra invented recommendation**: 2 actions: 1 done" in md
    assert "**not linked**: 2 actions" in md
    assert "Zebra invented recommendation</strong>: 2 actions" in page


def test_no_action_yet_is_written_the_same_way_after_a_title_and_after_a_sentence(shared):
    """"…from this recommendation. No action yet" in one review, "…: no action yet (the
    briefing says…)" in another (a trial): reflect's own words are one, "No action yet",
    whatever the recommendation ends with; the briefing's words quoted after them are as
    it wrote them."""
    main, second = shared
    recs = ["Invented title recommendation", "Learn from this invented recommendation."]
    report = build_report(gather([main, second], today=TODAY), today=TODAY,
                          library={"child-zz": LibraryReview(recs, updates={
                              "Invented title recommendation": "no action yet, it says."})})
    md, page = to_markdown(report), to_html(report)
    assert ("**Invented title recommendation**: No action yet (the briefing's update: no "
            "action yet, it says.)") in md
    assert "**Learn from this invented recommendation.** No action yet\n" in md
    assert "Invented title recommendation</strong>: No action yet (" in page
    assert "this invented recommendation.</strong> No action yet</p>" in page
    assert {rec_status(r)[1].split(" (")[0] for r in report.recommendations
            if not r.actions} == {"No action yet"}


def test_make_report_reads_recommendations_from_the_library(shared, tmp_path):
    main, second = shared
    _link_s1(main)
    catalogue = load_catalogue(tmp_path / "content")
    report, problems = make_report([main, second], Filters(), catalogue,
                                   tmp_path / "settings.toml", TODAY)
    assert problems == []
    yy = [r.label for r in report.recommendations if r.review_id == "child-yy"]
    assert yy == ["Invented recommendation", "not linked"]
    assert "Child YY" in [r.review_title for r in report.without_action]
    # The progress the briefing reports is said beside "no action yet": a recommendation the
    # briefing says is done read as a gap (a trial).
    assert ("**Invented recommendation**: No action yet (the briefing's update: Meetings are "
            "now held within five days.)") in to_markdown(report)
    # And how many questions each review asks: Child YY's three, answered between sessions.
    assert ("Questions answered at least once", "6 of 6") in summary_rows(report)


@pytest.mark.parametrize("text, expected", [
    ("2027-03-31", date(2027, 3, 31)),
    ("31/03/2027", date(2027, 3, 31)),
    ("1/4/27", date(2027, 4, 1)),
    ("31.03.2027", date(2027, 3, 31)),
    ("31 March 2027", date(2027, 3, 31)),
    ("31st Mar 2027", date(2027, 3, 31)),
    ("March 31, 2027", date(2027, 3, 31)),
    ("by 31 march 2027.", date(2027, 3, 31)),
    ("February 2027", date(2027, 2, 28)),
    ("", None),
    ("31 January", date(2027, 1, 31)),  # no year: the next one after "today"
    ("next Friday", date(2026, 12, 4)),
    ("31/02/2027", None),
    ("Smarch 2027", None),
    ("ASAP", None),
])
def test_parse_due(text, expected):
    assert parse_due(text, date(2026, 12, 1)) == expected


# --- formats --------------------------------------------------------------------------------


def _all_formats(shared) -> tuple[str, str, str]:
    main, second = shared
    report = build_report(gather([main, second], today=TODAY),
                          {"child-zz": "Child ZZ", "child-yy": "Child YY"}, TODAY)
    return to_markdown(report), to_html(report), to_csv(report)


def test_names_never_appear(shared):
    for text in _all_formats(shared):
        for name in NAMES:
            assert name not in text
            for part in name.split():
                assert part not in text, part


def test_likely_names_of_people_not_in_the_room_are_redacted(tmp_path):
    """A child's or a family member's name in an action or its progress is nobody in the
    room, yet must not reach the partnership's report (a trial: it went through as typed)."""
    zz = _reviews(tmp_path)["child-zz"]
    folder = tmp_path / "shared"
    save_session(folder, _session(zz, S1, _when(2026, 1, 10), "Invented Team 1", [], 0, [
        Action(text="Ring Mum Tamsin Example about baby Quill's visits", due="Friday",
               progress='Spoke to "Wren Sample" on Tuesday'),
        Action(text="Share the invented checklist with the Mum and Baby group"),
    ]))
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    texts = {a.text for r in report.recommendations for a in r.actions}
    assert texts == {"Ring Mum [redacted] about baby [redacted]'s visits",
                          "Share the invented checklist with the Mum and Baby group"}
    md, html, csv_text = _formats(report)
    for text in (md, html, csv_text):
        for name in ("Tamsin", "Quill", "Wren"):
            assert name not in text
    for text in (md, html):  # (the CSV is the counts only)
        assert "[redacted]" in text and "on Tuesday" in text and "Mum and Baby group" in text


def _formats(report: object) -> tuple[str, str, str]:
    return to_markdown(report), to_html(report), to_csv(report)  # type: ignore[arg-type]


def test_csv_columns_and_rows(shared):
    _, _, text = _all_formats(shared)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS == (
        "review_id", "review_title", "sessions", "teams", "agencies", "attendances",
        "answers_given", "actions_agreed", "actions_done", "last_discussed",
        "themed_sessions", "questions_answered", "questions_in_review",
        "personal_actions", "personal_actions_done", "recommendations_no_action_recorded",
        "of_them_briefing_says_complete", "sessions_with_nothing_recorded",
        "confidence_checks", "confidence_start_average", "confidence_end_average",
        "confidence_start_answers", "confidence_end_answers", "actions_due_date_not_a_date",
        "individual_reflections", "own_reflection_agencies")
    by_id = {r[0]: dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    assert by_id["child-zz"] == {
        "review_id": "child-zz", "review_title": "Child ZZ", "sessions": "3", "teams": "1",
        "agencies": "3", "attendances": "4", "answers_given": "6", "actions_agreed": "5",
        "actions_done": "1", "last_discussed": "2026-03-10", "themed_sessions": "0",
        "questions_answered": "3", "questions_in_review": "", "personal_actions": "0",
        "personal_actions_done": "0", "recommendations_no_action_recorded": "0",
        "of_them_briefing_says_complete": "0", "sessions_with_nothing_recorded": "0",
        "confidence_checks": "0", "confidence_start_average": "", "confidence_end_average": "",
        "confidence_start_answers": "", "confidence_end_answers": "",
        "actions_due_date_not_a_date": "1",  # "when the invented report is back"
        "individual_reflections": "1", "own_reflection_agencies": "0"}
    assert by_id["child-yy"]["sessions"] == "3"
    assert text.endswith("\r\n")


def test_csv_neutralises_formulas(shared):
    main, second = shared
    titles = {"child-zz": "=HYPERLINK(\"invented\")", "child-yy": "+1 invented",
              "child-aa": "-1 invented", "child-bb": "@SUM(A1)", "child-cc": "\t=invented",
              "child-dd": "\r=invented"}
    report = build_report(gather([main, second], today=TODAY), titles, TODAY)
    rows = list(csv.reader(io.StringIO(to_csv(report), newline="")))[1:]
    cells = {r[0]: r[1] for r in rows}
    assert cells["child-zz"] == "'=HYPERLINK(\"invented\")"
    assert cells["child-yy"] == "'+1 invented"
    assert cells["child-aa"] == "'-1 invented"
    assert cells["child-bb"] == "'@SUM(A1)"
    # (the two read alike once on one line: told apart by their ids)
    assert cells["child-cc"] in ("'=invented (child-cc)", "'\t=invented (child-cc)")
    assert cells["child-dd"] in ("'=invented (child-dd)", "'\n=invented (child-dd)")
    for r in rows:
        for c in r:
            assert not c.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


def test_html_self_contained_and_escaped(shared):
    _, page, _ = _all_formats(shared)
    low = page.lower()
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in low
    assert "http://" not in low and "https://" not in low
    assert "src=" not in low and "<link" not in low and "url(" not in low
    assert "content-security-policy" in low and "default-src 'none'" in page
    assert "<svg" in page
    assert "@page" in page and "A4" in page and "@media print" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page
    assert "<b>x</b>" not in page


def test_markdown_escapes_and_reports(shared):
    md, _, _ = _all_formats(shared)
    assert "<b>x</b>" not in md
    assert "\\<b>x\\</b>" in md
    assert "| Child ZZ | 3 | 1 | 1 | 3 | 4 | 3 | 5 | 1 | 10 March 2026 |" in md
    assert "Social worker 2, Health visitor 1, Police officer 1" in md
    assert "Conflict copies (not counted)" in md
    for name in COPY_NAMES:
        assert name.replace("[", "\\[") in md


def test_empty_report(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    assert report.totals.sessions == 0
    assert "No sessions match." in to_markdown(report)
    assert "<svg" not in to_html(report)
    assert to_csv(report) == ",".join(CSV_COLUMNS) + "\r\n"


def test_report_is_pure():
    import subprocess
    import sys

    code = "import sys, reflect.report\nprint('textual' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_time_without_zone_and_future_date(tmp_path):
    zz = _reviews(tmp_path)["child-zz"]
    folder = tmp_path / "mixed"
    save_session(folder, Session.start(zz, "20260101-child-zz-0000eee1", created=_when(2026, 1, 1)))
    path = save_session(folder, Session.start(zz, "20260102-child-zz-0000eee2",
                                              created=datetime(2026, 1, 2, 12, tzinfo=UTC)))
    text = path.read_text(encoding="utf-8")
    assert "created = 2026-01-02 12:00:00+00:00\n" in text
    path.write_text(text.replace("created = 2026-01-02 12:00:00+00:00\n",
                                 "created = 2026-01-02 12:00:00\n"), encoding="utf-8")
    save_session(folder, Session.start(zz, "20270101-child-zz-0000eee3", created=_when(2027, 1, 1)))
    g = gather([folder], Filters(since=date(2026, 1, 2)), today=TODAY)
    assert [s.id for _, s, _ in g.sessions] == ["20260102-child-zz-0000eee2",
                                                "20270101-child-zz-0000eee3"]
    assert g.sessions[0][2] is None
    assert "after today" in (g.sessions[1][2] or "")


def test_a_themed_sessions_reviews_count_as_discussed(tmp_path):
    """After a themed session, the reviews whose questions it asked were listed as "never"
    discussed, and the theme counted as a review (a trial). Each it answered a question of
    (here, the two questions Child ZZ and Child YY both ask) now says so: its last day
    (marked as a themed session's when it had no other), the theme under its row, and it
    counts among the reviews discussed; the theme's own line keeps the session's numbers.
    Only those: tests/unit/test_report_themed.py."""
    from reflect.model.themes import theme_id, themed_review

    reviews = _reviews(tmp_path)
    third = (FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-xx"')
             .replace('"Child ZZ"', '"Child XX"').replace('"zz-', '"xx-')
             .replace('themes = ["information-sharing"]', 'themes = ["invented-other"]'))
    (tmp_path / "content" / "child-xx.toml").write_text(third, encoding="utf-8")
    reviews = {r.id: r for r in load_library(tmp_path / "content").reviews}
    theme = themed_review("information-sharing", reviews.values())
    folder = tmp_path / "shared"
    save_session(folder, _session(theme, f"20260301-{theme_id('information-sharing')}-0000aaa8",
                                  _when(2026, 3, 1), "Invented Team 1", [], 2, []))
    save_session(folder, _session(reviews["child-yy"], S3, _when(2026, 2, 20),
                                  "Invented Team 2", [], 1, []))
    titles = {rid: r.title for rid, r in reviews.items()}
    report = build_report(gather([folder], today=TODAY), titles, TODAY)
    lines = {line.review_id: line for line in report.reviews}
    zz, yy, xx = lines["child-zz"], lines["child-yy"], lines["child-xx"]
    assert (zz.sessions, zz.themed, zz.last_discussed) == (
        0, {"Theme: information sharing": 1}, date(2026, 3, 1))
    assert (yy.sessions, yy.themed, yy.last_discussed) == (
        1, {"Theme: information sharing": 1}, date(2026, 3, 1))
    assert (xx.sessions, xx.themed, xx.last_discussed) == (0, {}, None)
    assert lines[theme.id].questions_answered == 2
    markdown = to_markdown(report)
    assert "| Reviews discussed | 2 |" in markdown  # ZZ and YY; not the theme, not XX
    assert re.search(r"\| Child ZZ \|[^\n]*\| 1 March 2026 \(themed\) \|", markdown)
    assert re.search(r"\| Child YY \|[^\n]*\| 1 March 2026 \|", markdown)
    assert re.search(r"\| Child XX \|[^\n]*\| never \|", markdown)
    assert ("- Discussed in themed sessions: Theme: information sharing (1 session)"
            in markdown.split("### Child ZZ", 1)[1])
    assert "Discussed in themed sessions" in to_html(report)
    rows = {r[0]: r for r in csv.reader(io.StringIO(to_csv(report), newline=""))}
    themed = CSV_COLUMNS.index("themed_sessions")
    assert rows["child-zz"][themed] == "1" and rows["child-xx"][themed] == "0"
    # A report on one review keeps to its own sessions, and says the themed sessions that
    # recorded something on it (a midwife's trial: it said "never"); one on the theme names
    # its reviews.
    only = build_report(gather([folder], today=TODAY, filters=Filters(review="child-yy")),
                        titles, TODAY)
    assert [line.review_id for line in only.reviews] == ["child-yy"]
    assert (only.reviews[0].sessions, only.reviews[0].themed) == (
        1, {"Theme: information sharing": 1})
    on_theme = build_report(gather([folder], today=TODAY, filters=Filters(review=theme.id)),
                            titles, TODAY)
    assert {line.review_id for line in on_theme.reviews} == {theme.id, "child-zz", "child-yy"}
    assert "| Reviews discussed | 2 |" in to_markdown(on_theme)


def test_a_session_is_held_on_its_local_day(tmp_path, monkeypatch):
    """A meeting at 00:30 on 1 July, British Summer Time (23:30 UTC on 30 June), was left out
    of `--since 1/7/2026` and reported as held on 30 June (a trial)."""
    import time

    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        zz = _reviews(tmp_path)["child-zz"]
        folder = tmp_path / "bst"
        save_session(folder, Session.start(zz, "20260701-child-zz-0000b571",
                                           created=datetime(2026, 6, 30, 23, 30, tzinfo=UTC)))
        g = gather([folder], Filters(since=date(2026, 7, 1)), today=date(2026, 7, 2))
        assert [s.id for _, s, _ in g.sessions] == ["20260701-child-zz-0000b571"]
        assert session_date(g.sessions[0][1]) == date(2026, 7, 1)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_recommendations_the_briefing_says_are_complete_are_counted_apart(shared):
    """"Recommendations with no action yet: 18" counted those the briefing's own update says
    were done (a trial): no action recorded in reflect is not nothing done. Every format and
    the summary the app shows say how many of them the briefing says are complete."""
    main, second = shared
    _link_s1(main)
    report = build_report(gather([main, second], today=TODAY), today=TODAY, library={
        "child-zz": LibraryReview(ZZ_RECS, updates={
            "Middle invented recommendation": "Invented guidance published.",
            "Apple invented recommendation": "Invented audit to follow."},
            complete=frozenset({"Middle invented recommendation"})),
        "child-yy": LibraryReview(["Invented yy rec"])})
    assert [r.label for r in report.said_complete] == ["Middle invented recommendation"]
    row = ("Recommendations with no action recorded here",
           "3 (1 of them the briefing says is complete)")
    assert row in summary_rows(report)
    md, page, text = _formats(report)
    assert f"| {row[0]} | {row[1]} |" in md
    assert row[0] in page and row[1] in page
    assert ("**Middle invented recommendation**: No action yet (the briefing says it is "
            "complete: Invented guidance published.)") in md
    assert ("**Apple invented recommendation**: No action yet (the briefing's update: "
            "Invented audit to follow.)") in md
    rows = list(csv.reader(io.StringIO(text, newline="")))
    by_id = {r[0]: dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    assert [(by_id[rid]["recommendations_no_action_recorded"],
             by_id[rid]["of_them_briefing_says_complete"]) for rid in ("child-zz", "child-yy")
            ] == [("2", "1"), ("1", "0")]


def test_which_recommendations_the_briefing_says_are_complete():
    from reflect.model.links import briefing_says_complete
    from reflect.model.review import Recommendation

    def review(note: str | None, *updates: str | None) -> object:
        return SimpleNamespace(recommendations_note=note, recommendations=[
            Recommendation(text=f"Invented rec {n}", update=u) for n, u in enumerate(updates)])

    # "actions are now completed with updates in bold": each with an update is complete.
    assert briefing_says_complete(review(  # type: ignore[arg-type]
        "Invented actions now completed, updates in bold", "Invented leaflet out.", None)
    ) == {"Invented rec 0"}
    # Otherwise only an update that starts by saying so.
    assert briefing_says_complete(review(  # type: ignore[arg-type]
        None, "Complete.", "Invented audit to follow.", "Done: invented guidance shared")
    ) == {"Invented rec 0", "Invented rec 2"}
    # An update saying it was not carried out is not complete, whatever the note says
    # (one deemed "not SMART" was counted as complete).
    assert briefing_says_complete(review(  # type: ignore[arg-type]
        "Invented actions now completed, updates in bold", "Invented leaflet out.",
        "Invented measure deemed not SMART; figures not achievable.",
        "Withdrawn: replaced by the invented plan.", "Invented audit still in progress.",
        "Complete, not before time.")
    ) == {"Invented rec 0", "Invented rec 4"}


def test_markdown_escapes_a_session_title_where_the_team_held_it(tmp_path):
    """By team, each review's days give its sessions' titles: `Trial [bold]North[/bold]` was
    printed unescaped there, while the same report (and `reflect export`) escaped it as
    `\\[bold]` elsewhere (a plain-mode trial)."""
    zz = _reviews(tmp_path)["child-zz"]
    folder = tmp_path / "shared"
    save_session(folder, _session(zz, S1, _when(2026, 1, 10), "Invented Team 1", [], 1, [],
                                  title="Trial [bold]North[/bold] <i>x</i>"))
    md = to_markdown(build_report(gather([folder], today=TODAY), today=TODAY))
    assert "- Child ZZ: 10 January 2026 (Trial \\[bold]North\\[/bold] \\<i>x\\</i>)" in md
    assert "[bold]North[/bold]" not in md.replace("\\[", "")
