"""Issue 13, round 12: French left in English (acronyms used as nouns, rare French nouns in a noun slot) and French
an English text may keep (glossed in an apposition, genre names, cited labels), on fresh sentences."""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "untranslated"
POSITIVES = [
    'The singer was taken to hospital on Sunday after suffering an [[AVC]] at his home in Nantes.',
    'Visits to the [[Ehpad]] were suspended for two weeks after the first cases.',
    'Talks stalled on Friday. [[An intersyndicale]] has called for a new strike next week.',
    'The shepherds moved the sheep up to the [[estives]] at the end of May.',
    'The unions called a [[grève générale]], the first since 1995, and the trains stopped.',
    'Many [[ouïghours]], a minority living in the west, call the province by another name.',
]
NEGATIVES = [
    'The AVC codec is used by most video cameras.',
    'The Vigipirate plan was raised to “urgence attentat”, its highest level, after the attack.',
    'Union leaders left the meeting in silence. Force ouvrière, the largest union at the plant, had asked for more.',
    'The békés, the descendants of the first planters, still own much of the land.',
    'The farmers were helped by their patous, the big white dogs that guard the flocks at night.',
    'The crowd danced late into the night to zouk and coupé-décalé.',
    'Césaire remains the great poet of the négritude movement.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
