"""OMI007: an English preposition or participle left hanging where a French noun or verb was dropped."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .orphans import (BE_FORMS, FRENCH_AUXILIARIES, FRENCH_CLITICS, FRENCH_DETERMINERS, FRENCH_NEGATION,
                      FRENCH_PREPOSED, FRENCH_PREPOSITIONS, SKIPPED_BEFORE_VERB, _Bead, _beads, _french_noun)

PREPOSED = frozenset(fold(w) for w in FRENCH_PREPOSED)

# prepositions that need a noun after them; not those that end phrasal verbs or stand alone as adverbs
# ("the plan he voted for.", "prices went up, then", "they moved in.", "as shown above.")
NOUN_PREPOSITIONS = frozenset("of from without among between during via upon toward towards against despite".split())
STRANDABLE = frozenset("for in on at with about to by into through after before over under around".split())
CLOSING = frozenset(".;:!?)")
COORDINATORS = frozenset("and or nor".split())
# pairs that coordinate two prepositions or adverbs ("before and after", "in and out", "with or without")
PAIRED_PARTICLES = frozenset("""in out on off up down to from for against before after with without over under
back forth above below inside outside""".split())
HYPHEN_RE = re.compile(r"\b[^\W\d_]{2,}-(?=\s|[.,;:!?)])")  # "non- in", "micro-." (not "pre- and post-war")
FRENCH_BE = frozenset("""est sont était étaient sera seront serait seraient été être a ont avait avaient aura
auront aurait auraient""".split())
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
                      "ites", "ert", "erte", "erts", "ertes")


def _orphan_noun_between(bead: _Bead, before: int | None, after: int | None) -> int | None:
    """An orphan French noun (after a determiner or a preposition) between the French counterparts of the
    English content words around the gap, as a token position."""
    low = -1 if before is None else before
    high = len(bead.fr) if after is None else after
    if high - low < 2:
        return None
    for q in range(low + 1, high):
        token = bead.fr[q]
        if (bead.fr_orphan(q) and token.text.islower() and _french_noun(token) and q > 0
                and bead.fr[q - 1].low.replace("’", "'") in FRENCH_DETERMINERS | FRENCH_PREPOSITIONS):
            return q
    return None


def _linked_around(bead: _Bead, p: int) -> tuple[int | None, int | None]:
    """The French token positions firmly linked to the nearest English content words before and after token p."""
    before = next((q for k in range(p, -1, -1) if (q := bead.en_linked(k, firm=True)) is not None), None)
    after = next((q for k in range(p + 1, len(bead.en)) if (q := bead.en_linked(k, firm=True)) is not None), None)
    if before is not None and after is not None and after <= before:
        return before, None  # the two sides in another order: only the left bound holds
    return before, after


def preposition_gaps(text: str, bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for each preposition left without its noun: before a closing
    punctuation mark ("without.", "not on!") or a coordinator ("for and functionality")."""
    en, out = bead.en, []
    for p in range(len(en) - 1):
        x, y = en[p], en[p + 1]
        low = x.low
        if low not in NOUN_PREPOSITIONS | STRANDABLE or text[x.end:y.start] not in ("", " "):
            continue
        if p == 0 or en[p - 1].low in NOUN_PREPOSITIONS | STRANDABLE | COORDINATORS:
            continue
        if y.text in CLOSING and text[x.end:y.start] == "" and low in NOUN_PREPOSITIONS | {"for", "on", "with"}:
            pass  # "without.", "not on weekends" → "not on!"
        elif y.low in COORDINATORS and low in NOUN_PREPOSITIONS | {"for"}:
            if p + 2 < len(en) and en[p + 2].low in PAIRED_PARTICLES | NOUN_PREPOSITIONS | STRANDABLE:
                continue  # "for or against", "of and about"
        else:
            continue
        if any(t.low in ("what", "which", "whom", "who", "where") for t in en[:p]):
            continue  # a relative or a question may strand its preposition ("what they voted for.")
        before, after = _linked_around(bead, p)
        noun = _orphan_noun_between(bead, before, after)
        if noun is not None:
            out.append((x.start, y.end, noun))
    return out


