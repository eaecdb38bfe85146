"""The word lists of the names check (model/unlisted_names.py): the first names reflect knows
(`first_names.txt`), the words that start a sentence and are no one (`not_owners.txt`), and the
words around a name, before a person (`with`, `told`), after a place (`Primary`), or naming no
one in titles and actions (`huddle`, `Easter`); abbreviations that are never initials. Moved
here from unlisted_names.py when its rules outgrew a module. Pure: no IO but the lists, read
once.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reflect.model.roles import ABBREVIATIONS


@functools.cache
def first_names() -> tuple[frozenset[str], frozenset[str]]:
    """The first names in `first_names.txt`, and those of them that are also words."""
    names, words = set(), set()
    for line in (Path(__file__).with_name("first_names.txt")).read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        for name in line.split():
            names.add(name.rstrip("*"))
            if name.endswith("*"):
                words.add(name.rstrip("*"))
    return frozenset(names), frozenset(words)


OWN_WORDS = frozenset("""
meeting meetings strategy discussion discussions huddle forum briefing briefings training
session sessions workshop supervision consultation group groups core case cases audit audits
toolkit protocol pathway framework profile form forms template checklist flowchart reflection
reflective learning week away lead leads staff everyone everybody all each both joint peer
front door named designated initial refresher network practice surgery primary secondary
academy college university centre center hub house road street lane avenue close estate clinic
church mosque temple foundation project community leisure medical library cafe park
level levels graded multi-agency pre-birth birth safer sleep voice lived experience threshold
thresholds escalation chronology referral referrals agenda minutes notes plan plans update
mosaic liquidlogic lcs eclipse systmone emis rio carefirst zoom outlook sharepoint
easter whitsun half-term ramadan eid diwali hanukkah new year summer autumn winter spring
term holidays holiday north south east west central city county district borough town village
mr mrs ms miss mx dr prof sir dame rev cllr
""".split())
"""Words written capitalised in titles and actions that name no one (with `NOT_NAMES`, the
jobs' words and abbreviations, months and days)."""

PLACE_WORDS = frozenset("""
school primary academy nursery college university surgery practice hospital council trust police
team centre center hub house road street lane avenue close estate ward clinic health housing
service services church mosque temple foundation project partnership court cafe library family
families early youth community leisure medical children's childrens infant infants junior
""".split())
"""Words after which the capitalised word before them is a place, not a person's name
(`Moorvale Primary`, `Invented Police`)."""

BEFORE_A_PERSON = frozenset("""with ask tell email e-mail ring phone call contact invite remind
thank cc from meet asked asks asking told tells telling emailed emails emailing rang rings ringing
phoned phones phoning called calling contacted contacting invited inviting reminded reminding
thanked met meets""".split())
"""Words that go before a person, each verb's forms too: a capitalised word no list knows after
one is a name (`told Quorra to wait`: until 7 December 2026 only `tell` was here)."""

BEFORE_TO = frozenset("speak talk write send pass give refer report forward handover hand "
                       "introduce".split())
"""`speak to Tamsk`: a person after "to" only after these."""

@functools.cache
def not_owners() -> frozenset[str]:
    """The words in `not_owners.txt`: words that start a sentence before "to", "has" or "will"
    and are no one (`Feedback to the partnership`, `Admin to send`, `Hard to read`), where an
    unknown word is otherwise taken for a name."""
    text = Path(__file__).with_name("not_owners.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#")
                     for w in line.split())


ABBREVIATED = ABBREVIATIONS | frozenset("""
plo icpc rcpc cpc marac mappa lscp scp lsp lscb smt slt sen cse cce fgm dv da dva cic pep yos
yjs fd cpp sgo fgc icb ccg ae ooh nfa tbc tba asap fyi aob rag kpi qa hr it ict pa ta hlta dsp
cpo ic uk us nb ps am pm eg ie re dob aka ok gcp3 gcp ehm lcs sw hv vs lb ceo ppe dbs ofsted
""".split())
"""Abbreviations of jobs, services and everyday words: never initials."""

A_PERSONS_STATE = frozenset("""
upset quiet hungry absent late scared frightened afraid angry happy sad tired withdrawn anxious
distressed crying settled excluded unwell ill poorly asleep awake bruised injured hurt pregnant
missing born aged living staying seen left sent referred admitted discharged bullied shouting
smiling laughing chatty loud rude polite unkempt
""".split())
"""After "is" or "was" (an adverb between: `very`, `not`), words saying how someone is or was,
which a first name that is also a word is, before them: `Will was upset`, `Grace was quiet all
term`, `Mark was left at the school`; not `Hope is what kept us going`, `Faith is important`
(model/unlisted_names.py). A number says so too: an age (`Grace was 14`)."""
