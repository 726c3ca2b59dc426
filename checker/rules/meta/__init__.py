"""Meta rules: about the checker's own suppression comments."""
from .unused_suppression import RULE as UNUSED_SUPPRESSION

RULES = (UNUSED_SUPPRESSION,)
