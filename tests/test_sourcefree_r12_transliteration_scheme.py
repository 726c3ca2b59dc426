"""Issue 13, round 12: French transliteration read as a scheme — the French "-ine" for Russian "-in" after an eastern
given name, French forms of eastern given names ('Alexandre', 'Youri') as that context, and the French "dj" for j
inside a Persian or Arabic name — in fresh wordings written for this round.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "transliteration"
POSITIVES = [
    'The governor of the region, Alexandre [[Kouzmine]], ordered the evacuation.',
    'The deputy minister Vladimir [[Sorokine]] denied any shelling of the plant.',
    'The oligarch Youri [[Kovaltchouk]] was added to the sanctions list.',
    'Protesters marched in the Iranian city of [[Ahvadj]] and in Tehran on Friday.',
]
NEGATIVES = [
    'The philosopher Alexandre Racine and the singer Vladimir Jardine met in Paris.',
    'The novelist Alexandre Dumas wrote in Paris.',
    'The Algerian president Abdelmadjid Tebboune received the Tunisian minister in Algiers.',
    'Pilgrims from Iran travelled to Najaf and Mashhad.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
