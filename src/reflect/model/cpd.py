"""A session's CPD parts: what the person chooses for their records, and the team session an
individual reflection was written after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import field_validator, model_validator

from reflect.model.clean import Clean, Flag, Lines, SessionModel, Whole

if TYPE_CHECKING:
    from reflect.model.session import Session

NMC_THEMES = ("Prioritise people", "Practise effectively", "Preserve safety",
              "Promote professionalism and trust")
"""The four themes of the NMC Code (as in reflect/export/forms.toml, which a test checks)."""
SWE_STANDARDS = 6
"""Social Work England's professional standards are numbered 1 to 6."""


class CpdChoices(SessionModel):
    """What the person chooses for their CPD records: none of it is in the notes themselves."""

    activity_type: Lines = ""
    """The type of CPD activity; "" for reflect's wording (reflection on a review)."""
    why_relevant: Lines = ""
    """Why this is relevant to my practice (the Social Work England record)."""
    standards: list[Whole] = []
    """Social Work England professional standards it relates to, by number (1 to 6)."""
    themes: dict[Clean, Lines] = {}
    """NMC Code themes it relates to, each with how (theme -> how)."""
    participatory: Flag | None = None
    """Whether it counts as participatory (NMC); None: a team session is, a reflection is not
    (one written after a team session neither: its time is the person's own; it counts as
    peer-reflected instead, `cpd.peer_reflected`)."""
    method: Lines = ""
    """The CPD method for the log; "" for reflect's wording."""

    @property
    def for_swe(self) -> bool:
        """Whether anything of Social Work England's record is chosen (a standard): until
        then its terms are not pressed on someone whose record it is not (`for_nmc`)."""
        return bool(self.standards)

    @property
    def for_nmc(self) -> bool:
        """Whether anything only the NMC's records use is chosen (a Code theme, participatory
        yes or no, a CPD method). A school's safeguarding lead was shown "0 min of it
        participatory" and "Code themes: (none chosen)" everywhere, a nurse's words for a
        teacher's CPD (a trial): the NMC's terms are shown once one of them is chosen."""
        return bool(self.themes) or self.participatory is not None or bool(self.method)

    @property
    def regulator(self) -> str:
        """The regulator whose record the choices are for: "swe" (a standard chosen), "nmc" (a
        Code theme, participatory or a method), "" for neither or both. A social worker who
        ticked the standards in F8 was offered the any-profession record first, which leaves
        them out (a trial): the export dialog opens on this regulator's (`opening_format`)."""
        return "swe" if self.for_swe and not self.for_nmc else \
            "nmc" if self.for_nmc and not self.for_swe else ""

    def counts_as_participatory(self, team: bool) -> bool:
        """Participatory as chosen; not chosen, a `team` session's learning is and a
        reflection's is not (the CPD record's and My CPD's one rule)."""
        return self.participatory if self.participatory is not None else team

    @field_validator("standards")
    @classmethod
    def _known_standards(cls, value: list[int]) -> list[int]:
        wrong = [n for n in value if not 1 <= n <= SWE_STANDARDS]
        if wrong:
            raise ValueError(f"Social Work England standards are numbered 1 to {SWE_STANDARDS},"
                             f" not {', '.join(map(str, wrong))}")
        return sorted(set(value))

    @field_validator("themes")
    @classmethod
    def _known_themes(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = [k for k in value if k not in NMC_THEMES]
        if wrong:
            raise ValueError(f"the NMC Code's themes are {', '.join(NMC_THEMES)}; not "
                             f"{', '.join(map(repr, wrong))}")
        return {k: value[k] for k in NMC_THEMES if k in value}


def theme_named(name: str) -> str | None:
    """The Code's theme `name` names (by its name, close enough, or its number, 1 to 4), or
    None: `cpd-fill --theme` and plain mode's question read a theme alike."""
    import difflib

    given = " ".join(name.split()).casefold()
    if given.isdigit() and 1 <= int(given) <= len(NMC_THEMES):
        return NMC_THEMES[int(given) - 1]
    # Close enough counts: "Practice effectively" is the Code's "Practise effectively".
    folded = {t.casefold(): t for t in NMC_THEMES}
    found = difflib.get_close_matches(given, folded, n=1, cutoff=0.85)
    return folded[found[0]] if found else None


class TeamPoint(SessionModel):
    """One of the team's points, as a reflection written after the team session keeps it."""

    text: Lines
    by: Clean | None = None
    """Who made it, by role and agency as the team session records them ("Health visitor,
    Invented Trust"; "anonymous" for a point sent from the room without a name; never a
    name); "" where it records no one, or no role or agency for them; None where not known:
    a reflection started before 3 December 2026 kept the team's points as text alone (the
    team's summary among them), as a list of strings, read so."""
    no_one: Flag | None = None
    """True where the team session records no one as making it (`by` is then ""): said
    "(no one named)", where "(no role recorded)" read as if someone had made it whose role
    was missing (a trial); None otherwise, and for a point kept before 4 December 2026,
    whose "" may be either."""

    @model_validator(mode="before")
    @classmethod
    def _text_alone(cls, data: object) -> object:
        return {"text": data} if isinstance(data, str) else data


class TeamLink(SessionModel):
    """The team session an individual reflection was written after, as the record needs it:
    copied when the reflection starts, with nobody named (roles only, details redacted)."""

    session_id: Clean
    label: Clean = ""
    date: Clean = ""
    """The team session's date as people write it (3 May 2024)."""
    roles: list[Clean] = []
    """Who took part, by role only."""
    points: dict[Clean, list[TeamPoint]] = {}
    """The team's points on each question, by question id, each with who made it."""
    summaries: dict[Clean, Lines] = {}
    """The team's summary of the discussion on each question, by question id (kept apart from
    the points since 3 December 2026: before, it was the last of them)."""
    notes: list[Lines] = []
    """The team's notes on the review's sections ("Good practice: ...")."""
    actions: list[Lines] = []
    """What the team agreed to do (no owners)."""
    minutes: Whole = 0
    """The team session's time logged for CPD."""


def peer_reflected(session: Session) -> bool:
    """Whether the learning was reflected on with peers: a team session, or a reflection
    written after one (the CPD records' peer sections, My CPD's peer-reflected count)."""
    return session.mode == "team" or session.after is not None
