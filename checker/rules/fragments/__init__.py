"""Sentence fragments: sentences broken in two, verbless fragments."""

RULES: tuple = ()