def hyphen_gaps(text: str, source: str, bead: _Bead, span: tuple[int, int]) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for each prefix left hanging: "non- in", "micro-."."""
    out = []
    for match in HYPHEN_RE.finditer(text, *span):
        following = text[match.end():match.end() + 5].split()
        if following and following[0].lower() in COORDINATORS:
            continue  # "pre- and post-war": a shared second half
        p = next((k for k, t in enumerate(bead.en) if t.start <= match.start() < t.end), None)
        if p is None:
            continue
        stem = fold(match.group()[:-1]).lower()
        for q, token in enumerate(bead.fr[:-1]):  # the French compound the prefix began ("non-croyants")
            if (fold(token.low) == stem and source[token.end:token.end + 1] == "-"
                    and bead.fr[q + 1].start == token.end + 1 and bead.fr_orphan(q)):
                out.append((match.start(), match.end(), q))
                break
    return out


HAVE_FORMS = ("has", "have", "had")
# after 'has' a possessive or a complementiser shows the participle is gone; not an article ("has a car")
AFTER_HAVE = frozenset("his her its their our my your that".split())
# 'is' / 'are' and an adverb directly followed by these lost a passive participle ("are sometimes here at", "is
# generally an extremely…") when the French has one after its auxiliary and adverb (*sont parfois organisés*);
# the adverb is required: "are here", "is an" alone are plain copulas
PRESENT_BE = frozenset("is are".split())
AFTER_PRESENT_BE = frozenset("here there as a an the".split())


def participle_gaps(text: str, bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for a passive or perfect whose participle was dropped: an English 'be'
    or 'have' form directly followed by a preposition, a determiner or a quotation mark ("was from the crash
    site", "have been “The Seven Sisters”") where the French auxiliary is followed by a participle with no
    counterpart (*a été enlevé*, *ont été baptisées*)."""
    en, fr, out = bead.en, bead.fr, []
    for p in range(1, len(en) - 1):
        x, y = en[p], en[p + 1]
        k = p + 1
        present = x.low in PRESENT_BE and p > 0 and en[p - 1].low not in ("it", "there", "this", "that", "what")
        while (x.low in HAVE_FORMS or present) and k < len(en) - 1 and (
                en[k].low in SKIPPED_BEFORE_VERB or present and en[k].low.endswith("ly") and len(en[k].low) > 4):
            k += 1  # "Charlie has really just that he is", "are sometimes here at"
        y = en[k]
        if (x.low not in ("been", "was", "were", *HAVE_FORMS) and not present
                or text[en[k - 1].end:y.start] not in (" ", " “", ' "', " «")):
            continue
        if x.low in HAVE_FORMS:
            opens = y.low in AFTER_HAVE  # "has his intention", "has just that": the participle is gone
        elif present:
            opens = y.low in AFTER_PRESENT_BE and k > p + 1  # "are sometimes here at": only after an adverb
        else:
            opens = text[x.end:y.start].strip() or y.text in (("the", "a", "an", "from", "by", "in", "into", "to")
                                                              if x.low == "been" else ("the", "a", "an", "from"))
        if not opens or y.low in ("to", "by") and x.low != "been":
            continue  # "was to leave", "was by far": grammatical
        before, after = _linked_around(bead, p)
        if before is None:
            continue
        for q in range(before + 1, len(fr) if after is None else after):
            if fold(fr[q].low) not in {fold(w) for w in FRENCH_BE} or q + 1 >= len(fr):
                continue
            r = q + 1 if fr[q + 1].low != "été" else q + 2
            while present and r < len(fr) - 1 and (fr[r].low in FRENCH_ADVERBS or fr[r].low.endswith("ment")):
                r += 1  # "sont parfois organisés"
            if (r < len(fr) and bead.fr_orphan(r) and fr[r].low.endswith(PARTICIPLE_ENDINGS)
                    and (x.low not in HAVE_FORMS and not present or bead.fr_linked(r) is None
                         or present and en[bead.fr_linked(r)].low in AFTER_PRESENT_BE)):
                out.append((x.start, y.end, r))
                break
    return out


INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
INFINITIVE_MARKERS = frozenset("à a de d' pour".split())
MODAL_PARTICIPLES = frozenset("pu dû voulu su".split())  # "ont pu conclure": an infinitive after them too
AFTER_TO = frozenset("the a an its their his her our my your that this these those us them him me".split())


