"""What plain mode says at the end of a session: where to go from here, each command on a line
of its own (`Dialogue.command`), not wrapped with the sentence around it: a screen reader
reading line by line reads a command whole, and it is copied whole. (Wrapped at words with the
sentence, the id in `reflect walk --resume` fell on the next line: a trial.) A command wider
than the terminal is printed whole all the same, for the terminal to fold: broken between its
words, each line but the last ending in ` \\`, it was read aloud "backslash" (a trial). Each
is spelled as it can be typed here (`commands.command`: `.venv/bin/reflect …` where `reflect`
is not on PATH). The CPD record is exported into the exports folder, as the app does (`-o
my-record.swe.docx` wrote it into whatever folder the person was in: a git clone, in a
trial)."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.commands import YOUR_WORDS, command
from reflect.model.session import Session
from reflect.store.atomic import ensure_private_dir
from reflect.store.exports import default_export_path, exports_dir
from reflect.store.format_groups import RECORD_FIRST
from reflect.walk.record import ANY, record_format, spoken
from reflect.walk.record_questions import ask_record

if TYPE_CHECKING:
    from reflect.walk.dialogue import Dialogue
    from reflect.walk.steps import Walk


def notes_file(folder: Path, session: Session) -> tuple[Path, bool]:
    """The text file the notes are suggested into: in the exports folder beside the sessions
    (made, owner-only, where it is not there yet: `-o` writes into no folder that is not), as
    the app names a txt export; and whether one is there already (written by an earlier walk:
    replaced, `--force`). "Export the notes with: reflect export ID" printed Markdown to the
    terminal, `\\[`, `|` tables and `**` read aloud to a screen reader user (a trial)."""
    try:
        ensure_private_dir(exports_dir(folder))
    except OSError:
        pass  # said by the export, as it is not written
    target = default_export_path(folder.absolute(), session, "txt")
    return target, target.exists()


def say_next_steps(session: Session, d: Dialogue, left: bool, folder: Path,
                   w: Walk | None = None) -> None:
    """Going back to the questions `left` unanswered (at a terminal, where `u` is offered),
    writing the notes to a text file (`notes_file`: `folder`, the sessions folder), each
    person's reflection after a team session, and the CPD record: in a reflection of one's
    own at a terminal, what it needs asked here (`w`, the walk: walk/record_questions.py)."""
    if left and d.at_terminal:
        d.say("To go back to those not answered, carry on with this; u there goes to the first:")
        d.command(command(f"walk --resume {session.id}"))
    target, before = notes_file(folder, session)
    d.say(f"Saved as {session.id}. Write the notes to a text file in the exports folder"
          f"{', replacing the one written before,' if before else ''} with:")
    d.command(command(f"export {session.id} -o {shlex.quote(str(target))}"
                      f"{' --force' if before else ''}"))
    if session.mode == "team":
        d.say("Each person's own reflection after this session, for their CPD record:")
        d.command(command(f"walk {session.review_id} --after {session.id}"))
    d.say("Your CPD record.")
    fmt, why = record_format(session, d) or (RECORD_FIRST, ANY)  # (asked, or remembered)
    if w is not None and session.mode == "individual" and d.at_terminal and not d.ended:
        # Its questions asked here, one at a time (a listener was left to compose a shell
        # command with their words in quotes, and never asked the NMC's Code themes: a trial)
        if why:  # (the record's name said before its questions: asked, it was said so)
            d.say(f"{spoken(fmt)}, {why}.")
        ask_record(w, fmt)
        d.say(f"Make the record in the exports folder: {spoken(fmt)}:")
        d.command(command(f"export {session.id} --format {fmt}"))
        return
    # Plain words and a command that runs as printed: "add what the notes do not hold (after
    # --why: why it is relevant to your practice)" and a literal `--why ...` took a teacher
    # two reads (a trial).
    d.say(f"First say why this review matters for your work: run this with your own words in "
          f"place of {YOUR_WORDS}:")
    d.command(command(f'cpd-fill {session.id} --why "{YOUR_WORDS}"'))
    d.say(f"Then make the record, a Word file in the exports folder; {ANY}:" if why == ANY
          else f"Then make the record in the exports folder: {spoken(fmt)}"
          f"{f', {why}' if why else ''}:")
    d.command(command(f"export {session.id} --format {fmt}"))
