"""reflect's one reader of dates (model/dates.py), with a fixed "today"."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.model.dates import (
    MONTHS,
    fixed_date,
    month_number,
    read_date,
    short_date,
)
from reflect.model.due import OVERDUE, YEARLESS_FORM, due_cell, due_words
from reflect.model.due_hints import read_as
from reflect.model.since_until import read_date_near

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("15/01/2027", date(2027, 1, 15)),
    ("15/1/27", date(2027, 1, 15)),
    ("15.1.27", date(2027, 1, 15)),
    ("15-01-2027", date(2027, 1, 15)),
    ("2027-01-15", date(2027, 1, 15)),
    ("15/1", date(2027, 1, 15)),
    ("31 January", date(2027, 1, 31)),
    ("31st of Jan", date(2027, 1, 31)),
    ("31 Jan 2027", date(2027, 1, 31)),
    ("January 31, 2027", date(2027, 1, 31)),
    ("25 December", date(2026, 12, 25)),
    ("1 December", date(2026, 12, 1)),  # today is not past
    ("30 November", date(2027, 11, 30)),  # passed this year: next year's
    ("next Friday", date(2026, 12, 4)),
    ("Friday", date(2026, 12, 4)),
    ("by Fri", date(2026, 12, 4)),
    ("Tuesday", date(2026, 12, 8)),  # a weekday is after today
    ("Friday week", date(2026, 12, 11)),  # a week on from the coming one
    ("a week on Friday", date(2026, 12, 11)),
    ("by a week Fri", date(2026, 12, 11)),
    ("Tuesday week", date(2026, 12, 8)),  # said on a Tuesday: a week today
    ("end of March", date(2027, 3, 31)),
    ("by the end of March 2028", date(2028, 3, 31)),
    ("March 2027", date(2027, 3, 31)),
    ("February 2028", date(2028, 2, 29)),
    ("end of the month", date(2026, 12, 31)),
    ("end of next month", date(2027, 1, 31)),
    ("end of the week", date(2026, 12, 4)),
    ("next week", date(2026, 12, 11)),  # its last working day, as "end of next week"
    ("by this week", date(2026, 12, 4)),
    ("next month", date(2027, 1, 31)),
    ("this month", date(2026, 12, 31)),
    ("in two weeks", date(2026, 12, 15)),
    ("in 3 days", date(2026, 12, 4)),
    ("in a fortnight", date(2026, 12, 15)),
    ("in a month", date(2027, 1, 1)),
    ("tomorrow", date(2026, 12, 2)),
    ("Today.", date(2026, 12, 1)),
    ("  by   31 march 2027. ", date(2027, 3, 31)),
    ("29 February", date(2028, 2, 29)),  # the next one there is
])
def test_dates_people_write_are_read(text, expected):
    assert read_date(text, TODAY) == expected


@pytest.mark.parametrize("today, text, expected", [
    (date(2026, 12, 4), "Friday week", date(2026, 12, 11)),  # said on a Friday: a week today
    (date(2026, 12, 4), "a week on Friday", date(2026, 12, 11)),
    (date(2026, 12, 3), "Friday week", date(2026, 12, 11)),  # a Thursday: a week on tomorrow
    (date(2026, 12, 5), "Friday week", date(2026, 12, 18)),  # a Saturday: a week on the 11th
    (date(2026, 12, 1), "Tuesday week", date(2026, 12, 8)),  # a Tuesday: a week today
])
def test_friday_week_is_a_week_on_from_the_friday_coming_or_today(today, text, expected):
    """`Friday week` is a week on from Friday: said on a Friday, a week today (the 11th).
    It was read as a week on from the next Friday, the 18th: a fortnight today, a week later
    than the speaker meant, and the due box said so only as a date."""
    assert read_date(text, today) == expected
    assert read_as(text, expected, today) == f"→ {short_date(expected)}"


@pytest.mark.parametrize("text", [
    "", "someday", "ASAP", "31/02/2027", "31 April", "32/1/2027", "15/13/2027", "Smarch 2027",
    "1.5", "3-4", "next meeting", "in lots of weeks", "Ring the school nurse", "5",
])
def test_what_is_not_a_date_is_not_read_as_one(text):
    assert read_date(text, TODAY) is None


def test_the_date_read_is_shown_in_words():
    assert short_date(date(2027, 1, 15)) == "Fri 15 Jan 2027"


def test_month_names_in_english_whatever_the_locale():
    assert month_number("Sept.") == 9 and month_number("december") == 12
    assert month_number("Smarch") is None
    assert len(set(MONTHS.values())) == 12


@pytest.mark.parametrize(("words", "day"), [
    ("20/11/2026", date(2026, 11, 20)), ("Fri 20 Nov 2026", date(2026, 11, 20)),
    ("end of March 2027", date(2027, 3, 31)), ("2027-01-15", date(2027, 1, 15)),
    # Words that count from the day they were typed name another day when read again.
    ("next Friday", None), ("20 Nov", None), ("20/11", None), ("tomorrow", None),
    ("in two weeks", None), ("end of the month", None), ("someday", None), ("", None),
])
def test_fixed_date_is_the_date_words_name_whatever_the_day(words, day):
    """Due words kept without the date they were read as (a file older than dates): plain
    mode said `due 20/11/2026`, naming no date in words (a trial)."""
    assert fixed_date(words) == day


def test_due_words_say_when_they_were_not_read_as_a_date():
    assert due_words("next Friday", date(2026, 12, 4)) == "next Friday (Fri 4 Dec 2026)"
    assert due_words("32/13/2027", None) == "32/13/2027 (not read as a date)"
    assert due_words("someday", None) == "someday (not read as a date)"
    assert due_words("Friday", None) == "Friday"  # a file older than dates: never read
    assert due_words("", None) == ""


def test_due_words_kept_without_their_date_say_the_date_they_name_whatever_the_day():
    """A file older than dates: the panel, the tables, the notes and the report said
    `20/11/2026` bare while plain mode said `20/11/2026 (Fri 20 Nov 2026)` (a trial), and
    none of them counted it overdue."""
    from reflect.model.due import gone_by

    assert due_words("20/11/2026", None) == "20/11/2026 (Fri 20 Nov 2026)"
    assert due_words("end of March 2027", None) == "end of March 2027 (Wed 31 Mar 2027)"
    assert due_words("20/11/2026 (Fri 20 Nov 2026)", None) == "20/11/2026 (Fri 20 Nov 2026)"
    assert due_words("next Friday", None) == "next Friday"  # another day now: not guessed
    assert due_words("20 Nov", None) == "20 Nov"
    assert due_cell("20/11/2026", None)[0] == "20 Nov 2026"
    assert due_cell("20/11/2026", None, past=True)[0] == "⚠ 20 Nov 2026"
    assert gone_by("open", "20/11/2026", None, TODAY)
    assert not gone_by("done", "20/11/2026", None, TODAY)
    assert not gone_by("open", "end of March 2027", None, TODAY)
    assert not gone_by("open", "last Friday", None, TODAY)  # read from when? not known
    assert not gone_by("open", "20/11/2026", date(2027, 1, 8), TODAY)  # the stored date rules


def test_a_due_date_gone_by_is_marked_unless_the_action_is_done():
    """A date gone by looked like any other in the Due column (a trial)."""
    from reflect.model.due import gone_by

    day = date(2026, 11, 30)
    assert gone_by("open", "30/11", day, TODAY) and gone_by("in progress", "30/11", day, TODAY)
    assert not gone_by("done", "30/11", day, TODAY)
    assert not gone_by("open", "today", TODAY, TODAY)
    assert not gone_by("open", "someday", None, TODAY)
    assert due_cell("30/11", day, past=True)[0] == "⚠ 30 Nov 2026"
    assert due_cell("30/11", day, past=True)[-1] == "⚠ 30/11"
    assert due_cell("someday", None, past=True) == ("? someday",)


def test_a_due_cell_is_the_date_read_longest_form_first_or_the_words_marked():
    assert due_cell("31 January", date(2027, 1, 31)) == (
        "31 Jan 2027", "31 Jan 27", "31/1/27", "31 Jan", "31/1")
    assert due_cell("next Friday", date(2026, 12, 4))[0] == "4 Dec 2026"
    assert due_cell("32/13/2027", None) == ("? 32/13/2027",)
    assert due_cell("Friday", None) == ("Friday",)
    assert due_cell(" ", None) == ("",)


@pytest.mark.parametrize("text, today, expected", [
    ("1/11", date(2026, 12, 1), date(2026, 11, 1)),  # the November just gone
    ("30 Nov", date(2026, 12, 1), date(2026, 11, 30)),
    ("31/12", date(2026, 12, 1), date(2026, 12, 31)),  # later this month: nearer ahead
    ("1/12", date(2027, 1, 5), date(2026, 12, 1)),  # across the new year
    ("1 March", date(2026, 12, 1), date(2027, 3, 1)),  # nearer ahead (but see `past`)
    ("1/11/2027", date(2026, 12, 1), date(2027, 11, 1)),  # a year typed is kept
    ("2025-01-01", date(2026, 12, 1), date(2025, 1, 1)),
    ("tomorrow", date(2026, 12, 1), date(2026, 12, 2)),
    ("29/2", date(2028, 3, 1), date(2028, 2, 29)),
    ("1/3", date(2028, 2, 29), date(2028, 3, 1)),  # from 29 February
    ("not a date", date(2026, 12, 1), None),
])
def test_a_report_date_without_a_year_is_the_nearest(text, today, expected):
    """Report filters read a day without its year as the one nearest today (a due date reads
    it forward): "since 1/11" on 1 December was 1 November of the next year, and the report
    was empty."""
    assert read_date_near(text, today) == expected


@pytest.mark.parametrize("text, expected", [
    ("1 March", date(2026, 3, 1)), ("1/11", date(2026, 11, 1)), ("31/12", date(2025, 12, 31)),
    ("1/12", date(2026, 12, 1)), ("1/11/2027", date(2027, 11, 1)), ("junk", None),
])
def test_a_since_date_without_a_year_is_the_last_one(text, expected):
    assert read_date_near(text, TODAY, past=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("tomorrow", date(2026, 12, 2)), ("next Friday", date(2026, 12, 4)),
    ("in two weeks", date(2026, 12, 15)), ("end of the month", date(2026, 12, 31)),
    ("yesterday", date(2026, 11, 30)), ("two weeks ago", date(2026, 11, 17)),
    ("3 days ago", date(2026, 11, 28)), ("a month ago", date(2026, 11, 1)),
    ("last Friday", date(2026, 11, 27)), ("since last Tuesday", None),
    ("Friday", date(2026, 11, 27)), ("Tuesday", date(2026, 12, 1)),  # the last one, or today
    ("March", date(2026, 3, 1)), ("December", date(2026, 12, 1)),  # from the month's start
    ("March 2025", date(2025, 3, 1)), ("end of March", date(2026, 3, 31)),
])
def test_a_since_date_in_words_counts_from_today(text, expected):
    """`--since tomorrow` covered sessions from a year before tomorrow (the words were read
    from a year ago, as a day without its year is), and "yesterday" was not a date at all
    (fresh-eyes trial)."""
    assert read_date_near(text, TODAY, past=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("yesterday", date(2026, 11, 30)), ("last Friday", date(2026, 11, 27)),
    ("2 weeks ago", date(2026, 11, 17)), ("Friday", date(2026, 12, 4)),
])
def test_past_words_read_as_due_dates_too(text, expected):
    assert read_date(text, TODAY) == expected
    assert read_date_near(text, TODAY) == expected


def test_a_date_read_before_today_says_it_is_past():
    """Due 1/1/2020 went through without a word (fresh-eyes trial)."""
    today = date(2026, 12, 2)
    assert read_as("1/1/2020", date(2020, 1, 1), today) == "→ 1 Jan 2020, past"
    assert read_as("today", today, today) == "→ Wed 2 Dec 2026"
    assert read_as("Friday", date(2026, 12, 4), today) == "→ Fri 4 Dec 2026"
    assert read_as("1/1/2020", date(2020, 1, 1)) == "→ Wed 1 Jan 2020"  # no today: not judged


@pytest.mark.parametrize("words, said", [
    ("31/02/2027", "no 31 Feb"), ("30th February", "no 30 Feb"), ("31 April", "no 31 Apr"),
    ("April 31", "no 31 Apr"), ("29/2/2027", "no 29 Feb in 2027"),  # not a leap year
    ("32/13/2027", None), ("someday", None),
    ("2026-02-30", "no 30 Feb"), ("2027-02-29", "no 29 Feb in 2027"), ("2026-13-01", None),
])
def test_a_day_the_month_does_not_have_is_said_so(words, said):
    """`31/02/2027` was only "not read as a date": a hurried facilitator saw no reason and
    left it; saying there is no 31 February says what to change (short, for the due box)."""
    assert read_as(words, read_date(words, TODAY)) == (said or "not read as a date")
    assert due_words(words, None) == f"{words} (" + (
        f"not a date: {said}" if said else "not read as a date") + ")"


def test_until_without_a_year_is_the_first_such_day_from_since_on():
    """"--since January --until March" in December covered fifteen months, to the March
    of the next year (a trial)."""
    from reflect.model.since_until import read_until

    december = date(2026, 12, 2)
    january = date(2026, 1, 1)
    assert read_until("March", december, january) == date(2026, 3, 31)
    assert read_until("31/3", december, january) == date(2026, 3, 31)
    assert read_until("31/12/2027", december, january) == date(2027, 12, 31)  # a year typed
    assert read_until("tomorrow", december, january) == date(2026, 12, 3)  # from today
    assert read_until("1 June", december) == date(2026, 6, 1)  # no Since: the one gone by


@pytest.mark.parametrize("words, day", [
    ("March", date(2026, 3, 31)), ("end of March", date(2026, 3, 31)),
    ("31/3", date(2026, 3, 31)), ("15 January", date(2026, 1, 15)),
    ("31/12", date(2026, 12, 31)), ("December", date(2026, 12, 31)),  # the month under way
    ("Monday", date(2026, 11, 30)), ("Wednesday", date(2026, 12, 2)),  # the last one
    ("31/3/2027", date(2027, 3, 31)),  # a year typed
    ("tomorrow", date(2026, 12, 3)), ("next Friday", date(2026, 12, 4)),  # from today
])
def test_until_without_since_or_a_year_is_a_day_gone_by_or_in_the_month_under_way(words, day):
    """`reflect report --until March` in December covered sessions "up to 31 March 2027":
    everything, when a learning lead asking for up to March means the March gone (a
    trial). A report tells of sessions held."""
    from reflect.model.since_until import read_until

    assert read_until(words, date(2026, 12, 2), None) == day  # a Wednesday


def _printed(day: date, today: date) -> list[str]:
    """Every form reflect prints a due date in: the tables' Due cells (with and without the
    mark of a date gone by), the Selected line's and the notes' date (`short_date`), and what
    a due box's border says it read. Those without the year (`4 Dec`, `4/12`: where the
    column is narrow the Selected line gives the year) only for a day within the year ahead,
    as a date without its year is read."""
    yearless = day < today.replace(year=today.year + 1) and day >= today
    cells = [form for past in (False, True)
             for n, form in enumerate(due_cell("x", day, past=past))
             if n < YEARLESS_FORM or yearless]
    border = read_as("x", day, today)  # `→ 1 Jan 2020, past` for a date gone by
    gone = f"{short_date(day, weekday=False)}, {OVERDUE}"  # the Selected line's, overdue
    return [*cells, short_date(day), short_date(day, weekday=False), border,
            *([gone] if day < today else [])]


@pytest.mark.parametrize("day", [date(2027, 1, 1), date(2027, 1, 31), date(2027, 12, 4),
                                 date(2026, 12, 4), date(2028, 2, 29), date(2026, 11, 30)])
def test_every_form_reflect_prints_a_date_in_is_read_back(day):
    """`1 Jan 27`, the Due column's own form, was "not read as a date" when typed into a due
    box (a trial): copied from the table, a date must read back as itself; so must the due
    box's own `→ 30 Nov 2026, past`, which was not."""
    for printed in _printed(day, TODAY):
        assert read_date(printed, TODAY) == day, printed


