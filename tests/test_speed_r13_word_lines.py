"""The word-indexed forms of the line search (CAL004, FFR004, GRB012, GRB013), of CAL004's overlap test and of
ENT002's spaced first names find what the whole-text scans found, in texts long enough to take them."""
from __future__ import annotations

import random
import re

from checker.rules.calque import structures
from checker.rules.calque.matching import anchor_paragraphs, word_lines
from checker.rules.entities.format_variant import _spaced_first_names
from checker.rules.lexicon import LARGE_TEXT, text_words

WORDS = ("minister", "government", "strike", "death", "deaths", "found", "presented", "excuses", "the", "of",
         "announced", "Paris", "reform", "pension", "unions", "said", "night", "days", "since", "made", "appeal")


def _long_text(rnd: random.Random) -> str:
    lines = []
    while sum(map(len, lines)) < 2 * LARGE_TEXT:
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(1, 40))]
        lines.append(" ".join(w.capitalize() if rnd.random() < 0.1 else w for w in words) + rnd.choice(".,;"))
    return rnd.choice(["\n", "\n\n"]).join(lines)


def test_word_lines_are_the_lines_the_text_search_finds():
    rnd = random.Random(5)
    for _ in range(3):
        text = _long_text(rnd)
        lowered, tokens = text_words(text)
        assert len(lowered) >= LARGE_TEXT
        tokens = sorted(tokens)
        for _ in range(200):
            words = rnd.sample(tokens, rnd.randint(1, 4))
            if rnd.random() < 0.3:  # a word inside longer ones ("death" in "deaths"), where only a search finds it
                words = [w[1:] for w in words if len(w) > 2] or words
            assert word_lines(text, words) == anchor_paragraphs(lowered, words)


def test_word_lines_of_a_short_text_are_the_search_itself():
    text = "The minister found death.\nThe unions made appeal."
    assert word_lines(text, ["death"]) == anchor_paragraphs(text_words(text)[0], ["death"]) == [(0, 25)]


def test_idiom_patterns_scanned_only_in_lines_with_their_other_words_find_the_same():
    # a long text whose idioms' rarest words stand in many lines and their other words in a few
    rnd = random.Random(8)
    idioms = ["He found death in the crash.", "The minister presented his excuses to the families.",
              "The unions made appeal of the ruling.", "She presented the report.", "They found the death toll."]
    lines = [rnd.choice(idioms) + " " + " ".join(rnd.choice(WORDS) for _ in range(12)) for _ in range(900)]
    text = "\n".join(lines)
    found = structures.structure_hits(text)
    plain = structures._lines_holding
    try:
        structures._lines_holding = lambda lowered, lines, requires, holds=(): lines
        assert structures.structure_hits(text + " ") == found and found
    finally:
        structures._lines_holding = plain
    assert structures._lines_holding("made appeal\nmade it", [(0, 11), (12, 19)], (frozenset({"appeal"}),)) \
        == [(0, 11)]


def _spaced_by_search(text: str):
    """ENT002's spaced first names as found before: the whole text searched once per compound first name."""
    from checker.lang.names import fold, name_lexicon
    from checker.rules.entities.format_variant import COMPOUND_FIRST_RE, _other_surname

    seen = set()
    for match in COMPOUND_FIRST_RE.finditer(text):
        usual = match.group()
        if usual in seen or fold(match.group(1)) not in name_lexicon().first_names:
            continue
        seen.add(usual)
        spaced = list(re.finditer(rf"(?<![\w-]){re.escape(match.group(1))} {re.escape(match.group(2))}(?![\w-])",
                                  text))
        if len(spaced) == 1 and not _other_surname(text, match.end(), spaced[0].end()):
            yield spaced[0].start(), spaced[0].end(), usual


def test_spaced_first_names_from_the_pairs_index_are_those_the_search_finds():
    names = ["Jean", "Luc", "Marie", "Guy", "Manuel", "Anne", "Claude", "Jeanne", "Pierre", "Paul", "Sartre",
             "Lucien", "Émile"]
    rnd = random.Random(3)
    found_any = 0
    for _ in range(1500):
        words = []
        for _ in range(rnd.randint(5, 30)):
            r = rnd.random()
            words.append(rnd.choice(names) + "-" + rnd.choice(names) if r < 0.3 else rnd.choice(names) if r < 0.7
                         else rnd.choice(["the", "said", "de", "Luc's", "(Jean", "Jean-", "-Luc", "Jean Luc-"]))
        text = " ".join(words)
        expected = list(_spaced_by_search(text))
        assert list(_spaced_first_names(text)) == expected
        found_any += bool(expected)
    assert found_any > 50
    # pairs that share a word are all found: "Luc Marie" inside "Jean Luc Marie"
    text = "Luc-Marie Dupont spoke. Later Jean Luc Marie Dupont said more."
    assert list(_spaced_first_names(text)) == [(35, 44, "Luc-Marie")]


def test_family_patterns_scanned_only_in_lines_with_their_letters_find_the_same():
    # the families' members are sifted by the letters every match holds ("distance" in "a duel at distance")
    from checker.rules.calque.families import family_patterns

    assert sum(bool(p.holds) for p in family_patterns()) > len(family_patterns()) // 2
    lines = ["The two leaders fought a duel at distance over the budget.", "The duel was over in a minute.",
             "It makes ten years that the plant closed.", "The plant closed ten years ago, it makes sense.",
             "The minister assisted at the funeral of the mayor.", "He assisted the striker for the goal."]
    text = "\n".join(lines * 40)
    found = structures.structure_hits(text)
    plain = structures._lines_holding
    try:
        structures._lines_holding = lambda lowered, lines, requires, holds=(): plain(lowered, lines, requires)
        assert structures.structure_hits(text + " ") == found and found
    finally:
        structures._lines_holding = plain
