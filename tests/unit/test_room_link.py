"""The room's link in lines that fit its panel, never cut (`room_link.link_lines`): cut at
the panel's edge at 60x20, a participant copied a wrong address (a trial)."""

from __future__ import annotations

from reflect.ui.screens.room_panel import address
from reflect.ui.widgets.room_link import LINK, LINK_SPLIT, join_lines, link_lines

TOKEN = "InventedTokenForATrialRoom-0123_9"
"""As long as a real room's (`secrets.token_urlsafe(24)`: 32 characters), and made up."""


def test_link_lines_keep_the_whole_link_and_say_it_is_one():
    url = f"http://192.0.2.10:54321/r/{TOKEN}"
    assert link_lines(url, 80) == [LINK + url]
    assert link_lines(url, 56) == [LINK_SPLIT, "http://192.0.2.10:54321/r/", TOKEN]
    # Narrower than a part: that part folded, nothing left out.
    lines = link_lines(url, 20)
    assert lines[0] == LINK_SPLIT and "".join(lines[1:]) == url
    assert all(len(line) <= 20 for line in lines[1:])
    long_v6 = f"https://[fd00:1111:2222:3333:4444:5555:6666:7777]:65535/r/{TOKEN}"
    assert "".join(link_lines(long_v6, 40)[1:]) == long_v6
    assert address(url) == "http://192.0.2.10:54321"


def test_the_presentation_view_says_where_to_type_the_code():
    """The shared screen (F5) gave the code and the link, not the address to type the code at
    (a trial): whoever types the code needs it, as the panel's "Type it at" says."""
    url = f"http://192.0.2.10:54321/r/{TOKEN}"
    code = "Join the room: code ZZ7Q-2P"
    assert join_lines("ZZ7Q-2P", url, 200) == [
        f"{code} · type it at http://192.0.2.10:54321 · {url}"]
    assert join_lines("ZZ7Q-2P", url, 80) == [
        f"{code} · type it at http://192.0.2.10:54321", LINK + url]
    assert join_lines("ZZ7Q-2P", url, 56)[:2] == [code, "Type it at http://192.0.2.10:54321"]