@pytest.mark.parametrize("text, expected", [
    ("1 Jan 27", date(2027, 1, 1)),  # a two-digit year as in 1/1/27: 2027
    ("1st Jan 27", date(2027, 1, 1)),
    ("31 Jan 99", date(2099, 1, 31)),  # as 31/1/99 is
    ("Fri 1 Jan 2027", date(2027, 1, 1)),
    ("Friday, 1 January 27", date(2027, 1, 1)),
    ("this Fri 4 Dec", date(2026, 12, 4)),
    ("⚠ 30 Nov 2026", date(2026, 11, 30)),
    ("→ Fri 4 Dec 2026", date(2026, 12, 4)),
    ("→ 1 Jan 2020, past", date(2020, 1, 1)),  # the due box's border, of a date gone by
    ("1 Jan 2020,past", date(2020, 1, 1)),
    ("30 Nov 2026, gone by", date(2026, 11, 30)),  # the line under a table, as it was
    ("30 Nov 2026, overdue", date(2026, 11, 30)),  # ... as it is (`due.OVERDUE`)
    ("1 Jan 2027 is a Fri", date(2027, 1, 1)),  # the border, of `Mon 1 Jan 2027`
    ("1 January 27 is a Friday.", date(2027, 1, 1)),
    ("Jan 27", date(2027, 1, 27)),  # the 27th still: no day before it, so no year
    ("March 27", date(2027, 3, 27)),
])
def test_a_two_digit_year_after_a_day_and_month_and_a_weekday_before_a_date(text, expected):
    assert read_date(text, TODAY) == expected


