"""Transliteration: French-style spellings and exonyms left in English."""

RULES: tuple = ()
