"""A briefing's logical lines filed into the review's sections: the parser's state.

`Filing` takes the logical lines (`lines.logical_lines`) one at a time, in order, and keeps
what each is: a heading (`headings.match_heading`, or one the table does not know, which
starts an unplaced block), an item of the section above it (a recommendation by
`recommendations.recommendation`, a point by `parse.point`, a question), a line the user
moved into a section (after the section's own), or a line not placed. `briefing.import_briefing`
feeds it and makes the review of what it holds. Pure: no files, no Textual.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping
from typing import Any

from reflect.importer import headings as H
from reflect.importer import lines as L
from reflect.importer import parse as P
from reflect.importer import recommendations as R
from reflect.importer.introduction import moved_in, stand_in
from reflect.importer.lines import Group
from reflect.importer.numbered import LearningHeading, OpenPoint, learning_heading
from reflect.importer.resources import resources
from reflect.text import listed, one_line


def _lead(line: str, h: H.Heading) -> str | None:
    """The words of a heading that text runs in after ("Find out more" of "Find out more:
    www.example.org/..."), its marks and numbering aside."""
    if h.run_in is None or h.run_in not in line:
        return None
    head = line[:line.rindex(h.run_in)]
    return P.strip_marker(head.replace("**", "").strip(" #*:–—-"))[1] or None


class Filing:
    """Where each logical line of a briefing goes, fed in order (`feed`): a heading, an item
    of the section it is under, a line the user moved into a section, or a line not placed
    (in a block the user may move); then the questions, the introduction and the title's
    lines, settled (the `finish_*` and `own_*` methods). `f` holds the review's lists."""

    def __init__(self, moves: Mapping[int, str], alone: set[int] | None = None,
                 placed_heads: set[int] | None = None, apart: Mapping[int, str] | None = None,
                 edges: Collection[int] = (), tables: tuple[set[int], set[int]] = (set(), set())
                 ) -> None:
        self.moves = moves
        self.table_heads, self.before_tables = tables
        """The numbers of the headings that are a table's header, and of the lines just
        before a table (`lines.before_tables`)."""
        self.edges = edges
        """The numbers of the lines that are a page's header or footer (`page_footer.page_line`):
        left out, and listed (`furniture`)."""
        self.furniture: list[tuple[int, str]] = []
        self.resource_lines: list[tuple[Group, list[dict[str, Any]]]] = []
        """Each logical line filed as resources, with the resources it made (the very
        objects in `f["resources"]`): the preview may leave one out (`set_aside`)."""
        self.apart = apart or {}
        """The partnership's lines, by number: its name alone ("name") or in a running header
        or footer ("page"; see `facts.partnership_line`)."""
        self.alone = alone or set()
        """Numbers of the lines with a blank line (or the start or end) on each side."""
        self.placed_heads = placed_heads or set()
        """Numbers of the lines that read as headings by their place (see
        `lines.stand_alone_headings`)."""
        self.section: str | None = None
        self.f: dict[str, list[Any]] = {k: [] for k in P.LIST_FIELDS}
        self.purpose: str | None = None
        self.rec_note: str | None = None
        self.rec_footer: str | None = None
        self.rec_listed = False  # the recommendations are a list: a paragraph after is not one
        self.rec_lead: tuple[Group, str] | None = None
        """The line leading into the recommendations under it ("The Partnership will:"), which
        opens each of them (`R.lead_in`); `rec_led` counts those it opened so far."""
        self.rec_led = 0
        self.preamble: list[tuple[Group, str]] = []
        # (line number, line, block key): the key is the line the block starts at
        self.unplaced: list[tuple[int, str, int]] = []
        self.headings: list[tuple[int, str]] = []
        self.questions: list[tuple[Group, str, bool]] = []  # (lines, text, always a question)
        # (the questions the user moved are `moved_questions`, asked after these)
        self.block = 0
        self.item_no: int | None = None
        self.last_moved: str | None = None
        """The section the previous logical line was moved into by the user, if it was."""
        self.notes: list[str] = []
        """Warnings about what was done with the lines the user moved."""
        self.moved_at: dict[str, set[int]] = {k: set() for k in P.LIST_FIELDS}
        """Which of each section's items are lines the user moved into it (by their place in
        `f`): they go after the section's own (`own_first`)."""
        self.moved_questions: list[tuple[Group, str, bool]] = []
        self.head: tuple[Group, str, str] | None = None
        """The heading opening a block the user moved (lines, words, section), until the
        line after it says it heads a block (`moved_line`)."""
        self.heads: list[tuple[int, str, str]] = []
        self.point: OpenPoint | None = None
        """The point a numbered learning heading opened ("Learning point 2: Fathers"), until
        the next heading: the lines under it are its text (`numbered`)."""
        """The headings over the blocks the user moved (line number, words, section): in no
        field, said in the notes (`heads_said`)."""

    def put_aside(self, group: Group, key: int | None = None) -> None:
        self.unplaced += [(n, raw, group[0][0] if key is None else key) for n, raw in group]

    def feed(self, group: Group) -> None:  # one logical line
        n = group[0][0]
        if n in self.edges:  # a page's header or footer: in no field, and listed as left out
            self.furniture += group
            return
        s = L.join_text([raw for _, raw in group])
        moved = self.moves.get(n)  # the same for all the group's lines (`by_move`)
        # a block's first line: after lines not moved into the same section, or a `#` heading
        # (under a heading the table does not know, only such a line starts another block:
        # "Working with Dads", the second block moved into one section, was a point)
        first = self.last_moved != moved or (s.startswith("#") and H.looks_like_heading(s))
        self.last_moved = moved
        if self.head is not None and (moved is None or first):
            self.lone_head()
        if moved is not None:
            self.moved_line(group, s, moved, first)
            return
        if self.apart.get(n, "name") == "page" or (n in self.apart and self.section != H.CONTACT):
            self.headings.append((n, "title"))  # the partnership's: neither learning nor lost
            return
        if (numbered := learning_heading(s)) is not None:
            self.numbered(n, numbered)
            return
        number = H.heading_number(s)
        h = H.match_heading(s)
        if h is not None:
            self.heading(n, group[0][1], h)
            if h.run_in is not None and P.has_words(h.run_in):
                self.item(group, h.run_in, False, self.section, lead=_lead(s, h))
            return
        # "Status: …" alone under a recommendation is its update, never a heading (a trial)
        status = self.section == H.RECOMMENDATIONS and R.own_line(s) is not None
        if not status and ((
                H.looks_like_heading(s) and (self.section != H.UNKNOWN or s.startswith("#"))) or (
                number is not None and number != (self.item_no or 0) + 1
                and self.section != H.UNKNOWN and H.numbered_heading_shaped(s)) or (
                len(group) == 1 and self.section not in (None, H.RESOURCES, H.CONTACT, H.UNKNOWN)
                and ((n in self.alone and H.title_shaped(s)) or (
                    n in self.placed_heads and self.section != H.QUESTIONS)))):
            if self.point is not None and len(group) == 1 and self.point.titled(s):
                return  # ("Learning point 1", then "Hearing the child" in bold)
            # a heading the table does not know: its block is set aside, never filed under
            # the section before it (under such a heading, only a `#` heading starts another:
            # a Word table's boxes with unknown headings are one block)
            self.end_lead()
            self.section, self.block, self.item_no = H.UNKNOWN, n, None
            self.put_aside(group)
            return
        bullet, body = P.strip_marker(s)
        self.item_no = number if number is not None else self.item_no
        if P.has_words(body):
            self.item(group, body, bullet, self.section)

    def moved_line(self, group: Group, s: str, moved: str, first: bool) -> None:
        """A line of a block the user moved: it goes where the user put it. A heading reflect
        knows opening the block is a heading (its run-in text goes with the block); another
        heading opening it is the block's heading, in no field, and said (`heads_said`):
        "The story so far" was an introduction's paragraph, "Next steps for you" a line of
        What to do now, "Where we need to get better" the first point's title (a trial); it is
        an item only where nothing follows it in the block (the user moved that line alone).
        A heading further in (a Word table's second box) is text."""
        n = group[0][0]
        h = H.match_heading(s)
        if first and h is not None:
            self.headings.append((n, moved))
            if h.run_in is not None and P.has_words(h.run_in):
                self.item(group, h.run_in, False, moved, forced=True, lead=_lead(s, h))
            return
        bullet, body = P.strip_marker(s.lstrip("#"))
        if not P.has_words(body):
            return
        if first and len(group) == 1 and (moved != H.QUESTIONS or not s.endswith("?")) and (
                L.is_heading(s) or H.numbered_heading_shaped(s) or n in self.placed_heads
                or (n in self.alone and H.title_shaped(s))):
            self.head = (group, body, moved)  # its block's heading, once a line follows it
            return
        if self.head is not None:
            (head, words, section), self.head = self.head, None
            self.headings.append((head[0][0], section))
            self.heads.append((head[0][0], P.clean(words), section))
        self.item(group, body, bullet, moved, forced=True)

    def lone_head(self) -> None:
        """The heading opening a moved block with nothing after it: the line the user moved,
        an item of its own."""
        if self.head is not None:
            (group, body, moved), self.head = self.head, None
            self.item(group, body, False, moved, forced=True)

    def heads_said(self) -> list[str]:
        """The note naming the headings over the blocks the user moved, taken as their
        headings and written nowhere (`moved_line`); [] when there are none."""
        if not self.heads:
            return []
        said = [(n, f"“{one_line(words, 60)}”", P.PARTS.get(section, section))
                for n, words, section in self.heads]
        if len(said) == 1:
            [(n, words, into)] = said
            return [f"line {n} ({words}) heads the block you moved into {into}: taken as the "
                    "block's heading, it is not written into the review"]
        return ["the headings over the blocks you moved are taken as their headings, not "
                "written into the review: " + listed([f"line {n} ({words}, into {into})"
                                                      for n, words, into in said])]

    def heading(self, n: int, raw: str, h: H.Heading) -> None:
        if n in self.table_heads and h.section == self.section == H.RECOMMENDATIONS:
            self.headings.append((n, h.section))  # a table's header: the section goes on
            return
        self.end_lead()
        section = h.section
        if section == H.INTRODUCTION and len(self.f["introduction"]) > len(
                self.moved_at["introduction"]):
            section = H.CONTEXT
        self.section, self.item_no = section, None
        self.headings.append((n, section))
        if section == H.RECOMMENDATIONS and h.note:
            if self.rec_note is None:
                self.rec_note = P.clean(h.note)
            elif P.clean(h.note) != self.rec_note:
                self.put_aside([(n, raw)])

    def add_contact(self, text: str) -> None:
        if text not in self.f["contact"]:
            self.f["contact"].append(text)

    def item(self, group: Group, body: str, bullet: bool, sec: str | None,
             forced: bool = False, lead: str | None = None) -> None:
        """`body` filed as an item of section `sec`; `lead`: the heading it ran in after
        ("Find out more: www...."), the title of a resource that is an address alone."""
        text = P.clean(body)
        if not forced:  # boilerplate, wherever it appears
            if self.purpose is None and P._PURPOSE.match(text):
                self.purpose = text
                return
            if text == self.purpose:
                return
            if P._PLEASE_NOTE.match(text):
                self.f["notes"].append(text)
                return
            if (re.search(r"\breferral\b", text, re.IGNORECASE) and P._PHONE.search(text)) or (
                    re.search(r"\be-?mail\b", text, re.IGNORECASE) and P._EMAIL.search(text)):
                self.add_contact(text)
                return
        size = len(self.f[sec]) if forced and sec in self.f else None
        if sec is None:
            self.preamble.append((group, text))
        elif sec == H.UNKNOWN:
            self.put_aside(group, self.block)
        elif sec in (H.INTRODUCTION, H.CONTEXT):
            self.f[sec].append(text)
        elif sec == H.CONTACT:
            self.add_contact(text)
        elif sec == H.RESOURCES or (not forced and not bullet and P.has_link(body)):
            made = resources(body, lead)
            self.f["resources"] += made
            self.resource_lines.append((group, made))
        elif sec == H.RECOMMENDATIONS:
            recs, own = self.f["recommendations"], R.own_line(text)  # ("update", "Done")
            if own and recs and not recs[-1].get(own[0]):  # its own line: the one above's
                recs[-1][own[0]] = own[1]  # (it was a recommendation titled "Status": a trial)
            elif own and not recs and not forced:  # whose? (it was the summary too: a trial)
                self.put_aside(group)
                self.notes.append(f"line {group[0][0]}, {text!r}, is {R.SAID[own[0]]} with no "
                                  "recommendation above it: not placed")
            elif not bullet and recs and self.rec_footer is None and P._FOOTER.match(text) \
                    and not forced:
                self.rec_footer = text
            elif not bullet and not forced and (R.lead_in(text) or (  # "The Partnership will:"
                    group[-1][0] in self.before_tables and R.sentence_lead_in(text))):
                self.end_lead()
                self.rec_lead = (group, text)
            elif not bullet and self.rec_listed and not forced:  # a paragraph after the list
                self.put_aside(group)
            else:
                self.rec_listed = self.rec_listed or bullet
                rec = R.recommendation(body)
                if self.rec_lead is not None and not forced:  # (it was one of them: a trial)
                    rec["text"] = f"{self.rec_lead[1]} {rec['text']}"
                    self.rec_led += 1
                self.f["recommendations"].append(rec)
        elif sec == H.LEARNING and self.point is not None and not forced:
            self.f[H.LEARNING] += self.point.add(body, bullet)
        elif sec in (H.LEARNING, H.GOOD_PRACTICE, H.DEVELOPMENT):
            made = P.points(body)
            self.f[sec] += made
            if len(made) > 1:  # (set in one bullet)
                run_in = listed([f"“{m['title']}”" for m in made[1:]])
                self.notes.append(f"line {group[0][0]}: {run_in}, run into the item before, "
                                  "made an item of its own")
        elif sec == H.QUESTIONS:
            (self.moved_questions if forced else self.questions).append(
                (group, text, forced or bullet))
        else:  # what_to_do_now
            self.f[sec].append(text)
        if size is not None and sec is not None:  # (forced: moved by the user)
            self.moved_at[sec].update(range(size, len(self.f[sec])))

    def numbered(self, n: int, h: LearningHeading) -> None:
        """A numbered learning heading ("Learning point 2: Fathers"): it opens a point of key
        learning, the lines under it to the next heading its text (`numbered.OpenPoint`)."""
        self.end_lead()
        self.section, self.item_no = H.LEARNING, None
        self.headings.append((n, H.LEARNING))
        self.point = OpenPoint(h.title)
        if h.run_in is not None and P.has_words(h.run_in):
            self.f[H.LEARNING] += self.point.add(h.run_in, False)

    def end_lead(self) -> None:
        """The lead-in line over the recommendations ends (at a heading, another lead-in or
        the briefing's end): one that opened none is not placed, and one that did is said.
        A point a numbered learning heading opened ends there too (`OpenPoint.end`)."""
        if self.point is not None:
            self.f[H.LEARNING] += self.point.end()
            self.point = None
        if self.rec_lead is None:
            return
        (group, text), led = self.rec_lead, self.rec_led
        self.rec_lead, self.rec_led = None, 0
        if not led:
            self.put_aside(group)
            return
        self.notes.append(f"line {group[0][0]}, {text!r}, leads into the "
                          f"{'recommendation' if led == 1 else f'{led} recommendations'} "
                          f"under it: {'that one' if led == 1 else 'each of them'} now starts "
                          "with it")

    def own_first(self) -> None:
        """Each section's own items, then those the user moved into it: a block moved into a
        section is added after what the briefing has there (a line from above the
        introduction moved into it became its first paragraph, a trial)."""
        for key, moved in self.moved_at.items():
            items = self.f[key]
            self.f[key] = ([x for i, x in enumerate(items) if i not in moved]
                           + [x for i, x in enumerate(items) if i in moved])
            self.moved_at[key] = set(range(len(items) - len(moved), len(items)))

    def finish_questions(self) -> None:
        """The questions asked, and apart the lead-ins (`parse.asked`)."""
        lines = P.asked(self.questions + self.moved_questions)
        self.f["questions"] += [text for _, text, ask in lines if ask]
        for group in [group for group, _, ask in lines if not ask]:
            self.put_aside(group)

    def finish_introduction(self, first_line: str,
                            names_review: Callable[[str], bool]) -> list[str]:
        """The introduction: an "Introduction" heading's, else what came before the first
        heading (less the lines that name the review and its partnership, which are its
        title), with the lines the user moved into it after; else those lines alone, else a
        stand-in (`introduction.stand_in`). Returns warnings."""
        titles = [(group, text) for group, text in self.preamble if names_review(text)]
        for group, _ in titles:
            self.headings += [(n, "title") for n, _ in group]
        preamble = [(group, text) for group, text in self.preamble
                    if (group, text) not in titles]
        intro = self.f["introduction"]
        moved = [text for i, text in enumerate(intro) if i in self.moved_at["introduction"]]
        if len(intro) > len(moved):
            for group, _ in preamble:
                self.put_aside(group, preamble[0][0][0][0])
            return []
        if preamble:  # the briefing's own, kept before the lines moved into it
            self.f["introduction"] = [text for _, text in preamble] + moved
            self.moved_at["introduction"] = set(range(len(preamble),
                                                      len(self.f["introduction"])))
            return []
        unplaced = [raw for _, raw, _ in sorted(self.unplaced)]
        if moved:  # what stood in before the Move, as the notes said it then: the briefing's
            own = {key: [x for i, x in enumerate(items) if i not in self.moved_at[key]]  # own
                   for key, items in self.f.items()}
            return [moved_in(own, unplaced, first_line)]
        self.f["introduction"], self.f["context"], done = stand_in(self.f, unplaced, first_line)
        return [done]

    def summary_source(self) -> tuple[list[str], list[str]]:
        """The introduction's paragraphs the review's summary is taken from
        (`summary.summary_of`): the briefing's own, and the lines the user moved into it."""
        intro, moved = self.f["introduction"], self.moved_at["introduction"]
        return ([str(p) for i, p in enumerate(intro) if i not in moved],
                [str(p) for i, p in enumerate(intro) if i in moved])

    def placed_as_title(self, names_review: Callable[[str], bool]) -> None:
        """Opened with a heading the table does not know ("## Child QX: 7-minute briefing", a
        web page's <h1>), the title and partnership lines were set aside with it and listed as
        "not placed", though they fill `title` and `partnership`: they are the title's."""
        first = min((n for n, kind in self.headings if kind != "title"), default=math.inf)
        named = {n for n, raw, _ in self.unplaced if n < first and names_review(raw)}
        self.headings += [(n, "title") for n in sorted(named)]
        self.unplaced = [entry for entry in self.unplaced if entry[0] not in named]
