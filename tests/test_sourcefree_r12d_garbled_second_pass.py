"""Issue 13, round 12 second pass: the press conditional of an unconfirmed fact with no source named ('il aurait été
blessé', 'c'est de là que tout serait parti'), 'risquer de' + infinitive, and French 'N de N' where English fixes a
compound ('l'écart de salaire', 'une promesse de campagne'), 'peines allant de … à', 'le premier syndicat de',
'une ampleur inédite' and 'faire rêver' in a relative clause — in fresh wordings written for this pass.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "garbled"
POSITIVES = [
    'The driver fled on foot. She [[would have been seen]] near the station by two passers-by.',
    'Activists also point to illegal dumping, which [[would have been filmed]] at night by local residents.',
    'It is in a nightclub in Lyon that the outbreak [[would have started]].',
    'The mayor warned that the maternity ward, already short of midwives, [[risks to close]] before the summer.',
    'Without new orders the shipyard [[risked to disappear]] within two years.',
    'Nurses protested on Tuesday against [[the gap of salary]] with their German colleagues.',
    'The tram line was [[a promise of campaign]] of the outgoing mayor.',
    'The government extended [[the obligation of vaccination]] to ambulance crews.',
    'The model keeps [[its price of entry]] below 20,000 euros.',
    'The court handed down [[sentences going from]] three to nine years.',
    'The CFDT, [[the first union of Renault]], refused to sign.',
    'The flooding in the valley took [[a scale unseen]].',
    'The young striker has a speed that [[makes dream]] the fans of the club.',
]
NEGATIVES = [
    'He would have been 90 on Sunday. He would have been proud of his granddaughter.',
    'Had the alarm not sounded, she would have been killed in the fire.',
    'The bypass, which would have been funded by a toll, was shelved in March.',
    'The stadium, which would have been completed by 2026, was cancelled after the plan collapsed last year.',
    'It is in this room that he would have died without the surgeons.',
    'The risks to trade are real, and investors see risks to growth.',
    'The risks to be weighed are many; he risked losing everything.',
    'Economists use the rate of unemployment; the price of entry to the market is high.',
    'The gap between salaries widened; the campaign was about the promise of change.',
    'A campaign promise, an identity card and a press conference.',
    'Prices going from 2 to 5 euros worried shoppers.',
    'He was the first president of France to resign; the first bank of England was founded in 1694.',
    'He bought the house sight unseen; it set off a wave of violence on the island unseen for years.',
    'It is a decision that makes sense, and that made history.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
