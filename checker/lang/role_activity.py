"""What an English role noun says of its holder: the activity it is named after, the body its complement names."""
from __future__ import annotations

AGENT_SUFFIXES = ("er", "or")
VERB_ENDINGS = ("ing", "ed", "es", "s")


def _base(word: str, endings: tuple[str, ...]) -> str | None:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return None


def names_activity(role: str, word: str) -> bool:
    """ "singer" and "singing" or "sing", "farmer" and "farms", "runner" and "running": the role noun is the
    doer of the activity the word names (not "writer" and "wrote": only a regular stem is compared)."""
    agent = _base(role.lower(), AGENT_SUFFIXES)
    low = word.lower()
    if agent is None or not low.isalpha():
        return False
    return low == agent or _base(low, VERB_ENDINGS) == agent or low == agent + "e" or \
        _base(low, VERB_ENDINGS) == agent + "e"


COMPLEMENT_LINKS = ("of", "for", "at")


def complement_names(m, nationalities=frozenset()) -> set[str]:
    """The capitalised words of the body a role description's complement names, lowercased: {"syrian",
    "observatory", "human", "rights"} for "the director of the Syrian Observatory for Human Rights"; empty
    for a bare role ("the director") or a complement naming nobody ("the head of research", "the head of the
    American diplomatic service": a nationality alone names no body)."""
    words = m.text.split()
    low = [w.lower() for w in words]
    head = (m.head or "").lower()
    if head not in low:
        return set()
    at = low.index(head)
    if at + 1 >= len(low) or low[at + 1] not in COMPLEMENT_LINKS:
        return set()
    names = {w.strip(",.;:()’'").lower() for w in words[at + 2:] if w[:1].isupper()} - {""}
    return names if names - set(nationalities) else set()
