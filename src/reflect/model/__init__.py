"""Pure data models (pydantic): review content and saved sessions. Never imports textual."""
