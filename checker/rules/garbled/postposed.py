"""A relational or classifying adjective after its noun ('the decision final'), as French orders them."""
from __future__ import annotations

import re

# adjectives that classify their noun and stand before it in English ('the final decision'), after it in French
# ('la décision finale'); those GRB012 reads already (-ical, -ous, -ible) are left to it
ADJECTIVES = frozenset("""
final annual presidential economic national constitutional judicial fiscal social medical nuclear environmental
financial commercial industrial agricultural cultural electoral legal historic strategic democratic diplomatic
scientific digital parliamentary ministerial governmental humanitarian sanitary educational municipal
regional federal territorial energetic budgetary monetary ministerial penal fiscal syndical
institutional international european recyclable inexistent nonexistent
""".split())
# nouns French follows with such an adjective; an abstract suffix counts as a noun too
NOUNS = frozenset("""
decision reform crisis policy plan project party power system court report meeting summit debate campaign budget
programme program strategy agency authority council vote deal agreement law bill text court election fabric
tribunal assembly police justice sector market control plant station centre center group union power weapon
weapons risk threat level rate price prices tax taxes aid fund funds body code treaty accord pact step stage round
""".split())
NOUN_SUFFIXES = ("tion", "sion", "ment", "ity", "ance", "ence", "ism", "ure", "ness", "ency", "ancy")  # not -ship: "the championship final"
# English puts these after the noun, or they are nouns themselves after a compound's first part
NOT_POSTPOSED = frozenset("general elect designate martial politic apparent proper present".split())
_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:for|of|in|on|at|with|against|by|from|was|is|were|are|has|had|will"
                    r"|would|which|that|and)\b")
# the noun may be followed by a compound adjective French also puts after it ('a fabric silver-blue recyclable')
_BEFORE = re.compile(r"\b(?i:a|an|the|this|its|their|his|her|our)\s+([a-z]+)\s+(?:[a-z]+-[a-z]+\s+)?$")
# a prefix French joins to the adjective with a hyphen ('un contrôle quasi-inexistant')
_PREFIX = re.compile(r"(?<![\w-])(?:quasi|near|pseudo|ultra)-$")
# a verb that takes an object and its complement ('made the decision final', 'declared the vote legal')
_PREDICATIVE = re.compile(r"\b(?:make|makes|made|making|render|renders|rendered|declare|declares|declared|deem"
                          r"|deems|deemed|consider|considers|considered|judge|judges|judged|call|calls|called|find"
                          r"|finds|found|keep|keeps|kept|rule|ruled|rules)\s+$", re.I)
MESSAGE = ("An adjective after its noun keeps the French order ('la décision finale'); English puts it before the "
           "noun ('the final decision').")


def _is_noun(word: str) -> bool:
    return word in NOUNS or len(word) > 5 and word.endswith(NOUN_SUFFIXES)


def postposed_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for each classifying adjective right after a determiner and its noun, closing the
    noun phrase; found from the text's words, so that only their occurrences are read."""
    from ..lexicon import text_words

    lowered, words = text_words(text)
    hits = []
    for word in (ADJECTIVES - NOT_POSTPOSED) & words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            prefix = _PREFIX.search(text, max(0, at - 7), at) if at and text[at - 1] == "-" else None
            if (text[at:end] == word and at and not text[at - 1].isalnum() and (text[at - 1] != "-" or prefix)
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "-'’"))
                    and _AFTER.match(text, end)):
                begins = prefix.start() if prefix else at
                noun = _BEFORE.search(text, max(0, begins - 60), begins)
                if (noun is not None and _is_noun(noun.group(1))
                        and not _PREDICATIVE.search(text, max(0, noun.start() - 20), noun.start())):
                    hits.append((noun.start(1), end, MESSAGE))
            at = lowered.find(word, end)
    return hits
