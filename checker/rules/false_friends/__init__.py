"""False friends: French words rendered by their English look-alikes."""
from .in_context import RULE as FALSE_FRIEND_IN_CONTEXT
from .rare_lookalike import RULE as UNCOMMON_LOOKALIKE
from .sense_cues import RULE as FALSE_FRIEND_BY_SENSE
from .structure import RULE as FALSE_FRIEND_BY_STRUCTURE

RULES = (FALSE_FRIEND_IN_CONTEXT, FALSE_FRIEND_BY_SENSE, FALSE_FRIEND_BY_STRUCTURE, UNCOMMON_LOOKALIKE)
