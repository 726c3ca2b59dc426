"""Sentence fragments: sentences broken in two, verbless fragments."""
from .lowercase_continuation import RULE as LOWERCASE_CONTINUATION
from .verbless import RULE as VERBLESS

RULES = (LOWERCASE_CONTINUATION, VERBLESS)
