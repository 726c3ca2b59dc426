"""Latin-1 twins (checker/lang/latin1.py): the same matches as the patterns they stand for, on Latin-1 text."""
from __future__ import annotations

import random
import re

import pytest

from checker.lang import latin1, names, word_order
from checker.lang.langid import WORD_RE
from checker.lang.latin1 import for_text, is_latin1, twin
from checker.rules import lexicon
from checker.rules.boilerplate import reader_prompt
from checker.rules.entities import format_variant
from checker.rules.repetition import doubled_words

# the patterns the rules and annotations read through their twins
TWINNED = (names.TOKEN_RE, WORD_RE, word_order.TOKEN_RE, lexicon.TEXT_WORD_RE, doubled_words.CHUNK_RE,
           doubled_words.LETTERS_RE, doubled_words.LEADING_LETTERS_RE, doubled_words.COMMA_SPAN_RE,
           reader_prompt.WORD_RE, format_variant.LINKED_PLACE_RE, format_variant.COMPOUND_FIRST_RE)
LATIN1 = "".join(map(chr, range(256)))


def _matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


def _texts() -> list[str]:
    rng = random.Random(11)
    alphabet = LATIN1 + " -'.,_0123abcdeABCDE" * 12
    found = ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(150)]
    found += ["Le Cagnac-les-Mines prize went to Jean-Claude Dupont, 34, in São Paulo; the the ÉTÉ report, "
              "ça va. Mourza's co-operation (²³ ½µ ß ÿ) said he, said he.", LATIN1]
    return found


@pytest.mark.parametrize("pattern", TWINNED, ids=lambda p: p.pattern[:30])
def test_twin_matches_as_the_pattern_on_latin1_text(pattern):
    twinned = twin(pattern)
    assert twinned is not pattern, "a class escape was written out"
    for text in _texts():
        assert _matches(twinned, text) == _matches(pattern, text)


def test_each_written_out_escape_accepts_the_same_latin1_characters():
    for escape in latin1.ESCAPES:
        written = re.compile(f"[{latin1._members(escape)}]")
        for ch in LATIN1:
            assert bool(written.fullmatch(ch)) == bool(re.fullmatch(f"\\{escape}", ch)), (escape, ch)


def test_classes_and_escapes_are_written_out_in_place():
    original = r"[^\W\d_]+[]\w]\\w(?P<x>\s)\bz"
    source = latin1._written_out(original)
    assert r"\b" in source and r"\\w" in source  # a word edge and an escaped backslash stay as they are
    for text in ("éa]\\w\xa0z", "éa_\\w z", "é1]\\w z"):
        assert bool(re.fullmatch(source, text)) == bool(re.fullmatch(original, text))
    assert re.fullmatch(source, "éa]\\w\xa0z") is not None


def test_case_folding_and_inline_flags_keep_the_pattern():
    for pattern in (re.compile(r"\w+", re.IGNORECASE), re.compile(r"(?i)\w+"), re.compile(r"(?a:\w+)"),
                    re.compile(r"[a-z]+")):
        assert twin(pattern) is pattern


def test_only_latin1_text_reads_the_twin():
    assert is_latin1("Hôtel-Dieu, São Paulo") and not is_latin1("l’Hôtel")
    assert for_text(WORD_RE, "plain text") is twin(WORD_RE)
    assert for_text(WORD_RE, "Hôtel-Dieu") is twin(WORD_RE)
    assert for_text(WORD_RE, "the “Hôtel”") is WORD_RE
    assert for_text(WORD_RE, "Łódź") is WORD_RE
