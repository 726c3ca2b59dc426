"""GRB010: the bilingual list of opposites, its inflections, and the traps around a word turned into its opposite."""
from __future__ import annotations

import pytest

from checker.rules.bitext.antonym import english_forms, opposites, pair_reversals


def _found(source: str, target: str) -> list[tuple[str, str]]:
    return [(target[a:b], source[c:d]) for a, b, c, d, _, _ in pair_reversals(source, target)]


def test_data_loads_with_both_sides():
    entries = opposites()
    assert len(entries) >= 150
    assert all(e.english[0] and e.english[1] and e.french[0] and e.french[1] for e in entries)
    assert any(e.converse for e in entries)


def test_inflections():
    assert {"increases", "increased", "increasing"} <= english_forms("increase")
    assert {"stronger", "strongest", "strongly"} <= english_forms("strong")
    assert {"stopped", "stopping"} <= english_forms("stop")
    assert {"easier", "easily"} <= english_forms("easy")
    assert english_forms("=late") == {"late"}


@pytest.mark.parametrize("source, target, expected", [
    ("Les ventes ont fortement augmenté l'an dernier.", "Sales fell sharply last year.", [("fell", "augmenté")]),
    ("De nombreux rythmes dépendent des horloges.", "Few rhythms depend on clocks.", [("Few", "nombreux")]),
    ("Il est interdit de fumer ici.", "Smoking is allowed here.", [("allowed", "interdit")]),
    ("Le musée est ouvert le lundi.", "The museum is closed on Mondays.", [("closed", "ouvert")]),
    ("Les exportations sont au plus bas depuis cinq ans.", "Imports are at their lowest for five years.",
     [("Imports", "exportations")]),
    ("L'important n'est pas le fait qu'elle ne sache pas dessiner.",
     "The trivial thing is not the fact that she cannot draw.", [("trivial", "important")]),
])
def test_reversals(source, target, expected):
    assert _found(source, target) == expected


@pytest.mark.parametrize("source, target", [
    ("Les ventes ont fortement augmenté l'an dernier.", "Sales increased sharply last year."),
    ("Peu de gens sont venus.", "Not many people came."),  # negated opposite
    ("Le nouveau modèle est moins cher.", "The new model is cheaper."),  # comparative
    ("Les rythmes ne sont pas nombreux.", "The rhythms are few."),  # French negation of the opposite
    ("Une famille a vendu la maison.", "The house was bought from a family."),  # converse, roles swapped
    ("Les prix ont augmenté au nord mais baissé au sud.", "Prices rose in the north but fell in the south."),
    ("Le premier ministre est arrivé.", "The last to arrive was the Prime Minister."),  # premier ministre
    ("J'ai entendu ce bobard il y a plus de 40 ans.", "I heard that canard at least 40 years ago."),  # at least
    ("Des durées de trois heures au plus.", "Journey times of three hours or less."),  # au plus
    ("Le pays ne le fera pas, à moins que la réforme suive.", "It will not, unless more reform follows."),
    ("Il dissimule et révèle à la fois.", "He veils and reveals at the same time."),  # accents folded
    ("Selon l'Observatoire des droits de l'Homme, trois femmes sont mortes.",
     "According to the Observatory for Human Rights, three women died."),
    ("L'intervention a permis d'éviter la propagation.", "The intervention prevented the spread."),
])
def test_traps(source, target):
    assert _found(source, target) == []
