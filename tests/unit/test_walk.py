"""Plain mode: a whole session as a dialogue, resumable there or in the app."""

import io
import re

from reflect.cli import main
from reflect.store.sessions import list_sessions
from tests.conftest import changed_after_reading


def run_walk(monkeypatch, capsys, dirs, text, *args):
    """`reflect walk ARGS` with `text` as its input, its folders (`dirs_for`) set as the
    environment sets them: the commands it suggests are then as short as a person's (the
    folder options are carried by them: tests/unit/test_commands.py)."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    folders_set(monkeypatch, dirs)
    code = main(["walk", *args])
    return code, capsys.readouterr()


def folders_set(monkeypatch, dirs):
    """The folder options in `dirs` set as environment variables instead."""
    env = {"--content-dir": "REFLECT_CONTENT_DIR", "--sessions-dir": "REFLECT_SESSIONS_DIR"}
    for option, folder in zip(dirs[::2], dirs[1::2], strict=True):
        monkeypatch.setenv(env[option], folder)


def flat(text):
    """Output with its line wrapping undone, to look for a sentence in it."""
    return " ".join(text.split())


def dirs_for(fictional_dir, sessions_dir):
    return ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]


def last_month(fictional_dir, sessions_dir, team, people, action, number=1):
    """Saved: last month's meeting of `team` (its id ending in `number`), Fay Example leading,
    `people` there, and the one `action` it agreed."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    review = load_library(fictional_dir).get("child-zz")
    before = Session.start(review, f"20260101-child-zz-{number:08d}", title="Last month",
                           team=team, facilitator="Fay Example", participants=people)
    before.add_action(action)
    save_session(sessions_dir, before)
    return before


def held_today() -> str:
    """Where last time's action came from, said of a meeting `last_month` saved today."""
    from datetime import date

    from reflect.model.due import held_spoken

    return f"the meeting on {held_spoken(date.today(), date.today())}"


def last_month_in_the_shire(fictional_dir, sessions_dir):
    """`last_month` of the Invented Shire team: Ada Example and a teacher; Ada to ring the
    school."""
    from reflect.model.session import Action, Participant

    return last_month(fictional_dir, sessions_dir, "Invented Shire team",
                      [Participant(name="Ada Example", role="Nurse"),
                       Participant(role="Teacher", agency="School")],
                      Action(text="Ring the school", owner="Ada"))


# child-zz steps for one person: intro, good practice, development, recommendations,
# 3 questions (each What? / So what? / Now what? / Other thoughts), actions, what I will do
# differently, summary
WHOLE = ("i\nOn the train\n\n"  # mode, title, team
         "Intro note [bold]\n.\n\n\n.\n"  # notes on the four content steps (Enter skips)
         "First answer\nsecond line\n.\nIt matters\n.\n\nAn aside\n.\n"
         "Second answer\n.\n.\n.\n.\n"
         "\n\n\n\n"  # third question left empty
         "Book training\nTrainer Jo\nby March\nRead the guidance\n\n\n\n"  # two actions
         "Action notes\n.\n"
         "Ask sooner\n.\na while\n1h30\n"  # what I will do differently, CPD minutes
         "Went well\n.\n")  # overall summary


def test_whole_session_in_plain_mode(monkeypatch, capsys, fictional_dir, sessions_dir):
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), WHOLE,
                         "child-zz")
    assert code == 0
    assert "Content note: this review describes serious harm to a child." in flat(out.out)
    assert "Step 5 of 10: Question 1." in out.out
    assert "So what? What does it mean for your practice" in out.out
    assert "Other thoughts, if any:" in out.out
    assert "Invented strength: Agencies in the exercise shared information quickly." in out.out
    assert "“a while” is not a time" in out.out
    assert "Answered 2 of 3 questions." in out.out
    assert "talk to your supervisor" in flat(out.out)  # the support reminder ends the session
    [entry] = list_sessions(sessions_dir).entries
    s = entry.session
    assert (s.mode, s.title) == ("individual", "On the train")
    assert [(a.what, a.so_what, a.now_what, a.text) for a in s.answers] == [
        ("First answer\nsecond line", "It matters", "", "An aside"),
        ("Second answer", "", "", ""), ("", "", "", "")]
    assert s.differently == "Ask sooner" and s.minutes_spent == 90
    assert s.notes == {"intro": "Intro note [bold]", "actions": "Action notes",
                       "summary": "Went well"}
    assert [(a.text, a.owner, a.due) for a in s.actions] == [
        ("Book training", "Trainer Jo", "by March"), ("Read the guidance", "", "")]
    assert s.actions[0].due_date is not None and s.actions[0].due_date.month == 3
    # the date "by March" was read as is said back, in words (no arrow read aloud)
    assert re.search(r"Due \w+day 31 March 20\d\d\.", out.out) and "→" not in out.out
    assert s.current_step == "summary"
    # A new user learns where their CPD record comes from, not only their notes.
    assert f"reflect cpd-fill {s.id} --why" in flat(out.out)
    assert f"reflect export {s.id} --format cpd-docx" in flat(out.out)


def test_cpd_minutes_out_of_range_say_the_limit_and_a_decimal_comma_is_read(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """1500 and 0 were told to type minutes, which they were; "1,5 hours" was refused (a
    trial). Said as the app and cpd-fill say it."""
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         WHOLE.replace("a while\n1h30\n", "1500\n0\n1,5 hours\n"), "child-zz")
    assert code == 0
    assert ("“1500” is 1500 minutes, that is 25 hours: a time to log is from 1 minute to 24 hours."
            in flat(out.out))
    assert "“0” is no time: a time to log is from 1 minute to 24 hours." in out.out
    assert "90 minutes, that is 1 hour 30 minutes, to log for CPD." in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.minutes_spent == 90


