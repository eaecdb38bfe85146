"""Parsed stylesheet rules kept in the cache folder between runs (`reflect.ui.parsed_styles`):
a second run parses nothing it parsed before, and every widget is styled and drawn exactly as
when its rules were parsed; a damaged or another version's file only costs the parsing."""

from __future__ import annotations

import pickle
import stat
from pathlib import Path

import pytest

from reflect.model.session import Action, Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui import parsed_styles
from reflect.ui.app import make_app
from reflect.ui.parsed_styles import FILE_NAME, keeping_styles
from reflect.ui.screens.export import ExportScreen
from tests.functional.helpers import open_saved_session, screen_lines, wait_for

Seen = list[tuple[str, list[str], list[tuple[str, str]]]]


def a_session(fictional_dir: Path, sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-styles", team="Invented team", title="Invented huddle")
    session.participants = [Participant(name="Pat Example", role="Invented role")]
    session.answers[0].points = [Point(text="An invented point")]
    session.actions = [Action(text="An invented action", owner="Pat Example")]
    session.current_step = f"q:{review.questions[0].id}"
    save_session(sessions_dir, session)


def styled(app: object) -> list[tuple[str, str]]:
    """Every widget of the screen shown, and the CSS its stylesheet rules gave it."""
    return [(repr(node), node._css_styles.css)  # type: ignore[attr-defined]
            for node in app.screen.walk_children(with_self=True)]  # type: ignore[attr-defined]


def counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources Textual really parses from now on (not read from the kept file)."""
    parsed: list[str] = []
    real = parsed_styles._parse

    def counted(self, css, read_from, *args):  # type: ignore[no-untyped-def]
        parsed.append(repr(read_from))
        return real(self, css, read_from, *args)

    monkeypatch.setattr(parsed_styles, "_parse", counted)
    return parsed


async def a_run(fictional_dir: Path, sessions_dir: Path, cache: Path) -> Seen:
    """The start screen, a session's question and its export dialog, as drawn and styled."""
    app = make_app(fictional_dir, sessions_dir)
    seen: Seen = []
    with keeping_styles(app, cache):
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: app.library is not None)
            await pilot.pause()
            seen.append(("start", screen_lines(app), styled(app)))
            # Kept as the first frame is drawn, not only at the end (a closed window ends it).
            await wait_for(pilot, lambda: (cache / FILE_NAME).exists() or not cache.parent.is_dir()
                           or cache.parent.is_file())
            await open_saved_session(pilot)
            await pilot.pause()
            seen.append(("question", screen_lines(app), styled(app)))
            await pilot.press("ctrl+o")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
            await pilot.pause()
            seen.append(("export", screen_lines(app), styled(app)))
    return seen


async def test_a_second_run_parses_nothing_and_everything_is_styled_alike(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a_session(fictional_dir, sessions_dir)
    cache = tmp_path / "kept"
    parsed = counting_parses(monkeypatch)
    first = await a_run(fictional_dir, sessions_dir, cache)
    assert parsed, "the first run parses its styles"
    kept = cache / FILE_NAME
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    parsed.clear()
    second = await a_run(fictional_dir, sessions_dir, cache)
    assert parsed == []
    for (name, lines, styles), (_, lines_again, styles_again) in zip(first, second, strict=True):
        assert lines_again == lines, name
        assert styles_again == styles, name


@pytest.mark.parametrize("content", [b"", b"not a pickle at all \x00\xff",
                                     pickle.dumps(((0, "another Textual"), {}))],
                         ids=["empty", "damaged", "another version"])
async def test_a_file_that_cannot_be_used_is_parsed_again_and_replaced(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    a_session(fictional_dir, sessions_dir)
    cache = tmp_path / "kept"
    cache.mkdir()
    (cache / FILE_NAME).write_bytes(content)
    parsed = counting_parses(monkeypatch)
    seen = await a_run(fictional_dir, sessions_dir, cache)
    assert parsed
    assert any("An invented point" in "".join(lines) for _, lines, _ in seen)
    version, entries = pickle.loads((cache / FILE_NAME).read_bytes())
    assert version == parsed_styles.VERSION and len(entries) >= len(set(parsed))


async def test_a_cache_folder_that_cannot_be_written_costs_only_the_parsing(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    a_session(fictional_dir, sessions_dir)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    seen = await a_run(fictional_dir, sessions_dir, blocked / "cache")
    assert any("An invented point" in "".join(lines) for _, lines, _ in seen)
    assert blocked.read_text() == "not a folder"


async def test_a_file_others_can_write_to_is_never_read(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A pickle runs what it names: one that another user could have written is parsed again
    (and replaced by the user's own)."""
    a_session(fictional_dir, sessions_dir)
    cache = tmp_path / "kept"
    await a_run(fictional_dir, sessions_dir, cache)
    (cache / FILE_NAME).chmod(0o666)
    parsed = counting_parses(monkeypatch)
    await a_run(fictional_dir, sessions_dir, cache)
    assert parsed
    assert stat.S_IMODE((cache / FILE_NAME).stat().st_mode) == 0o600
