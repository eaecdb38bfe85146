"""The benchmark suite still works (tiny sizes; no timing assertions).

Run in four groups, so that the suite's workers share them (as one test, it was the suite's
longest by far)."""

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

GROUPS = {
    "terminal": ("first frame, bundled library (terminal)", "first frame, 5 reviews (terminal)",
                 "reflect open, 6-question review (terminal)",
                 "-question themed session (terminal)"),
    "library,save,list,report": ("library load", "save,", "list 20 sessions, warm",
                                 "report over 20 sessions, cold",
                                 "report over 20 sessions, nothing changed"),
    "export,pdf,search": ("export md", "-page two-column PDF", "search box keystroke"),
    "room,keystroke": ("room: 5 participants x 4 points at once",
                       "keystroke while 5 x 4 room points arrive",
                       "keystroke while autosave runs", "keystroke at 10,000 characters"),
}


def run_py_constant(name: str) -> tuple[str, ...]:
    """A constant of bench/run.py, read without running it (it puts src on sys.path)."""
    tree = ast.parse((REPO / "bench" / "run.py").read_text())
    return next(ast.literal_eval(node.value) for node in tree.body
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name)


def test_the_groups_cover_every_case():
    cases = run_py_constant("CASES")
    assert sorted(c for group in GROUPS for c in group.split(",")) == sorted(cases)


def test_the_tiny_run_renders_every_kind_of_export():
    """--tiny renders one format of each export module, and of the CPD records one of each
    file type and one of each form: every renderer the full run times still runs."""
    from reflect.store.exports import FORMATS

    tiny = run_py_constant("TINY_FORMATS")
    assert set(tiny) <= set(FORMATS)
    assert {FORMATS[f].module for f in tiny} == {spec.module for spec in FORMATS.values()}

    def kinds(formats: object) -> tuple[set[str], set[str]]:  # (forms, file types)
        parts = [FORMATS[f].function.removeprefix("to_").rpartition("_") for f in formats
                 if FORMATS[f].module == "reflect.export.cpd"]
        return {form for form, _, _ in parts}, {kind for _, _, kind in parts}

    assert kinds(tiny) == kinds(FORMATS)
    assert len(tiny) < len(FORMATS)


@pytest.mark.parametrize("cases", GROUPS)
def test_bench_runs_at_tiny_size(tmp_path, cases):
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--tiny",
                           "--cases", cases, "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(out.read_text())["results"]
    names = " | ".join(r["case"] for r in results)
    expected = GROUPS[cases]
    if cases == "terminal" and shutil.which("tmux") is None:
        assert "terminal cases skipped: tmux is not installed" in proc.stdout
        expected = ()
    for case in expected:
        assert case in names
    assert all(r["seconds"] > 0 for r in results)


@pytest.mark.parametrize(("script", "args", "said"), [
    ("hostile_text.py", ["--tiny"], "export formats = 110 exports, every typed field holding "
                                    "the payload: 0 leak(s)"),
    ("open_session.py", ["--runs", "1"], "individual  open to first step"),
])
def test_the_standalone_benchmarks_still_run(script, args, said):
    """The scripts bench/run.py does not call: each had stopped running unseen (a session
    file written with quoted dates the reader now refuses; a function renamed)."""
    proc = subprocess.run([sys.executable, str(REPO / "bench" / script), *args],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert said in proc.stdout
