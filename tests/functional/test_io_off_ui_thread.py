"""File work started from the UI runs in workers (#16.4): while a slow disk holds a rename,
duplicate, delete, the theme setting, the export check or a copy of a failed save, the screen
still answers keys; the result is shown when it lands, a failure is said in words and the
lists are kept; an unexpected failure is reported by the app's one worker handler."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Button, Input, OptionList

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.prompt import PromptScreen
from tests.functional.helpers import enter_text, shown, start_and_go_to, type_text, wait_for

HOLD = 10.0
"""Longest a held write waits for the test to let it go (so old code fails, never hangs)."""


def held(real: Callable[..., object], gate: threading.Event) -> Callable[..., object]:
    """`real`, once `gate` is set: a disk that takes its time."""

    def slow(*args: object, **kwargs: object) -> object:
        gate.wait(HOLD)
        return real(*args, **kwargs)

    return slow


def full_disk(*args: object, **kwargs: object) -> object:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def saved(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Invented Tuesday huddle",
                      team="Invented Team A")
    save_session(sessions_dir, s)
    return s


async def on_the_session(pilot, app) -> OptionList:  # type: ignore[no-untyped-def]
    sessions = app.screen.query_one("#sessions", OptionList)
    await wait_for(pilot, lambda: sessions.option_count == 1 and app.library is not None)
    sessions.focus()
    return sessions


async def rename_to(pilot, app, title: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f2")
    await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
    app.screen.query_one("#prompt-input", Input).value = title
    await pilot.press("enter")


async def test_a_slow_rename_leaves_the_screen_answering(
        fictional_dir: Path, sessions_dir: Path, saved: Session,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import reflect.store.manage_sessions as manage

    gate = threading.Event()
    monkeypatch.setattr(manage, "rename_session", held(manage.rename_session, gate))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        sessions = await on_the_session(pilot, app)
        await rename_to(pilot, app, "Invented monthly huddle")
        await wait_for(pilot, lambda: not isinstance(app.screen, PromptScreen))
        app.screen.query_one("#search", Input).focus()
        await type_text(pilot, "nothing")  # the screen answers while the file is written
        await wait_for(pilot, lambda: "No saved session matches" in
                       sessions.get_option_at_index(0).prompt.plain)
        gate.set()
        app.screen.query_one("#search", Input).value = ""
        await wait_for(pilot, lambda: "Invented monthly huddle" in
                       sessions.get_option_at_index(0).prompt.plain)
    assert list_sessions(sessions_dir).entries[0].session.title == "Invented monthly huddle"


@pytest.mark.parametrize("action", ["rename", "duplicate", "delete"])
async def test_a_failed_write_is_said_and_the_list_kept(
        fictional_dir: Path, sessions_dir: Path, saved: Session,
        monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    monkeypatch.setattr(f"reflect.store.manage_sessions.{action}_session", full_disk)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        sessions = await on_the_session(pilot, app)
        if action == "rename":
            await rename_to(pilot, app, "Invented new title")
        elif action == "duplicate":
            await pilot.press("c")
        else:
            await pilot.press("delete")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            await pilot.press("y")
        await wait_for(pilot, lambda: any("No space left on device" in n.message
                                          for n in app._notifications))
        assert sessions.option_count == 1
        assert "Invented Tuesday huddle" in sessions.get_option_at_index(0).prompt.plain
        assert app.is_running
    [left] = list_sessions(sessions_dir).entries
    assert left.session.title == "Invented Tuesday huddle"


async def test_the_theme_is_written_off_the_ui_thread(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import reflect.ui.remembering as remembering

    gate = threading.Event()
    monkeypatch.setattr(remembering, "save_setting", held(remembering.save_setting, gate))
    settings = tmp_path / "settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        app.theme = "reflect-high-contrast"
        search = app.screen.query_one("#search", Input)
        search.focus()
        await type_text(pilot, "zz")  # keys reach the screen while the setting is written
        await wait_for(pilot, lambda: search.value == "zz")
        assert not settings.exists()
        gate.set()
        await wait_for(pilot, settings.exists)
    assert 'theme = "reflect-high-contrast"' in settings.read_text()


async def test_a_theme_that_cannot_be_remembered_is_said(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("an invented file where a folder should be")
    settings = tmp_path / "not-a-folder" / "settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        app.theme = "reflect-high-contrast"
        await wait_for(pilot, lambda: any("Could not remember the theme" in n.message
                                          for n in app._notifications))
        assert app.is_running and app.theme == "reflect-high-contrast"


async def test_a_broken_settings_file_is_said_at_start_and_never_written_over(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Choosing a theme replaced a settings file with one bad line by the theme alone: the
    support reminder and agency abbreviations were lost, and nothing was said (a trial)."""
    settings = tmp_path / "settings.toml"
    broken = 'support = "Invented Support Line"\n[agency_aliases]\n"ZZ" = "Invented"\nbad = \n'
    settings.write_text(broken, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        assert [n.message.startswith(f"The settings file {settings} cannot be read: not "
                                     "valid TOML in agency_aliases: bad, at line 4: ")
                and n.message.endswith("none of its settings are used (reflect carries on "
                                       "with its defaults) and reflect leaves the file as it "
                                       "is.")
                for n in app._notifications] == [True]  # said once
        app.theme = "reflect-high-contrast"
        await wait_for(pilot, lambda: any("Could not remember the theme" in n.message
                                          and "left as it is" in n.message
                                          for n in app._notifications))
    assert settings.read_text(encoding="utf-8") == broken


async def test_the_export_check_runs_in_a_worker_and_holds_the_export_back(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reflect.ui.screens.export_check as export_check

    gate = threading.Event()
    monkeypatch.setattr(export_check, "findings_for", held(export_check.findings_for, gate))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await start_and_go_to(pilot, "question")
        await enter_text(pilot, "Call 07700 900123 today")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        dialog = app.screen
        await wait_for(pilot, lambda: "Checking the notes" in shown(dialog.query_one("#findings")))
        await pilot.press("ctrl+o")  # not past a check that has not landed
        await pilot.press("down")  # the dialog still answers keys
        assert isinstance(app.screen, ExportScreen)
        assert not (sessions_dir / "exports").exists()

        def buttons() -> list[str]:  # those shown, and whether each can be pressed
            return [f"{b.label}{'' if not b.disabled else ' (off)'}"
                    for b in dialog.query(Button).results(Button) if b.display]

        # No choice about findings before there are any (the trial saw "Export redacted" and
        # "Go and edit" while the check ran, then only Export once it found nothing).
        assert buttons() == ["Export (off)", "Cancel"]
        gate.set()
        await wait_for(pilot, lambda: dialog.checked)
        assert "1 likely personal detail found" in shown(dialog.query_one("#findings"))
        assert buttons() == ["Export redacted", "Export anyway (Ctrl+A)", "Go and edit",
                             "Cancel"]
        assert not (sessions_dir / "exports").exists()
        assert screen.session.answers[0].text == "Call 07700 900123 today"


async def test_an_export_check_that_breaks_is_reported_by_the_app(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("invented checker fault")

    monkeypatch.setattr("reflect.ui.screens.export_check.findings_for", broken)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await start_and_go_to(pilot, "question")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: any(
            n.message == "Could not check the notes for personal details: RuntimeError: "
            "invented checker fault" for n in app._notifications))
        assert isinstance(app.screen, ExportScreen) and not app.screen.checked
        await pilot.press("ctrl+o")
        assert not (sessions_dir / "exports").exists()


def held_until(real: Callable[..., object], reached: threading.Event,
               gate: threading.Event) -> Callable[..., object]:
    """`held`, saying when it has been reached."""

    def slow(*args: object, **kwargs: object) -> object:
        reached.set()
        gate.wait(HOLD)
        return real(*args, **kwargs)

    return slow


async def test_a_saved_session_is_read_in_a_worker_and_keys_typed_meanwhile_reach_it(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a saved session read its file (and, for a themed one, every tagged review) on
    the UI thread: a slow disk froze the screen. It is read in a worker, and what is typed
    while it is read goes into the session once it is open."""
    import reflect.store.sessions as store
    from reflect.ui.screens.start import StartScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from tests.functional.helpers import burst_keys

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, new_session_id(review.id), title="Invented Tuesday huddle",
        team="Invented Team A", current_step="q:zz-first"))
    reached, gate = threading.Event(), threading.Event()
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await on_the_session(pilot, app)
        monkeypatch.setattr(store, "read_session",
                            held_until(store.read_session, reached, gate))
        burst_keys(pilot, ["enter", *"Invented typed point"])
        await wait_for(pilot, reached.is_set)  # the screen goes on while the file is read
        assert isinstance(app.screen, StartScreen)
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        box = app.screen.query_one(f"#points-{app.screen.index} .point-text", Input)
        await wait_for(pilot, lambda: box.value == "Invented typed point")


async def test_a_review_is_read_in_a_worker_and_the_form_typed_meanwhile_starts_it(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter on a review read the whole review on the UI thread before the form opened."""
    from reflect.store.catalogue import Catalogue
    from reflect.ui.screens.start import StartScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from tests.functional.helpers import burst_keys

    reached, gate = threading.Event(), threading.Event()
    monkeypatch.setattr(Catalogue, "load", held_until(Catalogue.load, reached, gate))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None and app.focused is not None)
        burst_keys(pilot, ["enter", "tab", *"Invented held start", "ctrl+s"])
        await wait_for(pilot, reached.is_set)
        assert isinstance(app.screen, StartScreen)
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.title == "Invented held start"


async def test_a_session_that_cannot_be_read_is_said_and_the_keys_go_on(
        fictional_dir: Path, sessions_dir: Path, saved: Session) -> None:
    from reflect.ui.screens.start import StartScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await on_the_session(pilot, app)
        path = next(sessions_dir.glob("*.toml"))
        path.write_text("not = [valid", encoding="utf-8")  # spoilt after it was listed
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(path.name in n.message for n in app._notifications))
        assert isinstance(app.screen, StartScreen)
        search = app.screen.query_one("#search", Input)
        search.focus()
        await type_text(pilot, "zz")
        await wait_for(pilot, lambda: search.value == "zz")


async def test_ctrl_s_writes_in_a_worker(fictional_dir: Path, sessions_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+S wrote the session on the UI thread (the README says the UI never waits for a
    save): a slow disk froze the session until the write was done."""
    import reflect.store.autosave as autosave

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        screen = await start_and_go_to(pilot, "question")
        reached, gate = threading.Event(), threading.Event()
        monkeypatch.setattr(autosave, "write_atomic",
                            held_until(autosave.write_atomic, reached, gate))
        await enter_text(pilot, "Invented first words")
        await pilot.press("ctrl+s")
        await wait_for(pilot, reached.is_set)
        await type_text(pilot, " and more")  # the session answers while the file is written
        await wait_for(pilot, lambda: screen.session.answers[0].text.endswith(" and more"))
        assert not any("Saved to" in n.message for n in app._notifications)
        gate.set()
        await wait_for(pilot, lambda: any("Saved to" in n.message for n in app._notifications))


async def test_the_session_lock_is_taken_in_a_worker(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a session took its file lock on the UI thread (a lock on a slow network folder
    froze the screen): it is taken where the session is read or created, in a worker, and
    the screen edits the session with it (for a saved session and a new one)."""
    from reflect.store.locks import SessionLock
    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from tests.functional.helpers import new_session_form

    taken: list[bool] = []
    real = SessionLock.acquire

    def acquire(lock: SessionLock, wait: float = 0) -> bool:
        taken.append(threading.current_thread() is threading.main_thread())
        return real(lock, wait)

    monkeypatch.setattr(SessionLock, "acquire", acquire)
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, new_session_id(review.id), title="Invented Tuesday huddle",
        team="Invented Team A", current_step="q:zz-first"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await on_the_session(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.screen.keeper is not None)
        assert taken == [False] and app.screen.session_lock is not None
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, WalkthroughScreen))
        app.screen.query_one("#reviews").focus()
        form = await new_session_form(pilot)
        form.query_one("#title", Input).value = "Invented new huddle"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.screen.keeper is not None)
        assert taken == [False, False]
