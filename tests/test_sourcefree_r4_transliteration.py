"""Issue 13, fourth round: French transliterations read by their letter patterns and their surroundings (an eastern
given name before the surname), with the French and English spellings that stay silent."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def found(text: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=("TRL",), models=False))
    return [(f.text, "warning" if f.severity >= Severity.WARNING else "info") for f in report.findings]


@pytest.mark.parametrize("text,word", [
    ("The spy Vadim Krassilnikov was exchanged in Ankara.", "Krassilnikov"),
    ("The oligarch Yuri Kossarev lost his appeal in London.", "Kossarev"),
    ("Troops fell back to the left bank of the Dniepr on Friday.", "Dniepr"),
    ("The Iranian official Ali Chamkhani met the envoy.", "Chamkhani"),
])
def test_weak_signal_after_an_eastern_given_name_is_a_warning(text, word):
    assert (word, "warning") in found(text)


@pytest.mark.parametrize("text,word", [
    ("The dissident Vladimir Kara-Mourza was freed.", "Mourza"),
    ("The economist Oleksandr Joloud spoke in Kyiv.", "Joloud"),
])
def test_ou_without_a_slavic_ending_is_information(text, word):
    assert (word, "info") in found(text)


@pytest.mark.parametrize("text", [
    "The cyclist's partner, Marion Rousse, commented the race.",
    "The skater Ivan Roussel, a Frenchman, won in Grenoble.",
    "The tennis player Daniil Medvedev beat Andrey Rublev in Paris.",
    "Olga Kurylenko met Mila Kunis in Los Angeles.",
    "The composer Aram Khachaturian admired Anton Chekhov.",
    "The coach Oleksandr Kharchenko praised the team.",
])
def test_french_people_and_english_spellings_stay_silent(text):
    assert [w for w, severity in found(text) if severity == "warning"] == []
