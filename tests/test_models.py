"""Model-assisted checks with a tiny GPT-2 built offline: loading, scoring, GRB005, lazy imports."""
from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from checker.api import check_text
from checker.cli import main
from checker.config import Config, load_file
from checker.parsers import parse
from checker.rules import rule_by_code

FLUENT = [
    "The minister presented the budget on Tuesday in Paris.",
    "The plan cuts spending on defence by two percent next year.",
    "Unions said they would strike next week over the pension changes.",
    "The opposition called the budget unfair to the poorer regions.",
    "The vote is expected before the end of the month in parliament.",
    "Markets reacted calmly to the announcement on Tuesday afternoon.",
    "The government said the deficit would fall below three percent.",
    "Several mayors asked the minister to protect the local budgets.",
]
GARBLED = "Zqxv kvv wpxj qqzk vjx zzkq xvvq jjwq."
ARTICLE = " ".join(FLUENT[:4] + [GARBLED] + FLUENT[4:]) + "\n"


def _train(model, tokenizer, torch) -> None:
    """A few steps on the fluent sentences, so fluent text is predictable and gibberish is not."""
    batch = tokenizer([tokenizer.bos_token + s for s in FLUENT], return_tensors="pt", padding=True)
    labels = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(60):
        loss = model(**batch, labels=labels).loss
        loss.backward()
        optimiser.step()
        optimiser.zero_grad()
    model.eval()


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory):
    torch = pytest.importorskip("torch", reason="the models extra (torch) is not installed")
    transformers = pytest.importorskip("transformers", reason="the models extra (transformers) is not installed")
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=True)
    tok.train_from_iterator(FLUENT, trainers.BpeTrainer(
        vocab_size=400, special_tokens=["<|endoftext|>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    special = "<|endoftext|>"
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=special, eos_token=special, unk_token=special, pad_token=special)
    torch.manual_seed(0)
    config = transformers.GPT2Config(n_layer=2, n_head=2, n_embd=32, n_positions=64, vocab_size=len(tokenizer),
                                     bos_token_id=0, eos_token_id=0, pad_token_id=0)
    model = transformers.GPT2LMHeadModel(config)
    _train(model, tokenizer, torch)
    folder = tmp_path_factory.mktemp("tiny-gpt2")
    tokenizer.save_pretrained(folder)
    model.save_pretrained(folder)
    return str(folder)


@pytest.fixture(scope="session")
def lm(model_dir):
    from checker.models.causal_lm import load_model
    return load_model(model_dir)


def test_loads_from_a_directory(lm):
    assert lm.has_offsets
    assert lm.max_length == 64
    assert not lm.model.training


def test_scores_are_finite_and_offsets_align(lm):
    texts = [*FLUENT[:3], GARBLED, "Le café coûte €3 à Besançon."]
    for text, score in zip(texts, lm.score(texts)):
        assert score.count == len(score.tokens) > 0
        assert math.isfinite(score.mean) and score.mean > 0
        assert all(math.isfinite(t.surprisal) and t.surprisal >= 0 for t in score.tokens)
        assert all(0 <= t.start <= t.end <= len(text) for t in score.tokens)
        covered = "".join(text[t.start:t.end] for i, t in enumerate(score.tokens)
                          if (t.start, t.end) != (score.tokens[i - 1].start, score.tokens[i - 1].end) or i == 0)
        assert covered == text.replace(" ", "")
    fluent, garbled = lm.score([FLUENT[0], GARBLED])
    assert garbled.mean > fluent.mean + 1


def test_batching_matches_one_by_one(lm):
    texts = [*FLUENT, GARBLED, "Short one.", "x"]
    lm.cache.clear()
    together = lm.score(texts, batch_size=4)
    alone = []
    for text in texts:
        lm.cache.clear()  # scored afresh, alone in its batch
        alone.append(lm.score([text])[0])
    for a, b in zip(together, alone):
        assert a.count == b.count
        assert a.mean == pytest.approx(b.mean, abs=1e-4)
        assert [t.surprisal for t in a.tokens] == pytest.approx([t.surprisal for t in b.tokens], abs=1e-4)


def test_long_text_is_split_at_sentences_and_scored_whole(lm):
    text = " ".join(FLUENT * 5)
    spans = lm.chunks(text)
    assert len(spans) > 1 and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # contiguous: nothing dropped
    assert all(text[s:e].rstrip().endswith(".") for s, e in spans)  # cut at sentence ends
    assert max(lm.count([text[s:e] for s, e in spans])) <= lm.max_length - 1  # BOS takes one position
    (score,) = lm.score([text])
    assert score.count == sum(lm.count([text[s:e] for s, e in spans])) > lm.max_length
    assert score.tokens[-1].end == len(text)
    assert all(a.start <= b.start for a, b in zip(score.tokens, score.tokens[1:]))
    parts = lm.score([text[s:e] for s, e in spans])
    assert [t.surprisal for t in score.tokens] == [t.surprisal for p in parts for t in p.tokens]
    assert [(t.start, t.end) for t in score.tokens] == [
        (t.start + s, t.end + s) for p, (s, _) in zip(parts, spans) for t in p.tokens]


def test_grb005_end_to_end_json(model_dir, tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    rc = main(["check", str(article), "--model", model_dir, "--select", "GRB005", "--format", "json"])
    assert rc == 0  # info only
    data = json.loads(capsys.readouterr().out)
    findings = [f for file in data["files"] for f in file["findings"]] if "files" in data else data["findings"]
    assert findings and all(f["code"] == "GRB005" and f["severity"] == "info" for f in findings)
    raw = article.read_text(encoding="utf-8")
    garbled_at = raw.index(GARBLED)
    for finding in findings:
        assert raw[finding["start"]:finding["end"]] == finding["text"]
        assert garbled_at <= finding["start"] < finding["end"] <= garbled_at + len(GARBLED)
        assert finding["text"][0].isalnum() and finding["text"][-1].isalnum()
        assert 1 <= len(finding["text"].split()) <= 6  # 3-6 tokens, widened to whole words


def test_grb005_by_subprocess(model_dir, tmp_path):
    article = tmp_path / "article.md"
    article.write_text("# Budget\n\n" + ARTICLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "checker", "check", str(article), "--model", model_dir,
                           "--select", "GRB005", "--format", "json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    raw = article.read_text(encoding="utf-8")
    data = json.loads(done.stdout)
    findings = [f for file in data["files"] for f in file["findings"]] if "files" in data else data["findings"]
    assert findings and all(raw[f["start"]:f["end"]] == f["text"] and f["text"] in GARBLED for f in findings)


def test_grb005_is_skipped_without_a_model():
    report = check_text(ARTICLE, Config(select=("GRB005",)))
    assert report.findings == [] and report.skipped_rules == ("GRB005",)


def test_grb005_needs_enough_sentences_and_skips_headings(model_dir):
    config = Config(select=("GRB005",), model=model_dir)
    assert check_text(" ".join(FLUENT[:3] + [GARBLED]), config).findings == []
    only_heading = "# " + GARBLED + "\n\n" + " ".join(FLUENT) + "\n"
    assert check_text(only_heading, config, fmt="markdown").findings == []


def test_grb005_examples_with_a_tiny_model(model_dir):
    rule = rule_by_code("GRB005")
    assert rule.needs_model and sum(not e.positive for e in rule.examples) >= 5
    for example in rule.examples:
        text, _ = example.plain()
        doc = parse(text, "text", lang=example.lang or "en")
        report = check_text(text, Config(select=("GRB005",), model=model_dir,
                                         target_lang=example.lang or "en"))
        assert all(doc.raw[f.start:f.end] == f.text for f in report.findings)
        if not example.positive:  # these hold for any model: nothing there is judged
            assert report.findings == [], example.text


def test_config_model_is_relative_to_the_config_file(model_dir, tmp_path):
    (tmp_path / "models").mkdir()
    cfg = tmp_path / "setup.cfg"
    cfg.write_text("[checker]\nmodel = models\n", encoding="utf-8")
    assert load_file(cfg).model == str(tmp_path / "models")
    cfg.write_text("[checker]\nmodel = gpt2\n", encoding="utf-8")
    assert load_file(cfg).model == "gpt2"


def test_bad_model_directory_is_one_line_exit_2(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    rc = main(["check", str(article), "--model", str(tmp_path / "nope"), "--select", "GRB005"])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1 and "no such model directory" in err


def test_missing_extra_is_one_line_exit_2(model_dir, tmp_path, capsys, monkeypatch):
    from checker.models.causal_lm import load_model
    load_model.cache_clear()
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now raises ImportError
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    rc = main(["check", str(article), "--model", model_dir, "--select", "GRB005"])
    err = capsys.readouterr().err
    assert rc == 2
    assert err == "checker: error: model checks need the models extra: pip install 'checker[models]'\n"


def test_batch_with_model(model_dir, tmp_path):
    data = tmp_path / "records.jsonl"
    data.write_text(json.dumps({"mt": ARTICLE}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rc = main(["batch", str(data), "--target-field", "mt", "--model", model_dir, "--select", "GRB005",
               "--output", str(out)])
    assert rc == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    findings = json.loads(line)["findings"]
    assert findings and all(f["code"] == "GRB005" and ARTICLE[f["start"]:f["end"]] == f["text"] for f in findings)


@pytest.mark.parametrize("args", [["--version"], ["check", "{file}", "--format", "json"],
                                  ["check", "{file}", "--select", "GRB005"]])
def test_rule_only_runs_never_import_torch(tmp_path, args):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    argv = [a.format(file=article) for a in args]
    code = ("import sys; from checker.cli import main; rc = main(%r); "
            "heavy = [m for m in ('torch', 'transformers') if m in sys.modules]; "
            "print('HEAVY', heavy); sys.exit(0 if rc in (0, 1) and not heavy else 3)" % argv)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout[-500:] + done.stderr[-500:]
