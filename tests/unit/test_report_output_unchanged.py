"""The report's words, byte for byte, over an invented set of sessions: made quicker, it must
say exactly what it said (tests/data/report_golden holds what it said). The set is the
benchmark's own kind of session (bench/report_case.py) with what it lacks added: a due date a
later meeting moved, words that name no date, progress, the room's confidence check, a themed
session, a session with nothing recorded, an individual reflection listing a person, one
dated after today, a sync tool's copy, a git conflict and a file that is not TOML. Each is
made, and compared, without the cache, then from it (the second report with nothing changed
reads the cache alone).

To write the files afresh (only when the report is meant to say something new):
`REFLECT_WRITE_GOLDEN=1 pytest tests/unit/test_report_output_unchanged.py`.

Every name, team and word here is invented.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reflect.model.session import Action, Confidence, Participant, Point, Session
from reflect.model.themes import theme_id, themed_review
from reflect.report import Filters, to_csv, to_html, to_markdown
from reflect.report.make import make_report
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.sessions import save_session

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.report_case import make_library, make_sessions  # noqa: E402

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "report_golden"
TODAY = date(2025, 9, 1)
THEME = "information-sharing"


@pytest.fixture
def utc_here(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Reports give each session's day where they are made: here, UTC."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _extra(library: Path, folder: Path) -> None:
    """What the benchmark's sessions lack, each once."""
    reviews = load_library(library).reviews
    one = reviews[1]
    moved = Session.start(one, "20250310-child-b1-0000aaa1", title="Invented huddle",
                          team="Invented North Team", facilitator="Pat Example",
                          created=datetime(2025, 3, 10, 23, 30, tzinfo=UTC),
                          participants=[Participant(name="Sam Sample", role="Nurse",
                                                    agency="HV")])
    moved.answers[0].text = "An invented answer."
    moved.actions = [
        Action(text="Invented slipped audit", due="18/12/2025", due_date=date(2025, 12, 18),
               agreed_due="1/8/2025", agreed_due_date=date(2025, 8, 1),
               progress="Sam Sample started it", status="in progress",
               recommendation="Invented recommendation 1.2"),
        Action(text="Invented impossible date", due="31/02/2025"),
        Action(text="Invented someday", due="someday <soon> & | *later*"),
        Action(text="Sam Sample to phone 07700 900123", due="2/8/2025",
               due_date=date(2025, 8, 2)),
        Action(text="Invented old words", due="20/06/2025"),  # kept without its date
        Action(text="Invented cut link", due="", recommendation="Invented recommendation 1.3…"),
    ]
    moved.confidence = [Confidence(phase="start", prompt="Invented?", counts=[1, 2, 3, 0, 0]),
                        Confidence(phase="end", prompt="Invented?", counts=[0, 0, 2, 3, 1])]
    save_session(folder, moved)

    themed = Session.start(themed_review(THEME, reviews), f"20250311-{theme_id(THEME)}-0000bbb1",
                           theme=THEME, team="Invented North Team",
                           created=datetime(2025, 3, 11, 12, tzinfo=UTC))
    next(a for a in themed.answers if a.source == "Child B2").points.append(
        Point(text="An invented point"))
    save_session(folder, themed)

    # A practitioner's own reflection listing one person: no attendance at a team
    # discussion, nor an agency reached; said apart as the reflections'.
    own = Session.start(one, "20250313-child-b1-0000eee1", mode="individual",
                        title="Invented own notes", team="Invented North Team",
                        created=datetime(2025, 3, 13, 9, tzinfo=UTC),
                        participants=[Participant(name="Lee Example", role="Invented role",
                                                  agency="Invented Own Agency")])
    own.answers[0].text = "An invented answer."
    save_session(folder, own)

    nothing = Session.start(reviews[2], "20250312-child-b2-0000ccc1", title="Left early",
                            team="Invented | South *Team*",
                            created=datetime(2025, 3, 12, 9, tzinfo=UTC))
    save_session(folder, nothing)

    later = Session.start(reviews[3], "20251012-child-b3-0000ddd1", title="From the future",
                          team="Invented South Team", created=datetime(2025, 10, 12, 9, tzinfo=UTC))
    later.answers[1].text = "An invented answer."
    path = save_session(folder, later)
    (folder / f"{later.id} (1).toml").write_bytes(path.read_bytes())

    (folder / "broken.toml").write_text("this is [[[ not toml\n", encoding="utf-8")
    merged = sorted(folder.glob("2*.toml"))[3]
    merged.write_text("<<<<<<< HEAD\n" + merged.read_text(encoding="utf-8")
                      + "=======\n>>>>>>> invented\n", encoding="utf-8")


def _reports(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(file name, text) of each report: every format, then a filtered one; each made twice
    (the second from the cache), the two checked alike. The folders are given as relative
    paths (the reports name files by them)."""
    library = make_library(Path("library"))
    folder = make_sessions(Path("sessions"), library, 100, seed=11)
    _extra(library, folder)
    catalogue = load_catalogue(library)
    cache = tmp_path / "cache"
    for name, filters in (("all", Filters()),
                          ("filtered", Filters(since=date(2025, 1, 8), until=date(2025, 1, 9),
                                               team="riverside mash"))):
        made = []
        for _ in range(2):
            report, problems = make_report([folder], filters, catalogue, None, TODAY,
                                           cache=cache, share_reading=False)
            assert problems == []
            made.append((to_markdown(report), to_html(report), to_csv(report)))
        assert made[0] == made[1]
        for ending, text in zip(("md", "html", "csv"), made[0], strict=True):
            yield f"{name}.{ending}", text


def test_the_report_says_exactly_what_it_said(tmp_path, utc_here, monkeypatch):
    monkeypatch.chdir(tmp_path)
    written = os.environ.get("REFLECT_WRITE_GOLDEN") == "1"
    for name, text in _reports(tmp_path):
        path = GOLDEN / name
        if written:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        assert text == path.read_bytes().decode("utf-8"), name
