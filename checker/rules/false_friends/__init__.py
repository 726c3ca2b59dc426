"""False friends: French words rendered by their English look-alikes."""
from .in_context import RULE as FALSE_FRIEND_IN_CONTEXT

RULES = (FALSE_FRIEND_IN_CONTEXT,)
