"""The full-screen app refused where there is no terminal, saying what works without one.

Started by a script, a scheduled task or a launcher (`reflect </dev/null >out 2>&1 &`), the app
drew its screens into the file as escape codes (3 MB in 11 seconds), read keys from nothing,
and could not be stopped but by SIGKILL (a trial). It reads keys from stdin, draws on stderr
and says its farewell on stdout: where one of them is not a terminal it does not start, and
says so, naming the commands that do the same work as plain text (`reflect walk`, `reflect
export`, ...). Imported only then: the check itself (`ReflectApp.run`) is `os.isatty`, and a
headless run (the tests' pilots, `run(headless=True)`) is never checked.
"""

from __future__ import annotations

from shlex import quote

from reflect.commands import command, program
from reflect.console import echo

STREAMS = {0: "input (stdin)", 1: "output (stdout)", 2: "error output (stderr)"}
"""The app's streams (`ReflectApp.TERMINAL_FDS`), by file descriptor, as the refusal names
them."""


def refusal(missing: list[int], session_id: str | None = None) -> str:
    """What reflect says, not starting the app, when the file descriptors in `missing` are
    not a terminal; `session_id`: the session `reflect open` was to open."""
    names = [STREAMS[fd] for fd in missing]
    which = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    why = (f"the full-screen app needs a terminal, and here its {which} "
           f"{'is' if len(missing) == 1 else 'are'} not connected to one (a file, a pipe or "
           "nothing, as from a script or a scheduled task).")
    if session_id is not None:
        session = quote(session_id)
        return (f"reflect open: {why} Without a terminal, "
                f"`{command(f'walk --resume {session}')}` carries the session on as plain "
                f"text, a question at a time, and `{command(f'export {session}')}` writes its "
                "notes.")
    return (f"reflect: {why} Without a terminal, `{command('walk REVIEW')}` takes a session "
            f"as plain text, a question at a time; `{command('list sessions')}` lists the "
            f"saved sessions, `{command('export SESSION')}` writes one's notes and "
            f"`{command('report')}` the partnership's report; `{program()} --help` lists "
            "every command.")


def refuse(missing: list[int], session_id: str | None = None) -> None:
    """Say `refusal` where it can be seen: on stderr, or on stdout where stdout is a terminal
    and stderr is not (`reflect 2>/dev/null` at a terminal would say nothing at all)."""
    echo(refusal(missing, session_id), err=1 in missing or 2 not in missing)