@pytest.mark.parametrize("text", [
    "Mon 1 Jan 2027",  # 1 Jan 2027 is a Friday: which of the two was meant is unknown
    "Sat 4 Dec",
    "next Fri 4 Dec",
    "Fri 4",
    "1 Jan 270",
    "→", "⚠",
    "1 Jan 2027 is a Mon",  # after the date, as the border says which it is: the same
    "past", "gone by", "overdue", "→ , past", "in the past",
])
def test_a_weekday_that_is_not_the_dates_makes_it_no_date(text):
    assert read_date(text, TODAY) is None


def test_a_day_february_lacks_with_a_two_digit_year_is_said_so():
    assert read_as("29 Feb 27", read_date("29 Feb 27", TODAY)) == "no 29 Feb in 2027"


@pytest.mark.parametrize(("text", "said"), [
    ("Mon 1 Jan 2027", "1 Jan 2027 is a Fri"),
    ("Monday, 1 January 27", "1 Jan 2027 is a Fri"),
    ("Sat 4 Dec", "4 Dec 2026 is a Fri"),
    ("Mon 1 Jan 2027, past", "1 Jan 2027 is a Fri"),
    ("1 Jan 2027 is a Mon", "1 Jan 2027 is a Fri"),
    ("blah 1 Jan 2027", "not read as a date"),  # not a weekday: nothing to say but that
])
def test_a_weekday_that_is_not_the_dates_is_said_to_be_so(text, said):
    """"not read as a date" said nothing a facilitator could act on (a trial): the box's
    border says which weekday the date is, and which was meant is still not guessed."""
    assert read_date(text, TODAY) is None
    assert read_as(text, None, TODAY) == said


