"""Issue 13, round 12: site furniture of other wordings — a paywall's reading time and unlock price, a photo credit
without a colon, the paper's other editions and quotes, a broadcaster's channels, a comments widget opening on its
count, a timeline linked from the page — in fresh wordings written for this round.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "boilerplate"
POSITIVES = [
    '[[Subscriber article — 5 minutes of reading left. Unlock it for €2]]',
    '[[Photo Ouest-France / Jeanne Martin]]',
    '[[Every result, town by town, in our special edition on sale Monday]]',
    '[[Find France Bleu Alsace on all its channels: radio and web]]',
    '[[Comments (57) — Log in to comment]]',
    '[[Sud Ouest — Read the full edition of the day in PDF]]',
    '[[Markets: Renault +3.1%, Stellantis −0.4% — See all our quotes]]',
    '[[Timeline — The pension reform: the key dates since January 2023]]',
]
NEGATIVES = [
    'The festival\'s special edition went on sale on Monday, the organisers said.',
    'Photo of the day / Paris',
    'The channel said on Tuesday that it would stop broadcasting on radio and web in June.',
    'The timeline of the crisis remains unclear, and the key dates are disputed by the two sides.',
    'Shares in Renault rose 3.1% on Friday after the group published its quotes for the year.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
