"""The room under load (#18): many participants sending points at once to a real room on
127.0.0.1, counting what the app's `on_point` received against what was sent.

    python bench/room_load.py                     # 50 participants x 20 points
    python bench/room_load.py --participants 10 --points 5

`flood(url, ...)` is the load generator: the app's side reuses it to measure keystroke latency
while a room is busy. The per-participant rate limit (10 points a minute, 5 at once) is raised
for the benchmark (`points_per_minute=6000, burst=points`), or the flood would measure the limit.
The floor is the same requests to a bare aiohttp handler in the same run. All text is invented.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

import aiohttp
from aiohttp import web

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from reflect.room import IncomingPoint, Room, RoomQuestion  # noqa: E402

QUESTION = RoomQuestion(step_key="q:zz-q1", review_title="Child ZZ (Invented Shire)",
                        heading="Question 1 of 1", text="What would you do differently?")


@dataclass
class FloodResult:
    participants: int
    sent: int = 0
    """Points the server answered with 303 (taken)."""
    refused: Counter[int] = field(default_factory=Counter)
    """Any other answer, by HTTP status (0: the connection failed)."""
    texts: list[str] = field(default_factory=list)
    seconds: float = 0.0


async def _participant(url: str, who: int, points: int, result: FloodResult) -> None:
    jar = aiohttp.CookieJar(unsafe=True)
    connector = aiohttp.TCPConnector(limit=6, ssl=False)  # as many connections as a browser
    async with aiohttp.ClientSession(cookie_jar=jar, connector=connector) as session:
        async with session.get(url) as response:
            page = await response.text()
        csrf = unescape(re.search(r'name="csrf" value="([^"]+)"', page).group(1))  # type: ignore[union-attr]
        key = unescape(re.search(r'name="step_key" value="([^"]*)"', page).group(1))  # type: ignore[union-attr]

        async def one(i: int) -> None:
            text = f"Invented load point {who}-{i}: the family moved to Invented Shire."
            form = {"csrf": csrf, "step_key": key, "text": text, "name": f"Tester {who}"}
            try:
                async with session.post(url + "/point", data=form,
                                        allow_redirects=False) as response:
                    await response.read()
                    status = response.status
            except aiohttp.ClientError:
                status = 0
            if status == 303:
                result.sent += 1
                result.texts.append(text)
            else:
                result.refused[status] += 1

        await asyncio.gather(*(one(i) for i in range(points)))


async def flood(url: str, participants: int = 50, points: int = 20) -> FloodResult:
    """`participants` browsers join the room at `url` (its /r/<token> link) and each sends
    `points` points at once; the room must show a question. Returns what was taken and how long
    it all took."""
    result = FloodResult(participants=participants)
    start = time.perf_counter()
    await asyncio.gather(*(_participant(url, who, points, result)
                           for who in range(participants)))
    result.seconds = time.perf_counter() - start
    return result


async def room_case(participants: int, points: int) -> dict[str, object]:
    """A real room on 127.0.0.1 flooded; what on_point got against what was sent."""
    received: list[IncomingPoint] = []
    room = Room(host="127.0.0.1", on_point=received.append, max_participants=participants,
                points_per_minute=6000, burst=points)
    await room.start()
    try:
        room.show(QUESTION)
        result = await flood(room.url, participants, points)
    finally:
        await room.stop()
    texts = Counter(p.text for p in received)
    return {"seconds": result.seconds, "sent": result.sent, "received": len(received),
            "lost": len(set(result.texts) - set(texts)),
            "duplicated": sum(n - 1 for n in texts.values()),
            "refused": dict(result.refused)}


async def floor_case(participants: int, points: int) -> float:
    """The same joins and posts against a bare aiohttp app (a page with a form, a 303)."""
    page = ('<input name="csrf" value="x"><input name="step_key" value="q:zz-q1">')

    async def get(request: web.Request) -> web.Response:
        return web.Response(text=page, content_type="text/html")

    async def post(request: web.Request) -> web.Response:
        await request.post()
        raise web.HTTPSeeOther("/r/x")

    app = web.Application()
    app.add_routes([web.get("/r/x", get), web.post("/r/x/point", post)])
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        return (await flood(f"http://127.0.0.1:{port}/r/x", participants, points)).seconds
    finally:
        await runner.cleanup()


def measure(participants: int, points: int, runs: int) -> tuple[dict[str, object], float]:
    """Room and floor alternated `runs` times: the room's run with the median time, and the
    floor's median."""
    rooms, floors = [], []
    for _ in range(runs):
        rooms.append(asyncio.run(room_case(participants, points)))
        floors.append(asyncio.run(floor_case(participants, points)))
    rooms.sort(key=lambda r: float(r["seconds"]))  # type: ignore[arg-type]
    return rooms[len(rooms) // 2], statistics.median(floors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=50)
    parser.add_argument("--points", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    room, floor = measure(args.participants, args.points, args.runs)
    print(f"{args.participants} participants x {args.points} points: sent {room['sent']}, "
          f"received {room['received']}, lost {room['lost']}, duplicated {room['duplicated']}, "
          f"refused {room['refused']}; {float(room['seconds']):.2f} s "  # type: ignore[arg-type]
          f"(bare aiohttp {floor:.2f} s)")
    if room["lost"] or room["duplicated"] or room["refused"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
