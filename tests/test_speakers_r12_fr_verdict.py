"""Speakers, round 12 (French): « le prévenu », « l'accusée » take up the person described (not named) whom a
court or the police acted on in the sentences before (« a condamné jeudi un viticulteur de Cognac »)."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)])
ITEMS = [
    ("v-01", ["Le tribunal correctionnel de Saintes a condamné mardi un viticulteur de Cognac à un an de prison "
              "avec sursis pour avoir déversé des pesticides dans la Charente.",
              "Le parquet avait requis deux ans. Le prévenu affirme avoir suivi les consignes de la coopérative."],
     [("suivi les consignes", "un viticulteur de Cognac")]),
    ("v-02", ["La cour d'assises du Var a condamné vendredi à douze ans de réclusion une infirmière de Hyères "
              "pour l'empoisonnement de trois résidents.",
              "L'accusée a dit « regretter chaque jour » ses gestes."],
     [("regretter chaque jour", "une infirmière de Hyères")]),
    # traps: the defendant's gender is not the one condemned; nobody was condemned, only described; a named
    # defendant keeps the name
    ("t-01", ["La cour d'assises du Var a condamné vendredi un infirmier de Hyères à douze ans de réclusion.",
              "L'accusée a dit « regretter chaque jour » ses gestes."],
     [("regretter chaque jour", "L'accusée")]),
    ("t-02", ["Un viticulteur de Cognac a déversé des pesticides dans la Charente, selon les enquêteurs.",
              "Le prévenu affirme avoir suivi les consignes de la coopérative."],
     [("suivi les consignes", "Le prévenu")]),
    ("t-03", ["Le tribunal correctionnel de Saintes a condamné mardi le viticulteur Anselme Rabaud-Lestang à un "
              "an de prison avec sursis.",
              "Le prévenu affirme avoir suivi les consignes de la coopérative."],
     [("suivi les consignes", "Anselme Rabaud-Lestang")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_defendant_is_the_person_condemned(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
