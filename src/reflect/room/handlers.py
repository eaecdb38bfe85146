"""The room's web application (aiohttp): the landing page, the participant's page, sending a
point or a confidence answer, and every refusal, each a plain page. The rules (who may post,
how much, how often) are checked here against `RoomState`; the HTML comes from `pages.py`."""

from __future__ import annotations

import logging
import math
import unicodedata
from collections.abc import Awaitable, Callable, Mapping
from importlib.resources import files
from typing import Any
from urllib.parse import quote, unquote

from aiohttp import web

from reflect.room import pages
from reflect.room.contract import ConfidenceCounts, IncomingPoint
from reflect.room.state import MAX_NAME, MAX_POINT, Held, Participant, RoomState, same_secret
from reflect.text import one_line, printable

log = logging.getLogger(__name__)


BLANK_CATEGORIES = ("Cc", "Cf")
"""Unicode's control and format characters: with spaces, all a blank point may hold."""


def blank(text: str) -> bool:
    """Nothing to see in `text`: spaces, control characters, and characters drawn as nothing
    (Unicode's format characters: a zero-width space, a soft hyphen, a byte-order mark). A
    point of them alone was sent, and waited in the app as a blank line "— anonymous" (a room
    trial). The page's script asks the same of its box (`BLANK` in static/room.js,
    `[\\s\\p{Cc}\\p{Cf}]`) before it takes it to be "being typed"; held to this by
    tests/unit/test_room_blank_rule.py."""
    return all(c.isspace() or unicodedata.category(c) in BLANK_CATEGORIES for c in text)

MAX_BODY = 16 * 1024
PARTICIPANT_COOKIE = "reflect_room"
NAME_COOKIE = "reflect_room_name"
HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; script-src 'self'; "
                                "connect-src 'self'; img-src 'self'; form-action 'self'; "
                                "frame-src 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
STATIC = {"room.css": "text/css", "room.js": "text/javascript", "kept.js": "text/javascript",
          "noscript.css": "text/css"}
FRAMED = {"Content-Security-Policy": HEADERS["Content-Security-Policy"].replace(
              "frame-ancestors 'none'", "frame-ancestors 'self'"),
          "X-Frame-Options": "SAMEORIGIN"}
"""The status frame's page (`room_status`) may be shown in the room's own pages, and only
there."""
SENT = "?sent=1"
"""Where Send leads once the room took the point: the page's script then lets go of the draft
it kept in the browser's sessionStorage (room.js), takes `?sent=1` off the address and shows
the writer's points (it scrolls to them). With "#mine" here, the address kept "#mine" for
good, to be bookmarked or passed on (a social care team's trial); without the script, the
list it named is hidden (the frame shows it) and it did nothing."""

ALREADY = "already"
"""After `SENT`, the point the same words sent again are (`RoomState.accepted_copy`): the page
says it is in the notes already, not that it went to the facilitator."""

STATE: web.AppKey[RoomState] = web.AppKey("state", RoomState)
ON_POINT: web.AppKey[Callable[[IncomingPoint], None]] = web.AppKey("on_point")
ON_CONFIDENCE: web.AppKey[Callable[[ConfidenceCounts], None] | None] = web.AppKey(
    "on_confidence")
