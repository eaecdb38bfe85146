"""Renaming, duplicating and deleting saved sessions from the start screen."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from reflect.model.session import Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.prompt import PromptScreen
from tests.functional.helpers import every_said, wait_for


async def listed_sessions(pilot, count: int = 1) -> OptionList:  # type: ignore[no-untyped-def]
    """The start screen's saved sessions, once the library and `count` sessions are listed."""
    app = pilot.app
    sessions = app.screen.query_one("#sessions", OptionList)
    await wait_for(pilot, lambda: sessions.option_count == count and app.library is not None)
    return sessions


async def rename_highlighted(pilot, sessions: OptionList, title: str) -> None:  # type: ignore
    """F2 on the saved session highlighted, `title` typed in the prompt, and Enter."""
    sessions.focus()
    await pilot.press("f2")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, PromptScreen))
    pilot.app.screen.query_one("#prompt-input", Input).value = title
    await pilot.press("enter")


async def test_rename_duplicate_and_delete(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Tuesday huddle", team="Team A")
    s.set_answer("zz-first", "q", "kept")
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        sessions = await listed_sessions(pilot)
        await pilot.press("delete")  # on the review list: removing the review is asked
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "Remove review child-zz" in app.screen.question
        await pilot.press("n")
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert (fictional_dir / "child-zz.toml").is_file()
        await rename_highlighted(pilot, sessions, "Monthly huddle")
        await wait_for(pilot, lambda: "Monthly huddle" in sessions.get_option_at_index(0)
                       .prompt.plain)
        await pilot.press("c")
        await wait_for(pilot, lambda: sessions.option_count == 2)
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")  # keep
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert len(list_sessions(sessions_dir).entries) == 2
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: sessions.option_count == 1)
    [left] = list_sessions(sessions_dir).entries
    assert left.session.title == "Monthly huddle"


async def test_the_librarys_keys_work_on_the_saved_sessions_list(fictional_dir, sessions_dir):
    """With a saved session chosen, i did nothing, so typing a file name for the import box
    pressed c in it and duplicated the session: i, n and t now do what they do elsewhere."""
    from reflect.ui.screens.import_review import ImportScreen
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.themes import ThemeScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, new_session_id(review.id), title="Huddle"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = await listed_sessions(pilot)
        for key, screen in (("i", ImportScreen), ("n", NewSessionScreen), ("t", ThemeScreen)):
            sessions.focus()
            await pilot.press(key)
            await wait_for(pilot, lambda screen=screen: isinstance(app.screen, screen))
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen.query("#sessions"))
    assert len(list_sessions(sessions_dir).entries) == 1


