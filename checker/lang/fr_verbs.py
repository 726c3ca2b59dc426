"""Whether a lower-case French word after a noun is the verb of its clause ("La Cour des comptes épingle")."""
from __future__ import annotations

from .names import zipf

FR_VERB_ZIPF = 2.5  # "épingle" + "r" = "épingler" (2.9): the infinitive of an "-er" verb is a French word
# what an object starts with after its verb ("refuse la proposition")
FR_OBJECT_STARTS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cet", "cette", "ces",
                              "son", "sa", "ses", "leur", "leurs"})


def fr_er_present(low: str) -> bool:
    """ "épingle", "refuse", "dénonce": the present of an "-er" verb (its infinitive a French word), which an
    adjective ending in "-e" is not ("nationale", "européenne", "proche": no "-er" verb of theirs)."""
    return len(low) > 3 and low.endswith("e") and low.isalpha() and zipf(low + "r", "fr") >= FR_VERB_ZIPF


def fr_verb_before(low: str, nxt: str) -> bool:
    """`low` is a verb's present when `nxt` opens its object, an incise (",") or a quotation (`nxt` given as
    "«"): a noun's adjective is seldom followed by one ("la famille refuse « pour raison financière »")."""
    return (nxt in FR_OBJECT_STARTS or nxt in (",", "«")) and fr_er_present(low)
