"""The room in a real browser (#18): Debian's headless Chromium, driven by Selenium through
Debian's chromedriver (never a downloaded browser), opens a real room on 127.0.0.1 and sends a
point with JavaScript on (the page follows the facilitator by itself) and off (the page
reloads itself while waiting, and the form posts and comes back)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import pytest

from reflect.room import Room
from reflect.room.contract import RoomQuestion
from tests.e2e.browser import chromium, needs_chromium
from tests.room_helpers import QUESTION, Got, replaced_as_read

pytestmark = [needs_chromium, pytest.mark.usefixtures("quick_poll")]

T = TypeVar("T")


@pytest.fixture(autouse=True)
def quick_reload(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without JavaScript a waiting page (or the frame under the form) reloads itself every
    5 seconds; these tests waited on each reload. A second here tests the same reloading,
    and the tests of the page's text (tests/unit/test_room_pages.py) keep the 5."""
    from reflect.room import pages

    monkeypatch.setattr(pages, "REFRESH", '<meta http-equiv="refresh" content="1">')


@pytest.fixture(scope="module")
def browsers() -> Iterator[dict[bool, object]]:
    """One Chromium with JavaScript and one without, started when first asked for and shared
    by this module's tests (each test has a page of its own: `fresh_page`). Started for every
    test, they took a second or more of each test on a loaded machine."""
    started: dict[bool, object] = {}
    yield started
    for driver in started.values():
        driver.quit()  # type: ignore[attr-defined]


def fresh_page(driver: object) -> None:
    """The browser as a test's own: a new tab (its own sessionStorage), every other tab
    closed (an earlier test's page polls no more), no cookie, an empty log, and the network
    as it is (an earlier test may have taken it offline)."""
    from selenium.common.exceptions import WebDriverException

    d: Any = driver
    d.switch_to.default_content()
    earlier = list(d.window_handles)
    d.switch_to.new_window("tab")
    mine = d.current_window_handle
    for handle in earlier:
        d.switch_to.window(handle)
        d.close()
    d.switch_to.window(mine)
    d.execute_cdp_cmd("Network.clearBrowserCookies", {})
    try:
        d.delete_network_conditions()
    except WebDriverException:
        pass  # none set
    d.get_log("browser")  # read, so emptied


@pytest.fixture
def driver_factory(browsers: dict[bool, object]) -> Callable[[bool], object]:
    """The module's Chromium with (or without) JavaScript, on a fresh page: a browser that
    cannot be given one (it died) is started again."""
    def make(javascript: bool) -> object:
        from selenium.common.exceptions import WebDriverException

        driver = browsers.get(javascript)
        if driver is not None:
            try:
                fresh_page(driver)
                return driver
            except WebDriverException:
                driver.quit()  # type: ignore[attr-defined]
        browsers[javascript] = chromium(javascript)
        return browsers[javascript]

    return make


@pytest.fixture
async def room() -> AsyncIterator[tuple[Room, Got]]:
    got = Got()
    room = Room(host="127.0.0.1", port=0, on_point=got.points.append)
    await room.start()
    yield room, got
    await room.stop()


async def until(check: Callable[[], bool], what: str, limit: float = 20.0) -> None:
    """Poll `check` (run off the loop: Selenium blocks) until it holds, while the room serves.
    An element the page replaced between finding and reading it is asked for again
    (`replaced_as_read`)."""
    from selenium.common.exceptions import WebDriverException

    def holds() -> bool:
        try:
            return check()
        except WebDriverException as e:
            if replaced_as_read(e):
                return False
            raise

    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not await asyncio.to_thread(holds):
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def phone_sized(driver: Any) -> AsyncIterator[None]:
    """The module's browser at a phone's size (360x740) meanwhile, as it was after."""
    size = await off(driver.get_window_size)
    await off(driver.set_window_size, 360, 740)
    try:
        yield
    finally:
        await off(driver.set_window_size, size["width"], size["height"])


IN_VIEW = ("var r = arguments[0].getBoundingClientRect();"
           "return r.top > -1 && r.bottom <= window.innerHeight + 1")  # (-0.5: a fraction)


async def off(fn: Callable[..., T], *args: object) -> T:
    """`fn(*args)` run off the loop. Every Selenium call blocks, and the room serves on this
    loop: called on it, a call that waits for the page to load (or fetch) from the room waited
    on a room that could not answer, until Selenium's 120 s read timeout (twice in nine runs
    under load). So every call goes through `off` or `until`, never straight on the loop."""
    return await asyncio.to_thread(fn, *args)


def mine(driver: object) -> str:
    """The page's own points, as shown ("" while there are none): without JavaScript, on a
    page with a box, in the frame kept up to date under it. Read as the page put a new list
    in place of the one found, it was stale, and a run of the suite failed: `until` asks
    again."""
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.ID, "mine")  # type: ignore[attr-defined]
    frames = driver.find_elements(By.CSS_SELECTOR, "iframe.status")  # type: ignore[attr-defined]
    if found and not found[0].is_displayed() and frames:
        driver.switch_to.frame(frames[0])  # type: ignore[attr-defined]
        try:
            return mine(driver)
        finally:
            driver.switch_to.default_content()  # type: ignore[attr-defined]
    return str(found[0].text) if found else ""


def has_box(driver: object) -> bool:
    from selenium.webdriver.common.by import By

    return bool(driver.find_elements(By.ID, "text"))  # type: ignore[attr-defined]


def has_noscript_refresh(driver: object) -> bool:
    from selenium.webdriver.common.by import By

    return bool(driver.find_elements(By.CSS_SELECTOR, "noscript > meta"))  # type: ignore[attr-defined]


