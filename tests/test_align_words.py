"""Word links: the lexical pass first, the encoder asked only about the words it leaves open."""
from __future__ import annotations

import hashlib

import numpy as np

from checker.align.sentences import SentencePair
from checker.align.words import content_words, link_aligned, link_words
from checker.parsers import parse


class RecordingEncoder:
    """Unit vectors from a hash of each text, with the texts it was asked to encode kept."""

    def __init__(self, same: dict[str, str] | None = None):
        self.same = same or {}  # words given one direction (a translation the lexicon lacks)
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        rows = []
        for text in texts:
            key = self.same.get(text, text)
            vector = np.random.default_rng(int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)).normal(size=64)
            rows.append(vector / np.linalg.norm(vector))
        return np.array(rows).reshape(len(texts), 64)


def _words(fr: str, en: str):
    return content_words(fr, 0, len(fr), "fr"), content_words(en, 0, len(en), "en")


def test_encoder_sees_only_words_the_lexicon_leaves_open():
    fr, en = _words("Le gouvernement a présenté sa réforme au parlement mercredi.",
                    "The government presented its overhaul to parliament on Wednesday.")
    encoder = RecordingEncoder()
    link_words(fr, en, encoder)
    assert "government" not in encoder.seen and "parliament" not in encoder.seen
    assert "overhaul" in encoder.seen and "réforme" in encoder.seen


def test_encoder_links_what_the_lexicon_misses():
    fr, en = _words("Le gouvernement a présenté sa réforme au parlement mercredi.",
                    "The government presented its overhaul to parliament on Wednesday.")
    links = link_words(fr, en, RecordingEncoder({"overhaul": "réforme"}), leftovers=False)
    pairs = {(fr[i].text, en[j].text) for i, j, _ in links.links}
    assert ("réforme", "overhaul") in pairs
    unrelated = link_words(fr, en, RecordingEncoder(), leftovers=False)
    assert "overhaul" in [en[j].text for j in unrelated.unlinked_target]


def test_fully_linked_sentence_costs_no_encoding():
    fr, en = _words("Le gouvernement présente le budget.", "The government presents the budget.")
    encoder = RecordingEncoder()
    links = link_words(fr, en, encoder)
    assert encoder.seen == [] and links.coverage("source") == 1.0


def test_document_words_are_encoded_in_one_batch_without_duplicates():
    fr = "Le ministre a présenté sa réforme. Le ministre défend sa réforme."
    en = "The minister presented his overhaul. The minister defends his overhaul."
    source, target = parse(fr, "text", lang="fr"), parse(en, "text", lang="en")
    cut_fr, cut_en = fr.index("Le ministre défend"), en.index("The minister defends")
    pairs = [SentencePair((0,), (0,), (0, cut_fr - 1), (0, cut_en - 1), 1.0),
             SentencePair((1,), (1,), (cut_fr, len(fr)), (cut_en, len(en)), 1.0)]

    class Batches(RecordingEncoder):
        def __init__(self):
            super().__init__()
            self.batches = []

        def encode(self, texts):
            self.batches.append(list(texts))
            return super().encode(texts)

    encoder = Batches()  # no cache here: the real encoder answers the beads' later calls from its cache
    links = link_aligned(pairs, source, target, encoder)
    assert len(links) == 2 and all(link is not None for link in links)
    first = encoder.batches[0]
    assert sorted(first) == sorted(set(first)) and {"overhaul", "réforme"} <= set(first)
    assert "minister" not in encoder.seen


def test_links_without_encoder_unchanged_by_staging():
    fr, en = _words("La police a arrêté trois manifestants violents dans le centre de Lyon.",
                    "Police arrested three demonstrators in the centre of Lyon.")
    links = link_words(fr, en)
    assert [fr[i].text for i in links.unlinked_source] == ["violents"]


def _linked(fr: str, en: str) -> set[tuple[str, str]]:
    source, target = _words(fr, en)
    links = link_words(source, target, leftovers=False)
    return {(source[i].text, target[j].text) for i, j, _ in links.links}


def test_equal_lexicon_evidence_goes_to_the_closer_spelling_whatever_the_order():
    # the lexicon gives both French words "government"; the one the English lacks is the adjective
    source, target = _words("Les mesures gouvernementales inquiètent le gouvernement.",
                            "The measures worry the government.")
    links = link_words(source, target, leftovers=False)
    assert [source[i].text for i in links.unlinked_source] == ["gouvernementales"]


def test_an_english_compound_answers_the_french_phrase_it_renders():
    source, target = _words("Les organisations non gouvernementales ont dénoncé la décision.",
                            "Non-governmental organisations denounced the decision.")
    links = link_words(source, target, leftovers=False)
    assert not [source[i].text for i in links.unlinked_source]
    # a French word that merely precedes, spelled otherwise, is not taken by the compound
    source, target = _words("Les organisations anciennes gouvernementales ont dénoncé la décision.",
                            "Non-governmental organisations denounced the decision.")
    links = link_words(source, target, leftovers=False)
    assert [source[i].text for i in links.unlinked_source] == ["anciennes"]


def test_a_compound_first_part_answers_by_the_lexicon_too():
    source, target = _words("Le sommet de deux jours commence lundi.", "The two-day summit begins on Monday.")
    assert not [source[i].text for i in link_words(source, target, leftovers=False).unlinked_source]
