"""Untranslated: French words and sentences left in the English text."""

RULES: tuple = ()
