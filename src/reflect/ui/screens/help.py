"""The help screen: how a session flows and every key."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.literal import Literal

FLOW = (
    "Pick a review in the library and press Enter to start a session (t starts a themed "
    "session instead), or pick a saved session and press Enter to resume it, its time counted "
    "(v only views it: nothing saved, no time counted). A team session starts "
    "with who is here and, when the team has open actions from earlier sessions, last time's "
    "actions. Then it walks through the review in order: introduction and context, key "
    "learning, good practice, areas for development, recommendations, then one step per "
    "question (separate points, each optionally said by someone, and a summary), then what to "
    "do now (with your agreed actions), then a summary you can export as notes. A "
    "self-reflection answers each "
    "question with What? / So what? / Now what? and ends with what you will do differently. "
    "Everything you type is saved as you go, and again whenever you leave."
)

IMPORTING = "In the import preview"
"""Its keys' heading, given first there (`ImportScreen.help_first`)."""

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ('On the start screen', (  # (what a newcomer looks for first: at 60x20 the first lines)
        ('Enter, n', 'start a new session on the selected review'),
        ('Enter', 'resume the selected saved session: its time is counted, every change '
                  'saved'),
        ('i', 'import a newly published briefing into the library (Ctrl+S saves)'),
        ('m, F9', 'my CPD so far, by year (Ctrl+O there saves it as CSV)'),
        ('Ctrl+R', 'reports across all sessions'),
        ('v', 'on a saved session: view it only, to read it or export its notes (Ctrl+O): '
              'nothing in its file changes and no time is counted; Esc, then Enter, carries '
              'it on. On a review: its title, kind, summary and themes whole (Enter there '
              'starts a session on it, Esc goes back)'),
        ('a',
         "on a saved team session: my own reflection after it (the team's points "
         'shown above each question)'),
        ('t', 'start a themed session: the learning of every review with one theme'),
        ('→', 'at the end of the themes\' search box, after "did you mean …?": put the '
              'theme meant there (Enter then takes it)'),
        ('F2, c, Delete',
         'on a saved session: rename it, duplicate it (same team, empty answers), '
         'delete it (asks first)'),
        ('Delete', "on a review: remove it from the library (asks first; its file is kept in "
                   "the library's removed folder)"),
        ('/', 'search the library and saved sessions (filters as you type; Enter goes to '
              'the results, the first highlighted, however many are found: Enter again '
              'opens it, and letters typed before ↑↓ or Enter there are not keys; Esc or ↓ '
              'goes back to the list you came from, keeping the search, as Enter does with '
              'nothing typed)'),
        ('Tab', 'move between the search box, the library and saved sessions'),
        ('✎', "before a saved session's title (not a key): a point, an action or a person "
              'typed in it and not added, or a time to log for CPD that is not a time, kept '
              'in its box; opened, the step list marks that step ✎ too'),
        ('r', 'read the library and sessions again'),
    )),
    ('In a session', (
        ('PgDn, Ctrl+N', 'next step'),
        ('PgUp', 'previous step'),
        ('Ctrl+G', 'go to a step: choose it in the step list, then Enter (Esc: back)'),
        ('Ctrl+S', 'save now (it also saves by itself within two seconds)'),
        ('Ctrl+O',
         'export the notes: choose a format (Markdown, Word, CPD record, ...); it opens '
         'on the last one chosen for this kind of session, after reopening reflect too '
         '(JSON and CSV only until reflect is closed); the '
         'personal-details check runs first; Ctrl+O again, or Enter on an option, exports '
         '(Space ticks an option); after a finding, r exports redacted, e goes to edit it, '
         'Ctrl+A exports anyway, and Ctrl+O again presses the button with the focus '
         '(Export redacted, which it gives the focus first)'),
        ('F4',
         'team session: open the room, where people add points from a phone or '
         'laptop; once open, F4 shows or hides its link, QR code and code'),
        ('F3', "room open: show the current question's points to the room (all, as in the "
               "notes, without who said them), or hide them"),
        ('F2', "room open: go to the room's points waiting beside the question; there"),
        ('a, e, d, A',
         '(on the highlighted one): accept, edit in the point box (Enter adds it), '
         'decline (not in the notes), accept all; Esc: back to the box you left'),
        ('u', "there: bring back the last point declined, on its question (only the last "
              'is kept, until another is declined or the room closes)'),
        ('F5', 'presentation view for a shared screen; on your own, the step alone at full '
               'width, without the step list (F5 again to leave; where the terminal '
               'takes F5, as VS Code does: the palette, Presentation view or Full width)'),
        ('Ctrl+L', 'on the introduction: skip past the case details to the learning'),
        ('F6', 'pause or resume the timer'),
        ('F7', 'time plan: meeting length (↑↓ choose one as they move) and the time for each '
                'step (↓ ↑ or Tab from step to step; Ctrl+S saves; Esc after a change asks '
                'before discarding it)'),
        ('F8',
         "on What I will do differently and the summary: your CPD record's choices "
         '(activity, why relevant, standards, Code themes, minutes)'),
        ('Enter', 'in a point, action or person form: add it (or save the edit); on '
                  'Said by… or a recommendation box: open its list'),
        ('@ and letters',
         'at the end of a point ("Ring the school @rob"): said by the one person '
         'whose name, role or agency starts with them'),
        ('Letters',
         'on Said by… (closed) or a recommendation box: choose the one with the earliest '
         'word starting with them, then Enter adds the point or action; on the '
         'participants table: start a new person'),
        ('Ctrl+T',
         'on What to do now: add the action you typed (a due date such as "next '
         'Friday" shows the date it was read as)'),
        ('Space',
         'in a table: tick who attended (someone who said a point or owns an '
         'action, unticked: left early), or move a status on (open, in progress, '
         'done, dropped: no longer needed)'),
        ('Enter, Delete', 'in a table or the points list: edit it, remove it (asks first; '
                          "on last time's actions: Enter to its progress note, and Delete "
                          'removes nothing: it says where one is removed)'),
        ('Ctrl+Y', "on Who is here, once another facilitator's name is typed: give what "
                   'stayed with the one before (their actions and points) to the new one; '
                   'again: give it back'),
        ('Ctrl+Z', 'put back the last point, action or person removed, or a point moved to '
                   'another question, at its place (in an answer or notes box: undo typing '
                   'there)'),
        ('Tab',
         "on last time's actions: to the progress note and new due date of the "
         'highlighted action (written back to the session that agreed it)'),
        ('Shift+Up/Down', 'in the points list: move a point up or down (where they do '
                          'nothing, PuTTY: the palette, Move the point up or down)'),
        ('Shift+Right', 'in the points list: move a point to another question (choose it; '
                        'Esc changes nothing; Ctrl+Z puts it back). Where Shift+Right '
                        'does nothing (PuTTY): the palette, Move a point to another '
                        'question'),
        ('Esc',
         'while editing a point, action or person: undo the edit (edits are kept '
         'as you type)'),
        ('Esc', 'back to the start screen (saves first; twice with a new point, action or '
                'person half typed)'),
    )),
    (IMPORTING, (
        ('Enter', "in the Briefing file box: preview the file (on the same file, or in the "
                  'Review id box, the preview again under the id typed, the Moves kept); a '
                  'review file (.toml): check it, with the checks validating a review makes'),
        ('→', 'at the end of the Briefing file box, after "did you mean …?": put the file '
              'meant there (Enter then previews it)'),
        ('Tab, Shift+Tab', 'Briefing file, Review id, Title, Partnership, Review type, '
                           'Summary, the blocks not placed, Move it into…, Move, Preview, '
                           'Save, Cancel, the dialog itself (its title then ↑ ↓ PgUp PgDn '
                           'scroll: they scroll it); the list of blocks is six Tabs from '
                           'Briefing file'),
        ('↑ ↓, Enter', 'in the blocks not placed: choose one (marked ▶), then on to Move '
                       'it into…, its choices open'),
        ('Letters, ↑ ↓', 'in the open choices of Move it into…: the section (k Key learning, '
                         'g Good practice, rec Recommendations, l Leave it out…), marked ▶; '
                         'Enter chooses, Esc changes nothing'),
        ('Enter', 'on Move: move the block; the focus goes back to the list, no section '
                  'chosen'),
        ('Ctrl+S', 'save to the library what the boxes say (asks before replacing a review)'),
        ('Esc', 'cancel (asks first once something is moved or typed)'),
    )),
    ('Everywhere', (
        ('F1', 'this help (where the terminal takes F1: the palette, Help)'),
        ('Ctrl+P, F12', 'command palette (new session, export, themes, help, quit, ...); '
                        'F12 where the terminal takes Ctrl+P (VS Code)'),
        ('Ctrl+Q', 'save and quit (q on the start screen says so; where the terminal takes '
                   'Ctrl+Q: the palette, Quit)'),
        ('Tab, Shift+Tab',
         'the next or previous box; on a box out of view (below the fold), the first '
         'Tab brings it into view and keeps the focus there'),
        ('Ctrl+C, Ctrl+V',
         'copy the text selected; paste what was copied in reflect (from another program: '
         "the terminal's paste, often Ctrl+Shift+V, Cmd+V on a Mac, or a right-click)"),
    )),
)
"""Every key, by where it works: (heading, ((keys, what they do), ...)). docs/keys.md lists
the same."""


