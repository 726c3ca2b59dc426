"""Issue 13, round 11: French syntax carried into English by mechanisms beyond the listed phrases — 'a' joined to a
word that opens on a vowel, 'whose' before a subject ('dont il …'), a distance measured 'at … of' ('à 5 km de'),
a participle of state with 'of' ('couvert de'), the subject inverted after 'where' ('où ont été trouvés') — in
fresh wordings written for this round, not taken from a set.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "garbled"
POSITIVES = [
    'The referee stopped the match after [[a incident]] in the stands.',
    'The company announced [[a investment]] of 40 million euros in its Dunkirk plant.',
    'Doctors describe [[a extremely]] rare form of the disease.',
    'The mayor, [[whose she]] had always defended the project, voted against it.',
    'It is a painting [[whose they]] have never been able to trace the owner.',
    'The village lies [[at about 30 kilometres of]] the border.',
    'The drone fell [[at 200 metres of]] a school in Kharkiv.',
    'The crowd gathered [[at a few metres of]] the stage before dawn.',
    'The square was [[littered of]] broken glass after the night of riots.',
    'The prime minister arrived [[accompanied of]] three ministers.',
    'The hills were [[covered of]] snow for the first time since 2010.',
    'The town hall, [[where was signed]] the treaty in 1919, is now a museum.',
    'The quarry, [[where have been discovered]] the bones of a mammoth, is closed to the public.',
    # an adverbial between the verb and its object (GRB008): 'now', 'above all', 'once again', before an amount
    'The carmaker [[employs now]] thousands of people in Lorraine.',
    'The residents [[mentioned above all]] the cost of housing.',
    'The singer [[speaks fluently]] Italian and had lived in Rome for years.',
    'The club [[won once again]] the cup after a tense final.',
    # French counting and tense kept: 'un kilo et demi', 'de l'histoire', the present with 'depuis'
    'Each family received [[one kilo and a half]] of rice.',
    'It was the bloodiest attack [[of the history]] of the republic.',
    'The valley faces the worst floods that it [[knows since 1982]].',
    'The general, who [[rules the country since 2021]], promised elections.',
    # 'très' before a participle, an amount before the object of 'estimer', 'sous condition que'
    'The debate, [[very watched]] on television, ended late.',
    'Unions [[estimated at 40,000 the number]] of marchers in Lyon.',
    'The loan was granted [[under condition that]] the club sold two players.',
]
NEGATIVES = [
    'The referee stopped the match after an incident in the stands.',
    'She took a one-week break and became a European champion in a once-great club.',
    'It was a unique moment, a euro coin and a usual trip for a US envoy.',
    'The minister, whose term ends in May, voted against it.',
    'The village lies about 30 kilometres from the border, within 5 km of the sea.',
    'The refuge stands at 4,000 metres, a few metres from the ridge.',
    'The best known of the paintings was covered by insurance and accompanied by a guard.',
    'The hills were covered in snow and followed by fog.',
    'He did not say where he was born, nor where the treaty was signed.',
    'The quarry where the bones were found is closed; where is the museum?',
    'Il a obtenu gain de cause, a French headline read.',
    'The company is now the largest employer in the region.',
    'They now fear thousands of job losses.',
    'The minister said on Monday the plan and the budget would be delayed.',
    'Each family received a kilo and a half of rice; the match lasted an hour and a half.',
    'It was the bloodiest attack in the history of the republic, and the greatest player of all time retired.',
    'The general has ruled since 2021; he knows that since March the army has been divided.',
    'The debate was very interesting and closely watched; the host was very respected.',
    'Unions put the number of marchers in Lyon at 40,000, on condition that police agreed.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
