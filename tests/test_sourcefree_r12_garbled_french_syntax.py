"""Issue 13, round 12: French syntax carried word for word — prepositions and quantifiers ('au nord-ouest de', 'assez
de', 'supérieur de … à', 'connu des services', 'racheter à', 'changer de'), comparatives and descriptions built the
French way ('moins long', 'd'une rare violence', 'champion olympique de surf', 'en titre', 'à majorité'), dates and
connectives ('nous sommes le', 'a cependant refusé de', 'le jour où'), adverbials wedged before the object ('depuis
août 2017', 'des heures') — in fresh wordings written for this round.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "garbled"
POSITIVES = [
    'The hamlet lies [[at the south-east of]] Grenoble, on the road to the pass.',
    'The shelter did not have [[enough of blankets]] for the whole night.',
    'A [[half-dozen of gendarmes]] waited at the entrance of the court.',
    'The offer is [[higher of two euros than]] the one tabled in March.',
    'The second half was [[less long]] than the first because of the storm.',
    '[[We are the 2 October]] and the harvest has not started.',
    'A hailstorm [[of an extreme violence]] ruined the vineyards on Saturday.',
    'Marie Dupont, Golden Racket [[in title]], lost in the first round.',
    'In the valleys, [[with Basque majority]], the turnout was higher.',
    'The gunman [[was not known of the police]] before the attack.',
    'The prefect [[called the residents not to]] approach the river banks.',
    'The union [[called its members not to]] cross the picket line.',
    'The coach [[declined however to]] name his starting line-up.',
    'It was the first night match of the club [[of the history]].',
    'The group [[had bought to]] Vivendi 20% of the shares in 2021.',
    'The employees [[will not change of]] contract after the merger.',
    'He became world [[champion of fencing]] at twenty.',
    # an adverbial wedged between the verb and its object, and the present with 'depuis' + an amount
    'The general [[held since May 2020]] the command of the northern zone.',
    'The passengers [[waited hours]] the buses promised by the company.',
    'The fishermen, [[camped since more than ten days]] on the quay, want answers.',
    'On 14 July, [[day where]] the country celebrates, the square was empty.',
    'Turnout at [[the municipal vote of Sunday]] fell to 41%.',
]
NEGATIVES = [
    'The hamlet lies south-east of Grenoble, at the centre of the valley.',
    'The shelter had enough blankets, and enough of the soup was left for everyone.',
    'Several of them were hurt; a few of us stayed behind; many of whom were students.',
    'The offer is two euros higher than the one tabled in March.',
    'The plan is less ambitious than expected and the wait less painful than feared.',
    'It is 2 October and the harvest has not started.',
    'A woman of rare courage, she won the prize; it was a storm of rare violence.',
    'He was champion in title only; the change in title upset staff.',
    'The region has a Basque majority, and the party won with a large majority.',
    'Little was known of the police operation; he was known to the police.',
    'The prefect called on the residents not to approach the river banks.',
    'Critics called the decision not to intervene a disgrace; we have had enough of politicians.',
    'The coach, however, declined to name his line-up. He declined, however, to comment.',
    'It was the first night match in the club\'s history.',
    'The group bought 20% of the shares from Vivendi; the land was bought to build a school.',
    'They called for a change of course and a change of heart.',
    'She is a world champion of the sport and a champion of democracy.',
    'The general has held the command since May 2020.',
    'The passengers waited hours for the buses promised by the company.',
    'The fishermen, camped on the quay for more than ten days, want answers.',
    'On the day when the country celebrates, the square was empty.',
    'Fighting resumed in the early hours of Sunday; on the night of Friday to Saturday it was calm.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
