"""The quote model's speed-ups of this round change nothing: the trie-shaped cue pattern matches what the plain
alternation matched, the factored token pattern splits as before, and the per-document shortcuts (token index
by bisection, the name-kind cache, the particle pre-check, the shared scan of quotation marks) answer as the
work they replace."""
from __future__ import annotations

import re

import pytest

from checker.lang import speakers
from checker.lang.names import name_kind
from checker.lang.quote_marks import find_marked_quotes
from checker.lang.quotes import extract_quotes
from checker.lang.speakers import (
    NAME_PARTICLE_RE, Registry, Sentence, Token, _alternation, _particle_name, lexicon, tokenize,
)
from checker.parsers import parse

TEXTS = {
    "en": [
        "“We will not give up,” said Mr. Smith, adding that the union had POINTED OUT the risks. "
        "According to the minister, the plan – which he described as “bold” – would work, he told reporters.",
        "He said. he noted, saying that the plan would work. SAID the spokesman; says-who? re-said, unsaid",
        "The official ſaid it, then İnsisted and ınsisted; Reuters reported ſaying so. AT&T's R&D-unit, U.S. "
        "p.-d.g. well-known co-op’s d'Estaing al-Assad ΟΔΟΣ's",
        "", "said", "x said", "said x", "“said”", "-said", "said-", "co-said it", "according  to\nhim",
    ],
    "fr": [
        "« Nous ne céderons pas », a-t-il déclaré, avant d’ajouter qu’il s’est dit confiant. "
        "Selon le ministre, le plan fonctionnera, a déclaré hier le porte-parole, "
        "qui a également précisé et ajouté que rien n'a changé.",
        "Il s'est félicité. Elle a notamment souligné, a-t-elle expliqué. D'après l'AFP, il n’a pas commenté.",
        "ſelon İl a dit ; a-t-on appris. et ajouté, s’est-il  réjoui ; aujourd'hui l'homme jusqu'à AT&T",
    ],
}


