"""A CPD log line too wide for the terminal keeps its columns' gaps where it wraps: My CPD so
far and `reflect cpd` said "2026-12-07 2 min Child I …" once a line wrapped, the two spaces
between its columns made one (`wrapping._wrapped` split at every space: a trial). Other lines,
prose, keep their one space a word as before. All data invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reflect.store.sessions import save_session
from reflect.wrapping import fitted
from tests.command_line import run
from tests.cpd_folder import invented_review, reflection

LONG = "Moorvale invented reflection on the invented review of a made-up family"


def test_a_wrapped_lines_gaps_are_kept_and_a_break_leaves_its_gap_out() -> None:
    line = f"2026-03-02   45 min  {LONG} (individual reflection)"
    shown = fitted(line, 40, keep_gaps=True)
    assert shown[0] == "2026-03-02   45 min  Moorvale invented"
    assert all(not out.startswith(" ") and len(out) <= 40 for out in shown)
    assert " ".join(shown) == line
    # Broken at a gap: the next line starts at its word, not with the gap's spaces.
    assert fitted("2026-03-02  45 min  Moorvale", 20, keep_gaps=True) == [
        "2026-03-02  45 min", "Moorvale"]
    indented = fitted(f"  2026-03-02  {LONG}: 20260302-child-zz-0a.cpd.docx", 40,
                      keep_gaps=True)
    assert indented[0] == "  2026-03-02  Moorvale invented"
    assert all(out.startswith("  ") and not out.startswith("   ") for out in indented[1:])


def test_other_callers_prose_is_wrapped_as_before() -> None:
    """Without `keep_gaps` (every other caller: their tests pin it) a wrapped line has one
    space between words, and a line that fits is left as it is."""
    said = "Saved.  Carry on with the command below when you are ready to go on."
    assert fitted(said, 40) == ["Saved. Carry on with the command below",
                                "when you are ready to go on."]
    assert fitted("a  b", 40) == fitted("a  b", 40, keep_gaps=True) == ["a  b"]


def test_my_cpd_and_reflect_cpd_keep_the_logs_columns_at_60(
        capsys, monkeypatch: pytest.MonkeyPatch, dirs, fictional_dir: Path,
        sessions_dir: Path) -> None:
    from reflect.ui.screens.my_cpd import CpdLog

    s = reflection(invented_review(fictional_dir), LONG, "Pat Example")
    save_session(sessions_dir, s)
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _ = run(capsys, "cpd", "--name", "Pat Example", *dirs)
    assert code == 0
    first = next(line for line in out.splitlines() if line.startswith("2026-03-02"))
    assert first.startswith("2026-03-02  30 min  Moorvale"), out
    log = CpdLog()
    fits: list = []
    monkeypatch.setattr(log, "fit", lambda lines, style="": fits.append(lines))
    log.say(f"2026-03-02  30 min  {LONG} (individual reflection)")
    assert fits[0](60)[0].startswith("2026-03-02  30 min  Moorvale")
