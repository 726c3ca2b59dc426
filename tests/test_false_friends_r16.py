"""Issue 13, round 16: uncommon English look-alikes of common French words found by the frequency gap (FFR005),
not by a list: 'convoked', 'the conjuncture', 'lacrymogenic'. Wordings written for this round.

`[[...]]` marks what an editor would mark; negative lines are traps (English words, loanwords, rare words English
uses in its own right).
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "false-friend"
POSITIVES = [
    'The foreign ministry [[convoked]] the ambassador on Tuesday.',
    'Riot police used [[lacrymogenic]] grenades against the crowd.',
    'In the economic [[conjuncture]] of the moment, the plan is risky.',
    'The mayor was [[destituted]] by the regional council.',
]
NEGATIVES = [
    'The foreign ministry summoned the ambassador on Tuesday.',
    'Riot police used tear gas against the crowd.',
    'The funeral was followed by the inhumation at the village cemetery.',
    'The chef served a velouté and a crème brûlée.',
    'The derogation was granted by the commission.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
