"""The command line's parser, saying what a mistyped option or choice was likely meant to be.

argparse (before Python 3.14) answered `reflect export X --fromat md` with the top-level usage
and "unrecognized arguments", not the command's usage, and `--format docs` with the whole
list of formats and nothing nearer (a trial). `ReflectParser` says the mistake under the
command's own usage, with the nearest option or choice: "did you mean --format?", "did you
mean docx?", as a mistyped session id is answered (`store.sessions.nearest_ids`)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from typing import Any


def nearest(typed: str, known: Iterable[str]) -> str | None:
    """What `typed` was likely meant to be among `known`, if one is near enough (a slip or
    two: `docs` for docx, `fromat` for format, `sinse` for since); None otherwise."""
    import difflib  # (only once something is mistyped: `reflect` alone starts quicker)

    found = difflib.get_close_matches(typed, list(known), n=1, cutoff=0.6)
    return found[0] if found else None


def nearest_option(parser: argparse.ArgumentParser, typed: str) -> str | None:
    """The long option of `parser` that `typed` (`--fromat`, `--fromat=md`) was likely meant
    to be, if one is near enough; None for anything not an option."""
    if not typed.startswith("--") or len(typed) < 4:
        return None
    name = typed.split("=", 1)[0]
    options = {o[2:]: o for o in parser._option_string_actions if o.startswith("--")}
    found = nearest(name[2:], options)
    return options[found] if found else None


def unrecognized(parser: argparse.ArgumentParser, rest: Sequence[str]) -> str:
    """argparse's "unrecognized arguments" for `rest`, with the option each mistyped one was
    likely meant to be."""
    said = f"unrecognized arguments: {' '.join(rest)}"
    meant = {typed.split("=", 1)[0]: option for typed in rest
             if (option := nearest_option(parser, typed)) is not None}
    if len(meant) == 1:
        return f"{said}: did you mean {next(iter(meant.values()))}?"
    if meant:
        return f"{said}: did you mean " + ", ".join(
            f"{option} for {typed}" for typed, option in meant.items()) + "?"
    return said


class ReflectParser(argparse.ArgumentParser):
    """An ArgumentParser (its commands' parsers are made of the same class) that says a
    mistake under the usage of the command it was typed for, with what was likely meant."""

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        parsed, rest = self.parse_known_args(args, namespace)
        if rest:
            where = self._command_parser(parsed) or self
            where.error(unrecognized(where, rest))
        return parsed

    def _command_parser(self, parsed: argparse.Namespace) -> argparse.ArgumentParser | None:
        """The parser of the command `parsed` was read for (`reflect export …`'s), if any."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(parsed, action.dest, None) or "")
                if isinstance(chosen, argparse.ArgumentParser):
                    return chosen
        return None

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """A value not among an option's choices (`--format docs`, a command `exprot`): said
        with the nearest choice first, then all of them, as argparse lists them."""
        choices = action.choices
        if choices is None or value in choices:
            return
        listed = ", ".join(repr(c) for c in choices)
        meant = nearest(str(value), [str(c) for c in choices])
        hint = f": did you mean {meant}?" if meant else ""
        raise argparse.ArgumentError(action, f"invalid choice: {value!r}{hint} "
                                             f"(choose from {listed})")