async def test_renaming_to_nothing_says_the_title_is_kept(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, new_session_id(review.id),
                                             title="Invented huddle"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        sessions = await listed_sessions(pilot)
        await rename_highlighted(pilot, sessions, "   ")
        await wait_for(pilot, lambda: any("it is still Invented huddle" in str(n.message)
                                          for n in app._notifications))
    [kept] = list_sessions(sessions_dir).entries
    assert kept.session.title == "Invented huddle"


async def test_a_copy_says_it_cannot_be_renamed_before_a_title_is_typed(fictional_dir,
                                                                       sessions_dir):
    """F2 on a copy opened the dialog and refused only after the new title was typed."""
    from reflect.store.sessions import dumps, session_path

    review = load_library(fictional_dir).get("child-zz")
    original = Session.start(review, new_session_id(review.id), title="Invented huddle")
    copy = sessions_dir / "emailed copy.toml"  # its name does not match its id: a copy
    sessions_dir.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(dumps(original))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        sessions = await listed_sessions(pilot)
        sessions.focus()
        await pilot.press("f2")
        await wait_for(pilot, lambda: any("cannot be renamed: it is a copy" in str(n.message)
                                          for n in app._notifications))
        assert not isinstance(app.screen, PromptScreen)
    assert not session_path(sessions_dir, original.id).exists()
    assert copy.read_bytes() == dumps(original)


async def test_the_highlight_stays_on_its_session_when_the_list_moves(fictional_dir,
                                                                      sessions_dir):
    """The list is newest first: the session left (or a copy made with c) moves to the top,
    and the highlight stayed on its row number, on another session, so the next F2, c or
    Delete acted on that one. It follows the session now."""
    from datetime import timedelta

    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_library(fictional_dir).get("child-zz")
    older = Session.start(review, new_session_id(review.id), title="Invented January",
                          team="Team A")
    newer = Session.start(review, new_session_id(review.id), title="Invented February",
                          team="Team A")
    older.updated -= timedelta(days=30)
    newer.updated -= timedelta(days=1)  # (saved within the second, the two could tie)
    save_session(sessions_dir, older, touch=False)
    save_session(sessions_dir, newer, touch=False)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        sessions = await listed_sessions(pilot, 2)
        sessions.focus()
        await wait_for(pilot, lambda: app.focused is sessions)

        def highlighted() -> str:
            option = sessions.highlighted_option
            return "" if option is None else str(option.prompt.plain).split("\n")[0]

        if highlighted() != "Invented January":
            await pilot.press("down")
        assert highlighted() == "Invented January"
        await pilot.press("enter")  # open it, change it, leave: it is the newest now
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        await wait_for(pilot, lambda: app.focused is not None)
        await pilot.press("pagedown")  # moved on a step, and words typed: saved as changed
        await wait_for(pilot, lambda: screen.index == 1)
        typed = screen.session.model_dump(exclude={"current_step", "updated", "timing"})
        await pilot.press("I", "n", "v")
        await wait_for(pilot, lambda: screen.session.model_dump(
            exclude={"current_step", "updated", "timing"}) != typed)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen.query("#sessions")
                       and sessions.option_count == 2
                       and "Invented January" in sessions.get_option_at_index(0).prompt.plain)
        assert highlighted() == "Invented January"
        await pilot.press("c")  # a copy for next month: highlighted, ready for Enter
        await wait_for(pilot, lambda: sessions.option_count == 3)
        copy = sessions.highlighted_option
        assert copy is not None and copy.id not in (str(sessions_dir / f"{older.id}.toml"),
                                                    str(sessions_dir / f"{newer.id}.toml"))


def open_elsewhere(fictional_dir, sessions_dir):  # type: ignore[no-untyped-def]
    """A saved session held open by another copy of reflect (its lock taken), and an app
    whose messages are kept in `said`: (session, path, the other's lock, app, said)."""
    from reflect.store.locks import SessionLock

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Invented huddle")
    path = save_session(sessions_dir, s)
    elsewhere = SessionLock(path)
    assert elsewhere.acquire()
    app = make_app(fictional_dir, sessions_dir)
    said = every_said(app)
    return s, path, elsewhere, app, said


