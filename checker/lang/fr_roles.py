"""French feminine role nouns the lexicon lacks, read from the masculine it lists ("la protectrice" → protecteur)."""
from __future__ import annotations

# feminine agent suffixes and the masculine each is made from; the longest that fits is tried first
# ("-trice" before "-ice"); none for "-ine" / "-ale" ("la médecine", "la générale" are no persons)
FR_FEMININE_SUFFIXES = (("trice", "teur"), ("ienne", "ien"), ("euse", "eur"), ("eure", "eur"), ("ière", "ier"),
                        ("ante", "ant"), ("ente", "ent"))


def fr_masculine_forms(low: str) -> tuple[str, ...]:
    """The masculine nouns a French feminine role noun may be made from: "protectrice" → ("protecteur",),
    "vendeuse" → ("vendeur",), "gardienne" → ("gardien",); () for a word of no such form."""
    out = []
    for fem, masc in FR_FEMININE_SUFFIXES:
        if low.endswith(fem) and len(low) > len(fem) + 2:
            out.append(low[:-len(fem)] + masc)
    return tuple(out)