def _plain_alternation(words) -> str:
    """The cue alternation as it was written before the trie: every word, longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_trie_alternation_matches_the_plain_alternation(lang):
    forms = sorted(lexicon(lang).cue_forms)
    for words in (forms, ["dit", "dire", "dirent", "déclaré", "déclarait", "a dit", "a", "rendu hommage",
                          "rendu", "l'a dit", "according to", "accord"]):
        trie = re.compile(rf"(?<![\w\-])(?:{_alternation(words)})(?!\w)", re.I)
        plain = re.compile(rf"(?<![\w\-])(?:{_plain_alternation(words)})(?!\w)", re.I)
        samples = TEXTS[lang] + [w for w in words] + [w.upper() + " x" for w in words] + \
            [w.replace("'", "’").replace(" ", "  ") for w in words]
        for text in samples:
            for pos in range(len(text) + 1):
                a, b = plain.match(text, pos), trie.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (text, pos)
            assert bool(plain.fullmatch(text)) == bool(trie.fullmatch(text)), text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cue_pattern_still_finds_cues(lang):
    lex = lexicon(lang)
    found = [m.group().lower() for m in speakers.cue_matches(TEXTS[lang][0], 0, len(TEXTS[lang][0]), lex)]
    expected = ["said", "told"] if lang == "en" else ["a-t-il déclaré", "selon"]
    assert all(any(f.startswith(e) for f in found) for e in expected), found


REFERENCE_TOKEN_RE = {  # the token patterns before the word branches were factored
    "en": re.compile(r"p\.-d\.g\.|(?:[^\W\d_]\.){2,}|\w+(?:&\w+)+|\w+(?:[-‑'’]\w+)*|[^\w\s]", re.I),
    "fr": re.compile(r"(?:qu|jusqu|lorsqu|puisqu|presqu|quelqu|[cdjlmnst])['’](?=\w)|p\.-d\.g\.|"
                     r"(?:[^\W\d_]\.){2,}|\w+(?:&\w+)+|\w+(?:[-‑]\w+)*(?:['’]\w+)?|[^\w\s]", re.I),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_tokens_are_split_as_before(lang):
    for text in TEXTS["en"] + TEXTS["fr"] + ["a&&b x&-y &&&a&b&c'd-e-&f R&D's", "AT&T-Mobile l’AT&T"]:
        for a in range(0, len(text) + 1, 5):
            expected = [(m.group(), m.start(), m.end()) for m in REFERENCE_TOKEN_RE[lang].finditer(text, a)]
            assert [(t.text, t.start, t.end) for t in tokenize(text, a, len(text), lang)] == expected


def test_index_at_is_the_first_token_at_or_after():
    text = "Le ministre, « a-t-il dit », a déclaré hier que rien n’a changé."
    tokens = tokenize(text, 0, len(text), "fr")
    sent = Sentence(text, tokens[0].start, tokens[-1].end, 0, tokens)
    for pos in range(-1, len(text) + 2):
        walk = next((k for k, tok in enumerate(tokens) if tok.start >= pos), len(tokens))
        assert sent.index_at(pos) == walk
    assert repr(sent).count("token_starts") == 0  # the index is no part of what a sentence shows


def test_particle_precheck_agrees_with_the_pattern():
    words = ["al-Assad", "el-Sisi", "d'Estaing", "d’Alembert", "bin-Laden", "abu-Bakr", "de", "des", "dans", "est",
             "a", "ad-Din", "as-Sadr", "ash-Shar", "ben'X", "d'", "d-", "alAssad", "al-assad", "e", "ex-Im"]
    for word in words:
        assert _particle_name(word) == bool(NAME_PARTICLE_RE.match(word)), word


def test_name_kind_cache_answers_as_name_kind():
    registry = Registry(lexicon("en"))
    for key in [(("Vladimir", "Putin"), False, False, False), (("Moody's",), False, False, False),
                (("Paris", "Saint-Germain"), False, False, False), (("the", "Times"), False, False, True),
                (("Smith",), True, False, False), (("Smith",), False, True, False)]:
        assert registry._kind(key) == name_kind(*key)
        assert registry._kind(key) == name_kind(*key)  # from the cache


def test_marked_quotes_shared_but_not_aliased():
    doc = parse("“First,” he said.\n\n« Deuxième » et “third”", "text")
    first = find_marked_quotes(doc.text, doc.blocks)
    first.clear()  # a caller may change its list: the next caller still gets every quote
    again = find_marked_quotes(doc.text, doc.blocks)
    assert len(again) == 3 and again == find_marked_quotes(doc.text, list(doc.blocks))
    other = parse("No quotes here.", "text")
    assert find_marked_quotes(other.text, other.blocks) == []


def test_quote_model_unchanged_on_a_small_bilingual_sample():
    en = parse("“We will appeal,” said Marine Le Pen, the party leader. She added that the party was united.\n\n"
               "The ratings agency Moody's said the outlook was stable, according to the Financial Times.", "text")
    fr = parse("« Nous ferons appel », a déclaré Marine Le Pen. Elle a ajouté que le parti était uni.\n\n"
               "L'agence de notation Moody's a indiqué que la perspective était stable, selon Les Echos.", "text",
               lang="fr")
    got_en = [(q.kind, q.speaker, q.resolved_speaker, q.cue) for q in extract_quotes(en.text, en.blocks, "en")]
    got_fr = [(q.kind, q.speaker, q.resolved_speaker, q.cue) for q in extract_quotes(fr.text, fr.blocks, "fr")]
    assert ("direct", "Marine Le Pen", "Marine Le Pen", "said") in got_en
    assert any(q[0] == "direct" and q[2] == "Marine Le Pen" for q in got_fr)
    assert any(q[2] == "Moody's" for q in got_en) and any(q[2] == "Moody's" for q in got_fr)


def test_token_value_semantics_unchanged():
    a = Token("Said", 3, 7)
    assert a == Token("Said", 3, 7) and repr(a) == "Token(text='Said', start=3, end=7)"
