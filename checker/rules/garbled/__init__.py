"""Garbled: word salad from literal translation."""

RULES: tuple = ()
