"""Prose fitted to a terminal's width: wrapped at words, a path kept whole.

The one rule for every line of prose reflect prints at a terminal: the command line's messages
(`console.echo`) and plain mode's dialogue (`reflect walk`, `Dialogue.say`). The terminal folds
a line wider than itself wherever it ends: mid-word, and mid-path (`reflect export: will not
write …/exports/20261204-child-i-7a` / `bc2a99.md: it already exists` at 60 columns: a trial),
and a path so folded can be neither read off the screen nor copied.

So a line wider than the width is broken at spaces only: a word (a path most often) that does
not fit on the rest of a line starts the next, whole; one wider than a whole line is on a line
of its own, broken only after a "/" (or a Windows "\\"), its folders, then the file's name
(`path_pieces`). A path holding spaces ("Application Support") is kept together as one word
when it is named (`whole`). A line with a tab is data (columns), never re-wrapped. A bullet's
or an indented line's continuation lines are indented to match. Pure: no Textual.

Copied from the screen, a command must read as it is run: an option is kept with the word
after it, its value (`--sessions-dir /a/folder`: at 40 columns `--sessions-dir` ended one line
and its folder began the next, a trial), where the two fit on one line; and a command the text
quotes (between backticks, or from reflect's own name, `commands`, to the end of its clause)
on one line, where it fits on one (`_units`). A command of reflect's own that is wider than
a line and quoted between backticks is on lines of its own, its backticks left off, broken at
its spaces only, never inside a word, a path or a quoted argument, each of its lines but the
last ending in " \\" (`commands.command_lines`): its lines copied together and pasted into a
shell are the one command. It was left whole for the terminal to fold, and the app's start
screen folded it mid-path (`reflect restore` and a copy's path, 80 columns: a trial); broken
at its words with nothing to join them (`reflect export` / `--content-dir
…`), it ran as two commands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.cells import cell_len

from reflect.commands import SUBCOMMANDS, command_lines
from reflect.text import SKIN_TONES, one_line

NARROWEST = 20
"""Lines are never fitted narrower than this: below it, a word a line reads worse than the
terminal's own folding."""

PATH_PARTS = re.compile(r"[^/\\]*[/\\]|[^/\\]+$")
"""A path's parts, each with the "/" (or a Windows "\\") that ends it: where it may break."""

_LEAD = re.compile(r"\s*(?:(?:[•*!⚠·-]|\d+[.)])\s+)?")
"""A line's indent, with its bullet, mark or number when it has one: a mark ("!", "⚠", "·",
the start screen's problems) with the words after it, a path too wide to follow it broken
after a "/", not left alone on its line (it was, at 60 columns: a trial)."""

_OPTION = re.compile(r"--?[A-Za-z][A-Za-z0-9-]*")
"""A command-line option (`-o`, `--sessions-dir`), as a whole word: kept with its value."""

_OPENERS = "(“\"'`"
"""What may stand before the first word of a command quoted in a sentence."""

_CLAUSE_ENDS = tuple(")`,;:.?!”")
"""What ends the last word of a command quoted in a sentence (or the sentence's clause)."""

_JOIN = "\ue000"
"""Stands for a space inside a path kept whole while a line is wrapped: one column wide, as the
space is (a character of Unicode's private use area; not done where the text holds it)."""

_WIDE = "\ue001"
"""Stands for a space inside a command quoted that is wider than a line, or one of reflect's
own: it is put on lines of its own (`commands.command_lines`; as `_JOIN`: never in reflect's
own text)."""

_GAP = "\ue002"
"""Stands for each space after the first between two words of a line fitted with `keep_gaps`
(as `_JOIN`: a cell wide, never in reflect's own text), so a gap wider than a space stays as
wide where the line goes on, and is left out where it breaks."""

TONE_CELLS = "\ufdd0\ufdd0"
"""Written after each emoji skin tone while text is fitted for a terminal that shows the tone
(`tones_counted`: plain mode, the command line's messages and lists; the app's window leaves
it out, `text.one_width`): Rich counts "👍🏽" as two cells, tmux 3.3a draws four, and a line
said with one ran past the terminal's edge. Two noncharacters, a cell each to Rich, taken out
again once the text is fitted (`tones_uncounted`)."""
_COUNTED = re.compile(f"(?<={SKIN_TONES.pattern}){TONE_CELLS}")


