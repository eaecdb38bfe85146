"""Reading and writing files: the review library and session files. Never imports textual."""
