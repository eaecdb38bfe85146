"""Command line for CPD: `reflect cpd-fill` (the person's own choices for their records),
`reflect cpd` (my CPD so far, by year) and `reflect handout` (a one-page briefing).

`reflect.cli` registers these parsers and commands; everything else about them lives here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reflect import paths
from reflect.commands import SESSION_HELP, command
from reflect.console import echo
from reflect.text import plural

if TYPE_CHECKING:  # imported when a command runs: `reflect --help` needs no models (pydantic)
    from reflect.model.cpd import TeamLink
    from reflect.model.review import Review

AddDirs = Callable[[argparse.ArgumentParser, bool], None]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                add_dirs: AddDirs) -> None:
    p_fill = sub.add_parser(
        "cpd-fill", help="choose what your CPD records say: type, why relevant, standards, "
                         "Code themes, hours",
        description="Set your own choices for a session's CPD records ("
                    f"{command('export SESSION --format cpd-docx')}: the reflective account "
                    "for any profession, which uses --activity, --why and --minutes; swe-docx "
                    "for Social Work England, nmc-docx for the NMC, ...; -o FILE names the "
                    "file): what the notes do not hold. With no options, shows what is set. "
                    "--theme and --standard add to those already chosen (in the app too), "
                    "and a theme chosen already keeps its how unless you give a new one; "
                    "--remove-theme and --remove-standard take one away, or all. The other "
                    "options replace what was set. Every change is said, and any text "
                    "replaced or removed is printed in full, so nothing typed is lost "
                    "unseen. Social Work England standards: "
                    + "; ".join(f"{n} {s}" for n, s in _standards())
                    + ". NMC Code themes: " + "; ".join(_nmc_themes()) + ".")
    p_fill.add_argument("session", metavar="SESSION", help=SESSION_HELP)
    p_fill.add_argument("--activity", metavar="TEXT",
                        help="type of CPD activity (any profession; Social Work England; NMC); "
                             "replaces the one set (\"\" for reflect's wording)")
    p_fill.add_argument("--why", metavar="TEXT", help="why this is relevant to my practice "
                                                      "(any profession; Social Work England; "
                                                      "NMC); replaces what was set")
    p_fill.add_argument("--standard", metavar="N", action="append", type=_standard,
                        help="add a Social Work England professional standard it relates to, "
                             "1 to 6 (social workers; repeat to add several; those chosen "
                             "already stay)")
    p_fill.add_argument("--remove-standard", metavar="N", action="append",
                        type=_standard_or_all,
                        help="take a standard away, 1 to 6, or all (repeat for several)")
    p_fill.add_argument("--theme", metavar="THEME=HOW", action="append", type=_theme,
                        help="add an NMC Code theme it relates to (its name or number, 1 to 4), "
                             "and how, e.g. \"Preserve safety=I now ask who lives in the "
                             "home\" (nurses, midwives, nursing associates; repeat to add "
                             "several; those chosen already stay, with their how; a theme "
                             "chosen already given a new how has it replaced)")
    p_fill.add_argument("--remove-theme", metavar="THEME", action="append",
                        type=_theme_or_all,
                        help="take a Code theme away, and its how (its name or number, or "
                             "all; repeat for several)")
    p_fill.add_argument("--participatory", choices=["yes", "no", "auto"],
                        help="whether it counts as participatory learning (auto: a team "
                             "session does, a reflection alone does not)")
    p_fill.add_argument("--method", metavar="TEXT", help="CPD method for the NMC log")
    p_fill.add_argument("--name", metavar="NAME",
                        help=f"your name, as whose this reflection is: {command('cpd --name')} "
                             "(and My CPD so far) count it as yours (a reflection from before "
                             "reflect recorded it); not for a team session")
    p_fill.add_argument("--minutes", metavar="TIME", type=_minutes, default=argparse.SUPPRESS,
                        help="time to log for CPD: minutes, or 1h30 ('measured' for the time "
                             "reflect measured)")
    add_dirs(p_fill, True)

    p_cpd = sub.add_parser(
        "cpd", help="my CPD so far: hours by year (and the NMC's or Social Work England's "
                    "terms once chosen)",
        description="List the sessions in your sessions folder as CPD, by year: individual "
                    "reflections and team sessions, with their time logged for CPD. Once a "
                    "session has a regulator's choice (cpd-fill --standard for Social Work "
                    "England; --theme, --participatory or --method for the NMC), it also says "
                    "whether each is participatory (NMC) and peer-reflected, and the standards "
                    f"and Code themes chosen ({command('cpd-fill')}). A session with nothing "
                    "recorded in it is left out, and said. With --name, only your sessions: "
                    "team sessions where you are ticked as here or facilitated, and "
                    "reflections recorded as yours; without it, the name My CPD so far "
                    "remembers (said first), else every session in the folder. --csv writes "
                    "the list for a portfolio.")
    p_cpd.add_argument("--name", metavar="NAME",
                       help="your name, as the sessions write it (case, accents, spacing aside): "
                            "count only your sessions; --name \"\" counts everyone's, "
                            "whatever name is remembered")
    p_cpd.add_argument("--csv", metavar="FILE", help="write the list as CSV to FILE")
    p_cpd.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_dirs(p_cpd, True)

    p_hand = sub.add_parser(
        "handout", help="a one-page A4 handout of a review, in the 7-minute-briefing manner",
        description="Write a one-page handout of a review for a briefing: what happened, the "
                    "key learning, the questions, space for notes and where to get support "
                    "(the support text in your settings), quoting the review: shortened with "
                    "'…' where the page needs it, and the points it leaves out counted ('+2 "
                    "more in the briefing'; under a theme, taken in turn from each review, "
                    "those left out said by the reviews whose briefings hold them). The "
                    "format follows FILE's ending: .pdf, .html (prints on A4) or .docx.")
    p_hand.add_argument("review", metavar="REVIEW",
                        help=f"review id (see: {command('list reviews')})")
    p_hand.add_argument("-o", "--output", metavar="FILE", required=True,
                        help="file to write: .pdf, .html or .docx")
    p_hand.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_dirs(p_hand, True)


def _standards() -> list[tuple[int, str]]:
    from reflect.export.forms import swe_standards

    return list(enumerate(swe_standards(), 1))


def _nmc_themes() -> tuple[str, ...]:
    """The NMC Code's themes (the same as `model.session.NMC_THEMES`, which a test checks)."""
    from reflect.export.forms import nmc_themes

    return nmc_themes()


