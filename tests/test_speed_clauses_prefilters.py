"""The pre-filters of the clause, fragment, repetition and boilerplate rules (issue 11) skip work, never findings:
each is compared with the full computation on random texts built to hit its edges."""
from __future__ import annotations

import random

import pytest

from checker.lang import clauses, sentences
from checker.rules.attribution import appended
from checker.rules.boilerplate import reader_prompt, site_furniture
from checker.rules.lexicon import load_lexicon
from checker.rules.repetition import doubled_words

PIECES = ("He said", "he noted", "she added,", "said he added", "according to the minister", "told reporters",
          "The minister", "the spokeswoman, Maud Bregeon,", "Smith", "saying that", "the plan", "would work",
          "statement", "states", "the state", "addressed", "Chicago", "ago", "2said", "said2", "Saidé",
          "\u212aept", "İt", ",", ", ", ".", ". ", "!", "?", "“", "”", '"', "\n", "  ", " " * 230,
          "the the", "in the in the", "Cholet, Cholet", "clocks, clocks", "Ab×cd, Ab×cd", "sé, sé", "5 5",
          "12.5 12.5", "August 5 5", "again and again", "día, día", "ÉTÉ, été", "un-der, un-der",
          "Ab÷cd, Ab÷cd", "×ab, ×ab", "a-b c-d e-f g-h a-b c-d e-f g-h", "don't don't",
          "According to the minister.",
          "the plan would work, according to the club.", "“We won,” he said, he added.")


def _texts(seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(("", " ", " ", ", ")) for _ in range(rng.randint(1, 40)))
            for _ in range(n)]


@pytest.fixture
def no_clause_prefilter(monkeypatch):
    def run(fn, *args):
        monkeypatch.setattr(clauses, "may_hold_reporting_clause", lambda *a: True)
        monkeypatch.setattr(appended, "may_hold_reporting_clause", lambda *a: True)
        try:
            return fn(*args)
        finally:
            monkeypatch.undo()
    return run


def test_clause_prefilter_keeps_every_stray_and_appended_attribution(no_clause_prefilter):
    for text in _texts(1):
        for start, end in ((0, len(text)), (len(text) // 3, len(text))):
            fast = clauses._find_stray_attributions(text, start, end)
            full = no_clause_prefilter(clauses._find_stray_attributions, text, start, end)
            assert fast == full, text
            fast = list(appended.appended_attributions(text, start, end))
            full = no_clause_prefilter(lambda *a: list(appended.appended_attributions(*a)), text, start, end)
            assert fast == full, text


def test_clause_prefilter_reads_whole_words_and_window_cuts():
    assert clauses.may_hold_reporting_clause("Prices rose in May.", 0, 19, [0]) is False
    assert clauses.may_hold_reporting_clause("The talks, he said, failed.", 0, 27, [0]) is True
    assert clauses.may_hold_reporting_clause("An essay from Chicago ago.", 0, 26, [0]) is False  # say, go inside words
    text = "He" + " " * 233 + "statement."  # a window of CLAUSE_REACH characters ends on "state"
    assert clauses.may_hold_reporting_clause(text, 0, len(text), [0]) is True
    assert clauses.may_hold_reporting_clause("ſaid the man.", 0, 13, [0]) is True  # long s folds to s


def test_inverted_clause_test_keeps_every_verb_first_match():
    verb_first = clauses._clause_regexes()[1]
    for text in _texts(8, 150) + ["Said he. ADDED the minister, Told reporters", "pointed   out the mayor"]:
        for pos in range(len(text)):
            if verb_first.match(text, pos, len(text)):
                assert clauses._opens_with_clause_word(text, pos), (text, pos)


def test_split_without_newline_shares_the_plain_split():
    for text in _texts(2, 100):
        line = text.replace("\n", " ")
        assert sentences.split_sentences(line, 0, len(line), "en", True) == \
            sentences._split(line, 0, len(line), "en", True)


def _regex_all(regex, text, start, end, reject):
    """Every match a plain search finds, skipping as the rule does."""
    found, pos = [], start
    while (match := regex.search(text, pos, end)) is not None:
        if reject(match):
            pos = match.start() + 1
            continue
        found.append(match.span())
        pos = match.end()
    return found


def test_repetition_regions_find_what_a_plain_search_finds():
    for text in _texts(3):
        for start, end in ((0, len(text)), (2, max(2, len(text) - 3))):
            search = doubled_words.RegionSearch(doubled_words.DOUBLED_RE, text,
                                                doubled_words.plain_regions(text, start, end))
            fast, pos = [], start
            while (match := search(pos)) is not None:
                fast.append(match.span())
                pos = match.end()
            assert fast == _regex_all(doubled_words.DOUBLED_RE, text, start, end, lambda m: False), text
            fast = [m.span() for m in doubled_words._comma_doubles(text, [], start, end)]
            full = []
            for regex in (doubled_words.COMMA_DOUBLED_RE, doubled_words.COMMA_DOUBLED_WORD_RE):
                full += _regex_all(regex, text, start, end, doubled_words._comma_legitimate)
            assert fast == full, text
            if doubled_words.NUMBER_PAIR_RE.search(text, start, end) is None:
                assert not doubled_words.DOUBLED_NUMBER_RE.search(text, start, end)


def test_line_anchored_furniture_is_found_at_line_starts():
    lines = ["Share Facebook Twitter Email", "Photo: John Smith / AFP", "With AFP", "All rights reserved",
             "Published on 12/06/2024 at 10:31", "This article was first published in Le Monde.", "x x",
             "The minister said with AFP", "", "  Share  Twitter", "Listen to this article"]
    rng = random.Random(4)
    entries = [e for e in load_lexicon("boilerplate") if id(e) in site_furniture._line_entries()]
    assert entries
    for _ in range(200):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 6)))
        for entry in entries:
            assert [m.span() for m in site_furniture._line_matches(entry.regex, text)] == \
                [m.span() for m in entry.regex.finditer(text)], (entry.key, text)


