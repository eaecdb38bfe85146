"""Plain mode: an action agreed earlier changed or removed by its number at the actions step
(walk/action_change.py). A typo in a due date ("end of Janury") could not be mended there, and
the walk sent a screen reader user to the full-screen app to do it (a trial)."""

from datetime import date

from reflect.model.session import Action, Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session
from reflect.walk.action_change import no_such_number, word_said
from reflect.walk.dialogue import numbered
from reflect.walk.due import due_kept
from tests.unit.test_walk import dirs_for, flat, run_at_terminal, run_walk

SID = "20260101-child-zz-00000298"


def at_actions(fictional_dir, sessions_dir) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SID, mode="individual", title="Mine", current_step="actions",
                      facilitator="Sam Sample")
    s.add_action(Action(text="Brief staff", owner="Head teacher", due="end of Janury"))
    s.add_action(Action(text="Ring Team Blue", due="next Friday", due_date=date(2031, 3, 7)))
    s.add_action(Action(text="Stray line typed by mistake."))
    save_session(sessions_dir, s)
    return s


def test_an_action_is_changed_or_removed_by_its_number(monkeypatch, capsys, fictional_dir,
                                                        sessions_dir):
    at_actions(fictional_dir, sessions_dir)
    text = ("1\n" + "\n" + "\n" + "31/1/2031\n"  # the first: words and owner kept, a date
            + "2\n" + "Ring Team Blue's lead\n" + "Pat Example\n" + "=\n"  # the second
            + "3.\n" + "remove\n"  # the third removed: `3.`, as the list says it, is 3
            + "\n" + "\n")  # no more actions; no notes
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), text,
                         "--resume", SID)
    said = flat(out.out)
    assert "1. Decided already: Brief staff" in said
    assert "Brief staff. Who else is involved: Head teacher; due end of Janury, not read as a " \
        "date; status: open. To mend its due date: type 1 below." in said
    assert "reflect open" not in said
    assert ": Enter when there are no more; a number, 1 to 3, changes that one." in said
    assert "Who else is involved? Enter keeps Head teacher; = alone for none." in said
    assert "Due when? Enter keeps end of Janury, not read as a date; = alone for none." \
        in said
    # what Enter keeps is said as a date in words, not as the words typed ("next Friday",
    # typed days before, names another Friday now), and none is said as none (a trial)
    assert "Due when? Enter keeps Friday 7 March 2031; = alone for none." in said
    assert "Enter keeps “next Friday”" not in said
    assert "Who else is involved? None yet; Enter skips." in said
    assert "keeps none" not in said
    assert "Removed: Stray line typed by mistake. " in said and ".." not in said
    actions = load_session(sessions_dir / f"{SID}.toml").actions
    assert [(a.text, a.owner, a.due, a.due_date) for a in actions] == [
        ("Brief staff", "Head teacher", "31/1/2031", date(2031, 1, 31)),
        ("Ring Team Blue's lead", "Pat Example", "", None)]


def test_a_number_past_the_list_is_said_so_and_taken_as_words_when_typed_again(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`5` with three listed numbers none: said so, and asked again, nothing added (it was
    added at once as an action called 5, where a bare number at a prompt that changes one by
    its number meant one of the list); typed again at once, it is added. From a script it is
    added as typed, and said so; with none listed the prompt says nothing of numbers."""
    at_actions(fictional_dir, sessions_dir)
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n5\n4.\n4\n\n\n\n\n\n\n\n",
                                "--resume", SID)
    said = flat(out.out)
    assert "There is no number 5 in What I will do: it holds 3 so far. To add 5 to it as what " \
        "you will do, type 5 again." in said
    assert "Added: 4" in said and "Added: 5" not in said
    assert [a.text for a in load_session(sessions_dir / f"{SID}.toml").actions][2:] == [
        "Stray line typed by mistake.", "4"]
    s = load_session(sessions_dir / f"{SID}.toml")
    s.current_step = "actions"
    save_session(sessions_dir, s)
    code, out = run_walk(monkeypatch, capsys, dirs, "6\n\n\n\n\n", "--resume", SID)
    assert "There is no number 6 in What I will do: it holds 4 so far. Taken as typed, as " \
        "words. Added: 6" in flat(out.out)
    assert [a.text for a in load_session(sessions_dir / f"{SID}.toml").actions][-1] == "6"
    s = load_session(sessions_dir / f"{SID}.toml")
    s.actions, s.current_step = [], "actions"
    save_session(sessions_dir, s)
    code, out = run_walk(monkeypatch, capsys, dirs, "\n\n", "--resume", SID)
    assert "What I will do: Enter when there are no more." in flat(out.out)


def test_a_team_is_told_there_is_no_such_action_in_its_words() -> None:
    assert no_such_number("6", 2, False, True) == ("There is no action 6: 2 are agreed so far. "
                                                   "To add an action called 6, type 6 again.")
    assert no_such_number("2", 1, False, True).startswith("There is no action 2: 1 is agreed")
    assert no_such_number("1", 0, False, False) == ("There is no action 1: no actions are "
                                                    "agreed yet. Taken as typed, as words.")
    assert no_such_number("1", 0, True, True).startswith(
        "There is no number 1 in What I will do: it is empty so far.")


def test_what_enter_keeps_is_said_with_its_date_in_words() -> None:
    """The due words as typed and the date they were read as, in words; no quotes."""
    day = date(2031, 1, 31)
    assert due_kept("31/1", day) == "31/1, read as Friday 31 January 2031"
    assert due_kept("end  of January", day) == "end of January, read as Friday 31 January 2031"
    assert due_kept("31 January 2031", day) == "Friday 31 January 2031"  # said once
    assert due_kept("end of Janury", None) == "end of Janury, not read as a date"
    assert due_kept("next Friday", None) == "next Friday"  # an older file's: it names one
    assert due_kept("  ", None) == "none"


def test_a_number_is_digits_alone_and_a_superscript_is_not_one() -> None:
    """Every prompt taking a number reads it with `numbered`: "²" (a key of its own on some
    keyboards) passed `str.isdigit` and `int` refused it, a traceback at the actions prompt."""
    assert [numbered(typed, 3) for typed in ("2", "03", "٣", "4", "0", "²", "2.", "")] == [
        2, 3, 3, None, None, None, None, None]


def answered(sessions_dir, *qids: str) -> None:
    s = load_session(sessions_dir / f"{SID}.toml")
    for qid in qids:
        s.answer(qid).what = f"Answered {qid}"
    save_session(sessions_dir, s)


def test_letters_that_mean_something_elsewhere_are_said_not_added(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`l` at the actions prompt lists the actions, as it lists the steps where a resume asks
    where to carry on; `u` with every question answered and `remove` alone are said, not
    added (each was added at once as an action: a trial); typed again at once, each is taken
    as words. A script's lines are taken as typed."""
    at_actions(fictional_dir, sessions_dir)
    answered(sessions_dir, "zz-first", "zz-second", "zz-third")
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\nl\nu\nremove\nu\nu\n\n\n\n\n\n",
                                "--resume", SID)
    said = flat(out.out)
    assert said.count("1. Decided already: Brief staff") == 2  # (listed, then listed again)
    assert "What I will do: one at a time, then who else is involved and when it is due. " \
        "l alone lists what you have decided so far." in said
    assert "3. Decided already: Stray line typed by mistake. Status: open. To add l to it as " \
        "what you will do, type l again." in said
    assert "No question is left unanswered, so u, which goes to the first one left " \
        "unanswered, has nowhere to go. To add u to it as what you will do, type u again." \
        in said
    assert "To remove one, type its number, 1 to 3, then remove. To add remove to it" in said
    assert "Added: l" not in said and "Added: remove" not in said and "Added: u" in said
    assert [a.text for a in load_session(sessions_dir / f"{SID}.toml").actions][3:] == ["u"]
    s = load_session(sessions_dir / f"{SID}.toml")
    s.current_step = "actions"
    save_session(sessions_dir, s)
    run_walk(monkeypatch, capsys, dirs, "l\n\n\n\n\n\n", "--resume", SID)
    assert [a.text for a in load_session(sessions_dir / f"{SID}.toml").actions][4:] == ["l"]


