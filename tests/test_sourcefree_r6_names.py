"""Issue 13, sixth round: name variants (first names that sound alike, an "e" added, a lone name's last letter)
and transliterations a translation keeps throughout, with the people and names that stay apart."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.entities.variants import first_name_slip

FILLER = (" The meeting went on for hours, with speakers from every region of the country taking the floor to "
          "discuss the budget, the pension reform and the future of the regional railway lines.")


def warnings(text: str, select: str = "ENT") -> list[tuple[str, str]]:
    report = check_text(text, Config(select=(select,), models=False))
    return [(f.code, f.text) for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("a,b,expected", [
    ("melvyn", "melvin", True), ("sylvestre", "silvestre", True), ("stewart", "stuart", True),
    ("philippe", "filippe", True), ("michael", "micheal", True), ("carl", "karl", True),
    ("louis", "louise", False), ("simon", "simone", False), ("frederic", "frederique", False),
    ("jon", "john", False), ("marc", "marco", False), ("anna", "anne", False),
])
def test_first_name_slip(a, b, expected):
    assert first_name_slip(a, b) is expected


@pytest.mark.parametrize("text,expected", [
    ("The full-back Melvyn Jaminet kicked four penalties." + FILLER + " Melvin Jaminet said he was floating.",
     [("ENT001", "Melvin Jaminet")]),
    ("The director, Stewart Cole, refused to call it a failure." + FILLER + " Stuart Cole said two projects "
     "would go on.", [("ENT001", "Stuart Cole")]),
    ("The singer Kathryn Osei opened the show." + FILLER + " Kathrin Osei closed it.",
     [("ENT001", "Kathrin Osei")]),
    ("President Michel Aoun received the envoy. Michel Aoune called for a cabinet of experts.",
     [("ENT001", "Michel Aoune")]),
    ("The Noailles district is poor. Residents of Noailles are angry. A march is planned in Noaille on Saturday.",
     [("ENT001", "Noaille")]),
])
def test_variants_found(text, expected):
    assert warnings(text) == expected


@pytest.mark.parametrize("text", [
    "Philip Smith and Phillip Smith, two cousins, ran the firm.",
    "Louis Martin spoke first." + FILLER + " Louise Martin spoke last.",
    "Simon Durand and Simone Durand, his sister, founded the label.",
    "Many Uighurs fled. The Uighur community in Almaty is large. Uighur activists protested.",
    "Holland lost the final. Later François Hollande spoke about the match with François Hollande's aides.",
    "The Ivanov brothers arrived. Anna Ivanova, their mother, stayed in Moscow with Sergei Ivanov.",
])
def test_names_kept_apart(text):
    assert warnings(text) == []


def test_ou_after_eastern_name_in_a_text_that_keeps_french_spellings():
    text = "Moscow freed Ilia Iachine and Viktor Medvedtchouk. Vladimir Kara-Mourza was flown to Ankara."
    assert ("TRL002", "Mourza") in warnings(text, "TRL")
    alone = "The historian Vladimir Kara-Mourza spoke in Paris on Monday."
    assert ("TRL002", "Mourza") not in warnings(alone, "TRL")


def test_french_department_is_no_transliteration():
    assert warnings("Fires raged across the Bouches-du-Rhône and the Alpes-de-Haute-Provence.", "TRL") == []
