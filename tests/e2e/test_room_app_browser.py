"""The room end to end (#18): the real app (under Textual's pilot) opens a real room on
127.0.0.1, Debian's headless Chromium (Selenium, Debian's chromedriver) joins it and sends a
point, the facilitator sees it arrive beside the question, accepts it, and the session file on
disk holds it. Invented data only."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Button

from reflect.store.sessions import session_path
from reflect.ui.app import make_app
from reflect.ui.screens.room_open import OpenRoomScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.widgets.incoming import IncomingList, IncomingQueue
from tests.functional.helpers import wait_for
from tests.functional.test_facilitation import go_to, new_session

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")


def chromium():  # type: ignore[no-untyped-def]
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ARGS:
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))


async def off_loop(pilot, check: Callable[[], bool], what: str, limit: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Poll a Selenium `check` in a thread (it blocks) while the app and its room run."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not await asyncio.to_thread(check):
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.1)


async def test_a_point_sent_from_chromium_is_accepted_and_saved(fictional_dir, sessions_dir):
    from selenium.webdriver.common.by import By

    app = make_app(fictional_dir, sessions_dir)
    driver = await asyncio.to_thread(chromium)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await new_session(pilot)
            await go_to(pilot, screen, "question")
            i = screen.index
            await pilot.press("f4")
            await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
            app.screen.query_one("#room-open", Button).press()  # this computer only
            await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen), 20)
            room = screen.room
            assert room is not None and room.url.startswith("http://127.0.0.1:")
            await pilot.press("f4")  # hide the panel

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
            await pilot.press("ctrl+s")
            saved = session_path(sessions_dir, screen.session.id).read_text(encoding="utf-8")
            assert 'text = "Invented point from Chromium"' in saved
            assert 'from_room = "Robin"' in saved
            await pilot.press("ctrl+q")
    finally:
        await asyncio.to_thread(driver.quit)
