"""Summing gathered sessions into a report: the numbers a partnership needs as evidence that
learning reached practice.

A report never names anyone: it is built from `SessionFacts` (report/facts.py), which hold no
names; attendance is counted by role and by agency, and an overdue action's owner is said by
role and agency, or by words naming no one (report/owners.py). Teams are
grouped by `team_key` (model/teams.py, as carry-over compares them) and shown as most often
written; agencies likewise, after abbreviations are read as the names they stand for
("CSC" is "Children's Social Care"). Actions are listed under each recommendation in the
review's own order, with every recommendation shown, answered or not; an individual
reflection's actions ("What I will do") are its writer's own, counted and listed apart from
the actions teams agreed. Pure: no IO.

Here the sessions are walked once and the lists put in order; each review's numbers are
summed in report/review_sums.py (`ReviewSums`), and the names teams, roles, agencies and
owners are shown by in report/shown_names.py (`ShownNames`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from itertools import chain

from reflect.answered import count
from reflect.model.links import source_named
from reflect.model.teams import Agencies, team_key
from reflect.model.theme_ids import PREFIX as THEME_PREFIX
from reflect.model.theme_ids import is_theme_id, theme_label
from reflect.report.action_line import ActionLine
from reflect.report.attended import came_twice
from reflect.report.by_theme import by_theme
from reflect.report.csv_tables import SessionLine
from reflect.report.facts import ActionFacts, SessionFacts
from reflect.report.gather import Gathered, session_date
from reflect.report.lines import (
    NOT_IN_LIBRARY,
    OWN_REFLECTIONS,
    LibraryReview,
    NotCounted,
    RecommendationLine,
    Report,
    ReviewLine,
    TeamLine,
    TeamReview,
    confidence_line,
)
from reflect.report.overdue import (
    is_overdue,
    is_undated,
    outside_period,
    say_whose,
    themed_overdue,
)
from reflect.report.review_sums import ReviewSums, statuses
from reflect.report.shown_names import ShownNames
from reflect.report.team_actions import TeamActions
from reflect.text import one_line

_OWN = "\0own"
"""By team, the key of individual reflections that give no team (no `team_key` is it)."""


def _key(text: str) -> str:
    """A recommendation compared as people mean it: case and runs of spaces ignored."""
    return " ".join(text.split()).casefold()


def _uncut(words: str, recommendations: list[str]) -> str:
    """An old session's copy of a recommendation cut at 200 characters ("…" at the end) as
    the review's full words, when exactly one starts with it; else `words`."""
    if not words.endswith("…"):
        return words
    start = _key(words[:-1])
    found = [one_line(r) for r in recommendations if _key(r).startswith(start)]
    return found[0] if len(found) == 1 else words


def told_apart(titles: dict[str, str], reviews: Mapping[str, str]) -> None:
    """Reviews of one title are told apart by their ids, and one missing from the library
    says so, and which review it looks renamed to (the one in the library of its title): a
    session on `child-zz` titled "Child I" (a copy, or a review since removed) gave two rows
    "Child I" and nothing to tell them apart, and one whose review was deleted a row as if
    all were well (trials)."""
    seen: dict[str, list[str]] = {}
    for rid, title in titles.items():
        seen.setdefault(title.casefold(), []).append(rid)
    for rid, title in titles.items():
        gone = bool(reviews) and rid not in reviews and not is_theme_id(rid)
        if gone:
            alike = [r for r in seen[title.casefold()] if r in reviews]
            to = f": renamed to {alike[0]}?" if len(alike) == 1 else ""
            titles[rid] = f"{title} ({rid}, not in the library{to})"
        elif len(seen[title.casefold()]) > 1:
            titles[rid] = f"{title} ({rid})"