def tones_counted(text: str) -> str:
    """`text` with `TONE_CELLS` after each skin tone: fitted by Rich's count, each "👍🏽"
    takes the four cells tmux draws (in a terminal that draws it in two, the line ends a
    little early: nothing is lost)."""
    return SKIN_TONES.sub(lambda tone: tone[0] + TONE_CELLS, text)


def tones_uncounted(text: str) -> str:
    """`text` (of `tones_counted`, fitted) without the `TONE_CELLS` it was given."""
    return _COUNTED.sub("", text)


def path_pieces(path: str, width: int) -> list[str]:
    """`path` in lines of at most `width` cells, broken after a "/" where a line is full; a
    part still wider than `width` broken after a hyphen (a report's name, which says what it
    covers: `report-child-i-team-mash-` / `q4-2026-made-2026-12-05-1313.csv`), else folded
    there, as nothing else can be. Never cut."""
    width = max(width, 1)
    lines: list[str] = []
    line = ""
    for part in PATH_PARTS.findall(path):
        if line and cell_len(line + part) > width:
            lines.append(line)
            line = ""
        line += part
        while cell_len(line) > width:
            hyphen = line.rfind("-", 0, width)
            cut = hyphen + 1 if hyphen > 0 else width
            lines.append(line[:cut])
            line = line[cut:]
    return lines + ([line] if line else [])


def fitted(text: str, width: int, whole: Iterable[str] = (),
           commands: Iterable[str] = (), tones: bool = False,
           keep_gaps: bool = False) -> list[str]:
    """`text`'s lines, each wider than `width` cells wrapped at its words (see the module);
    the paths in `whole` kept together where they hold spaces; an option with its value, and
    a command quoted (between backticks, or starting with one of `commands`: how reflect is
    run, `commands.program()`), on one line where they fit on one. Line breaks in `text`
    stay. `tones`: for a terminal that shows an emoji's skin tone, each counted as the two
    cells tmux draws it in (`tones_counted`); else as Rich counts it, none (the app's).
    `keep_gaps`: a line's gaps of two spaces or more (a CPD log's, `2026-12-07  2 min  Title`)
    kept where it goes on, and only a break between two words leaving the gap out; without it
    a line that wraps has one space between its words (the rest's prose, pinned as it is)."""
    if tones and SKIN_TONES.search(text):
        return [tones_uncounted(line) for line in
                fitted(tones_counted(text), width, map(tones_counted, whole), commands,
                       keep_gaps=keep_gaps)]
    width = max(width, NARROWEST)
    if _JOIN in text or _WIDE in text or _GAP in text:  # (never in reflect's own text)
        return [out for line in text.split("\n") for out in _fitted_line(line, width, None)]
    for path in [p for p in whole if " " in p and p in text]:
        text = text.replace(path, path.replace(" ", _JOIN))
    programs = [p.split() for p in commands if p.strip()]
    return [out.replace(_JOIN, " ").replace(_WIDE, " ") for line in text.split("\n")
            for out in _fitted_line(line, width, programs, keep_gaps)]


def wrap_words(text: str, width: int, whole: Iterable[str] = (),
               commands: Iterable[str] = (), tones: bool = False,
               keep_gaps: bool = False) -> str:
    """`text` fitted to `width` (`fitted`), as one string."""
    return "\n".join(fitted(text, width, whole, commands, tones, keep_gaps))


def kept_together(items: Iterable[str], width: int) -> list[str]:
    """`items` (each a key and what it does: "v only views it.") joined by spaces on lines of
    `width` cells, a line broken only between two items; an item wider than a line on lines
    of its own, wrapped at its words (`fitted`). The start screen's keys wrapped as prose
    ended a line with "v" and began the next with "only views it." (80 columns, a trial)."""
    lines: list[str] = []
    for item in items:
        if lines and cell_len(lines[-1]) + 1 + cell_len(item) <= width:
            lines[-1] += " " + item
        else:
            lines.extend(fitted(item, width))
    return lines


