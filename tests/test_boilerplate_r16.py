"""Issue 13, round 16: a results teaser standing alone, found by a teaser's offer ("all the results of your
commune") added to its label and page words. Traps: a subheading with a label and the same words but no page word,
and a labelled headline."""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "boilerplate"
POSITIVES = [
    "The count ended late on Sunday.\\n\\n[[Municipal elections: all the results of your town]]",
    "Marseille lost again.\\n\\n[[France Bleu Sport: Ligue 1, Ligue 2, all the results and standings]]",
    "The vote was close.\\n\\n[[Referendum of 14 June: everything about the results in your canton]]",
]
NEGATIVES = [
    "The strike went on.\\n\\nParis: all the shops closed on Sunday in your district",
    "The count ended late.\\n\\nMunicipal elections: the left holds Lyon and Bordeaux after a long night",
    "The season ended.\\n\\nAll the results were in by midnight, and the league confirmed the standings.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
