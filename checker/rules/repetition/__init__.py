"""Repetition: accidentally doubled words and phrases."""
from .doubled_words import RULE as DOUBLED_WORDS

RULES = (DOUBLED_WORDS,)
