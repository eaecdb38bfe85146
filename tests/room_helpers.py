"""Shared helpers for the room's tests: a room over aiohttp's test client, joining it, sending
points. Invented data only (Invented Shire, Child ZZ)."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import ClientResponse, ClientSession, CookieJar, FormData
from aiohttp.test_utils import TestServer

from reflect.room.contract import ConfidenceCounts, IncomingPoint, RoomQuestion
from reflect.room.handlers import build_app
from reflect.room.state import RoomState

QUESTION = RoomQuestion(step_key="q:zz-q1", review_title="Child ZZ (Invented Shire)",
                        heading="Question 1 of 3",
                        text="What helped the team in Invented Shire share information?")
SECOND = RoomQuestion(step_key="q:zz-q2", review_title="Child ZZ (Invented Shire)",
                      heading="Question 2 of 3", text="Who could have asked about Child ZZ?")


@dataclass
class Got:
    points: list[IncomingPoint] = field(default_factory=list)
    counts: list[ConfidenceCounts] = field(default_factory=list)


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, page
    return html.unescape(found.group(1))


def textarea_of(page: str) -> str:
    found = re.search(r'<textarea id="text" name="text"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, page
    return html.unescape(found.group(1))


def browser(server: TestServer) -> ClientSession:
    """A browser of its own (its own cookies) on the room served by `server`."""
    return ClientSession(base_url=server.make_url(""), cookie_jar=CookieJar(unsafe=True))


async def open_page(client: ClientSession, state: RoomState) -> str:
    response = await client.get(f"/r/{state.token}")
    assert response.status == 200, await response.text()
    return await response.text()


async def send(client: ClientSession, state: RoomState, text: str, *, name: str = "",
               csrf: str | None = None, step_key: str | None = None,
               multipart: bool = False) -> ClientResponse:
    """Send a point the way the page's form does (the CSRF token read from the page)."""
    if csrf is None:
        csrf = csrf_of(await open_page(client, state))
    data = FormData(default_to_multipart=multipart)
    for key, value in (("csrf", csrf), ("step_key", step_key or state.question.step_key),
                       ("text", text), ("name", name)):
        data.add_field(key, value)
    return await client.post(f"/r/{state.token}/point", data=data, allow_redirects=False)


def make_server(state: RoomState, got: Got) -> TestServer:
    return TestServer(build_app(state, got.points.append, got.counts.append))


@asynccontextmanager
async def served(state: RoomState) -> AsyncIterator[tuple[ClientSession, RoomState, Got,
                                                          TestServer]]:
    """`state`'s room served, and a browser on it: the browser, the state, what the room was
    sent, and the server."""
    got = Got()
    server = make_server(state, got)
    await server.start_server()
    async with browser(server) as client:
        yield client, state, got, server
    await server.close()


def replaced_as_read(error: Exception) -> bool:
    """Whether Selenium's `error` says the page replaced the element as it was read (the room's
    page redraws its lists): Chromium says so as a stale element, or as a node that "does not
    belong to the document" (a run of CI failed on the second). The caller reads it again."""
    from selenium.common.exceptions import StaleElementReferenceException

    return isinstance(error, StaleElementReferenceException) or \
        "does not belong to the document" in str(error)