async def test_a_session_open_elsewhere_is_not_asked_about_deleting(fictional_dir, sessions_dir):
    """Delete asked "for good?" and only after "Delete" said the session was open in another
    copy of reflect (a trial). Now it says so at once; and the question names the file and
    when it was changed, to tell sessions of one title apart."""
    s, path, elsewhere, app, said = open_elsewhere(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        sessions = await listed_sessions(pilot)
        sessions.focus()
        await pilot.press("delete")
        await wait_for(pilot, lambda: any("open in another copy of reflect" in m for m in said))
        assert not isinstance(app.screen, ConfirmScreen)
        elsewhere.release()
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert f"{s.id}.toml, last changed " in app.screen.question
        await pilot.press("y")
        await wait_for(pilot, lambda: not path.exists())


async def test_a_session_open_elsewhere_is_not_asked_for_a_new_title(fictional_dir, sessions_dir):
    """F2 opened the rename dialog, let the new title be typed, and only on Enter said the
    session was open in another copy of reflect, the title lost (a trial); Delete says so
    before its question. Rename now does too; closed there, F2 asks, and the title typed
    fast after F2 goes into the dialog."""
    from reflect.store.sessions import load_session
    from tests.functional.helpers import press_in_order

    s, path, elsewhere, app, said = open_elsewhere(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = await listed_sessions(pilot)
        sessions.focus()
        await press_in_order(app, ["f2"])
        await wait_for(pilot, lambda: any("open in another copy of reflect: close it there "
                                          "first, then rename it" in m for m in said))
        assert not isinstance(app.screen, PromptScreen)
        elsewhere.release()
        await press_in_order(app, ["f2", "ctrl+u", *"Invented renamed", "enter"])
        await wait_for(pilot, lambda: load_session(path).title == "Invented renamed")


async def test_opening_a_session_says_of_an_answer_on_no_step(fictional_dir, sessions_dir):
    """An answer to a question the review no longer asks was hidden, and nothing said (a
    trial): opening the session says so, and where the answer is kept."""
    from tests.functional.helpers import open_saved_session

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Invented huddle")
    s.set_answer("zz-first", "What would you do first?", "Invented answer kept")
    s.answers[0].question_id = "zz-since-removed"
    s.answers[1].points = [Point(text="Invented point", by="p99")]  # and a hand-edited `by`
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    said = every_said(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_saved_session(pilot)
        await wait_for(pilot, lambda: any("no longer asks" in m and "kept in the session file"
                                          in m for m in said))
        await wait_for(pilot, lambda: any("said in the session file by 'p99'" in m
                                          for m in said))


def _list_text(app, options) -> str:  # type: ignore[no-untyped-def]
    """Every line of a list's rows as drawn, scrolled a page at a time (its border left out),
    joined by spaces: a row wrapped at its words reads as its own text."""
    lines: dict[int, str] = {}
    region = options.scrollable_content_region
    y = 0
    while True:
        options.scroll_to(y=y, animate=False, immediate=True)
        top = round(options.scroll_y)
        strips = app.screen._compositor.render_strips()
        for row in range(region.height):
            lines[top + row] = strips[region.y + row].text[region.x:region.right].strip()
        if top + region.height >= options.virtual_size.height:
            break
        y = top + region.height
    return " ".join(lines[n] for n in sorted(lines))


async def test_rows_read_again_after_a_rename_keep_every_line(fictional_dir, sessions_dir):
    """After F2 (or c, or anything that reads the list again) the rows were drawn at the
    height they had with no scroll bar, one line short where the bar narrowed them: a row's
    last line, its answered count, was cut off with nothing to say so, until a restart."""
    review = load_library(fictional_dir).get("child-zz")
    for n in range(7):  # one title or another is as wide as the list without its scroll bar
        s = Session.start(review, new_session_id(review.id),
                          title="Invented team talk " + "o" * (14 + n),
                          team=f"Exampleshire Early Help {n} (fictional)")
        save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        sessions = await listed_sessions(pilot, 7)
        await rename_highlighted(pilot, sessions, "Invented team talk renamed")
        await wait_for(pilot, lambda: "renamed" in sessions.get_option_at_index(0).prompt.plain)
        await pilot.pause()
        drawn = _list_text(app, sessions)
        for i in range(sessions.option_count):
            prompt = sessions.get_option_at_index(i).prompt
            row = " ".join(prompt.plain.split())
            assert row in " ".join(drawn.split()), row


async def test_a_duplicate_is_told_from_its_original(fictional_dir, sessions_dir):
    """c made a row that read exactly as its original (title, team, review, time): only the
    answered count, cut off at the time, could have told them apart."""
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Invented team talk",
                      team="Exampleshire Early Help (fictional)")
    s.set_answer("zz-first", "q", "said in the meeting")
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        sessions = await listed_sessions(pilot)
        sessions.focus()
        await pilot.press("c")
        await wait_for(pilot, lambda: sessions.option_count == 2)
        await pilot.pause()
        rows = [" ".join(sessions.get_option_at_index(i).prompt.plain.split()) for i in (0, 1)]
        assert rows[0] != rows[1]
        copy = sessions.highlighted_option.prompt.plain  # ready for Enter
        assert copy.startswith("Invented team talk (copy)\n") and "0 of 3 answered" in copy
        drawn = " ".join(_list_text(app, sessions).split())
        assert all(row in drawn for row in rows)
        assert "1 of 3 answered" in drawn
        assert any("Duplicated as Invented team talk (copy)" in n.message
                   for n in app._notifications)
        # `a` straight after `c` (the copy highlighted) started a reflection after the empty
        # copy, with no point of the team's to show: it says so, and starts nothing.
        await pilot.press("a")
        await wait_for(pilot, lambda: any("Nothing is answered yet in Invented team talk "
                                          "(copy)" in n.message for n in app._notifications))
        assert not isinstance(app.screen, WalkthroughScreen)
        await pilot.press("c")  # a copy of the copy, or of the original, is the next copy
        await wait_for(pilot, lambda: sessions.option_count == 3)
    assert {e.session.title for e in list_sessions(sessions_dir).entries} == {
        "Invented team talk", "Invented team talk (copy)", "Invented team talk (copy 2)"}


async def test_a_duplicates_title_is_free_among_the_sessions_on_disk_not_on_screen(
        fictional_dir, sessions_dir):
    """The free title was checked against the sessions the list had read: filtered by a
    search, a copy saved since (a second c before the list was read again, or another
    reflect on a shared folder) was not among them, and the new copy repeated its title."""
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, new_session_id(review.id),
                                             title="Invented huddle", team="Invented Team"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        sessions = await listed_sessions(pilot)
        await pilot.press("slash", *"huddle", "escape")
        await wait_for(pilot, lambda: app.focused is sessions)
        # A copy saved meanwhile, as another reflect sharing the folder would.
        save_session(sessions_dir, Session.start(review, new_session_id(review.id),
                                                 title="Invented huddle (copy)"))
        await pilot.press("c")
        await wait_for(pilot, lambda: any("Duplicated as" in n.message
                                          for n in app._notifications))
        assert any("Duplicated as Invented huddle (copy 2):" in n.message
                   for n in app._notifications)
    assert sorted(e.session.title for e in list_sessions(sessions_dir).entries) == [
        "Invented huddle", "Invented huddle (copy 2)", "Invented huddle (copy)"]


async def test_a_new_session_cancelled_goes_back_to_the_review_chosen(fictional_dir,
                                                                     sessions_dir):
    """`n` on the saved sessions starts a session on the review chosen in the library; its
    form discarded, focus went back to the saved sessions (Tab then went to the search box),
    not to that review."""
    from reflect.ui.screens.new_session import NewSessionScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, new_session_id(review.id),
                                             title="Invented huddle"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 1 and app.library is not None)
        sessions.focus()
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen)
                       and app.focused is not None and app.focused.screen is app.screen)
        await pilot.press("tab", "x", "escape")  # something typed: Esc asks first
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.screen.query("#reviews"))
        await pilot.pause()
        assert app.focused is reviews
        assert reviews.highlighted_option is not None
        assert reviews.highlighted_option.id == "child-zz"
        await pilot.press("escape")  # with nothing typed, no question: back to the review too
        sessions.focus()
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen)
                       and app.focused is not None and app.focused.screen is app.screen)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen.query("#reviews"))
        await pilot.pause()
        assert app.focused is reviews


async def test_a_where_after_does_not_work_says_where_it_does(fictional_dir, sessions_dir):
    """`a` on the review list did nothing, with no message (a trial): it says what it is for
    and where it works, as on an individual session; a team session starts nothing here."""
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, new_session_id(review.id),
                                             title="Pat Example on her own", mode="individual"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        sessions = await listed_sessions(pilot)
        app.screen.query_one("#reviews", OptionList).focus()
        await pilot.press("a")
        await wait_for(pilot, lambda: any(
            "a starts my own reflection after a saved team session" in n.message
            for n in app._notifications))
        app.clear_notifications()
        sessions.focus()
        await pilot.press("a")
        await wait_for(pilot, lambda: any(
            n.message.startswith("“Pat Example on her own” is not a team session")
            for n in app._notifications))
