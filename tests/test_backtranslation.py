"""Back-translation (pair.backtranslation, GRB009) with a fixed-table translator and a tiny random Marian model."""
from __future__ import annotations

import json
import os

import pytest

from checker.compare import backtranslation as bt
from checker.config import Config
from checker.context import Context
from checker.findings import Severity
from checker.parsers import parse
from checker.rules.bitext.backtranslation import RULE as GRB009
from checker.runner import check_context

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# What a FR→EN model might answer for every French sentence of GRB009's examples and of the tests below:
# close to, but never the same as, the translations under check.
BACK = {
    "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine.":
        "On Wednesday the government presented its draft budget for the coming year.",
    "Le ministre des finances prévoit une croissance de deux pour cent l'an prochain.":
        "The Minister of Finance forecasts two per cent growth next year.",
    "Les dépenses militaires augmenteront de cinq milliards d'euros.":
        "Military expenditure will increase by five billion euros.",
    "L'opposition dénonce un budget injuste pour les familles modestes.":
        "The opposition denounces an unfair budget for modest families.",
    "Le texte sera débattu à l'Assemblée nationale à partir du mois d'octobre.":
        "The text will be debated in the National Assembly from the month of October.",
    "Le porte-avions Charles-de-Gaulle a quitté mardi le port de Toulon avec deux mille marins à bord.":
        "The aircraft carrier Charles-de-Gaulle left the port of Toulon on Tuesday with two thousand sailors on board.",
    "Les agriculteurs bloquent depuis lundi les routes autour de Rennes pour protester contre la baisse des prix "
    "du lait.": "Farmers have been blocking roads around Rennes since Monday to protest against falling milk prices.",
    "Le maire a tenu à rassurer les habitants du quartier après l'incendie de la nuit dernière.":
        "The mayor wanted to reassure the residents of the neighbourhood after last night's fire.",
    "La police a démantelé un réseau de trafiquants de drogue dans la banlieue de Lyon.":
        "Police dismantled a network of drug traffickers in the suburbs of Lyon.",
    "Les syndicats appellent à une grève reconductible dans les transports à partir de jeudi prochain dans "
    "toute la région parisienne.":
        "The unions are calling for a rolling strike in transport from next Thursday throughout the Paris region.",
    "Les syndicats appellent à une grève reconductible dans les transports à partir de jeudi.":
        "The unions are calling for a rolling strike in transport from Thursday.",
    "Il a pris son courage à deux mains pour annoncer la nouvelle à ses employés.":
        "He took his courage in both hands to announce the news to his employees.",
    "Grève générale.": "General strike.",
    "Le CAC 40 a clôturé vendredi à 7 412,5 points, en hausse de 0,8 %, porté par LVMH et Airbus.":
        "The CAC 40 closed on Friday at 7,412.5 points, up 0.8%, driven by LVMH and Airbus.",
    "Le ministre a reçu mardi les représentants des syndicats agricoles au ministère.":
        "On Tuesday the minister received representatives of the farmers' unions at the ministry.",
}


class TableTranslator:
    """The translator interface (`translate(texts) -> list[str]`) answering from a fixed table; calls recorded."""

    def __init__(self, table=BACK):
        self.table, self.calls = table, []

    def translate(self, texts):
        self.calls.append(list(texts))
        return [self.table[" ".join(t.split())] for t in texts]  # a sentence not in the table fails the test


class OnlyTranslator:
    """A model set offering a translator and nothing else (no encoder: the rule-only aligner runs)."""

    def __init__(self, translator):
        self.translator = translator

    def available(self, kind):
        return kind == "translator"

    def get(self, kind):
        assert kind == "translator"
        return self.translator

    def metadata(self):
        return {}


def _run(text, source, translator=None, rules=(GRB009,)):
    ctx = Context(parse(text, "text", lang="en"), parse(source, "text", lang="fr"),
                  models=OnlyTranslator(translator or TableTranslator()))
    return ctx, check_context(ctx, rules)


# ---- the comparison ----

def test_differences_localise_both_sides_with_offsets():
    text = "Intro. The mayor wanted to reassure the shareholders of the company after the fire."
    span = (7, len(text))
    back = "The mayor wanted to reassure the residents of the neighbourhood after the fire."
    added, missing, n_target, n_back = bt.differences(text, span, back)
    assert [d.text for d in added] == ["shareholders of the company"]
    assert text[added[0].start:added[0].end] == "shareholders of the company" and added[0].words == 2
    assert [d.text for d in missing] == ["residents of the neighbourhood"]
    assert back[missing[0].start:missing[0].end] == missing[0].text
    assert n_target == n_back


def test_differences_accept_inflection_numbers_and_spelling():
    text = "Spending increased by 5 billion euros, the ministers announced."
    back = "Spending increases by 5 billion euros, the minister announces."
    added, missing, _, _ = bt.differences(text, (0, len(text)), back)
    assert added == () and missing == ()
    added, missing, _, _ = bt.differences(text, (0, len(text)), back.replace("5", "6"))
    assert [d.text for d in added] == ["5"] and [d.text for d in missing] == ["6"]


