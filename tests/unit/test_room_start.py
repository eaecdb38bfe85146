"""A real room on 127.0.0.1: it listens after start(), nothing listens after stop(), it says
plainly why it cannot open, TLS from the organisation's files; and its QR code and addresses."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import pytest
import segno

from reflect.room import Room, RoomError, address_choices, qr_text
from reflect.room import addresses as addresses_module
from tests.room_helpers import QUESTION, Got


def make_room(got: Got, **kwargs: object) -> Room:
    return Room(host="127.0.0.1", port=0, on_point=got.points.append, **kwargs)  # type: ignore[arg-type]


async def refused(port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        return True
    writer.close()
    return False


async def test_wrong_codes_pause_joining_by_code_and_the_room_says_so():
    room = make_room(Got())
    await room.start()
    try:
        landing = room.url.split("/r/")[0] + "/"
        async with aiohttp.ClientSession() as client:
            for n in range(10):
                assert not room.joining_paused
                async with client.post(landing, data={"code": f"AAAA-{n:02d}"}) as response:
                    assert response.status == 403
            assert room.joining_paused  # the facilitator's app tells them (RoomPanelScreen)
            async with client.post(landing, data={"code": room.code}) as response:
                assert response.status == 429
    finally:
        await room.stop()


async def test_a_room_listens_until_stopped_and_stop_can_be_repeated():
    got = Got()
    room = make_room(got)
    await room.stop()  # before start: nothing to do
    await room.start()
    try:
        port = int(room.url.split(":")[2].split("/")[0])
        assert port > 0 and room.url == f"http://127.0.0.1:{port}/r/{room.state.token}"
        assert len(room.code) == 7 and room.code[4] == "-"
        room.show(QUESTION)
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(room.url) as response:
                assert response.status == 200 and "Question 1 of 3" in await response.text()
            assert room.participants == 1
            assert room.joined == 0  # a page load is nobody joining: sent or answered nothing
            # a keep-alive connection is open while the room stops
            await room.stop()
            assert await refused(port)
            with pytest.raises(aiohttp.ClientError):
                async with client.get(room.url) as response:
                    pass
    finally:
        await room.stop()
    await room.stop()
    assert not room.listening


async def test_a_port_in_use_is_a_room_error_that_says_so():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        room = Room(host="127.0.0.1", port=port, on_point=lambda point: None)
        with pytest.raises(RoomError, match=f"on port {port}: another program"):
            await room.start()
        assert not room.listening


@pytest.mark.parametrize(("host", "words"), [
    ("0.0.0.0", "never on all of them"), ("::", "never on all of them"),
    ("203.0.113.77", "not an address of this computer"), ("my-laptop", "not an IP address"),
])
async def test_an_address_that_is_not_one_of_this_computers_is_refused(host, words):
    room = Room(host=host, on_point=lambda point: None)
    with pytest.raises(RoomError, match=words):
        await room.start()


async def test_a_room_with_the_organisations_certificate_is_https(tmp_path):
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    issued = authority.issue_cert("127.0.0.1")
    cert, key = tmp_path / "room.pem", tmp_path / "room.key"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    room = make_room(Got(), certificate=cert, key=key)
    await room.start()
    try:
        assert room.url.startswith("https://127.0.0.1:")
        trusting = ssl.create_default_context()
        authority.configure_trust(trusting)
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(room.url, ssl=trusting) as response:
                assert response.status == 200
                assert "Secure" in response.headers["Set-Cookie"]
    finally:
        await room.stop()


async def test_bad_certificate_files_are_named(tmp_path):
    trustme = pytest.importorskip("trustme")
    issued = trustme.CA().issue_cert("127.0.0.1")
    cert, key, other_key = tmp_path / "room.pem", tmp_path / "room.key", tmp_path / "other.key"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    trustme.CA().issue_cert("127.0.0.1").private_key_pem.write_to_path(str(other_key))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    cases = [(tmp_path / "missing.pem", key, "certificate file .*missing.pem cannot be read"),
             (garbage, key, "certificate file .*garbage.pem is not a PEM certificate"),
             (cert, tmp_path / "missing.key", "key file .*missing.key cannot be read"),
             (cert, garbage, "key file .*garbage.pem is not the PEM private key"),
             (cert, other_key, "key file .*other.key is not the PEM private key")]
    for certificate, private, words in cases:
        room = make_room(Got(), certificate=certificate, key=private)
        with pytest.raises(RoomError, match=words):
            await room.start()
    with pytest.raises(RoomError, match="both a certificate and its key"):
        await make_room(Got(), certificate=cert).start()


def test_the_qr_code_is_segnos_matrix_drawn_two_rows_to_a_line():
    url = "http://192.168.1.20:8412/r/InventedTokenForChildZZ"
    drawn = qr_text(url).split("\n")
    modules = [[bool(m) for m in row] for row in
               segno.make(url, error="m", boost_error=False).matrix_iter(border=4)]
    assert len({len(line) for line in drawn}) == 1 and len(drawn[0]) == len(modules[0])
    top = {" ": False, "\u2584": False, "\u2580": True, "\u2588": True}
    bottom = {" ": False, "\u2580": False, "\u2584": True, "\u2588": True}
    undrawn = []
    for line in drawn:
        undrawn += [[top[c] for c in line], [bottom[c] for c in line]]
    assert undrawn[:len(modules)] == modules
    assert set(drawn[0]) == {" "} and set(drawn[-1]) == {" "}  # the quiet zone


def test_addresses_are_this_machines_own_never_the_wildcards(monkeypatch):
    def ip(address: object) -> SimpleNamespace:
        return SimpleNamespace(ip=address)

    adapters = [
        SimpleNamespace(nice_name="lo", ips=[ip("127.0.0.1"), ip(("::1", 0, 0))]),
        SimpleNamespace(nice_name="eth0", ips=[ip("192.168.1.20"), ip("169.254.3.4"),
                                                ip(("fe80::1", 0, 2)), ip(("fd00::20", 0, 0))]),
        SimpleNamespace(nice_name="wlan0", ips=[ip("0.0.0.0"), ip("10.0.0.5")]),
    ]
    monkeypatch.setattr(addresses_module.ifaddr, "get_adapters", lambda: adapters)
    assert address_choices() == [
        ("This computer only", "127.0.0.1"),
        ("Network: 192.168.1.20 (eth0)", "192.168.1.20"),
        ("Network: fd00::20 (eth0)", "fd00::20"),
        ("Network: 10.0.0.5 (wlan0)", "10.0.0.5"),
    ]


def test_the_real_addresses_can_be_listed():
    choices = address_choices()
    assert choices[0] == ("This computer only", "127.0.0.1")
    assert not {"0.0.0.0", "::"} & {host for _, host in choices}


def test_importing_the_room_package_loads_no_web_server():
    code = ("import sys, json, reflect.room\n"
            "from reflect.room import RoomQuestion, IncomingPoint, RoomError\n"
            "print(json.dumps(sorted(sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    modules = json.loads(proc.stdout)
    assert not [m for m in modules if m.split(".")[0] in {"aiohttp", "segno", "ifaddr",
                                                           "textual"}]


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not ipv6_loopback(), reason="this machine has no IPv6 loopback")
async def test_an_ipv6_room_has_a_bracketed_link():
    room = Room(host="::1", on_point=lambda point: None)
    await room.start()
    try:
        assert room.url.startswith("http://[::1]:")
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(room.url) as response:
                assert response.status == 200
    finally:
        await room.stop()


async def test_the_certificate_is_read_off_the_event_loop(tmp_path, monkeypatch):
    """Reading the PEM files and loading the key ran on the loop the app draws with."""
    import threading

    import reflect.room.server as server

    built_on: list[threading.Thread] = []
    real = server.tls_context

    def recording(certificate: Path, key: Path) -> ssl.SSLContext:
        built_on.append(threading.current_thread())
        return real(certificate, key)

    monkeypatch.setattr(server, "tls_context", recording)
    trustme = pytest.importorskip("trustme")
    issued = trustme.CA().issue_cert("127.0.0.1")
    cert, key = tmp_path / "room.pem", tmp_path / "room.key"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    room = make_room(Got(), certificate=cert, key=key)
    await room.start()
    await room.stop()
    assert built_on and built_on[0] is not threading.main_thread()


async def test_a_point_declined_then_reopened_waits_again_on_its_writers_page():
    """`Room.reopen` (the facilitator's u): the point the app was handed, waiting again."""
    got = Got()
    room = make_room(got)
    await room.start()
    try:
        room.show(QUESTION)
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(room.url) as response:
                page = await response.text()
            csrf = page.split('name="csrf" value="')[1].split('"')[0]
            data = {"csrf": csrf, "text": "Invented point to bring back", "name": "",
                    "step_key": QUESTION.step_key}
            async with client.post(room.url + "/point", data=data) as response:
                assert response.status == 200
            [point] = got.points
            room.resolve(point.id, False)
            async with client.get(room.url) as response:
                assert "Invented point to bring back" not in await response.text()
            room.reopen(point)
            async with client.get(room.url) as response:
                page = await response.text()
            assert "Invented point to bring back" in page and 'class="waiting"' in page
    finally:
        await room.stop()


async def test_a_room_started_again_has_its_code_link_and_port_and_pages_carry_on():
    """A facilitator closed the room and opened it again: a new code, port and link, everyone
    had to join again, and their lists of their own points were empty (a trial)."""
    got = Got()
    room = make_room(got)
    await room.start()
    try:
        room.show(QUESTION)
        code, url = room.code, room.url
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(room.url) as response:
                page = await response.text()
            csrf = page.split('name="csrf" value="')[1].split('"')[0]
            for text in ("Invented point accepted", "Invented point left waiting"):
                data = {"csrf": csrf, "text": text, "name": "Pat Example",
                        "step_key": QUESTION.step_key}
                async with client.post(room.url + "/point", data=data) as response:
                    assert response.status == 200
            room.resolve(got.points[0].id, True)
            room.share(QUESTION.step_key, ["Invented shared point"])
            await room.stop()  # (a keep-alive connection was open: its port is free again)
            assert not room.listening
            await room.start()
            assert (room.code, room.url, room.moved_from) == (code, url, None)
            async with client.get(room.url) as response:  # the same browser, its own cookie
                page = await response.text()
            assert room.participants == 1 and room.joined == 1
            assert "Invented point accepted" in page and 'class="accepted"' in page
            # Still waiting when it closed: dropped, its words with it, and said so.
            assert "Invented point left waiting" not in page
            assert "The room closed before the facilitator decided" in page
            assert "Invented shared point" not in page
    finally:
        await room.stop()


async def test_a_room_whose_port_was_taken_meanwhile_opens_on_another_and_says_so():
    room = make_room(Got())
    await room.start()
    port = int(room.url.split(":")[2].split("/")[0])
    code = room.code
    await room.stop()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        await room.start()
        try:
            assert room.moved_from == port and room.code == code
            assert f":{port}/" not in room.url
        finally:
            await room.stop()


async def test_a_port_chosen_and_taken_is_said_and_never_swapped_for_another():
    """With `room_port` set, a taken port opened the room elsewhere would make the link printed
    before the meeting lead nowhere: PortTaken, naming the port, and nothing listens."""
    from reflect.room import PortTaken

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        room = Room(host="127.0.0.1", port=port, on_point=Got().points.append)
        with pytest.raises(PortTaken) as raised:
            await room.start()
        assert raised.value.port == port and not room.listening
        assert str(raised.value) == (f"The room cannot open on port {port}: another program "
                                     "on this computer is using it.")
    await room.start()  # free again: the port chosen
    try:
        assert f":{port}/r/" in room.url
        await room.stop()
        with socket.socket() as busy:  # taken while it was closed: said again, not moved
            busy.bind(("127.0.0.1", port))
            busy.listen()
            with pytest.raises(PortTaken):
                await room.start()
    finally:
        await room.stop()


async def test_a_port_chosen_opens_again_at_once_after_closing_with_a_page_connected():
    """Closed and opened again on the port the settings choose (`room_port`), its connections
    just closed still lingering (TIME_WAIT): it opens, and the dialog asks nothing. Asking
    (`PortTaken`, *Open on a free port*) is for another program holding the port (above)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    room = Room(host="127.0.0.1", port=port, on_point=Got().points.append)
    await room.start()
    try:
        room.show(QUESTION)
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(room.url) as response:
                assert response.status == 200
            await room.stop()  # (the page's keep-alive connection closed by the room)
            await room.start()
        assert room.bound_port == port and room.moved_from is None
    finally:
        await room.stop()


async def test_a_new_room_has_last_runs_port_where_free_else_any_and_pages_keep_by_session():
    """reflect started again: the session's room is a new one (a new code and link) on the
    port it had (`last_port`), where free, and its page names the session's key for the
    words participants keep (`page_key`); the port taken, any free one, nothing said moved."""
    first = make_room(Got())
    await first.start()
    port = first.bound_port
    await first.stop()
    again = make_room(Got(), last_port=port, page_key="invented-key")
    await again.start()
    try:
        assert again.bound_port == port and again.moved_from is None
        assert again.code != first.code and again.url != first.url
        from reflect.room.pages import room as room_page

        person = again.state.join()
        assert person is not None
        assert 'data-keep="invented-key"' in room_page(again.state, person, "/r/x")
    finally:
        await again.stop()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        taken = make_room(Got(), last_port=port)
        await taken.start()
        try:
            assert taken.bound_port not in (0, port) and taken.moved_from is None
        finally:
            await taken.stop()