def keys_grid(keys: tuple[tuple[str, str], ...]) -> Table:
    """Keys in a column of their own, each description wrapped under itself (a hanging
    indent), so no line of it runs back under the keys."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, min_width=13, style="bold")
    grid.add_column(ratio=1)
    for key, what in keys:
        grid.add_row(Text(key), Text(what))
    return grid


class HelpScreen(ReflectModal[None]):
    BINDINGS = [Binding("escape,q", "dismiss", "Close"),
                # F1 closes it too, but the footer shows `esc Close`, as the help's text says.
                Binding("f1", "dismiss", "Close", show=False)]

    def __init__(self, first: str | None = None) -> None:
        super().__init__()
        self.first = first
        """The heading of the keys to give first: a session's, in a session (the start
        screen's came first there: a trial)."""

    def compose(self) -> ComposeResult:
        """The keys of where F1 was pressed, then how a session works, then the other keys:
        at 60x20 the paragraph on how a session works filled the help, and a learning lead on
        the start screen found no word of importing in it (a fresh-eyes trial)."""
        parts = sorted(KEYS, key=lambda part: part[0] != self.first)
        with VerticalScroll(id="help"):
            for n, (heading, keys) in enumerate(parts):
                if n == 1:
                    yield Literal("How a session works", "bold", classes="help-flow")
                    yield Literal(FLOW)
                yield Literal(heading.upper(), "bold", classes="help-heading")
                yield Static(keys_grid(keys), markup=False, classes="help-keys")
            yield Literal("Press Esc to close.", "italic")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