def write(driver: object, text: str, name: str, long: bool = False) -> None:
    """`text` typed into the box, `name` into its field, and Send. A `long` text is put in
    the box bar its last character, which is typed (Selenium types 2,000 characters in two
    seconds; the page hears the key as it hears a person's, and keeps the whole box)."""
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, "text")  # type: ignore[attr-defined]
    if long:
        driver.execute_script(  # type: ignore[attr-defined]
            "arguments[0].value = arguments[1]", box, text[:-1])
        text = text[-1]
    box.send_keys(text)
    driver.find_element(By.ID, "name").send_keys(name)  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "#point button").click()  # type: ignore[attr-defined]


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
async def test_a_point_from_the_browser_reaches_the_app_and_its_status_comes_back(
        room, driver_factory, javascript):
    room_, got = room
    driver = await asyncio.to_thread(driver_factory, javascript)
    await asyncio.to_thread(driver.get, room_.url)
    await until(lambda: "Waiting for the facilitator" in driver.page_source, "the waiting page")
    assert room_.participants == 1
    # with scripting off a browser parses <noscript> as markup: proof the setting took
    assert await off(has_noscript_refresh, driver) is not javascript
    room_.show(QUESTION)  # the page follows: by its script, or by reloading itself while waiting
    await until(lambda: has_box(driver), "the question's box")
    assert "Question 1 of 3" in await off(lambda: driver.page_source)
    text = f"Invented point from Child ZZ's browser ({'with' if javascript else 'no'} script)"
    await asyncio.to_thread(write, driver, text, "Invented Tester")
    await until(lambda: len(got.points) == 1, "on_point")
    await until(lambda: "Waiting" in mine(driver) and text in mine(driver), "the point listed")
    point = got.points[0]
    assert (point.text, point.name, point.step_key) == (text, "Invented Tester", "q:zz-q1")
    room_.resolve(point.id, True)  # (without the script, its frame follows: no click)
    await until(lambda: "Accepted" in mine(driver), "the point accepted")
    assert len(got.points) == 1
    if javascript:  # no script error, no resource blocked by the page's CSP
        logs = await asyncio.to_thread(driver.get_log, "browser")
        assert [entry for entry in logs if entry.get("level") == "SEVERE"] == []



