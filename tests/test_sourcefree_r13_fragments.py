"""Issue 13, round 13: a subordinate clause standing alone after a full stop, in two shapes the earlier rounds
missed — a comparison or additive phrase followed only by its own 'when'/'where' clause ('As in 1999, when the
river had burst its banks.'), and a 'when' clause whose subject does two things ('When the convoy had crossed the
border and reached the camp.') — in wordings that are not the development sets'.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "sentence-fragment"
POSITIVES = [
    'The dam gave way at dawn. [[As in 1987, when the same valley had been cut off for a week.]] The army came.',
    'Fuel ran short across the region. [[Like in 2016, when the strikers had blocked the refineries for a '
    'fortnight.]] Queues formed at dawn.',
    'The mayor asked for patience. [[Just as in the spring, when the ministry had promised new funds.]] Nothing '
    'came.',
    'The aid finally got through on Friday. [[When the convoy had crossed the border and reached the camp.]] The '
    'doctors set up tents.',
    'Hikers are urged to stay away. [[Especially in winter, when the mountain roads are closed to traffic.]] '
    'Rescuers are stretched.',
]
NEGATIVES = [
    'As in 1987, when the valley was cut off, the army sent helicopters.',
    'When the convoy crossed the border, the guards waved it through.',
    'When will the convoy cross the border and reach the camp?',
    'Like in 2016, the strikers blocked the refineries for a fortnight.',
    'As in previous years, the festival drew large crowds to the old town.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
