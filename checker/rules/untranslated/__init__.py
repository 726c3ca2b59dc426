"""Untranslated: French words and sentences left in the English text."""
from .function_run import RULE as FRENCH_FUNCTION_RUN
from .honorifics import RULE as FRENCH_HONORIFIC
from .sentences import RULE as UNTRANSLATED_SENTENCE
from .words import RULE as UNTRANSLATED_WORDS

RULES = (UNTRANSLATED_SENTENCE, UNTRANSLATED_WORDS, FRENCH_FUNCTION_RUN, FRENCH_HONORIFIC)