async def test_what_is_being_typed_survives_the_facilitator_moving_on(room, driver_factory):
    from selenium.webdriver.common.by import By

    from tests.room_helpers import SECOND

    room_, got = room
    room_.show(SECOND)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    # Invisible characters alone are no point (the room refuses them as empty): the page
    # follows the facilitator over them. It stayed, as if a point were being typed (a trial).
    box = await asyncio.to_thread(driver.find_element, By.ID, "text")
    await asyncio.to_thread(box.send_keys, "\u200b\u00ad\ufeff")
    assert await off(lambda: driver.find_element(By.ID, "text").get_attribute("value")) == \
        "\u200b\u00ad\ufeff"
    room_.show(QUESTION)
    await until(lambda: "Question 1 of 3" in driver.find_element(By.ID, "question").text,
                "the page following over invisible characters")
    assert not await off(lambda: driver.find_element(By.ID, "moved").is_displayed())
    box = await asyncio.to_thread(driver.find_element, By.ID, "text")
    assert await off(box.get_attribute, "value") == ""  # (kept as no draft)
    await asyncio.to_thread(box.send_keys, "Invented half-written point")
    assert not await off(lambda: driver.find_element(By.ID, "moved").is_displayed())
    room_.show(SECOND)
    await until(lambda: "Question 2 of 3" in driver.find_element(By.ID, "question").text,
                "the next question shown")
    assert await off(lambda: driver.find_element(By.ID, "text").get_attribute("value")) == \
        "Invented half-written point"
    assert await off(lambda: driver.find_element(By.ID, "moved").is_displayed())
    await asyncio.to_thread(
        lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    await until(lambda: len(got.points) == 1, "on_point")
    assert got.points[0].step_key == "q:zz-q1"  # the question it was written for
    await until(lambda: has_box(driver) and "Question 2 of 3" in driver.page_source,
                "the page back on the question on show")


async def test_when_the_facilitator_goes_back_the_note_names_the_question_kept(
        room, driver_factory):
    """Going back from Question 2 to Question 1 with a point in the box, the page said "The
    facilitator has moved on" and named no question; the box emptied and a new point typed, it
    still went to Question 2, with nothing on the page naming it (a trial)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from tests.room_helpers import SECOND

    room_, got = room
    room_.show(QUESTION)
    room_.show(SECOND)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    box = await asyncio.to_thread(driver.find_element, By.ID, "text")
    await asyncio.to_thread(box.send_keys, "Invented point for Question 2 by Alex Example")
    room_.show(QUESTION)  # PgUp: back to Question 1
    await until(lambda: "Question 1 of 3" in driver.find_element(By.ID, "question").text,
                "the earlier question shown")

    def note() -> str:
        moved = driver.find_element(By.ID, "moved")
        return str(moved.text) if moved.is_displayed() else ""

    await until(lambda: note() != "", "the note under the box")
    assert (await off(note)).startswith(
        "The facilitator has moved to another question: this point will still be sent for "
        "Question 2 of 3, the one you were answering.")
    assert "moved on" not in await off(note) and "empty the box" in await off(note)
    # Emptied (as a person does, so the page hears it), the box is for the question on show.
    await asyncio.to_thread(box.send_keys, Keys.CONTROL, "a")
    await asyncio.to_thread(box.send_keys, Keys.BACKSPACE)
    await until(lambda: note() == "", "the note gone with the point")
    await asyncio.to_thread(box.send_keys, "Invented new point for Question 1 by Alex Example")
    assert await off(note) == ""
    await asyncio.to_thread(
        lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    await until(lambda: len(got.points) == 1, "on_point")
    assert got.points[0].step_key == "q:zz-q1"  # the question on show when it was written
    await until(lambda: "Question 1 of 3 Invented new point" in mine(driver), "the point listed")


async def test_off_the_questions_the_note_names_no_question_shown(room, driver_factory):
    """The facilitator went on to What to do now with a point in a participant's box: the page
    said "Waiting for the facilitator", and the note under the box "The facilitator has moved
    to another question" and to empty the box "for the question shown now", none shown (a
    facilitator's trial). Then back on a question, the note says so again."""
    from selenium.webdriver.common.by import By

    from tests.room_helpers import SECOND

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    box = await asyncio.to_thread(driver.find_element, By.ID, "text")
    await asyncio.to_thread(box.send_keys, "Invented point for Question 1 by Sam Sample")
    room_.show(RoomQuestion("", QUESTION.review_title, "Waiting for the facilitator", ""))

    def note() -> str:
        moved = driver.find_element(By.ID, "moved")
        return str(moved.text) if moved.is_displayed() else ""

    await until(lambda: note() != "", "the note under the box")
    assert await off(note) == (
        "The facilitator has moved on from the questions for now: this point will still be "
        "sent for Question 1 of 3, the one you were answering. There is no question on show "
        "now: to write a new point, empty the box.")
    room_.show(SECOND)
    await until(lambda: "moved to another question" in note(), "the note on a question again")
    assert "for the question shown now instead, empty the box." in await off(note)
    await asyncio.to_thread(
        lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    await until(lambda: len(got.points) == 1, "on_point")
    assert got.points[0].step_key == "q:zz-q1"  # the question it was written for


async def test_a_closed_room_is_said_and_what_is_typed_stays_to_copy(room, driver_factory):
    """The page went on showing the question and the form after the room closed (the script
    swallowed the failed poll), and Send went to the browser's error page, what was typed lost
    (a user trial). On a phone (360x740) the note saying Send failed was above the screen, the
    page still on the button: Send seemed to do nothing (a room trial): it is brought into
    view. So was the confidence check's answer sent, which went to the browser's error page
    (a room trial): it is said not sent, the page and its box kept."""
    room_, got = room
    room_.show(QUESTION)
    room_.share(QUESTION.step_key, ["Invented shared point"])
    room_.ask_confidence("start", "How confident do you feel about invented plans?")
    driver = await asyncio.to_thread(driver_factory, True)
    async with phone_sized(driver):
        await sent_to_a_closed_room(room_, got, driver)
        # The confidence check's choices were drawn at 13px (WCAG 2.5.8 asks 24), and light
        # in the dark scheme; the other controls keep the browser's colours as they were.
        for scheme in ("dark", "light"):
            await off(driver.execute_cdp_cmd, "Emulation.setEmulatedMedia", {
                "features": [{"name": "prefers-color-scheme", "value": scheme}]})
            drawn = await off(driver.execute_script, (
                "var r = document.querySelector('input[name=level]').getBoundingClientRect();"
                "var s = function (q) { return getComputedStyle(document.querySelector(q))"
                ".colorScheme };"
                "return [Math.min(r.width, r.height) >= 24, s('input[name=level]'),"
                " s('#text'), s('html')]"))
            assert drawn == [True, "dark" if scheme == "dark" else "normal", "normal",
                             "normal"], scheme


async def sent_to_a_closed_room(room_: Room, got: Got, driver: Any) -> None:
    from selenium.webdriver.common.by import By

    await asyncio.to_thread(driver.get, room_.url)
    box = await asyncio.to_thread(driver.find_element, By.ID, "text")
    await asyncio.to_thread(box.send_keys, "Invented point typed by Sam Sample")
    assert not await off(lambda: driver.find_element(By.ID, "closed").is_displayed())

    def shared() -> str:
        return str(driver.find_element(By.ID, "shared").text)

    assert "Invented shared point" in await off(shared)
    await room_.stop()

    def said() -> str:
        note = driver.find_element(By.ID, "closed")
        return str(note.text) if note.is_displayed() else ""

    await until(lambda: "not reachable at this address" in said(),
                "the page saying the room closed")
    # Why it was not sent: ": your point was not sent" read as if Send had failed, and
    # "before you pressed Send" as if Send had been pressed (trials).
    assert await off(said) == (
        "The room is not reachable at this address (it has closed, opened again at a new "
        "address, or this device lost its connection to it) while your point was still being "
        "typed: it has not been sent. It is kept in its box further down. If the shared screen "
        "shows a new address, type it in the box just below and press “Go there with my "
        "words”: it goes there with you; this page carries on by itself if the room comes "
        "back here.")  # (the box for the address under it: no "copy it, then scan")
    # What was shared is not left on the phone (phones are shared, a trial).
    assert "Invented shared point" not in await off(shared)
    assert await off(lambda: driver.find_element(By.ID, "text").get_attribute("value")) == \
        "Invented point typed by Sam Sample"
    page = await off(lambda: driver.current_url)
    # Send, the room gone:
    await off(lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    await until(lambda: said().startswith("Not sent: the room is not reachable at this address"),
                "the note after Send")
    assert await off(driver.execute_script, IN_VIEW,  # in view, where Send was pressed
                     driver.find_element(By.ID, "closed"))
    # no error page: still here
    assert await off(lambda: driver.current_url) == page and await off(has_box, driver)
    assert await off(lambda: driver.find_element(By.ID, "text").get_attribute("value")) == \
        "Invented point typed by Sam Sample"
    assert got.points == []
    await off(lambda: driver.find_element(By.CSS_SELECTOR, "input[name=level][value='4']")
              .click())
    await off(lambda: driver.find_element(By.CSS_SELECTOR, "form.confidence button").click())
    await until(lambda: said().startswith("Your answer was not sent. The room is not "
                                          "reachable at this address"), "the answer not sent")
    assert await off(lambda: driver.current_url) == page and await off(has_box, driver)
    assert await off(lambda: driver.find_element(By.ID, "text").get_attribute("value")) == \
        "Invented point typed by Sam Sample"
    assert got.counts == []


async def test_points_still_waiting_when_the_room_closes_say_they_were_not_added(
        room, driver_factory):
    """Closing the room drops the points still waiting, yet the page, saying "The room has
    closed", went on listing them as "Waiting" (a trial)."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    for text in ("Invented point accepted, by Alex Example", "Invented point left waiting"):
        await asyncio.to_thread(write, driver, text, "")
        await until(lambda t=text: t in mine(driver), "the point listed")  # type: ignore[misc]
    room_.resolve(got.points[0].id, True)
    await until(lambda: "Accepted" in mine(driver) and "Waiting" in mine(driver), "both")
    await room_.stop()

    def said() -> str:
        note = driver.find_element(By.ID, "closed")
        return str(note.text) if note.is_displayed() else ""

    await until(lambda: "not reachable at this address" in said(),
                "the page saying the room closed")
    assert (await off(said)).endswith("Your points still waiting were not added.")
    listed = await off(mine, driver)
    assert "Waiting" not in listed
    assert ("Not added (the room closed before the facilitator decided) Question 1 of 3 "
            "Invented point left waiting") in listed
    assert "Accepted Question 1 of 3 Invented point accepted, by Alex Example" in listed


OFFLINE = {"offline": True, "latency": 0, "download_throughput": -1, "upload_throughput": -1}


def closed_note(driver: object) -> str:
    from selenium.webdriver.common.by import By

    note = driver.find_element(By.ID, "closed")  # type: ignore[attr-defined]
    return str(note.text) if note.is_displayed() else ""


async def test_a_device_offline_says_so_and_its_points_waiting_are_not_said_dropped(
        room, driver_factory):
    """A fresh-eyes trial: a phone that lost the Wi-Fi said "The room has closed (or this
    device lost its connection to it). Your points still waiting were not added." and listed
    its point "Not added (the room closed ...)" while the room still held it; back online it
    was "Waiting" again. A device that knows it is offline (navigator.onLine) says so, and
    that whether its points were added is not known; once it is back, their real status."""
    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    await asyncio.to_thread(write, driver, "Invented point by Sam Sample", "")
    await until(lambda: "Waiting" in mine(driver), "the point waiting")
    await asyncio.to_thread(driver.set_network_conditions, **OFFLINE)
    await until(lambda: "offline" in closed_note(driver), "the page saying it is offline")
    assert await off(closed_note, driver) == (
        "This device is offline (no network connection): the page carries on by itself once "
        "it is back. Whether your points still waiting were added is not known until then.")
    listed = await off(mine, driver)
    assert "Not known while this device is offline" in listed and "Not added" not in listed
    await asyncio.to_thread(driver.set_network_conditions, **{**OFFLINE, "offline": False})
    await until(lambda: "Waiting" in mine(driver), "the point waiting again")
    assert await off(closed_note, driver) == ""
    assert "Not added" not in await off(mine, driver) and len(got.points) == 1


async def test_send_pressed_offline_keeps_the_point_to_send_once_back(room, driver_factory):
    """Send on a phone that lost the Wi-Fi said "Not sent: the room has closed (or ...). ...
    copy it to keep it." (a fresh-eyes trial): the room was open all along, and the point
    only had to be sent again once the phone was back."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    await asyncio.to_thread(driver.set_network_conditions, **OFFLINE)
    await asyncio.to_thread(write, driver, "Invented point sent offline", "")
    await until(lambda: "Not sent" in closed_note(driver), "the page saying it was not sent")
    assert await off(closed_note, driver) == (
        "Not sent: this device is offline (no network connection). It is still in the box "
        "below: send it once the connection is back.")
    box = await asyncio.to_thread(driver.find_element, By.ID, "text")
    assert await off(box.get_attribute, "value") == "Invented point sent offline"
    await asyncio.to_thread(driver.set_network_conditions, **{**OFFLINE, "offline": False})
    # Back, the note went and nothing said the point was still to send (a social care
    # team's trial, a phone back on the Wi-Fi a minute later): it says so until it is sent.
    await until(lambda: "reached again" in closed_note(driver), "the note saying to send it")
    assert await off(closed_note, driver) == (
        "The room can be reached again, but your point has not been sent: it is still in the "
        "box below. Press Send to send it.")
    button = await asyncio.to_thread(driver.find_element, By.CSS_SELECTOR, "#point button")
    await asyncio.to_thread(button.click)
    await until(lambda: "Waiting" in mine(driver), "the point sent once back")
    assert [p.text for p in got.points] == ["Invented point sent offline"]
    # The address is the room's link again, to bookmark or pass on: it kept "#mine" from
    # the page after Send (a social care team's trial); the list is still scrolled to.
    await until(lambda: driver.current_url == room_.url, "the room's link alone")
    assert await off(lambda: driver.execute_script(
        "var top = document.getElementById('mine').getBoundingClientRect().top;"
        "return window.scrollY > 0 && top >= 0 && top < window.innerHeight"))


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
async def test_the_address_a_refused_point_was_sent_to_leads_back_to_the_room(
        room, driver_factory, javascript):
    """A point refused (too long) is shown at the form's address, /r/<token>/point; asking for
    that address again (a reload, a tab reopened) gave "405 Not allowed. This page cannot be
    used that way." (a trial). It brings the participant back to their room page, what they
    typed still in the box. On a phone, under points shared, the refusal was below the
    screen, the page at its top: with the script it is brought into view (a room trial)."""
    room_, got = room
    room_.show(QUESTION)
    room_.share(QUESTION.step_key, [f"Invented shared point {i} about the school nurse and "
                                    "the health visitor" for i in range(8)])
    driver = await asyncio.to_thread(driver_factory, javascript)
    async with phone_sized(driver):
        await refused_and_asked_again(room_, got, driver, javascript)


async def refused_and_asked_again(room_: Room, got: Got, driver: Any, javascript: bool) -> None:
    from selenium.webdriver.common.by import By

    await asyncio.to_thread(driver.get, room_.url)
    text = "Invented long point by Sam Sample. " * 60  # 2,100 characters
    await asyncio.to_thread(write, driver, text, "Sam Sample", True)
    await until(lambda: "too long" in driver.page_source, "the refusal")
    said = await off(driver.find_element, By.CSS_SELECTOR, "p.message[role=alert]")
    assert await off(driver.execute_script, IN_VIEW, said)  # (without script: over the frame)

    def box() -> str:
        return str(driver.find_element(By.ID, "text").get_attribute("value"))

    assert await off(box) == text
    # Again at that address: a reload with the script (its address is the room's own now),
    # the address asked for again without it.
    if javascript:
        await until(lambda: driver.current_url == room_.url, "the room's own address")
        await asyncio.to_thread(driver.refresh)
    else:
        assert await off(lambda: driver.current_url) == room_.url + "/point"
        await off(lambda: driver.get(driver.current_url))
    await until(lambda: has_box(driver), "the room page")
    assert "Not allowed" not in await off(lambda: driver.page_source)
    assert (await off(lambda: driver.current_url)).split("#")[0] == room_.url
    assert await off(box) == text and "too long" in await off(lambda: driver.page_source)
    assert await off(lambda: driver.find_element(By.ID, "name").get_attribute("value")) == \
        "Sam Sample"
    # Once shown again, the room lets go of it: a later load shows the room as it is, the
    # point still in its box only where the page's script keeps it, not sent, in the tab.
    await asyncio.to_thread(driver.get, room_.url)
    await until(lambda: has_box(driver), "the room page again")
    assert await off(box) == (text if javascript else "")
    assert "too long" not in await off(lambda: driver.page_source)
    assert got.points == []


async def test_the_page_follows_a_shared_point_edited_then_taken_out(room, driver_factory):
    """After F3, the facilitator took a personal detail out of a shared point, then the point
    itself: every phone kept the first words under "Points the facilitator shared", and its
    writer's page "Accepted" beside them (a facilitator's trial)."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    sent = "Invented: ring Sam Sample's aunt on 07700 900123"
    await asyncio.to_thread(write, driver, sent, "Sam Sample")
    await until(lambda: len(got.points) == 1, "on_point")
    point = got.points[0]
    room_.resolve(point.id, True)
    room_.share(QUESTION.step_key, [sent, "Invented point typed by the facilitator"])

    def shared() -> str:
        return str(driver.find_element(By.ID, "shared").text)

    await until(lambda: sent in shared() and "Accepted" in mine(driver), "shared, accepted")
    kept = "Invented: ring Sam Sample's aunt"
    room_.follow(point.id, kept, edited=True)
    room_.share(QUESTION.step_key, [kept, "Invented point typed by the facilitator"])
    await until(lambda: "07700" not in shared() + mine(driver), "the detail gone")
    assert kept in await off(shared)
    assert "Invented point typed by the facilitator" in await off(shared)
    assert f"Accepted, as the facilitator edited it Question 1 of 3 {kept}" in \
        await off(mine, driver)
    room_.follow(point.id, None)
    room_.share(QUESTION.step_key, ["Invented point typed by the facilitator"])
    await until(lambda: kept not in shared() + mine(driver), "the point gone")
    assert "Taken out Question 1 of 3 Taken out of the notes by the facilitator." in \
        await off(mine, driver)
    assert "Invented point typed by the facilitator" in await off(shared)


async def test_what_is_typed_and_not_sent_survives_a_reload(room, driver_factory):
    """A phone reloads a tab when another app was in front, and what was typed and not sent
    was gone (a trial). The page keeps it in the tab's own sessionStorage, by room and
    question (never sent to the room), puts it back on a reload, and lets go of it once the
    room has taken it."""
    from selenium.webdriver.common.by import By

    from tests.room_helpers import SECOND

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)

    def value(element: str) -> str:
        return str(driver.find_element(By.ID, element).get_attribute("value"))

    await off(lambda: driver.find_element(By.ID, "text").send_keys(
        "Invented unsent point by Pat Example"))
    await off(lambda: driver.find_element(By.ID, "name").send_keys("Pat Example"))
    await asyncio.to_thread(driver.refresh)
    await until(lambda: has_box(driver) and value("text") != "", "the point back in its box")
    assert await off(value, "text") == "Invented unsent point by Pat Example"
    assert await off(value, "name") == "Pat Example"
    assert got.points == [] and room_.participants == 1  # nothing of it reached the room
    await asyncio.to_thread(
        lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    # (The click does not wait for the page it leads to: its script takes "?sent=1" off the
    # address as that page loads, so the address is waited for, not read at once.)
    await until(lambda: len(got.points) == 1 and "Waiting" in mine(driver)
                and driver.current_url == room_.url, "the point sent, ?sent=1 gone")
    await asyncio.to_thread(driver.refresh)
    await until(lambda: has_box(driver), "the room page again")
    assert await off(value, "text") == ""  # sent and taken: no longer kept
    # Kept for the question it was written for, after the facilitator moved on.
    await off(lambda: driver.find_element(By.ID, "text").send_keys(
        "Invented point for the first question"))
    room_.show(SECOND)
    await until(lambda: "Question 2 of 3" in driver.find_element(By.ID, "question").text,
                "the next question shown")
    await asyncio.to_thread(driver.refresh)
    await until(lambda: has_box(driver) and value("text") != "", "the point back in its box")
    assert await off(value, "text") == "Invented point for the first question"
    assert "Question 2 of 3" in await off(lambda: driver.find_element(By.ID, "question").text)
    assert await off(lambda: driver.find_element(By.ID, "moved").is_displayed())
    assert "still be sent for Question 1 of 3" in \
        await off(lambda: driver.find_element(By.ID, "moved").text)
    await asyncio.to_thread(
        lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
    await until(lambda: len(got.points) == 2, "on_point")
    assert got.points[1].step_key == QUESTION.step_key


async def test_a_room_opened_again_is_the_same_page_to_its_participants(room, driver_factory):
    """Closed and opened again, the room was a new one: its link led nowhere, and a
    participant joining again found their own points gone (a trial). The page carries on:
    the room's closing said, then gone; the points decided still listed, the one still
    waiting said not added; and Send works again, from the same page."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    for text in ("Invented point accepted, by Alex Example", "Invented point left waiting"):
        await asyncio.to_thread(write, driver, text, "")
        await until(lambda t=text: t in mine(driver), "the point listed")  # type: ignore[misc]
    room_.resolve(got.points[0].id, True)
    await until(lambda: "Accepted" in mine(driver), "the point accepted")
    await room_.stop()

    def said() -> str:
        note = driver.find_element(By.ID, "closed")
        return str(note.text) if note.is_displayed() else ""

    await until(lambda: "not reachable at this address" in said(),
                "the page saying the room closed")
    await room_.start()
    room_.show(QUESTION)
    await until(lambda: said() == "", "the note gone as the room answers again")
    # said not added, its words kept by the page to copy (test_the_words_of_points_dropped_...)
    await until(lambda: ("Not added (the room closed before the facilitator decided) Question "
                         "1 of 3 Invented point left waiting") in mine(driver),
                "the point that was waiting, said not added")
    assert "Accepted Question 1 of 3 Invented point accepted, by Alex Example" in \
        await off(mine, driver)
    await asyncio.to_thread(write, driver, "Invented point after it opened again", "")
    await until(lambda: len(got.points) == 3, "on_point")
    await until(lambda: "Invented point after it opened again" in mine(driver), "listed")


async def test_the_words_of_points_dropped_as_the_room_closed_stay_once_it_opens_again(
        room, driver_factory):
    """Closed with a participant's points still waiting, the room drops their words (the
    facilitator never took them): the page said "Not added ... Question 1 of 3" and the
    words while it was closed, and once it was opened again every entry became "Not added
    Question 1 of 3 The room closed before the facilitator decided (not in the notes).", the
    words gone, so they could not be copied and sent again (a trial). The page keeps its own
    copy, on a reload too; the room itself still holds none of them."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    texts = [f"Invented quick point number {n} from Cas Sample" for n in (1, 2, 3)]
    for text in texts:
        await asyncio.to_thread(write, driver, text, "")
        await until(lambda t=text: t in mine(driver), "the point listed")  # type: ignore[misc]
    room_.resolve(got.points[0].id, False)  # declined: its words go, and stay gone
    await until(lambda: "Not added by the facilitator" in mine(driver), "the point declined")
    dropped = [("Not added (the room closed before the facilitator decided) Question 1 of 3 "
                f"{text}") for text in texts[1:]]
    await room_.stop()
    await until(lambda: all(d in mine(driver) for d in dropped), "said not added, with words")

    def said() -> str:
        note = driver.find_element(By.ID, "closed")
        return str(note.text) if note.is_displayed() else ""

    await room_.start()
    room_.show(QUESTION)
    await until(lambda: said() == "", "the note gone as the room answers again")
    await until(lambda: "Not added by the facilitator" in mine(driver)
                and all(d in mine(driver) for d in dropped), "the words still listed")
    assert texts[0] not in await off(mine, driver)
    assert all(p.text == "" for person in room_.state.participants.values()
               for p in person.points)  # kept by the page only
    await asyncio.to_thread(driver.refresh)
    await until(lambda: has_box(driver) and all(d in mine(driver) for d in dropped),
                "the words listed after a reload")
    assert texts[0] not in await off(mine, driver)


async def test_a_point_not_added_as_the_room_closed_can_be_put_back_in_the_box(
        room, driver_factory):
    """The room closed with points still waiting: the page listed them "Not added", and their
    words could only be copied back into the box by hand to send again (a social care team's
    trial on phones). Each offers to put them back; sent again, it no longer does."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    texts = ["Invented point <b>one</b> by Cas Sample", "Invented point two by Cas Sample"]
    for text in texts:
        await asyncio.to_thread(write, driver, text, "")
        await until(lambda t=text: t in mine(driver), "the point listed")  # type: ignore[misc]

    def offered() -> list[str]:  # the words of each point offering to be put back
        return [str(b.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".text").text)
                for b in driver.find_elements(By.CSS_SELECTOR, "#mine button.put-back")
                if b.text == "Put back in the box"]

    assert await off(offered) == []  # waiting: nothing to put back
    await room_.stop()
    await until(lambda: offered() == texts[::-1], "each offered to be put back")

    def put_back(text: str) -> None:
        for button in driver.find_elements(By.CSS_SELECTOR, "#mine button.put-back"):
            if text in button.find_element(By.XPATH, "..").text:
                button.click()

    def box() -> str:
        return str(driver.find_element(By.ID, "text").get_attribute("value"))

    await asyncio.to_thread(put_back, texts[0])
    assert await off(box) == texts[0]  # as written, markup and all
    await asyncio.to_thread(put_back, texts[0])
    assert await off(box) == texts[0]  # not twice over
    await room_.start()
    room_.show(QUESTION)
    await until(lambda: not driver.find_element(By.ID, "closed").is_displayed()
                or "reached again" in closed_note(driver), "the room answering again")
    await asyncio.to_thread(
        lambda: driver.find_element(By.CSS_SELECTOR, "#point button[type=submit]").click())
    await until(lambda: len(got.points) == 3, "the point sent again")
    assert got.points[2].text == texts[0]
    await until(lambda: offered() == [texts[1]], "only the one not sent again offered")


async def test_without_script_the_page_after_send_keeps_its_points_up_to_date(
        room, driver_factory):
    """Without JavaScript only the waiting page reloaded itself: the page after Send, with its
    box, never did, and a point accepted still said "Waiting" (a trial). A frame under the
    form reloads itself instead (the page cannot: what is being typed would go), with the
    participant's points, and says when the facilitator has moved on."""
    from selenium.webdriver.common.by import By

    from tests.room_helpers import SECOND

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, False)
    await asyncio.to_thread(driver.get, room_.url)
    async with phone_sized(driver):  # Tab from Send at the screen's foot, into the frame
        await until(lambda: tabbed_into_the_frame(driver, "#point button")[:3] == [
            "MAIN", "solid", True], "the frame holding no link ringed on screen")
    await asyncio.to_thread(write, driver, "Invented point without a script", "Sam Sample")
    await until(lambda: len(got.points) == 1, "on_point")
    await until(lambda: bool(driver.find_elements(By.CSS_SELECTOR, "iframe.status")),
                "the page after Send, with its frame")
    box = await asyncio.to_thread(driver.find_element, By.ID, "text")
    await asyncio.to_thread(box.send_keys, "Invented next point, half typed")
    # the frame's copy instead:
    assert not await off(lambda: driver.find_element(By.ID, "mine").is_displayed())

    def framed() -> str:
        """The frame's words; "" while it reloads (its <main> not there yet, or the frame
        gone as it was switched to: a full run under load failed here once)."""
        from selenium.common.exceptions import NoSuchElementException, NoSuchFrameException

        try:
            driver.switch_to.frame(driver.find_element(By.CSS_SELECTOR, "iframe.status"))
            return str(driver.find_element(By.TAG_NAME, "main").text)
        except (NoSuchElementException, NoSuchFrameException):
            return ""
        finally:
            driver.switch_to.default_content()

    await until(lambda: "Waiting" in framed(), "the point waiting, in the frame")
    room_.resolve(got.points[0].id, True)
    await until(lambda: "Accepted Question 1 of 3 Invented point without a script" in framed(),
                "the point accepted, with no click")
    room_.show(SECOND)
    await until(lambda: "The facilitator has moved to Question 2 of 3." in framed(),
                "the frame saying the facilitator moved on")
    await until(lambda: tabbed_into_the_frame(driver, "#text", back=True)[::3] == [
        "A", "show what is on now"], "its link reached by the keyboard")
    # The page itself never reloaded: what was being typed is still there.
    assert await off(lambda: driver.find_element(By.ID, "text").get_attribute("value")) == \
        "Invented next point, half typed"


