"""Repetition: accidentally doubled words and phrases."""
from .doubled_words import RULE as DOUBLED_WORDS
from .repeated_clause import RULE as REPEATED_CLAUSE

RULES = (DOUBLED_WORDS, REPEATED_CLAUSE)