def answered_elsewhere(recs: Mapping[tuple[str, str], RecommendationLine],
                       titles: Mapping[str, str]) -> None:
    """A themed session's recommendation is its review's (`… (Child AC)`): where the report
    has both lines, each says the other's agreed actions (`RecommendationLine.elsewhere`), so
    neither reads as unanswered nor is counted so; answered by neither, it is counted once,
    under its review (`copy_of`). `titles`: each review's, by its id."""
    titled = {_key(title): rid for rid, title in titles.items()}
    for (rid, _), line in recs.items():
        title = source_named(line.recommendation, titles.values()) if is_theme_id(rid) else ""
        own_id = titled.get(_key(title)) if title else None
        words = line.recommendation.removesuffix(f" ({title})")
        own = recs.get((own_id, _key(words))) if own_id else None
        if own is None:
            continue
        line.copy_of = own.review_title  # (answered by neither: counted once, as its own)
        if own.actions:
            line.elsewhere.append((f"under {own.review_title}", len(own.actions)))
        if line.actions:
            own.elsewhere.append((f"under {line.review_title}", len(line.actions)))


def agreed_in_themes(themed: Iterable[SessionFacts], rid: str, title: str,
                     recs: Mapping[tuple[str, str], RecommendationLine],
                     line_of: Callable[[SessionFacts, ActionFacts], ActionLine]
                     ) -> list[tuple[ActionFacts, ActionLine]]:
    """In a report on one review (`rid`, titled `title`), the actions themed sessions agreed
    on its recommendations, said under each (`RecommendationLine.elsewhere`: `1 action agreed
    in a themed session (information sharing)`), by theme, so that none reads as unanswered
    nor is counted so, and listed there after its own (`RecommendationLine.themed`, each made
    by `line_of`): only a number said so, a learning lead looked for them and found them
    only once overdue (a trial). The report counts those sessions nowhere, nor their actions
    among the review's own: as a report on every review says them under the theme's line. It
    said `No action yet` for a recommendation a themed meeting had acted on. A practitioner's
    own themed reflection agrees no team's action: left out, as there. Returns each action so
    found, with its line, for the overdue lists."""
    actions: dict[tuple[str, str], dict[str, list[str]]] = {}  # line -> theme -> session ids
    found: list[tuple[ActionFacts, ActionLine]] = []
    for s in themed:
        if s.mode == "individual" or not is_theme_id(s.review_id):
            continue
        theme = theme_label(s.review_id.removeprefix(THEME_PREFIX))
        for act in s.actions:
            named = source_named(act.recommendation, [title])
            words = act.recommendation.rstrip().removesuffix(f" ({named})")
            key = (rid, _key(words))
            line = recs.get(key) if named and _key(named) == _key(title) else None
            if line is not None and line.in_review:  # (words since reworded: not matched,
                actions.setdefault(key, {}).setdefault(theme, []).append(s.id)  # as there)
                found.append((act, line_of(s, act)))
                line.themed.append(found[-1][1])
    for key, themes in actions.items():
        for theme, ids in sorted(themes.items()):
            held = len(set(ids))
            where = "a themed session" if held == 1 else f"{held} themed sessions"
            recs[key].elsewhere.append((f"in {where} ({theme})", len(ids)))
    return found


def _all(totals: ReviewSums, lines: list[ReviewLine], sessions: list[SessionFacts],
         sums: Iterable[ReviewSums] = (), library: Mapping[str, LibraryReview] | None = None
         ) -> ReviewLine:
    """The totals: the questions answered are each review's, each once (`one_each`); how many
    were asked, only when every review discussed is in the library; whether anyone came
    twice."""
    line = totals.finish()
    line.came_twice = came_twice(sessions)
    discussed = [x for x in lines if x.sessions]
    line.questions_covered = one_each([s for s in sums if s.line.sessions], library or {})
    line.questions_asked = (sum(x.questions_asked for x in discussed)
                            if all(x.questions_asked for x in discussed) else 0)
    return line


