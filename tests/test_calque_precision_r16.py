"""Issue 13, round 16: a French press nickname that is the body's own name ("the Girondins de Bordeaux") is left
alone; the nickname standing for the club is still reported."""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "calque"
POSITIVES = [
    "The [[Girondins]] lost again on Saturday in front of their own supporters.",
]
NEGATIVES = [
    "Among the historic clubs of France, the Girondins de Bordeaux announced their relegation on Tuesday.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
