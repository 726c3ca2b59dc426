"""Issue 13, round 12: sentence fragments after a short quotation, fragments opened by "as in" or "that is to say",
and a counted noun phrase described after a comma (a feature's lead), on fresh sentences."""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "sentence-fragment"
POSITIVES = [
    'The mayor spoke of a “historic day” for the town. [[Because the funding for the bridge had been refused '
    'three times before.]] Work will start in May.',
    'Floods hit the valley again this week. [[As in Morez, where the river had burst its banks two years '
    'earlier.]] Hundreds of homes were evacuated.',
    'The winters are long up there. [[Namely the short days and the cold winds from the peaks of the '
    'north.]] Few families stay.',
]
NEGATIVES = [
    'He told reporters: “We have won this fight.” Because the unions refused, the talks failed.',
    'Floods hit the valley again this week. As in Morez, the river burst its banks. Hundreds of homes were evacuated.',
    'Three young wolves, each no bigger than a fox, were seen near the village. The park rangers confirmed it.',
    'The winters are long up there. That is to say, the snow stays until May. Few families stay.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
