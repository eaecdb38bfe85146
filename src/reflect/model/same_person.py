"""Whether a person typed is someone listed already: a name typed twice in the new-session
form's box, a name typed there that is one of last time's participants offered above it, or
a person added on *Who is here* who is on its list. One person listed twice was counted twice
in reports, made `@sam` name two people and was printed twice in the notes (a trial: Sam
Sample ticked among last time's participants and typed in the box too)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from reflect.model.roles import name_key
from reflect.model.session import Participant

ANOTHER, SAME = "Another person", "Same person"
"""The answers to "another person called …, or the same person?", as the app's dialog's
buttons and plain mode's question say them."""
KEYS = ("a", "s")
"""Their letters: `a` another, `s` the same, in the app's dialog and plain mode alike. With y
and n, y ("Add another") was pressed meaning "yes, the same person", and the person was
listed, and counted, twice (a trial)."""


def another_or_same(typed: str) -> bool | None:
    """A typed answer to that question: True another person (`a`, or the words), False the
    same (`s`, or the words; Enter, as the question says), None anything else (`y` and `n`
    too: neither is read as one or the other)."""
    words = " ".join(typed.split()).casefold().rstrip(".")
    if words in (KEYS[0], "another", ANOTHER.casefold(), "add another"):
        return True
    if words in ("", KEYS[1], "same", SAME.casefold(), "the same", "the same person"):
        return False
    return None


def _agrees(typed: Participant, listed: Participant) -> bool:
    """No role or agency typed differs from the listed person's (one left out is no
    difference)."""
    return all(not a or not b or name_key(a) == name_key(b)
               for a, b in ((typed.role, listed.role), (typed.agency, listed.agency)))


def listed_as(typed: Participant, people: Sequence[Participant],
              skip: Collection[int] = ()) -> int | None:
    """The index in `people` of the person `typed` names: the same name, the first whose role
    and agency do not differ from those typed, else the first of that name. Someone with no
    name is the same only as someone described alike ("Teacher, Invented School"). None:
    nobody (`skip`: indexes already taken)."""
    key = name_key(typed.name)
    if not key:
        words = name_key(typed.describe())
        return next((n for n, p in enumerate(people) if n not in skip and not p.name
                     and name_key(p.describe()) == words), None)
    same = [n for n, p in enumerate(people) if n not in skip and name_key(p.name) == key]
    agreeing = [n for n in same if _agrees(typed, people[n])]
    return next(iter(agreeing or same), None)


def named(person: Participant) -> str:
    """Whom a person's details name, for "was this renamed?": their name, or without one, what
    describes them."""
    return name_key(person.name) or name_key(person.describe())


def as_named(typed: Participant, people: Sequence[Participant]) -> Participant:
    """`typed`, its words read as a role taken as its name when they are the name of someone
    in `people` (case and punctuation aside): a line of plain mode's typed in lower case
    ("pat example") is read as a role (model/roles.py), and was not found to be Pat
    Example, listed already."""
    key = name_key(typed.role)
    if typed.name or not key or not any(name_key(p.name) == key for p in people if p.name):
        return typed
    return typed.model_copy(update={"name": typed.role, "role": ""})


def joined(typed: Participant, listed: Participant) -> Participant:
    """`listed`, here, with the role and agency typed where they were typed (the fuller
    details kept: "Sam Sample" typed is last time's Sam Sample, social worker)."""
    return listed.model_copy(update={"role": typed.role or listed.role,
                                     "agency": typed.agency or listed.agency,
                                     "attended": True, "left_early": None})


def repeated(people: Sequence[Participant]) -> dict[int, int]:
    """Each line (numbered from 1) naming the same person as an earlier one, to that line
    (`listed_as` among the lines before it, as *Who is here* finds a person added on its
    list): a name typed or pasted twice (a trial), said under the box and asked about as the
    session starts. Lines with no name may be two people alike."""
    same = {}
    for n, person in enumerate(people, 1):
        earlier = listed_as(person, people[:n - 1]) if name_key(person.name) else None
        if earlier is not None:
            same[n] = earlier + 1
    return same


def names_alike(a: str, b: str) -> bool:
    """Whether two names that are not the same (`name_key`) may be one person's, for "the same
    person?" (said, never acted on): a correction of one another (`correction.corrected`: a
    letter or two mistyped, "Sam Sampel" for "Sam Sample", or said shorter or fuller, "Sam"
    and "Sam Sample"), or word for word the same but one word: a slip in it after its first
    letter (`teams.one_slip`, the team names' rule: "Jo Smyth" and "Jo Smith"), or the
    first name said shorter ("Jo Smith" and "Joanne Smith"). Both were said of neither: a
    trial typed "Jo Smith" where the team's last meeting listed "Jo Smyth" and "Joanne
    Smith"."""
    from reflect.model.correction import corrected
    from reflect.model.teams import one_slip

    x, y = name_key(a).split(), name_key(b).split()
    if not x or not y or x == y:
        return False
    if corrected(a, b):
        return True
    if len(x) != len(y) or len(x) < 2:
        return False
    apart = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(apart) != 1:
        return False
    (p, q), first = apart[0], x[0] != y[0]
    short, long = sorted((p, q), key=len)
    return one_slip(p, q) or (first and len(short) >= 2 and long.startswith(short))


