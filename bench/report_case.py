"""The report benchmark: `reflect report` over many realistic sessions, as a user runs it.

Sessions are invented but shaped like real ones: several participants with roles and agencies
(some by role only, some not attending), points on most questions (attributed or not), a summary,
actions with owners, due dates written many ways, statuses and links to the review's
recommendations, time spent per step, and team names written as people write them
("Riverside MASH", "riverside mash.", " Riverside  MASH "). Every name and word is invented.

    python bench/report_case.py DIR 200      # just make 200 sessions (and a library) in DIR
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.model.session import Session

REVIEWS = 8
QUESTIONS = 6
RECOMMENDATIONS = 4

TEAMS = ["Riverside MASH", "Northgate Early Help", "Invented Vale Family Hub",
         "Hillcrest Children's Team", "Eastbrook CAMHS", "Westmoor Health Visiting",
         "Invented Shire Youth Justice", "Lowfield School Nursing", "Brackenbury Edge of Care",
         "Oakmere Leaving Care", "Fernhill Fostering", "Invented Harbour Police PVP"]
AGENCIES = ["Children's Social Care", "CSC", "Health Visiting", "HV", "General Practice", "GP",
            "Invented Shire Police", "Invented Academy Trust", "Early Help", "CAMHS",
            "Invented Hospital Trust", "Probation", "Invented Housing Association"]
ROLES = ["Social worker", "Team manager", "Health visitor", "School nurse", "GP",
         "Designated safeguarding lead", "Police officer", "Early help practitioner",
         "Family support worker", "Midwife", "Youth worker", "Independent reviewing officer"]
FIRST = ["Zebedee", "Marigold", "Orrin", "Thaddeus", "Perpetua", "Cosmo", "Ottoline",
         "Barnaby", "Clementine", "Ignatius", "Philippa", "Rufus", "Wilhelmina", "Jasper"]
LAST = ["Quillfeather", "Fenwhistle", "Blackbriar", "Pemberfold", "Nightingale", "Tindlewick",
        "Applethwaite", "Crumblehorn", "Dewberry", "Fiddlesworth", "Gorsemoor", "Hollowmere"]
WORDS = ("invented practice information sharing escalation threshold strategy discussion "
         "supervision chronology voice of the child professional curiosity home visit "
         "neglect safety planning referral assessment multi-agency meeting review").split()


def _messy(team: str, rnd: random.Random) -> str:
    """A team name as someone might type it."""
    pick = rnd.random()
    if pick < 0.6:
        return team
    if pick < 0.75:
        return team.lower() + "."
    if pick < 0.9:
        return " " + team.replace(" ", "  ", 1) + " "
    return team.upper()


def _sentence(rnd: random.Random, lo: int = 6, hi: int = 18) -> str:
    words = [rnd.choice(WORDS) for _ in range(rnd.randint(lo, hi))]
    return (" ".join(words)).capitalize() + "."


def review_toml(i: int) -> str:
    recs = "\n".join(f'[[recommendations]]\ntitle = "Invented recommendation {i}.{r + 1}"\n'
                     f'text = "Invented agencies should do invented thing {r + 1}."\n'
                     for r in range(RECOMMENDATIONS))
    questions = "\n".join(f'[[questions]]\nid = "b{i}-q{q}"\n'
                          f'text = "Invented question {q + 1} about child B{i}?"\n'
                          for q in range(QUESTIONS))
    return (f'id = "child-b{i}"\ntitle = "Child B{i}"\n'
            'partnership = "Invented Shire Safeguarding Partnership"\n'
            'review_type = "Practice exercise"\nsummary = "An invented case for benchmarks."\n'
            'themes = ["information-sharing"]\nintroduction = ["An invented child."]\n'
            'context = ["An invented context."]\n\n[[good_practice]]\ntext = "Invented."\n\n'
            '[[development]]\ntext = "Invented."\n\n' + recs + "\n" + questions)


def make_library(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(REVIEWS):
        (folder / f"child-b{i}.toml").write_text(review_toml(i), encoding="utf-8")
    return folder


def _due(rnd: random.Random, when: datetime) -> str:
    day = (when + timedelta(days=rnd.randint(7, 200))).date()
    style = rnd.randrange(6)
    return [day.isoformat(), f"{day:%d/%m/%Y}", f"{day.day} {day:%B %Y}", f"{day:%B %Y}",
            "next team meeting", ""][style]


def make_sessions(folder: Path, library: Path, count: int, seed: int = 7) -> Path:
    """`count` realistic invented sessions on the reviews in `library`."""
    from reflect.store.library import load_library
    from reflect.store.sessions import dumps

    folder.mkdir(parents=True, exist_ok=True)
    reviews = load_library(library).reviews
    rnd = random.Random(seed)
    start = datetime(2025, 1, 6, 9, 30, tzinfo=UTC)
    for n in range(count):
        review = rnd.choice(reviews)
        when = start + timedelta(minutes=n * 53 + rnd.randint(0, 40))
        s = realistic_session(review, f"{when:%Y%m%d}-{review.id}-{n:08x}", when, rnd,
                              individual=rnd.random() < 0.1)
        (folder / f"{s.id}.toml").write_bytes(dumps(s))
    return folder


def realistic_session(review: Review, session_id: str, when: datetime, rnd: random.Random,
                      individual: bool = False) -> Session:
    """A session shaped like a real meeting's on `review`: several participants with roles
    and agencies (a few not here), points on most questions (most said by someone), a
    summary, agreed actions with owners, due words and statuses (none for a reflection)."""
    from reflect.model.session import Action, Participant, Point, Session, Timing

    people = []
    for _ in range(0 if individual else rnd.randint(3, 9)):
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" if rnd.random() < 0.7 else ""
        people.append(Participant(name=name, role=rnd.choice(ROLES),
                                  agency=rnd.choice(AGENCIES) if rnd.random() < 0.9 else "",
                                  attended=rnd.random() < 0.85))
    team = _messy(rnd.choice(TEAMS), rnd)
    s = Session.start(review, session_id, mode="individual" if individual else "team",
                      team=team, title=f"{review.title} with {team.strip()}", created=when,
                      updated=when + timedelta(hours=1),
                      facilitator=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                      participants=people, timing=Timing(minutes=45))
    for a in s.answers:
        if rnd.random() < 0.8:
            a.points = [Point(text=_sentence(rnd),
                              by=rnd.choice(s.participants).id
                              if s.participants and rnd.random() < 0.6 else "")
                        for _ in range(rnd.randint(1, 5))]
            a.text = _sentence(rnd, 20, 60)
    recs = [r.title or r.text for r in review.recommendations]
    owners = [p.name for p in s.participants if p.name] or [""]
    for _ in range(0 if individual else rnd.randint(1, 5)):
        text = _sentence(rnd, 5, 12)
        if rnd.random() < 0.2 and owners[0]:
            text = f"{rnd.choice(owners)} to {text.lower()}"  # a name typed in an action
        s.add_action(Action(text=text, owner=rnd.choice(owners), due=_due(rnd, when),
                            status=rnd.choice(["open", "in progress", "done", "done"]),
                            recommendation=rnd.choice(recs) if rnd.random() < 0.6 else ""))
    s.timing.spent = {"intro": rnd.randint(60, 400), "people": rnd.randint(30, 200)}
    return s


# --- the case (called from bench/run.py) -----------------------------------------------------

REPORT_CHILD = r"""
import sys
from reflect.cli import main
sys.exit(main(["report", "--sessions-dir", sys.argv[1], "--content-dir", sys.argv[2],
               "--format", "html", "-o", sys.argv[3], "--force"]))
