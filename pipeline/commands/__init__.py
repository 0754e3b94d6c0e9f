"""Subcommands that live beside the feature they drive; each module defines `command`.

cli.py registers every module here, so a new subcommand is one new file.
"""
