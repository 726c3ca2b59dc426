"""A person's age said the French way: 'a student of 27 years', 'a woman of about forty years'."""
from __future__ import annotations

import functools
import re

from ..lexicon import CARDINAL, LazyPattern

# an approximate age ('une quarantaine d'années': 'about forty', 'some forty', 'a good forty')
_ABOUT = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|barely|just|only|at\s+least|more\s+than"
          r"|less\s+than|under|over|a\s+good|between)\s+)?")
AGE = rf"{_ABOUT}(?:a\s+)?{CARDINAL}(?:-odd)?"
# a demonym, which names a person ('a Rwandan of 39 years', 'a Tunisian of 45 years')
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|man|woman|ch|ic|ard|ot|ite)")


@functools.lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str], str, str]:
    """(the nouns French gives an age with 'de', the role nouns of the speaker lexicon, the tenure nouns, what may not
    follow the years, the places of a length of service) from person_ages.yaml and speaker_lexicon.yaml."""
    from ...data.cache import load_yaml

    data = load_yaml("person_ages")
    roles = load_yaml("speaker_lexicon")["role_nouns"]
    tenure = frozenset(data["tenure"])
    persons = frozenset(data["persons"]) - tenure
    lexicon = frozenset(str(w).lower() for words in roles.values() for w in words) - tenure
    not_after = "|".join(sorted(map(re.escape, data["not_after"]), key=len, reverse=True))
    service = "|".join(sorted(map(re.escape, data["service"]), key=len, reverse=True))
    return persons, lexicon, tenure, not_after, service


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[frozenset[str], LazyPattern], ...]:
    """Per shape: the words one of which every match holds, and its regex ('aged of' is GRB013's, with AGE)."""
    *_, not_after, service = _data()
    length = (rf"(?!\s*['’]|\s+(?:{not_after})\b"
              rf"|\s+(?:in|at|with|inside|within|for)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+)?"
              rf"(?:{service})\b)")
    return (
        # a person noun, 'of' and an age in years (un étudiant de 27 ans, une femme d'une quarantaine d'années)
        (frozenset(("years", "year")),
         LazyPattern(rf"(?<![\w'’-])(?P<noun>[A-Za-z][\w-]*)(?P<before>['’]s)?\s+(?P<span>of\s+{AGE}\s+years?"
                     rf"(?:\s+and\s+a\s+half)?)\b{length}", re.I)),
    )


def _is_person(noun: str, possessed: bool) -> bool:
    """A noun French gives an age with 'de': one of the list, or a demonym; a role noun of the speaker lexicon only
    without a possessive before it ('the town's mayor of 20 years' has held the office that long)."""
    persons, lexicon, tenure, *_ = _data()
    word = noun.lower()
    if word in tenure:
        return False
    return word in persons or bool(_DEMONYM.fullmatch(noun)) or (word in lexicon and not possessed)


_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|our|my|your)|['’]s)\s+(?:[\w-]+\s+)?$", re.I)


def age_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for every age said the French way in text."""
    from ..lexicon import text_words
    from ..lexicon import anchored_matches

    lowered, words = text_words(text)
    hits = []
    for needs, pattern in _patterns():
        anchors = needs & words
        if not anchors:
            continue
        for match in anchored_matches(text, lowered, anchors, pattern, 80, 60):
            start, end = match.span("span")
            noun = match.group("noun")
            possessed = bool(_POSSESSIVE_BEFORE.search(text, max(0, match.start() - 40), match.start()))
            if match.group("before") or not _is_person(noun, possessed):
                continue
            hits.append((start, end, _advice(noun, text[start:end])))
    return hits


_APPROXIMATE = re.compile(r"of\s+(?:about|around|some|nearly|almost|roughly|approximately|a\s+good)\s", re.I)


def _advice(noun: str, span: str) -> str:
    """The message: the French construction and the English one, with the age that was written."""
    age = re.sub(r"^of\s+|\s+years?\b.*$", "", span, flags=re.I | re.S)
    person = noun if noun[:1].isupper() and noun.lower() not in _data()[0] else noun.lower()
    hyphenated = re.sub(r"\s+", "-", age)
    english = (f"'a {person} of {age}' or 'in their forties'" if _APPROXIMATE.match(span)
               else f"'a {hyphenated}-year-old {person}' or '{person}, {age},'")
    return (f"'{noun} {span}' gives a person's age the French way ('un étudiant de 27 ans'); English says "
            f"{english}.")