def test_cpd_minutes_in_hours_with_a_decimal_point(monkeypatch, capsys, fictional_dir,
                                                   sessions_dir):
    """“1.5 hours” was not a time to log, though nurses log hours as 1.5 (user trial)."""
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         WHOLE.replace("a while\n1h30\n", "1.5 hours\n"), "child-zz")
    assert code == 0 and "is not a time" not in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.minutes_spent == 90
    # said back, as a due date is ("forty" was kept as 40 with nothing said: a trial)
    assert "90 minutes, that is 1 hour 30 minutes, to log for CPD." in out.out


def test_cpd_minutes_are_said_back_in_hours_and_minutes_too(monkeypatch, capsys, fictional_dir,
                                                            sessions_dir):
    """999 was said back as "999 minutes" alone, where the app says "Logging 999 minutes (16
    hours 39 minutes; …)": a slip of a zero is plain in hours (a trial)."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, WHOLE.replace("a while\n1h30\n", "999\n"),
                         "child-zz")
    assert code == 0
    assert "999 minutes, that is 16 hours 39 minutes, to log for CPD." in out.out
    code, out = run_walk(monkeypatch, capsys, dirs, WHOLE.replace("a while\n1h30\n", "45\n"),
                         "child-zz")
    assert "45 minutes to log for CPD." in out.out  # under an hour: the minutes say it


def test_team_session_asks_who_is_here_points_and_summary(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir):
    script = ("t\nTeam meeting\nInvented Shire team\n"
              "Fac Ilitator\nAda Example, Nurse, Invented Health\n, , \nHealth visitor, Shire\n\n"
              "\n\n\n\n"  # four content steps
              "First point\nSecond point @ada\n.\nThe room agreed\n.\n"  # question 1
              "\n\n\n\n"  # questions 2 and 3
              "\n\n\n")  # no actions, no notes, no summary
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz")
    assert code == 0
    assert "Take care of yourself and each other" in flat(out.out)
    assert "Type a name, a role or an agency" in out.out  # ", ," names nobody
    [entry] = list_sessions(sessions_dir).entries
    s = entry.session
    assert s.facilitator == "Fac Ilitator"
    assert [(p.name, p.role, p.agency, p.attended) for p in s.participants] == [
        ("Ada Example", "Nurse", "Invented Health", True),
        ("", "Health visitor", "Shire", True)]
    first = s.answers[0]
    assert [p.text for p in first.points] == ["First point", "Second point"]
    assert [p.by for p in first.points] == ["", s.participants[0].id]  # "@ada", as in the app
    assert first.text == "The room agreed"
    # Each person learns how to write their own reflection after it, for their CPD record.
    assert f"reflect walk child-zz --after {s.id}" in out.out.splitlines()  # a line its own


def test_an_empty_line_ends_the_list_of_points(monkeypatch, capsys, fictional_dir,
                                              sessions_dir):
    script = ("t\nTeam meeting\nInvented Shire team\n\n\n"  # no facilitator, nobody added
              "\n\n\n\n"  # four content steps
              "First point\nSecond point\n\nThe room agreed\n.\n"  # question 1
              "\n\n\n\n"  # questions 2 and 3
              "\n\n\n")  # no actions, no notes, no summary
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz")
    assert code == 0
    assert "an empty line ends the list" in out.out
    [entry] = list_sessions(sessions_dir).entries
    first = entry.session.answers[0]
    assert [p.text for p in first.points] == ["First point", "Second point"]
    assert first.text == "The room agreed"
    assert entry.session.answers[1].points == []


def test_lines_wrap_at_words_to_the_terminal_width(monkeypatch, capsys, fictional_dir,
                                                   sessions_dir):
    toml = fictional_dir / "child-zz.toml"
    long_words = " ".join(["Children's well-being"] * 12)
    toml.write_text(toml.read_text().replace("Child ZZ is an invented child",
                                             f"{long_words} Child ZZ is an invented child"))
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "child-zz", "--mode", "individual", "--title", "T", "--team", "")
    assert code == 0
    lines = out.out.splitlines()
    too_long = [x for x in lines if len(x) > 80 and len(x.split()) > 1]
    assert not too_long  # only a single word longer than the line (a file's path) is left
    words = [w for line in lines for w in line.split()]
    # every word whole on one line, the hyphenated one too
    assert words.count("Children's") >= 12 and words.count("well-being") >= 11
    assert not any(w in ("Chi", "ldren's", "well-", "being") for w in words)


def test_nothing_typed_keeps_no_session(monkeypatch, capsys, fictional_dir, sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "", "child-zz", "--mode", "individual",
                         "--title", "T", "--team", "")  # Ctrl+D at once
    assert code == 0 and "Nothing was answered or noted, so no session was kept" in out.out
    assert list_sessions(sessions_dir).entries == []
    assert not sessions_dir.exists() or not list(sessions_dir.iterdir())  # no lock file left
    # walking on with Enter only, to the end, keeps nothing either
    code, out = run_walk(monkeypatch, capsys, dirs, "\n" * 40, "child-zz", "--mode", "team",
                         "--title", "T", "--team", "")
    assert code == 0 and "no session was kept" in out.out
    assert list_sessions(sessions_dir).entries == []


def test_ctrl_d_at_the_first_question_ends_the_line_and_says_nothing_was_kept(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """It printed only "(t): " and stopped, with no word and no new line."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "", "child-zz")  # Ctrl+D at t or i
    assert code == 0
    assert out.out.endswith("Enter for t: \nStopped before the session began: no session was "
                            "kept.\n")
    assert list_sessions(sessions_dir).entries == []


