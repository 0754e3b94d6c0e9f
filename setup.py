"""Shim for `scrapyd-deploy`, which builds its egg with `python setup.py bdist_egg`.

Everything is configured in pyproject.toml; without this file scrapyd-deploy would write its own
setup.py, with another project name and no package data.
"""

from setuptools import setup

setup()
