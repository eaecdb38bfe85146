"""Markup-like text in content and answers is shown exactly as written and never acted on."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, TextArea

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import (
    enter_text,
    focus_summary,
    go_forward_to,
    shown,
    wait_for,
)

MARKUP = ["[bold]", "[/]", "[@click=app.quit]x[/]", "[/", "[$accent]"]


def toml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    text = (FICTIONAL_REVIEW
            .replace('title = "Child ZZ"', f"title = {toml_str('Child ZZ ' + MARKUP[0])}")
            .replace('summary = "An invented case used only for testing."',
                     f"summary = {toml_str('Summary ' + MARKUP[1])}")
            .replace('text = "What would you do first?"', f"text = {toml_str(MARKUP[2])}")
            .replace('"Child ZZ is an invented child in an invented town."',
                     toml_str("Intro " + " ".join(MARKUP))))
    assert "[$accent]" in text
    (folder / "child-zz.toml").write_text(text, encoding="utf-8")
    return folder


async def test_markup_in_content_and_answers_is_literal(hostile_dir, sessions_dir):
    app = make_app(hostile_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        prompt = app.screen.query_one("#reviews", OptionList).get_option_at_index(0).prompt
        assert "Child ZZ [bold]" in prompt.plain and "Summary [/]" in prompt.plain

        await pilot.press("enter")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        intro = await shown_intro(screen)
        assert "Intro " + " ".join(MARKUP) in intro

        await go_forward_to(pilot, screen, "question")
        question = str(screen.query_one(f"#pane-{screen.index} .question").render())
        assert question == "[@click=app.quit]x[/]"
        await focus_summary(pilot, screen)
        for text in MARKUP:
            await enter_text(pilot, text + "\n")
        # Clicking the rendered question must not run the action hidden in it.
        await pilot.click(f"#pane-{screen.index} .question")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports" / f"{screen.session.id}.md"
        await wait_for(pilot, target.exists)
        assert screen.session.answers[0].text == "".join(m + "\n" for m in MARKUP)
        # An agreed action with markup, through the table and the confirm dialog.
        await go_forward_to(pilot, screen, "actions")
        screen.query_one(".action-what", Input).value = MARKUP[2]
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        screen.query_one(".actions-table").focus()
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert MARKUP[2] in shown(app.screen.query_one(".confirm Static"))
        await pilot.press("n")
        assert app.is_running and len(screen.session.actions) == 1
    md = target.read_text(encoding="utf-8")
    assert "\\[@click=app.quit]x\\[/]" in md
    assert "\\[$accent]" in md and "\\[/" in md
    assert "# Child ZZ \\[bold]" in md


async def test_control_codes_are_not_shown(fictional_dir, sessions_dir):
    (fictional_dir / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        "Child ZZ is an invented child in an invented town.",
        "Child ZZ\\u001b]0;pwned\\u0007 is invented."), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter", "ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        intro = await shown_intro(app.screen)
        assert "Child ZZ is invented." in intro  # the whole sequence gone, not only its ESC
        assert "\x1b" not in intro


def intro_index(screen) -> int:
    return [s.key for s in screen.steps].index("intro")


async def shown_intro(screen) -> str:
    """The introduction as shown (its pane is built when the step is first shown)."""
    i = intro_index(screen)
    await screen.go(i)
    return shown(screen.query_one(f"#pane-{i} .blocks"))


HOSTILE = "before\x1b]52;c;ZXZpbA==\x07\x1b[2Jafter \u202eevil\x00 [bold]x[/]\r\nnext"


async def test_control_codes_in_saved_answers_never_reach_the_terminal(fictional_dir,
                                                                       sessions_dir):
    import tomllib

    import tomli_w

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import new_session_id, save_session
    from reflect.text import printable

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Hostile \x1b[31mtitle",
                      current_step="q:zz-first")
    s.set_answer("zz-first", "q", HOSTILE)
    path = save_session(sessions_dir, s)
    # Put the raw codes into the file, as another tool or a shared folder could.
    path.write_text(tomli_w.dumps({**tomllib.loads(path.read_text()),
                                   "title": "Hostile \x1b[31mtitle",
                                   "answers": [{"question_id": "zz-first", "question": "q",
                                                "text": HOSTILE}]}))
    app = make_app(fictional_dir, sessions_dir, )
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None
                       and app.screen.query_one("#sessions", OptionList).option_count == 1)
        prompt = app.screen.query_one("#sessions", OptionList).get_option_at_index(0).prompt
        assert "\x1b" not in prompt.plain and "Hostile title" in prompt.plain
        app.screen.query_one("#sessions", OptionList).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        area = app.screen.query_one(f"#answer-{app.screen.index}", TextArea)
        assert area.text == printable(HOSTILE)  # cleaned as it was loaded
        drawn = "".join(seg.text for y in range(area.size.height) for seg in area.render_line(y))
        for bad in ("\x1b", "\x07", "\x00", "\u202e", "\r"):
            assert bad not in drawn
        assert "beforeafter evil [bold]x[/]" in drawn  # the sequences gone whole
        app.notify(HOSTILE)  # a notification quoting hostile text neither crashes nor runs it
        await pilot.pause()
        await pilot.press("ctrl+q")
    # Not edited: the answer is all there (saved cleaned if the time spent was saved).
    from reflect.store.sessions import load_session

    assert load_session(path).answer("zz-first").text == printable(HOSTILE)


PAYLOAD = "\x1b]0;PWNED\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\x1b]8;;http://x.invalid\x07\u202e"
"""Window title, clear screen, clipboard write, link, right-to-left override (#14)."""


async def test_escapes_in_a_session_file_reach_no_input_box(fictional_dir, sessions_dir):
    import tomllib

    import tomli_w

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import new_session_id, save_session
    from reflect.ui.screens.prompt import PromptScreen

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="x", current_step="people")
    path = save_session(sessions_dir, s)
    data = tomllib.loads(path.read_text())
    for name in ("title", "team", "facilitator"):
        data[name] = f"Invented {name}{PAYLOAD}"
    data["drafts"] = {"person:name": f"Draft person{PAYLOAD}",
                      "point:zz-first": f"Draft point{PAYLOAD}",
                      "action:text": f"Draft action{PAYLOAD}"}
    path.write_text(tomli_w.dumps(data))  # as `walk` or a shared folder could leave it
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None
                       and app.screen.query_one("#sessions", OptionList).option_count == 1)
        sessions = app.screen.query_one("#sessions", OptionList)
        sessions.focus()
        await pilot.press("f2")
        await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        prompt = app.screen.query_one("#prompt-input", Input).value
        assert prompt == "Invented title"  # no sequence, nor what was left of one
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, PromptScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        boxes = {name: screen.query_one(f".detail-{name}", Input).value
                 for name in ("title", "team", "facilitator")}
        boxes["person"] = screen.query_one(".person-name", Input).value
        for name, key, box in (("point", "q:zz-first", ".point-text"),
                               ("action", "actions", ".action-what")):
            # each step's pane is built when it is first shown
            await screen.go(next(i for i, s in enumerate(screen.steps) if s.key == key))
            boxes[name] = screen.query_one(box, Input).value
        for name, value in boxes.items():
            assert value.startswith(("Invented", "Draft")), (name, value)
            for bad in ("\x1b", "\x07", "\u202e"):
                assert bad not in value, (name, value)
        await pilot.press("ctrl+q")


async def test_a_title_with_markup_is_quoted_literally_when_renamed(fictional_dir, sessions_dir,
                                                                   tmp_path):
    """Renaming to a title with an unmatched closing tag ended the app (Textual's screens and
    widgets ask for markup in their messages unless told otherwise); a balanced one vanished
    from "Renamed to …"."""
    from textual.widgets._toast import Toast

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session
    from reflect.ui.screens.prompt import PromptScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000beef",
                                             title="Invented huddle"))
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 1 and app.library is not None)
        for title in ("Team [/b] notes [link=x]", "[red]Renamed[/red] <i>team</i>"):
            sessions.focus()
            await pilot.press("f2")
            await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
            app.screen.query_one("#prompt-input", Input).value = title
            await pilot.press("enter")
            # The message as drawn (its toast's content): the tags as typed.
            said = f"Renamed to {title}"
            await wait_for(pilot, lambda: any(said in str(toast.render())
                                              for toast in app.screen.query(Toast)))
            assert app.is_running
        await pilot.press("ctrl+q")