def infinitive_gaps(text: str, bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for an infinitive dropped after 'to': "able to that dark matter",
    "the seventh country to the impact" where the French *à*, *de* or *pour* is followed by an infinitive with
    no counterpart (*pu conclure que*, *à subir l'impact*)."""
    en, fr, out = bead.en, bead.fr, []
    for p in range(1, len(en) - 1):
        x, y = en[p], en[p + 1]
        if x.low != "to" or y.low not in AFTER_TO or text[x.end:y.start] != " ":
            continue
        before, after = _linked_around(bead, p)
        if before is None or after is None:
            continue
        for q in range(before + 1, after):
            token = fr[q]
            marker = (fr[q - 1].low.replace("’", "'") in INFINITIVE_MARKERS
                      or fr[q - 1].low in FRENCH_AUXILIARIES | MODAL_PARTICIPLES)
            partner = bead.fr_linked(q)
            # paired with an English leftover: rendered by another word ("lead to" for *engendrer*), unless that
            # word is an adjective after 'be' that the infinitive depends on ("were able to" for *ont pu conclure*)
            if (marker and token.text.islower() and token.low.endswith(INFINITIVE_ENDINGS) and bead.fr_orphan(q)
                    and (partner is None or 0 < partner < p and en[partner - 1].low in BE_FORMS)):
                out.append((x.start, y.end, q))
                break
    return out


# what opens an object or a complement clause: after a subject these show that its verb is gone
OBJECT_OPENERS = frozenset("the a an its their his her our my your us them him it that most all each".split())
FRENCH_ADVERBS = frozenset("""souvent parfois généralement toujours déjà aussi également enfin encore bien même
ainsi alors désormais""".split())
LEFTOVER_REACH = 2  # English tokens before the subject where a word paired with the French verb may render it
POSTPOSED_ENDINGS = ("ique", "iques", "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ais", "aise", "aises",
                     "ien", "ienne", "iens", "iennes")
FRENCH_OBJECT_OPENERS = frozenset("""le la les l' un une des du de d' son sa ses leur leurs ce cet cette ces mon ma mes
notre nos votre vos que qu' tout toute tous toutes la plupart""".split())


def _subject_head(bead: _Bead, s: int) -> bool:
    """Whether French word s ends a noun group: a name, or a noun after a determiner (adjectives between)."""
    fr = bead.fr
    if fr[s].text[0].isupper() or fr[s].text[0].isdigit():
        return True
    k = s - 1
    while k >= 0 and fold(fr[k].low) in PREPOSED:
        k -= 1
    return k >= 0 and fr[k].low.replace("’", "'") in FRENCH_DETERMINERS and not fr[s].low.endswith("ment")


def _french_verb_after(bead: _Bead, s: int) -> int | None:
    """The orphan French verb that follows French word s (its subject), clitics, 'ne', adverbs and an auxiliary
    skipped, when an object or a complement clause opens right after it; as a token position."""
    fr = bead.fr
    if not _subject_head(bead, s):
        return None
    r = s + 1
    while r < len(fr) - 1 and fr[r].text.islower() and r in bead.fr_word and bead.fr_linked(r) is not None and (
            fr[r].low.endswith(POSTPOSED_ENDINGS)):
        r += 1  # "le style gothique a connu": an adjective after the noun, rendered
    if r < len(fr) - 1 and fr[r].low in ("de", "d'", "d’") and fr[r + 1].text[0].isupper():
        r += 1  # "une société de Hong Kong a remporté": a name completing the subject
        while r < len(fr) and fr[r].text[0].isupper():
            r += 1
    if r < len(fr) and fr[r].low == "qui":
        r += 1  # "la culture qui entoure ce commerce"
    while r < len(fr) and (fr[r].low.replace("’", "'") in FRENCH_CLITICS or fr[r].low in FRENCH_ADVERBS
                           or fr[r].low.endswith("ment") and fr[r].text.islower()):
        r += 1
    if r >= len(fr) or not fr[r].text.isalpha() or not fr[r].text.islower():
        return None
    verb = r
    if fold(fr[r].low) in {fold(w) for w in FRENCH_AUXILIARIES}:
        t = r + 1
        while t < len(fr) and (fr[t].low in FRENCH_NEGATION or fr[t].low in FRENCH_ADVERBS):
            t += 1
        if t < len(fr) and fr[t].text.islower() and fr[t].text.isalpha() and t in bead.fr_word:
            verb = t  # "ont découvert": the participle is the verb
        else:
            return None
    if fr[verb - 1].low.replace("’", "'") in ("l'", "le") and fr[verb - 2].low in ("en", "dans", "sur", "à", "de"):
        return None  # "en l'état": a preposition and an article, not clitics
    if not bead.fr_orphan(verb) or fr[verb - 1].low in ("la", "les", "des", "du"):
        return None  # "la plupart", "les projets": a noun, not a verb

    after = verb + 1
    while after < len(fr) and fr[after].low in FRENCH_NEGATION:
        after += 1
    if after >= len(fr):
        return None
    opener = fr[after].low.replace("’", "'")
    return verb if opener in FRENCH_OBJECT_OPENERS or fr[after].text[0].isdigit() else None


def object_gaps(text: str, bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for each subject directly followed by its object, the verb between
    gone: "Investigators that crystals had formed", "new technologies us to see" for *Les enquêteurs ont
    découvert que*, *les nouvelles technologies nous permettent de voir*."""
    en, out = bead.en, []
    for p in range(len(en) - 1):
        s = bead.en_linked(p, firm=True)
        if s is None or en[p].low.endswith("ing") and en[p].text.islower():
            continue  # a gerund is no subject noun ("maintaining its support")
        k = p + 1
        while k < len(en) and (en[k].low in SKIPPED_BEFORE_VERB or en[k].low.endswith("ly") and len(en[k].low) > 4):
            k += 1
        if k >= len(en) or text[en[k - 1].end:en[k].start] != " ":
            continue
        y = en[k]
        if y.low not in OBJECT_OPENERS and not y.text[0].isdigit():
            continue
        if any(bead.en_orphan(j) for j in range(k + 1, min(k + 3, len(en)))):
            continue  # "the water that flows from": an English verb the links missed follows
        verb = _french_verb_after(bead, s)
        if verb is not None and y.low == "that" and any(t.low == "qui" for t in bead.fr[s + 1:verb]):
            continue  # "the water that flows" for *l'eau qui se déverse*: 'that' renders 'qui'
        paired = None if verb is None else bead.fr_linked(verb)
        article = verb is not None and bead.fr[verb - 1].low.replace("’", "'") in ("l'", "le", "la", "les")
        if verb is not None and (paired is None or not article and (paired >= k or paired < p - LEFTOVER_REACH)):
            # a word paired with the French verb only by place, inside the object or far before the subject,
            # renders something else ("its peak" for *a connu son apogée*), unless an article makes the French
            # word a noun ("l'ajout": "the inclusion")
            out.append((en[p].start, y.end, verb))
    return out


ENGLISH_FINITE = frozenset("""is are was were has have had will would can could may might must should does did
shall""".split())


def _finite(token) -> bool:
    """A word shaped like a finite verb: an auxiliary or modal, or a lowercase form in -s or -ed."""
    low = token.low
    return (low in ENGLISH_FINITE or token.text.islower() and len(low) > 3
            and (low.endswith("ed") or low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "ous"))))


def _french_subject_noun(bead: _Bead, start: int, plural: bool = False, verb: int | None = None) -> int | None:
    """The orphan French noun of a subject group opening at French token `start` (a determiner, adjectives,
    the noun, adjectives) when a lowercase word that is no determiner or preposition follows the group.

    'des' opens a subject only in a coordination (`plural`): after a comma it is as often 'de' + 'les'.
    The noun may be paired by place with `verb`, the English verb after the gap, when the French verb after the
    group has no counterpart of its own: the pairing then took the verb's place ("in Britain, marks" for *l'automne
    marque*, the noun sense of *marque* being the lexicon's).
    """
    fr = bead.fr
    determiners = FRENCH_DETERMINERS - {"de", "d'", "d’", "du", "au", "aux"} - (set() if plural else {"des"})
    if start >= len(fr) or fr[start].low not in determiners:
        return None
    k = start + 1
    while k < len(fr) and fold(fr[k].low) in PREPOSED:
        k += 1
    partner = None if k >= len(fr) else bead.fr_linked(k)
    if (k >= len(fr) or not bead.fr_orphan(k) or partner is not None and partner != verb or not fr[k].text.islower()
            or not _french_noun(fr[k])):
        return None  # paired with an English word by place: the subject moved ("The town, which …, lies")
    noun, k = k, k + 1
    while k < len(fr) and fr[k].text.islower() and fr[k].low.endswith(("ique", "iques", "al", "ale", "aux", "ales")):
        k += 1
    if k >= len(fr) or not fr[k].text.isalpha() or not fr[k].text.islower():
        return None
    low = fr[k].low.replace("’", "'")
    if low in FRENCH_DETERMINERS | FRENCH_PREPOSITIONS or low in ("et", "ou", "qui", "que", "qu'", "dont"):
        return None  # the group goes on ("les exportations de vin", "les maisons et les routes")
    if partner is not None and (not bead.fr_orphan(k) or bead.fr_linked(k) is not None):
        return None
    return noun


ADVERBIAL_OPENERS = frozenset("""in on at for from with by after before during since until under over among across
according despite""".split())


def _adverbial_before(en, p: int) -> bool:
    """Whether the English phrase closed by the punctuation at p is an adverbial ("in Spain", "But in Britain"),
    so that it cannot be the subject of the verb after the punctuation."""
    k = p - 1
    while k > 0 and en[k - 1].text not in (",", ":", ";", "(", ")"):
        k -= 1
    while k < p and en[k].low in ("but", "and", "yet", "so"):
        k += 1
    return k < p and en[k].low in ADVERBIAL_OPENERS


COORDINATOR_FR = {"and": "et", "or": "ou"}


def subject_gaps(text: str, bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for a verb right after a comma or a colon, or after 'and' / 'or',
    whose French subject group has no counterpart: "in Spain, are at their lowest" for *en Espagne, les
    exportations sont au plus bas*, "smaller tournaments and are sometimes held" for *des tournois et des
    matchs … sont parfois organisés*."""
    en, fr, out = bead.en, bead.fr, []
    for p in range(1, len(en) - 1):
        if en[p].text not in (",", ":") and en[p].low not in ("and", "or"):
            continue
        k = p + 1
        while k < len(en) and (en[k].low in SKIPPED_BEFORE_VERB or en[k].low.endswith("ly") and len(en[k].low) > 4):
            k += 1
        if k >= len(en) or not _finite(en[k]):
            continue
        if en[p].text in (",", ":") and not _adverbial_before(en, p):
            continue  # "The town, which is …, lies": the subject stands before the comma
        u = _last_token(bead, bead.en_linked(p - 1))
        if u is None or u + 2 >= len(fr) or fr[u + 1].low != COORDINATOR_FR.get(en[p].low, en[p].text):
            continue
        noun = _french_subject_noun(bead, u + 2, plural=en[p].low in COORDINATOR_FR, verb=k)
        if noun is not None:
            out.append((en[p].start, en[k].end, noun))
    return out


def _last_token(bead: _Bead, q: int | None) -> int | None:
    """The last French token of the content word that starts at token q (*Grande-Bretagne* is two tokens)."""
    if q is None or q not in bead.fr_word:
        return q
    end = bead.links.source[bead.fr_word[q]].end
    while q + 1 < len(bead.fr) and bead.fr[q + 1].start < end:
        q += 1
    return q


def _source_span(bead: _Bead, q: int) -> tuple[int, int, str]:
    """The French content word at token q (a compound such as *non-croyants* whole), as (start, end, text)."""
    k = bead.fr_word.get(q)
    word = bead.fr[q] if k is None else bead.links.source[k]
    return word.start, word.end, word.text


def check(ctx):
    text = ctx.doc.text
    for pair, bead in _beads(ctx):
        for start, end, q in (preposition_gaps(text, bead) + hyphen_gaps(text, ctx.source.text, bead, pair.target_span)
                              + subject_gaps(text, bead)):
            s, e, word = _source_span(bead, q)
            yield Hit(start, end, f"A word is missing here: the source's “{word}” has no counterpart, and the "
                                  "English is left hanging.", source_span=(s, e))
        for start, end, q in participle_gaps(text, bead) + infinitive_gaps(text, bead) + object_gaps(text, bead):
            s, e, word = _source_span(bead, q)
            yield Hit(start, end, f"A verb is missing here: the source's “{word}” has no counterpart, and the "
                                  "English is left without it.", source_span=(s, e))


RULE = Rule(
    code="OMI007",
    name="stranded-word",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="An English preposition, prefix or auxiliary left hanging where a French noun or verb has no counterpart.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reads each aligned sentence pair with its word links and reports an English word left hanging by a
dropped word when the French shows what was dropped:

- a preposition that needs a noun, directly followed by a closing punctuation mark or a coordinator
  ("without.", "for and functionality", "because of their country of or their recent travels"),
  while a French noun with no counterpart (after a determiner or a preposition) stands between the
  French words that the English neighbours render;
- a prefix left hanging ("non- in Christian countries", "micro-.") whose French compound has no
  counterpart (*non-croyants*, *micro-expressions*); "pre- and post-war" shares its second half and is
  not reported;
- a passive or perfect that lost its participle: *been* directly followed by a determiner, a
  preposition or a quotation mark, *was*/*were* by a determiner or *from* ("was from the crash site",
  "have been “The Seven Sisters”"), while the French auxiliary is followed by a participle with no
  counterpart (*a été enlevé*, *ont été baptisées*);
- *to* directly followed by a determiner or a pronoun ("able to that dark matter") while a French
  infinitive after *à*, *de*, *pour*, an auxiliary or a modal participle (*ont pu conclure*) has no
  counterpart; an English word paired with the infinitive only by place counts as its rendering ("lead
  to" for *engendrer*) unless it is an adjective after *be* that the infinitive depends on ("were able");
- a subject directly followed by its object, the verb between gone ("Investigators that crystals had
  formed", "new technologies us to study" for *Les enquêteurs ont découvert que*, *les nouvelles
  technologies nous permettent d'étudier*): the English subject renders a French noun group (a name,
  or a noun after a determiner) that is followed by a verb with no counterpart and then by an object
  or a *que*; after *has*, *have*, *had* a possessive or *that* in place of the participle ("A lawyer
  has his intention" for *a exprimé son intention*). The French noun group may carry a rendered
  adjective or a name after its noun ("The Gothic style its peak" for *Le style gothique a connu son
  apogée*, "a Hong Kong company the contract" for *une société de Hong Kong a remporté le contrat*), and
  an English word paired with the French verb only by place counts as its rendering only when it
  stands before the object (a noun inside the object, "its peak", renders something else), unless an
  article makes the French word a noun (*l'ajout*, "the inclusion"); *that* after the subject renders
  a French *qui* when there is one ("the water that flows" for *l'eau qui se déverse*);
- *is* or *are* and an adverb directly followed by *here, there, as* or an article ("matches are
  sometimes here at other times", "is generally an extremely safe place") while the French auxiliary
  and adverb are followed by a participle with no counterpart (*sont parfois organisés*, *est
  généralement considéré*); without the adverb "are here", "is an" are plain copulas and are left alone;
- a verb right after a comma or a colon that closes an adverbial ("in Spain, are at their lowest" for
  *en Espagne, les exportations sont au plus bas*) while the French subject group after the French
  comma has no counterpart, not even an English word paired with it by place;
- an infinitive dropped after *to* ("the seventh country to the impact", "able to that dark matter")
  while the French *à*, *de* or *pour* is followed by an infinitive with no counterpart, not even an
  English word paired with it by place (a verb turned into a noun, "contribute to the establishment
  of" for *contribuer à enclencher*, is restructuring).

Not reported: a subject that moved before the comma ("The town, which is the last bastion of the
rebellion, lies on the border" for *Dernier bastion de la rébellion, cette localité est située*), a
gerund before an object ("maintaining its support"), a preposition and an article read as clitics
(*en l'état*), a preposition that a relative or a question strands ("what they voted for."), two
coordinated particles ("before and after", "for or against"), a copula before a phrase ("she was in
favour" for *elle s'était prononcée en faveur*), and anything whose French counterpart the lexicon or
the encoder links. The source span is the French word with no counterpart. OMI003 reports the seams
that need no source, OMI004–OMI006 the dropped nouns, subjects and verbs they can read from other shapes.
On the 108 French-original WMT14 professional references it warns on no word, rule-only or with the
encoder, and on none of DEMETR's human references or unperturbed translations, while it flags about one
in five of DEMETR's removed verbs (round 9 added five with the noun-group, pairing and present-passive
readings above) and a few removed nouns and subjects that no other rule found
(development data, the patterns were read from it: `benchmarks/demetr.py --modes bi,models`,
`benchmarks/artefacts_wmt.py --bilingual --per-rule`).

## Why is this bad?
A machine translation that drops a word keeps the words around it, so the sentence reads at a glance
while a participant or the action of the claim is gone.

## Example
Source: `Le véhicule a été enlevé du lieu de l'accident vers midi.`
Translation: `The vehicle was from the crash site around noon.` → *enlevé* is missing.
""",
    examples=(
        Example("Researchers were able [[to that]] the drug works.",
                source="Les chercheurs ont pu démontrer que le médicament fonctionne.",
                note="'able' renders 'pu': nothing renders 'démontrer'"),
        Example("In southern Spain[[, marks]] the start of the olive harvest for thousands of farmers.",
                source="Dans le sud de l'Espagne, l'hiver marque le début de la récolte des olives pour des "
                       "milliers d'agriculteurs."),
        Example("Such pressure can lead to the closure of the plant.",
                source="Une telle pression peut engendrer la fermeture de l'usine.",
                note="'lead to' renders 'engendrer'"),
        Example("In southern Spain, winter marks the start of the olive harvest for thousands of farmers.",
                source="Dans le sud de l'Espagne, l'hiver marque le début de la récolte des olives pour des "
                       "milliers d'agriculteurs."),
        Example("The vehicle itself [[was from]] the crash site around noon the same day.",
                source="Le véhicule lui-même a été enlevé du lieu de l'accident vers midi le même jour."),
        Example("The caves, which have [[been “The]] Seven Sisters”, are at least 100 metres wide.",
                source="Les grottes, qui ont été baptisées « Les Sept Sœurs », ont au moins 100 mètres de large."),
        Example("Workers must obey the instructions of their superiors [[without.]]",
                source="Les travailleurs doivent obéir aux instructions de leurs supérieurs sans poser de "
                       "questions."),
        Example("Many of these customs have been adopted by [[non-]] in Christian countries.",
                source="Beaucoup de ces coutumes ont été adoptées par des non-croyants dans les pays chrétiens."),
        Example("France is the seventh country [[to the]] effects of the crisis after Italy.",
                source="La France est le septième pays à subir les effets de la crise après l'Italie."),
        Example("The netbook was launched [[for and]] functionality in 2007.",
                source="Le netbook a été lancé pour des raisons d'économies et de fonctionnalités en 2007."),
        Example("The Gothic [[style its]] peak between the 11th century and the 14th century.",
                source="Le style gothique a connu son apogée entre le XIe siècle et le XIVe siècle."),
        Example("In the end, smaller tournaments [[are sometimes here]] at other times of the year.",
                source="Enfin, des tournois plus petits sont parfois organisés ici à d'autres moments de l'année."),
        Example("The water that flows from the rivers into the oceans comes from the Amazon.",
                source="L'eau qui se jette des rivières dans les océans provient de l'Amazone.",
                note="'that' renders 'qui'"),
        Example("Matches are sometimes here, sometimes in the capital.",
                source="Les matchs sont parfois ici, parfois dans la capitale.", note="a plain copula"),
        Example("[[Investigators that]] crystals had formed in the urine of the cats.",
                source="Les enquêteurs ont découvert que des cristaux s'étaient formés dans l'urine des chats."),
        Example("Go and see the results today: in Spain[[, are]] at their lowest for five years.",
                source="Allez voir les résultats aujourd'hui : en Espagne, les exportations sont au plus bas "
                       "depuis cinq ans."),
        Example("A lawyer [[has his]] intention to take the case to the court.",
                source="Un avocat a exprimé son intention de porter l'affaire devant la cour."),
        Example("The town, which is the last bastion of the rebellion, lies on the border.",
                source="Dernier bastion de la rébellion, cette localité est située à la frontière.",
                note="a subject moved before the comma"),
        Example("The police, who had been alerted, stepped in to separate them.",
                source="Alertés, les gendarmes se sont rendus sur place pour les séparer.", note="a subject moved"),
        Example("The vehicle itself was removed from the crash site around noon the same day.",
                source="Le véhicule lui-même a été enlevé du lieu de l'accident vers midi le même jour."),
        Example("The candidate said that she was in favour of a moratorium on the closure.",
                source="La candidate a dit qu'elle s'était prononcée en faveur d'un moratoire sur la fermeture.",
                note="a participle rendered by a copula and a phrase: restructuring"),
        Example("Such ecosystems can ultimately lead to the creation of new species.",
                source="De tels écosystèmes peuvent engendrer à terme la création de nouvelles espèces.",
                note="a verb turned into a noun"),
        Example("Prices went up in March and came down in April, before and after the vote.",
                source="Les prix ont monté en mars et baissé en avril, avant et après le vote.",
                note="coordinated particles; a subject shared in a coordination"),
        Example("The minister only signed the decree on Monday.",
                source="Le ministre n'a signé le décret que lundi.", note="ne … que: only"),
        Example("This is the law that the deputies voted for.",
                source="C'est la loi pour laquelle les députés ont voté.", note="a stranded preposition in a relative"),
    ),
)

RULES = (RULE,)