SECURE: web.AppKey[bool] = web.AppKey("secure", bool)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def page(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


def refused(status: int, title: str, text: str, link: str = "/",
            link_text: str = "Back") -> web.Response:
    return page(pages.refusal(title, text, link, link_text), status)


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    for header, value in HEADERS.items():
        response.headers.setdefault(header, value)  # (the status frame sets its own)
    response.headers["Server"] = "reflect"  # no library or Python version for a stranger


@web.middleware
async def plain_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """aiohttp's own refusals (no such page, wrong method, body too big) as plain pages."""
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        words = {404: ("Not found", "There is no such page in this room."),
                 405: ("Not allowed", "This page cannot be used that way."),
                 413: ("Too big", f"What was sent is larger than {MAX_BODY // 1024} KiB.")}
        if error.text and error.text.startswith("<!doctype"):  # a refusal of the room's own
            response = page(error.text, error.status)
        else:
            title, text = words.get(error.status, ("Refused", error.reason))
            response = refused(error.status, title, text)
        for header in ("Allow", "Retry-After"):
            if header in error.headers:
                response.headers[header] = error.headers[header]
        return response


def base_of(state: RoomState) -> str:
    return f"/r/{state.token}"


def check_token(request: web.Request) -> RoomState:
    """The room, when the link's token is this room's; else a plain refusal."""
    state = request.app[STATE]
    if state.right_token(request.match_info["token"]):
        return state
    if state.locked():
        raise too_many_guesses(state)
    state.wrong_guess()
    raise web.HTTPNotFound(text=pages.refusal(
        "No such room", "This room link is not right, or the room has closed. Ask the "
        "facilitator for the link or the room code."), content_type="text/html")


def wait_words(state: RoomState) -> tuple[str, int]:
    """What a locked room says to whoever tries a code or link, and the seconds left: the real
    wait (one code every six seconds once ten wrong ones were tried), not "a minute" (a trial:
    the right code went in seven seconds after the page said to wait a minute)."""
    seconds = max(1, math.ceil(state.locked_for()))
    return (f"Too many wrong room codes or links were tried just now. Wait {seconds} "
            f"second{'' if seconds == 1 else 's'}, then try again, or use the link or QR code "
            "the facilitator shows."), seconds


def too_many_guesses(state: RoomState) -> web.HTTPException:
    text, seconds = wait_words(state)
    return web.HTTPTooManyRequests(text=pages.refusal("Please wait", text),
                                   content_type="text/html",
                                   headers={"Retry-After": str(seconds)})


def who(request: web.Request, state: RoomState) -> Participant | None:
    return state.participant(request.cookies.get(PARTICIPANT_COOKIE))


def remembered_name(request: web.Request) -> str:
    return unquote(request.cookies.get(NAME_COOKIE, ""))[:MAX_NAME]


async def read_form(request: web.Request) -> Mapping[str, object]:
    try:
        return await request.post()
    except web.HTTPRequestEntityTooLarge:
        raise web.HTTPRequestEntityTooLarge(
            max_size=MAX_BODY, actual_size=request.content_length or MAX_BODY + 1,
            text=pages.refusal("Too long", "What you sent is too long for the room: a point "
                               f"can be up to {MAX_POINT:,} characters. Go back, shorten it and "
                               "send it again.", base_of(request.app[STATE]), "Back to the room"),
            content_type="text/html") from None


def field(form: Mapping[str, object], name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def forged(state: RoomState) -> web.Response:
    return refused(403, "Not sent", "This form did not come from your room page, or the room "
                   "was opened again since. Open the room page again and send it from there.",
                   base_of(state), "Back to the room")


# --- pages ------------------------------------------------------------------------------------

async def landing(request: web.Request) -> web.StreamResponse:
    return page(pages.landing())


async def enter_code(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    if state.locked():
        raise too_many_guesses(state)
    code = field(await read_form(request), "code")
    if state.right_code(code):
        raise web.HTTPSeeOther(base_of(state))
    state.wrong_guess()
    return page(pages.landing("That is not this room's code. Check it and try again.",
                              printable(code)[:20]), 403)


async def room_page(request: web.Request) -> web.StreamResponse:
    state = check_token(request)
    person = who(request, state)
    joined = person is None
    if person is None:
        person = state.join()
        if person is None:
            return refused(503, "The room is full", f"This room takes up to "
                           f"{state.max_participants} people and is full. Tell the "
                           "facilitator, who can add your point for you.")
    held, person.held = person.held, None  # a point refused: back in the box, once
    if held is None:
        response = page(pages.room(state, person, base_of(state),
                                   name=remembered_name(request),
                                   sent=request.query.get("sent") == "1",
                                   already=request.query.get(ALREADY, "")))
    else:
        key = held.step_key if held.step_key in state.shown_keys else None
        response = page(pages.room(state, person, base_of(state), name=held.name,
                                   draft=held.text, message=held.message, step_key=key,
                                   wait=held.wait))
    if joined:
        response.set_cookie(PARTICIPANT_COOKIE, person.id, path=base_of(state), httponly=True,
                            samesite="Strict", secure=request.app[SECURE])
    return response


async def back_to_room(request: web.Request) -> web.StreamResponse:
    """A GET of a form's address (/r/<token>/point or /confidence): where the browser sits
    after a refusal, and what it asks for again on a reload, or on reopening the tab. It was
    "405 Not allowed" (a trial); now it is the room page, a point refused back in its box."""
    state = check_token(request)
    person = who(request, state)
    raise web.HTTPSeeOther(base_of(state) + ("#point" if person and person.held else ""))


async def room_state(request: web.Request) -> web.StreamResponse:
    state = check_token(request)
    person = who(request, state)
    if person is None:
        return web.json_response({"error": "not in this room"}, status=403)
    return web.json_response({"version": state.version_for(person),
                              "step_key": state.question.step_key,
                              "sections": pages.sections(state, person, base_of(state))})


async def room_status(request: web.Request) -> web.StreamResponse:
    """The frame that keeps a page without JavaScript up to date (`pages.status`)."""
    state = check_token(request)
    person = who(request, state)
    if person is None:
        response = refused(403, "Not in this room", "Open the room page first.",
                           base_of(state), "The room page")
    else:
        response = page(pages.status(state, person, base_of(state),
                                     on=request.query.get("on", ""),
                                     asked=request.query.get("asked") == "1",
                                     sent=request.query.get("sent") == "1"))
    response.headers.update(FRAMED)
    return response


async def posted(request: web.Request
                 ) -> tuple[RoomState, Participant, Mapping[str, object]] | web.Response:
    """The room, the participant and their form, for a POST whose token, participant cookie
    and CSRF field all check out; else the refusal to send back."""
    state = check_token(request)
    person = who(request, state)
    if person is None:
        return forged(state)
    form = await read_form(request)
    if not same_secret(field(form, "csrf"), person.csrf):
        return forged(state)
    return state, person, form


async def send_point(request: web.Request) -> web.StreamResponse:
    checked = await posted(request)
    if isinstance(checked, web.Response):
        return checked
    state, person, form = checked
    base = base_of(state)
    key = field(form, "step_key")
    raw = field(form, "text")
    name = printable(field(form, "name")).strip()[:MAX_NAME]
    name = "" if blank(name) else name  # (anonymous)
    # On one line, as every point is in the app: the lines of a point written on the page
    # came into the one-line box for editing and were drawn over the step list (a trial).
    text = one_line(raw)

    def again(status: int, message: str, wait: int = 0, empty: bool = False) -> web.Response:
        if raw.strip():  # kept for the room page, should this address be asked for again
            person.held = Held(raw, name, key, message, wait)
        return page(pages.room(state, person, base, name=name, draft=raw, message=message,
                               step_key=key if key in state.shown_keys else None,
                               wait=wait, empty=empty), status)

    if key not in state.shown_keys:
        return again(400, "That question is not open in this room any more. Your point is "
                          "below: send it for the question on show now.")
    if blank(text):
        return again(400, "Write your point in the box first.", empty=True)
    if len(text) > MAX_POINT:
        return again(400, f"Your point is too long: {len(text):,} characters, and a point can "
                          f"be up to {MAX_POINT:,}. It is still in the box: shorten it or "
                          "split it into two points.")
    if state.waiting_copy(person, key, text):
        # A double tap (or a resend of the page) sent the same point twice: it is waiting.
        raise web.HTTPSeeOther(base + SENT)
    accepted = state.accepted_copy(person, key, text)
    if accepted is not None:  # sent again after a lost connection: in the notes already
        raise web.HTTPSeeOther(f"{base}{SENT}&{ALREADY}={accepted.id}")
    if not person.bucket.take():  # the seconds it is (it said "a minute": six, a trial)
        seconds = max(1, math.ceil(person.bucket.wait()))
        return again(429, f"You have sent a lot of points in a short time. Wait {seconds} "
                          f"second{'' if seconds == 1 else 's'}, then send this one again (it "
                          "is still in the box).", seconds)
    point = state.add_point(person, key, text)
    try:
        request.app[ON_POINT](IncomingPoint(id=point.id, step_key=key, text=text, name=name,
                                            participant=person.id))
    except Exception:
        log.exception("the app could not take a point")
        state.resolve(point.id, False)
        person.points.remove(point)
        return again(500, "The facilitator's app could not take your point. It is still in "
                          "the box: try again in a moment.")
    response = web.HTTPSeeOther(base + SENT)
    response.set_cookie(NAME_COOKIE, quote(name), path="/", max_age=12 * 3600,
                        httponly=True, samesite="Strict", secure=request.app[SECURE])
    raise response


async def send_confidence(request: web.Request) -> web.StreamResponse:
    checked = await posted(request)
    if isinstance(checked, web.Response):
        return checked
    state, person, form = checked
    level = field(form, "level")
    counts = (state.answer_confidence(person, int(level))
              if level in {"1", "2", "3", "4", "5"} else None)
    if counts is None:
        return page(pages.room(state, person, base_of(state), name=remembered_name(request),
                               message="Choose one of the answers from 1 to 5 first."
                               if state.confidence else "That question has closed."), 400)
    callback = request.app[ON_CONFIDENCE]
    if callback is not None:
        callback(counts)
    raise web.HTTPSeeOther(base_of(state))


async def no_icon(request: web.Request) -> web.StreamResponse:
    """Browsers ask for an icon: the room has none (and says so without an error)."""
    return web.Response(status=204)


def static_handler(name: str, content_type: str) -> Handler:
    body = files("reflect.room").joinpath("static", name).read_bytes()

    async def serve(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, content_type=content_type, charset="utf-8")
    return serve


def build_app(state: RoomState, on_point: Callable[[IncomingPoint], None],
              on_confidence: Callable[[ConfidenceCounts], None] | None = None,
              secure: bool = False) -> web.Application:
    """The room's web application over `state` (the test client and `Room` both run this)."""
    app = web.Application(client_max_size=MAX_BODY, middlewares=[plain_errors])
    app[STATE] = state
    app[ON_POINT] = on_point
    app[ON_CONFIDENCE] = on_confidence
    app[SECURE] = secure
    app.on_response_prepare.append(add_headers)
    routes: list[Any] = [
        web.get("/", landing, allow_head=False), web.post("/", enter_code),
        web.get("/r/{token}", room_page, allow_head=False),
        web.get("/r/{token}/state", room_state, allow_head=False),
        web.get("/r/{token}/status", room_status, allow_head=False),
        web.post("/r/{token}/point", send_point),
        web.post("/r/{token}/confidence", send_confidence),
        web.get("/r/{token}/point", back_to_room, allow_head=False),
        web.get("/r/{token}/confidence", back_to_room, allow_head=False),
        web.get("/favicon.ico", no_icon, allow_head=False),
    ]
    routes += [web.get(f"/static/{name}", static_handler(name, kind), allow_head=False)
               for name, kind in STATIC.items()]
    app.add_routes(routes)
    return app