def _notes_forms(words: str, day: date) -> list[str]:
    """Every form the notes, exports, reports and the lines under the tables print a due date
    in with the words it was read from (`due_words`), from the printers themselves."""
    from reflect.export.parts import action_due, carried_due
    from reflect.model.moved import moved_said
    from reflect.model.session import Action, CarriedAction, MovedIn

    noted = due_words(words, day)  # `next Friday (Fri 4 Dec 2026)`
    moved = Action(text="x", due=words, due_date=day, agreed_due="31 Jan",
                   agreed_due_date=date(2027, 1, 31))
    carried = CarriedAction(session_id="s", session_label="s", action_id="a1", text="x",
                            due="31 Jan", due_date=date(2027, 1, 31), new_due=words,
                            new_due_date=day)
    undated = carried.model_copy(update={"due": "", "due_date": None})
    by = MovedIn(session_id="s2", label="Invented week 2, moved to 1 Jan", held=date(2026, 12, 5))
    named = moved.model_copy(update={"moved_in": by})  # which meeting moved it, said after
    back = Action(text="x", due="31 Jan", due_date=date(2027, 1, 31), agreed_due=words,
                  agreed_due_date=day, moved_in=by)  # the line under the table: this agreed
    return [noted, action_due(moved), action_due(named), carried_due(carried),
            carried_due(undated), f"due: {noted}", f"due: {noted}, {OVERDUE}",
            f"due {noted}",  # Selected; a report
            f"new due date {noted}", f"agreed here: {noted}, moved by a later session",
            f"agreed here: {noted}, {moved_said(back)}"]


