"""Size limits: a 100,000-character answer stays usable; big libraries and folders still start."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, TextArea

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import dumps, list_sessions
from reflect.ui.app import make_app
from reflect.ui.widgets.answer_editor import MAX_CHARS
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import paste, start_and_go_to, type_text, wait_for


async def test_answer_at_the_limit_stays_usable_and_says_so(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await start_and_go_to(pilot, "question")
        await wait_for(pilot, lambda: isinstance(app.focused, TextArea))
        area = app.focused
        area.insert("word " * (MAX_CHARS // 5 - 2))  # 10 characters short of the limit
        await type_text(pilot, "abcdefghij")  # fits exactly
        assert len(area.text) == MAX_CHARS and not app._notifications
        await type_text(pilot, "xyz")  # over: not added, and the person is told
        assert len(area.text) == MAX_CHARS
        await wait_for(pilot, lambda: any("at most 100,000 characters" in n.message
                                          for n in app._notifications))
        area.insert("pasted text", area.document.end)
        assert len(area.text) == MAX_CHARS
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+q")
    [entry] = list_sessions(sessions_dir).entries
    assert len(entry.session.answers[0].text) == MAX_CHARS
    assert entry.session.answers[0].text.endswith("abcdefghij")


async def test_a_thousand_reviews_and_ten_thousand_sessions_still_start(tmp_path: Path):
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    content.mkdir()
    sessions.mkdir()
    for i in range(1000):
        (content / f"r{i}.toml").write_text(
            FICTIONAL_REVIEW.replace('id = "child-zz"', f'id = "child-zz{i}"')
            .replace("zz-", f"zz{i}-"), encoding="utf-8")
    review = load_library(content).reviews[0]
    # One session written by reflect, copied with its id and title changed (building and
    # writing 10,000 through the models took 7 of this test's 14 seconds).
    template = dumps(Session.start(review, f"20260101-{review.id}-TEMPLATE",
                                   title="Invented TEMPLATE")).decode()
    for i in range(10_000):
        sid = f"20260101-{review.id}-{i:08x}"
        (sessions / f"{sid}.toml").write_text(
            template.replace(f"{review.id}-TEMPLATE", sid.removeprefix("20260101-"))
            .replace("Invented TEMPLATE", f"Invented {i}"), encoding="utf-8")
    app = make_app(content, sessions)
    async with app.run_test(size=(120, 40)) as pilot:
        # Generous limits (they only bound a failure): on a machine at load 24, a dozen
        # processes to a core, reading a thousand reviews took over the minute allowed.
        await wait_for(pilot, lambda: app.library is not None, timeout=120)
        assert len(app.library.reviews) == 1000
        sessions = app.screen.query_one("#sessions", OptionList)
        assert sessions.option_count == 101  # the newest 100, then "…and 9900 older"
        assert "9900 older" in sessions.get_option_at_index(100).prompt.plain
        # Each search pasted but for its last letter, typed: a search over 11,000 rows run
        # once for each key typed cost this test a second of CPU; the last key still runs
        # one from the keyboard (bench/run.py's "search box keystroke" times each key).
        await pilot.press("slash")
        await paste(app, "child-zz9")
        await type_text(pilot, "9")
        await wait_for(pilot, lambda: app.screen.query_one("#reviews", OptionList)
                       .option_count == 11, timeout=60)  # zz99 and zz990-zz999
        await pilot.press("ctrl+a", "ctrl+k")  # clear the search box
        await paste(app, "0000002")
        await type_text(pilot, "a")  # an old session, found by its id
        await wait_for(pilot, lambda: sessions.option_count == 1
                       and sessions.get_option_at_index(0).prompt.plain.startswith("Invented 42\n"),
                       timeout=60)
