"""Issue 13, round 11: a clause cut off the sentence before by "Nor if …", "Nor whether …" (French "Ni si …"),
"Not only …" without its "but also", and a subordinate clause or a relative-only phrase opening a paragraph that
goes on (fresh wordings written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "sentence-fragment"
POSITIVES = [
    'The inquiry does not say who gave the order. [[Nor whether the minister was told before the raid.]] The '
    'report is due in June.',
    'Nobody knows when the bridge will reopen. [[Nor how much the repairs will cost the region.]] The prefect '
    'will speak on Friday.',
    'The club has not said why the coach left. [[Nor if he will be paid until the end of his contract.]] Fans '
    'are angry.',
    'The police did not explain how the prisoner escaped. [[Nor where he spent the night after leaving the '
    'prison.]] A search is under way.',
    # "Not only …" without its "but also" and without a verb: half of a pair, at any length
    'Floods cut the roads in the valley. [[Not only in the Ariège.]] The Aude was hit as well.',
    'Prices rose again in March. [[Not only for fuel and food.]] Rents climbed too.',
    # a paragraph that opens with a subordinate clause standing alone, and goes on
    'The team lost its first two matches.\\n\\n[[Because the coach had changed the whole defence before the '
    'tournament.]] The players did not know each other. They improved later.',
    'The factory closed in March.\\n\\n[[Although the workers had accepted a pay cut the year before.]] The owners '
    'moved production to Poland. The town lost 400 jobs.',
    # a paragraph that opens with a phrase whose only verb is in a relative clause
    'The new group has fourteen brands.\\n\\n[[At its head, a former banker, who has made discipline his '
    'trademark.]] The chairman will be named later. The shares rose.',
    'The museum reopened on Monday.\\n\\n[[In the main hall, the famous tapestry, which had been restored in '
    'Bayeux.]] Visitors queued for hours. Tickets sold out.',
]
NEGATIVES = [
    'The inquiry does not say who gave the order. Nor did the minister explain it. The report is due in June.',
    'Nobody knows when the bridge will reopen, nor how much the repairs will cost.',
    'The team lost its first two matches.\\n\\nBecause the coach had changed the defence, the players '
    'struggled. They improved later.',
    'The factory closed in March.\\n\\nAlthough the workers had accepted a pay cut, the owners moved '
    'production to Poland.',
    'The museum reopened on Monday.\\n\\nIn the main hall, the tapestry, which had been restored in Bayeux, '
    'draws crowds.',
    'Why did the coach leave?\\n\\nBecause he wanted to.',
    'Nor is that all. The minister also resigned.',
    'Prices rose again in March. Not only that. Rents climbed too.',
    'Prices rose again in March. Not only did fuel cost more, but rents climbed too.',
    'Prices rose again in March. Not only fuel, but also food and rents.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
