"""REP001 searches only the regions that can hold a doubled phrase: the same matches as a whole-block search."""
import random

import pytest

from checker.rules.repetition.doubled_words import (
    COMMA_DOUBLED_RE, DOUBLED_RE, RegionSearch, comma_regions, plain_regions)

WORDS = ["the", "The", "THE", "in", "city", "City", "New", "York", "anti-war", "l'état", "it's", "day", "by",
         "élan", "Élan", "naïve", "x2", "5", "under_score", "again", "and", "very", "ſtate", "state",
         "ΣΟΦΙΑ", "σοφια"]
SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", ", ", ",", ",\n", ". ", "; ", "-", "'", "’", " (", ") ", "\n\n",
              "“", "”"]


def random_texts(count: int, seed: int = 11):
    rng = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 40)):
            word = rng.choice(WORDS)
            parts.append(word)
            if rng.random() < 0.3:  # a doubled phrase, maybe with another case or a comma between
                gap = rng.choice([" ", ", ", "\n", " ,", "  "])
                parts.append(gap + word.upper() if rng.random() < 0.2 else " " + word)
            if rng.random() < 0.15:  # a phrase repeated across a comma
                phrase = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4)))
                comma = rng.choice([", ", ",", ",\n", ", \n ", " , "])
                parts.append(" " + phrase + comma + rng.choice([phrase, phrase.upper()]))
            parts.append(rng.choice(SEPARATORS))
        yield "".join(parts)


def all_matches(search, start: int) -> list[tuple]:
    found, pos = [], start
    while match := search(pos):
        found.append((match.span(), match.group("first"), match.group("second")))
        pos = match.start() + 1
    return found


CASES = [
    "the the plan", "in the in the city", "New York, New York", "in the city, in the city.",
    "the the5 units", "the the_x", "anti-war anti-war", "it's it's", "Le le monde", "day by day by day",
    "the\nthe", "the\n\nthe", "He said, he said", "a, b, c, a, b", "ſtate state", "STATE, STATE, of",
    "x the the", "the city of, the city of, the city", "one two, three four, one two three",
]


@pytest.mark.parametrize("text", CASES + list(random_texts(400)))
def test_regions_find_what_the_whole_search_finds(text):
    for start, end in ((0, len(text)), (min(3, len(text)), max(len(text) - 2, min(3, len(text))))):
        for regex, regions in ((DOUBLED_RE, plain_regions), (COMMA_DOUBLED_RE, comma_regions)):
            whole = all_matches(lambda pos: regex.search(text, pos, end), start)
            assert all_matches(RegionSearch(regex, text, regions(text, start, end)), start) == whole


def test_regions_skip_plain_prose():
    text = "Prices rose again in May, after a quiet spring. Analysts expect a slower summer."
    assert plain_regions(text, 0, len(text)) == []
    assert comma_regions(text, 0, len(text)) == []
