"""Session notes in export formats: pure functions of a session. Never imports textual."""
