"""The title an acronym spells is found by a pattern that opens on its first capital (issue #11): the same titles
as the pattern that opens on a word boundary, which is tried at every character of the text."""
from __future__ import annotations

import random
import re

import pytest

from checker.lang.quotes import extract_quotes
from checker.lang.speaker_resolution import title_pattern
from checker.parsers import parse


def reference(acronym: str) -> re.Pattern:
    """The pattern as it was written first: a word boundary, then the initials' words."""
    initials = r"\s+(?:(?:of|the|and|for)\s+)*".join(rf"{letter}[a-z]+" for letter in acronym)
    return re.compile(rf"\b{initials}(?:\s*\([^()]{{1,30}}\))?\s+")


def spans(pattern: re.Pattern, text: str, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, 0, end)]


@pytest.mark.parametrize("text", [
    "Deputy Commissioner of Police (South) Priya Raghavan said. The DCP added",
    "Deputy Commissioner of the Police Ravi Shankar spoke",
    "Director of Communications Policy Jane Doe",
])
def test_titles_found(text):
    assert spans(title_pattern("DCP"), text, len(text)) == spans(reference("DCP"), text, len(text)) != []


@pytest.mark.parametrize("text", [
    "xDeputy Commissioner of Police Jo Bloggs",  # a letter before the capital: no word starts there
    "_Deputy Commissioner of Police Jo Bloggs",  # an underscore is a word character
    "éDeputy Commissioner of Police Jo Bloggs",  # so is a letter outside ASCII
    "2Deputy Commissioner of Police Jo Bloggs",
    "Deputy commissioner of Police Jo Bloggs",  # a lowercase initial spells nothing
    "Deputy Commissioner of Police",  # nothing after the title
])
def test_traps(text):
    assert spans(title_pattern("DCP"), text, len(text)) == spans(reference("DCP"), text, len(text)) == []


def test_the_end_of_the_search_is_the_acronym():
    text = "Deputy Commissioner of Police Asha Rao"
    end = text.index(" Asha")
    assert spans(title_pattern("DCP"), text, end) == spans(reference("DCP"), text[:end], len(text[:end])) == []


def test_random_texts_give_the_same_titles():
    rng = random.Random(11)
    words = ["Deputy", "Commissioner", "of", "Police", "the", "(South)", "xDeputy", "_Deputy", "éDeputy", "Dé",
             "US", "Union", "States", "United", "2nd", "DCP", "\n", "and", "Poly", "ÉDeputy", "U.S."]
    letters = "DCPUSdcpuaeiorn ()_-é.\n\t2"
    for _ in range(4000):
        text = " ".join(rng.choice(words) if rng.random() < 0.8 else
                        "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
                        for _ in range(rng.randint(1, 14)))
        acronym = rng.choice(["DCP", "DC", "US", "U.S.", "UN", "2A", "D", "(C"[1:]])
        end = rng.randint(0, len(text))
        assert spans(title_pattern(acronym), text, end) == spans(reference(acronym), text[:end], end)


def test_acronym_still_names_the_person():
    text = ("Deputy Commissioner of Police (South) Priya Raghavan visited the site on Monday.\n\n"
            "\u201cWe are looking into every complaint,\u201d the DCP said.")
    doc = parse(text, "text")
    assert [(q.speaker, q.resolved_speaker) for q in extract_quotes(doc.text, doc.blocks, "en")] == \
        [("DCP", "Priya Raghavan")]


def test_acronym_without_its_title_names_nobody():
    text = ("Priya Raghavan visited the site on Monday.\n\n"
            "\u201cWe are looking into every complaint,\u201d the DCP said.")
    doc = parse(text, "text")
    assert [q.resolved_speaker for q in extract_quotes(doc.text, doc.blocks, "en")] != ["Priya Raghavan"]
