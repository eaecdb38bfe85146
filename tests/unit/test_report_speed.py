"""The report's quick paths say exactly what the slow ones would: the names and identifiers an
action's text holds are redacted whatever the case or script, a text is skipped only when no
detector could find anything in it, every reader of session files accepts the same TOML, and
the paused cycle collector is always switched back on.

Every name, team and detail here is invented.
"""

from __future__ import annotations

import gc
import string
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.export.detectors import DETECTORS, might_hold_any
from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, gather
from reflect.report.facts import facts_of
from reflect.report.make import make_report, paused_gc
from reflect.store.errors import SessionError
from reflect.store.library import load_library
from reflect.store.sessions import read_session, save_session


@pytest.fixture
def review(fictional_dir):
    return load_library(fictional_dir).reviews[0]


def _session(review, actions: list[Action], other: str = "Orrin Blackbriar") -> Session:
    return Session.start(review, "20260301-child-zz-0000cafe", team="Invented Team",
                         created=datetime(2026, 3, 1, 10, tzinfo=UTC),
                         facilitator="Ottoline Dewberry",
                         participants=[Participant(name="Kim Quillfeather", role="Nurse"),
                                       Participant(name=other, role="Social worker"),
                                       Participant(name="", role="Teacher")],
                         actions=actions)


@pytest.mark.parametrize(("typed", "kept"), [
    ("Ask kim quillfeather to share the invented plan",  # a name in lower case
     "Ask [redacted] to share the invented plan"),
    ("KIM QUILLFEATHER to chase the invented audit",  # and in capitals
     "[redacted] to chase the invented audit"),
    ("Zoë Ąbecka to visit; then ZOË ĄBECKA reports back",  # not ASCII, any case
     "[redacted] to visit; then [redacted] reports back"),
    ("Kim to phone 07700 900123 about it", "[redacted] to phone [redacted] about it"),
    ("Ottoline Dewberry to email inventedperson@invented.example",  # the facilitator
     "[redacted] to email [redacted]"),
    ("Review the invented pathway", "Review the invented pathway"),  # nothing to redact
    ("Kimbolton's invented audit", "Kimbolton's invented audit"),  # a longer word: no name
])
@pytest.mark.parametrize("other", ["Orrin Blackbriar", "Zoë Ąbecka"])  # ASCII names or not
def test_action_text_redacted_as_before(review, typed: str, kept: str, other: str):
    facts = facts_of(_session(review, [Action(text=typed, due="Kim to set a date")], other))
    assert facts.actions[0].text == kept
    assert facts.actions[0].due == "[redacted] to set a date"


_NO_DIGIT_OR_AT = st.text(alphabet=st.characters(
    blacklist_characters=string.digits + "@", blacklist_categories=("Cs",)), max_size=60)


@given(_NO_DIGIT_OR_AT)
def test_no_detector_finds_anything_where_the_quick_test_says_so(text: str):
    assert not might_hold_any(text)
    for _, detect in DETECTORS:
        assert list(detect(text)) == []


@pytest.mark.parametrize("text", [
    "call 07700 900123", "NHS 943 476 5919", "inventedperson@invented.example",
    "postcode ZZ1 1ZZ or SW1A 1AA", "born 03/03/2019", "NI AB 12 34 56 C"])
def test_the_quick_test_lets_every_kind_of_detail_through(text: str):
    assert might_hold_any(text)
    assert any(list(detect(text)) for _, detect in DETECTORS)


def test_a_file_the_app_refuses_is_left_uncounted_by_the_report(tmp_path, review):
    """One reader (tomllib, then the model) for the app and the report: a file the app's reader
    refuses is not counted by the report either."""
    folder = tmp_path / "sessions"
    path = save_session(folder, _session(review, []))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('team = "Invented Team"', 'team = "Invented\\qTeam"'),
                    encoding="utf-8")
    with pytest.raises(SessionError, match="not valid TOML"):
        read_session(path)
    found = gather([folder], use_cache=False)
    assert found.sessions == []
    assert len(found.unreadable) == 1 and "not valid TOML" in found.unreadable[0]


def test_cycle_collector_back_on_after_a_report_and_after_an_error(tmp_path, review):
    save_session(tmp_path / "s", _session(review, [Action(text="Invented")]))
    assert gc.isenabled()
    report, _ = make_report([tmp_path / "s"], Filters(), None, None, use_cache=False)
    assert report.totals.sessions == 1
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("invented")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # left off, as it was
    finally:
        gc.enable()

