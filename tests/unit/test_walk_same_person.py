"""Plain mode's *Who is here*: a person typed who is on the list already is asked about, as
the app's dialog asks, with its words and letters (a: Another person of that name; s: Same
person, ticked here with any role or agency typed). Plain mode added them a second time
unasked: one person counted twice in reports, `@pat` naming two people, printed twice in the
notes."""

from __future__ import annotations

import io

from reflect.cli import main
from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, save_session


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _walk(monkeypatch, capsys, fictional_dir, sessions_dir, stdin, *args):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    monkeypatch.setattr("sys.stdin", stdin)
    code = main(["walk", "child-zz", "--mode", "team", "--title", "T", *args,
                 "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)])
    return code, " ".join(capsys.readouterr().out.split())


def _people(sessions_dir):
    [s] = [e.session for e in list_sessions(sessions_dir).entries if e.session.title == "T"]
    return [(p.name, p.role, p.agency, p.attended) for p in s.participants]


def test_a_name_on_the_list_already_is_asked_about_first(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir):
    script = ("Fay Example\nPat Example, Nurse, Invented Health\n"
              "pat example\n\n"  # Enter: the same person
              "PAT EXAMPLE, Health visitor\na\n"  # another person of that name
              "Pat Example., Social worker\nmaybe\ns\n"  # asked again; the same (the first)
              "\n")
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, _Tty(script),
                       "--team", "")
    assert code == 0
    # in words and commas: "(Nurse, Invented Health)" and "(here)" were read aloud (a trial)
    assert ("> Pat Example, Nurse, Invented Health, is on the list already, marked here. "
            "Another person called Pat Example, or the same person, ticked here with any role "
            "or agency typed now? a: Another person; s: Same person; Enter is s. > Ticked here: "
            "Pat Example, Nurse, Invented Health") in said
    assert ("“maybe” is not an answer here: type a for another person called Pat Example, or "
            "s for the same person.") in said  # (each said once)
    assert _people(sessions_dir) == [
        ("Pat Example", "Social worker", "Invented Health", True),  # the role typed now
        ("PAT EXAMPLE", "Health visitor", "", True)]


def test_one_of_last_times_people_typed_again_is_ticked_here(monkeypatch, capsys,
                                                             fictional_dir, sessions_dir):
    """Answered n (not here yet) and then typed when they came in: ticked, not listed twice."""
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20261101-child-zz-0000c001", title="Last month", team="Invented Team",
        participants=[Participant(name="Sam Sample", role="Teacher")]))
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir,
                       _Tty("Fay Example\nn\nsam sample\n\n\n"), "--team", "Invented Team")
    assert "Sam Sample, Teacher, is on the list already, marked not here." in said
    assert "The one person on this team's list last time is listed as not yet here." in said
    assert _people(sessions_dir) == [("Sam Sample", "Teacher", "", True)]


def test_from_a_script_it_is_the_same_person_unasked_and_said(monkeypatch, capsys,
                                                              fictional_dir, sessions_dir):
    """Asked, a script's next line would be read as the answer, every answer after it moved
    on by one."""
    script = "Fay Example\nPat Example, Nurse\npat example\n\nNotes on the intro\n.\n"
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, io.StringIO(script),
                       "--team", "")
    assert ("Pat Example, Nurse, is on the list already: taken as the same person. At a "
            "terminal reflect asks whether it is another person called Pat Example.") in said
    assert "y or n" not in said
    assert _people(sessions_dir) == [("Pat Example", "Nurse", "", True)]
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.notes["intro"] == "Notes on the intro"  # read where it was meant


def test_a_name_typed_in_small_letters_is_a_name_and_each_person_is_said_as_read(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`sam sample` typed at *Add someone who is here* was recorded as a role, and `Added: sam
    sample` did not say so (a trial). A job typed alone is still a role, an empty name is
    asked again, and each person added is said back as the app's box says it."""
    script = ("Fay Example\nsam sample\nhealth visitor\nsocial worker, invented council\n"
              "pat example, invented trust\n, ,\ncamhs\n\n")
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, io.StringIO(script),
                       "--team", "")
    assert code == 0
    assert _people(sessions_dir) == [
        ("sam sample", "", "", True), ("", "health visitor", "", True),
        ("", "social worker", "invented council", True),
        ("pat example", "", "invented trust", True), ("", "camhs", "", True)]
    assert "Added: name: sam sample" in said and "Added: role: health visitor" in said
    assert "Added: role: social worker, agency: invented council" in said
    assert "Added: name: pat example, agency: invented trust" in said
    assert "Type a name, a role or an agency: their name, role and agency, with commas " \
        "between." in said  # `, ,`
    assert "“, ,” is left out, nothing added for it: commas alone name no one." in said
    assert said.count("A line with no comma is a name when it looks like one (sam sample, Jo "
                      "Example), otherwise a role (health visitor); to record both, type name, "
                      "role, agency.") == 1


def test_a_name_in_capitals_is_a_name_and_asked_about(monkeypatch, capsys, fictional_dir,
                                                      sessions_dir):
    """`PAT EXAMPLE` was said back `Added: role: PAT EXAMPLE`, not asked about as Pat Example
    listed already (a trial)."""
    script = "Fay Example\nPat Example, Nurse\nPAT EXAMPLE\n\nSAM SAMPLE\n\n"
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, _Tty(script),
                       "--team", "")
    assert code == 0
    assert "Pat Example, Nurse, is on the list already, marked here. Another person called " \
        "Pat Example, or the same person" in said
    assert "Added: name: SAM SAMPLE" in said and "role: PAT EXAMPLE" not in said
    assert _people(sessions_dir) == [("Pat Example", "Nurse", "", True),
                                     ("SAM SAMPLE", "", "", True)]