def test_encoder_links_synonyms_left_on_both_sides():
    class Synonyms:
        def encode(self, texts):
            import numpy as np
            groups = {"rose": 0, "increased": 0, "mayor": 1}
            rows = np.zeros((len(texts), 8), dtype=np.float32)
            for i, t in enumerate(texts):
                rows[i, groups.get(t.lower(), 2 + hash(t) % 6)] = 1
            return rows

    text = "Spending rose sharply."
    back = "Spending increased sharply."
    assert bt.differences(text, (0, len(text)), back)[0] != ()
    assert bt.differences(text, (0, len(text)), back, Synonyms())[:2] == ((), ())


def test_article_calibration_needs_six_beads_and_bounds_the_spread():
    assert bt.article_z([-1.0, -2.0]) == [-1.0, -2.0]
    same = bt.article_z([0.0] * 6 + [-1.4])
    assert same[-1] == pytest.approx(-1.4 / bt.SPREAD[0])  # identical sentences: the spread's floor
    assert bt.prior_z(bt.PRIOR[0][0], 3) == 0 and bt.prior_z(50, 40) < bt.prior_z(50, 3)  # long: tighter


def test_annotation_translates_each_translated_bead_once_in_one_call():
    translator = TableTranslator()
    text, source = GRB009.examples[5].plain()[0], GRB009.examples[5].source
    ctx, _ = _run(text, source, translator)
    found = ctx.get("pair.backtranslation")
    pairs = ctx.get("pair.sentences")
    assert len(translator.calls) == 1 and len(translator.calls[0]) == len(found) == 6
    for item in found:
        pair = pairs[item.bead]
        assert pair.kind in bt.TRANSLATED and item.source_span == pair.source_span
        assert item.back == BACK[" ".join(ctx.source.text[slice(*pair.source_span)].split())]
        assert 0 <= item.chrf <= 100


# ---- GRB009 ----

@pytest.mark.parametrize("index,example", list(enumerate(GRB009.examples)))
def test_documented_examples_with_a_table_translator(index, example):
    text, expected = example.plain()
    ctx, report = _run(text, example.source)
    found = [f for f in report.findings if f.code == "GRB009"]
    got = sorted((f.start, f.end) for f in found)
    assert got == sorted(expected), f"example {index}: expected {[text[s:e] for s, e in expected]}, " \
                                    f"got {[text[s:e] for s, e in got]}"
    for f in found:
        assert f.source_span is not None and f.source_span.text.strip()
        assert "back-translation" in f.message and "“" in f.message


def test_examples_both_ways_and_documented():
    assert sum(e.positive for e in GRB009.examples) >= 5 and sum(not e.positive for e in GRB009.examples) >= 5
    assert GRB009.needs_model and GRB009.needs_source
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in GRB009.doc


def test_message_names_the_words_and_shows_the_back_translation():
    example = GRB009.examples[2]
    _, report = _run(example.plain()[0], example.source)
    (finding,) = report.findings
    back = BACK[example.source.split("prochain. ")[-1].split("octobre. ")[-1]]
    assert back[:60] in finding.message and "door" in finding.message and "sea men" in finding.message
    assert "aircraft carrier" in finding.message and "lacks" in finding.message
    assert finding.source_span.text.startswith("Le porte-avions")
    assert finding.severity == Severity.INFO and finding.category.value == "garbled"


class _Stub:
    def __init__(self, items):
        self.items = items

    def get(self, name):
        assert name == "pair.backtranslation"
        return self.items


def test_an_addition_is_reported_on_the_added_run_and_strong_evidence_is_a_warning():
    text = "The unions call for a strike on Thursday, which the ruling party and the employers have welcomed."
    back = "The unions are calling for a strike on Thursday."
    added, missing, n_target, n_back = bt.differences(text, (0, len(text)), back)
    assert missing == () and added
    item = bt.BackTranslation(3, (10, 50), (0, len(text)), back, 20.0, 12, -3.5, -3.5, added, missing,
                              n_target, n_back)
    (hit,) = GRB009.check(_Stub([item]))
    assert text[hit.start:hit.end] == "ruling party and the employers have welcomed"
    assert hit.source_span == (10, 50) and hit.severity == Severity.WARNING
    assert "no counterpart in the source" in hit.message and back in hit.message


def test_omission_points_at_the_sentence_and_names_what_is_missing():
    text, _ = GRB009.examples[4].plain()
    _, report = _run(text, GRB009.examples[4].source)
    (finding,) = report.findings
    assert "lacks" in finding.message and "rolling" in finding.message and "transport from next" in finding.message


def test_weak_evidence_is_information():
    item = bt.BackTranslation(0, (0, 10), (0, 10), "x", 30.0, 12, -2.2, -2.2, (bt.Difference(0, 3, "abc", 1),),
                              (), 6, 6)
    from checker.rules.bitext.backtranslation import strength
    assert strength(item) == Severity.INFO
    assert strength(bt.BackTranslation(0, (0, 10), (0, 10), "x", 30.0, 4, -5, -5, item.added, (), 6, 6)) is None
    assert strength(bt.BackTranslation(0, (0, 10), (0, 10), "x", 30.0, 12, -5, -5, (), (), 6, 6)) is None


