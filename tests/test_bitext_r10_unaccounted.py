"""ADD004: an English modifier that no word of the French sentence renders; GRB010 on negated opposites and
flipped contrasts."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.bitext.unaccounted import near_synonyms, renderable


def _found(code: str, text: str, source: str | None) -> list[str]:
    report = check_text(text, Config(models=False, select=(code,)), source=source)
    return [f.text for f in report.findings if f.code == code]


@pytest.mark.parametrize("text, source, expected", [
    ("The court sentenced the corrupt mayor to two years in prison.",
     "Le tribunal a condamné le maire à deux ans de prison.", ["corrupt"]),
    ("The court sentenced the mayor to two years in prison.",
     "Le tribunal a condamné le maire à deux ans de prison.", []),
    # the French renders it: by the lexicon, or beside the noun where the lexicon does not know the word
    ("The police arrested three young students in the centre of the city.",
     "La police a arrêté trois jeunes étudiants dans le centre de la ville.", []),
    ("The company announced the permanent closure of its factory in the north.",
     "L'entreprise a annoncé la fermeture définitive de son usine dans le nord.", []),
    # a participle that may be a verb with its object
    ("The concerts give the chance to local artists to show what they can do.",
     "Les concerts donnent la chance aux artistes de la région de montrer de quoi ils sont capables.", []),
])
def test_unaccounted_modifier(text, source, expected):
    assert _found("ADD004", text, source) == expected


def test_unaccounted_modifier_needs_the_source():
    assert _found("ADD004", "The court sentenced the corrupt mayor to two years in prison.", None) == []


def test_renderable_by_degree_hedge_and_prefix():
    assert renderable("truly", "Si un être vous a aimé très fort.")
    assert renderable("allegedly", "La vidéo qui montrerait le maire.")
    assert not renderable("allegedly", "La vidéo montre le maire.")
    assert renderable("cable", "le câblodistributeur Atlantic Broadband")
    assert "black" in near_synonyms({"dark"})


@pytest.mark.parametrize("text, source, expected", [
    ("No more than 20 % of the water comes from the Amazon.",
     "Pas moins de 20 % de l'eau provient de l'Amazone.", ["more"]),
    ("No less than 20 % of the water comes from the Amazon.",
     "Pas moins de 20 % de l'eau provient de l'Amazone.", []),
    ("How can we promise jobs when there are no employees left on site?",
     "Comment promettre des emplois quand il ne reste plus d'employés sur le site ?", []),
    ("The honeymoon phase is shorter, but the shock lasts longer.",
     "La phase de lune de miel est moins longue, mais le choc dure plus longtemps.", []),
    ("Buyers who would otherwise have sold a Galaxy.", "Des acheteurs qui sinon auraient acheté un Galaxy.",
     ["sold"]),
])
def test_antonym_negated_and_contrast(text, source, expected):
    assert _found("GRB010", text, source) == expected
