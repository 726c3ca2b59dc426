"""The linear forms of FFR003's look-alike pattern and ENT002's place search find what the old scans found,
and the scaling benchmark's long document is its three short ones joined."""
from __future__ import annotations

import random
import re

from checker.rules import rule_by_code
from checker.rules.entities.format_variant import LINKED_PLACE_RE, _matches_at
from checker.rules.false_friends import sense_cues

from .conftest import ROOT


def _plain_forms_pattern(forms) -> re.Pattern:
    """FFR003's pattern as it was: the forms' plain alternation, longest first."""
    words = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r")(?![\w-])", re.IGNORECASE)


def _example_texts(*codes: str) -> list[str]:
    return [example.text.replace("[[", "").replace("]]", "") for code in codes
            for example in rule_by_code(code).examples]


def test_look_alike_trie_matches_the_plain_alternation():
    forms = sorted(sense_cues.senses()[1])
    rnd = random.Random(11)
    texts = _example_texts("FFR001", "FFR003")
    for _ in range(400):  # forms glued, cut, doubled, in odd case and spacing: where a trie could part from it
        words = []
        for _ in range(rnd.randint(1, 8)):
            form = rnd.choice(forms)
            form = rnd.choice([form, form.upper(), form.title(), form.replace(" ", "  "), form.replace(" ", "\n"),
                               form[:-1], form + "s", form + "-" + form])
            words.append(form + rnd.choice([" ", "-", "", ", ", "’s "]))
        texts.append("".join(words))
    subsets = [frozenset(forms), frozenset(forms[::3]), frozenset(f for f in forms if " " in f)]
    for text in texts:
        for subset in subsets:
            expected = [m.span() for m in _plain_forms_pattern(subset).finditer(text)]
            assert [m.span() for m in sense_cues._forms_pattern(subset).finditer(text)] == expected, text


def test_place_search_from_the_first_word_matches_a_scan_of_the_text():
    pieces = ["Saint", "Jean", "de", "Luz", "Saint-Jean-de-Luz", "Saint Jean de Luz", "Saint-Jean de-Luz", "xSaint",
              "Saint-Saint-Jean-de-Luz", "Boulogne-sur-Mer", "Boulogne sur Mer", "Luz-", "\u00a0", "é", "_"]
    rnd = random.Random(5)
    texts = _example_texts("ENT002")
    texts += ["".join(rnd.choice(pieces) + rnd.choice(["", " ", "-", ", "]) for _ in range(rnd.randint(1, 14)))
              for _ in range(1500)]
    compared = 0
    for text in texts:
        for place in LINKED_PLACE_RE.finditer(text):
            parts = place.group().split("-")
            pattern = re.compile(r"(?<![\w-])" + r"[ \u00a0-]".join(map(re.escape, parts)) + r"(?![\w-])")
            assert [m.span() for m in _matches_at(pattern, text, parts[0])] == \
                [m.span() for m in pattern.finditer(text)], text
            compared += 1
    assert compared > 500


def test_scaling_long_document_is_its_three_draws_joined():
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.speed import SEPARATORS, SHAPES, draws, make_document

    paragraphs = [f"Paragraph {i} says {'many ' * (i % 7)}things." for i in range(50)]
    for shape in SHAPES:
        short = draws(shape, 200, paragraphs)
        assert short[0] == make_document(shape, 200, paragraphs)
        whole = SEPARATORS[shape].join(short)
        assert len(whole.split()) == sum(len(s.split()) for s in short)
        if shape != "repetitive":
            assert len(set(short)) == 3  # three different draws, one after the other
            assert whole == make_document(shape, len(whole.split()), paragraphs)
