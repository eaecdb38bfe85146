"""A time on a day where the tests run (the machine's zone, `TZ`): reflect dates a session by
the day it was held there (model/dates.py, `local_day`), as a user sees it. Noon UTC is the
next day in New Zealand, and a test that made its sessions so failed under
TZ=Pacific/Auckland, though reflect dated them as a user there sees them."""

from __future__ import annotations

from datetime import datetime


def here(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    """That day and time in the machine's zone (an aware datetime)."""
    return datetime(year, month, day, hour, minute).astimezone()
