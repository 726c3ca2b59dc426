"""Cues tried at a sentence's words (quote_cues._cues_at_words) are the cues a scan of the sentence finds."""
from __future__ import annotations

import json

import pytest

from checker.lang.quotes import _Extractor
from checker.lang.speakers import find_cues
from checker.parsers import parse

from .conftest import FIXTURES

TEXTS = {
    "en": [
        "“We will not give up,” said Mr. Smith, adding that the union had POINTED OUT the risks. "
        "According to the minister, the plan – which he described as “bold” – would work, he told reporters.",
        "He said. he noted, saying that the plan would work. SAID the spokesman; says-who? re-said, unsaid",
        "The official ſaid it, then İnsisted; Reuters reported ſaying so.",  # IGNORECASE's odd letters
        "‘It is over,’ she said. The 'deal' was signed, O'Brien's aide told reporters, co-said it.",
        "Rock'n'roll said nothing. U.S.-said officials, well-known, according to sources, say so.",
    ],
    "fr": [
        "« Nous ne céderons pas », a-t-il déclaré, avant d’ajouter qu’il s’est dit confiant. "
        "Selon le ministre, le plan fonctionnera, a déclaré hier le porte-parole, "
        "qui a également précisé et ajouté que rien n'a changé.",
        "Il s'est félicité. Elle a notamment souligné, a-t-elle expliqué. D'après l'AFP, il n’a pas commenté.",
        "« C'est fini », a-t-on appris aujourd'hui ; l'avocat n'a pas dit ‘non’, a-t-elle ajouté.",
    ],
}


def _fixture_texts(lang: str) -> list[str]:
    with open(FIXTURES / "quotes" / f"{lang}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()][:30]


def _scanned(x: _Extractor, sent) -> list:
    """What `_find_cues` kept before: the scan's cues outside quotations, at a token's start."""
    holes = [(sent.tokens[k].start, sent.tokens[k].end) for k in sent.quote_tokens]
    out = []
    for cue in find_cues(x.text, sent.start, sent.end, x.lex):
        k = sent.index_at(cue.start)
        if not any(a <= cue.start < b for a, b in holes) and k < len(sent.tokens) and \
                sent.tokens[k].start == cue.start:
            out.append((k, cue))
    return out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cues_at_words_are_the_scanned_cues(lang):
    compared = fallback = 0
    for text in TEXTS[lang] + _fixture_texts(lang):
        for as_lang in ("en", "fr"):  # each text read in both languages: more words, more traps
            doc = parse(text, "text", lang=as_lang)
            x = _Extractor(doc.text, tuple(doc.blocks), as_lang)
            x.run()
            for sent in x.sentences:
                found = x._cues_at_words(sent)
                if found is None:
                    fallback += 1
                    continue
                compared += 1
                assert found == _scanned(x, sent), doc.text[sent.start:sent.end]
    assert compared > 100


def test_cues_at_words_declines_where_words_cannot_tell():
    # a quotation closed by a single mark may hold the start of a cue running past it; odd letters
    for text in ("‘It is over,’ she said.", "The official ſaid it."):
        doc = parse(text, "text")
        x = _Extractor(doc.text, tuple(doc.blocks), "en")
        x.run()
        assert any(x._cues_at_words(sent) is None for sent in x.sentences)