def tabbed_into_the_frame(driver: Any, start: str, back: bool = False) -> list[object]:
    """From `start` (its foot at the screen's) Tab, or Shift+Tab, into the status frame: what
    has the focus there, its ring, whether it is on screen, its words ([] if not there). The
    frame's document, holding no link, took the focus off screen with no ring (a phone trial).
    Asked again by `until`: the frame, reloading itself, may drop the focus as it is read."""
    from selenium.webdriver.common.keys import Keys

    driver.execute_script(
        "var b = document.querySelector(arguments[0]); b.focus(); window.scrollBy(0, "
        "b.getBoundingClientRect().bottom - window.innerHeight + 5)", start)
    driver.switch_to.active_element.send_keys(Keys.SHIFT + Keys.TAB if back else Keys.TAB)
    return list(driver.execute_script(
        "var f = document.activeElement; if (f.tagName != 'IFRAME') return [];"
        "var a = f.contentDocument.activeElement, r = a.getBoundingClientRect();"
        "var top = f.getBoundingClientRect().top + r.top;"
        "return [a.tagName, getComputedStyle(a).outlineStyle,"
        " top >= 0 && top < window.innerHeight - 40, a.textContent.trim()]") or [])


async def test_the_rooms_word_on_the_last_send_goes_when_the_room_closes(driver_factory):
    """"Wait 3 seconds, then send this one again" stayed on a participant's page under "The
    room has closed" (a trial): it no longer held."""
    from selenium.webdriver.common.by import By

    got = Got()
    room_ = Room(host="127.0.0.1", port=0, on_point=got.points.append, burst=1)
    await room_.start()
    try:
        room_.show(QUESTION)
        driver = await asyncio.to_thread(driver_factory, True)
        await asyncio.to_thread(driver.get, room_.url)
        await asyncio.to_thread(write, driver, "Invented first point", "")
        await until(lambda: "Invented first point" in mine(driver), "the first point listed")
        await asyncio.to_thread(write, driver, "Invented point sent too soon", "")
        await until(lambda: "then send this one again" in driver.page_source, "the refusal")

        def refusal_shown() -> bool:
            return any(p.is_displayed() and "Wait" in p.text for p in
                       driver.find_elements(By.CSS_SELECTOR, "p.message[role=alert]"))

        assert await off(refusal_shown)
        await room_.stop()
        await until(lambda: driver.find_element(By.ID, "closed").is_displayed(),
                    "the page saying the room closed")
        assert not await off(refusal_shown)
    finally:
        await room_.stop()


