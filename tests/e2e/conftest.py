from __future__ import annotations

import pytest

from tests.e2e.terminal import Terminal, available

pytestmark = pytest.mark.skipif(not available(), reason="needs tmux and the installed reflect")


@pytest.fixture
def run_reflect(content_dir, sessions_dir):
    """Start the installed `reflect` in a real terminal on temp folders."""
    terminals: list[Terminal] = []

    def start(*args: str, size: tuple[int, int] = (100, 30), env: dict[str, str] | None = None):
        if not available():
            pytest.skip("needs tmux and the installed reflect")
        from tests.e2e.terminal import REFLECT

        environment = {"REFLECT_CONTENT_DIR": str(content_dir),
                       "REFLECT_SESSIONS_DIR": str(sessions_dir),
                       "REFLECT_SETTINGS": str(sessions_dir.parent / "settings.toml"),
                       "REFLECT_CACHE_DIR": str(sessions_dir.parent / "cache"),
                       **(env or {})}
        term = Terminal([str(REFLECT), *args], environment, size=size)
        terminals.append(term)
        return term

    yield start
    for term in terminals:
        term.kill_server()


POLL = b"window.setTimeout(poll, 2000)"
QUICK_POLL = b"window.setTimeout(poll, 250)"


@pytest.fixture
def quick_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's script asks the room for its state every 2 seconds, and the browser tests
    waited on each ask (the room closed, opened again, a point decided or shared, the
    facilitator moving on). Rooms started under this fixture (`pytest.mark.usefixtures(
    "quick_poll")`) serve the script asking every quarter of a second: the same script, so
    the same following, sooner. The 2 seconds themselves are asserted by
    tests/unit/test_room_pages.py."""
    from reflect.room import handlers

    served = handlers.static_handler

    def quick(name: str, content_type: str):  # type: ignore[no-untyped-def]
        if name != "room.js":
            return served(name, content_type)
        from importlib.resources import files

        script = files("reflect.room").joinpath("static", name).read_bytes()
        assert script.count(POLL) == 2, "room.js no longer polls as this fixture expects"
        body = script.replace(POLL, QUICK_POLL)

        async def serve(request):  # type: ignore[no-untyped-def]
            from aiohttp import web

            return web.Response(body=body, content_type=content_type, charset="utf-8")
        return serve

    monkeypatch.setattr(handlers, "static_handler", quick)