def test_stop_and_resume_keeps_answers(monkeypatch, capsys, fictional_dir, sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs,
                         "t\nMeeting\nTeam\n\n\n.\n.\n.\n.\n.\nKept\n.\n", "child-zz")
    assert code == 0 and "Stopped and saved" in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.current_step == "q:zz-second"
    # Resume: starts at question 2; '.' on a step keeps what was there.
    code, out = run_walk(monkeypatch, capsys, dirs, ".\nTwo\n.\n.\n.\n", "child-zz", "--resume",
                         entry.session.id)
    assert code == 0
    assert "Step 5 of 10: Question 1." not in out.out and "Step 7 of 10: Question 2." in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert [a.text for a in entry.session.answers] == ["Kept", "Two", ""]


def test_unknown_review_and_bad_resume_are_clear_errors(monkeypatch, capsys, fictional_dir,
                                                        sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "", "child-nope")
    assert code == 1 and f"no review “child-nope” in {fictional_dir}: " in out.err
    assert "did you mean" not in out.err and "list reviews lists them" in out.err  # none near
    code, out = run_walk(monkeypatch, capsys, dirs, "", "child-zz", "--resume", "../x")
    assert code == 1 and out.err.startswith("reflect walk: ")


def test_options_skip_the_questions_and_control_codes_are_not_printed(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    (fictional_dir / "child-zz.toml").write_text(
        (fictional_dir / "child-zz.toml").read_text().replace(
            "Child ZZ is an invented child", "Child ZZ\\u001b]0;x\\u0007 is an invented child"))
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Fac\n\n", "child-zz", "--mode", "team", "--title", "Scripted",
                         "--team", "T")
    assert code == 0 and "\x1b" not in out.out
    assert "Child ZZ is an invented" in flat(out.out)  # the whole sequence, not only ESC
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.title == "Scripted"


def test_a_known_team_is_offered_last_times_people_and_actions(monkeypatch, capsys,
                                                               fictional_dir, sessions_dir):
    from reflect.store.sessions import load_session

    before = last_month_in_the_shire(fictional_dir, sessions_dir)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = ("\n"  # facilitator: as last time
              "y\nmaybe\n\n"  # Ada here; a bad answer, asked again; Enter: not here
              "\n"  # no one else
              "k\np\n"  # last time's action: a bad answer, then in progress
              "Nurse on leave\nsomeday\n"  # a progress note; a due date that is none
              "Notes\n.\n")  # something typed on the introduction
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "team", "--title", "Today",
                         "--team", "invented shire TEAM", "--answer-last-time")
    assert code == 0
    assert "“maybe” is not y or n." in out.out and "“k” is not o, p, d or x." in out.out
    assert "The 2 people on this team's list last time are listed as not yet here." in flat(
        out.out)
    [now] = [e.session for e in list_sessions(sessions_dir).entries if e.session.id != before.id]
    assert "Facilitator: Enter for Fay Example, as last time." in out.out
    assert now.facilitator == "Fay Example"
    assert [(p.describe(), p.attended) for p in now.participants] == [
        ("Ada Example (Nurse)", True), ("Teacher, School", False)]
    assert [(c.text, c.status, c.note, c.new_due, c.new_due_date) for c in now.carried] == [
        ("Ring the school", "in progress", "Nurse on leave", "someday", None)]
    assert "Not read as a date; kept as typed." in out.out  # (a sentence)
    earlier = load_session(sessions_dir / f"{before.id}.toml")
    assert (earlier.actions[0].status, earlier.actions[0].progress, earlier.actions[0].due) \
        == ("in progress", "Nurse on leave", "someday")  # written back, as the app does


def test_an_individual_reflection_asks_for_actions_in_one_persons_words(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Plain mode asked one practitioner for "Agreed actions" and "Who owns it?", a team's
    words; the app's individual wording is used, and a team keeps its own."""
    from reflect.model.action_words import INDIVIDUAL, TEAM

    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), WHOLE,
                         "child-zz")
    said = flat(out.out)
    assert code == 0
    assert "l alone lists" not in out.out  # (a script's `l` is an action)
    assert "What I will do: one at a time, then who else is involved and when it is due." \
        in said
    assert "What I will do: Enter when there are no more." in said
    assert "Who else is involved? Enter skips." in said
    assert "Agreed actions" not in said and "Who owns it?" not in said
    assert (INDIVIDUAL.heading, INDIVIDUAL.who) == ("What I will do", "Who else is involved")

    team = ("t\nTeam meeting\nInvented Shire team\nFac Ilitator\n\n"
            "\n\n\n\n"  # four content steps
            "\n\n\n\n\n\n"  # three questions: no points, no summary
            "Ring the invented school\nInvented lead\n\n\n"  # an action, then no more
            "\n\n")  # no notes, no summary
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), team,
                         "child-zz")
    said = flat(out.out)
    assert code == 0
    assert "Agreed actions: one at a time, then who owns it and when it is due." in said
    assert "Who owns it? Enter skips." in said and TEAM.who_question == "Who owns it?"


