"""The named-entity tagger as an optional signal of ENM001/ENM002: a fake tagger, then a tiny real one."""
from __future__ import annotations

import json
import os
import re

import pytest

from checker.api import check_text
from checker.cli import main
from checker.config import Config
from checker.context import Context, needs_of
from checker.models.base import ModelInfo
from checker.models.tagger import Entity
from checker.parsers import parse
from checker.rules.bitext.entities import DROPPED, REPLACED
from checker.runner import check_context

os.environ.setdefault("HF_HUB_OFFLINE", "1")


class FakeTagger:
    """Tags every whole-word occurrence of the words it knows; records the texts of each call."""

    def __init__(self, labels: dict[str, str], score: float = 0.95):
        self.labels, self.score, self.calls = labels, score, []
        self.info = ModelInfo("tagger", "fake-tagger", "fake", "memory", "0")

    def tag(self, texts):
        self.calls.append(list(texts))
        out = []
        for text in texts:
            found = [Entity(m.start(), m.end(), label, self.score) for words, label in self.labels.items()
                     for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]
            out.append(sorted(found, key=lambda e: e.start))
        return out


class FakeModels:
    """A ModelSet holding only a tagger."""

    def __init__(self, tagger):
        self.tagger = tagger

    def available(self, kind: str) -> bool:
        return kind == "tagger" and self.tagger is not None

    def get(self, kind: str):
        if not self.available(kind):
            raise KeyError(kind)
        return self.tagger

    def metadata(self) -> dict:
        return {"tagger": self.tagger.info.as_dict()} if self.tagger else {}


def _context(fr: str, en: str, tagger=None) -> Context:
    return Context(parse(en, "text", lang="en"), parse(fr, "text", lang="fr"),
                   models=FakeModels(tagger) if tagger else None)


def diffs(fr: str, en: str, tagger=None) -> list[tuple[str, str, str | None]]:
    return [(d.kind, d.source.text, d.target.text if d.target else None)
            for d in _context(fr, en, tagger).get("pair.entities")]


def codes(fr: str, en: str, tagger=None) -> list[str]:
    report = check_context(_context(fr, en, tagger), (REPLACED, DROPPED), None)
    return sorted(f.code for f in report.findings)


# ---- (a) a capitalised word the tagger does not tag is no name ----

def test_untagged_capitalised_word_stops_being_a_dropped_name():
    fr, en = "Quelle Histoire, a dit le maire de Lyon.", "What a tale, said the mayor of Lyon."
    assert diffs(fr, en) == [("dropped", "Histoire", None)]
    assert codes(fr, en) == ["ENM002"]
    tagger = FakeTagger({"Lyon": "LOC"})
    assert diffs(fr, en, tagger) == [] and codes(fr, en, tagger) == []
    # tagged on the source side (any label), it stays a name: the tagger confirms the rules
    assert diffs(fr, en, FakeTagger({"Histoire": "MISC", "Lyon": "LOC"})) == [("dropped", "Histoire", None)]


def test_untagged_english_word_is_no_replacement_the_name_is_dropped():
    fr, en = "Il a sauté avec Florez jeudi.", "He jumped with Hope on Thursday."
    assert diffs(fr, en) == [("replaced", "Florez", "Hope")]
    assert diffs(fr, en, FakeTagger({"Florez": "PER"})) == [("dropped", "Florez", None)]
    assert codes(fr, en, FakeTagger({"Florez": "PER"})) == ["ENM002"]
    # a tagged English name still stands in for it
    assert diffs(fr, en, FakeTagger({"Florez": "PER", "Hope": "PER"})) == [("replaced", "Florez", "Hope")]


def test_table_forms_and_acronyms_stay_without_a_tag():
    fr, en = "L'ONU s'est réunie à Londres.", "The meeting took place in Madrid."
    assert diffs(fr, en) == [("replaced", "ONU", "Madrid"), ("dropped", "Londres", None)]
    # untagged, "Madrid" is no name (a tagger would tag it); the source's acronym and listed place stay
    assert diffs(fr, en, FakeTagger({})) == [("dropped", "ONU", None), ("dropped", "Londres", None)]
    assert diffs(fr, en, FakeTagger({"Madrid": "LOC"})) == diffs(fr, en)


# ---- (b) a tagged entity the rules missed becomes a name ----

def test_sentence_initial_name_found_by_the_tagger():
    fr, en = "Florez a sauté jeudi.", "Lopez jumped on Thursday."
    assert diffs(fr, en) == [] and codes(fr, en) == []
    tagger = FakeTagger({"Florez": "PER", "Lopez": "PER"})
    assert diffs(fr, en, tagger) == [("replaced", "Florez", "Lopez")]
    assert codes(fr, en, tagger) == ["ENM001"]
    assert diffs(fr, "Florez jumped on Thursday.", tagger) == []  # the same name: nothing to report


def test_lowercase_name_found_by_the_tagger():
    fr = "Le groupe boko haram a revendiqué l'attentat."
    tagger = FakeTagger({"boko haram": "ORG"})
    assert diffs(fr, "The group claimed the attack.") == []
    assert diffs(fr, "The group claimed the attack.", tagger) == [("dropped", "boko haram", None)]
    assert diffs(fr, "The Boko Haram group claimed the attack.", tagger) == []
    assert diffs(fr, "The boko haram group claimed the attack.", tagger) == []  # lowercase, tagged in English


@pytest.mark.parametrize("tagger", [FakeTagger({"Florez": "MISC", "Lopez": "MISC"}),
                                    FakeTagger({"Florez": "PER", "Lopez": "PER"}, score=0.3),
                                    FakeTagger({"Florez": "DATE", "Lopez": "PERCENT"})],
                         ids=["misc", "unsure", "not-a-name-label"])
