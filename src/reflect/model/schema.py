"""The version of the session files this reflect writes. Apart from model/session.py (which
says it again) so that a report, which reads it, does not load the session model."""

SCHEMA_VERSION = 2
"""Version 2 added points, the reflective model, timing, ids for participants and actions,
links from actions to recommendations, carried-over actions and themed sessions. Version 1
files open unchanged: every new field has a default, and ids are filled in (p1, a1, ...)."""
