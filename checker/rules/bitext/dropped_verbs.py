"""OMI015: a conjugated French verb with no counterpart, its subject and its complement side by side in the English."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .orphans import (BE_FORMS, DETERMINERS, FRENCH_AUXILIARIES, FRENCH_CLITICS, FRENCH_DETERMINERS, FRENCH_NEGATION,
                      PREPOSITIONS, SKIPPED_BEFORE_VERB, _Bead, _beads)
from .stranded import FRENCH_ADVERBS

REACH = 3  # French tokens after the verb to the first linked word of its complement
FINITE_ENDINGS = ("ent", "ait", "aient", "era", "eront", "erait", "eraient")  # third person: a noun's verb
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
FRENCH_AUX = frozenset(fold(w) for w in FRENCH_AUXILIARIES)
SKIPPED = FRENCH_CLITICS | FRENCH_NEGATION | frozenset(("ne", "n'"))
# English words that may stand between a subject and its complement once the verb is gone: they render no verb
BETWEEN = DETERMINERS | PREPOSITIONS | SKIPPED_BEFORE_VERB | frozenset("this these those i you he she we they".split())
# after a French auxiliary, the English auxiliary renders it, not the participle (*est prélevé à la source*: "is at the
# source"); a participle rendered as an adjective or a verb form would stand between, linked or not
TENSE_AUXILIARIES = BE_FORMS | frozenset("has have had".split())


def _verb(bead: _Bead, q: int) -> bool:
    """Whether French token q is a verb with no counterpart: a finite form in -ent, -ait… right after its linked
    subject noun (clitics and negation skipped), or a participle in -é right after an auxiliary."""
    fr = bead.fr
    token = fr[q]
    if not (bead.fr_orphan(q) and token.text.isalpha() and token.text.islower() and len(token.low) >= 5):
        return False
    low = fold(token.low)
    if low in FRENCH_AUX or low.endswith("ment"):
        return False
    r = q - 1
    while r >= 0 and fr[r].low.replace("’", "'") in SKIPPED:
        r -= 1
    if r < 0:
        return False
    if token.low.endswith(PARTICIPLE_ENDINGS):  # after an auxiliary that follows its subject noun or name
        s = r - 1
        return fold(fr[r].low) in FRENCH_AUX and s >= 0 and (
            _subject_group(bead, s) or fr[s].text[:1].isupper() and s in bead.fr_word and bead.fr_word[s] in bead.firm)
    return (token.low.endswith(FINITE_ENDINGS) and r == q - 1 and _subject_group(bead, r)
            and fr[r].low.endswith(("s", "x")) == token.low.endswith(("ent", "aient")))


def _subject_group(bead: _Bead, r: int) -> bool:
    """Whether French token r ends a noun group that opens on a determiner: the noun, or the noun and one adjective
    ("les cultures minoritaires"), each firmly linked."""
    fr = bead.fr
    for start in (r, r - 1):
        words = range(start, r + 1)
        if (start > 0 and fr[start - 1].low.replace("’", "'") in FRENCH_DETERMINERS
                and all(k in bead.fr_word and bead.fr_word[k] in bead.firm and fr[k].text.islower() for k in words)):
            return True
    return False


def _subject(bead: _Bead, q: int) -> int | None:
    """The English rendering of the last linked French word before verb q (its subject, or what its auxiliary
    follows), as a token position."""
    for r in range(q - 1, max(-1, q - 6), -1):
        if r in bead.fr_word:
            return bead.fr_linked(r) if bead.fr_word[r] in bead.firm else None
    return None


def _complement(bead: _Bead, q: int) -> int | None:
    """The English rendering of the first French content word after verb q, with only grammatical words between."""
    for r in range(q + 1, min(len(bead.fr), q + 1 + REACH)):
        if not bead.fr[r].text.isalpha():
            return None
        if r in bead.fr_word and not bead.fr[r].low.endswith("ment") and bead.fr[r].low not in FRENCH_ADVERBS:
            return bead.fr_linked(r) if bead.fr_word[r] in bead.firm else None  # an adverb may move before the verb
    return None


def _complement_word(bead: _Bead, p: int, q: int) -> bool:
    """Whether English token p renders, by evidence, a French word after verb q ("subsistence agriculture" for *une
    agriculture de subsistance*): a word of the complement put first, not the verb's rendering."""
    r = bead.en_linked(p, firm=True)
    return r is not None and r > q and not bead.en[p].low.endswith(("ed", "ing"))  # a verb form may render the verb


def _after_auxiliary(bead: _Bead, q: int) -> bool:
    """Whether French verb q is a participle right after its auxiliary (clitics and negation skipped)."""
    r = q - 1
    while r >= 0 and bead.fr[r].low.replace("’", "'") in SKIPPED:
        r -= 1
    return r >= 0 and bead.fr[q].low.endswith(PARTICIPLE_ENDINGS) and fold(bead.fr[r].low) in FRENCH_AUX


