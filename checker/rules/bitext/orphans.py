"""OMI004-OMI006: a French noun, subject or verb with no English counterpart, where the English shows the hole."""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from ...align.words import LEFTOVER, WordLinks
from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’][^\W_]+)*[’']?|[.,;:!?()]")
FRENCH_TOKEN_RE = re.compile(r"[^\W\d_]+['’]?|\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|[.,;:!?()]")

# ---- English word classes (closed classes and shapes; no tagger) ----
DETERMINERS = frozenset("the a an its their our my your his".split())  # not this / those: pronouns too
PREPOSITIONS = frozenset("""of to in on at by for from with about around after into through during without against
among between toward towards via upon within like compared before""".split())
CONJUNCTIONS = frozenset("and or but nor that which whose whom who if because although whereas when where".split())
AUXILIARIES = frozenset("""is are was were has have had will would can could may might must should shall does did
do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't doesn't didn't
don't""".split())
# what may follow a word that needs a noun, when the noun is gone ("the atmospheric.", "a calm in", "for five.")
# not 'to' ("able to") nor and / or / but, which coordinate adjectives ("political and other matters")
NOUNLESS_FOLLOWERS = (PREPOSITIONS - {"to"}) | (CONJUNCTIONS - {"and", "or", "but", "nor"}) | AUXILIARIES | frozenset(
    ".,;:!?)")
# after a determiner these show its noun is gone; OMI003 reports the seams it can read without the source
NEVER_AFTER_DETERMINER = frozenset("as such like for his".split())
# adjectives that follow their noun ("the members alive", "the seats available")
POSTPOSITIVE = frozenset("alive asleep awake alone afraid aware available possible responsible concerned".split())
# only the end of a clause: a number before a preposition may stand for its noun ("killed five on the square",
# "five of the top six with"), before a comma or 'and' it may be a list ("28 and 58", "on 6, 7 and 8")
NUMBER_FOLLOWERS = frozenset(".;:!?)")
# a partitive names its whole after 'of' with a determiner, a pronoun or a number ("five of the six", "two of
# them", "one of many"); a count before 'of' and a bare word lost its noun ("seven of electoral defeats")
PARTITIVE_WHOLES = frozenset("""the a an its their our my your his her these those them us you whom which whose it
this that all each both every many several few most some other others""".split())
PLURAL_AUXILIARIES = frozenset("were are have".split())
# (not -ary, -ory, -ant, -ent: "secretary", "territory", "plant", "agent" are nouns as often)
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ish", "ian", "ese", "ible", "able")
# endings of adjectives that are never nouns: only these may stand before an auxiliary ("the military may")
STRICT_ENDINGS = ("ive", "ous", "ful", "ible", "able", "ese", "ish")
COMMON_ADJECTIVES = frozenset("""new old big small large great high low long short young true real main local
dark calm moral full free open early late strong weak hard soft clear bright wide deep unfair larger smaller bigger
higher lower older newer greater""".split())
FRENCH_DEGREE = frozenset("plus moins très si aussi trop".split())  # "des écrans plus grands"
# a copula or linking verb before an adjective makes it predicative ("the results are significant.")
COPULAS = frozenset("""is are was were be been being become becomes became remain remains remained seem seems seemed
appear appears appeared look looks looked stay stays stayed prove proved proven feel feels felt sound sounds get gets
got 's ’s 're ’re it them him""".split())  # "declared it admissible": a complement
DEGREE = frozenset("very so too more most less least quite rather fairly really extremely increasingly".split())
SUBJECTS = frozenset("i you he she it we they one there who which that what this these those".split())
# after these a finite verb lacks its subject ("In 1940 stood up", "where can buy"); 'and', 'or', 'but'
# share the subject of the clause before ("…, and can be of several kinds") and are left alone
CLAUSE_OPENERS = frozenset("""when where as if because since while whereas although though until unless once so
before""".split())
CLAUSE_PUNCTUATION = frozenset()  # after a comma, a parenthetical may separate the verb from its subject
SKIPPED_BEFORE_VERB = frozenset("""also still often never always only just even really probably maybe perhaps generally
usually already not sometimes finally indeed""".split())
BE_FORMS = frozenset("is are was were be been being".split())
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
fifty hundred thousand""".split())

# ---- French ----
FRENCH_DETERMINERS = frozenset("""le la les l' l’ un une des du de d' d’ au aux son sa ses leur leurs ce cet cette ces
mon ma mes ton ta tes notre nos votre vos""".split())
FRENCH_PREPOSITIONS = frozenset("à a de d' d’ en par pour sur dans avec sans entre contre vers chez comme".split())
# the French adjectives that stand before their noun ("nouvelles technologies", "véritables civilisations")
FRENCH_PREPOSED = frozenset("""nouveau nouvel nouvelle nouveaux nouvelles grand grande grands grandes petit petite
petits petites vieux vieil vieille vieilles jeune jeunes bon bonne bons bonnes mauvais mauvaise mauvaises beau bel
belle beaux belles gros grosse grosses haut haute hauts hautes long longue longs longues véritable véritables vrai
vraie vrais vraies ancien ancienne anciens anciennes prochain prochaine prochains prochaines moindre moindres meilleur
meilleure meilleurs meilleures faux fausse fausses plein pleine pleins pleines simple simples seul seule seuls seules
célèbre célèbres premier première premiers premières dernier dernière derniers dernières principal principale
principaux principales fameux fameuse fameuses nombreux nombreuses rares multiples divers diverses différents
différentes""".split())
# units a translation leaves implicit after a number ("à 14 ans" is "at 14", "à 9 heures" is "at 9am")
IMPLICIT_UNITS = frozenset("heures heure h".split())
AGE_UNITS = frozenset("ans an".split())  # an age is said without them ("mariée à 14 ans": "married at 14")
DURATION = frozenset("depuis pendant durant dans sur après avant pour".split())  # ... unless a duration
FRENCH_NUMBERS = frozenset("""deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante
cinquante soixante cent cents mille""".split())
FRENCH_SUBJECTS = frozenset("je j' j’ tu il elle on nous vous ils elles".split())
FRENCH_CLITICS = frozenset("""ne n' n’ se s' s’ me m' m’ te t' t’ le la l' l’ les lui leur y en nous vous""".split())
# 'il' that stands for no one (il y a, il faut, il s'agit…): no subject to lose
IMPERSONAL = ("y", "faut", "fall", "faudr", "agit", "agiss", "sembl", "suffi", "para", "rest", "exist", "manqu",
              "convien", "import", "vaut", "valait", "pleu")  # beginnings of the word after 'il' ("il y a")
FRENCH_AUXILIARIES = frozenset("""a ai as avons avez ont avait avaient avais aurait auraient aura auront eu est sont
suis es sommes êtes était étaient étais sera seront serait seraient été va vont vais allait peut peuvent pouvait
pouvaient pourra pourrait doit doivent devait devaient devrait veut veulent voulait""".split())
FRENCH_ADJECTIVE_ENDINGS = ("ique", "iques", "el", "elle", "els", "elles", "al", "ale", "aux", "ales", "if", "ive",
                            "ifs", "ives", "eux", "euse", "euses", "aire", "aires", "ien", "ienne", "iens", "iennes",
                            "ais", "aise", "aises", "able", "ables", "ible", "ibles")
FRENCH_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant", "ante", "ants", "antes")
FRENCH_NEGATION = frozenset("pas plus jamais rien guère point".split())


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")


def _tokens(regex: re.Pattern, text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in regex.finditer(text, start, end)]


def _index_words(tokens: list[Token], words) -> dict[int, int]:
    """Token position -> index of the content word that starts inside it."""
    by_start = {w.start: k for k, w in enumerate(words)}
    out = {}
    for p, token in enumerate(tokens):
        for offset in range(token.start, token.end):
            if offset in by_start:
                out[p] = by_start[offset]
                break
    return out


@dataclass(frozen=True, slots=True)
class _Bead:
    """One aligned pair read token by token, with the word links on both sides."""

    en: list[Token]
    fr: list[Token]
    en_word: dict[int, int]  # English token position -> target content word index
    fr_word: dict[int, int]
    links: WordLinks
    to_source: dict[int, int]  # target word index -> source word index
    to_target: dict[int, int]
    firm: frozenset[int]  # source word indexes linked by evidence, not only paired as leftovers
    firm_pairs: frozenset[tuple[int, int]]  # (target word, source word) linked by evidence

    def en_linked(self, p: int, firm: bool = False) -> int | None:
        """The French token position of the word English token p is linked to (by evidence only, if `firm`)."""
        j = self.en_word.get(p)
        i = None if j is None else self.to_source.get(j)
        if i is None or firm and (j, i) not in self.firm_pairs:
            return None
        return next((q for q, k in self.fr_word.items() if k == i), None)

    def fr_linked(self, q: int) -> int | None:
        i = self.fr_word.get(q)
        j = None if i is None else self.to_target.get(i)
        if j is None:
            return None
        return next((p for p, k in self.en_word.items() if k == j), None)

    def fr_orphan(self, q: int) -> bool:
        """Whether French token q is a content word (not a name, number or light word) with no counterpart."""
        if not 0 <= q < len(self.fr) or q not in self.fr_word:
            return False
        word = self.links.source[self.fr_word[q]]
        return (self.fr_word[q] not in self.firm and not word.light and not word.number
                and not word.capitalised)

    def en_orphan(self, p: int) -> bool:
        if not 0 <= p < len(self.en) or p not in self.en_word:
            return False
        word = self.links.target[self.en_word[p]]
        return self.en_word[p] not in self.to_source and not word.light and not word.capitalised


def _bead(text: str, source: str, pair, links: WordLinks) -> _Bead:
    en = _tokens(TOKEN_RE, text, *pair.target_span)
    fr = _tokens(FRENCH_TOKEN_RE, source, *pair.source_span)
    to_source, to_target = {}, {}
    for i, j, _ in links.links:
        to_source.setdefault(j, i)
        to_target.setdefault(i, j)
    # a French word only paired with an English leftover at the same place may still be the dropped one
    firm = frozenset(i for i, _, strength in links.links if strength > LEFTOVER)
    firm_pairs = frozenset((j, i) for i, j, strength in links.links if strength > LEFTOVER)
    return _Bead(en, fr, _index_words(en, links.target), _index_words(fr, links.source), links, to_source, to_target,
                 firm, firm_pairs)


_READ: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # context -> its (pair, bead)s
# the aligner's score a pair needs to be read (0.5 until round 12): the words a translation dropped lower the score
# of the very pairs these rules read; on DEMETR 0.3 added 2 rows found, on the WMT14 references no warning
MIN_SCORE = 0.3


def _beads(ctx) -> tuple:
    """Each aligned pair with its token reading, read once per context for the rules that walk them."""
    found = _READ.get(ctx)
    if found is None:
        text, source = ctx.doc.text, ctx.source.text
        found = _READ[ctx] = tuple(
            (pair, _bead(text, source, pair, links)) for pair, links in zip(ctx.get("pair.sentences"),
                                                                          ctx.get("pair.words"))
            if links is not None and pair.source and pair.target and pair.score >= MIN_SCORE)
    return found


def _adjacent(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] in ("", " ")


def _adjective(token: Token, french: Token | None = None) -> bool:
    """An adjective by its form; capitalised only as an adjective of nationality, lowercase in French ("British"
    for *britannique*)."""
    low = token.low
    if not low.isalpha() or token.text[0].isupper() and not (french is not None and french.text.islower()):
        return False
    return low in COMMON_ADJECTIVES or len(low) >= 5 and low.endswith(ADJECTIVE_ENDINGS) and not low.endswith("ment")


def _french(bead: _Bead, p: int) -> Token | None:
    q = bead.en_linked(p)
    return None if q is None else bead.fr[q]


def _strict_adjective(token: Token) -> bool:
    return token.low in COMMON_ADJECTIVES or token.low.endswith(STRICT_ENDINGS)


def _number(token: Token) -> bool:
    return token.text[0].isdigit() or token.low in NUMBER_WORDS


def _bare_number(text: str, en: list[Token], p: int) -> bool:
    """A count that needs a noun: not a year, a time ("9:30"), an amount ("$2.71") or a date ("9/11")."""
    token = en[p]
    if token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20"):
        return False
    return not text[max(0, token.start - 1):token.start] in (":", "$", "€", "£", ".", ",", "/")  # "9/11", "24/7"


def _predicative(en: list[Token], p: int) -> bool:
    """Whether English token p follows a copula ("are significant", "became very large") or 'the more'."""
    if p >= 2 and en[p - 1].low in DEGREE and en[p - 2].low == "the":
        return True  # "all the more radical for it"
    k = p - 1
    while k >= 0 and (en[k].low in DEGREE or en[k].low.endswith("ly") and len(en[k].low) > 4):
        k -= 1
    return k >= 0 and en[k].low in COPULAS


def _french_noun(token: Token) -> bool:
    """Not a French adjective by its form or by the list of those that stand before their noun."""
    low = fold(token.low)
    return low not in {fold(w) for w in FRENCH_PREPOSED} and not token.low.endswith(FRENCH_ADJECTIVE_ENDINGS)


def _introduced(fr: list[Token], q: int) -> bool:
    """Whether French token q opens a noun group: a determiner or a preposition before it."""
    return q > 0 and fr[q - 1].low.replace("’", "'") in FRENCH_DETERMINERS | FRENCH_PREPOSITIONS


def _french_noun_beside(bead: _Bead, q: int, rendered_adjective: bool = False) -> int | None:
    """The orphan French noun that French token q (an adjective or a number) modifies, as a token position:
    after a preposed adjective or a number that opens a noun group ("de nouvelles technologies", "250 mètres"),
    or before a postposed adjective ("des caractéristiques atmosphériques"). With `rendered_adjective`, the
    English word linked to q is an adjective that is never a noun ("unfair", "calm"), so q is an adjective
    whatever its ending (*injuste*, *calme*)."""
    fr = bead.fr
    number = fr[q].text[0].isdigit() or fr[q].low in FRENCH_NUMBERS
    if (not number and not rendered_adjective and _french_noun(fr[q])
            and not fr[q].low.endswith(FRENCH_PARTICIPLE_ENDINGS)):
        return None  # the English modifier renders no French adjective ("scandal" for "affaire")
    preposed = number or fold(fr[q].low) in {fold(w) for w in FRENCH_PREPOSED}
    if preposed and bead.fr_orphan(q + 1) and (_introduced(fr, q) or number):
        unit = fold(fr[q + 1].low)
        if number and unit.endswith("ent"):
            return None  # "les deux cas identifiés en mai 2013 restent": a verb after the number
        if not number or unit not in IMPLICIT_UNITS and not (unit in AGE_UNITS and fr[q - 1].low not in DURATION):
            return q + 1
    degree = q >= 2 and fr[q - 1].low in FRENCH_DEGREE  # "des écrans plus grands": after its noun all the same
    head = q - 2 if degree else q - 1
    if not preposed and not degree:
        head = _before_coordinated(fr, q)  # "les caractéristiques géographiques, topographiques et atmosphériques"
    if ((not preposed or degree) and bead.fr_orphan(head) and _introduced(fr, head)
            and fold(fr[head].low) not in {fold(w) for w in FRENCH_PREPOSED}):  # "un haut responsable": 'official'
        return head
    return None


COORDINATORS = frozenset(", et ou".split())


def _before_coordinated(fr: list[Token], q: int) -> int:
    """The French token before postposed adjective q and the adjectives coordinated with it ("géographiques,
    topographiques et" before *atmosphériques*): where their shared noun stands."""
    head = q - 1
    while (head >= 2 and fr[head].low in COORDINATORS and fr[head - 1].text.isalpha()
           and fr[head - 1].text.islower() and fr[head - 1].low.endswith(FRENCH_ADJECTIVE_ENDINGS)):
        head -= 2
    return head


def _bare_whole(en: list[Token], p: int) -> bool:
    """Whether English token p, after a count and 'of', opens no partitive's whole: a lowercase word that is not a
    determiner, a pronoun or a number ("seven of electoral defeats", not "seven of the ten")."""
    return (p < len(en) and en[p].text.isalpha() and en[p].text.islower() and en[p].low not in PARTITIVE_WHOLES
            and not _number(en[p]))


def _finite_shape(token: Token) -> bool:
    """A word shaped like a finite verb: an auxiliary, or a form in -s (not -ss, -us, -is) or -ed."""
    low = token.low
    return (low in AUXILIARIES or len(low) > 3 and (low.endswith("ed") or low.endswith("s")
                                                    and not low.endswith(("ss", "us", "is", "'s"))))


def noun_gaps(text: str, source: str, bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token position) for each modifier left without its noun."""
    out = []
    en = bead.en
    for p in range(len(en) - 1):
        x, y = en[p], en[p + 1]
        if not _adjacent(text, x, y) and y.text not in ".,;:!?)":
            continue
        number = _number(x)
        if number and not _bare_number(text, en, p):
            continue
        if number:
            # "Nearly 20,000 were destroyed" (*20 000 maisons ont été détruites*): a count before its verb
            follower = (y.low in NUMBER_FOLLOWERS or y.low in PLURAL_AUXILIARIES and x.text[0].isdigit()
                        or y.low == "of" and _bare_whole(en, p + 2))
        else:
            follower = (y.low in NOUNLESS_FOLLOWERS and (y.low not in AUXILIARIES or _strict_adjective(x))
                        and _adjective(x, _french(bead, p)) and x.low not in POSTPOSITIVE and not _predicative(en, p)
                        and (x.text.islower() or p > 0)
                        and not (y.text == "," and p + 2 < len(en) and _adjective(en[p + 2]))  # "a moral, religious"
                        and (not p or en[p - 1].low not in DETERMINERS or _strict_adjective(x)))  # "the musical,"
        if follower:
            q = bead.en_linked(p)
            if q is None and number:
                q = next((r for r, t in enumerate(bead.fr) if fold(t.text) == fold(x.text)), None)
            firm = q is not None and bead.en_linked(p, firm=True) == q
            noun = None if q is None else _french_noun_beside(bead, q, not number and firm and _strict_adjective(x))
            if noun is not None:
                out.append((x.start, y.end, noun))
                continue
        noun = _subject_noun_gap(bead, p)
        if noun is not None:
            out.append((x.start, y.end, noun))
            continue
        if (x.low in DETERMINERS and y.text[0].islower() and _finite_shape(y)
                and (p + 2 >= len(en) or p + 2 not in bead.en_word or _number(en[p + 2]))):  # "the holds 80%"
            # "the reveals": the word after the determiner renders the French word after an orphan noun
            q = bead.en_linked(p + 1)
            if (q is not None and q >= 2 and bead.fr_orphan(q - 1) and bead.fr[q - 2].low in FRENCH_DETERMINERS
                    and not bead.fr[q].low.endswith(("s", "x")) and _french_noun(bead.fr[q - 1])
                    and (p + 2 >= len(en) or en[p + 2].low not in AUXILIARIES)):  # a verb after its subject
                out.append((x.start, y.end, q - 1))
        # "read an like this", "his for drugs" (not a possessive before a stop: "not a juvenile's." is elliptical)
        if (x.low in DETERMINERS and y.text.islower() and _adjacent(text, x, y)
                and y.low in NEVER_AFTER_DETERMINER - ({"like"} if x.low == "the" else set())):
            noun = _nearest_orphan_noun(bead, p)
            if noun is not None:
                out.append((x.start, y.end, noun))
    return out


def _subject_noun_gap(bead: _Bead, p: int) -> int | None:
    """The orphan French subject noun lost between English modifier p and the verb after it ("The Gothic reached
    its peak" for *Le style gothique a connu son apogée*, "big have their own planes"), as a token position.

    English token p is an adjective firmly linked to a French adjective of a noun group whose head noun has no
    counterpart; English token p + 1 is shaped like a finite verb and renders the first French word after that
    noun group (an auxiliary in French: the English word linked to the participle after it), so it is the group's
    verb, not a noun the adjective modifies ("economic reforms" renders *réformes économiques*, whose noun comes
    before the adjective).
    """
    en, fr = bead.en, bead.fr
    x, y = en[p], en[p + 1]
    if not _finite_shape(y) or not y.text.islower() or not _adjective(x, _french(bead, p)) or _predicative(en, p):
        return None
    if p + 2 < len(en) and en[p + 2].low in AUXILIARIES | BE_FORMS | frozenset(("of",)):
        return None  # "the French accounts were": the English word after the adjective is a noun after all
    q = bead.en_linked(p, firm=True)
    if q is None:
        return None
    noun = _french_noun_beside(bead, q)
    if noun is None or noun == q + 1 and fold(fr[q].low) not in {fold(w) for w in FRENCH_PREPOSED}:
        return None
    end = max(noun, q) + 1  # the first French word after the noun group, object clitics skipped ("nous permet")
    while end < len(fr) - 1 and fr[end].low in FRENCH_CLITICS - {"le", "la", "l'", "les", "en", "y"}:
        end += 1
    if end >= len(fr) or not fr[end].text.islower():
        return None
    auxiliary = fold(fr[end].low) in {fold(w) for w in FRENCH_AUXILIARIES}
    if y.low in AUXILIARIES:
        return noun if auxiliary else None
    verb = bead.en_linked(p + 1, firm=True)
    if verb is None and auxiliary and bead.en_linked(p + 1) == noun:
        return noun  # the English verb paired with the lost noun only as a leftover: its French verb is unknown
    return noun if verb == end or auxiliary and verb == end + 1 else None


def _nearest_orphan_noun(bead: _Bead, p: int) -> int | None:
    """The orphan French noun (after a determiner) nearest English token p's relative place, if any."""
    fr, en = bead.fr, bead.en
    nouns = [q for q in range(1, len(fr)) if bead.fr_orphan(q) and fr[q - 1].low.replace("’", "'")
             in FRENCH_DETERMINERS - {"de", "d'"}]
    if not nouns:
        return None
    where = p / max(len(en) - 1, 1)
    return min(nouns, key=lambda q: abs(q / max(len(fr) - 1, 1) - where))


def _french_subjects(bead: _Bead) -> list[tuple[int, int]]:
    """(subject pronoun position, verb position) for each French subject pronoun before its verb."""
    fr, out = bead.fr, []
    for q, token in enumerate(fr):
        low = token.low.replace("’", "'")
        if low not in FRENCH_SUBJECTS or q and fr[q - 1].text == "-":
            continue
        if q and fr[q - 1].low in ("que", "qu'", "qu’") and low in ("nous", "vous"):
            continue  # an object pronoun after 'que'
        r = q + 1
        while r < len(fr) and fr[r].low.replace("’", "'") in FRENCH_CLITICS and r - q < 4:
            r += 1
        if r >= len(fr) or not fr[r].text[0].isalpha():
            continue
        if low == "il" and (fold(fr[q + 1].low).startswith(IMPERSONAL) or fold(fr[r].low).startswith(IMPERSONAL)):
            continue
        verb = r
        if fold(fr[r].low) in {fold(w) for w in FRENCH_AUXILIARIES}:
            s = r + 1
            while s < len(fr) and (fr[s].low in FRENCH_NEGATION | {"pu", "dû", "été", "déjà", "encore", "bien"}
                                   or fr[s].low.endswith("ment")):  # "on l'a déjà rapidement dit"
                s += 1
            if s < len(fr) and fr[s].text.isalpha() and fr[s].text.islower() and s in bead.fr_word:
                verb = s
        if not fr[verb].text.islower():
            continue  # a name after the auxiliary ("quand on a Matt Pokora"): no verb to find
        out.append((q, verb))
    return out


FRENCH_BE = frozenset("est sont était étaient sera seront serait seraient suis es sommes êtes".split())
ENGLISH_OBJECT_OPENERS = DETERMINERS | frozenset("that this these those them him her us it".split())


def _conjugated(bead: _Bead, q: int, verb: int) -> bool:
    """Whether French token `verb` is the conjugated word right after subject q and its clitics, not a
    participle after an auxiliary."""
    fr = bead.fr
    r = q + 1
    while r < verb and fr[r].low.replace("’", "'") in FRENCH_CLITICS:
        r += 1
    return (r == verb and fold(fr[verb].low) not in {fold(w) for w in FRENCH_AUXILIARIES}
            and not fr[verb].low.endswith(FRENCH_PARTICIPLE_ENDINGS))


def _finite_past(bead: _Bead, q: int, verb: int, p: int) -> bool:
    """Whether English token p, in -ed, is a finite past with its object ("As watched the eclipse", "if made
    them work") rather than a participle clause ("when asked"): the French verb is conjugated (*je regardais*,
    *on faisait*) and a determiner or an object pronoun follows the English word."""
    en = bead.en
    return _conjugated(bead, q, verb) and p + 1 < len(en) and en[p + 1].low in ENGLISH_OBJECT_OPENERS


def _same_passive(bead: _Bead, q: int, verb: int, skipped: list[str]) -> bool:
    """Whether the French says the same passive with a personal subject (*comme ils sont écrits*, "as are
    spelled"), so that the English passive lost that subject; *on* is impersonal ("as was reported")."""
    fr = bead.fr
    return (fr[q].low not in ("on",) and verb >= 1 and fr[verb - 1].low in FRENCH_BE
            and fr[verb].low.endswith(FRENCH_PARTICIPLE_ENDINGS + ("is", "it", "its", "ite", "ites", "us", "ue", "ues",
                                                                     "t", "ts", "te", "tes")))


def subject_gaps(bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token position) for each English finite verb whose French subject was lost."""
    en, out = bead.en, []
    for q, verb in _french_subjects(bead):
        p = bead.fr_linked(verb)
        if p is None:
            continue
        word = en[p].low
        if (word in CLAUSE_OPENERS | CONJUNCTIONS | PREPOSITIONS | SUBJECTS | SKIPPED_BEFORE_VERB
                or word.endswith(("ing", "ly"))
                or bead.links.target[bead.en_word[p]].light) or p and en[p - 1].low == "to":
            continue
        if p + 1 < len(en) and en[p + 1].low in AUXILIARIES | BE_FORMS:
            continue  # "If emphasis was put on…": the English word is the subject of another verb
        k, skipped = p - 1, []
        while k >= 0 and (en[k].low in AUXILIARIES | BE_FORMS | SKIPPED_BEFORE_VERB
                          or en[k].low.endswith("ly") and len(en[k].low) > 4):
            skipped.append(en[k].low)
            k -= 1
        after_number = k >= 0 and en[k].text[0].isdigit()
        if (not set(skipped) & AUXILIARIES and word.endswith(("ed", "en", "wn")) and not after_number
                and not _finite_past(bead, q, verb, p)):
            continue  # a participle clause ("when asked", "if not treated promptly", "as already mentioned")
        if (skipped and set(skipped) & BE_FORMS and word.endswith(("ed", "en", "wn"))
                and not _same_passive(bead, q, verb, skipped)):
            continue  # a passive: the English says it with another subject, or none
        if k < 0:
            if not skipped or not en[p].text[:1].islower() and not en[0].text[:1].isupper():
                continue
            if en[-1].text == "?":
                continue  # a question opens on its auxiliary
            opener = en[0]
        else:
            before = en[k]
            if not (before.text in CLAUSE_PUNCTUATION or before.low in CLAUSE_OPENERS
                    or before.text[0].isdigit() and not skipped):
                continue
            opener = en[k + 1]
        if opener.low in SUBJECTS:
            continue
        out.append((opener.start, en[p].end, q))
    opening = _opening_without_subject(bead)
    if opening is not None and not any(start == opening[0] for start, _, _ in out):
        out.append(opening)
    return out


def _opening_without_subject(bead: _Bead) -> tuple[int, int, int] | None:
    """A statement whose French opens on a subject noun with no counterpart ("Les enquêteurs ont découvert…")
    and whose English opens on the rendering of a later French word, its verb ("Found that crystals…")."""
    en, fr = bead.en, bead.fr
    if len(en) < 4 or len(fr) < 4 or en[-1].text != "." or not en[0].text[:1].isupper():
        return None
    p = 0
    while p < len(en) and (en[p].low in SKIPPED_BEFORE_VERB | AUXILIARIES or en[p].low.endswith("ly")):
        p += 1
    if p >= len(en) or p not in bead.en_word:
        return None
    word = en[p].low
    if (word in DETERMINERS | PREPOSITIONS | CONJUNCTIONS | SUBJECTS | CLAUSE_OPENERS | NUMBER_WORDS
            or word.endswith("ing") or not en[p].text.isalpha()
            or p == 0 and word.endswith(("ed", "en")) or p and en[p].text[0].isupper()):
        return None  # a gerund or a participle may open a statement ("Founded in 1990, …"); a name is a subject
    if fr[0].low.replace("’", "'") not in FRENCH_DETERMINERS - {"de", "d'", "à", "au", "aux"} or not bead.fr_orphan(1):
        return None
    q = bead.en_linked(p, firm=True)
    if (q is None or q <= 2 or not fr[q].text.islower() or _introduced(fr, q) or fr[q - 1].text[0].isdigit()
            or fr[q].low.endswith(FRENCH_ADJECTIVE_ENDINGS)):
        return None  # the English word renders a French noun or adjective ("Reindeer" for "de rennes"), not a verb
    return en[0].start, en[p].end, 1




# ---- verbs ----
RELATIVES = frozenset("who which that".split())
MODALS = frozenset("will would can could must may might should shall".split())
FRENCH_MODALS = frozenset("""va vont vais allait allaient peut peuvent pouvait pouvaient pourra pourront pourrait
pourraient doit doivent devait devaient devra devrait devraient veut veulent voulait""".split())
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
# not a determiner: "which the authorities used" is a relative with its own subject
RELATIVE_FOLLOWERS = PREPOSITIONS - {"of"}
# adverbial phrases that may stand between a relative or a modal and its verb ("which in turn reports")
ADVERBIAL_IDIOMS = frozenset("""turn particular first least last once part fact general effect short addition return
principle theory practice future time times course example instance contrast total""".split())


def _orphan_verb_after(bead: _Bead, q: int, infinitive: bool = False) -> int | None:
    """The orphan French verb right after French token q (clitics, 'ne' and an auxiliary skipped)."""
    fr = bead.fr
    r = q + 1
    while r < len(fr) and fr[r].low.replace("’", "'") in FRENCH_CLITICS:
        r += 1
    if r < len(fr) and not infinitive and fold(fr[r].low) in {fold(w) for w in FRENCH_AUXILIARIES}:
        r += 1
    if r >= len(fr) or not bead.fr_orphan(r) or not fr[r].text.islower():
        return None
    if infinitive and not fr[r].low.endswith(INFINITIVE_ENDINGS):
        return None
    return r


def verb_gaps(text: str, bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token position) for each relative or modal left without its verb."""
    en, fr, out = bead.en, bead.fr, []
    relatives = [q for q, t in enumerate(fr) if t.low == "qui"]
    modals = [q for q, t in enumerate(fr) if fold(t.low) in {fold(w) for w in FRENCH_MODALS}]
    for p in range(len(en) - 1):
        x, y = en[p], en[p + 1]
        if not _adjacent(text, x, y) or not y.text.islower() or p + 2 < len(en) and en[p + 2].low in ADVERBIAL_IDIOMS:
            continue
        if x.low in RELATIVES and y.low in RELATIVE_FOLLOWERS and p and en[p - 1].low not in PREPOSITIONS:
            candidates = relatives  # "peacekeepers, who in Haiti": qui sont arrivés
            infinitive = False
        elif x.low in MODALS and y.low in PREPOSITIONS - {"of"} and p:
            candidates = modals  # "your hands will with the": va réagir
            infinitive = True
        else:
            continue
        where = p / max(len(en) - 1, 1)
        for q in sorted(candidates, key=lambda q: abs(q / max(len(fr) - 1, 1) - where))[:1]:
            verb = _orphan_verb_after(bead, q, infinitive)
            if verb is not None:
                out.append((x.start, y.end, verb))
    return out

def check_nouns(ctx):
    text, source = ctx.doc.text, ctx.source.text
    for pair, bead in _beads(ctx):
        last = {q: (start, end) for start, end, q in noun_gaps(text, source, bead)}  # the gap follows the last
        for q, (start, end) in sorted(last.items(), key=lambda item: item[1]):
            noun = bead.fr[q]
            yield Hit(start, end, f"A noun is missing here: the source's “{noun.text}” has no counterpart, and the "
                                  "English word before the gap is left without its noun.",
                      source_span=(noun.start, noun.end))


def check_verbs(ctx):
    text = ctx.doc.text
    for pair, bead in _beads(ctx):
        for start, end, q in verb_gaps(text, bead):
            verb = bead.fr[q]
            yield Hit(start, end, f"A verb is missing here: the source's “{verb.text}” has no counterpart, and this "
                                  "relative or modal has no verb after it.", source_span=(verb.start, verb.end))


def check_subjects(ctx):
    for pair, bead in _beads(ctx):
        for start, end, q in subject_gaps(bead):
            pronoun = bead.fr[q]
            yield Hit(start, end, f"A subject is missing here: the source's “{pronoun.text.rstrip('’' + chr(39))}” "
                                  "has no counterpart, and this verb has no subject.",
                      source_span=(pronoun.start, pronoun.start + len(pronoun.text.rstrip("’'"))))


DROPPED_NOUN = Rule(
    code="OMI004",
    name="dropped-noun",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A French noun with no counterpart, whose English modifier or determiner is left without a noun.",
    check=check_nouns,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reads each aligned sentence pair with its word links and reports the place where a French noun
was dropped and the English shows the hole: an adjective or a number directly followed by
punctuation, a preposition, a conjunction or an auxiliary ("topographical and atmospheric.", "a
calm in broad daylight", "from 100 to 250."; a figure before *were*, *are* or *have*: "Nearly 20,000
were destroyed"; a count before *of* and a bare word, "seven of electoral defeats", not a partitive such
as "seven of the ten") while the French word it renders stands beside a
French content word that has no English counterpart (*caractéristiques atmosphériques*, *250
mètres*), or the adjective closes a list of postposed adjectives that share that noun (*les
caractéristiques géographiques, topographiques et atmosphériques*); an English adjective that is never a noun ("unfair", "calm") makes its French counterpart
an adjective whatever its ending (*injuste*, *calme*); or a determiner directly followed by the
English rendering of the French word that comes after a determiner and a noun with no counterpart
("the reveals" for *l'échantillon révèle*, "20% of the holds 80%" for *20 % de la population détient 80 %*: a
count after that word is its object, not a noun it modifies). Not reported: a predicative adjective after a copula ("the results are significant."),
a French neighbour that is a name, a number or a light word, and an English word after the
determiner that is followed by an unlinked English word (a noun the lexicon missed). A subject noun
dropped before its verb is read the same way: an adjective directly followed by a word shaped like a
finite verb ("the regional approved the budget", "The Gothic reached its peak") when the adjective
renders a French adjective whose noun has no counterpart and the English verb renders the first French
word after that noun group (or the participle after its auxiliary), so it is the group's verb and not
a noun the adjective modifies ("economic reforms" renders *réformes économiques*). The
source span is the French noun. OMI003 reports the seams that need no source.

## Why is this bad?
A machine translation that drops a noun keeps the words around it, so the sentence still reads
at a glance while a participant of the claim is gone.

## Example
Source: `Les conditions dépendent des caractéristiques géographiques et atmosphériques.`
Translation: `The conditions depend on geographical and atmospheric.` → *caractéristiques* is missing.
""",
    examples=(
        Example("If the unions accept our [[unfair,]] we will strike again.",
                source="Si les syndicats acceptent notre budget injuste, nous ferons grève de nouveau.",
                note="'unfair' is never a noun, so 'injuste' is the adjective of the lost noun"),
        Example("After [[seven of]] difficult negotiations, the agreement was signed.",
                source="Après sept semaines de négociations difficiles, l'accord a été signé."),
        Example("Seven of the ten candidates withdrew.", source="Sept des dix candidats se sont retirés.",
                note="a partitive: 'of' opens the whole the count is taken from"),
        Example("If the unions accept our unfair budget, we will strike again.",
                source="Si les syndicats acceptent notre budget injuste, nous ferons grève de nouveau."),
        Example("Thunderstorms depend largely on [[atmospheric.]]",
                source="Les orages dépendent largement des conditions atmosphériques."),
        Example("The entrances have a diameter of at least 100 to [[250.]]",
                source="Les entrées ont un diamètre d'au moins 100 à 250 mètres."),
        Example("Jesus remains the hero who overturned [[moral by]] redefining them.",
                source="Jésus reste le héros qui a bouleversé les lois morales en les redéfinissant."),
        Example("Scientists specify that [[the reveals]] a plumage belonging to an adult.",
                source="Les scientifiques précisent que l'échantillon révèle un plumage appartenant à un adulte."),
        Example("The trial of the former mayor lasted [[14.]]",
                source="Le procès de l'ancien maire a duré 14 semaines."),
        Example("Weather conditions depend on geographical and atmospheric features.",
                source="Les conditions météorologiques dépendent des caractéristiques géographiques et "
                       "atmosphériques.", note="the noun rendered by a word the lexicon may miss"),
        Example("The results of the survey were significant.",
                source="Les résultats de l'enquête étaient significatifs.", note="a predicative adjective"),
        Example("The museum has been open since 2008.", source="Le musée est ouvert depuis 2008."),
        Example("The sample reveals a plumage belonging to an adult.",
                source="L'échantillon révèle un plumage appartenant à un adulte."),
        Example("The poor were the first victims of the crisis.",
                source="Les pauvres ont été les premières victimes de la crise.",
                note="an adjective used as a noun in both languages"),
        Example("In the end, the [[new plays]] a key role in the reform.",
                source="Finalement, le nouveau gouvernement joue un rôle clé dans la réforme."),
        Example("According to the police, the [[young fled]] before their arrival.",
                source="Selon la police, le jeune homme a fui avant leur arrivée."),
        Example("The [[regional approved]] the budget on Friday evening.",
                source="Le conseil régional a approuvé le budget vendredi soir."),
        Example("Nearly [[20,000 were]] destroyed by the army in Gaza.",
                source="Près de 20 000 maisons ont été détruites par l'armée à Gaza."),
        Example("The 20 were arrested on Monday morning.", source="Les 20 ont été arrêtés lundi matin.",
                note="a count that stands for a group in both languages"),
        Example("Economic reforms were adopted by the parliament on Monday.",
                source="Les réformes économiques ont été adoptées par le parlement lundi.",
                note="the English word after the adjective is its noun"),
        Example("Only the French voted against the text.", source="Seuls les Français ont voté contre le texte.",
                note="a nationality used as a noun"),
    ),
)

DROPPED_SUBJECT = Rule(
    code="OMI005",
    name="dropped-subject",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A French subject pronoun with no counterpart, whose English verb opens its clause with no subject.",
    check=check_subjects,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
For each French subject pronoun (*je, il, elle, on, nous, vous, ils, elles*; not the impersonal
*il* of *il faut*, *il y a*, *il s'agit*) it finds the verb it governs, auxiliaries and clitics
skipped, and the English word linked to that verb. When that English verb, after its auxiliaries
and adverbs, opens its clause with no subject (at the start of the sentence, or right after a
comma, a colon, a number or a subordinating conjunction such as *when, where, as, if, because*),
the subject was dropped: "In 1940 stood up to the others", "where can buy almost anything". Not
reported: a clause after *and*, *or* or *but*, which shares the subject of the clause before
("…, and can be of several kinds"), a participle clause ("when asked", "once finished"), a passive,
a gerund or an infinitive, and a question opening on its auxiliary. A form in -ed is a participle
unless the French verb is conjugated (not a participle after an auxiliary) and a determiner or an
object pronoun follows the English word: "As watched the eclipse" for *Alors que je regardais
l'éclipse* is reported, "When asked about the budget" is not. A passive is left alone unless the
French says the same passive with a personal subject ("as are spelled" for *comme ils sont écrits*;
not "as was reported" for *comme on l'a rapporté*). The source span is the French pronoun.

## Why is this bad?
A verb without its subject leaves the reader to guess who acts, and the guess is often another
participant of the sentence.

## Example
Source: `En 1940, il a tenu tête aux autres membres du gouvernement.`
Translation: `In 1940, stood up to the other members of the government.` → *il* is missing.
""",
    examples=(
        Example("In 1940 [[stood]] up to the other members of the government.",
                source="En 1940 il a tenu tête aux autres membres du gouvernement."),
        Example("The shops are open on Sunday, where [[can buy]] almost anything.",
                source="Les magasins sont ouverts le dimanche, où l'on peut acheter presque tout."),
        Example("[[Usually offer]] food, drinks and entertainment to keep the guests happy.",
                source="Ils proposent généralement des plats, des boissons et des divertissements pour "
                        "garder les invités de bonne humeur."),
        Example("When [[arrive]] in Paris, you must register at the town hall.",
                source="Quand vous arrivez à Paris, vous devez vous inscrire à la mairie."),
        Example("The shops are open until ten, because [[attract]] many tourists.",
                source="Les magasins sont ouverts jusqu'à dix heures, parce qu'ils attirent beaucoup de touristes."),
        Example("Weather conditions can occur anywhere in the world, and can be of several kinds.",
                source="Les conditions météorologiques peuvent se produire n'importe où dans le monde, et "
                       "elles peuvent être de plusieurs sortes.", note="a subject shared in a coordination"),
        Example("When asked about the budget, the minister refused to answer.",
                source="Quand on lui a demandé son avis sur le budget, le ministre a refusé de répondre.",
                note="a participle clause"),
        Example("It is said that the minister will resign.",
                source="On dit que le ministre va démissionner.", note="a passive with another subject"),
        Example("As [[watched]] the eclipse from Melbourne, I saw red lights.",
                source="Alors que je regardais l'éclipse depuis Melbourne, j'ai vu des lumières rouges."),
        Example("Most words are pronounced exactly as [[are spelled]].",
                source="La plupart des mots sont prononcés exactement comme ils sont écrits."),
        Example("As reported the day before, the minister resigned.",
                source="Comme on l'a rapporté la veille, le ministre a démissionné.",
                note="a participle clause for an impersonal 'on'"),
        Example("Most words are pronounced exactly as they are spelled.",
                source="La plupart des mots sont prononcés exactement comme ils sont écrits."),
        Example("In 1940 he stood up to the other members of the government.",
                source="En 1940 il a tenu tête aux autres membres du gouvernement."),
        Example("There is no need to hurry, the shops stay open late.",
                source="Il ne faut pas se presser, les magasins restent ouverts tard.", note="impersonal 'il'"),
    ),
)

DROPPED_VERB = Rule(
    code="OMI006",
    name="dropped-verb",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A French verb with no counterpart, whose English relative pronoun or modal runs into a preposition.",
    check=check_verbs,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reports a relative pronoun (*who, which, that*) or a modal (*will, can, must*…) directly followed by a
preposition ("the peacekeepers, who in Haiti", "your hands will with the outer layers") when the
French *qui*, or the French modal (*va, peut, doit*…), nearest that place is followed by a verb with
no English counterpart (*qui sont arrivés*, *va réagir*). Not reported: a relative after a
preposition ("to which around 5,000 people fled"), a relative followed by its own subject ("which the
authorities used"), a modal followed by an adverbial phrase whose French has no orphan infinitive
after the modal ("could in principle be", *pourrait en principe être*), and 'of'. OMI003 reports a
modal directly followed by a determiner without the source.

## Why is this bad?
Without its verb, a relative clause or a modal says nothing: the action of the sentence is gone,
and the reader cannot tell what happened.

## Example
Source: `Les soldats, qui sont arrivés en Haïti en 2010, sont accusés.`
Translation: `The soldiers, who in Haiti in 2010, are accused.` → *arrivés* is missing.
""",
    examples=(
        Example("The UN peacekeepers, [[who in]] Haiti after the 2010 earthquake, are blamed for the disease.",
                source="Les soldats de la paix de l'ONU, qui sont arrivés en Haïti après le tremblement de terre "
                       "de 2010, sont accusés de la propagation de la maladie."),
        Example("The moisture on your hands [[will with]] the outer layers and feel strange.",
                source="L'humidité sur vos mains va réagir avec les couches extérieures et semblera étrange."),
        Example("No less than 20% of the water [[that from]] the rivers into the oceans comes from the Amazon.",
                source="Pas moins de 20 % de l'eau qui se jette des rivières dans les océans provient de "
                       "l'Amazone."),
        Example("The minister [[must for]] the reform before the vote in parliament.",
                source="Le ministre doit plaider pour la réforme avant le vote au parlement."),
        Example("The farmers, [[who in]] the valley for generations, refuse to leave.",
                source="Les agriculteurs, qui vivent dans la vallée depuis des générations, refusent de partir."),
        Example("The UN peacekeepers, who arrived in Haiti after the 2010 earthquake, are blamed for the disease.",
                source="Les soldats de la paix de l'ONU, qui sont arrivés en Haïti après le tremblement de terre "
                       "de 2010, sont accusés de la propagation de la maladie."),
        Example("These reserves, which the authorities had to use, are now exhausted.",
                source="Ces réserves, que les autorités ont dû utiliser, sont maintenant épuisées.",
                note="a relative with its own subject"),
        Example("The border town, to which around 5,000 people fled, is overwhelmed.",
                source="La ville frontalière, où environ 5 000 personnes ont fui, est débordée.",
                note="a relative after a preposition"),
        Example("The reform could in principle be adopted before the summer.",
                source="La réforme pourrait en principe être adoptée avant l'été.", note="an adverbial phrase"),
        Example("The committee, which in turn reports to parliament, met on Monday.",
                source="Le comité, qui rend à son tour compte au parlement, s'est réuni lundi.",
                note="an adverbial idiom between the relative and its verb"),
        Example("The new engine can at least double the speed of the boat.",
                source="Le nouveau moteur peut doubler au moins la vitesse du bateau.", note="'at least'"),
    ),
)

RULES = (DROPPED_NOUN, DROPPED_SUBJECT, DROPPED_VERB)

