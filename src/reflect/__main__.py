"""`python -m reflect` runs the command-line entry point."""

from reflect.cli import main

raise SystemExit(main())
