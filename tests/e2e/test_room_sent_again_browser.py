"""A point sent again from the same phone after the facilitator accepted it, in a real browser
(headless Chromium): the participant who lost the connection as they sent sends the same
words again, and they went into the notes twice (a room trial). The page says they are in the
notes already, the box is emptied, and the line stays so until the point's status changes."""

from __future__ import annotations

import asyncio

import pytest

from reflect.room.pages import ALREADY_NOTE
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

WORDS = "Invented: ask Team Blue's school nurse first"


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
async def test_words_sent_again_once_accepted_are_said_to_be_in_the_notes_already(
        room, driver_factory, javascript):  # noqa: F811
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, javascript)
    await off(driver.get, room_.url)

    def sent_said() -> str:
        note = driver.find_elements(By.ID, "sent")
        return str(note[0].text) if note and note[0].is_displayed() else ""

    await off(write, driver, WORDS, "Pat Example")
    await until(lambda: len(got.points) == 1 and "Waiting" in mine(driver), "the point sent")
    room_.resolve(got.points[0].id, True)
    await until(lambda: "Accepted" in mine(driver), "the point accepted")
    await off(write, driver, WORDS, "")  # (the name is kept in its box)
    await until(lambda: sent_said() == ALREADY_NOTE, "the page saying it is there already")
    assert len(got.points) == 1
    assert await off(lambda: driver.find_element(By.ID, "text").get_attribute("value")) == ""
    assert (await off(mine, driver)).count("Accepted") == 1
    if not javascript:
        return
    room_.share(QUESTION.step_key, ["Invented shared point"])  # the page takes in a change
    await until(lambda: "Invented shared point" in driver.find_element(By.ID, "shared").text,
                "the page updated")
    assert await off(sent_said) == ALREADY_NOTE  # still true: not said over as "Sent"
    room_.follow(got.points[0].id, None)  # the facilitator takes it out of the notes
    await until(lambda: sent_said().startswith("The point you sent: Taken out."),
                "the top line following the point")
