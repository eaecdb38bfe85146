"""The room's certificate settings (`room_certificate`, `room_key`) as the app reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.store.settings import room_port, room_tls


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_certificate_means_a_plain_room(tmp_path):
    assert room_tls(write(tmp_path, 'theme = "x"\n')) == (None, None, [])
    assert room_tls(tmp_path / "missing.toml") == (None, None, [])


def test_both_paths_are_read_with_home_and_relative_paths(tmp_path):
    path = write(tmp_path, 'room_certificate = "~/certs/room.pem"\nroom_key = "room.key"\n')
    certificate, key, problems = room_tls(path)
    assert certificate == Path.home() / "certs" / "room.pem"
    assert key == tmp_path / "room.key" and problems == []


def test_one_without_the_other_is_not_used_and_said(tmp_path):
    certificate, key, problems = room_tls(write(tmp_path, 'room_certificate = "/x/room.pem"\n'))
    assert (certificate, key) == (None, None)
    assert problems == [f"{tmp_path / 'settings.toml'}: room_certificate and room_key go "
                        "together: set both, or neither; the room will not use one alone"]


def test_a_wrong_type_is_named(tmp_path):
    _, _, problems = room_tls(write(tmp_path, 'room_certificate = 3\nroom_key = "k.pem"\n'))
    assert any("room_certificate: should be the path of a PEM file" in p for p in problems)


def test_a_room_port_is_read_in_range_and_in_quotes_too(tmp_path):
    assert room_port(write(tmp_path, "room_port = 8412\n")) == (8412, [])
    assert room_port(write(tmp_path, 'room_port = " 8412 "\n')) == (8412, [])
    assert room_port(write(tmp_path, "room_port = 1024\n")) == (1024, [])
    assert room_port(write(tmp_path, "room_port = 65535\n")) == (65535, [])
    assert room_port(write(tmp_path, 'theme = "x"\n')) == (None, [])
    assert room_port(tmp_path / "missing.toml") == (None, [])


@pytest.mark.parametrize(("line", "why"), [
    ("room_port = 80", "80 is below 1024 (those ports need administrator rights)"),
    ("room_port = 70000", "70000 is above 65535, the highest port"),
    ('room_port = "eighty-four"', '"eighty-four" is not a whole number'),
    ("room_port = 8412.5", "8412.5 is not a whole number"),
    ("room_port = true", "true is not a whole number"),
])
def test_a_room_port_that_cannot_be_used_names_the_file_the_entry_and_why(tmp_path, line, why):
    path = write(tmp_path, line + "\n")
    assert room_port(path) == (None, [
        f"{path}: room_port: should be a port number from 1024 to 65535, such as room_port = "
        f"8412; {why}. Ignored: the room opens on any free port, and its link is new each time "
        "reflect is started."])
