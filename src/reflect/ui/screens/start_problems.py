"""The start screen's problems area: files that could not be read, an unfinished review, a
library folder that is not there, and copies of sessions found outside the sessions folder
(store/copies.py), each said with what to do."""

from __future__ import annotations

import os
from collections.abc import Sequence
from shlex import quote
from typing import TYPE_CHECKING

from reflect.commands import command
from reflect.paths import missing_library
from reflect.store.catalogue import Catalogue

if TYPE_CHECKING:  # (types only: the copies are read after the first frame)
    from reflect.store.copies import FoundCopy


def problems_text(library: Catalogue, sessions: list[str], copies: list[FoundCopy],
                  short: bool = False, inside: Sequence[str] = ()) -> str:
    """What the problems area says ("": nothing, and it is hidden); `short`: the copies named
    short (`copies_said`); `inside`: the folders inside the sessions folder holding session
    files, not listed, as the report says them (`SummaryList.inside`)."""
    text = []
    if library.missing:
        text.append(f"{missing_library(library.folder)} Saved sessions are listed as "
                    "usual; importing a briefing (i) would create the folder.")
    if library.problems or sessions:  # (counted by the summary line just above, `headed`)
        text.append(problems_said(library.problems, sessions, headed=not library.missing))
    if library.unfinished:
        text.append("An imported review is not finished (it can be used; "
                    f"`{command('validate')}` refuses it until it is edited):\n"
                    + "\n".join(f"  ⚠ {p}" for p in library.unfinished))
    if library.theme_slips:
        text.append("Themes that may be mistyped (each review can be used; correct a file "
                    "if so, then press r):\n" + "\n".join(f"  ⚠ {p}" for p in library.theme_slips))
    if inside:
        text.append("Saved sessions not listed:\n" + "\n".join(f"  ⚠ {m}" for m in inside))
    if copies:
        text.append(copies_said(copies, short))
    return "\n".join(text)


def problems_lines(library: Catalogue, sessions: list[str], copies: list[FoundCopy],
                   width: int, inside: Sequence[str] = ()) -> list[str]:
    """The problems area's text in lines of `width` cells, the copies named by their paths
    where each path a command takes, and each copy's name, is whole on a line; else named
    short (`copies_said`). At 60 columns a copy's name alone is wider than the area: the
    names, and the commands restoring or deleting an older copy, were folded mid-name, the
    time that tells one copy from another (…-10101, then 0.toml) cut in two (a trial)."""
    from reflect.commands import program
    from reflect.wrapping import fitted

    programs = [program()]
    text = problems_text(library, sessions, copies, inside=inside)
    lines = fitted(text, width, commands=programs)
    # Each name whole wherever it is said (whole in a command too wide for a line, it was
    # folded mid-name in the sentence before it: a trial), each command's path in one line.
    if all(sum(line.count(c.path.name) for line in lines) == text.count(c.path.name)
           for c in copies) and all(any(quote(str(c.path)) in line for line in lines)
                                    for c in copies if by_path(c)):
        return lines
    return fitted(problems_text(library, sessions, copies, short=True, inside=inside), width,
                  commands=programs)


