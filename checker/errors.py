"""Errors reported to the user as one line with exit status 2 (bad input, unusable model)."""
from __future__ import annotations


class InputError(ValueError):
    """An input that cannot be checked; the message names the file and the problem."""
