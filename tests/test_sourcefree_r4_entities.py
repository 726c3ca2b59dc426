"""Issue 13, fourth round: a name written once another way (a letter dropped inside, Mc/Mac, a doubled letter in a
first name, a space or hyphen moved, a linked place name spaced), and the people and names that stay apart."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.entities.variants import _surname_slip


def warnings(text: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=("ENT",), models=False))
    return [(f.code, f.text) for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("a,b,expected", [
    ("schiappa", "shiappa", True), ("mcdowell", "macdowell", True), ("bardella", "bardela", True),
    ("martin", "marin", False), ("hill", "hall", False), ("moreau", "moreaux", True),
])
def test_surname_slip(a, b, expected):
    assert _surname_slip(a, b) is expected


@pytest.mark.parametrize("text,expected", [
    ("The minister Marlène Schiappa opened the debate. Later Marlène Shiappa answered questions.",
     [("ENT001", "Marlène Shiappa")]),
    ("The pilot Sarah McDowell took off at dawn; Sarah MacDowell landed in Houston.",
     [("ENT001", "Sarah MacDowell")]),
    ("The defendant Ahmed Benali denied everything. Ahmmed Benali was remanded in custody.",
     [("ENT001", "Ahmmed Benali")]),
    ("The activist Yann Le Bihan led the march. Police arrested Yann Lebihan at noon.",
     [("ENT002", "Yann Lebihan")]),
    ("Firefighters reached Saint-Paul-de-Vence at dusk. Residents of Saint Paul de Vence were evacuated.",
     [("ENT002", "Saint Paul de Vence")]),
])
def test_one_slip_variants_are_warnings(text, expected):
    assert warnings(text) == expected


@pytest.mark.parametrize("text", [
    "The singer Camille Franck spoke. Ms Franck left early. France mourned the actor on Sunday.",
    "Philip Smith and Phillip Smith, two cousins, ran the firm.",
    "The striker Ousmane Koné scored. His brother Ibrahim Koné watched from the stands.",
    "President Moon Jae-in, whose name is also written Moon Jae In, met the envoy.",
    "The Charles de Gaulle left Toulon. The Charles de Gaulle returned in May.",
    "Tel Aviv was calm on Sunday.",
])
def test_distinct_people_and_explained_forms_stay_silent(text):
    assert warnings(text) == []
