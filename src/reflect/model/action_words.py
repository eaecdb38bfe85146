"""The words for actions: a team agrees actions and names an owner; one practitioner decides
what they will do and who else is involved. The one source of these words for the app's
actions step and form, plain mode (`reflect walk`), the exported notes and the partnership's
report (`NO_OWNER`).

Pure: no files, no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect.model.due import closed


@dataclass(frozen=True)
class ActionWords:
    heading: str
    """Above the list of actions, and the notes' section on them."""
    what: str
    """The action's own words: the form's first box."""
    one: str
    """Plain mode's prompt for the next action's words."""
    who: str
    """Who it belongs to: the form's box (before "(optional)") and the notes' column."""
    who_question: str
    """Plain mode's question for `who`."""
    who_phrase: str
    """`who`, said inside a sentence ("then who owns it and when it is due")."""
    decide: str
    """What to do when the briefing has no "What to do now" section."""
    already: str
    """Before an action recorded earlier in the same session, in plain mode."""
    none: str
    """What the notes say when there are no actions (no full stop)."""
    add: str
    """The form's button that adds one."""
    adds: str
    """The hint under the form: what Enter (in a text box: on the drop-down it opens its
    list) or Ctrl+T does (a sentence)."""
    saves: str
    """The hint under the form while an action is edited in it: what Enter or Ctrl+T does
    then (it said "adds the action" above a button saying Save changes: a trial)."""
    remove: str
    """The question before one is removed (`{}`: its words)."""
    removed: str
    """Said once one is removed (`{n}`: its row), with how to put it back."""
    put_back: str
    """Said once one is put back (`{n}`: its row)."""
    first: str
    """Said when the form is sent with its first box empty."""


TEAM = ActionWords(heading="Agreed actions", what="What will be done", one="Action", who="Owner",
                   who_question="Who owns it?", who_phrase="who owns it",
                   decide="agree your own actions", already="Agreed already",
                   none="No actions agreed", add="Add action",
                   adds="Enter in a text box or Ctrl+T adds the action.",
                   saves="Enter in a text box or Ctrl+T saves the changes; Esc undoes them.",
                   remove="Remove this agreed action?\n\n{}",
                   removed="Action {n} removed. Ctrl+Z puts it back.",
                   put_back="Action {n} put back.",
                   first="Type what will be done first.")
INDIVIDUAL = ActionWords(heading="What I will do", what="What I will do", one="What I will do",
                         who="Who else is involved", who_question="Who else is involved?",
                         who_phrase="who else is involved", decide="decide what you will do",
                         already="Decided already", none="Nothing recorded", add="Add",
                         adds="Enter in a text box or Ctrl+T adds it to What I will do.",
                         saves="Enter in a text box or Ctrl+T saves the changes; Esc undoes "
                               "them.",
                         remove="Remove this from What I will do?\n\n{}",
                         removed="Row {n} of What I will do removed. Ctrl+Z puts it back.",
                         put_back="Row {n} of What I will do put back.",
                         first="Type what you will do first.")


def action_words(individual: bool) -> ActionWords:
    """One practitioner's words when `individual`, else a team's."""
    return INDIVIDUAL if individual else TEAM


NO_OWNER = "no owner given"
"""A team's action whose Owner box was left empty, as the notes (every format) and the
partnership's report say it: the notes' Owner cell was blank where the report said this (a
trial). An individual reflection's box is *Who else is involved*: empty, it says nothing.
Nor is it said of an action done or dropped (`missing_said`)."""


def missing_said(mode: str, status: str) -> bool:
    """Whether an action's empty Owner or Due box is said to be missing (`NO_OWNER`,
    `NO_DUE`): in a team session (`mode`: the session's, or "team" for the report's agreed
    actions), while the action (of `status`) is open or in progress. One done or dropped is
    one nobody is still to act on: its status says so, and the notes and the report say
    nothing of an owner or a date it was never given (every format said "no owner given; no
    due date given" of a dropped action, as if something were still to be settled: a
    facilitator's trial). The one rule for the notes in every format, their text on the
    summary step, and the report; `model.owners.owner_said` and `owner_hint` say the same on
    last time's actions."""
    return mode != "individual" and not closed(status)


def owner_or_none(mode: str, typed: str, shown: str, status: str) -> str:
    """`shown`, an action's owner as the notes print it, or NO_OWNER where nothing was `typed`
    in its Owner box and `missing_said` (`mode`: the session's; `status`: the action's). A
    blank left by notes that withhold an owner (`parts.carried_owner`) stays blank: someone
    was named."""
    return NO_OWNER if missing_said(mode, status) and not typed.strip() else shown


NO_DUE = "no due date given"
"""A team's action whose Due box was left empty, as every format of the notes says it, as it
says `NO_OWNER`: the plain-text notes said a missing owner and nothing of a missing due
date, and the Markdown table left its Due cell blank (a facilitator's trial). An individual
reflection's date is optional: empty, it says nothing; nor is it said of an action done or
dropped (`missing_said`)."""


def due_or_none(mode: str, shown: str, status: str) -> str:
    """`shown`, an action's due date as the notes print it, or NO_DUE where it is empty and
    `missing_said` (`mode`: the session's; `status`: the action's)."""
    return NO_DUE if missing_said(mode, status) and not shown.strip() else shown
