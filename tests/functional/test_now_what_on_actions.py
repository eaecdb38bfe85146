"""A reflection's *What to do now* shows its Now what? answers, each under its question, above
the form of what I will do: README's step 5 said the actions follow them there, and the step
showed none of them, only that the briefing had no such section and "Nothing recorded yet"
(a trial). Typed on a question since, an answer is shown when the step is next shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reflect.model.session import Session
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.panes.actions import NowWhats
from tests.cpd_folder import invented_review, reflection
from tests.functional.helpers import open_saved_session, press_in_order, wait_for


def saved_at_what_to_do_now(sessions_dir: Path, session: Session) -> None:
    """`session` saved with its step *What to do now*, as a reflection left there."""
    session.current_step = "actions"
    save_session(sessions_dir, session)


async def now_whats_shown(pilot: Pilot) -> tuple[Any, NowWhats]:
    """The only saved session opened (at *What to do now*): its screen, and the Now what?
    answers shown there, once laid out."""
    screen = await open_saved_session(pilot)
    said = screen.query_one(".now-whats", NowWhats)
    await wait_for(pilot, lambda: said.region.height > 0)
    return screen, said


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_now_what_answers_are_shown_on_what_to_do_now(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    s = reflection(invented_review(fictional_dir), "Invented reflection", "Sam Sample")
    first, second = s.answers[0], s.answers[1]
    first.now_what = "Invented: ring the duty desk by Friday"
    saved_at_what_to_do_now(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen, said = await now_whats_shown(pilot)
        words = " ".join(said.said.split())
        assert "Invented: ring the duty desk by Friday" in words
        assert f"1. {' '.join(first.question.split())}" in words
        screen.session.answer(second.question_id).now_what = "Invented: read the policy"
        await press_in_order(app, ["pageup", "pagedown"])  # away, and back
        await wait_for(pilot, lambda: "Invented: read the policy" in said.said)


async def test_a_now_what_of_several_lines_keeps_its_lines_at_80x24(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A fresh-eyes trial: the Now what? answers ran their lines together here ("by 31/01/2027
    Pasted from the minutes…"), where the CPD record keeps each line."""
    from tests.functional.helpers import screen_lines

    s = reflection(invented_review(fictional_dir), "Invented reflection", "Sam Sample")
    s.answers[0].now_what = ("Ring the Moorvale duty desk by 31/01/2027\n"
                             "Pasted from the minutes: check the invented referral\n\n"
                             "  Ask Chris Sample   about the audit")
    saved_at_what_to_do_now(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        _, said = await now_whats_shown(pilot)
        shown = said.said.splitlines()
        assert "   Ring the Moorvale duty desk by 31/01/2027" in shown
        assert "   Pasted from the minutes: check the invented referral" in shown
        assert "   Ask Chris Sample about the audit" in shown  # (its spaces tidied, as before)
        rows = screen_lines(app)
        assert any(row.rstrip().endswith("by 31/01/2027") for row in rows), rows
        assert not any("31/01/2027 Pasted" in row for row in rows)


def test_the_now_what_answers_say_what_to_do_with_one_not_a_key_there_is_not(review) -> None:
    """"Turn any into what you will do below" read as if a key turned one into an action (a
    trial); none does: it is typed into the What I will do box, and Enter adds it."""
    from reflect.model.session import Session
    from reflect.ui.panes.actions import now_whats

    s = Session.start(review, "20261206-child-zz-0000d00d", mode="individual",
                      title="Invented reflection")
    s.answers[0].now_what = "Invented: ring the duty desk"
    said = now_whats(s)
    assert said.startswith("Your Now what? answers (change them on their questions). To act on "
                           "one, type it into the What I will do box below and press Enter:\n")
    assert "turn any" not in said.lower()


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_wrapped_lines_hang_under_their_words(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """A question and a Now what? answer too long for a line went back to column 0 on their
    second line, under the "1." (a trial at 60 columns): each hangs under its words."""
    s = reflection(invented_review(fictional_dir), "Invented reflection", "Sam Sample")
    s.answers[0].now_what = " ".join(["Invented: ring the duty desk of Team Blue"] * 4)
    s.answers[0].question = " ".join(["How does the invented Team Blue share a worry?"] * 3)
    saved_at_what_to_do_now(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        _, said = await now_whats_shown(pilot)
        await pilot.pause()
        region = said.content_region
        strips = app.screen._compositor.render_strips()
        rows = [strips[y].text[region.x:region.right].rstrip()
                for y in range(region.y, min(region.bottom, len(strips)))]
        first = next(n for n, row in enumerate(rows) if row.startswith("1. "))
        answer = next(n for n, row in enumerate(rows) if row.startswith("   Invented:"))
        assert answer > first + 1, rows  # (the question took more than a line)
        assert all(row.startswith("   ") and row[3] != " " for row in rows[first + 1:answer]), rows
        after = [row for row in rows[answer + 1:] if row]
        assert after and all(row.startswith("   ") for row in after), rows


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_each_question_is_bold_and_its_answer_plain(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """The question and its answer began in one column, in one style: at 60x20 the eye could
    not tell them apart (a team lead's trial). The question is bold, as a question step shows
    its own; the answer, and the line over them, are not."""
    s = reflection(invented_review(fictional_dir), "Invented reflection", "Sam Sample")
    s.answers[0].now_what = "Invented: ring the duty desk by Friday"
    saved_at_what_to_do_now(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        _, said = await now_whats_shown(pilot)
        lines = [said.render_line(y) for y in range(said.region.height)]

        def bold(words: str) -> set[bool]:
            """Whether each piece of the line holding `words` that is not space is bold."""
            line = next(strip for strip in lines if words in strip.text)
            return {bool(seg.style and seg.style.bold) for seg in line if seg.text.strip()}

        assert bold("ring the duty desk") == {False}
        assert True in bold(f"1. {s.answers[0].question.split()[0]}")
        assert bold("Your Now what? answers") == {False}
