"""Issue 13, round 12: doubled words English writes on purpose (phrasal particles, two objects, nested fractions)
and doubled words that are slips, on fresh sentences written for this round."""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "repetition"
POSITIVES = [
    'The injured driver was taken to hospital after being hit [[in in]] the car park.',
    'The mayor called [[on on]] residents to stay at home.',
    'Residents found a note [[on on]] the door of the town hall.',
    'Mud and branches were piled [[up up]] against the shop windows.',
    'The convoy went from Lyon to Geneva, passing [[by by]] Annecy.',
    'The senator arrived with [[her her]] two assistants.',
    'She thanked the firefighters for a courage [[that that]] nobody had expected.',
    'He told the court [[that that]] everyone had lied.',
    'The budget covers [[the head of the head of]] the agency.',
    'Rents rose by [[a month of a month of]] wages in two years.',
]
NEGATIVES = [
    'The wounded captain was carried in in a stretcher by two soldiers.',
    'The alarm was switched on on Tuesday night by a guard.',
    'The rebels handed over over the weekend the last of their weapons.',
    'The keys were handed in in an envelope at the reception.',
    'The fall had cost her her place in the Olympic team.',
    'The judge gave her her passport back after the hearing.',
    'A femtosecond is a millionth of a billionth of a second, and a zeptosecond a thousandth of a thousandth of that.',
    'The dose is a tenth of a tenth of a milligram.',
    'The minister said that that was the end of the matter.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
