"""Plain mode changes a session only through `SessionEdits`, the one editor of an open session
(as the app does): whatever a walk types can be undone through its editor, to the session as
the walk began it."""

from __future__ import annotations

import io

import pytest

from reflect.model.session import Session
from reflect.store.autosave import UNSAVED
from reflect.store.library import load_library
from reflect.walk.dialogue import Dialogue
from reflect.walk.session import new_session, walk
from reflect.walk.steps import Walk
from tests.unit.test_walk import last_month_in_the_shire

# one person: four sections' notes; What? So what? Now what? and other thoughts on question 1;
# questions 2 and 3 left; an action with who and when; its notes; differently; minutes; summary
INDIVIDUAL = ("Intro note\n.\n\n\n\n"
              "What I saw\n.\nIt matters\n.\nAsk sooner\n.\nAn aside\n.\n"
              "\n\n\n\n\n\n\n\n"
              "Book training\nTrainer Jo\nby March\n\n"
              "Action notes\n.\nBe curious\n.\n1h30\nWent well\n.\n")
# a returning team: facilitator as last time; Ada here, the teacher not; someone added; last
# time's action in progress with a note and a new date; notes; points (one "@ada"); a summary;
# an action with who and when; notes and the overall summary
TEAM = ("\ny\nn\nBo Sample, Nurse, Invented Health\n\n"
        "p\nNurse on leave\nFriday week\n"
        "Intro note\n.\n\n\n\n"
        "First point\nSecond point @ada\n\nThe room agreed\n.\n"
        "\n\n\n\n"
        "Ring the invented school\nAda\nby March\n\n"
        "Action notes\n.\nWent well\n.\n")


@pytest.fixture
def earlier(fictional_dir, sessions_dir) -> Session:
    return last_month_in_the_shire(fictional_dir, sessions_dir)


@pytest.mark.parametrize("mode, script", [("individual", INDIVIDUAL), ("team", TEAM)])
def test_everything_a_walk_types_goes_through_its_one_editor(
        mode, script, fictional_dir, sessions_dir, earlier, monkeypatch):
    review = load_library(fictional_dir).get("child-zz")
    walks: list[Walk] = []

    class Watched(Walk):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            walks.append(self)

    monkeypatch.setattr("reflect.walk.session.Walk", Watched)
    out = io.StringIO()
    d = Dialogue(io.StringIO(script), out, width=80)
    session = new_session(review, d, mode, "Today", "Invented Shire team")
    assert session is not None
    assert walk(review, session, sessions_dir, d, fresh=True,
                answer_last_time=True) == 0, out.getvalue()
    [w] = walks
    typed = session.model_dump(exclude=set(UNSAVED))
    assert w.typed()  # the script typed into every kind of step
    if mode == "team":
        assert session.facilitator == "Fay Example" and session.carried[0].note
        assert [p.attended for p in session.participants] == [True, False, True]
        assert session.answers[0].points[1].by == session.participants[0].id
    else:
        assert session.minutes_spent == 90 and session.differently == "Be curious"
    assert session.actions[0].due_date is not None
    while w.edits.can_undo:
        w.edits.undo()
    assert not w.typed(), "changed outside SessionEdits, so undo cannot put it back"
    assert session.model_dump(exclude=set(UNSAVED)) != typed
