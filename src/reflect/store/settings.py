"""Personal settings (the chosen theme, the support reminder, agency abbreviations, your name
for *My CPD so far*, the export dialog's last choice for each kind of session, the kind of
session last started from the new-session form), in a small
TOML file in the user's config folder."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from reflect.store.atomic import write_atomic
from reflect.text import tidy_name

SETTINGS_ENV = "REFLECT_SETTINGS"
SETTINGS_NAME = "settings.toml"


def settings_path() -> Path:
    """$REFLECT_SETTINGS, else settings.toml in the per-user config folder platformdirs gives
    (~/.config/reflect or under $XDG_CONFIG_HOME, ~/Library/Application Support/reflect,
    %APPDATA%\\reflect). On a Mac earlier versions wrote ~/.config/reflect/settings.toml: while
    it is there and the new file is not, it is the one used, so nothing set is lost."""
    if env := os.environ.get(SETTINGS_ENV):
        return Path(env).expanduser()
    from platformdirs import user_config_path

    from reflect.paths import APP

    path = user_config_path(APP, appauthor=False, roaming=True) / SETTINGS_NAME
    earlier = Path.home() / ".config" / APP / SETTINGS_NAME
    if sys.platform == "darwin" and not path.exists() and earlier.is_file():
        return earlier
    return path


class SettingsError(Exception):
    """The settings file cannot be read: the message names it and says why in plain words,
    with the line at fault shown below for a TOML mistake (`store.problems.describe`, as a
    review file's are said). It is used as if empty, and never written over."""


NOT_USED = ("Until it is mended, none of its settings are used (reflect carries on with its "
            "defaults) and reflect leaves the file as it is.")
"""Said after a settings file that cannot be read (`checked_settings`)."""


def _cannot_read(path: Path, error: Exception) -> SettingsError:
    """`error` reading the settings file, said as `describe` says a review file's: "the
    settings file FILE cannot be read: not valid TOML in support, at line 2: the text on this
    line has no closing quote…", the line shown below. (It said tomllib's own words, "not
    valid TOML (Illegal character '\\n' (at line 2, column 31))": a trial.)"""
    from reflect.store.problems import describe

    named = f"{path}: "
    said = "\n".join(describe(path, error)) or f"{path}: {error}"
    said = said.removeprefix(named).removeprefix("cannot be read: ")  # (not said twice)
    return SettingsError(f"the settings file {path} cannot be read: {said}")


def _settings_text(path: Path) -> tuple[str, dict[str, object]]:
    """The settings file's text and what it holds; ("", {}) when there is none;
    SettingsError when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return "", {}
    except (UnicodeDecodeError, OSError) as e:
        raise _cannot_read(path, e) from None
    import tomllib  # only with a file to read: none until a setting is chosen (start-up)

    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise _cannot_read(path, e) from None


def read_settings(path: Path) -> dict[str, object]:
    """The settings file; {} when there is none; SettingsError when it cannot be read."""
    return _settings_text(path)[1]


def load_settings(path: Path) -> dict[str, object]:
    """The saved settings; an unreadable file counts as none (`checked_settings` says why)."""
    try:
        return read_settings(path)
    except SettingsError:
        return {}


def _not_read(error: SettingsError) -> str:
    """What is said of a settings file that cannot be read: why, and that it is not used."""
    return f"{error}\n{NOT_USED}"


def checked_settings(path: Path) -> tuple[dict[str, object], list[str]]:
    """The settings (as `load_settings`) and why the file, or one of its plain entries, is not
    used (each naming the file and the entry): said when the app starts and by the commands
    that use them, as a broken file was passed over in silence (a trial)."""
    try:
        data = read_settings(path)
    except SettingsError as e:
        return {}, [_not_read(e)]
    said = [f"{path}: {key}: should be text in quotes; ignored"
            for key in ("support", "theme", MY_NAME)
            if key in data and not isinstance(data[key], str)]
    if data.get(SESSION_KIND, KINDS[0]) not in KINDS:
        said.append(f"{path}: {SESSION_KIND}: should be \"team\" or \"individual\", not "
                    f"{str(data[SESSION_KIND])[:40]!r}; ignored: the new-session form starts "
                    "on Team discussion")
    return data, said


SESSION_KIND = "session_kind"
"""The kind of session (`KINDS`) last started from the app's new-session form: the next form
starts on it. It always started on *Team discussion*, and a GP who only reflects alone got an
empty team session from Enter, a title and Ctrl+S (a trial)."""
KINDS = ("team", "individual")


def session_kind(data: Mapping[str, object]) -> str:
    """The kind of session the new-session form starts on (`SESSION_KIND`): "team" the first
    time, or for an entry that is neither kind (said by `checked_settings`)."""
    kind = data.get(SESSION_KIND)
    return kind if isinstance(kind, str) and kind in KINDS else "team"


MY_NAME = "my_name"
"""The practitioner's name, as *My CPD so far* remembers it: the sessions it counts as theirs,
and the name a new reflection of theirs records as whose it is."""


def my_name(data: Mapping[str, object]) -> str:
    """The remembered name (`MY_NAME`) tidied (`text.tidy_name`: one written by hand, or
    before names were tidied, "pat EXAMPLE", is Pat Example); "" for none."""
    name = data.get(MY_NAME)
    return tidy_name(name) if isinstance(name, str) else ""


def name_to_remember(submitted: str, data: Mapping[str, object]) -> str:
    """The name to remember (`MY_NAME`) for one submitted as whose a reflection is (entered at
    plain mode's *Your name*, or with the app's new-session form): tidied, when it is not what
    `data` holds already; "" for nothing to remember (none given, or the same). A name typed
    but not submitted is never given here. (The app's form remembered none, so the next
    reflection's form and My CPD so far kept the old name: a trial.)"""
    name = tidy_name(submitted)
    return name if name and name != data.get(MY_NAME) else ""


DEFAULT_SUPPORT = ("Discussing what happened to a child can be upsetting. If it has affected "
                   "you, talk to your supervisor or line manager, or contact your employee "
                   "assistance programme.")


def support_message(path: Path, data: Mapping[str, object] | None = None) -> str:
    """The reminder of where to get support shown at the end of a session: `support` in the
    settings file when a partnership or team has set its own, else a general one. `data` is
    the file as already read (the app reads it once, at start); None reads it now."""
    own = (load_settings(path) if data is None else data).get("support")
    return own.strip() if isinstance(own, str) and own.strip() else DEFAULT_SUPPORT


def save_setting(path: Path, key: str, value: str | Mapping[str, object]) -> None:
    """Set one top-level entry and change nothing else: the file's other entries, comments
    and layout stay (its line is replaced, or added before the first table; a table, such as
    the export dialog's `[last_export.team]`, replaces its own lines, or is added at the
    end). A file that cannot be read is never written over: SettingsError. (It was replaced
    by the one entry, the support reminder, agency abbreviations and certificate settings
    lost: a trial.) Written atomically, as a whole file: never half written."""
    import tomllib

    import tomli_w  # (writing a setting: never on the way to the first frame)

    text, data = _settings_text(path)
    if isinstance(value, Mapping):
        value = dict(value)
        rest = _without_table(text, key).rstrip()
        edited = (rest + "\n\n" if rest else "") + tomli_w.dumps({key: value})
    else:
        edited = _with_line(text, key, tomli_w.dumps({key: value}))
    try:
        kept = tomllib.loads(edited) == {**data, key: value}
    except tomllib.TOMLDecodeError:
        kept = False
    write_atomic(path, (edited if kept else tomli_w.dumps({**data, key: value})).encode("utf-8"))


def _without_table(text: str, key: str) -> str:
    """`text` without the table `key`'s lines: its header (`[key]`, or `[key.…]` for a table
    in it) and what follows up to the next other table. Checked by `save_setting`, which
    writes the whole file afresh where this cannot do (`key = {…}` on one line)."""
    own = re.compile(rf"\s*\[\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*[\].]")
    kept, inside = [], False
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("["):
            inside = bool(own.match(line))
        if not inside:
            kept.append(line)
    return "".join(kept)


def _with_line(text: str, key: str, line: str) -> str:
    """`text` with the top-level `key`'s line replaced by `line`, or `line` added before the
    first table (or at the end). Checked by `save_setting`, which writes the whole file afresh
    where this cannot do (an entry over several lines)."""
    lines = text.splitlines(keepends=True)
    own = re.compile(rf"\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
    for n, old in enumerate(lines):
        if old.lstrip().startswith("["):  # after the last entry, not among its comments
            while n and (not lines[n - 1].strip() or lines[n - 1].lstrip().startswith("#")):
                n -= 1
            return "".join([*lines[:n], line, *lines[n:]])
        if own.match(old):
            return "".join([*lines[:n], line, *lines[n + 1:]])
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join(lines) + line


def agency_aliases(path: Path) -> tuple[dict[str, str], list[str]]:
    """The partnership's own agency abbreviations (`[agency_aliases]`, e.g. `"CSC" = "Children's
    Social Care"`), added to the built-in ones in model/teams.py, and a message for each entry
    that cannot be used (naming the file and the entry)."""
    try:
        table = read_settings(path).get("agency_aliases")
    except SettingsError as e:  # said, not passed over: `report` said nothing (a trial)
        return {}, [_not_read(e)]
    if table is None:
        return {}, []
    if not isinstance(table, dict):
        return {}, [f"{path}: agency_aliases: should be a table of \"short\" = \"full name\" "
                    "lines; ignored"]
    aliases: dict[str, str] = {}
    problems: list[str] = []
    for short, full in table.items():
        if isinstance(full, str) and full.strip():
            aliases[short] = full
        else:
            problems.append(f"{path}: agency_aliases.{short}: should be the agency's full name "
                            "in quotes; ignored")
    return aliases, problems


def room_tls(path: Path, data: Mapping[str, object] | None = None
             ) -> tuple[Path | None, Path | None, list[str]]:
    """The organisation's certificate and private key for the room (#18): `room_certificate`
    and `room_key`, PEM file paths (`~` expanded; a relative path is taken from the settings
    file's folder). (None, None) when neither is set, so the room is plain http; a message for
    each entry that cannot be used (naming the file and the entry). `data` is the file as
    already read; None reads it now."""
    if data is None:
        data = load_settings(path)
    found: list[Path | None] = []
    problems: list[str] = []
    for entry in ("room_certificate", "room_key"):
        value = data.get(entry)
        if value is None:
            found.append(None)
        elif isinstance(value, str) and value.strip():
            file = Path(value.strip()).expanduser()
            found.append(file if file.is_absolute() else path.parent / file)
        else:
            found.append(None)
            problems.append(f"{path}: {entry}: should be the path of a PEM file in quotes; "
                            "ignored")
    certificate, key = found
    if (certificate is None) != (key is None):
        problems.append(f"{path}: room_certificate and room_key go together: set both, or "
                        "neither; the room will not use one alone")
        return None, None, problems
    return certificate, key, problems


ROOM_PORT = "room_port"
"""The settings' entry for the port the room always opens on, so a link printed or sent before
a meeting still leads there (unset: a free port, chosen afresh each run of reflect)."""
PORTS = range(1024, 65536)
"""The ports `room_port` may name: below 1024 need administrator rights."""


def room_port(path: Path, data: Mapping[str, object] | None = None) -> tuple[int | None, list[str]]:
    """The port the settings choose for the room (`room_port`: a whole number, 1024 to 65535;
    in quotes too), or None for any free one; a message when the entry cannot be used, naming
    the file, the entry and what is wrong (the room then takes any free port). `data` is the
    file as already read; None reads it now."""
    if data is None:
        data = load_settings(path)
    value = data.get(ROOM_PORT)
    if value is None:
        return None, []
    number = value.strip() if isinstance(value, str) else value
    if isinstance(number, str) and number.isascii() and number.isdigit():
        number = int(number)
    if isinstance(number, int) and not isinstance(number, bool) and number in PORTS:
        return number, []
    if isinstance(number, int) and not isinstance(number, bool):
        why = (f"{number} is below 1024 (those ports need administrator rights)"
               if number < PORTS.start else f"{number} is above 65535, the highest port")
    else:
        import tomli_w  # (said as it is written in the file)

        written = " ".join(tomli_w.dumps({"x": value})[4:].split())
        written = written if len(written) <= 40 else written[:39] + "…"
        why = f"{written} is not a whole number"
    return None, [f"{path}: {ROOM_PORT}: should be a port number from 1024 to 65535, such as "
                  f"{ROOM_PORT} = 8412; {why}. Ignored: the room opens on any free port, "
                  "and its link is new each time reflect is started."]