def _standard(text: str) -> int:
    if text.strip().isdigit() and 1 <= int(text) <= len(_standards()):
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r}: give a standard's number, 1 to 6")


def _standard_or_all(text: str) -> int | str:
    from reflect.cli.cpd_fill import ALL

    if text.strip().casefold() == ALL:
        return ALL
    try:
        return _standard(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give a standard's number, 1 to 6, or all") from None


def _theme_named(name: str) -> str | None:
    """The Code's theme `name` names (`model.cpd.theme_named`, plain mode's rule too)."""
    from reflect.model.cpd import theme_named

    return theme_named(name)


def _theme(text: str) -> tuple[str, str | None]:
    """A theme and its how (None where no "=" is given: a theme chosen already keeps its
    own; "THEME=" gives it none)."""
    name, equals, how = text.partition("=")
    theme = _theme_named(name)
    if theme is None:
        raise argparse.ArgumentTypeError(
            f"{name.strip()!r} is not a theme of the Code; the themes are: "
            + "; ".join(_nmc_themes()) + " (give it as \"THEME=how\")")
    return theme, how.strip() if equals else None


def _theme_or_all(text: str) -> str:
    from reflect.cli.cpd_fill import ALL

    if text.strip().casefold() == ALL:
        return ALL
    theme = _theme_named(text)
    if theme is None:
        raise argparse.ArgumentTypeError(
            f"{text.strip()!r} is not a theme of the Code; give one of: "
            + "; ".join(_nmc_themes()) + " (or its number, 1 to 4), or all")
    return theme


def _minutes(text: str) -> int | None:
    from reflect.model.typed_minutes import minutes_refused, parse_minutes

    if text.strip().lower() == "measured":
        return None
    got = parse_minutes(text)
    if got is None:  # said as the app and `reflect walk` say it
        raise argparse.ArgumentTypeError(f"{text!r} {minutes_refused(text)}; or 'measured' "
                                         "for the time reflect measured")
    return got


def team_link_for(folder: Path, ref: str, review: Review
                  ) -> tuple[TeamLink, Review, list[str] | None, str] | str:
    """The link a reflection keeps to the team session `ref` (id, title or file), the review as the
    team had it (a themed session's items the team left out stay out: they came back, each
    "made no points", in the reflection after), what it left out, and its team (the
    reflection's team or service unless another is given); or why not."""
    from reflect.export.team_words import team_link
    from reflect.model.themes import as_started
    from reflect.store.errors import SessionError
    from reflect.store.sessions import read_session, resolve_session

    try:
        team, _ = read_session(resolve_session(folder, ref))
    except SessionError as e:
        return str(e)
    if team.mode != "team":
        return (f"{team.id} is an individual reflection; --after takes a team session "
                f"(see: {command('list sessions')})")
    if team.review_id != review.id:
        return f"{team.id} is on {team.review_id}, not {review.id}"
    started = as_started(review, team.left_out)
    return team_link(team, started), started, team.left_out, team.team


def cmd_cpd_fill(args: argparse.Namespace) -> int:
    from reflect.cli.cpd_fill import cmd_cpd_fill as fill

    return fill(args)


def cmd_cpd(args: argparse.Namespace) -> int:
    from reflect.cli.output import unsafe_target, write_output
    from reflect.export import portfolio
    from reflect.store.sessions import list_sessions

    folder = paths.sessions_dir(args.sessions_dir)
    name, remembered = _cpd_name(args.name)
    found = list_sessions(folder)
    for unreadable in found.problems:
        echo(f"reflect cpd: warning: unreadable session: {unreadable}", err=True)
    log = portfolio.gather([e.session for e in found.entries], name)
    items = log.entries
    said = [remembered] if remembered else []
    said += portfolio.whose_notes(log, f"To count only yours: {command('cpd --name')} "
                                       '"Your Name".')
    empty = portfolio.nothing_logged(log, f"To count every session: {command('cpd --name')} "
                                          '"".')
    if not args.csv:
        from reflect.store.exported_records import exports_of
        from reflect.store.exports import exports_dir

        exported = exports_of(folder, (e.session_id for e in items))
        records = portfolio.records_lines(items, exported.records, str(exports_dir(folder)))
        records += portfolio.notes_lines(items, exported.notes, str(exports_dir(folder)),
                                         bool(records))
        echo(portfolio.to_text(items, log.left_out, said, portfolio.whose_lines(log),
                               empty=empty, records=records).rstrip("\n"),
             whole=(exports_dir(folder), *portfolio.records_whole(exported.records),
                    *portfolio.records_whole(exported.notes)), keep_gaps=True)
        return 0
    target = Path(args.csv).expanduser()
    if problem := unsafe_target(target, [], args.force):
        echo(f"reflect cpd: will not write {target}: {problem}", err=True, whole=(target,))
        return 1
    if not write_output("cpd", target, portfolio.to_csv(items).encode("utf-8-sig"),
                         args.force):
        return 1
    echo(f"{plural(len(items), 'session')} written to {target}", whole=(target,))
    # Said beside the CSV, never in it (its rows stay one per session logged): on standard
    # output, as the log itself is, not as an error (it was on stderr, each line headed
    # "reflect cpd:", and read as one: a trial).
    notes = [*said, portfolio.left_out_note(log.left_out, "below"), "" if items else empty]
    for line in [*(note for note in notes if note), *portfolio.left_out_lines(log.left_out),
                 *portfolio.whose_lines(log)]:
        echo(line, keep_gaps=True)
    return 0


def _cpd_name(given: str | None) -> tuple[str, str]:
    """Whose sessions `reflect cpd` counts: the name given, else the one My CPD so far
    remembers (as the screen does, so the two agree), and what to say of it ("" when none
    was remembered or one was given)."""
    from reflect.store.settings import checked_settings, my_name, settings_path

    if given is not None:
        return given, ""
    settings, problems = checked_settings(settings_path())
    for problem in problems:
        echo(f"reflect cpd: {problem}", err=True)
    name = my_name(settings)
    return name, (f"Your name as My CPD so far remembers it: {name} (--name NAME for "
                  "another's, --name \"\" for every session in the folder)." if name else "")


def cmd_handout(args: argparse.Namespace) -> int:
    from reflect.cli.output import unsafe_target, write_output
    from reflect.cli.walk import find_review
    from reflect.export import handout
    from reflect.model.placeholders import unfinished
    from reflect.store.catalogue import load_catalogue
    from reflect.store.settings import checked_settings, settings_path, support_message

    target = Path(args.output).expanduser()
    ending = target.suffix.lower()
    if ending not in handout.ENDINGS:
        echo(f"reflect handout: {target}: give a file ending in "
             f"{', '.join(handout.ENDINGS)}", err=True, whole=(target,))
        return 1
    # By its id or its title, as `walk` and `report --review` take it (a trial gave the
    # title and was told only the ids).
    catalogue = load_catalogue(paths.content_dir(args.content_dir))
    review = find_review(catalogue, args.review)
    if isinstance(review, str):
        echo(f"reflect handout: {review}", err=True)
        return 1
    # An imported review still holding a placeholder was printed as it ("From Unknown
    # partnership — please edit": a trial): the file is to be finished first.
    listed = catalogue.get(review.id)
    where = listed.path if listed is not None else review.id
    for field, wrong in unfinished(review):
        echo(f"reflect handout: {where}: {field}: {wrong}; the handout would print it. Edit "
             "the file, then write the handout again.", err=True, whole=(where,))
    if unfinished(review):
        return 1
    if problem := unsafe_target(target, [], args.force):
        echo(f"reflect handout: will not write {target}: {problem}", err=True, whole=(target,))
        return 1
    settings, problems = checked_settings(settings_path())
    for problem in problems:  # (the default reminder was printed in silence: a trial)
        echo(f"reflect handout: {problem}", err=True)
    data = handout.render(review, support_message(settings_path(), settings), ending)
    if not write_output("handout", target, data, args.force):
        return 1
    echo(f"Handout written to {target}", whole=(target,))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "cpd-fill": cmd_cpd_fill, "cpd": cmd_cpd, "handout": cmd_handout}
"""The commands this module adds, by name (cli.main runs them)."""
