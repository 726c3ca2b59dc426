"""Issue 13, round 11: stray attributions whose first attribution carries a relative clause on the speaker, or whose
second is a reporting idiom or takes an adverb (fresh wordings written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "stray-attribution"
POSITIVES = [
    # a non-restrictive relative clause on the speaker inside the first attribution
    '"The harvest is lost," said Paul Girard, who has farmed the plateau for forty years, [[he lamented]].',
    '"We were never warned," Inès, who runs a bakery on the quay, told France Bleu, [[she recounted]].',
    '"The lift broke twice this week," explained Marc Ollier, who lives on the ninth floor, [[he insisted]].',
    '"Nobody came to help us," Sandrine, who lost her car in the flood, told reporters, [[she deplored]].',
    # the subject of a statement's reporting clause carries a relative clause between commas
    'The prefect, who took office in May, said the road would reopen in June, [[he assured]].',
    'The coach, who has led the club since 2019, said his players were exhausted, [[he confided]].',
    # a reporting idiom that renders one French verb, or an adverb before the verb
    '"The talks are over," the union leader, Sophie Marchal, told AFP, [[she let it be known]].',
    '"The door remains open," the minister told the Senate on Tuesday, [[he made it clear]].',
    'The health minister said the hospital would stay open through the summer, [[he pressed the point]].',
    '"We will appeal," the lawyer for the family told the press, [[he still maintained]].',
    # the subject's head after a modifier ("the overseas minister") makes a person the pronoun names
    'The regional prefect said that the road would reopen before the holidays, [[she drove the point home]].',
]
NEGATIVES = [
    '"The harvest is lost," said Paul Girard, who has farmed the plateau for forty years.',
    '"We were never warned," Inès, who runs a bakery on the quay, told France Bleu, and her neighbours agreed.',
    '"The lift broke twice," explained Marc Ollier, who lives on the ninth floor, the neighbours nodded.',
    'The health ministry said the hospital would stay open, he pressed the point.',
    '"The door remains open," the minister told the Senate, he made a mistake.',
    'The minister said that the road would reopen, he let the matter rest.',
    '"We will appeal," the lawyer said, who had lost the first trial.',
    'The mayor, who lives in the old town, said the market would move, as he had promised.',
    'The mayor, who said the plan was dead, resigned, she regretted.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
