"""reflect started again during a meeting, in a real browser (headless Chromium, as
tests/e2e/test_room_browser.py): the session's room comes back with a new link, on the port
it had where that is free (`Room(last_port=…)`), and a participant who opens the new link in
the tab that had the old one still has what they had typed and not sent, and the words of
their points not added, to put back in the box. The browser keeps them by address and port,
and the page kept them by its link: the new link's page said "None yet" and the words were
gone (a facilitator's trial). They are kept by the session's room (`page_key`), so another
session's room on that port finds none of them."""

from __future__ import annotations

import asyncio

import pytest

from reflect.room import Room
from tests.e2e.browser import needs_chromium
from tests.e2e.test_room_browser import (  # noqa: F401  (the module's browsers, as fixtures)
    browsers,
    driver_factory,
    has_box,
    mine,
    off,
    port_of,
    quick_reload,
    until,
    write,
)
from tests.room_helpers import QUESTION, Got

pytestmark = [needs_chromium, pytest.mark.usefixtures("quick_poll")]

SESSION = "invented-session-key-1"
NOT_ADDED = "Not added (the room closed before the facilitator decided) Question 1 of 3 "


def box(driver: object) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.ID, "text").get_attribute("value"))  # type: ignore[attr-defined]


async def before_the_restart(driver: object, got: Got) -> tuple[Room, list[str]]:
    """The first run's room: two points sent, one accepted, one left waiting, and a third
    typed and not sent; then the room closes with reflect."""
    from selenium.webdriver.common.by import By

    first = Room(host="127.0.0.1", port=0, on_point=got.points.append, page_key=SESSION)
    await first.start()
    first.show(QUESTION)
    d: object = driver
    await off(d.get, first.url)  # type: ignore[attr-defined]
    texts = ["Invented point <i>accepted</i> from Cas Sample",
             "Invented point left waiting from Cas Sample"]
    for text in texts:
        await off(write, d, text, "")
        await until(lambda t=text: t in mine(d), "the point listed")  # type: ignore[misc]
    first.resolve(got.points[0].id, True)
    await until(lambda: "Accepted" in mine(d), "the point accepted")
    unsent = "Invented point typed and not sent"
    await off(lambda: d.find_element(By.ID, "text").send_keys(unsent))  # type: ignore[attr-defined]
    await first.stop()
    await until(lambda: "not added" in str(d.find_element(  # type: ignore[attr-defined]
        By.ID, "closed").text), "the page saying its points were not added")
    return first, [*texts, unsent]


async def test_a_participants_words_reach_the_new_link_of_the_session_room(driver_factory):  # noqa: F811
    from selenium.webdriver.common.by import By

    got = Got()
    driver = await asyncio.to_thread(driver_factory, True)
    first, (accepted, waiting, unsent) = await before_the_restart(driver, got)
    again = Room(host="127.0.0.1", port=0, on_point=got.points.append, page_key=SESSION,
                 last_port=port_of(first.url))
    await again.start()
    try:
        assert port_of(again.url) == port_of(first.url) and again.url != first.url
        assert again.moved_from is None  # (a new room: its code and link are new anyway)
        again.show(QUESTION)
        await off(driver.get, again.url)  # the new link, in the same tab
        await until(lambda: has_box(driver), "the new room's page")
        assert await off(box, driver) == unsent  # what was typed, back in the box
        await until(lambda: NOT_ADDED + waiting in mine(driver), "the words not added")
        assert accepted not in await off(mine, driver)  # (the facilitator has it)
        assert "None yet" not in await off(mine, driver)

        def send() -> None:
            driver.find_element(By.CSS_SELECTOR, "#point button").click()

        await off(send)
        await until(lambda: len(got.points) == 3, "what was typed, sent to the new room")
        assert got.points[2].text == unsent
        await until(lambda: unsent in mine(driver) and has_box(driver), "listed")
        await off(lambda: driver.find_element(By.CSS_SELECTOR, "#mine button.put-back").click())
        assert await off(box, driver) == waiting
        await off(send)
        await until(lambda: len(got.points) == 4, "the point not added, sent again")
        assert got.points[3].text == waiting
        await until(lambda: "Not added (the room closed" not in mine(driver),
                    "the earlier room's point, sent again, no longer offered")
        await off(driver.refresh)  # and not back again on a reload
        await until(lambda: has_box(driver), "the page again")
        assert "Not added (the room closed" not in await off(mine, driver)
        assert await off(box, driver) == ""
    finally:
        await again.stop()


