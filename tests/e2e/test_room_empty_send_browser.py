"""Send pressed with the box empty, in a real browser (headless Chromium): "Write your point
in the box first." stayed above the box while the statuses of the participant's points below
it changed (a facilitator's trial). It goes once the box holds words (typed, or put back
from a point not added), and a point sent loads the page without it."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.browser import needs_chromium
from tests.e2e.test_room_browser import (  # noqa: F401  (the module's browsers, as fixtures)
    browsers,
    driver_factory,
    mine,
    off,
    quick_reload,
    room,
    until,
    write,
)
from tests.room_helpers import QUESTION

pytestmark = [needs_chromium, pytest.mark.usefixtures("quick_poll")]

EMPTY = "Write your point in the box first."


def empty_said(driver: object) -> bool:
    from selenium.webdriver.common.by import By

    return any(p.is_displayed() and p.text == EMPTY for p in driver.find_elements(  # type: ignore[attr-defined]
        By.CSS_SELECTOR, "p.message[role=alert]"))


async def test_the_word_on_an_empty_send_goes_once_the_box_holds_words(room, driver_factory):  # noqa: F811
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await off(driver.get, room_.url)
    await off(write, driver, "Invented point before the empty Send", "")
    await until(lambda: "Invented point before" in mine(driver), "the point listed")
    await off(lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    await until(lambda: empty_said(driver), "the empty Send said")
    room_.resolve(got.points[0].id, True)  # the statuses below change: it is still true
    await until(lambda: "Accepted" in mine(driver), "the point accepted")
    assert await off(empty_said, driver)
    await off(lambda: driver.find_element(By.ID, "text").send_keys("Invented"))
    await until(lambda: not empty_said(driver), "the word gone once the box holds words")
    await off(lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    await until(lambda: len(got.points) == 2, "the point sent")
    assert not await off(empty_said, driver)
