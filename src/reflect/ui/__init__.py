"""The Textual user interface: app, screens and widgets. Models and storage live elsewhere."""
