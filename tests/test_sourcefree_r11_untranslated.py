"""Issue 13, round 11: a French phrase 'head de complement' whose complement English also writes ("coup de force",
"prise de position"), opening a sentence or inside one (fresh wordings written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "untranslated"
POSITIVES = [
    # a French lede: the head leans French, the complement is a word English writes too
    '[[Coup de poker]] at the Élysée on Sunday evening.',
    '[[Coup de bluff]] by the Kremlin before the summit.',
    '[[Coup de force]] at the town hall of Perpignan on Monday evening.',
    # the same inside a sentence, and with a French complement
    'The junta staged a [[coup de poker]] in Niamey.',
    'The government is playing a [[jeu de dupes]] with the unions.',
    '[[Changement de cap]] at Renault after the vote.',
    '[[Effet de surprise]] in the Senate on Tuesday night.',
    '[[Appel de phare]] to the unions from the minister.',
]
NEGATIVES = [
    'The orchestra gave a tour de force in Lyon.',
    'Tour de force in Lyon for the young pianist.',
    'It was the coup de grâce for the government.',
    'The crème de la crème of French cinema attended.',
    'The Tour de France starts in Lille.',
    'The rue de Rivoli was closed on Sunday.',
    'A coup in Niger was condemned by Paris.',
]
# a head English writes as often as French ("tour"), a link other than "de"
MISSES = [
    '[[Tour de vis]] on immigration at the Interior Ministry.',
    '[[Mise en garde]] from the central bank on Tuesday.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES, MISSES)