def _fitted_line(line: str, width: int, programs: list[list[str]] | None,
                 keep_gaps: bool = False) -> list[str]:
    line = line if "\t" in line else line.rstrip()
    if "\t" in line or cell_len(line) <= width:
        return [line]
    if not keep_gaps:
        return _wrapped(line, width, programs)
    # Each space of a gap after its first goes with the word after it: kept on the line,
    # taken off the word that starts a line (`_wrapped`). Split at every space, a log line
    # lost its columns once it wrapped: "2026-12-07 2 min Child I …" (a trial).
    gapped = _GAPS.sub(lambda gap: " " + _GAP * (len(gap[0]) - 1), line)
    return [out.replace(_GAP, " ") for out in _wrapped(gapped, width, programs)]


_GAPS = re.compile(r"(?<=\S) {2,}(?=\S)")
"""A gap of two spaces or more between two words (`fitted`'s `keep_gaps`)."""


def _command_end(words: list[str], i: int, programs: list[list[str]]) -> int:
    """Where a command quoted in a sentence from `words[i]` on ends (the index after its last
    word): between backticks, or from one of `programs` to the end of its clause; `i` where
    none starts there."""
    if words[i].count("`") % 2:  # opens a quote: to the word that closes it
        return next((j + 1 for j in range(i + 1, len(words)) if "`" in words[j]), i)
    for program in programs:
        n = len(program)
        said = [words[i].lstrip(_OPENERS), *words[i + 1:i + n]]
        if said == program and i + n < len(words) and not said[-1].endswith(_CLAUSE_ENDS) \
                and _names_a_command(words[i + n]):
            return next((j if words[j].startswith("(") else j + 1
                         for j in range(i + n, len(words))
                         if words[j].endswith(_CLAUSE_ENDS) or words[j].startswith("(")),
                        len(words))  # (an aside after it, "(or F8 in the app)", is not)
    return i


def _names_a_command(word: str) -> bool:
    """Whether `word`, after reflect's name, makes it a command: one of its commands, or an
    option (`reflect --version`); any other ("to reflect on to ensure…") is prose."""
    bare = word.rstrip("".join(_CLAUSE_ENDS)).strip("`\"'")
    return bare in SUBCOMMANDS or bare.startswith("-")


def _own(words: list[str], programs: list[list[str]]) -> bool:
    """Whether the command `words` is one of reflect's own (starts with one of `programs`)
    quoted between backticks: one to copy (unquoted, `reflect export:` begins a message)."""
    first = words[0].lstrip(_OPENERS)
    return "`" in words[0][:len(words[0]) - len(first)] and \
        any([first, *words[1:len(p)]] == p for p in programs)


def _units(words: list[str], room: int, programs: list[list[str]]) -> list[str]:
    """`words`, a command quoted in them one unit, else an option with the word after it one,
    where the unit fits in `room` cells (its words joined by `_JOIN`, wrapped as one word); a
    command wider than that one unit all the same (joined by `_WIDE`: on lines of its own,
    `command_lines`, where it is one of reflect's own between backticks)."""
    units: list[str] = []
    i = 0
    while i < len(words):
        option = i + 1 < len(words) and bool(_OPTION.fullmatch(words[i])) \
            and not words[i + 1].startswith("-")
        command = _command_end(words, i, programs)
        for end in (command, i + 2 if option else i):
            if end - i < 2:
                continue
            unit = _JOIN.join(words[i:end])
            if cell_len(unit) <= room or end == command:
                alone = end == command and cell_len(unit) > room and _own(words[i:end], programs)
                units.append(_WIDE.join(words[i:end]) if alone or cell_len(unit) > room
                             else unit)
                i = end
                break
        else:
            units.append(words[i])
            i += 1
    return units


def _unquoted(words: list[str], programs: list[list[str]]) -> tuple[str, list[str], str]:
    """A command quoted, as (what stands before it, its words, what follows it): one of
    reflect's own between backticks loses them, on a line of its own (they are no part of it);
    any other is left as it is."""
    first = words[0].lstrip(_OPENERS)
    before = words[0][:len(words[0]) - len(first)]
    if "`" not in words[-1] or len(words) < 2 or not _own(words, programs):
        return "", words, ""
    last, _, after = words[-1].rpartition("`")
    return before.replace("`", ""), [first, *words[1:-1], last], after


