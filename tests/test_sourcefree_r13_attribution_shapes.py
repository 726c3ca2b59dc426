"""Issue 13, round 13: a French incise after a complete attribution whose first clause takes shapes the earlier
rounds missed — the incise followed by a participle ('he grieved, before saluting …', 'she fumed, adding …'),
a speaker's age and relative clause before it ('explains X, 41, who has …, she worried'), a two-noun apposition
joined by 'and' ('said X, deputy mayor and head of the council, he crowed') — in wordings that are not the
development sets'.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "stray-attribution"
POSITIVES = [
    '“The pool will stay shut all summer,” she told the council on Monday, [[she lamented]], before listing the '
    'repairs.',
    '“Nobody listened to the farmers,” the union leader said outside the prefecture, [[he fumed]], adding that '
    'a tractor convoy was planned.',
    '“We are not afraid of the water,” explains Hugo Marchal, 58, who has fished this river since 1987, '
    '[[he shrugged]].',
    '“The budget is balanced at last,” declared Inès Porcher, deputy mayor and head of the finance committee, '
    '[[she beamed]].',
    '“This is a day of shame for the club,” said Rémi Vautrin, 34, the captain, [[he bristled]], while '
    'leaving the pitch.',
]
NEGATIVES = [
    # a new clause after the incise: she paused, then went on (no French incise)
    '“It was the hardest year,” she said, she paused, then she thanked the nurses.',
    # the second pronoun names someone else
    '“Come in,” she said, he nodded, smiling.',
    # 'and' opening a clause of its own after the attribution
    '“We agree,” said Paul Renard, the union delegate, and he left the room, he sighed.',
    # no first attribution: a statement, then the speaker's own aside
    'The river rose overnight, he recalled, before the alarm sounded.',
    # a relative clause that is the statement's, not the speaker's
    'The mayor said the works, which began in May, would end soon, adding that the bridge stays open.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
