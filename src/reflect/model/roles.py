"""A participant's line read as name, role and agency, and whether words name a job: `Alex
Example, GP` is a name and a role, `health visitor, Invented Trust` a role and an agency.

A line of two parts was always read as role, agency, so a name typed before a role became a
role, and the partnership's report ("no one is named") counted "Alex Example" among the roles
(a trial). Two parts are now read as name, role only when the second names a job and the first
does not; anything else is read as before. The words are the jobs of the people who come to
these meetings (social care, health, police, schools, housing, probation, the voluntary
sector), and the last words such jobs end with.

A line of one part was always read as a role, so names typed one per line ("Jo Example")
were counted by role in the report that names no one, and written out by a roles-only export
(a trial). One part that looks like a name (one to three capitalised words, none a job or a
word of safeguarding's own vocabulary) is now read as a name.

A facilitator types names in small letters as often as not: `sam sample` was read as a role
(a trial), and so was `PAT EXAMPLE` in capitals (a trial). A part all in small letters or all
in capitals that would look like a name written as names are is a name (`small_name`); a job
(`health visitor`), a service or a known abbreviation (`camhs`, `SW`, `NHS`) is not. One rule
for plain mode and the app's participants box: plain mode read them so first, while the box
still needed capitals (a trial). Both say how they read each line (`how_read`), and, after a
line with neither an agency nor both a name and a role, how a line is read (`ONE_PART`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from reflect.model.dates import MONTHS, WEEKDAYS
from reflect.model.teams import BUILTIN_AGENCY_ALIASES
from reflect.text import one_line, search_words, tidy_name

if TYPE_CHECKING:
    from reflect.model.session import Participant

_WHOLE = frozenset({
    "gp", "dsl", "ddsl", "senco", "idva", "isva", "paediatrician", "midwife", "nurse",
    "teacher", "headteacher", "head teacher", "doctor", "consultant", "psychologist",
    "psychiatrist", "therapist", "counsellor", "social worker", "health visitor",
    "school nurse", "police officer", "detective", "sergeant", "constable", "inspector",
    "student", "manager", "practitioner", "advocate", "chair", "pcso", "pc", "dc", "ds",
    "sw", "ssw", "fsw", "iro", "lado", "cpn",
})
"""Jobs said in full (any case)."""

_LAST = ("worker", "officer", "nurse", "visitor", "manager", "lead", "teacher", "midwife",
         "doctor", "practitioner", "adviser", "advisor", "coordinator", "co-ordinator",
         "therapist", "psychologist", "paediatrician", "consultant", "student", "assistant",
         "sergeant", "constable", "inspector", "gp", "senco", "dsl", "idva", "isva",
         "director", "supervisor", "mentor", "navigator", "chair", "head", "facilitator",
         "observer", "volunteer", "trainee", "apprentice", "paramedic", "pharmacist",
         "solicitor", "governor", "guardian", "clinician", "registrar", "caseworker",
         "keyworker", "administrator", "analyst", "carer", "psychiatrist", "counsellor",
         "leader")
"""The last word of a job (`family support worker`, `designated safeguarding lead`)."""

_SHORT = frozenset("""
ta hlta lsa sendco dsp ht dht aht ect nqt hoy ewo sbm slt hv rn rgn rmn anp ot hca cns amhp
dci sgt insp ps asw nqsw pa tm atm sm hos po pso""".split())
"""Jobs written short, a part alone, in any case, as people in schools, health, police and
social care write theirs (`Sam Sample, TA`: a teaching assistant; `HV` a health visitor,
`DCI` a detective chief inspector, `TM` a team manager), beside those `_WHOLE` has (GP, DSL,
DDSL, SENCo, SW, DS, DC, PC, IRO, LADO…). `Sam Sample, TA` was read as the agency "TA", no
role, where `teaching assistant` written out was a role (a school's trial). Services written
short (CSC, NHS, CAMHS, MASH) stay agencies. Not words of `JOB_WORDS`: written as a name's
are ("Sam Ta"), they are one."""

_SHORT_IN_CAPITALS = frozenset({"di", "elsa", "salt"})
"""Jobs written short that are names' words too (Di, Elsa, Sam Salt): a job only typed in
capitals (`DI` a detective inspector, `ELSA` an emotional literacy support assistant, `SALT`
a speech and language therapist)."""

_WORD = re.compile(r"[a-z][a-z-]*")

NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("""
a an and the of in on at to for with by or but not no was were is are had has have did does
said says who would could should will then when also felt told went so as it
protection protective services service social care carer carers health healthcare need needs
safeguarding practice review reviews death development centre center minder minders minding
support sexual criminal exploitation abuse neglect plan plans planning conference conferences
assessment assessments panel record records book unit team teams worker workers officer
officers nurse nurses visitor visitors visiting local authority authorities council court
courts police school schools trust board partnership partnerships family families mental
early help helpline line working together think brought benefit benefits allowance tax credit
credits guidance policy procedure procedures act order orders agency agencies hub mash front
door looked after missing education nursery hospital ward safety signs graded tool christmas
day unborn boy girl bank clinic doctor midwife midwifery paediatric paediatrician consultant
children children's child baby babies mother father mum dad parent parents brother sister
grandma nan uncle aunt cousin son daughter number name unknown unnamed lives matter matters
first centred centered focused welfare wellbeing voice journey sleep safe safer home house
housing england wales scotland ireland british english partner partners learning
organisation organisations organization organizations
nhs nspcc cafcass ofsted barnardos barnardo's
today tomorrow yesterday tonight now here there work
""".split())
"""Capitalised words that are not names (lower case): month and day names, and words that
follow "child", "mother" and the like in safeguarding's own phrases or title-case headings."""

JOB_WORDS = frozenset(w for job in _WHOLE for w in job.split()) | frozenset(_LAST) | frozenset("""
probation youth offending duty designated named senior deputy acting interim specialist
principal clinical independent domestic violence ambulance fire prison foster fostering
adoption leaving drug alcohol substance voluntary sector charity legal""".split())
"""Words of a job or a service, never read as a name's ("Duty Manager", "Probation")."""


def looks_like_a_name(text: str) -> bool:
    """True when `text` is written as a person's name is: one to three words, each a capital
    then small letters ("Jo Example", "Sam O'Sample", "Alex McExample"), none of them a job's
    word ("Duty Manager", "GP") or of safeguarding's own vocabulary ("Invented Council")."""
    words = text.split()
    if not 1 <= len(words) <= 3 or names_a_role(text):
        return False
    for word in words:
        letters = word.replace("'", "").replace("’", "").replace("-", "")
        if not (letters.isalpha() and len(letters) >= 2 and word[0].isupper()
                and any(c.islower() for c in letters[1:])):
            return False  # "GP", "CSC", "social", "A."
        if word.casefold() in JOB_WORDS or word.casefold() in NOT_NAMES:
            return False
    return True


ABBREVIATIONS = frozenset(k.casefold() for k in BUILTIN_AGENCY_ALIASES) | frozenset("""
sw ssw asw fsw hv gp cp cpn rmn rgn anp ot slt salt iro lado senco sendco dsl ddsl idva isva
pcso pc dc ds dci di nhs camhs csc asc icb ed mash yot cin cla lac eha edt tac dwp cps nps crc
tm sm dm hos ehcp send""".split()) | _SHORT
"""Jobs' and services' abbreviations, in small letters: never a name, typed in small letters
or in capitals (`SW`, `hv`, `CAMHS`, `NHS`)."""


def small_name(text: str) -> bool:
    """True when `text`, typed all in small letters (`sam sample`) or all in capitals (`PAT
    EXAMPLE`, read as a role and not found to be Pat Example, listed already: a trial),
    would look like a name written with capitals as names are (`looks_like_a_name`), and
    none of its words is a job's or a service's abbreviation (`camhs`, `SW`, `NHS`). A
    word alone of three letters or fewer in capitals is an abbreviation too (`TM`, `IRO`)."""
    words = text.split()
    if not words or not (text.islower() or text.isupper()):
        return False
    if any(w.strip(".").casefold() in ABBREVIATIONS for w in words):
        return False
    if text.isupper() and len(words) == 1 and len(words[0]) <= 3:
        return False
    return looks_like_a_name(tidy_name(text))


def names_no_one(text: str) -> bool:
    """True when `text` is a job and no one's name: a job's word ("lead", "DSL", "Duty") and
    every other word a job's or of safeguarding's own vocabulary ("Team lead", "Duty Manager",
    "Head of Service"), with words saying whose it is ("my supervisor"). A facilitator's
    field often holds a role: taken as a name, "Team lead" and "Team" were redacted from a
    report's titles and actions (a trial). A word of anything else ("Jo", "Kim Lee (Team
    lead)") may be a name: False."""
    words = _WORD.findall(text.casefold())
    return any(w in JOB_WORDS for w in words) and all(
        w in JOB_WORDS or w in NOT_NAMES or w in _WHOSE for w in words)


_WHOSE = frozenset("my our your their his her its".split())
"""Words saying whose a job is (`my supervisor`, `our practice manager`): no one's name.
Read as a name in small letters, "my supervisor" in a reflection's *Who else is involved* was
listed as "[redacted]" (a trial)."""


def names_a_role(text: str) -> bool:
    """True when `text` names a job, as the people in these meetings say theirs."""
    words = _WORD.findall(text.casefold())
    if not words:
        return False
    whole = " ".join(words)
    return whole in _WHOLE or words[-1] in _LAST or whole in _SHORT or (
        whole in _SHORT_IN_CAPITALS and text.strip().isupper())


def more_than_a_name(text: str) -> bool:
    """True when `text`, typed as someone's name, has more words than a name has (one to
    three, as `looks_like_a_name` reads them) and names no job: the new-session form's list
    reads such a line as no one's name, and *Who is here* asks before listing it as a person.
    Only the words before a comma count: a name then a role and agency is a name.
    A point meant for a question ("Another point from window one"), typed on *Who is here*'s
    table, where letters start a new person, was listed as someone here, unasked (a trial)."""
    name = text.split(",", 1)[0]  # (`Ann Example, GP, Invented Practice`: a name, then more)
    return len(name.split()) > 3 and not names_a_role(name)


ONE_PART = ("A line with no comma is a name when it looks like one (sam sample, Jo Example), "
            "otherwise a role (health visitor); to record both, type name, role, agency.")
"""Said after a line typed without both a name and a role (nor an agency): under the app's
participants box, and in plain mode after the first such person."""


def left_out(line: str) -> str:
    """Said of a line typed that names no one (commas alone, `, ,`), which is left out: under
    the app's participants box (ui/screens/participants_read.py) and in plain mode, each
    adding its own end. The box's reading left it out unsaid (a facilitator's trial)."""
    return f"“{one_line(line, 24)}” is left out, nothing added for it: commas alone name no one"


def boxes_name_no_one(values: Mapping[str, str]) -> bool:
    """A person's boxes (`name`, `role`, `agency`) that name no one: each empty, or commas and
    spaces alone (`, ,`), as `left_out` says of such a line. *Who is here*'s Name box added a
    person named ", ," (a facilitator's trial), though the new-session form leaves it out."""
    return all(not value.replace(",", " ").strip() for value in values.values())


def how_read(person: Participant, between: str = " · ") -> str:
    """How a line was read, as the app's box and plain mode say it: `name: sam sample · role:
    GP` (a name typed alone and read as a role was otherwise taken unseen: a trial); plain
    mode's parts are `between` a comma, as a screen reader reads it."""
    parts = (("name", person.name), ("role", person.role), ("agency", person.agency))
    return between.join(f"{label}: {value}" for label, value in parts if value)


def split_person(line: str) -> tuple[str, str, str]:
    """A participant's line as (name, role, agency): `name, role, agency`, `role, agency`,
    `name, role` (only when the second part names a job and the first does not), `name,
    agency` (when the first part is a name: it `looks_like_a_name`, or is one typed in small
    letters or in capitals, `small_name`: `sam sample`, `PAT EXAMPLE`), a name alone
    (likewise) or just a role. A line pasted from a spreadsheet (columns split by tabs) is
    read the same way. The words are kept as typed."""
    parts = _bracketed(line) or \
        [p.strip() for p in line.split("\t" if "\t" in line.strip() else ",")]
    if len(parts) >= 3:
        return parts[0], parts[1], ", ".join(p for p in parts[2:] if p)  # ",,," not kept
    if len(parts) == 2 and names_a_role(parts[1]) and (
            not names_a_role(parts[0]) or _surname_a_job(parts[0])):
        return parts[0], parts[1], ""
    if len(parts) == 2 and _a_name(parts[0]):  # "Alex Example, Invented Council"
        return parts[0], "", parts[1]  # (as a role, roles-only notes printed the name)
    if len(parts) == 2:
        return "", parts[0], parts[1]
    if _a_name(parts[0]):
        return parts[0], "", ""
    return "", parts[0], ""


def _a_name(part: str) -> bool:
    return looks_like_a_name(part) or small_name(part)


_JOB_BEFORE = frozenset("""
office business operations reception project programme area locality quality patient case
district community finance data admin site nursery deputy""".split())
"""First words of a job title not among `JOB_WORDS` or `NOT_NAMES` ("Office Manager"):
never a first name before a surname that is a job's word (`_surname_a_job`)."""


def _surname_a_job(part: str) -> bool:
    """True where `part` is written as a person's name is, a first name and a surname that
    happens to be a job's last word ("Dee Visitor", "Sam Carer"): two capitalised words,
    the first no job's or service's word. Typed before a job ("Dee Visitor, health
    visitor") it is a name and a role; it was read as the role "Dee Visitor" at the agency
    "health visitor" (a trial). "Health Visitor" and "Duty Manager" stay jobs."""
    words = part.split()
    if len(words) != 2 or " ".join(_WORD.findall(part.casefold())) in _WHOLE:
        return False
    first = words[0].casefold()
    return first not in JOB_WORDS | NOT_NAMES | _JOB_BEFORE and all(
        w.isalpha() and len(w) >= 2 and w[0].isupper() and w[1:].islower() for w in words)


_NAME_THEN = re.compile(r"\s*(?P<name>[^(),\t]+?)\s*(?:\((?P<inner>[^()\t]+)\)\s*"
                        r"(?P<tail>,[^()\t]*)?|\s[-\u2013\u2014]\s*(?P<after>[^()\t]+))\s*")
"""A name, then a job or a service in brackets (and more after a comma) or after a dash
with a space before it (a double-barrelled name's hyphen has none)."""

SERVICE_WORDS = frozenset("""
academy college university surgery clinic practice hospital trust council police school
nursery service services team centre center hub unit board agency constabulary foundation
charity probation housing health care nhs""".split())
"""Words a service's or an agency's name holds ("Moorvale Academy", "Invented Trust")."""


def names_work(text: str) -> bool:
    """True where `text` names a job, a service or an agency, never a name's: a job's words
    (`names_a_role`, "Duty Manager"), a known abbreviation ("SW", "CAMHS") or a service's
    word ("Moorvale Academy"). "Alex Example (Al)" names no work: a name and what they are
    called, kept whole."""
    words = _WORD.findall(text.casefold())
    return bool(words) and not _a_name(text.strip()) and (
        names_a_role(text) or any(w in JOB_WORDS or w in ABBREVIATIONS or w in SERVICE_WORDS
                                  for w in words))


def _bracketed(line: str) -> list[str] | None:
    """A line written `Alex Example (health visitor)`, `Alex Example (GP, Invented
    Practice)` or `Alex Example - health visitor` as its parts (name, then each after it):
    a name, then what `names_work`. None for anything else (read by its commas)."""
    found = _NAME_THEN.fullmatch(line)
    if found is None or not _a_name(found["name"]):
        return None
    more = found["inner"] or found["after"]
    parts = [p.strip() for p in f"{more}{found['tail'] or ''}".split(",") if p.strip()]
    return [found["name"], *parts] if parts and names_work(more) else None


def name_apart(typed: str) -> tuple[str, str, str] | None:
    """What a person's Name box holds read as (name, role, agency) where it is a name, then
    a job or a service (`names_work`) after a comma, in brackets or after a dash: "Alex
    Example, health visitor" typed as a name was kept whole as the name (a trial), where
    the new-session form's line and plain mode read it apart. None for a name alone, or
    anything else ("Example, Alex", kept as typed). One rule with `split_person`."""
    name, role, agency = split_person(typed)
    rest = typed.strip()[len(name):] if typed.strip().startswith(name) else ""
    if not name or not (role or agency) or not names_work(rest.strip(" ,-\u2013\u2014()")):
        return None
    return name, role, agency


def read_apart(values: Mapping[str, str]) -> dict[str, str] | None:
    """A person's boxes (`name`, `role`, `agency`) with the Name box's words read apart
    (`name_apart`), each part in its box, where that box is empty or holds it already; None
    where they are not read apart, or a part would replace what its box holds."""
    apart = name_apart(values.get("name", ""))
    if apart is None:
        return None
    read = dict(zip(("name", "role", "agency"), apart, strict=True))
    if any(read[k] and values.get(k, "").strip()
           and name_key(values.get(k, "")) != name_key(read[k]) for k in ("role", "agency")):
        return None
    return {"name": read["name"], **{k: values.get(k, "").strip() or read[k]
                                     for k in ("role", "agency")}}


HANDED_OVER = "Facilitator, handed over"
"""The role of a team session's facilitator listed on Who is here once someone else took over
(model/handover.py): a role as facilitators have, which the notes print where they print a
facilitator's ("Facilitator"), by agency too, and which no later session carries over."""


def name_key(name: str) -> str:
    """What two people's names are compared by, case, spacing, punctuation, accents aside ("pat
    EXAMPLE" and "Pat Example." are "Pat Example"); "" for no name. The one rule for the
    room's names, whose sessions *My CPD so far* counts, and a person typed twice
    (`same_person`): there were two, and the two checks disagreed (a regression trial)."""
    words = search_words(name)
    return " ".join(words) if words else " ".join(name.casefold().split())


def one_named(people: Iterable[Participant], name: str) -> Participant | None:
    """The one participant whose name is `name` (`name_key`: case, spacing and punctuation
    aside), or None: none is, or two or more are (which one was meant would be a guess)."""
    found = [p for p in people if p.name.strip() and name_key(p.name) == name_key(name)]
    return found[0] if len(found) == 1 else None
