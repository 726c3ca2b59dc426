"""The speed shortcuts of the language analyses and light rules give what the full computation gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.context import Context
from checker.parsers import parse
from checker.rules import rule_by_code

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CODES = ("UNT001", "UNT002", "TRL001", "TRL002", "TRL003", "BPL001", "BPL003", "REP001")


def _texts() -> list[str]:
    texts = [example.plain()[0] for code in CODES for example in rule_by_code(code).examples]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seed").glob("*.txt"))]
    return texts + ["\n\n".join(texts), " ".join(t.replace("\n", " ") for t in texts)]


def _analysis(text: str):
    from checker.lang.untranslated import analyse_document

    return analyse_document(Context(parse(text, "text", lang="en"), None, (), models=None))


def test_untranslated_skips_only_sentences_without_french(monkeypatch):
    """A sentence with no French-leaning word, article or link is skipped: the analysis is the same."""
    from checker.lang import untranslated

    texts = _texts()
    skipped = [_analysis(text) for text in texts]
    monkeypatch.setattr(untranslated, "_may_be_french", lambda word: True)
    full = [_analysis(text) for text in texts]
    assert skipped == full
    assert sum(len(a.sentences) + len(a.runs) + len(a.terms) for a in full) >= 20


def test_quote_index_covers_as_the_list_does():
    from checker.lang.untranslated import _Quotes

    for quotes in ([(5, 20), (8, 12), (30, 31), (25, 60), (70, 70)], [(2, 6), (9, 15), (15, 15), (30, 44)],
                   [(2, 6), (9, 15), (16, 20), (30, 44)], []):
        index = _Quotes(quotes)
        for start in range(0, 75):
            for end in range(start, 75):
                holding = [(qs, qe) for qs, qe in quotes if qs <= start and end <= qe]
                assert index.cover(start, end) == bool(holding), (quotes, start, end)
                assert index.holding(start, end) == (holding[0] if holding else None), (quotes, start, end)


def test_reader_prompt_gate_agrees_with_the_score():
    """`is_furniture` stops early on lines that cannot be furniture; the full score agrees everywhere."""
    from checker.rules.boilerplate import reader_prompt as rp

    def no_listed_word_needed(line, found):
        """A cross-link ("Read also") or a call to action of the outlet's ("Read our …", "Traffic: check …")."""
        rest = line[len(rp.LEAD_RE.match(line).group(0)):].lower()
        tokens = rp.WORD_RE.findall(line.lower())
        reader = any(t in ("our", "your", "you") for t in tokens)
        return rp.ALSO_RE.match(rest) is not None or found.cta and (
            "our" in tokens or reader and rp._opens_with_call(rest, rp.LABEL_RE.match(rest), rp._vocabulary()[0]))

    lines = [line.strip() for text in _texts() for line in text.splitlines() if line.strip()]
    assert any(rp.is_furniture(line) for line in lines)
    for line in lines:
        found = rp.features(line)
        assert rp.is_furniture(line) == (found.score >= rp.THRESHOLD and (found.cta or found.promo or found.marker)
                                         and (found.vocabulary > 0 or no_listed_word_needed(line, found))), line


def test_capitalised_parts_are_the_parts_the_rules_read():
    import re

    from checker.lang.names import WORD_RE
    from checker.rules.transliteration.forms import capitalised_parts

    for text in _texts():
        expected = []
        for match in WORD_RE.finditer(text):
            for part in re.finditer(r"[^-‐‑'’]+", match.group()):
                word = part.group()
                if word[0].isupper() and not any(ch.isupper() for ch in word[1:]):
                    expected.append((match.start() + part.start(), match.start() + part.end(), word, match.group()))
        assert capitalised_parts(text) == tuple(expected)


@pytest.mark.parametrize("code", ["TRL001", "TRL002", "TRL003"])
def test_transliteration_rules_are_linear_on_repeated_names(code):
    """A name repeated through a long document is searched for once, not once per occurrence."""
    import time

    rule = rule_by_code(code)
    para = ("Former finance minister Alexei Koudrine met Dmitry Rogozine and Abu Musab al-Zarqaoui in Moscou, "
            "near Credit Suisse and Pékin. ")

    def spent(n: int) -> float:
        ctx = Context(parse(para * n, "text", lang="en"), None, (), models=None)
        list(rule.check(ctx))  # warm: word lists and caches
        ctx = Context(parse(para * n, "text", lang="en"), None, (), models=None)
        started = time.process_time()
        list(rule.check(ctx))
        return time.process_time() - started

    small, large = spent(300), spent(1200)
    assert large < 12 * max(small, 0.01)  # 4x the text: far below the 16x of a quadratic search


def test_site_furniture_tries_only_entries_whose_words_a_block_holds(monkeypatch):
    """BPL001 tries an entry in a block only when the block holds one of the entry's words: same findings."""
    from checker.rules.boilerplate import site_furniture

    assert sum(words is not None for words in site_furniture._entry_anchors()) >= 10  # the filter filters
    texts = [example.plain()[0] for code in ("BPL001", "BPL003") for example in rule_by_code(code).examples]
    texts += _texts()
    texts += [t.upper() for t in texts] + [t.lower() for t in texts] + ["\u0130stanbul \u212a " + t for t in texts]

    def findings() -> list:
        return [list(site_furniture.check(Context(parse(text, "text", lang="en"), None, (), models=None)))
                for text in texts]

    filtered = findings()
    no_words = (None,) * len(site_furniture._entry_anchors())
    monkeypatch.setattr(site_furniture, "_entry_anchors", lambda: no_words)
    monkeypatch.setattr(site_furniture, "_any_entry", lambda: None)
    assert findings() == filtered
    assert sum(map(len, filtered)) >= 10


def test_listed_spans_are_what_the_joined_pattern_finds():
    import re

    from checker.rules.transliteration.forms import _form_pattern, lexicon, listed_spans

    # the list's forms as one flat alternation, longest first, each a whole word or after "al-"
    flat = "|".join(_form_pattern(f) for f in sorted(lexicon().forms, key=len, reverse=True))
    joined = re.compile(rf"(?:(?<![\w‐‑-])|(?<=\b[AaEe]l[-‐‑]))(?:{flat})(?![\w‐‑-])")
    forms = sorted(lexicon().forms)[::7]
    tricky = " ".join(f"{f} x{f} al-{f} El‑{f} {f}-ville l'{f} {f}s Hal-{f}" for f in forms)
    for text in _texts() + [tricky, tricky.replace(" ", "\n")]:
        assert listed_spans(text) == tuple(m.span() for m in joined.finditer(text))
    assert listed_spans(tricky)