async def test_the_rooms_word_to_wait_goes_once_the_wait_is_over_and_the_participant_acts(
        driver_factory):
    """"You have sent a lot of points in a short time. Wait 1 second, then send this one
    again" was still on the page a minute later, after the facilitator had changed question
    (a trial). It stays while the wait lasts, goes at the participant's next action after it,
    and a point sent then is listed without it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from tests.room_helpers import SECOND

    got = Got()
    room_ = Room(host="127.0.0.1", port=0, on_point=got.points.append, burst=1,
                 points_per_minute=1)  # one a minute after the first
    now = [0.0]  # the room's clock, moved on by the test: no real wait, so no race with one
    room_.state.clock = lambda: now[0]  # (each participant's allowance reads it from joining)
    await room_.start()
    try:
        room_.show(QUESTION)
        driver = await asyncio.to_thread(driver_factory, True)
        await asyncio.to_thread(driver.get, room_.url)
        await asyncio.to_thread(write, driver, "Invented first quick point", "")
        await until(lambda: "Invented first quick point" in mine(driver), "the first listed")
        await asyncio.to_thread(write, driver, "Invented point sent too soon", "")
        await until(lambda: "then send this one again" in driver.page_source, "the refusal")

        def refusal_shown() -> bool:
            return any(p.is_displayed() and "a lot of points" in p.text for p in
                       driver.find_elements(By.CSS_SELECTOR, "p.message[role=alert]"))

        def act() -> None:  # a key that changes nothing in the box
            driver.find_element(By.ID, "text").send_keys(Keys.END)

        await off(act)  # within the wait: it still holds
        assert await off(refusal_shown)
        room_.show(SECOND)  # the facilitator moves on; the box keeps the point for Question 1
        await until(lambda: "Question 2 of 3" in driver.find_element(By.ID, "question").text,
                    "the page following")
        assert await off(refusal_shown)
        now[0] += 61  # the minute over, for the room and for the page
        await off(lambda: driver.execute_script(
            "var real = Date.now; Date.now = function () { return real() + 61000; };"))
        await until(lambda: (act(), not refusal_shown())[1], "the refusal gone after the wait")
        await off(lambda: driver.find_element(By.CSS_SELECTOR, "#point button").click())
        await until(lambda: len(got.points) == 2, "the point sent")
        await until(lambda: "Invented point sent too soon" in mine(driver), "it listed")
        assert not await off(refusal_shown)
        assert got.points[1].step_key == QUESTION.step_key
    finally:
        await room_.stop()


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
async def test_the_box_says_a_point_is_kept_on_one_line_and_the_list_shows_it_so(
        room, driver_factory, javascript):
    """A point typed on several lines in the six-line box became one line everywhere without
    a word (a trial): the page says so under the box, literally, and the writer's own list
    shows the point as the room kept it."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, javascript)
    await asyncio.to_thread(driver.get, room_.url)
    await until(lambda: has_box(driver), "the question's box")

    def hint() -> tuple[bool, str, str | None]:
        said = driver.find_element(By.ID, "text-hint")
        box = driver.find_element(By.ID, "text")
        return said.is_displayed(), said.text, box.get_attribute("aria-describedby")

    assert await off(hint) == (
        True, "A point is kept on one line: line breaks become spaces.", "text-hint")
    await asyncio.to_thread(write, driver, "Invented point from Dee Example:\nfirst line\n"
                                           "second line", "Dee Example")
    await until(lambda: len(got.points) == 1, "on_point")
    kept = "Invented point from Dee Example: first line second line"
    assert got.points[0].text == kept
    await until(lambda: f"Waiting Question 1 of 3 {kept}" in mine(driver),
                "the point listed on one line, as kept")


