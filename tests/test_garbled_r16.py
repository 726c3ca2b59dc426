"""Issue 13, round 16: French structures carried into English that no phrase list holds — 'dont' before its
quantity (GRB031), French order in the noun phrase and the verb group (GRB032), French complements of verbs of
saying and belief and participles made nouns (GRB033), the present with 'depuis' after a relative pronoun (GRB012),
and measures built with the French prepositions (GRB034) — in wordings written for this round, not taken from the
development sets.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps: correct
English that looks French, and idioms English has.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "garbled"
POSITIVES = [
    'The bank cut 3,000 jobs, [[of which 800]] in Lyon, over two years.',
    'Forty climbers were rescued, [[of whom several]] suffered from frostbite.',
    'The court heard 62 witnesses, [[of whom a few]] had travelled from Dakar.',
    'The mayor, [[whose several]] relatives sit on the council, denied any favour.',
    'Troops were withdrawn at the end of the [[operation Barkhane]] in 2022.',
    'Protesters blocked the [[bridge Mirabeau]] for two hours.',
    'The minister called it “[[a reform brutal and unjust]]”.',
    'These are the regions that have [[the most suffered]] from the drought.',
    'The former nurse [[affirms having warned]] her managers twice.',
    'The club, which [[disputes being targeted]] by the league, will appeal.',
    'A witness who [[believes to know]] the driver was heard.',
    'Volunteers cared for the [[relocated]] in the gymnasium all night.',
    'The floods which [[devastate the valley since Sunday]] have cut three roads.',
    'The prefect, who [[governs the department since late 2021]], was moved.',
    'Unemployment [[fell of nearly 2%]] over the year.',
    'The old town was [[destroyed at 70%]] by the bombing.',
    'The village lies [[at some ten kilometres from]] the border.',
]
NEGATIVES = [
    'The bank cut 3,000 jobs, 800 of them in Lyon, over two years.',
    'Forty climbers were rescued, several of whom suffered from frostbite.',
    'The firm made 40 offers, of which 10 were accepted.',
    'The writer, of whom little is known, died in 1890.',
    'The couple, whose two sons serve in the army, spoke to reporters.',
    'The singer, whose many hits include three number ones, retired.',
    'Operation Barkhane ended in 2022; the Benalla affair broke in 2018.',
    'The plan Macron unveiled on Monday drew criticism.',
    'An article in the weekly Marianne and the newspaper Libération revealed it.',
    'Experts judged the reform brutal and unjust.',
    'It was the most painful defeat; the team has the most experienced players.',
    'The nurse admits having warned her managers and denies being paid.',
    'He is thought to have fled; they believe to this day that he lives.',
    'The wounded and the displaced were sheltered; the accused was released.',
    'The floods have devastated the valley since Sunday.',
    'Those who have lived there since 1990 remember it.',
    'Unemployment fell by nearly 2% over the year, a fall of 2 points.',
    'The shares are priced at 70% of their value and capped at 5%.',
    'The village lies some ten kilometres from the border, at a distance of 900 metres from the lake.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