def test_skipped_visibly_without_a_translator():
    text, _ = GRB009.examples[0].plain()
    ctx = Context(parse(text, "text", lang="en"), parse(GRB009.examples[0].source, "text", lang="fr"))
    report = check_context(ctx, (GRB009,))
    assert report.findings == [] and report.skipped_rules == ("GRB009",)
    assert report.skip_reasons["GRB009"] == "no translation model (--model-translator)"
    from checker.api import check_text
    report = check_text(text, Config(select=("GRB009",)), source=GRB009.examples[0].source)
    assert report.skip_reasons["GRB009"] == "no translation model (--model-translator)"


# ---- a tiny random Marian model: the real loading and generation code ----

@pytest.fixture(scope="module")
def marian(tmp_path_factory):
    """A randomly initialised MarianMTModel with a WordLevel tokenizer trained on the examples, saved to a folder."""
    torch = pytest.importorskip("torch", reason="the models extra (torch) is not installed")
    transformers = pytest.importorskip("transformers", reason="the models extra is not installed")
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers
    torch.manual_seed(0)
    texts = list(BACK) + list(BACK.values())
    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(texts, trainers.WordLevelTrainer(special_tokens=["<pad>", "</s>", "<unk>"]))
    tok.post_processor = processors.TemplateProcessing(single="$A </s>", special_tokens=[("</s>", 1)])
    tokenizer = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>",
                                                     eos_token="</s>", model_max_length=64)
    model = transformers.MarianMTModel(transformers.MarianConfig(
        vocab_size=len(tokenizer), d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=64,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, forced_eos_token_id=1))
    folder = tmp_path_factory.mktemp("tiny-marian")
    tokenizer.save_pretrained(folder)
    model.save_pretrained(folder)
    return str(folder)


def test_tiny_marian_runs_through_the_model_layer(marian):
    from checker.api import check_document
    example = GRB009.examples[0]
    text, _ = example.plain()
    config = Config(select=("GRB009",), model_translator=marian, model_encoder="none", model_device="cpu")
    report = check_document(parse(text, "text", lang="en"), config, parse(example.source, "text", lang="fr"))
    assert "GRB009" not in report.skipped_rules
    assert report.metadata["models"]["translator"]["location"] == marian
    for f in report.findings:  # a random model's English is noise: whatever it finds must be well formed
        assert f.code == "GRB009" and 0 <= f.start < f.end <= len(text) and f.source_span is not None


def test_tiny_marian_annotation_is_batched_and_cached(marian):
    from checker.api import model_set
    models = model_set(Config(model_translator=marian, model_encoder="none", model_device="cpu"))
    example = GRB009.examples[3]
    ctx = Context(parse(example.plain()[0], "text", lang="en"), parse(example.source, "text", lang="fr"),
                  models=models)
    translator = models.get("translator")
    translator.cache.clear()
    found = ctx.get("pair.backtranslation")
    assert len(found) == 6 and all(isinstance(item.back, str) for item in found)
    assert len(translator.cache) == 6
    again = Context(ctx.doc, ctx.source, models=models).get("pair.backtranslation")
    assert [item.back for item in again] == [item.back for item in found]


def test_cli_with_the_tiny_marian_model(marian, tmp_path, capsys):
    from checker.cli import main
    example = GRB009.examples[1]
    (tmp_path / "en.txt").write_text(example.plain()[0], encoding="utf-8")
    (tmp_path / "fr.txt").write_text(example.source, encoding="utf-8")
    rc = main(["check", str(tmp_path / "en.txt"), "--source", str(tmp_path / "fr.txt"), "--model-translator", marian,
               "--select", "GRB009", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert rc in (0, 1)
    assert "translator" in json.dumps(out)


class WithEncoder(OnlyTranslator):
    """The table translator beside the embedded encoder: the encoder aligns and links synonyms, as by default."""

    def __init__(self, translator, encoder):
        super().__init__(translator)
        self.encoder = encoder

    def available(self, kind):
        return kind in ("translator", "encoder")

    def get(self, kind):
        return self.encoder if kind == "encoder" else self.translator


@pytest.mark.parametrize("index,example", list(enumerate(GRB009.examples)))
def test_documented_examples_with_the_embedded_encoder(index, example):
    from checker.models import default_encoder
    if default_encoder() is None:
        pytest.skip("the embedded encoder (the encoder extra) is not installed")
    from checker.models.encoder import load_embedded
    text, expected = example.plain()
    ctx = Context(parse(text, "text", lang="en"), parse(example.source, "text", lang="fr"),
                  models=WithEncoder(TableTranslator(), load_embedded()))
    found = sorted((f.start, f.end) for f in check_context(ctx, (GRB009,)).findings)
    assert found == sorted(expected), f"example {index}: got {[text[s:e] for s, e in found]}"
