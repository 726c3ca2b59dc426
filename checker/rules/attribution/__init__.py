"""Stray attribution: duplicated or dangling reporting clauses."""
from .appended import RULE as APPENDED
from .dangling import RULE as DANGLING
from .double_attribution import RULE as DOUBLE_ATTRIBUTION
from .duplicated import RULE as DUPLICATED

RULES = (DUPLICATED, DANGLING, DOUBLE_ATTRIBUTION, APPENDED)
