"""The commands reflect tells a person to type, spelled so that they work as printed.

The README's Quick start runs `.venv/bin/reflect`, and `reflect` is then on no one's PATH: a
trial typed the `reflect walk --resume …` reflect suggested after a stop and got `bash:
reflect: command not found`. So every command reflect suggests, on the terminal or in the app,
is made here (`command`): `reflect …` where the `reflect` on PATH is this very program, else
the way this one was started (`.venv/bin/reflect`: relative to the current folder when it is
under it, else the whole path; `python -m reflect` as such). Started some other way (a test
runner calling `main`), it says `reflect`, the name the README uses.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys

FOLDER_OPTIONS = ("--content-dir", "--sessions-dir")
"""The options naming the folders a command reads, carried by every command suggested."""

YOUR_WORDS = "YOUR WORDS"
"""Where the person's own words go in a command reflect prints (plain mode's `cpd-fill
SESSION --why "YOUR WORDS"`): pasted as printed, `cpd-fill` refuses it, naming the option."""

SESSION_HELP = ("a saved session: its id, its code alone (the id's last part, e.g. af252d65), "
                "its title (case and spaces do not matter) or a part of one title (3 "
                "characters or more, or a whole word), or its file (a path, or its name "
                "alone, <id>.toml, as the app's status bar shows it); an id, then a code, "
                "wins over a title, and a title several sessions match lists them to choose "
                "from by id")
"""What every command taking a SESSION says it takes (store/sessions.py `resolve_session`)."""

SUBCOMMANDS = frozenset({"check", "cpd", "cpd-fill", "delete-copy", "export", "handout", "import",
                         "list", "open", "remove", "report", "restore", "validate", "walk"})
"""reflect's commands (cli/parser.py; a test keeps the two alike): reflect's name begins a
command in a sentence only before one of them, or an option (`wrapping`). A review's own
"practitioners to reflect on to ensure practice is…" was laid out as a command, on lines of
its own each ending " \\", in every bundled review, and so was a person's answer saying they
would reflect on something (plain mode, a trial)."""

_carried: dict[str, str] = {}
"""The folder options this run was given, each folder as typed to a shell (`carry_folders`)."""


def carry_folders(given: dict[str, str | None]) -> None:
    """Every command suggested from now on carries the folder options in `given` (by option,
    None where not given), each folder whole and quoted for a shell: a command suggested by a
    reflect started with `--sessions-dir` looked in the default folder (a trial). (Folders set
    by environment variables need nothing: the shell passes them on.)"""
    global _carried
    _carried = {option: _shell_folder(folder) for option in FOLDER_OPTIONS
                if (folder := given.get(option))}


def _shell_folder(folder: str) -> str:
    return shlex.quote(os.path.abspath(os.path.expanduser(folder)))


def command(words: str, sessions_dir: str | None = None) -> str:
    """`words` (`walk --resume 2026…`) as a command to type: `program()` before them, and the
    folder options this run was given (`carry_folders`) after the command's name, where every
    command takes them (`walk --sessions-dir DIR --resume 2026…`). `sessions_dir`: the sessions
    folder the command is for, where it is not this run's (a copy of a session kept in
    another folder is restored there)."""
    name, _, rest = words.partition(" ")
    folders = dict(_carried)
    if sessions_dir is not None:
        folders["--sessions-dir"] = _shell_folder(sessions_dir)
    carried = " ".join(f"{option} {folders[option]}" for option in FOLDER_OPTIONS
                       if option in folders)
    return " ".join(part for part in (program(), name, carried, rest) if part)


def program() -> str:
    """How to start this reflect from the current folder: `reflect` when the `reflect` on PATH
    is this one, else the path it was started by (`.venv/bin/reflect`), quoted for a shell
    where it needs to be."""
    started = sys.argv[0] if sys.argv else ""
    if started.endswith(os.path.join("reflect", "__main__.py")):  # python -m reflect
        return f"{shlex.quote(_from_here(sys.executable))} -m reflect"
    if os.path.splitext(os.path.basename(started))[0].lower() != "reflect":
        return "reflect"  # not started as reflect (a test runner calling main)
    on_path = shutil.which("reflect")
    if on_path is not None and _same_file(on_path, started):
        return "reflect"
    if os.path.dirname(started) == "":
        return "reflect"  # a name alone: found on PATH, as `reflect` is
    return shlex.quote(_from_here(started))


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _from_here(path: str) -> str:
    """`path` relative to the current folder when it is under it (`.venv/bin/reflect`), else
    whole; `./` before a name alone (a shell looks a name alone up on PATH)."""
    whole = os.path.abspath(path)
    try:
        relative = os.path.relpath(whole)
    except ValueError:  # another drive (Windows)
        return whole
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return whole
    return relative if os.sep in relative else os.path.join(os.curdir, relative)


_WORD = re.compile(r"""(?:[^\s'"]+|'[^']*'|"[^"]*")+""")
"""A command's words, a quoted one (`"Your Name"`, a path with a space) one word."""


def command_lines(text: str, width: int) -> list[str]:
    """`text`, a command, in lines of at most `width` cells where it is wider: broken between
    its words only, each line but the last ending in ` \\` (the shell reads the lines as one
    command, typed or pasted), the lines after it indented; an option kept with its value
    where the two fit on a line (`--format swe-docx`). A word, a path most often, is never
    broken: one wider than a line stays whole on a line of its own (the terminal folded
    `… -o my-record.swe.docx` at 60 columns as `my-record.swe.do` / `cx`: a trial)."""
    from rich.cells import cell_len

    if cell_len(text) <= width:
        return [text]
    room = width - len(" \\")
    lines: list[str] = []
    line = ""
    for unit in _units(_WORD.findall(text), room - len(CONTINUED)):
        joined = f"{line} {unit}" if line else unit
        if line and cell_len(joined) > room:
            lines.append(f"{line} \\")
            line = f"{CONTINUED}{unit}"
        else:
            line = joined
    return lines + [line]


def _units(words: list[str], room: int) -> list[str]:
    """`words`, each option with the value after it where the two fit in `room` cells."""
    from rich.cells import cell_len

    units: list[str] = []
    for word in words:
        if units and units[-1].startswith("-") and " " not in units[-1] \
                and not word.startswith("-") and cell_len(f"{units[-1]} {word}") <= room:
            units[-1] = f"{units[-1]} {word}"
        else:
            units.append(word)
    return units


CONTINUED = "  "
"""Before each line of a command after its first."""
