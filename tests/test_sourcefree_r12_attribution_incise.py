"""Issue 13, round 12: a second attribution after a complete one, in shapes the earlier rounds missed — a reporting
verb of emphasis or enumeration ('it underscored', 'he enumerated …'), a verb with its particle ('she cried out'),
a manner adverb closing the incise ('he admitted frankly'), an audience named with its outlet ('he repeated to the
journalists of France Bleu') — in fresh wordings written for this round.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "stray-attribution"
POSITIVES = [
    '“The museum will reopen in spring,” the ministry said in a statement, [[it underscored]].',
    'The mayor said the dyke had held, [[she enumerated]] during a briefing on Tuesday.',
    '“We have won everything,” the skipper said on the quay, [[she cried out]].',
    '“Nobody saw it coming,” a firefighter told us, [[he conceded candidly]].',
    '“I did it for my village,” the runner declared, [[he repeated to the reporters of Radio Bleu]].',
]
NEGATIVES = [
    'The report underscored the risks, and the minister enumerated the measures.',
    '“We have won everything,” the skipper said on the quay, and she smiled broadly.',
    'He told journalists of Le Monde that the plan was dead.',
    '“Nobody saw it coming,” a firefighter told us. He conceded that the alert came late.',
    'She cried out in pain when the stretcher tipped, witnesses said.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
