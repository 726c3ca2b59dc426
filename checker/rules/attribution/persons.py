"""Whether a noun names a person who speaks: a title, a role noun of the speaker lexicon or a person's suffix."""
from __future__ import annotations

import functools

PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ess", "ee")


@functools.lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(person nouns: titles and role nouns, organisation nouns: "agency", "newspaper", "broadcaster")."""
    from ...data.cache import load_yaml
    from ...lang.names import name_lexicon

    data = load_yaml("speaker_lexicon")
    lex = name_lexicon()
    roles = frozenset(str(w).lower() for words in data["role_nouns"].values() for w in words)
    organisations = frozenset(str(w).lower() for w in data["org_nouns"]) | lex.org_words
    return frozenset(lex.titles) | roles, organisations


def person_noun(word: str) -> bool:
    """'president', 'researcher', 'shopkeeper': a person; not 'newspaper', 'agency', 'broadcaster'."""
    people, organisations = _nouns()
    word = word.lower()
    return word not in organisations and (word in people or word.endswith(PERSON_ENDINGS))