def test_an_answer_that_is_neither_team_nor_individual_is_asked_again(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """"myself" started a team session without a word: anything not starting with i did."""
    script = "myself\nindividual\nOn my own\n\nA note\n.\n"  # then Ctrl+D
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz")
    assert code == 0
    assert "“myself” is neither: type t for a team discussion, or i for your own reflection." \
        in flat(out.out)
    assert out.out.count("Team discussion or individual reflection?") == 2
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.mode == "individual" and entry.session.notes == {"intro": "A note"}


def test_a_review_is_found_by_its_title_and_a_resume_needs_no_review(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`reflect walk "Child I"` was refused (only the id worked), and --resume needed the
    review named again though the session knows it."""
    from tests.conftest import FICTIONAL_REVIEW

    (fictional_dir / "child-zy.toml").write_text(
        FICTIONAL_REVIEW.replace('"child-zz"', '"child-zy"').replace('"Child ZZ"', '"Child ZY"'))
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "i\nBy title\n\nA note\n.\n", "child  zz")
    assert code == 0, out.err
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.review_id == "child-zz" and entry.session.notes == {"intro": "A note"}
    assert f"reflect walk --resume {entry.session.id}" in out.out  # how to carry on: shorter
    code, out = run_walk(monkeypatch, capsys, dirs, "", "child z")
    assert code == 1
    assert ("“child z” matches 2 reviews: child-zy, titled “Child ZY”; child-zz, titled “Child "
            "ZZ”. Type the id of the one you mean.") in flat(out.err)
    code, out = run_walk(monkeypatch, capsys, dirs, "", "Child Q")
    assert code == 1  # as near both: neither one guessed
    # curly quotes and words, as plain mode says the rest: a title's brackets were in brackets
    assert ("no review “Child Q” in {}: did you mean child-zy, titled “Child ZY”, or child-zz, "
            "titled “Child ZZ”?".format(fictional_dir)) in flat(out.err)

    code, out = run_walk(monkeypatch, capsys, dirs, "More\n.\n", "--resume", entry.session.id)
    assert code == 0, out.err
    assert "Step 2 of 10: Good practice." in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.notes == {"intro": "A note", "good-practice": "More"}
    code, out = run_walk(monkeypatch, capsys, dirs, "", "Child ZY", "--resume", entry.session.id)
    assert code == 1 and f"session {entry.session.id} is on child-zz, not child-zy" in out.err
    code, out = run_walk(monkeypatch, capsys, dirs, "")
    assert code == 1 and "name a review by its id or its title" in out.err
    (fictional_dir / "child-zz.toml").unlink()
    code, out = run_walk(monkeypatch, capsys, dirs, "", "--resume", entry.session.id)
    assert code == 1 and "is on the review “child-zz”, which cannot be opened" in out.err



def test_a_line_starting_with_plus_adds_to_the_notes_already_there(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Resumed a week later, a section's notes could only be kept or replaced: adding a line
    wiped the earlier notes. `+` still adds (what typing does anyway now); `=` replaces."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import load_session, save_session
    from reflect.walk.steps import added

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20260101-child-zz-00000002", mode="individual", title="Mine",
                      notes={"intro": "Monday's note", "good-practice": "Old"})
    save_session(sessions_dir, s)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "+ A week later\nsecond line\n.\n= Instead\n.\n", "--resume", s.id)
    assert code == 0
    assert ": Enter keeps it; what you type is added below it; start with = to replace it." \
        in flat(out.out)
    notes = load_session(sessions_dir / f"{s.id}.toml").notes
    assert notes["intro"] == "Monday's note\n\nA week later\nsecond line"
    assert notes["good-practice"] == "Instead"  # `=` replaces, chosen
    assert "Added below what was there." in out.out
    assert "Replaced what was there." in out.out
    assert added("Monday's note\n", "+A week later") == "Monday's note\n\nA week later"
    assert added("Monday's note", "+") == "Monday's note"
    assert added("", "+ First") == "First"
    assert added("Monday's note", "=") == ""  # emptied, as chosen
    assert added("", "= First") == "First"


def test_what_is_typed_after_so_far_is_added_and_replaces_nothing_unasked(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """A practitioner resuming typed a line after "So far: <their paragraph>" and the
    paragraph was gone from the file, no question asked (a trial): anything typed replaced
    it. Typed words are added below it, as a paragraph of their own; only `=` replaces."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import load_session, save_session

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20260101-child-zz-00000008", mode="individual", title="Mine",
                      current_step="q:zz-first")
    s.answer("zz-first").what = "Pat Example's first paragraph about an invented family."
    s.answer("zz-first").so_what = "It matters"
    save_session(sessions_dir, s)
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs,
                         "Also: the invented categories do not link siblings.\n.\n"
                         "=It matters less\n.\n", "--resume", s.id)
    assert code == 0
    saved = load_session(sessions_dir / f"{s.id}.toml").answer("zz-first")
    assert saved.what == ("Pat Example's first paragraph about an invented family.\n\n"
                          "Also: the invented categories do not link siblings.")
    assert saved.so_what == "It matters less"


class AtTerminal(io.StringIO):
    """Answers typed at a terminal (a person), not piped in by a script."""

    def isatty(self) -> bool:
        return True


def run_at_terminal(monkeypatch, capsys, dirs, text, *args):
    monkeypatch.setattr("sys.stdin", AtTerminal(text))
    monkeypatch.setenv("COLUMNS", "80")
    folders_set(monkeypatch, dirs)
    code = main(["walk", *args])
    return code, capsys.readouterr()


