"""Untranslated: French words and sentences left in the English text."""
from .sentences import RULE as UNTRANSLATED_SENTENCE
from .words import RULE as UNTRANSLATED_WORDS

RULES = (UNTRANSLATED_SENTENCE, UNTRANSLATED_WORDS)
