"""Time with no key, paste or click is not a reflection's CPD (model/idle.py): once
`IDLE_SECONDS` pass with none, the time since the last one is taken back and nothing counts
until the next; a team session counts on, its time line saying how long since a key. A
reflection left open while its practitioner worked elsewhere logged 9 min 27 s (a trial).
Pure: no Textual; the clock is driven by the `quiet` each tick is given."""

from __future__ import annotations

from reflect.model import idle
from reflect.model.changes import TimingChanged
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import Step, steps_for

IDLE = idle.IDLE_SECONDS


def opened(review: Review, mode: str) -> tuple[SessionEdits, list[Step]]:
    session = Session.start(review, "20300101-child-zz-0000dddd", title="Invented reflection",
                            team="Team Blue", facilitator="Pat Example", mode=mode)
    return SessionEdits(session), [s for s in steps_for(review, session) if s.kind != "people"]


def run(e: SessionEdits, step: Step, quiet_from: float, seconds: int) -> None:
    """`seconds` one-second ticks on `step`, the last key `quiet_from` seconds before the
    first."""
    for second in range(seconds):
        e.tick(step, quiet=quiet_from + second)


def test_a_reflection_left_alone_counts_only_until_its_last_key(review: Review) -> None:
    e, steps = opened(review, "individual")
    run(e, steps[0], 0, 120)  # two minutes typing, a key each second
    for second in range(120):
        e.tick(steps[0], quiet=second % 2)
    run(e, steps[0], 0, IDLE + 270)  # then nine and a half minutes with no key
    assert e.session.timing.spent[steps[0].key] == 240
    assert e.session.minutes_for_cpd == 4


def test_the_time_taken_back_is_a_change_saved_at_once(review: Review) -> None:
    e, steps = opened(review, "individual")
    run(e, steps[0], 0, IDLE)
    assert isinstance(e.tick(steps[0], quiet=IDLE), TimingChanged)  # not a second counted
    assert e.tick(steps[0], quiet=IDLE + 1) is None  # nothing more while away


def test_the_next_key_starts_the_count_again(review: Review) -> None:
    e, steps = opened(review, "individual")
    run(e, steps[0], 0, IDLE + 60)
    assert e.session.timing.total_spent == 0
    run(e, steps[0], 0, 90)  # a key, then a minute and a half of reading and typing
    assert e.session.timing.total_spent == 90


def test_just_under_the_limit_is_all_counted(review: Review) -> None:
    e, steps = opened(review, "individual")
    run(e, steps[0], 0, IDLE)
    run(e, steps[0], 0, IDLE)  # a key at four minutes fifty-nine: thinking, then typing
    assert e.session.timing.total_spent == 2 * IDLE


def test_a_step_moved_to_and_left_is_taken_back_on_each(review: Review) -> None:
    e, steps = opened(review, "individual")
    run(e, steps[0], 0, 30)
    run(e, steps[1], 0, 20)  # PgDn, then nothing: 20 s of it on the next step
    run(e, steps[1], 20, IDLE)
    assert e.session.timing.spent[steps[0].key] == 30
    assert e.session.timing.spent[steps[1].key] == 0


def test_a_team_discussion_counts_on_with_no_key(review: Review) -> None:
    e, steps = opened(review, "team")
    run(e, steps[0], 0, IDLE + 270)
    assert e.session.timing.total_spent == IDLE + 270


def test_the_time_line_says_the_timer_paused_or_a_team_still_counting() -> None:
    line = "Time on this step 4:00 · Total 4:00"
    assert idle.idle_line("individual", IDLE - 1, line) == line
    paused = idle.idle_line("individual", IDLE, line)
    assert paused.startswith("Timer paused: no key for 5 minutes")
    assert paused.endswith(line) and "any key resumes" in paused
    assert idle.idle_line("individual", IDLE, line, short=True).startswith(
        "Timer paused: no key for 5 min")
    team = idle.idle_line("team", IDLE + 30, line)
    assert team.startswith(line) and "still counting: F6 pauses" in team
    assert "still counting: F6 pauses" in idle.idle_line("team", IDLE, line, short=True)
    assert idle.away("individual", IDLE) and not idle.away("team", IDLE * 3)