def test_at_a_terminal_the_content_note_waits_and_s_skips_the_case_details(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """The note "press Enter at each section's notes" was followed at once by the whole
    introduction's case details; at 80x24 the note had scrolled off before it was read."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "i\nT\n\nskip please\ns\n",
                                "child-zz", "--name", "Pat Example")
    assert code == 0
    said = out.out.split("Step 1 of 10: Introduction and context.\n")[1]
    note, rest = said.split("Enter to read the case details, s to skip to the learning:\n", 1)
    assert flat(note).startswith("Content note: this review describes serious harm")
    assert "“skip please” is not Enter or s." in rest
    assert "invented child" not in out.out  # the case details were skipped ...
    assert "Step 2 of 10: Good practice." in rest  # ... to the learning
    # Enter reads them, as before; a script's answers (not a terminal) are never asked
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "i\nT\n\n\n", "child-zz",
                                "--name", "")
    assert "Child ZZ is an invented child" in out.out
    code, out = run_walk(monkeypatch, capsys, dirs, "i\nT\n\n", "child-zz")
    assert "Child ZZ is an invented child" in out.out and "skip to the learning" not in out.out


def test_a_resume_at_a_terminal_offers_the_questions_left_unanswered(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """A session left at its summary with questions unanswered opened at the summary, ended
    "Answered 1 of 3 questions." and gave no way back to the others."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import load_session, save_session

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20260101-child-zz-00000003", mode="individual", title="Mine",
                      current_step="summary", facilitator="Pat Example")
    s.answer("zz-first").what = "One"
    save_session(sessions_dir, s)
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n\n", "--resume", s.id)  # Enter x2
    assert "This session was left at step 10 of 10: Summary and export." in out.out
    assert "Not answered yet: Question 2, Question 3." in out.out
    assert "u goes to Question 2, step 6" in flat(out.out)
    assert "Step 10 of 10: Summary and export." in out.out
    assert "Answered 1 of 3 questions." in out.out
    assert ("To go back to those not answered, carry on with this; u there goes to the first:\n"
            f"reflect walk --resume {s.id}\n") in out.out

    script = ("l\n99\nu\n"  # the steps listed; no step 99; the first unanswered question
              "Two\n.\n.\n.\n.\n" "Three\n.\n.\n.\n.\n"  # questions 2 and 3
              "\n\n\n\n\n")  # no actions, no notes, nothing different, minutes, summary
    code, out = run_at_terminal(monkeypatch, capsys, dirs, script, "--resume", s.id)
    assert code == 0
    assert "6. Question 2, not answered yet: Who would you tell?" in out.out and \
        "10. Summary and export, left here\n" in out.out and \
        "5. Question 1: What would you do first?\n" in out.out
    assert "There is no step 99: the steps are 1 to 10.\nEnter carries on there;" in out.out
    assert "Step 6 of 10: Question 2." in out.out
    assert "Answered 3 of 3 questions." in out.out
    assert [a.what for a in load_session(sessions_dir / f"{s.id}.toml").answers] == [
        "One", "Two", "Three"]
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "2\n", "--resume", s.id)
    assert "Not answered yet" not in out.out and "u goes to" not in out.out
    assert "Step 2 of 10: Good practice." in out.out  # any step, by its number
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "u\n2\n", "--resume", s.id)
    assert "No question before this step is left unanswered: Enter carries on here." in \
        flat(out.out)  # it said "'u' is not a step's number (1 to 10) or l" (a trial)


def test_what_was_typed_goes_to_an_emergency_copy_when_the_folder_will_not_take_it(
        monkeypatch, capsys, fictional_dir, sessions_dir, home):
    """A read-only or full sessions folder stopped the walk with the errno alone, and the
    answer just typed was lost (a trial)."""
    import tomllib

    def refused(folder, session, touch=True):  # as a read-only folder answers
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("reflect.store.sessions.save_session", refused)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Invented note that must not be lost\n.\n", "child-zz", "--mode",
                         "individual", "--title", "Invented", "--team", "T")
    [copy] = home.glob("reflect-copy-*.toml")
    assert code == 1
    err = flat(out.err)
    assert "could not save" in err and "Read-only file system" in err
    # (said before the write, "Saved." came just above "could not save": a trial)
    assert "Saved." not in out.out.splitlines()
    assert f"emergency copy: {copy}" in err and f"reflect walk --resume {copy}" in err
    assert "Invented note that must not be lost" in copy.read_text(encoding="utf-8")
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    tomllib.loads(copy.read_text(encoding="utf-8"))  # a whole session file


def test_a_session_file_changed_by_another_program_is_not_written_over(
        monkeypatch, capsys, fictional_dir, sessions_dir, home):
    """As in the app (tests/unit/test_changed_outside.py): a sync or `git pull` changing the
    file while the walk runs; the walk's next save wrote over it."""
    import os

    import reflect.walk.session as walk_module
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    review = load_library(fictional_dir).get("child-zz")
    path = save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000f00d",
                                                    title="Invented", mode="individual"))

    class SyncedMeanwhile(walk_module.OnDisk):  # theirs arrives as the note is to be saved
        def save(self, session):
            if "typed in the walk" in session.model_dump_json() and "Theirs" not in str(
                    self.path.read_text()):
                self.path.write_text(self.path.read_text().replace("Invented", "Theirs"))
                later = self.path.stat().st_mtime_ns + 1_000_000_000
                os.utime(self.path, ns=(later, later))
            super().save(session)

    monkeypatch.setattr(walk_module, "OnDisk", SyncedMeanwhile)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Invented note typed in the walk\n.\n", "--resume",
                         "20260101-child-zz-0000f00d")
    theirs_then = path.read_text()
    assert code == 1 and 'title = "Theirs"' in theirs_then
    assert "Invented note typed in the walk" not in theirs_then
    [copy] = home.glob("reflect-copy-*.toml")
    assert "Invented note typed in the walk" in copy.read_text(encoding="utf-8")
    err = flat(out.err)
    assert "changed by another program" in err and f"reflect walk --resume {copy}" in err


