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
