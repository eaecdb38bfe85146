"""Command line: `reflect` opens the app (`reflect open SESSION` on one session); `list`,
`export`, `validate` and the rest work without it.

Textual is imported only when the app is started, so the plain commands stay quick; and each
command imports its own modules, so `reflect` alone reaches the start screen without
importing pydantic, the models or the exports. The modules: `parser` (arguments), `library`
(list, validate, import), `sessions` (check, export, open, walk), `report`, `output` (writing a
command's file); the CPD commands are in `reflect.cpd_cli`.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reflect import paths

if TYPE_CHECKING:
    import argparse

Command = Callable[["argparse.Namespace"], int]


def cmd_app(args: argparse.Namespace) -> int:
    return open_app(args.content_dir, args.sessions_dir)


def open_app(content_dir: str | None, sessions_dir: str | None) -> int:
    """The app, on the library and sessions folders given (None: the usual ones)."""
    content, folder = paths.content_dir(content_dir), paths.sessions_dir(sessions_dir)
    with gc_paused():
        from reflect.ui.preload import start_preload

        preload = start_preload(content, folder)  # read while Textual is imported
        from reflect.ui.app import make_app

        app = make_app(content, folder)
        app.preload = preload
        app.gc_paused = True
        app.run()
    return app.exit_code  # 1: a session not saved, or no terminal


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's garbage collector off while the app starts (`ReflectApp.gc_paused`: the app
    turns it back on once its first frame is drawn), and on again whatever happens."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _app_args(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` names no command (the app opens), else None.

    Building every command's parser imports the export formats and the models (pydantic):
    a quarter of a second the start screen does not need."""
    from reflect.cli.parser import top_parser

    if any(a in ("-h", "--help") for a in argv):
        return None
    return _all_read(top_parser(exit_on_error=False), argv)


def _open_args(argv: list[str]) -> argparse.Namespace | None:
    """The options of `reflect open SESSION`, read without building the other commands'
    parsers (they import the export formats and the CPD commands); else None."""
    from reflect.cli.parser import open_parser

    if argv[:1] != ["open"] or any(a in ("-h", "--help") for a in argv):
        return None
    return _all_read(open_parser(exit_on_error=False), argv)


def _report_args(argv: list[str]) -> argparse.Namespace | None:
    """The options of `reflect report …`, read as `_open_args` reads `open`'s; else None."""
    from reflect.cli.parser import report_parser

    if argv[:1] != ["report"] or any(a in ("-h", "--help") for a in argv):
        return None
    return _all_read(report_parser(exit_on_error=False), argv)


def _all_read(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | None:
    """`argv` read by `parser` when it reads all of it, else None: the full parser then says
    what is wrong, in its own words."""
    import argparse

    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        # `reflect` alone: the app, with no option to read. argparse, building the parser and
        # finding how reflect was started (for its usage line) were some 4 ms of the start
        # screen's first frame.
        _carry_folders(None)
        return _run(lambda: open_app(None, None))
    args = _app_args(argv)
    command: Command = cmd_app
    if args is None and (args := _open_args(argv)) is not None:
        from reflect.cli.sessions import cmd_open

        command = cmd_open
    if args is None and (args := _report_args(argv)) is not None:
        from reflect.cli.report import cmd_report

        command = cmd_report
    if args is None:
        from reflect.cli.parser import build_parser

        args = build_parser().parse_args(argv)
        command = _commands().get(args.command, cmd_app)
    _carry_folders(args)
    _say_not_utf8(args)
    ran = args
    return _run(lambda: command(ran))


def _run(command: Callable[[], int]) -> int:
    """The command's exit code, stopped quietly by Ctrl+C or by its reader going away; its
    output able to print any text (`console.unicode_streams`)."""
    from reflect.console import silence, unicode_streams

    unicode_streams()
    try:
        code = command()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away while notes or a report were printed (`reflect export ID |
        # head -3`): stop quietly, as `cat` does. (Messages to a reader gone are dropped as
        # they are said, `console.echo`: a file the command writes is written all the same.)
        silence(sys.stdout)
        return 141
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # what it said is lost; what it did is done, its code says how
        silence(sys.stdout)
    return code


def _say_not_utf8(args: argparse.Namespace) -> None:
    """A note for each option typed with a byte that is not UTF-8, read as "�"
    (`not_utf8`), before the command runs."""
    from reflect.cli.not_utf8 import notes
    from reflect.console import echo

    for note in notes(args):
        echo(note, err=True)


def _carry_folders(args: argparse.Namespace | None) -> None:
    """The folder options `args` were given (None: no options), carried by every command
    reflect suggests (`commands.carry_folders`); `report`'s sessions folder when it was given
    one."""
    from reflect.commands import carry_folders

    reports = getattr(args, "report_dirs", None) or []
    carry_folders({"--content-dir": getattr(args, "content_dir", None),
                   "--sessions-dir": getattr(args, "sessions_dir", None)
                   or (reports[0] if len(reports) == 1 else None)})


def _commands() -> dict[str, Command]:
    """Every command by name (their modules import what each needs only when it runs)."""
    from reflect import cpd_cli
    from reflect.cli import importing, library, remove, report, restore, sessions, walk

    return {"list": library.cmd_list, "validate": library.cmd_validate,
            "import": importing.cmd_import, "remove": remove.cmd_remove,
            "export": sessions.cmd_export,
            "check": sessions.cmd_check, "open": sessions.cmd_open, "walk": walk.cmd_walk,
            "report": report.cmd_report, "restore": restore.cmd_restore,
            "delete-copy": restore.cmd_delete_copy, **cpd_cli.COMMANDS}
