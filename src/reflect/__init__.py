"""reflect: guided team and individual reflection on safeguarding practice reviews."""

__version__ = "0.1.0"