async def test_without_script_the_page_after_send_says_sent_at_its_top_with_the_status(
        room, driver_factory):
    """Without JavaScript the page after Send opened at its top (its list of points hidden,
    the frame that shows it far below the box): at 390x844 the participant saw the question
    and an empty box, nothing saying the point had gone, its status off screen (a trial).
    "Sent" is said above the box, the frame just under it, open at their points, on screen."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    # points shared above theirs in the frame: it opens at theirs all the same
    room_.share(QUESTION.step_key, [f"Invented shared point {n}" for n in range(1, 9)])
    driver = await asyncio.to_thread(driver_factory, False)
    await off(driver.execute_cdp_cmd, "Emulation.setDeviceMetricsOverride",
              {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    await asyncio.to_thread(driver.get, room_.url)
    await until(lambda: has_box(driver), "the question's box")
    assert not await off(lambda: driver.find_elements(By.ID, "sent"))  # not before Send
    await asyncio.to_thread(write, driver, "Invented point sent from a phone", "")
    await until(lambda: len(got.points) == 1, "on_point")
    await until(lambda: bool(driver.find_elements(By.ID, "sent")), "the page after Send")

    def on_screen(element: Any) -> bool:  # whole in the 844 pixels shown
        box = driver.execute_script(
            "var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom]", element)
        return bool(element.is_displayed() and box[0] >= 0 and box[1] <= 844)

    def said() -> tuple[str, bool]:
        note = driver.find_element(By.ID, "sent")
        return note.text, on_screen(note)

    assert await off(said) == ("Sent: your point went to the facilitator. Its status is "
                               "under Your points, kept up to date.", True)
    assert await off(lambda: driver.execute_script("return window.scrollY")) == 0

    def status_seen() -> bool:  # the frame on screen, its list of the point in its view
        frame = driver.find_element(By.CSS_SELECTOR, "iframe.status")
        if not on_screen(frame):
            return False
        height = frame.size["height"]
        driver.switch_to.frame(frame)
        try:
            # read at once: the frame reloads itself every second here
            item = driver.execute_script(
                "var li = document.querySelector('#mine li.waiting');"
                "return li && [li.textContent, li.getBoundingClientRect().top]")
            return bool(item and "Invented point sent from a phone" in item[0]
                        and 0 <= item[1] < height - 30)
        finally:
            driver.switch_to.default_content()

    await until(status_seen, "the point's status on screen")
    # a page with a box never reloads itself, and the frame is there once only
    assert len(await off(driver.find_elements, By.CSS_SELECTOR, "iframe.status")) == 1


async def test_with_script_sent_is_said_and_goes_when_the_room_closes(driver_factory):
    """With JavaScript the page after Send says "Sent" too (above the box, the list below);
    once the room has gone its "kept up to date" no longer holds, and it goes."""
    from selenium.webdriver.common.by import By

    got = Got()
    room_ = Room(host="127.0.0.1", port=0, on_point=got.points.append)
    await room_.start()
    try:
        room_.show(QUESTION)
        driver = await asyncio.to_thread(driver_factory, True)
        await asyncio.to_thread(driver.get, room_.url)
        await asyncio.to_thread(write, driver, "Invented point, then the room closed", "")
        await until(lambda: "Invented point, then the room closed" in mine(driver), "listed")

        def sent_shown() -> bool:
            return any(p.is_displayed() and p.text.startswith("Sent: your point went")
                       for p in driver.find_elements(By.ID, "sent"))

        assert await off(sent_shown)
        await room_.stop()
        await until(lambda: driver.find_element(By.ID, "closed").is_displayed(),
                    "the page saying the room closed")
        assert not await off(sent_shown)
    finally:
        await room_.stop()


async def test_with_script_sent_follows_what_the_facilitator_did_with_the_point(
        room, driver_factory):
    """"Sent: your point went to the facilitator..." stayed at the top of the page once the
    list below said the point was accepted or declined (a social care team's trial at
    390x844). It follows the point just sent, not an earlier one."""
    from selenium.webdriver.common.by import By

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)

    def sent_said() -> str:
        note = driver.find_elements(By.ID, "sent")
        return str(note[0].text) if note and note[0].is_displayed() else ""

    await asyncio.to_thread(write, driver, "Invented first point by Pat Example", "")
    await until(lambda: len(got.points) == 1 and "Waiting" in mine(driver), "the point sent")
    assert (await off(sent_said)).startswith("Sent: your point went to the facilitator.")
    room_.resolve(got.points[0].id, True)
    await until(lambda: sent_said() == "The point you sent: Accepted. Its status is under Your "
                "points, kept up to date.", "the top line saying it was accepted")
    await asyncio.to_thread(write, driver, "Invented second point by Pat Example", "")
    await until(lambda: len(got.points) == 2 and "Waiting" in mine(driver), "the next sent")
    assert (await off(sent_said)).startswith("Sent: your point went")  # the earlier one's
    room_.resolve(got.points[1].id, False)
    await until(lambda: sent_said().startswith("The point you sent: Declined."),
                "the top line saying it was declined")


def port_of(url: str) -> int:
    return int(url.split(":")[2].split("/")[0])


NOT_REACHABLE = (
    "The room is not reachable at this address (it has closed, opened again at a new address, "
    "or this device lost its connection to it). To carry on, open the link shown on the shared "
    "screen; this page carries on by itself if the room comes back here.")
"""(A room on this computer, 127.0.0.1, has no QR code: none is named.)"""


@pytest.mark.parametrize("old_port", ["refuses", "never answers"])
async def test_a_phone_left_on_the_old_link_of_a_room_moved_says_where_to_go(
        room, driver_factory, old_port):
    """The room closed and opened again on a new port (its own taken meanwhile): phones left
    on the old link said only that it had closed, or, where something else held the old port
    and never answered, went on waiting and said nothing, Send doing nothing (a school's
    lead). The page says the room is not reachable at this address, and to go by the shared
    screen's QR code or link."""
    import socket

    room_, got = room
    room_.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, room_.url)
    await until(lambda: has_box(driver), "the room's page")
    port = port_of(room_.url)
    await room_.stop()
    busy = socket.socket()  # another program takes the port: the room opens elsewhere
    busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (the page's own, TIME_WAIT)
    busy.bind(("127.0.0.1", port))
    busy.listen()  # (its connections taken by the system, and never answered)
    with busy:
        await room_.start()
        try:
            assert room_.moved_from == port and port_of(room_.url) != port
            if old_port == "refuses":
                busy.close()  # the program gone again: nothing listens at the old address
            await until(lambda: closed_note(driver) == NOT_REACHABLE, "the page saying so",
                        limit=30)
            await asyncio.to_thread(write, driver, "Invented point for the old link", "")
            await until(lambda: closed_note(driver).startswith(
                "Not sent: the room is not reachable at this address"), "Send refused, said",
                limit=30)
            assert "type it in the box just below and press" in await off(closed_note, driver)
            assert got.points == []
        finally:
            await room_.stop()


async def test_a_link_no_longer_known_at_its_address_says_to_go_by_the_shared_screen(
        driver_factory):
    """reflect started again with `room_port` set: the same address, a new room, and the old
    link unknown there (404). The page said only that the room had closed."""
    got = Got()
    first = Room(host="127.0.0.1", port=0, on_point=got.points.append)
    await first.start()
    port = port_of(first.url)
    first.show(QUESTION)
    driver = await asyncio.to_thread(driver_factory, True)
    await asyncio.to_thread(driver.get, first.url)
    await until(lambda: has_box(driver), "the room's page")
    await first.stop()
    second = Room(host="127.0.0.1", port=port, on_point=got.points.append)
    await second.start()
    try:
        await until(lambda: "no longer open at this link" in closed_note(driver),
                    "the page saying the link is no longer open")
        assert await off(closed_note, driver) == (
            "The room is no longer open at this link (it has closed, and a new room may have "
            "opened since). To carry on, open the link shown on the shared screen.")
    finally:
        await second.stop()