"""

TOMLLIB_CHILD = r"""
import sys, tomllib
from pathlib import Path
for p in sorted(Path(sys.argv[1]).glob("*.toml")):
    with p.open("rb") as f:
        tomllib.load(f)
"""


def _child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak memory (MiB) of a fresh Python."""
    import os
    import subprocess
    import time

    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if status != 0:
        raise RuntimeError(f"benchmark child failed: {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_case(base: Path, sessions: int, runs: int, env: Callable[[], dict[str, str]],
             row: Callable[..., None]) -> None:
    """`reflect report` (a fresh process, as a user runs it) with no cache, then with nothing
    changed, against the floor: a fresh process parsing every session file with tomllib.

    Each run measures the floor, a cold report (an empty cache of its own) and a report with
    nothing changed one after the other, so a busy machine weighs on all three alike; the
    medians are kept. CPU time is noted too: on a shared machine it varies far less."""
    import statistics

    library = make_library(base / "report-library")
    folder = make_sessions(base / "report-sessions", library, sessions)
    out = str(base / "report.html")
    report_args = [str(folder), str(library), out]
    floor, cold, warm = [], [], []
    for i in range(runs):
        child_env = env() | {"REFLECT_CACHE_DIR": str(base / f"report-cache-{i}"),
                             "REFLECT_SETTINGS": str(base / "report-settings.toml")}
        floor.append(_child(TOMLLIB_CHILD, [str(folder)], child_env))
        cold.append(_child(REPORT_CHILD, report_args, child_env))
        warm.append(_child(REPORT_CHILD, report_args, child_env))

    def median(results: list[tuple[float, float, float]], i: int) -> float:
        return statistics.median(r[i] for r in results)

    f_wall, f_cpu = median(floor, 0), median(floor, 1)
    for label, results, target in (("cold (no cache)", cold, "<= 1.2x"),
                                   ("nothing changed", warm, "<= 0.15x")):
        cpu = median(results, 1)
        row(f"report over {sessions} sessions, {label}", median(results, 0), f_wall,
            max(r[2] for r in results), target,
            f"reflect report in a fresh process vs tomllib parsing every file; CPU time "
            f"{cpu:.2f} s vs {f_cpu:.2f} s = {cpu / f_cpu:.2f}x")


if __name__ == "__main__":
    if len(sys.argv) != 3 or not sys.argv[2].isdigit() or sys.argv[1].startswith("-"):
        raise SystemExit("usage: python bench/report_case.py DIR COUNT  (DIR: a new folder, "
                         "COUNT: how many sessions to make in it)")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    target = Path(sys.argv[1])
    lib = make_library(target / "library")
    make_sessions(target / "sessions", lib, int(sys.argv[2]))
    print(f"library: {lib}\nsessions: {target / 'sessions'}")
