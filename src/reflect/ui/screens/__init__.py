"""Screens: library and sessions, new-session form, walkthrough, help."""