def test_u_at_the_actions_prompt_goes_to_the_first_question_left_unanswered(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`u` at the actions prompt does what it does where a resume asks where to carry on: goes
    to the first question left unanswered, and the walk carries on from there (it said where
    `u` works instead, and did nothing: a trial)."""
    at_actions(fictional_dir, sessions_dir)
    answered(sessions_dir, "zz-first", "zz-third")
    text = ("\n" + "u\n"  # carry on at the actions; u
            + "Tell the lead.\n.\n.\n.\n.\n"  # Question 2's four boxes
            + ".\n.\n.\n.\n"  # Question 3's, kept
            + "\n\n\n\n\n")  # no more actions, no notes, nothing different, minutes, summary
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                text, "--resume", SID)
    said = flat(out.out)
    assert code == 0
    assert "Going to the first question left unanswered: Question 2. Step 6 of 10: " \
        "Question 2." in said
    assert "Added: u" not in said
    # said where it works (it worked unsaid), and not once every question is answered
    assert "lists what you have decided so far. u alone goes to Question 2, the first question " \
        "left unanswered. What I will do: Enter" in said
    assert said.count("u alone goes to") == 1
    s = load_session(sessions_dir / f"{SID}.toml")
    assert s.answer("zz-second").what == "Tell the lead."
    assert [a.text for a in s.actions] == ["Brief staff", "Ring Team Blue",
                                           "Stray line typed by mistake."]
    assert "Answered 3 of 3 questions." in said


def test_a_team_hears_the_letters_in_its_own_words() -> None:
    assert word_said("l", 0, False) == ("No actions are agreed yet. To add an action called "
                                        "l, type l again.")
    assert word_said("Remove", 1, False) == ("To remove one, type its number, 1, then remove. "
                                             "To add an action called Remove, type Remove "
                                             "again.")
    assert word_said("delete", 0, True).startswith("There is nothing to remove yet.")
    assert word_said("list", 2, False) is None and word_said("Ring u", 2, False) is None


def test_a_due_date_mistyped_in_a_change_leaves_the_date_it_had_at_enter(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Changing action 2's due date (7 March 2031), `31/02/2031` was said no date, and Enter
    then kept it as typed: the date the action had was gone, nothing said of it (a screen
    reader user's trial). Enter now leaves it; the words typed again are kept as typed."""
    at_actions(fictional_dir, sessions_dir)
    text = ("\n"  # Enter: carry on at the actions
            + "2\n\n\n" + "31/02/2031\n" + "\n"  # the slip, then Enter: the date left as it was
            + "1\n\n\n" + "after half term\n" + "after half term\n"  # typed again: as typed
            + "\n\n")  # no more actions; no notes
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                text, "--resume", SID)
    said = flat(out.out)
    assert "Due when? Type a date; Enter keeps what it has, Friday 7 March 2031; type " \
        "“31/02/2031” again to keep that as typed." in said
    assert "Left as it was: Friday 7 March 2031." in said
    assert "Kept as typed, with no date: “after half term”." in said
    actions = load_session(sessions_dir / f"{SID}.toml").actions
    assert [(a.due, a.due_date) for a in actions[:2]] == [
        ("after half term", None), ("next Friday", date(2031, 3, 7))]