def test_only_confident_people_places_and_organisations_become_names(tagger):
    assert diffs("Florez a sauté jeudi.", "Lopez jumped on Thursday.", tagger) == []


# ---- the annotations and the optional path ----

def test_ner_annotations_tag_each_side_once_by_sentence_with_document_offsets():
    fr = "Le match a eu lieu hier. Florez a sauté à Bogota."
    en = "The match took place yesterday. Lopez jumped in Bogota."
    tagger = FakeTagger({"Florez": "PER", "Lopez": "PER", "Bogota": "LOC"})
    ctx = _context(fr, en, tagger)
    assert [(fr[e.start:e.end], e.label) for e in ctx.get("source.ner")] == [("Florez", "PER"), ("Bogota", "LOC")]
    assert [en[e.start:e.end] for e in ctx.get("target.ner")] == ["Lopez", "Bogota"]
    ctx.get("pair.entities")
    assert tagger.calls == [["Le match a eu lieu hier.", "Florez a sauté à Bogota."],
                            ["The match took place yesterday.", "Lopez jumped in Bogota."]]


def test_rules_do_not_require_a_tagger():
    for rule in (REPLACED, DROPPED):
        assert "tagger" not in rule.needs
    assert needs_of(("source.ner",)) == {"source", "tagger"} and needs_of(("target.ner",)) == {"tagger"}
    ctx = _context("Florez a sauté jeudi.", "Lopez jumped on Thursday.")
    assert not ctx.has("tagger") and ctx.missing(("target.ner",)) == ("tagger",)
    ctx.get("pair.entities")
    assert "source.ner" not in ctx.computed() and "target.ner" not in ctx.computed()


# ---- a tiny randomly initialised token classifier, loaded and run for real ----

WORDS = ["Le", "ministre", "a", "présenté", "budget", "mardi", "à", "Paris", "Il", "sauté", "avec", "Florez",
         "jeudi", "The", "minister", "presented", "the", "on", "Tuesday", "in", "He", "jumped", "with", "Hope",
         "Thursday", "Quelle", "Histoire", "dit", "maire", "What", "story", "said", "mayor", ".", ","]
LABELS = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-LOC", 4: "I-LOC"}
FR = "Quelle Histoire, a dit le maire.\n\nIl a sauté avec Florez jeudi.\n"
EN = "What a tale, said the mayor.\n\nHe jumped with Hope on Thursday.\n"


@pytest.fixture(scope="module")
def tiny_taggers(tmp_path_factory):
    """Two tiny BERT taggers with random weights: one that tags nothing, one that tags every word B-PER."""
    torch = pytest.importorskip("torch", reason="the models extra (torch) is not installed")
    transformers = pytest.importorskip("transformers", reason="the models extra is not installed")
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    torch.manual_seed(0)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    vocab = {w: i for i, w in enumerate(specials + sorted({w.lower() for w in WORDS}))}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]",
        mask_token="[MASK]", model_max_length=32)
    folders = {}
    for name, label in (("none", 0), ("every", 1)):
        model = transformers.BertForTokenClassification(transformers.BertConfig(
            vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
            max_position_embeddings=32, pad_token_id=0, num_labels=len(LABELS), id2label=LABELS,
            label2id={v: k for k, v in LABELS.items()}))
        with torch.no_grad():  # the classifier's bias decides: random weights, a deterministic label
            model.classifier.weight.zero_()
            model.classifier.bias.copy_(torch.tensor([5.0 if i == label else 0.0 for i in range(len(LABELS))]))
        folder = tmp_path_factory.mktemp(f"tagger-{name}")
        tokenizer.save_pretrained(folder)
        model.save_pretrained(folder)
        folders[name] = str(folder)
    return folders


def _config(tagger: str | None) -> Config:
    return Config(select=("ENM001", "ENM002"), model_encoder="none", model_tagger=tagger, model_device="cpu")


def _found(report) -> list[tuple[str, str]]:
    return sorted((f.code, EN[f.start:f.end]) for f in report.findings)


def test_tiny_tagger_through_the_api(tiny_taggers):
    without = check_text(EN, _config(None), source=FR)
    assert _found(without) == [("ENM001", "Hope"), ("ENM002", "What a tale, said the mayor.")]
    assert "tagger" not in without.metadata.get("models", {})
    silent = check_text(EN, _config(tiny_taggers["none"]), source=FR)
    assert _found(silent) == []  # (a): nothing tagged, the capitalised words are no names
    assert silent.metadata["models"]["tagger"]["location"] == tiny_taggers["none"]
    every = _found(check_text(EN, _config(tiny_taggers["every"]), source=FR))
    # (b): every word tagged a person, so lowercase words become names too ("tale" for "Histoire")
    assert ("ENM001", "Hope") in every and any(text.islower() for _, text in every)


def test_tiny_tagger_through_the_cli(tiny_taggers, tmp_path, capsys):
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.fr.txt").write_text(FR, encoding="utf-8")
    argv = ["check", "--format", "json", "--source", str(tmp_path / "a.fr.txt"), str(tmp_path / "a.en.txt"),
            "--select", "ENM001,ENM002", "--model-encoder", "none", "--model-device", "cpu"]
    runs = {}
    for name, extra in (("without", []), ("none", ["--model-tagger", tiny_taggers["none"]])):
        assert main(argv + extra) in (0, 1)
        runs[name] = json.loads(capsys.readouterr().out)
    codes_of = {name: sorted(f["code"] for f in out["files"][0]["findings"]) for name, out in runs.items()}
    assert codes_of == {"without": ["ENM001", "ENM002"], "none": []}
    assert "models" not in runs["without"]["files"][0]
    assert runs["none"]["files"][0]["models"]["tagger"]["location"] == tiny_taggers["none"]
