"""Issue 13, round 16: a name written once with one slip, in shapes the earlier rounds missed.

A surname after a title with a letter added at the end, after a fronted phrase whose comma a main clause follows
("For the critics of Mr Fabert, the crisis …": no apposition introducing someone new); one part of a double-barrelled
surname with a letter doubled or made single ("Mrs Keller-Suter"); a long place name whose last letter is replaced by
its neighbour in sound ("Wintzenhein"); an inner vowel of a short first name that turns a known name into no known
one, the surname the same ("Djamal Bensmail" after "Djamel Bensmail"). Traps: an apposition that does introduce
someone new, a relative who shares the surname ("Karem Benali, his cousin"), two hyphenated names that differ by
another letter (two people or groups), short names whose last letters differ, and a place named after a person,
hyphenated the French way ("the stadium Alassane-Ouattara") beside the person's name.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "entity-inconsistency"
POSITIVES = [
    "Emmanuel Faber left the group on Monday. Emmanuel Faber had led it for seven years. "
    "For the critics of [[Mr Fabert]], the crisis shows the limits of the model.",
    "Ursula Haller-Grob chairs the committee. Mrs [[Haller-Grobb]], for her part, called for calm.",
    "The fire broke out in Wintzenheim on Wednesday. Firefighters came from all over Wintzenheim and Colmar. "
    "The mayor of [[Wintzenhein]], Serge Nicole, decreed a day of mourning.",
    "The storm hit Sélestat overnight. Roads around Sélestat were closed. "
    "Residents of [[Sélestad]] spent the night in the gym.",
    "Djamel Bensmail, 38, an artist, was lynched on Wednesday. The memory of [[Djamal Bensmail]] was honoured "
    "on Friday.",
]
NEGATIVES = [
    "Emmanuel Faber left the group on Monday. Emmanuel Faber had led it for seven years. "
    "Mr Fabert, the new chairman of the board, will take over on Friday.",
    "The Izz ad-Din Al-Qassam Brigades claimed the attack. The spokesman of the group, Mohammed Al-Qassas, "
    "confirmed it on Monday.",
    "The team met in Lyon. Lyon won 2-0. The coach of Lyon praised the players, and fans in Lyot cheered.",
    "Anne Keller-Sutter and her brother Marc Keller-Suttor both sat on the council.",
    "Karim Benali spoke first at the hearing. Later, Karem Benali, his cousin, spoke too.",
    "The final was played in the stadium Alassane-Ouattara of Ebimpé. President Alassane Ouattara attended it.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
