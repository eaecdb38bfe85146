"""Plain mode (`reflect walk`): a session as a line-by-line dialogue, for screen readers and
scripts, saving the same session file as the app. session.py walks it; dialogue.py and line.py
read and write the lines; the rest are its steps' own questions. No Textual."""
