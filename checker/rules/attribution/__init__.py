"""Stray attribution: duplicated or dangling reporting clauses."""

RULES: tuple = ()
