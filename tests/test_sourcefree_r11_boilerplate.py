"""Issue 13, round 11: a donation appeal in which the outlet speaks of its own journalism ("Our journalism is …")
before its call, in fresh wordings written for this round, not taken from a set.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "boilerplate"
POSITIVES = [
    '[[Our journalism is independent, but it has a price. Support it with a donation to La Croix]]',
    '[[Our journalism is open to all, and it costs money. Make a donation to Mediapart]]',
    '[[Our journalism is free to read, but it has a cost. Donate to Libération today]]',
    '[[Our journalism depends on you. Make a donation]]',
    '[[Our journalism is funded by readers like you: make a donation to Le Soir]]',
    '[[Our independent journalism needs you. Support us with a donation]]',
    '[[Our journalism has a cost: become a subscriber for one euro]]',
    '[[Our journalism is not free to make. Support it with a donation to Ouest-France]]',
]
NEGATIVES = [
    'Our journalism students were told to leave the hall, the dean said.',
    'The paper said its journalism had won three awards this year.',
    'The foundation made a donation of 2 million euros to the hospital.',
    'Readers of Le Devoir made a donation to the flood victims, the paper said.',
    '"Our journalism is independent," the editor told the committee.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
