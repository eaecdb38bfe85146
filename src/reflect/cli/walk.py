"""`reflect walk`: a session in plain mode, question by question at the terminal, new (on a
review named by its id or title, `find_review`) or carried on (`--resume SESSION`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reflect import paths
from reflect.cli.sessions import in_folder
from reflect.commands import command
from reflect.console import echo

if TYPE_CHECKING:  # the command imports what it needs when it runs
    from reflect.model.review import Review
    from reflect.store.atomic import Stamp
    from reflect.store.catalogue import Catalogue


def find_review(catalogue: Catalogue, text: str, plain: bool = False) -> Review | str:
    """The review `text` names, by its id or its title (or a part of one title) as `reflect
    report --review` finds it, read in full; or why there is none (several match, none does,
    or its file cannot be read): one near is offered, with its title (`review_filter`).
    `plain`: why, in plain mode's words (`walk.spoken`: curly quotes, no brackets in
    brackets)."""
    from reflect.paths import missing_library
    from reflect.report.review_filter import review_filter
    from reflect.walk.spoken import curly_quoted, no_review_said, several_said

    if catalogue.missing:  # said as such, not "no review 'child-l' (known: none)"
        return missing_library(catalogue.folder)
    choice = review_filter(text, catalogue)
    said = curly_quoted if plain else str
    if plain and choice.matching:
        return several_said(choice, text)
    if choice.problem or choice.review_id is None:
        return said(f"{choice.problem or 'no review named'}.")
    try:
        return catalogue.load(choice.review_id)  # a themed session's id (theme-...) too
    except ValueError as e:
        if choice.in_library:
            return said(str(e))
    from reflect.store.missing_review import unreadable_said

    if unreadable := unreadable_said(catalogue, choice.review_id,
                                     after=", then run this command again"):
        return said(unreadable)
    if plain:
        return no_review_said(choice, text, catalogue.folder)
    return choice.missing(text, catalogue.folder)


def cmd_walk(args: argparse.Namespace) -> int:
    from reflect import cpd_cli
    from reflect.model.session import SCHEMA_VERSION
    from reflect.model.themes import as_started
    from reflect.stopping import Stopped, stoppable
    from reflect.store.atomic import file_stamp
    from reflect.store.carry import relabel
    from reflect.store.catalogue import load_catalogue
    from reflect.store.copy_names import session_or_copy
    from reflect.store.errors import SessionError
    from reflect.store.folder_access import said_once
    from reflect.store.sessions import new_session_id, read_session
    from reflect.text import one_line, readable
    from reflect.walk.dialogue import Dialogue
    from reflect.walk.session import matched, new_session, walk
    from reflect.walk.spoken import curly_quoted
    from reflect.walk.whose import at_start, record_whose

    if args.resume and args.after:
        echo("reflect walk: --after starts a new reflection; it cannot go with --resume "
             "a resumed reflection keeps its link", err=True)
        return 1
    if not args.review and not args.resume:
        echo(f"reflect walk: name a review by its id or its title, as {command('list reviews')} "
             "lists them, or carry on a saved session with --resume SESSION", err=True)
        return 1
    catalogue = load_catalogue(paths.content_dir(args.content_dir))
    review: Review | str | None = find_review(catalogue, args.review, plain=True) \
        if args.review else None
    if isinstance(review, str):
        echo(f"reflect walk: {review}", err=True)
        return 1
    folder = paths.sessions_dir(args.sessions_dir)
    if (blocked := paths.sessions_blocked(folder)) is not None:  # said before a word is typed
        echo(f"reflect walk: {blocked}", err=True,
             whole=(folder, paths.file_in_the_way(folder) or folder))
        return 1
    d = Dialogue(sys.stdin, sys.stdout)
    if said := said_once(folder):  # a folder anyone using this computer can look into
        d.say(said)
    read_as: Stamp | None = None  # (a new session, or a copy carried on under a new id)
    if args.resume:
        try:
            path = session_or_copy(folder, args.resume, "walk --resume")  # (a copy's name too)
            read_as = file_stamp(path)  # before reading: a change meanwhile is caught
            session, read_only = read_session(path)
            relabel(folder, session)
        except SessionError as e:  # (pydantic's 'team', read "tick": a screen reader's trial)
            echo(f"reflect walk: {curly_quoted(str(e))}", err=True)
            return 1
        outside = not in_folder(path, folder)
        # A file elsewhere is carried on as a copy (below), so a copy under another name (a
        # backup, a sync tool's) is safe to resume; one written by a newer reflect never is.
        if read_only and (not outside or session.schema_version > SCHEMA_VERSION):
            echo(f"reflect walk: {path}: {read_only}", err=True, whole=(path,))
            return 1
        if review is None:  # the session knows its review
            try:
                review = catalogue.load(session.review_id)
            except ValueError as e:
                from reflect.store.missing_review import cannot_open_said

                said = cannot_open_said(catalogue, session, str(e))
                echo(f"reflect walk: {curly_quoted(said)} Nothing is lost: its answers are in "
                     f"{path}, and `{command(f'export {session.id}')}` writes its notes.",
                     err=True, whole=(path,))
                return 1
        if session.review_id != review.id:
            echo(f"reflect walk: session {session.id} is on {session.review_id}, "
                 f"not {review.id}", err=True)
            return 1
        review = as_started(review, session.left_out)
        if args.name is not None:  # whose a reflection is (else asked, at a terminal, if
            record_whose(session, readable(args.name), d)  # it names no one)
        if outside:
            # Saving goes to the sessions folder under the session's id: resuming a backup or
            # a colleague's file as itself would silently replace the live session there.
            session = session.model_copy(update={"id": new_session_id(session.review_id)})
            read_as = None
            d.say(f"{path} is not in the sessions folder, {folder}: carrying on in a copy, "
                  f"saved as {session.id}. The file given is not changed.")
    else:
        assert review is not None  # (a review or --resume, checked above)
        found = cpd_cli.team_link_for(folder, args.after, review) if args.after else None
        if isinstance(found, str):
            echo(f"reflect walk: {found}", err=True)
            return 1
        link, left_out, followed = None, None, ""
        if found is not None:  # a theme's items as the team had them, and the team's name
            link, review, left_out, followed = found
        linked = {"after": link, "left_out": left_out} if link else {}
        d.say(matched(review))  # which review was found, before anything is asked
        try:
            with stoppable():  # Ctrl+C, SIGTERM or a hang-up: as in the walk after it
                started = new_session(review, d, "individual" if link else args.mode,
                                      # one line, as they are typed at its question
                                      args.title and one_line(readable(args.title)),
                                      args.team and one_line(readable(args.team)),
                                      f"My reflection after {link.label}" if link else "",
                                      folder, followed, **linked)
                if started is not None and not at_start(
                        started, args.name and readable(args.name), d):
                    started = None  # (Ctrl+D at "Your name")
        except Stopped as stop:  # before anything was typed into one
            started, stopped, unkept = None, 128 + stop.signum, d.kept_on_stop()
            d.interrupted(stop.signum)
        else:  # (a name half typed at Ctrl+D: said not kept)
            stopped, unkept = 0, d.kept_at_end
        if started is None:  # Ctrl+D or a signal before it began: end the prompt's line (the
            d.say()  # shell's prompt ran on after it: a trial) and say so
            d.say(f"Stopped before the session began: no session was kept.{unkept and ' '}"
                  f"{unkept}")
            return stopped
        session = started
        from reflect.store.carry import team_as_before

        try:
            team = team_as_before(folder, session.team)
        except OSError:
            team = session.team  # as typed: starting matters more
        if team != session.team:
            session.team = team
            d.say(f"Saved under the team name “{team}”, as its earlier sessions are.")
        if link is not None:
            d.say(f"Your own reflection after the team session {link.label}, held {link.date}: "
                  "the team's points are shown before each question; answer for yourself.")
    try:
        return walk(review, session, folder, d, fresh=not args.resume, read_as=read_as,
                    answer_last_time=args.answer_last_time)
    except (OSError, SessionError) as e:
        echo(f"reflect walk: could not save: {e}", err=True)
        return 1