@pytest.mark.parametrize(("words", "day"), [
    ("next Friday", date(2026, 12, 4)), ("end of March", date(2027, 3, 31)),
    ("15/1/27", date(2027, 1, 15)), ("Friday week", date(2026, 12, 11))])
def test_a_due_date_as_the_notes_print_it_reads_back(words, day):
    """`next Friday (Fri 4 Dec 2026)`, pasted from the notes into a due box, was "not read
    as a date" (a known gap), as were a moved action's `…; agreed here: …` and last time's
    action's `31 Jan (…) → end of March (…)`: each reads as the date it printed (of two, the
    one in force), and the notes print the words as they are, not the date twice."""
    for printed in _notes_forms(words, day):
        assert read_date(printed, TODAY) == day, printed
        assert read_date_near(printed, TODAY) == day, printed
        assert due_words(printed, day) == printed


def test_the_date_in_brackets_is_what_was_agreed_whatever_the_words_say_now():
    """Read again today, `next Friday` is another Friday than the one the meeting agreed,
    which the notes put in brackets after the words: the bracket is the date."""
    later = date(2026, 12, 9)
    assert read_date("next Friday", later) == date(2026, 12, 11)
    assert read_date("next Friday (Fri 4 Dec 2026)", later) == date(2026, 12, 4)
    assert read_as("next Friday (Fri 4 Dec 2026)", date(2026, 12, 4), later) == \
        "→ 4 Dec 2026, past"
    assert read_date("31 Jan (Fri 15 Jan 2027)", TODAY) == date(2027, 1, 15)


