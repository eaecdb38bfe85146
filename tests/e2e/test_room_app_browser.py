"""The room end to end (#18): the real app (under Textual's pilot) opens a real room on
127.0.0.1, Debian's headless Chromium (Selenium, Debian's chromedriver) joins it and sends a
point, the facilitator sees it arrive beside the question, accepts it, and the session file on
disk holds it. Invented data only."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from textual.widgets import Button, Input

from reflect.store.sessions import session_path
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.room_open import OpenRoomScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.widgets.incoming import IncomingList, IncomingQueue
from reflect.ui.widgets.points_panel import PointList
from tests.e2e.browser import chromium, needs_chromium
from tests.functional.helpers import wait_for
from tests.functional.test_facilitation import go_to, new_session
from tests.room_helpers import replaced_as_read

pytestmark = [needs_chromium, pytest.mark.usefixtures("quick_poll")]


async def off_loop(pilot, check: Callable[[], bool], what: str, limit: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Poll a Selenium `check` in a thread (it blocks) while the app and its room run."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not await asyncio.to_thread(check):
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.1)


async def open_real_room(pilot, screen) -> object:  # type: ignore[no-untyped-def]
    """The real room opened on this computer only, its panel hidden: the room."""
    app = pilot.app
    await pilot.press("f4")
    await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
    app.screen.query_one("#room-open", Button).press()  # this computer only
    await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen), 20)
    room = screen.room
    assert room is not None and room.url.startswith("http://127.0.0.1:")
    await pilot.press("f4")  # hide the panel
    await wait_for(pilot, lambda: not isinstance(app.screen, RoomPanelScreen))
    return room


def send_from(driver, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, "text").send_keys(text)
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.CSS_SELECTOR, "#point button").click()


def part(driver, element: str) -> str:  # type: ignore[no-untyped-def]
    """A part of the page as shown (the page may replace it as it is read)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By

    try:
        return str(driver.find_element(By.ID, element).text)
    except WebDriverException as e:
        if replaced_as_read(e):
            return ""
        raise


async def test_shared_points_follow_the_facilitators_edits_on_the_phone(fictional_dir,
                                                                       sessions_dir):
    """A facilitator's trial: after F3, a shared point edited (a personal detail taken out)
    and then removed stayed on the phones as first sent, and on its writer's page as
    "Accepted" with those words."""
    app = make_app(fictional_dir, sessions_dir)
    driver = await asyncio.to_thread(chromium)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await new_session(pilot)
            await go_to(pilot, screen, "question")
            i = screen.index
            room = await open_real_room(pilot, screen)
            await asyncio.to_thread(driver.get, room.url)
            await off_loop(pilot, lambda: "What would you do first?" in driver.page_source,
                           "the question on the participant's page")
            sent = "Invented: ring Sam Sample's aunt on 07700 900123"
            await asyncio.to_thread(send_from, driver, sent, "Sam Sample")
            incoming = screen.query_one(f"#incoming-{i}", IncomingQueue).query_one(IncomingList)
            await wait_for(pilot, lambda: incoming.option_count == 1, 30)
            await pilot.press("f2", "a", "f3")
            await off_loop(pilot, lambda: sent in part(driver, "shared"), "the point shared")
            # Edited in the list: the personal detail taken out.
            points = screen.query_one(f"#points-{i} .point-list", PointList)
            box = screen.query_one(f"#points-{i} .point-text", Input)
            points.focus()
            points.highlighted = 0
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.focused is box and box.value == sent)
            box.value = "Invented: ring Sam Sample's aunt"
            await pilot.press("enter")
            await off_loop(pilot, lambda: "07700" not in part(driver, "shared")
                           + part(driver, "mine"), "the detail gone from the phone")
            # (read off the loop, as every Selenium call here: the app's room serves on it)
            assert "Invented: ring Sam Sample's aunt" in \
                await asyncio.to_thread(part, driver, "shared")
            assert "Accepted, as the facilitator edited it" in \
                await asyncio.to_thread(part, driver, "mine")
            points.focus()
            await pilot.press("delete")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            await pilot.press("y")
            await off_loop(pilot, lambda: "Sam Sample's aunt" not in part(driver, "shared")
                           + part(driver, "mine"), "the point gone from the phone")
            assert "Taken out of the notes by the facilitator." in \
                await asyncio.to_thread(part, driver, "mine")
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            await pilot.press("y")
    finally:
        await asyncio.to_thread(driver.quit)


async def test_a_point_sent_from_chromium_is_accepted_and_saved(fictional_dir, sessions_dir):
    from selenium.webdriver.common.by import By

    app = make_app(fictional_dir, sessions_dir)
    driver = await asyncio.to_thread(chromium)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await new_session(pilot)
            await go_to(pilot, screen, "question")
            i = screen.index
            room = await open_real_room(pilot, screen)

            await asyncio.to_thread(driver.get, room.url)
            await off_loop(pilot, lambda: "What would you do first?" in driver.page_source,
                           "the question on the participant's page")

            def send() -> None:
                driver.find_element(By.ID, "text").send_keys("Invented point from Chromium")
                driver.find_element(By.ID, "name").send_keys("Robin")
                driver.find_element(By.CSS_SELECTOR, "#point button").click()

            await asyncio.to_thread(send)
            incoming = screen.query_one(f"#incoming-{i}", IncomingQueue).query_one(IncomingList)
            await wait_for(pilot, lambda: incoming.option_count == 1, 30)
            assert "Invented point from Chromium — Robin" in str(
                incoming.get_option_at_index(0).prompt)
            await pilot.press("f2", "a")
            answer = screen.session.answer("zz-first")
            await wait_for(pilot, lambda: len(answer.points) == 1)
            # Robin is not on Who is here: asked once (functional/test_room_senders.py).
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            await pilot.press("n")
            await wait_for(pilot, lambda: app.screen is screen)
            await pilot.press("ctrl+s")
            path = session_path(sessions_dir, screen.session.id)

            def on_disk() -> str:  # Ctrl+S saves off the UI thread: read once it has
                return path.read_text(encoding="utf-8") if path.exists() else ""

            await wait_for(pilot, lambda: "Invented point from Chromium" in on_disk())
            saved = on_disk()
            assert 'text = "Invented point from Chromium"' in saved
            assert 'from_room = "Robin"' in saved
            await pilot.press("ctrl+q")
    finally:
        await asyncio.to_thread(driver.quit)
