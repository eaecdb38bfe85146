"""The forms reflect fills in, read from `forms.toml` (shipped with the package): its own
reflective account for any profession (`any`), then the regulators' forms.

Each form is a title, a note for the person filling it in, and its fields in the form's order
(a key reflect fills it by, the name the form gives it, and the form's prompt). The lists the
forms choose from (Social Work England's professional standards, the NMC Code's themes) are
there too. Editing the wording means editing the data file, never the code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class FormField:
    key: str
    name: str
    prompt: str
    part: str = ""
    """The part of the form the field belongs to ("Peer reflection"); "" for none."""


@dataclass(frozen=True)
class Form:
    key: str
    title: str
    source: str
    note: str
    check: bool
    """The wording is close to the published form but to be checked against it."""
    fields: tuple[FormField, ...]

    def field(self, key: str) -> FormField:
        return next(f for f in self.fields if f.key == key)


@cache
def _data() -> dict[str, object]:
    text = resources.files("reflect.export").joinpath("forms.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def form(key: str) -> Form:
    """The form `key` (any, swe, nmc_account, nmc_log, nmc_discussion); KeyError if
    unknown."""
    raw = _data()["forms"][key]  # type: ignore[index]
    fields = tuple(FormField(f["key"], f["name"], f.get("prompt", ""), f.get("part", ""))
                   for f in raw["fields"])
    return Form(key, raw["title"], raw["source"], raw.get("note", ""), raw.get("check", True),
                fields)


def choices(key: str) -> tuple[str, ...]:
    """A list a form chooses from: `swe_standards` or `nmc_themes`."""
    return tuple(_data()["lists"][key]["items"])  # type: ignore[index]


def swe_standards() -> tuple[str, ...]:
    """Social Work England's professional standards, numbered from 1 in this order."""
    return choices("swe_standards")


def nmc_themes() -> tuple[str, ...]:
    """The four themes of the NMC Code."""
    return choices("nmc_themes")