@pytest.mark.parametrize(("text", "said"), [
    ("someday (not read as a date)", "not read as a date"),
    ("31/02/2027 (not a date: no 31 Feb)", "no 31 Feb"),
    ("next Friday (Mon 4 Dec 2026)", "4 Dec 2026 is a Fri"),  # which was meant is unknown
    ("Friday (ask Sam)", "not read as a date"),
])
def test_words_the_notes_said_were_no_date_stay_no_date(text, said):
    assert read_date(text, TODAY) is None
    assert read_as(text, None, TODAY) == said
    printed = due_words(text, None)  # printed again, the notes' remark is not said twice
    assert printed == text if "(not" in text else printed == f"{text} (not read as a date)"


@pytest.mark.parametrize(("today", "next_week", "end_of_week"), [
    (date(2026, 12, 7), date(2026, 12, 18), date(2026, 12, 11)),  # a Monday
    (date(2026, 12, 11), date(2026, 12, 18), date(2026, 12, 11)),  # a Friday
    (date(2026, 12, 12), date(2026, 12, 18), date(2026, 12, 18)),  # a Saturday
    (date(2026, 12, 13), date(2026, 12, 18), date(2026, 12, 18)),  # a Sunday
])
def test_next_week_is_the_week_that_starts_on_the_coming_monday(today, next_week, end_of_week):
    """`next week` (its Friday) said at a weekend is the week starting the coming Monday:
    said on Saturday 12 December, it is Friday 18 December, not the 25th."""
    assert read_date("next week", today) == next_week
    assert read_date("end of next week", today) == next_week
    assert read_date("end of the week", today) == end_of_week
