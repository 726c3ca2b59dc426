"""Quote attribution within one text: misattributed and unbalanced quotes."""
from .misattributed_quote import RULE as MISATTRIBUTED_QUOTE
from .pronoun_conflict import RULE as PRONOUN_CONFLICT
from .unbalanced_quote import RULE as UNBALANCED_QUOTE

RULES = (MISATTRIBUTED_QUOTE, PRONOUN_CONFLICT, UNBALANCED_QUOTE)