def copies_said(copies: list[FoundCopy], short: bool = False) -> str:
    """Each copy found, the ones to act on first (a newer one is offered as its session is
    opened too; the rest are said, not pressed). `short`: under each folder they are in, said
    once, each copy by its name cut short (`said_short`), a command naming it by its path
    naming it COPY, with where its path is said whole to copy."""
    newer = sum(c.state == "newer" for c in copies)
    same = len(same_copies(copies))
    head = ((f"{newer} saved sessions have newer emergency copies (marked in the list): "
             "Enter on a session offers to carry on from its copy." if newer > 1 else
             "A saved session has a newer emergency copy (marked in the list): Enter on the "
             "session offers to carry on from it.") if newer else
            "Copies of sessions found outside the sessions folder (nothing to do unless "
            "one holds what you miss" + ("; one holding the same as its session may be "
                                          "deleted: the button below" if same else "") + "):")
    if not short:
        return "\n".join([head, *(f"  {_mark(c)} {c.said()}" for c in copies)])
    lines, folder = [head], None
    for copy in copies:
        if copy.path.parent != folder:
            folder = copy.path.parent
            lines.append(f"In {os.path.join(folder, '')}:")
        lines.append(f"  {_mark(copy)} {said_short(copy)}")
    if any(by_path(c) for c in copies):
        lines.append(f"COPY stands for the copy: its name as shown here, “…” and all (found "
                     f"in the folder above it), or its path; `{command('list sessions')}` "
                     "gives each command with the path whole, to copy.")
    return "\n".join(lines)


def _mark(copy: FoundCopy) -> str:
    return "⚠" if copy.state in ("newer", "damaged") else "·"


def said_short(copy: FoundCopy) -> str:
    """`copy.said()` with the copy named by `short_name`, its folder said above it; a command
    naming it by its path naming it COPY (with the name cut short, which it takes too:
    store/copy_names.py, it is still wider than a line at 60 columns)."""
    said = copy.said()
    for named in by_path(copy):
        said = said.replace(named, named.replace(quote(str(copy.path)), "COPY"))
    from reflect.store.copy_names import short_name  # (brings store.copies: see above)

    return said.replace(str(copy.path), short_name(copy.path.name))


def by_path(copy: FoundCopy) -> list[str]:
    """The commands `copy.said()` gives that name the copy by its path (not by its session,
    `FoundCopy.by_session`)."""
    said = copy.said()
    return [named for named in (copy.restore_command, copy.delete_command)
            if quote(str(copy.path)) in named and named in said]


def problems_said(library: list[str], sessions: list[str], headed: bool = False) -> str:
    """The files that could not be read, and what to do: with several, each file's first
    line first (a message and the lines it shows take several lines: at 80x24 one file's
    was all in view, a trial having asked for the names first), then each in full, the first
    line saying so and which command says it whole (a trial saw only the cut lines).
    `headed`: said just under the summary line (`problems_summary`), which counts them: the
    count not said again (the area said "1 file could not be read" twice, a trial)."""
    from pathlib import Path

    from reflect.text import one_line, plural

    problems, newline = library + sessions, "\n"
    files = {p.split(": ", 1)[0] for p in problems}
    advice = []
    if library:
        advice.append("correct a review file in any text editor as its message says (the "
                      "README's “Editing a review” tells how), then press r to read the "
                      "library again")
    if sessions:
        advice.append("an unreadable session file was left exactly as it was; it can "
                      "be opened in a text editor")
    what = "; ".join(advice)
    what = what[0].upper() + what[1:] + "."  # (capitalize() made the README "readme")
    counted = "Everything else works" if headed else \
        f"{plural(len(files), 'file')} could not be read; everything else works"
    if len(problems) == 1:
        return (f"  ! {problems[0]}\n{what} {counted}." if headed else
                f"{counted}:\n  ! {problems[0]}\n{what}")
    commands = " or ".join(f"`{command(words)}`" for words, some in
                           (("validate", library), ("list sessions", sessions)) if some)
    head = f"{counted}. Why, in full: below (Tab to here, then ↓), or {commands}:"
    firsts = ["  ! " + one_line(f"{Path(file).name}: {rest.partition(newline)[0]}", 66)
              for file, _, rest in (p.partition(": ") for p in problems)]
    return "\n".join([head, *firsts, what, "In full:", *(f"  ! {p}" for p in problems)])


def same_copies(copies: list[FoundCopy]) -> list[FoundCopy]:
    """The copies holding the same as their sessions' files: nothing in them is missing there."""
    return [c for c in copies if c.state == "same"]


