"""Errors the store raises, kept apart so that catching them does not import pydantic."""


class SessionError(Exception):
    """A session file that cannot be used, with a message naming the file and the problem."""
