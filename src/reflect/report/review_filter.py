"""The Review filter of a report, as a learning lead types it: a review's id or its title (case
and spacing do not matter), or a part of one title. The library lists reviews by title, never
by id, so a title typed there must find its review, and a filter that finds nothing must say so
rather than give a report of noughts.

It is the one lookup of a review typed anywhere (`reflect walk REVIEW`, `report --review`,
`remove`, `import --into`, `cpd handout`, the Reports screen): a text that names none carries
the review it was likely meant for (`near`, by its id or title, one slip or two), which every
refusal offers with its title (`missing`, `unknown`). `reflect walk child-zx` said only "no
review 'child-zx' (known: …)" and `report --review` nothing near (a trial)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reflect.commands import command
from reflect.near import nearest_all
from reflect.store.catalogue import Catalogue, ReviewSummary
from reflect.text import review_id


@dataclass(frozen=True)
class ReviewChoice:
    review_id: str | None
    """The id to filter on (None: no filter, or `problem` says why there is none)."""
    problem: str | None = None
    """Why the text names no one review (several match), for the user."""
    in_library: bool = True
    """False when the text is kept as an id the library does not have: a review since removed
    may still have sessions; with none, `unknown` says so."""
    near: str = ""
    """The review likely meant when the text names none (`child-zq (Child ZQ)`), or ""."""
    nearby: tuple[tuple[str, str], ...] = ()
    """The reviews `near` names, each (id, title), for words of another form (plain mode's,
    `walk.spoken.no_review_said`)."""
    matching: tuple[tuple[str, str], ...] = ()
    """The reviews the text matches where it matches several (`problem`), each (id, title),
    for plain mode's words likewise."""

    def meant(self) -> str:
        """"did you mean child-zq (Child ZQ)? ", or "" when no review is near."""
        return f"did you mean {self.near}? " if self.near else ""

    def missing(self, text: str, folder: Path) -> str:
        """Why `text` names no review in the library `folder`, with the one likely meant."""
        return f"no review {text!r} in {folder}: {self.meant()}{command('list reviews')} lists them"

    def unknown(self, text: str) -> str:
        said = f"no review {text!r} in the library and no session on one: "
        if self.near:
            return f"{said}{self.meant()}(`{command('list reviews')}` shows every review's id)"
        return f"{said}type a review's id or its title (`{command('list reviews')}` shows both)"


def review_filter(text: str, catalogue: Catalogue | None) -> ReviewChoice:
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return ReviewChoice(None)
    reviews = catalogue.reviews if catalogue is not None else []
    rules: list[Callable[[ReviewSummary], bool]] = [
        lambda r: r.id.casefold() == wanted,
        lambda r: " ".join(r.title.split()).casefold() == wanted,
        lambda r: wanted in " ".join(r.title.split()).casefold(),
    ]
    themes = _themes(catalogue)
    for n, rule in enumerate(rules):
        if n == 2 and (theme := themes.get(wanted)):  # a whole name before a part of a title
            return ReviewChoice(theme, in_library=False)
        found = [r for r in reviews if rule(r)]
        if len(found) == 1:
            return ReviewChoice(found[0].id)
        if found:
            named = "; ".join(f"{r.title} ({r.id})" for r in found[:4])
            more = f" and {len(found) - 4} more" if len(found) > 4 else ""
            return ReviewChoice(None, f"{text.strip()!r} matches {len(found)} reviews: "
                                      f"{named}{more}. Type the id of the one you mean",
                                matching=tuple((r.id, r.title) for r in found))
    # Kept as the id it is, in any case (`review_id`): a removed review's sessions are found by
    # IVY-24 as by ivy-24 (it said "no review 'IVY-24' … and no session on one": a trial).
    nearby = near_reviews(wanted, [(r.id, r.title) for r in reviews] + [
        (rid, "Theme: " + name.removeprefix("theme: "))
        for name, rid in themes.items() if name.startswith("theme: ")])
    return ReviewChoice(review_id(text) or text.strip(), in_library=False,
                        near=_said(nearby), nearby=nearby)


def _themes(catalogue: Catalogue | None) -> dict[str, str]:
    """A themed session's review by each name it goes by (casefolded) -> its id: its title as
    the notes, the start screen and the report say it (`Theme: domestic abuse`), its theme in
    words (`domestic abuse`) and as tagged (`domestic-abuse`). `reflect report --review
    "Theme: domestic abuse"`, the title the report had just printed, was refused with "did you
    mean theme-domestic-abuse (Theme: domestic abuse)?", and `reflect handout` and `walk` said
    there was no such review (a midwife's trial of a themed session)."""
    from reflect.model.theme_ids import theme_id, theme_label

    names: dict[str, str] = {}
    for theme in catalogue.themes() if catalogue is not None else {}:
        label = " ".join(theme_label(theme).split()).casefold()
        for name in (f"theme: {label}", label, theme.casefold()):
            names.setdefault(name, theme_id(theme))
    return names


NEAR = 0.75
"""How near (difflib's ratio) a typed id or title must be to a review's to offer it: a slip or
two (`child-zx`, `Child ZX` for child-zq), not any id of the same shape (`child-nope`)."""


def _said(reviews: tuple[tuple[str, str], ...]) -> str:
    """Reviews (id, title) as `ReviewChoice.near` says them: `child-zq (Child ZQ)`, several
    `… or …`."""
    return " or ".join(f"{rid} ({title})" for rid, title in reviews)


def near_reviews(wanted: str, reviews: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The reviews `wanted` (tidied) was likely typed for among `reviews` (id, title), by its
    id or its title, each (id, title) (several as near, each; none when none is near). An id
    typed without its ending (`child-q1` for `child-q1-briefing`, the id an import took from
    the file's name) is the one meant before any slip: `report --review
    child-q1` offered child-h, child-i and child-l, never it (a learning lead's trial)."""
    cut = [(rid, title) for rid, title in reviews if rid.casefold().startswith(wanted + "-")]
    if wanted and cut:
        return tuple(cut[:4])
    named = {rid.casefold(): (rid, title) for rid, title in reviews} | {
        " ".join(title.split()).casefold(): (rid, title) for rid, title in reviews}
    found = dict(named[k] for k in nearest_all(wanted, named, NEAR)) if wanted else {}
    return tuple(found.items())


def near_held(choice: ReviewChoice, text: str, folders: list[Path]) -> ReviewChoice:
    """`choice`, for a text that named no review in the library nor any session's, offering the
    review of a saved session likely meant where the library offers none: a removed review's
    sessions are still reported on (`report --review ivy-42` for ivy-24 offered nothing)."""
    from reflect.store.index import list_summaries

    if choice.in_library or choice.near:
        return choice
    held = {s.review_id: s.review_title for folder in folders
            for s in list_summaries(folder).entries if s.review_id}
    wanted = " ".join(text.split()).casefold()
    nearby = near_reviews(wanted, list(held.items()))
    return dataclasses.replace(choice, near=_said(nearby), nearby=nearby)
