"""The personal-details check's result shows whole whenever it lands.

The check runs in a worker, and its result lands at no fixed moment: at 80x24 the dialog
showed one line of a finding, where "Checking…" had been, in two openings of six (a trial),
and the rest stayed hidden until the terminal was resized. Here the result is held back and
handed to the dialog after each of its first layouts in turn, then once it has settled.
All names and numbers are invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reflect.export.options import ExportOptions
from reflect.export.team_words import team_link
from reflect.model.session import Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import shown, wait_for


def team_session(fictional_dir: Path, sessions_dir: Path) -> Session:
    """A team session whose first question's points hold a phone number and names."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    team = Session.start(review, new_session_id("child-zz"), title="Invented team meeting",
                         team="Invented Team", facilitator="Pat Example")
    team.add_participant(Participant(name="Sam Sample", role="Health visitor",
                                     agency="Invented Health"))
    team.answers[0].points = [Point(text="Call 07700 900123 about the visit"),
                              Point(text='mum Jo Sample said "Kit Invented" was there')]
    save_session(sessions_dir, team)
    return team


def reflection_after(fictional_dir: Path, sessions_dir: Path) -> Session:
    """My reflection after that team session, naming one of its people: the dialog adds a
    note saying so below the findings."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    team = team_session(fictional_dir, sessions_dir)
    mine = Session.start(review, new_session_id("child-zz") + "-me", mode="individual",
                         title="My reflection after", after=team_link(team, review))
    mine.differently = "I will ring 07700 900123 first. Talked it through with Sam Sample."
    save_session(sessions_dir, mine)
    return mine


async def settled(pilot: Pilot) -> None:
    for _ in range(5):
        await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("layouts", [0, 1, 2, 3, 4])
@pytest.mark.parametrize("make", [team_session, reflection_after])
async def test_the_whole_finding_shows_whenever_the_check_lands(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch,
        make: Callable[[Path, Path], Session], layouts: int, size: tuple[int, int]) -> None:
    held: list[Callable[[], None]] = []

    def run_check(dialog: ExportScreen, fmt: str, options: ExportOptions,
                  drafts: bool) -> None:
        """The worker's own check, its result handed over after the dialog's `layouts`-th
        layout from here (at once for 0), or once it has settled if it has fewer."""
        result = dialog.checked_result(fmt, options, drafts)
        if not layouts:
            dialog._show_check(*result)
            return
        count = [0]

        def land() -> None:
            if land in held:
                held.remove(land)
                dialog._show_check(*result)

        def laid_out(_screen: object) -> None:
            count[0] += 1
            if count[0] == layouts:
                land()

        held.append(land)
        dialog.screen_layout_refresh_signal.subscribe(dialog, laid_out, immediate=True)

    monkeypatch.setattr(ExportScreen, "_run_check", run_check)
    session = make(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        # Markdown notes: a reflection opens on its CPD record, whose check says nothing of
        # the colleagues named (a record replaces their names)
        dialog = ExportScreen(session, load_library(fictional_dir).get("child-zz"), "md")
        await app.push_screen(dialog)
        await settled(pilot)
        for land in list(held):  # fewer layouts than that: it lands now
            land()
        await wait_for(pilot, lambda: dialog.checked)
        await settled(pilot)
        findings = dialog.query_one("#findings", Literal)
        text = shown(findings)
        assert "likely personal detail" in text
        if make is reflection_after:  # (at 60x20 under the formats, a line here saying so)
            note = "Note: The team session's people are named"
            assert note in text or "1 note, under the formats" in text and note in shown(
                dialog.query_one("#more-findings"))
        width = findings.content_region.width
        assert findings.content_region.height == findings.visual.get_height(
            findings.styles, width), "the finding was cut short"