def test_a_session_file_changed_while_it_is_being_resumed_is_not_written_over(
        monkeypatch, capsys, fictional_dir, sessions_dir, home):
    """The file changed after the walk read it and before the walk began: the check started
    only then, from the changed file, and the walk's first save wrote over the change."""
    import reflect.store.sessions as sessions
    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    path = sessions.save_session(sessions_dir, Session.start(
        review, "20260101-child-zz-0000beef", title="Invented", mode="individual"))
    changed_after_reading(monkeypatch, "Invented", "Theirs")  # as the walk resumes it
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Invented note typed in the walk\n.\n", "--resume",
                         "20260101-child-zz-0000beef")
    assert code == 1 and 'title = "Theirs"' in path.read_text()  # theirs, not written over
    [copy] = home.glob("reflect-copy-*.toml")  # the walk's own save, kept there: it stopped
    assert sessions.load_session(copy).id == "20260101-child-zz-0000beef"
    err = flat(out.err)
    assert "changed by another program" in err and f"reflect walk --resume {copy}" in err


def _new_due_walked(monkeypatch, capsys, fictional_dir, sessions_dir, answers: str):  # type: ignore[no-untyped-def]
    """A team's second meeting walked, last time's action (due 31/01/2027) given `answers`
    at its new due date: what was said, and the session that agreed it, read again."""
    from datetime import date

    from reflect.model.session import Action, Participant
    from reflect.store.sessions import load_session

    before = last_month(fictional_dir, sessions_dir, "Invented Dale team",
                        [Participant(name="Ada Example", role="Nurse")],
                        Action(text="Ring the invented school", owner="Ada", due="31/01/2027",
                               due_date=date(2027, 1, 31)), number=2)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = ("\ny\n\n"  # facilitator as last time; Ada here; no one else
              "\n\n"  # last time's action: status and note kept
              + answers + "Notes\n.\n")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "team", "--title", "Today", "--team",
                         "Invented Dale team", "--answer-last-time")
    assert code == 0
    return flat(out.out), load_session(sessions_dir / f"{before.id}.toml")


