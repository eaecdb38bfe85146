"""`reflect` with nothing after it opens the app on the usual folders without reading any
options (argparse and the parser were some 4 ms of the start screen's first frame: checked in
tests/functional/test_start_imports.py); everything else about it is as before."""

from __future__ import annotations

import pytest

from reflect import cli, commands


def test_reflect_alone_opens_the_app_on_the_usual_folders(
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[str | None, str | None]] = []

    def open_app(content_dir: str | None, sessions_dir: str | None) -> int:
        opened.append((content_dir, sessions_dir))
        return 0

    monkeypatch.setattr(cli, "open_app", open_app)
    commands.carry_folders({"--sessions-dir": "/tmp/moorvale"})  # an earlier run's, in-process
    assert cli.main([]) == 0
    assert opened == [(None, None)]
    assert "--sessions-dir" not in commands.command("list")  # this run was given none


def test_reflect_alone_stopped_by_ctrl_c_says_so_in_its_code(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(content_dir: str | None, sessions_dir: str | None) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "open_app", interrupted)
    assert cli.main([]) == 130


def test_options_given_are_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(cli, "open_app", lambda c, s: opened.append((c, s)) or 0)
    assert cli.main(["--sessions-dir", "/tmp/moorvale"]) == 0
    assert opened == [(None, "/tmp/moorvale")]
    assert "--sessions-dir /tmp/moorvale" in commands.command("list")
    commands.carry_folders({})