def dropped(bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French verb position) for each verb whose subject and complement meet in the English."""
    en, out = bead.en, []
    if not en or en[-1].text not in ".!":
        return out  # a headline may drop its verb on purpose
    links = bead.links
    if any(not links.target[j].capitalised for j in links.unlinked_target):
        return out  # an English word linked to nothing may be the verb's rendering, wherever it stands
    for q in range(1, len(bead.fr)):
        if not _verb(bead, q):
            continue
        before, after = _subject(bead, q), _complement(bead, q)
        if before is None or after is None or not before < after or en[after].low.endswith(("ed", "ing")):
            continue  # the complement rendered as a verb ("fighting raged" for *les combats faisaient rage*)
        between = range(before + 1, after)
        allowed = BETWEEN | TENSE_AUXILIARIES if _after_auxiliary(bead, q) else BETWEEN
        if any(en[p].low not in allowed and not _complement_word(bead, p, q) for p in between):
            continue  # a word of the English may render the verb
        out.append((en[before].start, en[after].end, q))
    return out


def check(ctx):
    for pair, bead in _beads(ctx):
        for start, end, q in dropped(bead):
            verb = bead.fr[q]
            yield Hit(start, end, f"A verb is missing here: the source's “{verb.text}” has no counterpart, and its "
                                  "subject and what follows it meet in the English.",
                      source_span=(verb.start, verb.end))


RULE = Rule(
    code="OMI015",
    name="dropped-verb",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A French verb with no counterpart, whose subject and complement meet in the English with no verb "
            "between.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reads each aligned sentence pair with its word links and reports a French verb that nothing in the
English renders when the words on either side of it are rendered side by side. The verb is a lowercase
word with no counterpart that is either a third-person finite form (-ent, -ait, -aient, -era…) right
after its subject noun group (a determiner, the noun and perhaps one adjective, each firmly linked, the
noun's plural agreeing with the verb's: *les agriculteurs cultivent*), or a participle in -é right after
an auxiliary that follows such a noun group or a name (*le pont est fermé*; not *qui sinon auraient
acheté*). Its subject is the last French content word before it, its
complement the first after it (an adverb in -ment or *souvent*, *toujours*… skipped, as English puts it
before the verb). The finding is reported when both are firmly linked, the subject's rendering comes
first, and the English words between the two are only determiners, prepositions, subject pronouns or
adverbs that never render a verb, or words that render the complement's own French words
("subsistence agriculture" for *une agriculture de subsistance*); after a French auxiliary also an English
*is*, *are*, *was*, *were*, *be*, *been*, *has*, *have* or *had*, which renders the auxiliary and not the
participle ("my money is at the source" for *mon argent est prélevé à la source*). Not read: a sentence that ends
without a full stop or an exclamation mark (a headline drops its verb on purpose), and a sentence with
an English content word linked to nothing (it may be the verb's free rendering). The finding spans the
English words from the subject's rendering to the complement's; the source span is the French verb.
A complement rendered as a verb form is the verb's rendering ("fighting raged" for *les combats faisaient
rage*), and so is a verb form between the two.

Development figures, rules only (the conditions were chosen on these sets): 4 of DEMETR's 97 removed
verbs (3 that no other rule found), none of its human references or unperturbed translations, and no
word of the 108 French-original WMT14 references (`benchmarks/demetr.py --modes bi`,
`benchmarks/artefacts_wmt.py --bilingual --no-models --per-rule`). OMI003 reports the dropped verbs
that break the English grammar by themselves ("they will the tour").

## Why is this bad?
A dropped verb loses what the subject did: "The farmers wheat in the valley" no longer says they grow
it, sell it or burn it.

## Example
Source: `Les agriculteurs cultivent du blé dans la vallée.`
Translation: `The farmers wheat in the valley.` → *cultivent* is missing.
""",
    examples=(
        Example("The [[farmers wheat]] in the valley.", source="Les agriculteurs cultivent du blé dans la vallée."),
        Example("The [[children apples]] in the garden.",
                source="Les enfants mangeaient des pommes dans le jardin."),
        Example("The [[contract by the two]] parties.", source="Le contrat est signé par les deux parties."),
        Example("The [[students their exams]] at the library.",
                source="Les étudiants préparaient leurs examens à la bibliothèque."),
        Example("The [[tourists the cathedral]] in the morning.",
                source="Les touristes visitaient la cathédrale le matin."),
        Example("Almost 30% of my [[money is at the source]].",
                source="Presque 30 % de mon argent est prélevé à la source."),
        Example("The farmers grow wheat in the valley.", source="Les agriculteurs cultivent du blé dans la vallée."),
        Example("The bridge has been closed to traffic since Monday.",
                source="Le pont est fermé à la circulation depuis lundi."),
        Example("Almost 30% of my money is deducted at the source.",
                source="Presque 30 % de mon argent est prélevé à la source."),
        Example("The children were eating apples in the garden.",
                source="Les enfants mangeaient des pommes dans le jardin."),
        Example("The unions are demanding a rise in wages.",
                source="Les syndicats réclament une hausse des salaires."),
        Example("Unions: a rise in wages", source="Les syndicats réclament une hausse des salaires",
                note="a headline"),
        Example("Workers often obtain the approval of their superiors.",
                source="Les ouvriers obtiennent souvent l'accord de leurs supérieurs."),
    ),
)

RULES = (RULE,)
