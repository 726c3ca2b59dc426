"""Issue 13, round 12: a name written once one way and once another — one inner vowel replaced in a long first name
('Radouane'/'Redouane'), a final 'ie' for 'y' ('Wendie'/'Wendy'), a surname particle capitalised differently ('Di
Rupo'/'di Rupo'), accents added to a two-word surname ('Oligui Nguema'/'Oligui Nguéma'); the later form is the slip — in fresh wordings written for this round.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "entity-inconsistency"
POSITIVES = [
    'The suspect, Mohamadou Kerbadj, was arrested in Lille. [[Mohamedou Kerbadj]] had been under watch.',
    'The goalkeeper, Sandie Toletti, saved twice. [[Sandy Toletti]] was named player of the match.',
    'The former prime minister, Elio Di Rupo, spoke first. Later, [[Elio di Rupo]] thanked the rescuers.',
    'The painter Leonardo Da Vinci was celebrated in Amboise, where [[Leonardo da Vinci]] died in 1519.',
    'The colonel Jean Marie Abessolo Ndong led the junta. [[Abessolo Ndöng]] promised elections within two years.',
]
NEGATIVES = [
    'Louis Martin opened the shop in 1990. Louise Martin, his daughter, runs it now.',
    'Marion Leroy won the race. Marian Leroy, her cousin, came third.',
    'Charles de Gaulle spoke in London. De Gaulle then left for Algiers.',
    'Simon Petit scored twice; Simone Petit, his sister, was in the stands.',
    'The colonel Jean Marie Abessolo Ndong led the junta; his cousin Paul Abessolo spoke later.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
