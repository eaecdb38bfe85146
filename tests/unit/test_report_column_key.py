"""Under the table of reviews, the saved reports say what each column counts: a review's row
`3 | 1` under *Sessions* and *Individual reflections* was read as four sessions, where the
reflection is one of the three (a learning lead's trial), and only the screen had a key, to
its short labels. Every team and session here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflect.model.session import Session
from reflect.report import build_report, gather, to_csv, to_html, to_markdown
from reflect.report.column_key import key_line, key_pairs
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 7)
SESSIONS = "Sessions: team discussions and individual reflections, together"


def _report(fictional_dir: Path, folder: Path):  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    for n, mode in enumerate(("team", "team", "individual"), 1):
        s = Session.start(review, f"2026110{n}-child-zz-0000def{n}", mode=mode,
                          team="Invented Fernbrook Team", created=here(2026, 11, n, 12))
        s.answers[0].text = "An invented answer."
        save_session(folder, s)
    return build_report(gather([folder], today=TODAY, use_cache=False),
                        {"child-zz": "Child ZZ"}, TODAY)


def test_the_saved_reports_say_the_sessions_hold_the_reflections(fictional_dir, tmp_path):
    report = _report(fictional_dir, tmp_path / "sessions")
    md = to_markdown(report)
    assert "| Child ZZ | 3 | 1 | 1 |" in md
    table_end = md.index("| Child ZZ | 3 | 1 |")
    key = md[table_end:].split("\n\n")[1]  # the paragraph under the table
    assert key.startswith(f"What each column counts. {SESSIONS}; Individual reflections: "
                          "sessions held alone, counted in Sessions too;"), key
    assert key.endswith("Last discussed: the day of its last session (or themed session).")
    assert f'<p class="note">What each column counts. {SESSIONS}; ' in to_html(report)
    # Nobody could have come twice (no one listed): the attendances say so alone.
    assert "each once a meeting;" in key
    assert "What each column counts" not in to_csv(report)  # a sheet's rows are reviews


def test_every_column_is_keyed_and_short_labels_say_what_they_stand_for():
    pairs = key_pairs(True, {"Sessions": "Sess", "Individual reflections": "Own"})
    assert [p.split(":")[0] for p in pairs] == [
        "Sess = sessions", "Own = individual reflections", "Teams", "Agencies", "Attendances",
        "Questions answered", "Actions agreed", "Actions done", "Last discussed"]
    assert pairs[1].endswith("counted in Sess too")
    assert pairs[4].endswith("(one person at two meetings counts twice)")
    assert key_line(False).count(";") == len(pairs) - 1
