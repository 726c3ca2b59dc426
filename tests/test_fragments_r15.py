"""Issue 13, round 15: subordinate clauses and comparisons standing alone after a full stop, in fresh wordings.

A focus adverb before a subordinator ("Particularly because …"), a second subordinate clause after the first one's
comma ("Unless …, as …"), a comparison with its relative clause ("Like so many …who …"), and a manner adverb with a
coordinated adverbial and no verb ("Quietly, and mostly without …"); traps: the same openers with a main clause after
them, and a short set phrase.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "sentence-fragment"
POSITIVES = [
    "The rescue teams stopped the search on Friday evening. [[Particularly because the river had risen again "
    "during the night.]]",
    "The farmers blocked the motorway for a third day. [[Especially as the ministry had promised them an answer "
    "before the harvest.]]",
    "The player will miss the final in Madrid next week. [[Unless the federation lifts his suspension, as its "
    "rules allow on appeal.]]",
    "The plant will close at the end of the year, the group said. [[Although the unions fought it, as their "
    "members had asked.]]",
    "The girl was found in a forest twenty kilometres away. [[Like so many other teenagers who run away from "
    "home every year.]]",
    "The old port was rebuilt after the war by the town. [[Unlike most other harbours that the bombing had "
    "destroyed.]]",
    "Neighbours cleared the mud from the streets themselves. [[Quietly, and mostly without any help from the "
    "council.]]",
]
NEGATIVES = [
    "The rescue teams stopped the search on Friday evening. Especially since then, the families have refused "
    "to speak to the press.",
    "The player will miss the final in Madrid next week. Unless the federation changes its mind, as it did in "
    "2019, he will stay at home.",
    "The mayor resigned on Tuesday after the vote. Like his father, he had been mayor for twenty years.",
    "The mayor resigned on Tuesday after the vote. Like many others who left the party, he joined the centre.",
    "The strike went on for a week in the port. Especially since the unions agreed, the talks have resumed.",
    "The storm hit the coast on Monday night. Like all the villages that line the bay, Carnac lost power.",
    "Neighbours cleared the mud from the streets themselves. Slowly, but surely.",
    "Neighbours cleared the mud from the streets. Quietly, and without any help, they rebuilt the wall.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