def test_the_facilitators_name_in_other_letters_is_asked_about(monkeypatch, capsys,
                                                               fictional_dir, sessions_dir):
    """The facilitator Pat Example, then `PAT EXAMPLE` typed among those here: listed as a
    role, the notes gave both (a trial). Enter: the same person, listed as the facilitator's
    name is written; a: another person of that name, as typed."""
    script = "Pat Example\nPAT EXAMPLE, SW\n\npat example\na\n\n"
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, _Tty(script),
                       "--team", "")
    assert code == 0
    assert ("Pat Example is the facilitator. Another person called Pat Example, added as "
            "typed, “PAT EXAMPLE”; or the same person, listed here as Pat Example? a: Another "
            "person; s: Same person; Enter is s. > Added: name: Pat Example, role: SW") in said
    assert said.count("is the facilitator") == 1  # then listed: asked as one listed is
    assert "Pat Example, SW, is on the list already, marked here." in said
    assert _people(sessions_dir) == [("Pat Example", "SW", "", True),
                                     ("pat example", "", "", True)]


def test_the_facilitators_name_from_a_script_is_the_same_person(monkeypatch, capsys,
                                                                fictional_dir, sessions_dir):
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir,
                       io.StringIO("Pat Example\nPAT EXAMPLE\n\n"), "--team", "")
    assert "“PAT EXAMPLE” is taken as Pat Example, the facilitator. At a terminal reflect " \
        "asks whether it is another person called Pat Example." in said
    assert _people(sessions_dir) == [("Pat Example", "", "", True)]


def test_a_letter_alone_at_add_someone_adds_no_one(monkeypatch, capsys, fictional_dir,
                                                    sessions_dir):
    """An `n` typed on after the here-or-not questions was added as a person whose role is
    `n` (a fresh-eyes trial): a line of one letter adds no one, and says so."""
    script = "Fay Example\nn\nSam Sample, Nurse\n\n"
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, io.StringIO(script),
                       "--team", "")
    assert code == 0
    assert _people(sessions_dir) == [("Sam Sample", "Nurse", "", True)]
    assert "“n” is one letter: no one is added." in said


def test_y_and_n_are_asked_again_saying_what_to_type(monkeypatch, capsys, fictional_dir,
                                                     sessions_dir):
    """The app's dialog asks with a (Another person) and s (Same person), as y was pressed
    meaning "yes, the same" and the person listed twice (a trial); plain mode asked y or n.
    Now y and n are neither, asked again; the words typed whole are answers too."""
    script = ("Fay Example\nPat Example, Nurse\npat example\ny\nn\nSame person\n"
              "Pat Example, Health visitor\nAnother Person\n\n")
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, _Tty(script),
                       "--team", "")
    assert code == 0
    assert "y or n" not in said
    assert said.count("a: Another person; s: Same person; Enter is s.") == 4
    assert ("“y” is not an answer here: type a for another person called Pat Example, or s "
            "for the same person.") in said
    assert "“n” is not an answer here" in said
    assert _people(sessions_dir) == [("Pat Example", "Nurse", "", True),
                                     ("Pat Example", "Health visitor", "", True)]


def test_a_name_like_last_times_is_asked_about_enter_taking_it_as_typed(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """"Jo Smith" typed where last time listed "Jo Smyth" was added beside them, nothing said
    (a trial): asked, by the app's rule for its box (`same_person.looks_like`)."""
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20261101-child-zz-0000c002", title="Last month", team="Invented Team",
        participants=[Participant(name="Jo Smyth", role="Teacher"),
                      Participant(name="Joanne Smith"), Participant(name="Kim Example")]))
    script = ("Fay Example\nn\nn\nn\n"  # none here yet
              "Jo Smith\nmaybe\na\ns\n"  # asked again; not Jo Smyth; Joanne Smith, ticked
              "Kim Exampel, GP\n\n"  # Enter: another person, as typed
              "\n")
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, _Tty(script),
                       "--team", "Invented Team")
    assert code == 0
    assert ("> “Jo Smith” looks like Jo Smyth, Teacher, on the list already, marked not here. "
            "Another person, or the same person, ticked here with any role or agency typed "
            "now? a: Another person; s: Same person; Enter is a. > “maybe” is not an answer "
            "here: type a for another person called Jo Smith, or s for Jo Smyth, Teacher. "
            "“Jo Smith” looks like Jo Smyth, Teacher") in said
    assert ("> “Jo Smith” looks like Joanne Smith, on the list already, marked not here. "
            "Another person,") in said
    assert "Ticked here: Joanne Smith Add someone" in said  # (not said as read: not added)
    assert ("“Kim Exampel” looks like Kim Example, on the list already, marked not here. "
            "Another person,") in said
    assert "> Added: name: Kim Exampel, role: GP" in said
    assert _people(sessions_dir) == [("Jo Smyth", "Teacher", "", False),
                                     ("Joanne Smith", "", "", True),
                                     ("Kim Example", "", "", False),
                                     ("Kim Exampel", "GP", "", True)]


def test_from_a_script_a_name_like_one_listed_is_another_person_said(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    script = "Fay Example\nJoanne Smith, Nurse\nJo Smith\n\nNotes on the intro\n.\n"
    code, said = _walk(monkeypatch, capsys, fictional_dir, sessions_dir, io.StringIO(script),
                       "--team", "")
    assert code == 0
    assert ("“Jo Smith” looks like Joanne Smith, Nurse, on the list already, marked here: "
            "taken as another person. At a terminal reflect asks whether it is the same "
            "person. Added: name: Jo Smith") in said
    assert _people(sessions_dir) == [("Joanne Smith", "Nurse", "", True),
                                     ("Jo Smith", "", "", True)]
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.notes["intro"] == "Notes on the intro"  # (nothing more was asked)
