"""What plain mode says at the end of a session: where to go from here, each command on a line
of its own (`Dialogue.command`), never wrapped: a screen reader reading line by line reads a
command whole, and it is copied whole. (Wrapped at words with the sentence around it, the id
in `reflect walk --resume` and the file name in `reflect export … -o` fell on the next line: a
trial.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.session import Session

if TYPE_CHECKING:
    from reflect.walk_dialogue import Dialogue


def say_next_steps(session: Session, d: Dialogue, left: bool) -> None:
    """Going back to the questions `left` unanswered (at a terminal, where `u` is offered),
    exporting the notes, each person's reflection after a team session, and the CPD
    record."""
    if left and d.at_terminal:
        d.say("To go back to those not answered (u goes to the first):")
        d.command(f"reflect walk --resume {session.id}")
    d.say(f"Saved as {session.id}. Export the notes with:")
    d.command(f"reflect export {session.id}")
    if session.mode == "team":
        d.say("Each person's own reflection after this session, for their CPD record:")
        d.command(f"reflect walk {session.review_id} --after {session.id}")
    d.say("Your CPD record: add what the notes do not hold (after --why: why it is relevant "
          "to your practice), then export it (.swe.docx for Social Work England, .nmc.docx "
          "for the NMC; .txt or .pdf as well):")
    d.command(f"reflect cpd-fill {session.id} --why ...")
    d.command(f"reflect export {session.id} -o my-record.swe.docx")