def test_furniture_candidates_of_a_document_hold_every_matching_entry():
    blocks = ["READ ALSO: War in Ukraine", "© AFP 2024", "(c) Le Monde", "Copyright Reuters", "He said, with AFP.",
              "Photo: Jean Dupont / Le Monde", "Subscribe to our newsletter now", "Σοφία ΟΔΟΣ",
              "Share Twitter"]
    rng = random.Random(5)
    for _ in range(200):
        chosen = [rng.choice(blocks) for _ in range(rng.randint(1, 5))]
        document = site_furniture._document_anchors("\n\n".join(chosen))
        for block in chosen:
            found = site_furniture._candidates(block, document)
            assert found == site_furniture._candidates(block)
            assert all(entry in found for entry in load_lexicon("boilerplate") if entry.regex.search(block))


def test_reader_prompt_verb_test_keeps_every_call_to_action():
    cta_verbs = reader_prompt._vocabulary()[0]
    for text in _texts(6) + ["Follow our live", "Want more? Get our free newsletter.", "do it, then Download",
                             "and subscribe-now", "To receive alerts, register here"]:
        rest = text.lower()
        full = any(m.group("verb").lower() in cta_verbs for m in reader_prompt.CLAUSE_START_RE.finditer(rest))
        if full:
            assert not cta_verbs.isdisjoint(reader_prompt.VERB_RUN_RE.findall(rest)), text


def test_untranslated_index_answers_as_the_list():
    from types import SimpleNamespace

    from checker.rules.fragments import verbless

    rng = random.Random(7)
    for _ in range(100):
        spans = [(a, a + rng.randint(0, 30)) for a in sorted(rng.sample(range(200), rng.randint(0, 6)))]
        found = SimpleNamespace(sentences=[SimpleNamespace(start=s, end=e) for s, e in spans])
        ctx = SimpleNamespace(get=lambda name, found=found: found if name == "target.untranslated" else [])
        for pos in range(0, 240, 3):
            assert verbless.untranslated_at(ctx, pos) == any(s <= pos < e for s, e in spans)
