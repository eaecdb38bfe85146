"""Widgets that show review text literally."""
