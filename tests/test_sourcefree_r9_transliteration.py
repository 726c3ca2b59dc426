"""Issue 13, ninth pass: Arabic and Persian names in French spelling (TRL004), and 'oo' read as no French sign."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(models=False, select=("TRL",)))
    return [(f.code, text[f.start:f.end]) for f in report.findings if f.severity >= Severity.WARNING]


FRENCH_SPELLINGS = [
    ("In Beirut, the Hezbollah official Naïm Kassem gave a speech.", "Naïm"),
    ("The Iraqi cleric Moqtada Sadr met Haïdar al-Abadi in Baghdad.", "Haïdar"),
    ("The Houthi spokesman, Mohammed Abdel Salam, praised Yemen's Ismaïl Ould Cheikh.", "Ismaïl"),
    ("The former Sudanese ruler Omar el-Béchir was moved to a hospital.", "Béchir"),
    ("In Gaza, Abou Obeïda spoke for the armed wing.", "Obeïda"),
]

LEFT_ALONE = [
    "The French MP Chaïma Benali visited Syria last year.",
    "The Lyon festival opened with Anaïs and Raphaël Moreau; Loïc Le Floch-Prigent spoke.",
    "Mali's junta met in Bamako.\n\nJihadists kidnapped the opposition leader Soumaïla Cissé in the north.",
    "In Beirut, the Hezbollah official Naim Qassem gave a speech.",
    "The fashion label Kookaï opened a store in London.",
]


@pytest.mark.parametrize("text,span", FRENCH_SPELLINGS)
def test_arabic_name_in_french_spelling(text, span):
    assert ("TRL004", span) in warnings(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_left_alone(text):
    assert warnings(text) == []
