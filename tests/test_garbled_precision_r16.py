"""Issue 13, round 16: the precision of GRB008 (wedged adverbial) and GRB003 (stranded verb) on clean news English.

Traps: the news date before the long object of a verb of announcing ("announced on Friday the arrest of 36
suspects"), a measure rather than an object after the date ("landed on Friday a little after 2pm", "scored again a
few minutes later"), "at the last two editions", a speech verb after a name in apposition to its speaker ("…, the
interior minister, Gérald Darmanin, said."), and the complement of a copula a comma interrupts ("The square was,
that night only, calm."). Positives keep what these guards must not let through: a short object after the date, a
verb that is not one of announcing, a stranded verb after a common noun.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "garbled"
POSITIVES = [
    "The chief executive [[announced on Friday evening]] his resignation, a few minutes after the results.",
    "The assize court [[sentenced on Saturday]] Jonathann Daval to twenty-five years in prison.",
    "The club [[won on Sunday evening]] the second edition of the competition in Rotterdam.",
    "The president [[announced yesterday evening]] new measures against tax fraud.",
]
NEGATIVES = [
    "The prosecutor announced on Friday the arrest of 36 suspects in three regions.",
    "The board of the food group announced on Sunday evening the departure, with immediate effect, of its boss.",
    "The league confirmed on Tuesday evening the administrative relegation of the club to the second division.",
    "The Airbus chartered by the government landed on Friday a little after 2pm at the Istres air base.",
    "The winger, who scored again a few minutes later, was named man of the match.",
    "Ten gold medals: a total the team had not reached at the last two editions of the Games.",
    "He had applied for asylum in November, the interior minister, Gérald Darmanin, said.",
    "Turnout was also a record, its chairwoman, Ella Pamfilova, said.",
    "The square was, that night, that night only, calm.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
