"""Where an individual reflection's own words go in a CPD record (`reflect.export.records`),
each in the writer's words, never paraphrased, each once:

- what I learned: each question's What? and So what? (and other thoughts), then the notes;
- how it changes my practice: what I will do differently;
- next steps: each question's Now what? (what I will do, learn or find out), What to do now's
  notes, then my actions with who else and when they are due;
- the impact on my practice (the regulators' forms, one field): the last two together.

An individual reflection has three places for what the writer will do (Now what?, What to do
now, What I will do differently): the account for any profession gave the Now what? answers as
how it changes my practice, and left its next steps to fill in until an action was added,
under a Now what? reading "... by 31/01/2027" (a trial).
"""

from __future__ import annotations

from reflect.export.action_parts import due_in_words
from reflect.export.markdown import SECTION_NOTES, ordered_notes
from reflect.export.owner_parts import owner_role_only
from reflect.export.parts import action_facts
from reflect.model.review import Review
from reflect.model.session import Session

INDENT = "  "
"""Before each line of the writer's own text under its label (What?, So what?, a section's
notes): a blank line in an answer keeps it, so every format shows that line inside the answer
(`record_render`). The answer's second paragraph read as the next question, "So what?" joined
to it, when the text was set flush under its question (a trial)."""


def indented(text: str) -> str:
    """The writer's `text`, every line (a blank one too) after `INDENT`."""
    return "\n".join(INDENT + line.rstrip() for line in text.strip().split("\n"))


def labelled(label: str, text: str) -> str:
    """`label` on a line of its own, then `text` indented under it (`indented`)."""
    return f"{label}\n{indented(text)}"


def own_learning(s: Session, review: Review | None) -> str:
    """What? / So what? and other thoughts, question by question, then the notes."""
    blocks: list[str] = []
    for a in s.answers:
        said = [(label, text) for label, text in (("What?", a.what), ("So what?", a.so_what),
                                                  ("Other thoughts:", a.text)) if text.strip()]
        if said:
            body = "\n".join(labelled(label, text) for label, text in said)
            blocks.append(f"{' '.join(a.question.split())}\n{body}")
    blocks += [labelled(SECTION_NOTES.get(k, k), v) for k, v in ordered_notes(s, review)
               if k != "actions"]
    return "\n\n".join(blocks)


def differently(s: Session) -> str:
    """What I will do differently, under its name; "" when not written."""
    return labelled("What I will do differently", s.differently) if s.differently.strip() \
        else ""


def own_impact(s: Session) -> str:
    """Everything the writer will do: what I will do differently, then the next steps
    (`own_next_steps`), each in the writer's own words, each once."""
    return "\n\n".join(b for b in (differently(s), own_next_steps(s)) if b)


def own_next_steps(s: Session) -> str:
    """Each question's Now what? (what I will do, learn or find out) under its question, then
    What to do now's notes and my actions (`next_steps`)."""
    blocks = [f"{' '.join(a.question.split())}\n{labelled('Now what?', a.now_what)}"
              for a in s.answers if a.now_what.strip()]
    return "\n\n".join(b for b in [*blocks, next_steps(s)] if b)


def next_steps(s: Session, heading: str = "My actions") -> str:
    """What to do now's notes, then the actions (`actions`)."""
    blocks: list[str] = []
    if s.notes.get("actions", "").strip():
        blocks.append(labelled("What to do now", s.notes["actions"]))
    if mine := actions(s):
        blocks.append(f"{heading}\n{mine}")
    return "\n\n".join(blocks)


def actions(s: Session) -> str:
    """The actions as a list, each on one line with who else and when it is due as the
    notes' text prints them (`parts.action_facts`), the date in words (`due_in_words`)."""
    lines = []
    for a in s.actions:
        facts = " ".join(action_facts(s, a, owner_role_only(s, a.owner),
                                      say=due_in_words).split())
        if a.text.strip():
            lines.append(f"- {' '.join(a.text.split())}" + (f" ({facts})" if facts else ""))
    return "\n".join(lines)
