"""A test worker ends quickly once it reports back: what survives its last collection is
frozen, so pytest's own full collections after it (`pytest_unconfigure`, its cleanup) walk
none of its heap. Each took about a second over a worker's 400,000 objects, more on a loaded
machine; a worker still busy 5 s after reporting back is sent SIGINT by xdist's transport,
and the whole suite ended now and then with a `PytestUnraisableExceptionWarning` naming no
test: the KeyboardInterrupt had landed in Hypothesis's collection callback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent

WORKER_END = """
import gc
from tests import conftest

heap = [[n] for n in range(100_000)]  # a worker's heap, in small
conftest.pytest_sessionfinish(None, 0)
print(gc.get_freeze_count() >= len(heap), len(gc.get_objects()) < len(heap) // 10)
"""


def test_a_collection_after_the_workers_last_walks_none_of_its_heap() -> None:
    done = subprocess.run([sys.executable, "-c", WORKER_END], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"], done.stdout