def _wrapped(line: str, width: int, programs: list[list[str]] | None) -> list[str]:
    lead = _LEAD.match(line)
    start = lead.end() if lead else 0
    indent = " " * cell_len(line[:start])
    lines: list[str] = []
    current = line[:start]  # the line being filled: its lead, then words
    filled = False  # whether it holds a word yet
    words = line[start:].split()
    if programs is not None:
        words = _units(words, width - len(indent), programs)
    for word in words:
        if programs is not None and _WIDE in word:  # on lines of its own (`command_lines`)
            before, said, after = _unquoted(word.split(_WIDE), programs)
            if before:
                current, filled = (f"{current} {before}" if filled else current + before), True
            if filled:
                lines.append(current)
            lines += [indent + line for line in
                      command_lines(" ".join(said), width - cell_len(indent))]
            current, filled = indent + after, bool(after)
            continue
        joined = f"{current} {word}" if filled else current + word
        if cell_len(joined) <= width:
            current, filled = joined, True
            continue
        if filled:
            lines.append(current)
            current = indent
        word = word.lstrip(_GAP)  # (it starts a line: no gap before it)
        if cell_len(current + word) <= width or not any(c in word for c in "/\\"):
            current, filled = current + word, True  # a word wider than a line stays whole
            continue
        *full, last = path_pieces(word, width - cell_len(current))  # (two or more)
        lines += [(current if i == 0 else indent) + p for i, p in enumerate(full)]
        current, filled = (indent if full else current) + last, True
    return lines + ([current] if filled else [])


def cut_at_a_word(text: str, limit: int) -> str:
    """`text` on one line (`text.one_line`), and where wider than `limit` cells cut with "…"
    after a word (inside a word only where the words before it would be under half), never
    inside a letter. Counted in characters, a name in wide letters (漢字, emoji) took twice
    the room it was given, and one with its accents typed apart (e + ◌́) was cut short of it."""
    flat = one_line(text)
    if cell_len(flat) <= limit:
        return flat
    cut = _within(flat, limit - 1)
    if flat[len(cut)] == " ":  # the cut ends a word: it stays ("Audit the…", not "Audit…")
        return cut.rstrip(" ,;:·") + "…"
    before = cut.rsplit(" ", 1)[0] if " " in cut else ""
    return (before if cell_len(before) >= limit // 2 else cut).rstrip(" ,;:·") + "…"


def cells_cut(flat: str, limit: int) -> str:
    """`flat` (one line) where it fits in `limit` terminal cells, else cut with "…" to fit,
    whole letters only: `text.one_line`'s cut (a wide letter, 漢 or an emoji, takes two)."""
    return flat if cell_len(flat) <= limit else _within(flat, limit - 1).rstrip() + "…"


def _within(text: str, cells: int) -> str:
    """The start of `text` that fits in `cells`, whole letters only."""
    taken = 0
    for n, letter in enumerate(text):
        taken += cell_len(letter)
        if taken > cells:
            return text[:n]
    return text


def folder_within(folder: str, width: int, home: str = "") -> str:
    """`folder` said in at most `width` cells where it can be: the home folder `home` as "~"
    (`~/.local/share/reflect/sessions/exports`), then, still too wide, its first folders left
    out for "…" (`…/reflect/sessions/exports`), the last whole however wide. Said before an
    export is written (the export dialog): the notes went to a folder nothing named until
    afterwards (a health visitor's trial)."""
    sep = "\\" if "\\" in folder and "/" not in folder else "/"
    if home and (folder == home or folder.startswith(home.rstrip(sep) + sep)):
        folder = "~" + folder[len(home.rstrip(sep)):]
    if cell_len(folder) <= width:
        return folder
    parts = folder.rstrip(sep).split(sep)
    kept = parts[-1]
    for part in reversed(parts[1:-1]):
        if cell_len(f"…{sep}{part}{sep}{kept}") > width:
            break
        kept = f"{part}{sep}{kept}"
    return f"…{sep}{kept}"
