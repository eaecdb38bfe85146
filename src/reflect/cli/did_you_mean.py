"""The command line's parser, saying what a mistyped option or choice was likely meant to be.

argparse (before Python 3.14) answered `reflect export X --fromat md` with the top-level usage
and "unrecognized arguments", not the command's usage, and `--format docs` with the whole
list of formats and nothing nearer (a trial). `ReflectParser` says the mistake under the
command's own usage, with the nearest option or choice: "did you mean --format?", "did you
mean docx?", as a mistyped session id is answered (`store.sessions.nearest_ids`).

At a terminal the mistake is wrapped at words to its width (`console.echo`), as every other
message is: argparse printed it as one line, and the terminal cut it mid-word (`did you me` /
`an report?`, a trial)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NoReturn

from reflect.near import nearest
from reflect.text import readable


def nearest_option(parser: argparse.ArgumentParser, typed: str) -> str | None:
    """The long option of `parser` that `typed` (`--fromat`, `--fromat=md`) was likely meant
    to be, if one is near enough; None for anything not an option."""
    if not typed.startswith("--") or len(typed) < 4:
        return None
    name = typed.split("=", 1)[0]
    options = {o[2:]: o for o in parser._option_string_actions if o.startswith("--")}
    found = nearest(name[2:], options)
    return options[found] if found else None


def _took_its_value(parser: argparse.ArgumentParser, rest: Sequence[str],
                    typed: Sequence[str]) -> list[str]:
    """`rest` less the words left over only as a mistyped option's value was read as the
    command's own (`reflect export --fromat md ID`: md read as the session, ID left over, and
    said as "unrecognized arguments: --fromat ID", a trial): where the word after the option
    fits the option meant, the first word left over after it is not said."""
    out = list(rest)
    for option in rest:
        meant = nearest_option(parser, option) if "=" not in option else None
        action = parser._option_string_actions.get(meant or "")
        at = typed.index(option) if option in typed else -1
        if action is None or action.nargs is not None or not 0 <= at < len(typed) - 1:
            continue  # (an option of no value, or of several, or nothing typed after it)
        value = typed[at + 1]
        if value in rest or value.startswith("-") or (
                action.choices is not None and value not in action.choices):
            continue  # (its value not read as another word, or not one it takes)
        left = [w for w in typed[at + 2:] if w in out and not w.startswith("-")]
        if left:
            out.remove(left[0])
    return out


def unrecognized(parser: argparse.ArgumentParser, rest: Sequence[str],
                 typed: Sequence[str] = ()) -> str:
    """argparse's "unrecognized arguments" for `rest`, with the option each mistyped one was
    likely meant to be (`typed`: what was typed, to leave out a word left over only as a
    mistyped option's value was read as another)."""
    rest = _took_its_value(parser, rest, typed)
    said = f"unrecognized arguments: {' '.join(rest)}"
    meant = {typed.split("=", 1)[0]: option for typed in rest
             if (option := nearest_option(parser, typed)) is not None}
    if len(meant) == 1:
        return f"{said}: did you mean {next(iter(meant.values()))}?"
    if meant:
        return f"{said}: did you mean " + ", ".join(
            f"{option} for {typed}" for typed, option in meant.items()) + "?"
    return said


def one_at_a_time(files: list[str]) -> str:
    """`reflect import` given several files (`reflect import ~/Downloads/*.pdf`), or one whose
    name has spaces, not in quotes: argparse said "unrecognized arguments: child-ac.docx",
    and "unrecognized arguments: AC briefing.docx" (a learning lead's trial)."""
    import shlex
    from pathlib import Path

    from reflect.text import listed

    whole = " ".join(files)
    if Path(whole).expanduser().exists():
        return (f"the file's name has spaces, so it was read as {len(files)} words: put it "
                f"in quotes, {shlex.quote(whole)}")
    shown = files[:3] + ([f"{len(files) - 3} more"] if len(files) > 3 else [])
    return (f"{len(files)} files given ({listed(shown)}), and reflect imports one briefing at "
            "a time: nothing was imported. Give one file, then import the next the same way")


class Choices(list[str]):
    """An option's choices as its usage and mistakes list them, accepting `also` (earlier
    names still taken, such as the format cpd-swe) without listing them; a mistake lists
    them by `groups` where given, a line each (the 23 formats, `the notes: md, txt, …`: on
    one line they took some 420 characters, a new user's trial)."""

    def __init__(self, shown: Iterable[str], also: Iterable[str] = (),
                 groups: Sequence[str] = ()) -> None:
        super().__init__(shown)
        self.also = frozenset(also)
        self.groups = list(groups)

    def __contains__(self, value: object) -> bool:
        return value in self.also or super().__contains__(value)


class ReflectHelp(argparse.HelpFormatter):
    """argparse's help, wrapped at spaces only: a format's name (`nmc-discussion-docx`) or an
    option (`--roles-only`) is never broken at its hyphens, in an option's help or in the
    command's description."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """A command's description, likewise (`cpd-fill --help` broke `nmc-` / `docx`)."""
        import textwrap

        return textwrap.fill(" ".join(text.split()), width, initial_indent=indent,
                             subsequent_indent=indent, break_on_hyphens=False)


class ReflectParser(argparse.ArgumentParser):
    """An ArgumentParser (its commands' parsers are made of the same class) that says a
    mistake under the usage of the command it was typed for, with what was likely meant."""

    def __init__(self, *args: Any, curly_quotes: bool = False, **kwargs: Any) -> None:
        """`curly_quotes`: its mistakes said in plain mode's quotes (`reflect walk`'s:
        `invalid choice: “teams”`, where a screen reader read `'teams'` "tick")."""
        kwargs.setdefault("formatter_class", ReflectHelp)
        super().__init__(*args, **kwargs)
        self._curly = curly_quotes
        self._typed: list[str] = []
        self._value_refused = False  # an option's value refused: said alone, no usage
        self._not_utf8: list[str] = []  # options read with a "�" (`not_utf8.as_read`)
        self.read_together: Callable[[argparse.Namespace], str] | None = None
        """Why values read together are refused ("" where they are not), checked once all
        are read (`reflect report`'s `--since` and `--until`: `parser.dates_refused`)."""

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None
                         ) -> tuple[argparse.Namespace, list[str]]:
        """argparse's, keeping what was typed for `_check_value` (a command's parser is given
        what follows the command's name)."""
        from reflect.cli.not_utf8 import NOTED

        self._typed = list(sys.argv[1:] if args is None else args)
        self._value_refused = False
        self._not_utf8 = []
        parsed, rest = super().parse_known_args(args, namespace)
        if self.read_together is not None and (why := self.read_together(parsed)):
            self._value_refused = True  # (each line said as the command's error)
            self.error(why.replace("\n", f"\n{self.said_as()}: error: "))
        if self._not_utf8:  # (a command's, copied into the arguments of `reflect` itself)
            setattr(parsed, NOTED, [*getattr(parsed, NOTED, []), *self._not_utf8])
        return parsed, rest

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        parsed, rest = self.parse_known_args(args, namespace)
        if rest:
            where = self._command_parser(parsed) or self
            typed = where._typed if isinstance(where, ReflectParser) else ()
            if where.prog.endswith(" import") and not any(r.startswith("-") for r in rest):
                where.error(one_at_a_time([str(getattr(parsed, "file", "")), *rest]))
            where.error(unrecognized(where, rest, typed))
        return parsed

    def _command_parser(self, parsed: argparse.Namespace) -> argparse.ArgumentParser | None:
        """The parser of the command `parsed` was read for (`reflect export …`'s), if any."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(parsed, action.dest, None) or "")
                if isinstance(chosen, argparse.ArgumentParser):
                    return chosen
        return None

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """argparse's, noting an option's value its type refused (`--since 32/13/2026`); a
        byte in it that is not UTF-8 read as "�" (`not_utf8.as_read`), before its type or
        its choices see it."""
        from reflect.cli.not_utf8 import as_read

        if action.metavar in ("DIR", "FILE") and not arg_string.strip():
            # `-o "$OUT"`, `--sessions-dir "$DIR"` with the variable unset: the notes were
            # printed, the usual sessions folder read, as though the option were not there.
            self._value_refused = bool(action.option_strings)
            kind = "folder" if action.metavar == "DIR" else "file"
            leave = "" if action.required else " (or leave the option out)" \
                if action.option_strings else " (or leave it out)"
            raise argparse.ArgumentError(action, f"{arg_string!r} names no {kind}: give its "
                                                 f"path{leave}")
        arg_string, named = as_read(action, arg_string)
        if named is not None and named not in self._not_utf8:
            self._not_utf8.append(named)
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError:
            self._value_refused = bool(action.option_strings)
            raise

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """A value not among an option's choices (`--format docs`, a command `exprot`): said
        with the nearest choice first, then all of them, as argparse lists them."""
        choices = action.choices
        if choices is None or value in choices:
            return
        self._value_refused = bool(action.option_strings)  # (a command's name: with usage)
        if (option := self._unknown_option_before(str(value))) is not None:
            # `reflect --sesions-dir /tmp`: the folder was read as the command, and the
            # mistake said as "invalid choice: '/tmp'", never naming the option (a trial).
            raise argparse.ArgumentError(None, unrecognized(self, [option]))
        groups = choices.groups if isinstance(choices, Choices) else []
        listed = ("from:" + "".join(f"\n  {group}" for group in groups) if groups else
                  "from " + ", ".join(repr(c) for c in choices))
        meant = nearest(str(value), [str(c) for c in choices])
        hint = f": did you mean {meant}?" if meant else ""
        # A positional's name is its field's (`argument what`), which no user has seen: the
        # command's name before the message says what it is a choice for.
        named = action if action.option_strings or action.metavar is not None else None
        raise argparse.ArgumentError(named, f"invalid choice: {readable(str(value))!r}{hint} "
                                            f"(choose {listed})")

    def _unknown_option_before(self, value: str) -> str | None:
        """The option typed just before `value` that this parser does not know (its value
        then read as a command or a choice), if any."""
        typed = self._typed
        for before, after in zip(typed, typed[1:], strict=False):
            if after == value and before.startswith("--") and "=" not in before \
                    and not self._knows(before):
                return before
        return None

    def _knows(self, option: str) -> bool:
        """Whether `option` is one of this parser's, or (as argparse takes them) the start of
        just one of its long ones."""
        if option in self._option_string_actions:
            return True
        started = [o for o in self._option_string_actions if o.startswith(option)]
        return self.allow_abbrev and len(started) == 1

    def error(self, message: str) -> NoReturn:
        """argparse's usage and error, the error fitted to the terminal (`console.echo`).

        An option's value refused (`--since 32/13/2026`, `--format docs`) is said alone: its
        line names the option, the value, what is wrong and what is taken, and the usage
        printed before it (four lines for `report`) buried it (a learning lead's trial). A
        mistake in the command's shape (an option mistyped, a word missing) keeps the usage."""
        from reflect.console import echo

        if not self._value_refused:
            self.print_usage(sys.stderr)
        said = self._choices_missing(message)
        if self._curly:
            from reflect.walk.spoken import curly_quoted

            said = curly_quoted(said)
        echo(f"{self.said_as()}: error: {said}", err=True)
        self.exit(2)

    def said_as(self) -> str:
        """The command as every one of its messages names it, `reflect report`: its usage
        says how to start this reflect (`.venv/bin/reflect report`), and a refused `--since`
        started so, where the command's other refusals start `reflect report:` (a learning
        lead's trial)."""
        from reflect.commands import program

        started = program()
        return "reflect" + self.prog.removeprefix(started) if self.prog.startswith(started) \
            else self.prog

    def _choices_missing(self, message: str) -> str:
        """argparse's "the following arguments are required: what", where `what` is a word
        among choices that comes first (`reflect list` alone): each choice said as the
        command to type (`reflect list reviews` or `reflect list sessions`), never the field's
        name, which no user has seen (a trial)."""
        required = "the following arguments are required: "
        names = message.removeprefix(required).split(", ")
        first = next((a for a in self._actions if not a.option_strings), None)
        if not message.startswith(required) or first is None or first.choices is None \
                or first.metavar is not None or first.dest not in names:
            return message
        ways = " or ".join(f"`{self.prog} {choice}`" for choice in first.choices)
        return f"one more word is needed: {ways}"
