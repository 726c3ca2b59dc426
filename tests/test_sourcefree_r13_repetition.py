"""Issue 13, round 13: a noun phrase said again across a comma to be narrowed ('the fear, the fear of what comes
next', 'that night, that night only') is the rhetoric of restatement, not a translator's stutter; a copy followed
by a verb or a relative clause still is one.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "repetition"
POSITIVES = [
    'The convoy was stopped by [[the police, the police]] that guarded the bridge.',
    '[[The government, the government]] announced new cuts on Monday.',
    'He said that [[the decision, the decision]] was final.',
    'Residents blamed [[the storm, the storm]] and the lack of dykes.',
]
NEGATIVES = [
    'The anger, the anger of a whole generation, filled the streets.',
    'The town was, that evening, that evening alone, strangely quiet.',
    'It was the law, the law itself, that failed them.',
    'The hope, the hope of a fair trial, kept them going.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
