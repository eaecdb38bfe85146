"""Errors the store raises, kept apart so that catching them does not import pydantic."""


class SessionError(Exception):
    """A session file that cannot be used, with a message naming the file and the problem."""


class ChangedOutside(SessionError):
    """An open session's file was changed by another program: not written over; the edits are
    kept in a copy elsewhere (`SessionKeeper.elsewhere`), when one could be written."""
