"""Round 4 calibration of the encoder-assisted bilingual checks against professional translations."""
from __future__ import annotations

import numpy as np
import pytest

from checker.align.sentences import align_sentences
from checker.compare import quotes as compare_quotes
from checker.compare.similarity import Calibrated
from checker.findings import Severity
from checker.rules.bitext.similarity import severity_of

SOURCE = ["Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine.",
          "Ne nous trompons surtout pas.",
          "Le texte sera débattu à l'Assemblée nationale à partir du mois d'octobre."]
TARGET = ["The government presented its draft budget for next year on Wednesday.",
          "Make no mistake,",
          "The text will be debated in the National Assembly from October."]


class TableEncoder:
    """Unit vectors by exact text: source k along axis k, its translation at cosine `cosines[k]` from it."""

    def __init__(self, pairs: list[tuple[str, str, float]], dim: int = 32):
        self.vectors: dict[str, np.ndarray] = {}
        for k, (source, target, cosine) in enumerate(pairs):
            base, noise = np.zeros(dim), np.zeros(dim)
            base[k], noise[dim // 2 + k] = 1.0, 1.0
            self.vectors[source] = base
            self.vectors[target] = cosine * base + (1 - cosine ** 2) ** 0.5 * noise
        self.spare = len(pairs)

    def encode(self, texts):
        rows = []
        for text in texts:
            if text not in self.vectors:  # an unknown text is unrelated to everything
                vector = np.zeros(len(next(iter(self.vectors.values()))))
                vector[-1 - self.spare % 8] = 1.0
                self.spare += 1
                self.vectors[text] = vector
            rows.append(self.vectors[text])
        return np.array(rows, dtype="float32")


def _kinds(cosine: float, target: list[str] = TARGET) -> list[str]:
    encoder = TableEncoder([(s, t, c) for s, t, c in zip(SOURCE, target, (0.9, cosine, 0.9))])
    return [f"{len(b.source)}-{len(b.target)}" for b in align_sentences(SOURCE, target, encoder=encoder)]


def test_a_loose_rendering_is_paired_back_not_split_into_an_omission_and_an_addition():
    # cosine 0.35 for a five-word sentence: far below a human translation's 0.73, far above unrelated 0.06
    assert _kinds(0.35) == ["1-1", "1-1", "1-1"]


def test_an_unrelated_sentence_at_the_same_place_stays_apart():
    other = [TARGET[0], "Shares in the airline fell sharply after the announcement of poor quarterly results in Asia.",
             TARGET[2]]
    kinds = _kinds(0.05, other)
    assert "1-0" in kinds and "0-1" in kinds


def test_the_encoder_still_pairs_a_close_translation_directly():
    assert _kinds(0.9) == ["1-1", "1-1", "1-1"]


def test_quote_similarity_compares_the_sentences_that_correspond():
    french = "Vous ne sortez pas ainsi dans la rue à moins que vous vouliez attirer l'attention"
    english = ("I was queuing when I saw a woman who seemed very upset. People were flabbergasted. "
               "You don't go out in public dressed like that unless you want to attract attention.")
    last = "You don't go out in public dressed like that unless you want to attract attention."
    encoder = TableEncoder([(french, last, 0.85)])
    assert compare_quotes.cross_similarity(english, french, encoder) == pytest.approx(0.85, abs=1e-5)
    assert compare_quotes._cosine(english, french, encoder) < 0.1  # the whole quotes, as before
    one = TableEncoder([(french, english, 0.3)])
    assert compare_quotes.cross_similarity(english, french, one) == pytest.approx(0.3, abs=1e-5)


def test_quote_similarity_without_encoder_is_the_lexicon_coverage():
    value = compare_quotes.cross_similarity("The minister resigned.", "Le ministre a démissionné.")
    assert 0.0 <= value <= 1.0


@pytest.mark.parametrize("adequacy,article,expected", [
    (0.55, -4.0, Severity.INFO),  # a loose rendering: far below its article, still related to its source
    (0.31, -4.9, Severity.INFO),
    (0.10, -3.2, Severity.WARNING),  # as far from its source as an unrelated sentence
    (0.45, -9.0, Severity.WARNING),  # stands far out of an otherwise close article
])
def test_meaning_collapse_is_a_hint_unless_the_sentence_translates_something_else(adequacy, article, expected):
    assert severity_of(Calibrated(0.4, -3.5, article, adequacy)) == expected


# ---- ADD001 with the embedded encoder ----

def _encoder_available() -> bool:
    from checker.models import embedded_available
    return embedded_available()


needs_encoder = pytest.mark.skipif(not _encoder_available(), reason="the embedded encoder is not installed")


def _added(english: str, french: str) -> list[tuple[str, str]]:
    from checker.api import check_text
    from checker.config import Config
    report = check_text(english, Config(select=("ADD001",)), source=french)
    return [(f.text, f.severity.label) for f in report.findings]


@needs_encoder
@pytest.mark.parametrize("english,french", [
    ("In India, China and many other countries, people work ten to twelve hours a day.",
     "En Inde, en Chine et dans plein d'autres pays, on travaille dix à douze heures par jour."),
    ("The barrister said to the Canadian Press that he believes the police had \"ignored or downplayed\" "
     "evidence against the mayor.",
     "Me Ruby a dit croire à La Presse Canadienne que la police avait \"ignoré ou minimisé\" les éléments de "
     "preuve contre le maire."),
])
def test_a_word_that_heads_a_free_rendering_is_no_warning(english, french):
    assert all(severity != "warning" for _, severity in _added(english, french))


@needs_encoder
@pytest.mark.parametrize("english,french,word", [
    ("The expensive vehicle was found in a car park near the station.",
     "Le véhicule a été retrouvé dans un parking près de la gare.", "expensive"),
    ("The government presented its controversial reform to parliament on Wednesday.",
     "Le gouvernement a présenté sa réforme au parlement mercredi.", "controversial"),
])
def test_an_inserted_modifier_of_a_noun_stays_a_warning(english, french, word):
    assert (word, "warning") in _added(english, french)
