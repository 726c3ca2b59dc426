"""Transliteration: French-style spellings and exonyms left in English."""
from . import arabic_pattern, french_exonym, respelled, slavic_pattern

RULES = (french_exonym.RULE, slavic_pattern.RULE, respelled.RULE, arabic_pattern.RULE)
