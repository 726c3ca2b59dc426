"""The quote model's speed-ups change nothing: the cue pre-filter finds what the cue pattern finds, and the
per-document indices answer as the walks they replace."""
from __future__ import annotations

import re

import pytest

from checker.lang.quotes import extract_quotes
from checker.lang.speakers import Token, cue_at, cue_matches, lexicon
from checker.parsers import parse

TEXTS = {
    "en": [
        "“We will not give up,” said Mr. Smith, adding that the union had POINTED OUT the risks. "
        "According to the minister, the plan – which he described as “bold” – would work, he told reporters.",
        "He said. he noted, saying that the plan would work. SAID the spokesman; says-who? re-said, unsaid",
        # letters that IGNORECASE matches unlike str.lower: the dotted and dotless i, the long s
        "The official ſaid it, then İnsisted and ınsisted; Reuters reported ſaying so.",
        "", "said", "x said", "said x", "“said”", "-said", "said-", "co-said it",
    ],
    "fr": [
        "« Nous ne céderons pas », a-t-il déclaré, avant d’ajouter qu’il s’est dit confiant. "
        "Selon le ministre, le plan fonctionnera, a déclaré hier le porte-parole, "
        "qui a également précisé et ajouté que rien n'a changé.",
        "Il s'est félicité. Elle a notamment souligné, a-t-elle expliqué. D'après l'AFP, il n’a pas commenté.",
        "ſelon İl a dit ; a-t-on appris. et ajouté",
    ],
}


def _slices(text: str):
    yield 0, len(text)
    for a in range(0, len(text), 7):
        for b in (a + 5, a + 23, len(text)):
            if b <= len(text):
                yield a, b


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cue_prefilter_matches_the_pattern(lang):
    lex = lexicon(lang)
    assert lex.cue_starts  # the pre-filter is in use
    for text in TEXTS[lang]:
        for a, b in _slices(text):
            expected = [m.span() for m in lex.cue_re.finditer(text, a, b)]
            assert [m.span() for m in cue_matches(text, a, b, lex)] == expected, (text, a, b)
        for pos in range(len(text) + 1):
            expected = lex.cue_re.match(text, pos)
            found = cue_at(text, pos, lex)
            assert (found.span() if found else None) == (expected.span() if expected else None), (text, pos)


def test_cue_prefilter_finds_cues():
    text = TEXTS["en"][0]
    found = [m.group() for m in cue_matches(text, 0, len(text), lexicon("en"))]
    assert "said" in found and "told" in found and any(f.lower().startswith("according") for f in found)


def test_token_is_a_value():
    a, b = Token("Said", 3, 7), Token("Said", 3, 7)
    assert a == b and hash(a) == hash(b) and repr(a) == "Token(text='Said', start=3, end=7)"
    assert a.lower == "said" and a.is_cap and not Token("«", 0, 1).is_cap
    assert Token("NATO", 0, 4).is_acronym and not Token("Nato", 0, 4).is_acronym


def test_quotes_in_long_repeated_text_keep_their_speakers():
    """Sentences looked up by offset (bisect) give the same speakers far into a long document."""
    para = "“The plan will work,” said Jean Dupont, the mayor. He added: “We are ready.”"
    short = parse(para, "text")
    long = parse("\n\n".join([para] * 200), "text")
    first = [(q.kind, q.speaker, q.resolved_speaker) for q in extract_quotes(short.text, short.blocks)]
    quotes = extract_quotes(long.text, long.blocks)
    assert len(quotes) == 200 * len(first)
    last = [(q.kind, q.speaker, q.resolved_speaker) for q in quotes[-len(first):]]
    assert last == first and ("direct", "Jean Dupont", "Jean Dupont") in first


def test_block_quote_index_skips_nothing():
    """A quotation carried over paragraphs still splits the sentences of every block it covers."""
    text = "He said: “The first part goes on\n\n“and the second part ends here,” he added. Then silence."
    doc = parse(text, "text")
    quotes = extract_quotes(doc.text, doc.blocks)
    assert quotes and any(re.search("second part", q.text) for q in quotes)
