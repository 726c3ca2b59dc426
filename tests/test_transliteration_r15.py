"""Issue 13, round 15: the French system's letter sequences in eastern names no list holds, and their traps.

"io" for yo, "ch" for sh before a consonant, initial "Dj" for J and "-ski" for -sky, each read in a text about the
east; traps: Italian and Polish names, names English knows as written, and a surname registered in France.
"""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CONFIG = Config(models=False, select=("TRL",))


def warnings(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in check_text(text, CONFIG).findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text, word, english", [
    ("Russian forces shelled the village of Potchinok, near Kharkiv, and then Ouchkovo.", "Ouchkovo", "Ushkovo"),
    ("The Kremlin said the drone fell near Sioumkino, a Russian village on the border.", "Sioumkino", None),  # "iou" may be yu or iu: no suggestion
    ("In Moscow, the Russian general Artiom Fiodorovitch was relieved of his command.", "Artiom", "Artyom"),
    ("The Russian poet Vadim Zavadski read his verses in Kyiv before the war.", "Zavadski", "Zavadsky"),
    ("The Iranian composer Djamchid Sepehri left Tehran for Berlin in 2019.", "Djamchid", None),
])
def test_french_letters_in_eastern_names(text, word, english):
    found = dict(warnings(text))
    assert word in found
    if english:
        assert found[word] == english


@pytest.mark.parametrize("text", [
    "The Polish minister Piotr Kaminski met Ukrainian officials in Kyiv on Monday.",  # Polish -ski, Poland named
    "Fiorentina beat Zenit in a friendly match in Russia on Sunday.",  # an Italian club English knows
    "The Russian president met the Italian coach Stefano Pioli in Moscow.",  # known as written
    "The Ukrainian president met the film director Roman Polanski in Kyiv.",  # known as written
    "The attacker, Mohammed Mogouchkov, a Russian of Ingush origin, was arrested in Arras.",  # registered in France
    "Valentina Kowalski, a Russian-born violinist, played in Warsaw.",  # Polish digraph
    # Belarusian names keep -ski in their official Latin spelling
    "The Belarusian activist Ales Zaviadski was jailed in Minsk after talks with Russian officials.",
    "Siarhei Tsikhanouski, a blogger, was arrested before the election in Belarus, Moscow's ally.",
    "The Russian ambassador met Djibouti's foreign minister in Moscow.",  # a country English writes so
    "Antonio Fiorini, an Italian businessman, was detained in Russia.",  # "io" before a vowel and at the end
])
def test_traps_are_left_alone(text):
    assert warnings(text) == []