def looks_like(typed: Participant, people: Sequence[Participant],
               skip: Collection[int] = ()) -> list[int]:
    """The indexes in `people` (but `skip`) of those whose name is not `typed`'s but looks
    like it (`names_alike`), no role or agency typed differing (`_agrees`); none for a line
    with no name. The one rule for "the same person?" said of a name near one listed: the
    new-session form's lines (`alike`, `like_last_time`) and plain mode's *Who is here*
    (walk/people.py)."""
    if not name_key(typed.name):
        return []
    return [n for n, p in enumerate(people) if n not in skip
            and names_alike(p.name, typed.name) and _agrees(typed, p)]


def alike(people: Sequence[Participant]) -> dict[int, int]:
    """Each line (numbered from 1) whose name is not an earlier line's (`repeated`) but looks
    like one (`looks_like`), to the first such line. Said under the new-session form's box,
    nothing changed (two people's names may be near): "Sam Sample" and "Sam Sampel", one
    agency, were found only on *Who is here* (a trial)."""
    same = repeated(people)
    found: dict[int, int] = {}
    for n, person in enumerate(people, 1):
        if n in same:
            continue
        earlier = looks_like(person, people[:n - 1], skip={m - 1 for m in same})
        if earlier:
            found[n] = earlier[0] + 1
    return found


def like_last_time(typed: Sequence[Participant],
                   last: Sequence[Participant]) -> dict[int, list[int]]:
    """Each line typed (numbered from 1) that is none of last time's participants
    (`last_time_lines`) nor an earlier line again (`repeated`), but looks like some of last
    time's not named by a line (`looks_like`), to their indexes in `last`: said under the
    box, as `alike` is, nothing changed. "Jo Smith" typed where last time listed "Jo Smyth"
    and "Joanne Smith" was said nothing of, and listed beside them (a trial)."""
    named, same = last_time_lines(typed, last), repeated(typed)
    found: dict[int, list[int]] = {}
    for n, person in enumerate(typed, 1):
        if n not in named and n not in same:
            if like := looks_like(person, last, skip=named.values()):
                found[n] = like
    return found


def first_of(line: int, same: Mapping[int, int]) -> int:
    """The line `line` is kept as: itself, or, answered the same person as an earlier line
    (`same`: line to line), the line that one is kept as."""
    while line in same:
        line = same[line]
    return line


def kept_lines(people: Sequence[Participant], same: Mapping[int, int]) -> dict[int, Participant]:
    """The lines typed (by number, from 1), each answered the same person as an earlier one
    (`same`) taken into it: one person, the earlier line's name, role and agency kept, and a
    role or agency it lacks taken from the later (Kim Example typed twice was listed, ticked
    and counted as two attendees: a trial)."""
    lines = dict(enumerate(people, 1))
    for n in sorted(same):
        into = first_of(same[n], same)
        first, later = lines[into], lines.pop(n)
        lines[into] = first.model_copy(update={"role": first.role or later.role,
                                               "agency": first.agency or later.agency})
    return lines


def last_time_lines(typed: Sequence[Participant], last: Sequence[Participant]) -> dict[int, int]:
    """Each line typed (numbered from 1) that is one of last time's participants, to that
    person's index in `last` (each taken by one line at most, the first)."""
    found: dict[int, int] = {}
    for n, person in enumerate(typed, 1):
        index = listed_as(person, last, skip=found.values())
        if index is not None:
            found[n] = index
    return found


def with_last_time(typed: Sequence[Participant], last: Sequence[Participant],
                   here: Collection[int]) -> list[Participant]:
    """A new session's participants: last time's first, in their order, here if ticked
    (`here`: their indexes) or typed (each typed joined with them, `joined`: one person, with
    last time's role and agency unless others were typed); then those typed who are new, in
    the order typed, as Who is here adds a newcomer after those listed. A newcomer typed on
    the form was listed before last time's people, in the app and the notes (a trial)."""
    lines = last_time_lines(typed, last)
    typed_as = {index: typed[n - 1] for n, index in lines.items()}
    people = [(joined(typed_as[n], person) if typed_as[n].name else typed_as[n])
              if n in typed_as else person.model_copy(update={"attended": n in here,
                                                                  "left_early": None})
              for n, person in enumerate(last)]
    return people + [person for n, person in enumerate(typed, 1) if n not in lines]


def maybe_same(name: str, people: Sequence[Participant]) -> list[int]:
    """The indexes in `people` of those whose name may be `name` said shorter or fuller: not
    the same name (`name_key`), but one's words begin the other's ("Priya" and "Priya
    Example"). Asked about, never taken as the same: a name given in the room was "Priya"
    while Who is here listed "Priya Example", and nothing asked (a trial)."""
    words = name_key(name).split()
    found = []
    for n, person in enumerate(people):
        theirs = name_key(person.name).split()
        if not words or not theirs or theirs == words:
            continue
        short, full = sorted((words, theirs), key=len)
        if full[:len(short)] == short:
            found.append(n)
    return found