def test_words_that_name_no_date_replace_a_carried_actions_date_only_when_confirmed(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """A typo as the new due date of last time's action replaced its date in the session that
    agreed it, and reports lost when it was due (a trial)."""
    from datetime import date

    said, earlier = _new_due_walked(monkeypatch, capsys, fictional_dir, sessions_dir,
                                    "15/13/2027\n\n"  # not a date: Enter (n) types it again
                                    "14/2/2027\n")  # a date
    assert "Use “15/13/2027” instead of the date it has, Sunday 31 January 2027? y or n" in said
    assert "kept as typed" not in said  # (it said so, then asked: a check in a fresh clone)
    assert (earlier.actions[0].due, earlier.actions[0].due_date) == ("14/2/2027",
                                                                     date(2027, 2, 14))
    moved = earlier.actions[0].moved_in  # plain mode names the meeting that moved it, too
    assert moved is not None and moved.label == "Today"


def test_words_that_name_no_date_confirmed_stay_here_and_the_date_there_stays(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """y to words that name no date as last time's action's new due date wrote them over its
    date in the session that agreed it (as the app did: a trial). They are this session's
    words, said to be kept here only; that session keeps its date."""
    from datetime import date

    said, earlier = _new_due_walked(monkeypatch, capsys, fictional_dir, sessions_dir,
                                    "30/02\ny\n")  # no date, confirmed
    assert (earlier.actions[0].due, earlier.actions[0].due_date) == ("31/01/2027",
                                                                     date(2027, 1, 31))
    assert ("New due date “30/02” for “Ring the invented school”: kept here only: “Last "
            "month” keeps due Sunday 31 January 2027 until a date is typed.") in said


def test_a_progress_note_noted_here_before_is_added_to_not_replaced(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Carried on at last time's actions, a progress note typed there replaced the one noted
    in this meeting before, which was not even shown (as a box's notes were: a trial)."""
    from datetime import date

    from reflect.model.session import Action, Participant
    from reflect.store.sessions import load_session, save_session

    before = last_month(fictional_dir, sessions_dir, "Invented Dale team",
                        [Participant(name="Ada Example", role="Nurse")],
                        Action(text="Ring the invented school", owner="Ada", due="31/01/2027",
                               due_date=date(2027, 1, 31)), number=9)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "\ny\n\n" "\nLeft a message\n\n",
                         "child-zz", "--mode", "team", "--title", "Today", "--team",
                         "Invented Dale team", "--answer-last-time")
    [today] = [e.session for e in list_sessions(sessions_dir).entries
               if e.session.title == "Today"]
    today.current_step = "carried"
    save_session(sessions_dir, today)
    code, out = run_walk(monkeypatch, capsys, dirs, "\nThey rang back\n\n", "--resume",
                         today.id, "--answer-last-time")
    said = flat(out.out)
    assert "Noted here so far: “Left a message”" in said
    assert ("Where has it got to? Enter keeps it; what you type is added after it; start "
            "with = to replace it.") in said
    carried = load_session(sessions_dir / f"{today.id}.toml").carried[0]
    assert carried.note == "Left a message; They rang back"
    assert load_session(sessions_dir / f"{before.id}.toml").actions[0].progress == \
        "Left a message; They rang back"  # written back as it is
    from reflect.walk.actions import noted

    assert noted("Booked.", "Confirmed") == "Booked. Confirmed"
    assert noted("Booked", "= Confirmed") == "Confirmed"
    assert noted("Booked", "+") == "Booked" and noted("", "+ Confirmed") == "Confirmed"


def test_last_times_due_date_is_said_with_the_date_it_was_read_as(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Plain mode said `due next Friday` of last time's action, with no date: by the next
    meeting "next Friday" is another day (a regression trial); the app says the date too."""
    from datetime import date

    from reflect.model.session import Action, Participant

    last_month(fictional_dir, sessions_dir, "Invented Fell team",
               [Participant(name="Ada Example", role="Nurse")],
               Action(text="Ring the invented school", owner="Ada", due="next Friday",
                      due_date=date(2026, 12, 4)), number=3)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = "\ny\n\n\n\n\nNotes\n.\n"  # as last time, Ada here; the action as it was
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "team", "--title", "Today", "--team",
                         "Invented Fell team")
    assert code == 0
    assert ("Ring the invented school. Owner: Ada; due Friday 4 December 2026, overdue; "
            f"from {held_today()}. Status: open.") in flat(out.out)  # (as the app: a day gone by)


def test_last_times_due_date_is_said_in_words_and_the_date_enter_keeps_is_named(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Plain mode said `due 20/11/2026` of last time's action kept without the date it was
    read as (a file older than dates), and asked "New due date (Enter keeps it)", naming no
    date (a trial). Words that count from the day they were typed are not read again."""
    from datetime import date

    from reflect.model.session import Action, Participant
    from reflect.store.sessions import load_session, save_session

    before = last_month(fictional_dir, sessions_dir, "Invented Moor team",
                        [Participant(name="Ada Example", role="Nurse")],
                        Action(text="Ring the invented school", owner="Ada", due="20/11/2026"),
                        number=4)
    before.add_action(Action(text="Write to the invented GP", owner="Ada", due="next Friday"))
    before.add_action(Action(text="Book the invented room", owner="Ada"))
    before.add_action(Action(text="Send the invented letter", owner="Ada", due="end of March",
                             due_date=date(2027, 3, 31)))
    save_session(sessions_dir, before)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = ("\ny\n\n"  # facilitator as last time; Ada here; no one else
              "\n\nnonsense\nn\n\n"  # not a date: not used (n), Enter keeps the date it has
              "\n\n\n"  # next Friday: kept
              "\n\n\n"  # no due date: skipped
              "\n\n\n"  # end of March: kept
              "Notes\n.\n")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "team", "--title", "Today", "--team",
                         "Invented Moor team", "--answer-last-time")
    assert code == 0
    said = flat(out.out)
    assert ("Ring the invented school. Owner: Ada; due Friday 20 November 2026, overdue; "
            f"from {held_today()}. Status: open.") in said
    assert said.count("New due date: Enter keeps Friday 20 November 2026.") == 2  # asked again
    assert "Use “nonsense” instead of the date it has, Friday 20 November 2026? y or n" in said
    assert f"Write to the invented GP. Owner: Ada; due next Friday; from {held_today()}." in said
    assert "New due date: Enter keeps next Friday." in said  # (no quotes, read aloud)
    assert "New due date: Enter skips." in said
    assert "New due date: Enter keeps Wednesday 31 March 2027." in said
    earlier = load_session(sessions_dir / f"{before.id}.toml")
    assert [(a.due, a.due_date) for a in earlier.actions] == [
        ("20/11/2026", None), ("next Friday", None), ("", None),
        ("end of March", date(2027, 3, 31))]


def test_a_team_name_typed_another_way_is_saved_as_before(monkeypatch, capsys, fictional_dir,
                                                          sessions_dir):
    """The one team under two names in the session list (a trial): `walk` takes the earlier
    spelling too, and says so."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import new_session_id, save_session

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, new_session_id(review.id),
                                             title="Earlier", team="Invented team"))
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "A note\n.\n", "child-zz", "--mode", "team",
                         "--title", "Later", "--team", "INVENTED  team")
    assert code == 0 and "Saved under the team name “Invented team”" in out.out
    assert sorted(e.session.team for e in list_sessions(sessions_dir).entries) == [
        "Invented team", "Invented team"]


def test_each_closing_command_is_one_line_of_its_own_however_wide(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """The closing hints were wrapped at words with their sentences: `reflect walk --resume`
    on one line and the session's id on the next, awkward for a screen reader reading line by
    line and for copying (a trial). A command wider than the terminal was then broken between
    its words, the shell's ` \\` ending each line but the last, read aloud "backslash" (a
    screen reader user's trial): it is one line, whole."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    script = WHOLE.replace("Intro note", "\nIntro note", 1)  # Enter: read the case details
    code, out = run_at_terminal(monkeypatch, capsys, dirs, script, "child-zz", "--name",
                                "Pat Example")
    assert code == 0
    [entry] = list_sessions(sessions_dir).entries
    sid = entry.session.id
    lines = out.out.splitlines()
    for command in (f"reflect walk --resume {sid}",
                    f"reflect cpd-fill {sid} --why \"YOUR WORDS\"",
                    f"reflect export {sid} --format cpd-docx"):
        assert command in lines
    # the notes' text file: the command whole, on a line of its own (wider than the terminal)
    at = lines.index(f"reflect export {sid} -o {sessions_dir / 'exports' / f'{sid}.txt'}")
    assert len(lines[at]) > 80 and not any(line.endswith(" \\") for line in lines)
    assert "To go back to those not answered, carry on with this; u there goes to the " \
        "first:" in lines
    # (-o: only into the exports folder, never into the folder typed in)
    assert [line for line in lines if "-o" in line.split()] == [lines[at]]
    # Stopped, in a terminal narrower than the command: whole all the same
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.setenv("COLUMNS", "30")
    main(["walk", "--resume", sid])
    assert f"reflect walk --resume {sid}" in capsys.readouterr().out.splitlines()


def test_a_resume_carries_on_in_the_first_empty_box_of_the_question_as_the_app_does(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """A practitioner who stopped at Now what? and carried on with `--resume` was asked What?
    again, then So what? (a trial). At a terminal, Enter carries on in the first box still
    empty, as the app puts the cursor there; a step's number goes to it from its start, and a
    script's answers are read from What? as before."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import load_session, save_session

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20260101-child-zz-00000005", mode="individual", title="Mine",
                      current_step="q:zz-first", facilitator="Pat Example")
    answer = s.answer("zz-first")
    answer.what, answer.so_what = "Pat Example's first thought", "It matters"
    save_session(sessions_dir, s)
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\nNext I will ask\n.\n",
                                "--resume", s.id)
    assert code == 0
    assert "This session was left at step 5 of 10: Question 1, at the Now what? box." in out.out
    asked = out.out.split("Step 5 of 10: Question 1.")[1]
    assert "Carrying on at the Now what? box, the first still empty." in asked
    assert "What? What happened" not in asked and "So what?" not in asked
    assert "Now what? What will you do" in asked
    saved = load_session(sessions_dir / f"{s.id}.toml").answer("zz-first")
    assert (saved.what, saved.so_what, saved.now_what) == (
        "Pat Example's first thought", "It matters", "Next I will ask")
    # The step's number: through it from What? (Enter keeps each box)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "5\n\n\n\nAn aside\n.\n",
                                "--resume", s.id)
    asked = out.out.split("Step 5 of 10: Question 1.")[1]
    assert "What? What happened" in asked and "Carrying on" not in asked
    assert load_session(sessions_dir / f"{s.id}.toml").answer("zz-first").text == "An aside"
    # A script's answers, as before: What? first
    again = load_session(sessions_dir / f"{s.id}.toml")
    again.current_step = "q:zz-first"
    save_session(sessions_dir, again)
    code, out = run_walk(monkeypatch, capsys, dirs, "Then\n.\n", "--resume", s.id)
    assert load_session(sessions_dir / f"{s.id}.toml").answer("zz-first").what == \
        "Pat Example's first thought\n\nThen"  # (added below it: `=` would replace it)


def test_so_far_shows_the_blank_line_between_paragraphs(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir):
    """A trial reported "So far:" running two paragraphs together where the file keeps the
    blank line between them; not seen again (typed, or added with +): this keeps it so."""
    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20260101-child-zz-00000007", mode="individual", title="Mine",
                      current_step="q:zz-first")
    s.answer("zz-first").what = ("A first paragraph long enough to be wrapped at the width of "
                                 "the terminal it is shown in.\n\nA second paragraph.")
    save_session(sessions_dir, s)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "+\nA third, added.\n.\n", "--resume", s.id)
    assert "So far:\nA first paragraph long enough to be wrapped at the width of the " \
        "terminal it is\nshown in.\n\nA second paragraph.\nWhat?" in out.out
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "--resume", s.id)
    assert "A second paragraph.\n\nA third, added.\nWhat?" in out.out



def test_a_review_of_one_question_is_said_so(monkeypatch, capsys, fictional_dir, tmp_path):
    """"Child ZED: Learning briefing. 1 questions." (a regression trial)."""
    import tomllib

    import tomli_w

    data = tomllib.loads((fictional_dir / "child-zz.toml").read_text(encoding="utf-8"))
    data["questions"] = data["questions"][:1]
    (fictional_dir / "child-zz.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    (tmp_path / "s").mkdir()
    _, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, tmp_path / "s"),
                      "i\nOn the train\n\n", "child-zz")
    assert ". 1 question." in flat(out.out)


def test_piped_answers_leave_each_prompt_on_a_line_of_its_own(monkeypatch, capsys,
                                                              fictional_dir, sessions_dir):
    """A script's answers are not echoed: "Team or service, if any: This reflection
    records no name…" ran a prompt and a message together (a trial)."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "i\n\n\n", "child-zz")
    assert code == 0
    assert ("t or i, Enter for t: \nTitle: Enter for “Child ZZ — reflection”. \nTitle: "
            "“Child ZZ — reflection”.\nTeam or service, if any: \nThis reflection records "
            "no name") in out.out


def test_the_title_prompt_says_the_title_enter_gives(monkeypatch, capsys, fictional_dir,
                                                    sessions_dir):
    """"Title (Enter for a default)" did not say which (a trial): it is said."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "t\n\n", "child-zz")
    assert "Title: Enter for “Child ZZ — team discussion”. " in out.out


def test_the_minutes_logged_are_offered_back_in_words_from_an_hour(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`walk --resume` on What will you do differently offered "now 90" for an hour and a
    half logged, read as hours (a team lead's trial): it says them as the app's box does."""
    from reflect.store.sessions import save_session

    dirs = dirs_for(fictional_dir, sessions_dir)
    code, _ = run_walk(monkeypatch, capsys, dirs, WHOLE, "child-zz")
    [entry] = list_sessions(sessions_dir).entries
    session = entry.session
    assert code == 0 and session.minutes_spent == 90
    session.current_step = "differently"
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs, ".\n\n" + ".\n" * 10, "--resume", session.id)
    assert ": Enter keeps it, now 1 hour 30 minutes." in " ".join(out.out.split())
    assert list_sessions(sessions_dir).entries[0].session.minutes_spent == 90
