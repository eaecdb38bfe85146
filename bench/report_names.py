"""How well the partnership's report keeps names typed in free text out: the names caught, and
the other words redacted, over tests/data/report_free_names.txt (invented titles, actions, due
words and progress notes, each name in braces).

    python bench/report_names.py          # a line per part of the file, and the misses

A name is caught when every word of it is redacted; a word outside braces that is redacted is
a word lost (a place, a team, a service). Every name and word in the file is invented.
"""

from __future__ import annotations

import difflib
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "report_free_names.txt"

REVIEW = '''\
id = "child-zz"
title = "Child ZZ"
partnership = "Invented Shire Safeguarding Partnership"
review_type = "Practice exercise"
summary = "An invented case."
themes = ["information-sharing"]
introduction = ["Child ZZ is an invented child in an invented town."]
context = ["An invented context point."]

[[good_practice]]
text = "Agencies shared information quickly."

[[development]]
text = "Meetings were late."

[[recommendations]]
title = "Invented recommendation"
text = "Hold strategy meetings sooner."

[[questions]]
id = "zz-first"
text = "What would you do first?"
'''

_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*\.?")


@dataclass(frozen=True)
class Text:
    kind: str
    """title, action, due, progress or owner (the Owner box: on an individual reflection, its
    *Who else is involved*)"""
    typed: str
    """As typed, braces taken out."""
    names: tuple[tuple[int, int], ...]
    """Where each name is in `typed`."""
    part: str


def corpus(path: Path = CORPUS) -> list[Text]:
    texts, part = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            part = line[3:].strip()
        if not line.strip() or line.startswith("#"):
            continue
        kind, marked = line.split(": ", 1)
        typed, names, at = "", [], 0
        for m in re.finditer(r"\{([^}]*)\}", marked):
            typed += marked[at:m.start()]
            names.append((len(typed), len(typed) + len(m.group(1))))
            typed += m.group(1)
            at = m.end()
        typed += marked[at:]
        texts.append(Text(kind, typed, tuple(names), part))
    return texts


def reported(texts: list[Text]) -> list[str]:
    """Each text as the report keeps it (`report.facts.facts_of`), in one invented session."""
    from reflect.model.session import Action, Participant, Session
    from reflect.report.facts import facts_of
    from reflect.store.library import load_library

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "child-zz.toml").write_text(REVIEW, encoding="utf-8")
        review = load_library(Path(folder)).reviews[0]
    out = []
    for t in texts:
        fields: dict[str, str] = {"text": "Invented action"}
        if t.kind in ("action", "due", "progress", "owner"):
            fields[{"action": "text"}.get(t.kind, t.kind)] = t.typed
        s = Session.start(review, "20260301-child-zz-0000cafe", team="Moorvale Early Help",
                          created=datetime(2026, 3, 1, 10, tzinfo=UTC),
                          facilitator="Team lead",
                          title=t.typed if t.kind == "title" else "Invented title",
                          participants=[
                              Participant(name="Sam Sample", role="Social worker",
                                          agency="Invented Council"),
                              Participant(name="Alex Example", role="Health visitor",
                                          agency="Invented Health Trust")],
                          actions=[Action(recommendation="Invented recommendation", **fields)])
        f = facts_of(s)
        a = f.actions[0]
        owner = a.owner.words or ", ".join(x for x in (a.owner.role, a.owner.agency) if x)
        out.append({"title": f.title, "action": a.text, "due": a.due,
                    "progress": a.progress, "owner": owner}[t.kind])
    return out


def redacted_words(typed: str, kept: str) -> list[tuple[int, int]]:
    """The words of `typed` that `kept` no longer holds (the report's "[redacted]")."""
    before = list(_TOKEN.finditer(typed))
    after = [m.group() for m in _TOKEN.finditer(kept)]
    lost = []
    matcher = difflib.SequenceMatcher(None, [m.group() for m in before], after, autojunk=False)
    for op, i1, i2, _, _ in matcher.get_opcodes():
        if op in ("replace", "delete"):
            lost += [before[i].span() for i in range(i1, i2)]
    return lost


@dataclass
class Score:
    texts: int = 0
    names: int = 0
    caught: int = 0
    words: int = 0
    """Words outside names."""
    lost: int = 0
    """Of them, redacted."""
    misses: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)


def score(texts: list[Text], kept: list[str]) -> dict[str, Score]:
    parts: dict[str, Score] = {}
    for t, k in zip(texts, kept, strict=True):
        sc = parts.setdefault(t.part, Score())
        sc.texts += 1
        lost = redacted_words(t.typed, k)
        words = [m.span() for m in _TOKEN.finditer(t.typed)]
        for start, end in t.names:
            inside = [w for w in words if start <= w[0] < end]
            sc.names += 1
            if inside and all(w in lost for w in inside):
                sc.caught += 1
            else:
                sc.misses.append(f"{t.kind}: {t.typed}  ->  {k}")
        outside = [w for w in words if not any(s <= w[0] < e for s, e in t.names)]
        sc.words += len(outside)
        gone = [w for w in outside if w in lost]
        sc.lost += len(gone)
        if gone:
            sc.losses.append(f"{t.kind}: {t.typed}  ->  {k}")
    return parts


def main(argv: list[str]) -> int:
    texts = corpus()
    parts = score(texts, reported(texts))
    for name, sc in parts.items():
        print(f"{name}: {sc.texts} texts; names caught {sc.caught} of {sc.names}; "
              f"other words redacted {sc.lost} of {sc.words} "
              f"(in {len(sc.losses)} texts)")
    if "-v" in argv:
        for name, sc in parts.items():
            for line in sc.misses:
                print(f"  {name} missed   {line}")
            for line in sc.losses:
                print(f"  {name} over     {line}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main(sys.argv[1:]))