async def test_another_sessions_room_on_that_port_finds_none_of_them(driver_factory):  # noqa: F811
    got = Got()
    driver = await asyncio.to_thread(driver_factory, True)
    first, (_, waiting, unsent) = await before_the_restart(driver, got)
    other = Room(host="127.0.0.1", port=0, on_point=got.points.append,
                 page_key="invented-session-key-2", last_port=port_of(first.url))
    await other.start()
    try:
        assert port_of(other.url) == port_of(first.url)
        other.show(QUESTION)
        await off(driver.get, other.url)
        await until(lambda: has_box(driver), "the other room's page")
        assert await off(box, driver) == ""
        assert "None yet" in await off(mine, driver) and waiting not in await off(mine, driver)
    finally:
        await other.stop()


def shown(driver: object, element: str) -> bool:
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.ID, element)  # type: ignore[attr-defined]
    return bool(found) and bool(found[0].is_displayed())


def asks_before_leaving(driver: object) -> bool:
    """Whether the page has the browser ask before it is left (its `beforeunload` handler
    cancels the event). Chromedriver accepts the browser's question itself, so the page's
    answer is read; Chromium asked, leaving for an address typed as the address bar does
    (CDP's Page.navigate), and staying kept the page and its words (tried by hand)."""
    return bool(driver.execute_script(  # type: ignore[attr-defined]
        "var e = new Event('beforeunload', {cancelable: true});"
        "window.dispatchEvent(e); return e.defaultPrevented;"))


def carry_to(driver: object, typed: str) -> None:
    """`typed` in the old page's form for the room's new address, and its button."""
    from selenium.webdriver.common.by import By

    field = driver.find_element(By.ID, "carry-to")  # type: ignore[attr-defined]
    field.clear()
    field.send_keys(typed)
    driver.find_element(By.CSS_SELECTOR, "#carry button").click()  # type: ignore[attr-defined]


async def test_the_words_go_with_the_tab_to_the_new_port_typed_on_the_old_page(driver_factory):  # noqa: F811
    """reflect started again with the room's port taken meanwhile: the room opens on another
    port, another origin to the browser, and the new address's page found nothing of what a
    phone had typed or sent and was not added (a facilitator's trial). The old page asks for
    the new address; typed there (here the one to type the code at), the tab goes to it with
    the words, which the new room's page puts back, as on the same port."""
    import socket

    from selenium.webdriver.common.by import By

    got = Got()
    driver = await asyncio.to_thread(driver_factory, True)
    first, (_, waiting, unsent) = await before_the_restart(driver, got)
    port = port_of(first.url)
    busy = socket.socket()  # another program takes the port meanwhile
    busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (the page's own, TIME_WAIT)
    busy.bind(("127.0.0.1", port))
    busy.listen()
    with busy:
        again = Room(host="127.0.0.1", port=0, on_point=got.points.append, page_key=SESSION,
                     last_port=port)
        await again.start()
        try:
            assert port_of(again.url) != port
            again.show(QUESTION)
            await until(lambda: shown(driver, "carry"), "the old page asking the new address")
            # The new address typed into the browser's own address bar instead: the page has
            # the browser ask first (the words went for good: a room trial).
            assert await off(asks_before_leaving, driver)
            await off(carry_to, driver, "javascript:alert(1)")
            await until(lambda: shown(driver, "carry-wrong"), "no address, said")
            assert port_of(await off(lambda: driver.current_url)) == port  # (stayed)
            await off(carry_to, driver, f"127.0.0.1:{port_of(again.url)}")
            await until(lambda: bool(driver.find_elements(By.ID, "code")), "the new address")
            assert "#" not in await off(lambda: driver.current_url)
            await off(lambda: driver.find_element(By.ID, "code").send_keys(again.code))
            await off(lambda: driver.find_element(By.CSS_SELECTOR, "form button").click())
            await until(lambda: has_box(driver) and box(driver) == unsent,
                        "what was typed, back in the box")
            await until(lambda: NOT_ADDED + waiting in mine(driver), "the words not added")
            # (taken off the address as the page there took them: not left to pass on)
            assert await off(lambda: driver.current_url) == again.url
            # Its room answering, the page is left unasked (a reload, a link followed).
            assert not await off(asks_before_leaving, driver)
        finally:
            await again.stop()
