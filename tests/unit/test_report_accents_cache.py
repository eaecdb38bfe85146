"""A report's cache kept by a reflect that compared names accents and all (`report-v23`) is
not used: its codes for those here were made from "siobhán example", where names now compare
accents aside (reflect/accents.py), and Siobhán at one meeting and "Siobhan" at the next read
as two people. All names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

import reflect.model.roles as roles
import reflect.report.cache as report_cache
from reflect.model.review import Review
from reflect.report.summary_rows import COUNTED_TWICE
from reflect.store.sessions import save_session
from tests.unit.test_report_came_twice import _attendances, _held, review  # noqa: F401

PERSON = ("Teacher", "Invented Academy")


def test_codes_cached_with_accents_kept_are_made_again(review: Review,  # noqa: F811
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder, cache = tmp_path / "sessions", tmp_path / "cache"
    save_session(folder, _held(review, "20260310-child-zz-one", 10,
                               [("Siobhán Example", *PERSON)]))
    with monkeypatch.context() as before:  # the cache as the reflect before wrote it
        before.setattr(report_cache, "KIND", "report-v23")
        before.setattr(roles, "name_key", lambda name: " ".join(name.casefold().split()))
        assert _attendances([folder], cache) == "1"
    save_session(folder, _held(review, "20260317-child-zz-two", 17,
                               [("Siobhan Example", *PERSON)]))
    assert _attendances([folder], cache) == f"2 ({COUNTED_TWICE})"
