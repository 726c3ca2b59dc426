"""Stray attribution: duplicated or dangling reporting clauses."""
from .dangling import RULE as DANGLING
from .duplicated import RULE as DUPLICATED

RULES = (DUPLICATED, DANGLING)