def delete_label(copies: list[FoundCopy]) -> str:
    """The words of the button that deletes them (start_copies.py)."""
    n = len(same_copies(copies))
    return (f"Delete the {n} copies holding nothing new…" if n > 1 else
            "Delete the copy holding nothing new…")


def no_sessions_said(inside: Sequence[str], problems: Sequence[str] = ()) -> str:
    """What the saved sessions' list says with no session in it: where every session file is
    unreadable (`problems`), that none could be read, as the library's list says of its
    files (it said `No saved sessions yet` over `⚠ 2 files could not be read`, as if two
    meetings had never been saved: a facilitator's fresh-eyes trial); where session files are
    in a folder inside the sessions folder, that they are not listed, said in full below."""
    if unreadable := len({p.split(": ", 1)[0] for p in problems}):
        files = ("the session file" if unreadable == 1 else
                 f"none of the {unreadable} session files")
        return f"No session to list: {files} could{' not' * (unreadable == 1)} be read " \
            "(see below)."
    if inside:
        return "No saved sessions listed: some are in a folder inside the sessions folder " \
            "(see below)."
    return "No saved sessions yet. Start one from the library on the left."


def no_reviews_said(library: Catalogue) -> str:
    """What the library's list says with no review in it: its folder missing, or every file
    in it unreadable, each said in the problems area below (it said `No reviews found in
    lib.` over `⚠ 5 files could not be read`: a new user's trial), or no file there."""
    unreadable = len({p.split(": ", 1)[0] for p in library.problems})
    if library.missing:
        return f"No library folder at {library.folder} (see below)."
    if unreadable:
        files = ("the review file" if unreadable == 1 else
                 f"none of the {unreadable} review files")
        could = "could not" if unreadable == 1 else "could"
        return f"No review to list: {files} in {library.folder} {could} be read (see below)."
    return f"No reviews found in {library.folder}."


def way_in(tabs: int, back: int) -> str:
    """How the problems area is reached from the focus, `tabs` presses of Tab or `back` of
    Shift+Tab away (whichever is fewer), as its first line says it: `Tab here`, `Tab
    twice`, `Shift+Tab here`; "" where the focus is in it. It said `Tab here` from the
    library's list, whose first Tab goes to the saved sessions (a new user's trial)."""
    key, n = ("Tab", tabs) if tabs <= back else ("Shift+Tab", back)
    return "" if n <= 0 else f"{key} {'here' if n == 1 else 'twice' if n == 2 else f'{n} times'}"


def problems_summary(library: Catalogue, sessions: list[str], copies: list[FoundCopy],
                     way: str = "Tab here", inside: Sequence[str] = ()) -> str:
    """The problems area's first line, all of it that is shown until it is Tabbed to: what
    there is, counted, and how to reach it (`way`, from `way_in`; "": the focus is in it).
    The whole text took six rows of 80x24, leaving one review and a half in view (a trial);
    the library is what people come for."""
    from reflect.text import plural as count

    unreadable = {p.split(": ", 1)[0] for p in library.problems + sessions}
    newer = sum(c.state == "newer" for c in copies)
    said = [part for n, part in (
        (library.missing, "the library folder does not exist"),
        (len(unreadable), count(len(unreadable), "file could not be read",
                                "files could not be read")),
        (len(library.unfinished), count(len(library.unfinished), "review not finished",
                                        "reviews not finished")),
        (len(library.theme_slips), count(len(library.theme_slips), "theme maybe mistyped",
                                         "themes maybe mistyped")),
        (len(inside), count(len(inside), "folder of sessions not listed",
                            "folders of sessions not listed")),
        (newer, count(newer, "newer emergency copy", "newer emergency copies")),
        (len(copies) - newer, count(len(copies) - newer, "other copy of a session",
                                    "other copies of sessions"))) if n]
    if not said:
        return ""
    return f"⚠ {', '.join(said)}: {way} to read more." if way else f"⚠ {', '.join(said)}:"
