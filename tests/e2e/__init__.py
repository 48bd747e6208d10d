"""Browser tests: the web app over real HTTP in a real headless Chromium.

A package, so its ``conftest.py`` imports as ``e2e.conftest`` and does not replace the
top-level ``conftest`` module the other test directories import from.
"""