def one_each(sums: Iterable[ReviewSums], library: Mapping[str, LibraryReview]) -> int:
    """The questions answered on the lines `sums`, each once: a themed session's question
    (`child-ac--ac-q1`, model/themes.py) is its review's own, where the library says that
    review asks it. The summary added up the lines, so a question answered at a review's own
    meeting and at a themed one counted twice: "Questions answered at least once: 6" where
    five were (a learning lead's trial)."""
    seen: set[tuple[str, str]] = set()
    for s in sums:
        for rid, qid in s.answered:
            own, sep, asked = qid.partition("--")
            if is_theme_id(rid) and sep and asked in library.get(own, NOT_IN_LIBRARY).questions:
                rid, qid = own, asked
            seen.add((rid, qid))
    return len(seen)


def build_report(g: Gathered, reviews: dict[str, str] | None = None,
                 today: date | None = None, *,
                 library: Mapping[str, LibraryReview] | None = None,
                 asks: Mapping[str, int] | None = None,
                 agency_aliases: Mapping[str, str] | None = None,
                 themes: Mapping[str, Sequence[str]] | None = None) -> Report:
    """The report on what was gathered. `reviews` (id -> title) names the reviews; a review in
    it that no session covered is listed with zero (unless the report is for another review).
    `library` (id -> what the library says of it) lists every recommendation of each review
    discussed, answered or not, with the progress the briefing reports, and counts its
    questions. `asks` (id -> how many questions it asks) counts the questions of every review
    in the library, discussed or not, so that each row says `0 of 5`, never a bare `0` (for a
    review not in `library`). `agency_aliases` (short -> full name) add to the built-in
    abbreviations. `themes` (id -> the themes it is tagged with) counts "By theme"."""
    today = today or date.today()
    reviews, library, asks = reviews or {}, library or {}, asks or {}
    # A session with nothing recorded is no evidence that a review was discussed: it is not
    # counted, and the report says how many were left out (model/recorded.py).
    sessions = [s for _, s, _ in g.sessions if s.recorded]
    empty = [(path, s) for path, s, _ in g.sessions if not s.recorded]
    names = ShownNames(sessions, Agencies(agency_aliases), g.team_names if g.team_names else None)

    titles: dict[str, str] = {}
    for _, s, _ in g.sessions:  # oldest first, so the newest session's copy of the title wins
        titles[s.review_id] = one_line(s.review_title) or s.review_id
    titles.update({rid: one_line(t) or rid for rid, t in reviews.items()})
    told_apart(titles, reviews)
    wanted = [rid for rid in reviews if not g.filters.review or rid == g.filters.review]
    titled = {_key(title): rid for rid, title in titles.items()}

    def sums(rid: str) -> ReviewSums:
        return ReviewSums(ReviewLine(rid, titles[rid]), names, library.get(rid, NOT_IN_LIBRARY),
                           asks.get(rid, 0))

    per_review: dict[str, ReviewSums] = {rid: sums(rid) for rid in wanted}
    totals = ReviewSums(ReviewLine("", "All reviews"), names)
    teams: dict[str, dict[str, TeamReview]] = {}
    team_actions: dict[str, TeamActions] = {}  # by the same key: its actions, by status
    recs: dict[tuple[str, str], RecommendationLine] = {}
    overdue: list[ActionLine] = []
    undated: list[ActionLine] = []
    personal: list[ActionLine] = []
    held_lines: list[SessionLine] = []
    keys: dict[str, str] = {}  # a recommendation's words -> `_key` of them (a few, many times)

    def list_own(rid: str) -> None:
        """Every recommendation of the review, in its order, before any an action names."""
        own = library.get(rid, NOT_IN_LIBRARY)
        for rec in own.recommendations:
            recs.setdefault((rid, _key(one_line(rec))), RecommendationLine(
                rid, titles[rid], one_line(rec), in_review=True,
                published=own.updates.get(rec, ""), complete=rec in own.complete))

    for s in sessions:
        rid = s.review_id
        if rid not in per_review:
            per_review[rid] = sums(rid)
        own = library.get(rid, NOT_IN_LIBRARY)
        if not per_review[rid].line.sessions:  # the review's own, in its order, first
            list_own(rid)
        # The review's questions only, in its line and the totals alike: an answer kept from
        # a question a replaced review no longer asks counted in both (reflect/answered.py).
        answered = count(s.answered_ids, own.questions or None).answered
        day, key, alone = session_date(s), team_key(s.team), s.mode == "individual"
        done, going, dropped = statuses(s)
        per_review[rid].add(s, answered, day, key, done, going, dropped)
        totals.add(s, answered, day, key, done, going, dropped, questions=False)
        for title in s.discussed:  # a themed session: each review it recorded something on
            other = titled.get(_key(title))
            if other is not None and other != rid and other in titles:
                if other not in per_review:
                    per_review[other] = sums(other)
                per_review[other].add_themed(s, titles[rid])

        # A reflection on one's own names no team: its own heading, not "(team not recorded)"
        group = _OWN if not key and alone else key
        covered = teams.setdefault(group, {})
        team_actions.setdefault(group, TeamActions.none()).add(s, today)
        title = titles[rid]
        held = covered.get(rid) or covered.setdefault(rid, TeamReview(rid, title))
        (held.individual if alone else held.dates).append(day)
        (held.individual_titles if alone else held.titles).append(s.title)
        if s.confidence:
            held.confidence.append(confidence_line(day, s.confidence))

        team = names.team(key) if key else ""
        held_lines.append(SessionLine(s.id, s.title, rid, title, team, alone, day,
                                      sum(p.attended for p in s.people)))
        for act in s.actions:
            words = act.recommendation
            if words.endswith("…"):
                words = _uncut(words, own.recommendations)
            line = ActionLine.of(s, title, team, act, words)
            line.held = day  # whose each is, for every list and the actions' CSV
            say_whose(s, act, line, names.owner)
            said = keys.get(words)
            if said is None:
                said = keys[words] = _key(words)
            if alone:  # the writer's own, not the team's: said apart
                personal.append(line)
                answers = recs.get((rid, said))
                if answers is not None and answers.in_review:
                    answers.personal += 1
                continue
            found = recs.get((rid, said))
            if found is None:
                found = recs[(rid, said)] = RecommendationLine(rid, title, words)
            found.actions.append(line)
            if is_overdue(act, today) or is_undated(act):
                (overdue if is_overdue(act, today) else undated).append(line)

    for s in g.themed:  # a report on one review: a themed session recorded on it says so
        for title in s.discussed:
            other = titled.get(_key(title))
            if other in per_review:
                per_review[other].add_themed(s, one_line(s.review_title) or s.review_id)
    def themed_line(s: SessionFacts, act: ActionFacts) -> ActionLine:
        """A themed session's action on the review, under the theme's title, and whose it is."""
        line = ActionLine.of(s, one_line(s.review_title) or s.review_id,
                             names.teams.shown(team_key(s.team)) or one_line(s.team), act,
                             act.recommendation)
        line.held = session_date(s)
        say_whose(s, act, line, names.owner)
        return line

    only = g.filters.review
    if only and only in per_review and per_review[only].line.themed and not is_theme_id(only):
        list_own(only)  # (discussed in a themed session alone: listed as on its own)
        themed = agreed_in_themes(g.themed, only, one_line(reviews.get(only, "")) or titles[only],
                                  recs, themed_line)
        # ... and those still overdue, or not dated, listed as the report on every review lists
        # them, under the theme: "Actions overdue: 0" beside a themed meeting's action on the
        # review overdue for a month (a learning lead's trial).
        themed_due = themed_overdue(themed, today)
        overdue, undated = overdue + themed_due.overdue, undated + themed_due.undated

    if only and not is_theme_id(only) and g.themed_outside:
        # A themed meeting outside the period: its actions on the review still overdue are
        # listed, marked so, as the review's own meetings' are (a learning lead's trial: one
        # held before the quarter was left out, its action a month overdue).
        apart = {k: RecommendationLine(v.review_id, v.review_title, v.recommendation,
                                       in_review=v.in_review) for k, v in recs.items()}
        late = agreed_in_themes(g.themed_outside, only,
                                 one_line(reviews.get(only, "")) or titles.get(only, only), apart,
                                 themed_line)
        due = themed_overdue(late, today)
        since = g.filters.since
        for line in chain(due.overdue, due.undated):
            line.outside = "before" if since is not None and line.held and \
                line.held < since else "after"
        overdue, undated = overdue + due.overdue, undated + due.undated

    # Every action still overdue or not dated, whatever the period (those outside it marked)
    outside = outside_period(
        g, today, lambda s: titles.get(s.review_id) or one_line(s.review_title) or s.review_id,
        lambda s: names.teams.shown(team_key(s.team)) or one_line(s.team), names.owner)
    overdue, undated = overdue + outside.overdue, undated + outside.undated
    personal += outside.personal
    for _, s in empty:
        if s.review_id not in per_review:
            per_review[s.review_id] = sums(s.review_id)
        per_review[s.review_id].line.nothing_recorded += 1
        totals.line.nothing_recorded += 1

    def by_title(rid: str) -> tuple[str, str]:  # (an overdue action's, agreed outside the
        return titles.get(rid, rid).casefold(), rid  # period, may be of no review in it)

    review_lines = [per_review[rid].finish() for rid in sorted(per_review, key=by_title)]
    team_lines = [TeamLine(OWN_REFLECTIONS if key == _OWN else names.team(key),
                           sorted(covered.values(), key=lambda t: by_title(t.review_id)),
                           team_actions[key])
                  for key, covered in sorted(teams.items(), key=lambda kv: (
                      kv[0] == _OWN, kv[0] == "", names.team(kv[0]).casefold()))]
    answered_elsewhere(recs, titles)
    order = {k: n for n, k in enumerate(recs)}  # the review's recommendations come first
    rec_lines = sorted(recs.values(), key=lambda r: (
        *by_title(r.review_id), r.recommendation == "", not r.in_review,
        order[(r.review_id, _key(r.recommendation))] if r.in_review else 0,
        r.recommendation.casefold()))
    overdue.sort(key=lambda a: (a.due_date or today, *by_title(a.review_id), a.session_id))
    personal.sort(key=lambda a: by_title(a.review_id))  # stable: oldest session first
    theme_lines, several = by_theme(sessions, themes or {}, lambda rid: titles[rid], names.team,
                                    today)
    flagged = [(path, s.id, flag) for path, s, flag in g.sessions if flag and s.recorded]
    not_counted = [NotCounted(path, s.title, one_line(s.team), titles[s.review_id],
                              session_date(s)) for path, s in empty]
    # (outside the period too: their overdue actions are listed, under their team's name)
    taken = {names.teams.shown(team_key(s.team)) or one_line(s.team) for s in chain(
        (s for _, s, _ in g.sessions), (s for _, s in g.outside))} if g.filters.team else set()
    return Report(today=today, filters=g.filters, totals=_all(totals, review_lines, sessions,
                                                         per_review.values(), library),
                  reviews=review_lines,
                  teams=team_lines, recommendations=rec_lines, overdue=overdue,
                  undated=sorted(undated, key=lambda a: by_title(a.review_id)),
                  personal=personal, flagged=flagged, not_counted=not_counted,
                  conflicts=list(g.conflicts), unreadable=list(g.unreadable),
                  outside_days=[session_date(s) for _, s in g.outside],
                  teams_taken=sorted(taken - {""}, key=str.casefold),
                  themes=theme_lines, several_themes=several,
                  sessions_held=sorted(held_lines, key=lambda h: (h.held, h.team.casefold())))
