"""CAL004: a productive French pattern carried word for word (a role 'of the nuclear', a light verb and its noun)."""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from ...findings import Category, Hit, Severity
from ...records import record
from ...registry import Example, Rule
from ..lexicon import LazyPattern, aligned_lower, anchored_matches, lazy_patterns, scan_long, text_words
from .matching import WordIndex, is_english, word_lines

# roles French press periphrases give a person or a body ("le gendarme du nucléaire", "le pape de la
# gastronomie", "le patron de la diplomatie")
ROLE_WORDS = ("gendarme", "policeman", "sheriff", "watchdog", "guardian", "tenant", "master", "boss", "patron", "pope",
              "king", "queen", "tsar", "czar", "number", "strong", "strongman", "giant", "heavyweight", "mister",
              "monsieur", "madame",
              "godfather", "doyen", "high priest", "emperor", "baron", "sultan", "magician", "wizard", "lady",
              "gentleman", "guru", "pontiff", "prince")
_ROLE = (r"(?:gendarme|policeman|sheriff|watchdog|guardian|tenant|master|boss|patron|pope|king|queen|tsar|czar"
         r"|number one|number two|strongman|strong man|giant|heavyweight|mister|monsieur|madame|godfather|doyen"
         r"|high priest|emperor|baron|sultan|magician|wizard|lady|gentleman|guru|pontiff|prince|princess)")
# nouns English makes of adjectives ("the military", "the public", "the final"): not a French substantivised adjective
_ENGLISH_NOUNS = (r"(?:musical|rival|final|arrival|festival|capital|hospital|tribunal|journal|signal|animal|general"
                  r"|principal|terminal|individual|criminal|official|professional|memorial|manual|ritual|canal|metal"
                  r"|medal|pedal|portal|rental|trial|dial|[a-z]*eal|classic|clinic|republic|public|traffic|music|panic"
                  r"|topic|logic|magic|mosaic|critic|epic|fabric|tactic|cleric|comic|mechanic|seminar|calendar|cellar"
                  r"|collar|dollar|pillar|scholar|sugar|radar|grammar|registrar|vicar|bazaar|archive|detective"
                  r"|executive"
                  r"|representative|initiative|relative|objective|collective|incentive|alternative|native|captive"
                  r"|motive|offensive|olive|secretary|library|boundary|anniversary|dictionary|commentary|diary|salary"
                  r"|summary|military|primary|sanctuary|judiciary|constabulary|emissary|adversary|missionary"
                  r"|dignitary|luminary|visionary|mercenary|beneficiary|centenary|itinerary|cemetery)")


# seats of power that French press names for their holder ("le locataire de l'Élysée", "l'hôte du Kremlin")
_SEAT = (r"(?:[EÉ]lys[eé]e|Matignon|Kremlin|White\s+House|Downing\s+Street|Quirinal|Palazzo\s+Chigi|Chigi|Moncloa"
         r"|Zhongnanhai|Blue\s+House|Casa\s+Rosada|Planalto|Bercy|Beauvau|Quai\s+d['’]Orsay|Chancellery|Capitol"
         r"|Vatican|Oval\s+Office|Bellevue|Berlaymont|Palais\s+Bourbon|Hôtel\s+de\s+Ville|Hotel\s+de\s+Ville"
         r"|Buckingham|Zarzuela|Belvedere|Hradčany|Prague\s+Castle|Cankarjev|Maison\s+Blanche)\b")


# colours French clubs are called by, capitalised and singular
_COLOURS = ("red", "black", "white", "blue", "green", "yellow", "gold", "blood", "marine", "navy", "sky", "purple",
            "orange", "violet", "claret", "garnet")
_COLOUR = r"(?:Red|Black|White|Blue|Green|Yellow|Gold|Blood|Marine|Navy|Sky|Purple|Orange|Violet|Claret|Garnet)"


@record
class Pattern:
    """One productive pattern: the words it needs, the regex (group `span` reported), the advice."""

    needs: tuple[str, ...]  # words one of which every match holds: only the lines holding one are scanned
    regex: str
    french: str
    english: str
    not_after: frozenset[str] = frozenset()  # a match right after one of these words is the English phrase
    # further words the text must hold, one of each set, before the regex is tried (an idiom's other literal words)
    requires: tuple[frozenset[str], ...] = ()
    holds: tuple[str, ...] = ()  # letters one of which every match holds: a line without any is not scanned
    # (back, ahead): the regex is tried only this many characters around each of its needs in a line, the match
    # holding it (a pattern whose needs are frequent words, 'the head', 'the life': a line is not read through)
    window: tuple[int, ...] = ()
    after_word: str = ""  # with a window: the word every match has right before its need ('the' in 'lost the life')


PATTERNS = (
    Pattern(ROLE_WORDS, rf"\bthe\s+(?P<span>(?:[\w-]+\s+)?{_ROLE}\s+of\s+the\s+(?!{_ENGLISH_NOUNS}\b)"
                      r"(?-i:[a-z]{3,}(?:al|ic|ar|ive|ary|ile)))(?=\s*(?:[,.;:!?)]|$)|\s+(?:is|was|has|had|will|would"
                      r"|said|says|announced|warned|in|on|at|for|with|and|or|who|which|itself|himself|herself)\b)",
            "le gendarme du nucléaire, le pape de la gastronomie …",
            "the body or the person by name ('the nuclear watchdog', 'the top chef'): a role 'of the' "
            "adjective is a French press periphrasis"),
    Pattern(("excuses",), r"\b(?P<span>(?:present|presents|presented|presenting)\s+(?:his|her|its|their|our|my|your)"
                       r"\s+excuses)\b",
            "présenter ses excuses", "'apologised'"),
    Pattern(("death",), r"\b(?P<span>(?:found|find|finds|finding)\s+(?:the\s+)?death)\b(?!\s+(?:notice|penalty"
                        r"|certificate|toll|of"
                     r"|sentence|warrant|threats?|row|squad|mask|rate|camp|knell|metal|star)\b)",
            "trouver la mort", "'was killed' or 'died'"),
    Pattern(("appeal", "proof", "state", "face", "front", "effect", "unanimity"), r"\b(?P<span>(?:make|makes|made"
            r"|making)\s+(?:appeal\b|proof\s+of|state\s+of|face\s+to|front\s+against"
                    r"|the\s+effect\s+of|the\s+unanimity|the\s+object\s+of))",
            "faire appel, faire preuve de, faire état de, faire face à, faire l'effet de, faire l'unanimité …",
            "the English verb ('appeal', 'show', 'mention', 'face', 'come as', 'win everyone over', 'be the "
            "subject of'): French builds these with 'faire' and a noun"),
    Pattern(("functions",), r"\b(?P<span>(?:(?:removed|relieved|dismissed|suspended|discharged|ousted|stripped"
                            r"|released)"
                         r"\s+(?:from|of)|(?:(?:took|take|takes|taking|taken)(?:\s+up)?|assumed|assume|assumes|exercised"
                         r"|exercise|exercises|exercising|ceased|cease|resumed|resume))\s+(?:his|her"
                         r"|their)\s+functions)\b",
                 "ses fonctions", "'duties' or 'post' ('relieved of his duties', 'took up his post')"),
    Pattern(("date", "plan", "order", "level", "scale", "ampleur", "minute", "generation", "right"),
            r"\b[\w-]+\s+(?P<span>of\s+(?:long\s+date|first\s+plan|first\s+order|high\s+level|great\s+scale"
                   r"|great\s+ampleur|big\s+scale|last\s+minute|last\s+generation|full\s+right))\b",
            "de longue date, de premier plan, de haut niveau, de grande ampleur, de dernière minute …",
            "the English compound before the noun ('long-standing', 'leading', 'high-level', 'large-scale', "
            "'last-minute', 'latest-generation')"),
    Pattern(("news",), r"\b(?P<span>news\s+(?:fell|falls|has\s+fallen|had\s+fallen))\b",
            "la nouvelle est tombée", "'the news broke'"),
    Pattern(("choice",), r"\b(?P<span>(?:carried|carry|carries|carrying|bore|bear|bears|brought|bring|brings)\s+"
                      r"(?:his|her|their|its|our)\s+choice\s+on)\b",
            "porter son choix sur", "'chose'"),
    Pattern(("jacket", "coat", "vest"), r"\b(?P<span>(?:turned|turn|turns|turning)\s+(?:his|her|their"
                                        r"|its)\s+(?:jacket|coat|vest))\b"
                      r"(?!\s+(?:collar|collars|sleeves?|pockets?|inside|upside|over|around|round))",
            "retourner sa veste", "'switched sides' or 'changed sides'"),
    Pattern(("overflow",), r"\b(?P<span>(?:made|make|makes|making)\s+the\s+(?:cup|vase|glass|pot)\s+overflow)\b",
            "faire déborder le vase", "'was the last straw'"),
    Pattern(("herb",), r"\b(?-i:[a-z]+)s?\s+(?P<span>in\s+herb)\b",
            "en herbe", "'budding' or 'young'"),
    # issue 13, round 10: the three productive classes, written over word classes rather than phrases.
    # A metonymic office holder: a dweller noun and the seat of the office ("the tenant of the Quirinal").
    Pattern(("tenant", "lodger", "inhabitant", "host", "master", "mistress", "landlord"),
            rf"\bthe\s+(?:new\s+|former\s+|current\s+|present\s+|future\s+|last\s+)?(?P<span>(?:tenant|lodger)\s+of\s+"
            rf"(?:the\s+)?(?!(?-i:House|Building|Flat|Apartment|Home|Property|Farm|Residence|Estate)\b)"
            rf"(?-i:[A-ZÉ][\w'’-]+)(?!\s+(?-i:[A-Z])|[\w'’-])|(?:tenant|lodger|inhabitant|host|master|mistress|landlord)"
            rf"\s+of\s+(?:the\s+)?{_SEAT})",
            "le locataire de l'Élysée, l'hôte du Quirinal …",
            "the office by name ('the French president', 'the prime minister') or the person's name: a dweller "
            "of a seat of power is a French press periphrasis"),
    # A French locution carried over as a literal English preposition phrase, with its slot.
    Pattern(("height",), r"\b(?P<span>at\s+the\s+height\s+of)\s+(?:its|his|her|their|our|the)\s+(?:[\w-]+\s+)?"
                         r"(?:capacit(?:y|ies)|means|expectations|stakes|challenge|challenges|ambitions?|task|"
                         r"reputation|occasion|responsibilities|talent|hopes|rank|status)\b",
            "à la hauteur de", "'up to', 'equal to' or 'matching'"),
    Pattern(("plan",), r"(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?<=,\s))(?P<span>[Oo]n\s+the\s+plan\s+(?-i:[a-z]+(?:al|ic|ical"
                       r"|ary|ive|ing|ian|ean|ese|ish)))\b(?!\s+(?:to|for|by|of|that|which|is|was|will|would)\b)",
            "sur le plan économique", "'economically', 'politically', 'in economic terms'"),
    Pattern(("facing",), r"\b(?P<span>[Ff]acing\s+to)\s+(?:the|a|an|this|these|such|their|its|his|her)\s+"
                         r"(?!(?:north|south|east|west|sea|street|road|camera|wall|front|back|left|right)\b)",
            "face à", "'faced with' or 'in the face of'"),
    # A light verb and the noun French builds the action with, where English has a verb of its own.
    Pattern(("accord",), r"\b(?P<span>(?:gave|give|gives|giving|given)\s+(?:his|her|their|its|our|my|the)\s+"
                         r"(?:green\s+)?accord)\b(?!\s+(?:to\s+(?:sign|join)|on\s+trade))",
            "donner son accord", "'agreed' or 'approved'"),
    Pattern(("accent",), r"\b(?P<span>(?:put|puts|putting|placed|place|places|placing|laid|lay|lays)\s+(?:the|a|an|"
                         r"particular|special|strong|greater|more)\s+(?:\w+\s+)?accent\s+on)\b",
            "mettre l'accent sur", "'emphasised' or 'stressed'"),
    Pattern(("operation",), r"\b(?P<span>(?:made|make|makes|making|did|do|does|doing|realised|realized)\s+(?:a|an)\s+"
                            r"(?:good|great|very good|excellent|bad|fine|nice|juicy|fine|superb|poor)\s+operation)\b"
                            r"(?![^.;]{0,60}\b(?:surgeon|surgery|patient|hospital|anaesthe\w*|anesthe\w*)\b)",
            "faire une bonne opération", "'did well', 'made a good deal' or 'gained'"),
    Pattern(("work", "œuvre", "oeuvre"), r"\b(?P<span>(?:put|puts|putting)\s+(?:in\s+(?:œuvre|oeuvre)|in\s+work\s+"
                                       r"(?:the|a|an|this|these|its|their|his|her)\b|(?:the|a|an|this|these|its|their)"
                                       r"\s+(?:[\w-]+\s+){0,3}?in\s+(?:work|œuvre|oeuvre)\b))",
            "mettre en œuvre", "'implemented' or 'carried out'"),
    Pattern(("bench",), r"\b(?P<span>(?:the\s+)?bench\s+of\s+the\s+(?:accused|defendants|defence|prosecution))\b",
            "le banc des accusés", "'the dock'"),
    # A club named by its two colours, French-style and invariable ("les Marine et Blanc", "les Sang et Or"):
    # English pluralises a colour nickname ("the Black and Whites") or names the club
    Pattern(_COLOURS, rf"\bthe\s+(?P<span>(?-i:{_COLOUR}\s+and\s+{_COLOUR}))"
                      r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:have|has|had|are|were|will|would|won|lost|beat|drew|is|was|who"
                      r"|against|in|at)\b)",
            "les Marine et Blanc, les Sang et Or, les Rouge et Noir …", "the club's name ('Bordeaux', 'Lens')"),
)


# words too common to select a locution's lines by (every shape holds a rarer one)
_COMMON = frozenset("a an the of to in at on from by for with as that which what where when".split())


@functools.lru_cache(maxsize=None)
def locution_patterns() -> tuple[Pattern, ...]:
    """The French locutions of checker/data/calque_locutions.yaml as patterns (their literal English shapes, then the
    class of what must follow, and for some what must come before), and the constructions written there."""
    from ...data.cache import load_yaml

    data = load_yaml("calque_locutions")
    slots = data["slots"]
    not_after = frozenset(data.get("not_after") or ())
    built = []
    for loc in data["locutions"]:
        shapes = sorted(loc["shapes"], key=len, reverse=True)
        # each shape is looked for only in the lines holding its longest word (the rarest, as a rule)
        words = tuple(loc.get("needs") or sorted({max((w for w in shape.split() if w not in _COMMON), key=len)
                                                   for shape in shapes}))
        alternation = "|".join(r"\s+".join(re.escape(w) for w in shape.split()) for shape in shapes)
        before = f"(?:{loc['before']})" if loc.get("before") else ""
        slot = slots[loc["slot"]]
        regex = (rf"(?<![\w-]){before}(?P<span>{alternation})(?![\w-])" + (rf"(?=\s*{slot})" if slot else ""))
        built.append(Pattern(words, regex, loc["french"], loc["english"], not_after))
    built += [Pattern(tuple(c["needs"]), c["regex"], c["french"], c["english"]) for c in data.get("constructions") or ()]
    return tuple(built)


_POSS = r"(?:his|her|their|its|our|my|your|one['’]s)"
_REFL = r"(?:himself|herself|themselves|itself|oneself|ourselves|yourself|yourselves|myself)"


def _verb_forms(lemma: str, irregular: dict) -> tuple[str, ...]:
    """A verb's forms: from the table, or the regular ones ('pull', 'pulls', 'pulled', 'pulling')."""
    if lemma in irregular:
        return tuple(irregular[lemma])
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):  # one short syllable: the consonant doubles
        stem = lemma + lemma[-1]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    third = lemma + ("es" if re.search(r"(?:s|sh|ch|x|o)$", lemma) else "s")
    return lemma, third, (lemma + "d" if lemma.endswith("e") else stem + "ed"), stem + "ing"


def _idiom_token(token: str, irregular: dict) -> tuple[str, bool, tuple[str, ...]]:
    """One word of an idiom's shape: its regex, whether it is optional, the letter words it may be looked for by
    (none for a slot)."""
    optional = token.endswith("?") and len(token) > 1
    token = token.rstrip("?") if optional else token
    if token in ("POSS", "REFL"):
        return (_POSS if token == "POSS" else _REFL), optional, ()
    if token == "*":
        return r"[\w'’-]+", optional, ()
    if token.startswith("~"):
        forms = sorted({f for lemma in token[1:].split("|") for f in _verb_forms(lemma, irregular)},
                       key=lambda f: (-len(f), f))  # longest first, ties in one order in every process
        return "(?:" + "|".join(re.escape(f) for f in forms) + ")", optional, ()
    alternatives = token.split("|")
    # a hyphenated or apostrophised word is looked for by its longest run of letters
    words = tuple(max(re.findall(r"[^\W_]+", a.lower()), key=len) for a in alternatives)
    return ("(?:" + "|".join(re.escape(a).replace("'", "['’]") for a in alternatives) + ")", optional,
            () if optional else words)


def _idiom_regex(shape: str, irregular: dict) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """A shape of calque_idioms.yaml as a regex (the whole shape is reported) and its literal words, each as its
    alternatives."""
    tokens = shape.split()
    guard = ""
    if tokens[-1].startswith("!"):
        guard = r"(?!\s+(?:" + "|".join(re.escape(w) for w in tokens.pop()[1:].split("|")) + r")\b)"
    parts = [_idiom_token(t, irregular) for t in tokens]
    body = ""
    for regex, optional, _ in parts:
        if optional:
            body += f"(?:{regex}\\s+)?" if not body else f"(?:\\s+{regex})?"
        else:
            body += (r"\s+" if body and not body.endswith(r"\s+)?") else "") + regex
    literal = [w for _, _, w in parts if w and not all(x in _COMMON for x in w)] or [w for _, _, w in parts if w]
    return rf"(?<![\w'’-])(?:{body})(?![\w-]){guard}", tuple(literal)


# words of news prose too frequent to select an idiom's lines by, beyond _COMMON: a shape is looked for by another
_FREQUENT = frozenset("""the and that this with for from are was were has have had will would not but its his her their
they there what which who when more less than one two can all been also about into over after said some head hand
hands eye eyes like without same things thing against back time times place make made other others morning project
projects hospital fire water year years people new first last good big great small little order part plan day days
way ways home house work side end top high long """.split())


def _rarity(alternatives: tuple[str, ...]) -> tuple[bool, int]:
    """A literal word of a shape ranked for selecting lines: not a frequent word, then its shortest form longest."""
    return not any(w in _FREQUENT for w in alternatives), min(len(w) for w in alternatives)


@functools.lru_cache(maxsize=None)
def idiom_patterns() -> tuple[Pattern, ...]:
    """The French idioms of checker/data/calque_idioms.yaml as patterns: their literal English shapes, with the verb
    in any form, possessives and reflexives as slots, and what must not follow."""
    from ...data.cache import built_key, cached

    # built from the data file by this module's code: kept in the data cache under both (~600 shapes a first check)
    from . import glossed

    key = built_key("calque_idioms.yaml", __file__)
    rows = cached("calque-idioms", key, _idiom_rows)
    # the French expressions glossed word for word (calque_expressions.yaml), built the same way
    key = built_key(("calque_expressions.yaml", "calque_idioms.yaml"), __file__, glossed.__file__)
    rows += cached("calque-glossed", key, lambda: glossed.glossed_rows(_idiom_regex, _rarity, _verb_forms))
    return tuple(Pattern(rarest, regex, french, english, requires=tuple(frozenset(w) for w in others))
                 for rarest, regex, french, english, others in rows)


def _idiom_rows() -> tuple[tuple, ...]:
    """Per idiom shape: its rarest literal word, its regex, the French, the advice, its other literal words."""
    from ...data.cache import load_yaml

    data = load_yaml("calque_idioms")
    rows = []
    for french, shapes, english in data["idioms"]:
        for shape in shapes.split(" ; "):
            regex, literal = _idiom_regex(shape.strip(), data["verbs"])
            # its lines are those of its rarest literal word; the others must be in the text
            rarest = max(range(len(literal)), key=lambda k: _rarity(literal[k]))
            rows.append((literal[rarest], f"(?P<span>{regex})", french, english,
                         tuple(w for k, w in enumerate(literal) if k != rarest)))
    return tuple(rows)


def _patterns() -> tuple[Pattern, ...]:
    from .families import family_patterns

    return PATTERNS + locution_patterns() + idiom_patterns() + family_patterns()


@functools.lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[tuple[str, ...], LazyPattern, Pattern], ...]:
    """Per pattern: its words, its regex (compiled on first use from the code the data cache keeps: a text holds the
    words of few), the pattern."""
    patterns = _patterns()
    regexes = lazy_patterns("calque-structures-code", tuple(p.regex for p in patterns), re.IGNORECASE)
    return tuple((p.needs, regex, p) for p, regex in zip(patterns, regexes))


def structure_hits(text: str) -> list[tuple[int, int, Pattern]]:
    """(start, end, pattern) for every productive French pattern in text."""
    compiled, index = _compiled(), _index()
    lowered, words = text_words(text)
    aligned = aligned_lower(text) is not None  # a line of lowered is then the same line of text, letter for letter
    wanted: dict[int, list[str]] = {}
    for word in index.words & words:
        for i in index.owners[word]:
            wanted.setdefault(i, []).append(word)
    # a pattern whose other words are missing is not scanned: the lines are looked up only for the rest, and of
    # those only the lines that hold its other words are scanned
    hits = []
    for i, found in sorted(wanted.items()):
        _, regex, pattern = compiled[i]
        requires = pattern.requires
        if requires and not all(not words.isdisjoint(needed) for needed in requires):
            continue
        lines = word_lines(text, found)
        if aligned:
            lines = _lines_holding(lowered, lines, requires, pattern.holds)
        window = pattern.window if aligned else ()
        for start, end in lines:
            matches = (anchored_matches(text, lowered, found, regex._pattern or regex.compiled(), *window, start, end,
                                        pattern.after_word) if window else scan_long(regex, text, start, end))
            for match in matches:
                hits.append((*_span(match), pattern))
    return sorted((h for h in hits if not h[2].not_after or _word_before(text, h[0]) not in h[2].not_after),
                  key=lambda h: (h[0], h[1]))


def _lines_holding(lowered: str, lines: list[tuple[int, int]], requires: tuple[frozenset[str], ...],
                   holds: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The lines that hold one word of each set of `requires`, at least as letters, and one of the letters of `holds`:
    a match lies within its line and holds them, so a line without them holds none (a document-wide test alone would
    scan, in a long text, every line of a pattern whose words stand somewhere, a cost that grows faster than the
    text)."""
    needed = requires + ((frozenset(holds),) if holds else ())
    if not needed:
        return lines
    kept = []
    for a, b in lines:  # plain loops: a pair of generators per line would cost more than the searches
        for one in needed:
            for word in one:
                if lowered.find(word, a, b) >= 0:
                    break
            else:
                break  # the line holds no word of this set
        else:
            kept.append((a, b))
    return kept


def _span(m: re.Match) -> tuple[int, int]:
    """The reported part of a match: its `span` group, or `span2` in a pattern's second alternative."""
    return m.span("span") if m.group("span") is not None else m.span("span2")


_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")


def _word_before(text: str, at: int) -> str:
    """The word just before position `at`, lowercased ('' at a sentence's or a text's start)."""
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return m.group(1).lower() if m else ""


@functools.lru_cache(maxsize=None)
def _index() -> WordIndex:
    return WordIndex.of(p.needs for p in _patterns())


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    hits = structure_hits(text)
    if not hits:
        return
    from .constructions import entries
    from .matching import find_matches
    from .press_cliches import entries as periphrases

    taken = [(m.start, m.end) for m in find_matches(text, ctx.doc.blocks, entries())]
    # a press cliché CAL001 warns about is its own; one it only notes ('Matignon') is confirmed here
    taken += [(m.start, m.end) for m in find_matches(text, ctx.doc.blocks, periphrases())
              if m.entry.data.get("severity") != "info"]
    taken.sort()
    starts = [s for s, _ in taken]
    furthest = list(itertools.accumulate((e for _, e in taken), max))  # the furthest end of the spans up to each
    reported_end = -1  # the hits come in order: one overlaps a hit reported before it when it starts before its end
    for start, end, pattern in hits:
        before = bisect.bisect_left(starts, end)  # the spans that start before this hit ends
        if before and furthest[before - 1] > start or reported_end > start:
            continue  # CAL001 or CAL002 reports it, or another pattern did
        reported_end = max(reported_end, end)
        yield Hit(start, end, f"'{text[start:end]}' renders the French pattern '{pattern.french}' word for word; "
                              f"write {pattern.english}.")


RULE = Rule(
    code="CAL004",
    name="calque-by-structure",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A productive French pattern carried word for word ('the gendarme of the nuclear', 'found death').",
    check=check,
    doc="""\
## What it does
Finds productive French patterns rendered word for word, read as shapes rather than as fixed
phrases: a press periphrasis of a role and a substantivised adjective ("the gendarme of the
nuclear", "the pope of the culinary": a role noun, then "of the" and an adjective used as a
noun, which English does not do; English nouns of that form, "the military", "the public",
are left alone), light verbs with the noun French gives them ("presented its excuses", "found
death", "made appeal", "makes the effect of", "carried his choice on"), an office's
"functions" for its duties ("removed from his functions"), the dweller of a seat of power for its
holder ("the tenant of the Quirinal", "the host of the Kremlin": a dweller noun and a one-word
capitalised seat, or one of the known seats), a French locution kept as an English preposition
phrase with its slot ("at the height of its capacity", "on the plan economic", "facing to the
crisis"), light verbs whose noun English makes a verb ("gave his accord", "put the accent on",
"made a good operation", "put in work the reform"), the locutions of a table of French prepositional
locutions (checker/data/calque_locutions.yaml: "à l'issue de" → "at the issue of", "en marge de" →
"in the margin of" before an event, "à hauteur de" → "at height of" before an amount, "au sein de" →
"within the breast of"), each matched by its literal English shape and the class of its complement,
and never after a word that makes the shape English ("looked at the issue of"), and the
constructions written there ("risks ten years of prison", "in the night from Saturday to Sunday",
"the eighth of final", "the first private employer in France", "the question is posed", "his close
ones", "the mystery remains entire"), a French qualifier after its noun
("of long date", "of first plan", "of high level"), "the news fell", and a few idioms whose shape is fixed ("turned his jacket", "made the
cup overflow", "scientists in herb", "the bench of the accused"). Matches CAL001 or CAL002 report are
left to them.

French idioms of press prose rendered word for word (checker/data/calque_idioms.yaml, some 280 of them: "has
the cockroach", "it is not the sea to drink", "a blow of net", "pulled the chestnuts from the fire") are matched
by their literal English shapes, with the verb in any form and possessives and reflexives as slots; idioms English
shares ("take the bull by the horns") and shapes English uses literally are left out. French fixed expressions written
in French with their English (checker/data/calque_expressions.yaml: "donner l'assaut", "arme blanche", "à visage
découvert") are glossed word for word into their literal shapes (checker/rules/calque/glossed.py): each content word by
a gloss table, each function word by its usual rendering, with the verb in any form, an object pronoun after it, a
postposed adjective on either side of its noun, and the passive where marked ("the alert was given").
A club named by its two colours, capitalised and invariable as in French ("the Marine and White" for *les Marine et
Blanc*, "the Blood and Gold"), where English pluralises a colour nickname or names the club.
Families of French constructions written once over word classes (checker/data/calque_families.yaml,
checker/rules/calque/families.py), not phrase by phrase: a French verb's government kept after the English verb
("assisted at the requiem", "entered in vigour", "profited of the fog", "renounced to", "waiting the ruling"), a French
light verb and its noun ("dressed an inventory", "proceeded to the confiscation of", "the saga has known a new
rebound", "passed eleven years behind bars"), French noun phrases and institutions glossed ("a breakfast of work", "a
landing of urgency", "a place of cult", "the forces of order", "blows and wounds", "adjunct mayor", "in unlimited
strike") and French time expressions ("the evening of Thursday", "day for day", "since months", "at 17 hours", "It
makes fifteen years that"), and one's own body and life with the definite article French gives them, where English
writes a possessive: the object of a verb acting on one's body or life ("lost the life", "broke him the arm", "shaking
the hands in the air"), a part after a noun of expression or a held object ("tears in the eyes", "a smile on the
lips", "the weapon in the hand") and a part and its state ("with the head high", ", the voice strangled"); a part
followed by 'of' or a noun ("in the eyes of the law", "the head of the delegation", "the arms embargo") and a part
hit or wounded ("shot in the leg", "a blow to the head") are left alone.
The classes (events one attends, police operations, casualty nouns, weekdays, months,
a verb's inflections) are what a member names, so any word of the class is covered; English shapes that look
alike ("assisted the final goal", "proceeded to a vote", "emotions ran high", "ended in catastrophe") are guarded.

## Why is this bad?
The English reader sees the French words, not the meaning: "found death" for "was killed",
"the gendarme of the nuclear" for "the nuclear watchdog".

## Example
`UEFA presented its excuses on Friday.` → `UEFA apologised on Friday.`
""",
    examples=(
        Example("The [[host of Zhongnanhai]] received the delegation on Friday."),
        Example("The hospital is working [[at the height of]] its capacity, the director said."),
        Example("[[On the plan economic]], the year was a disaster for the region."),
        Example("The mayor [[gave his accord]] to the new stadium on Monday."),
        Example("Investigators [[laid particular accent on]] the prevention of fraud."),
        Example("Lyon [[made a good operation]] by beating Lille on Sunday."),
        Example("The tenant of Grenfell Tower spoke to the inquiry.", note="a tenant of a named block of flats"),
        Example("The inhabitants of Bunagana fled across the border.", note="residents of a town"),
        Example("At the height of the crisis, 3,000 people fled the city.", note="the peak of an event"),
        Example("The surgeon did a good operation, the patient's family said.", note="surgery"),
        Example("Facing the sea, the hotel has forty rooms.", note="English 'facing'"),
        Example("The two ministers met [[in the margin of]] the Davos forum."),
        Example("The suspect risks [[twenty years of prison]]."),
        Example("The fire broke out [[in the night from Friday to Saturday]]."),
        Example("Toulouse were knocked out in the [[eighth of final]]."),
        Example("We looked at the issue of housing on Monday.", note="English 'look at the issue of'"),
        Example("The two ministers met on the sidelines of the Davos forum.", note="the English phrase"),
        Example("He served ten years in prison for the robbery.", note="years in prison"),
        Example("The visit of the [[gendarme of the nuclear]] was postponed again."),
        Example("Critics call him the [[pope of the culinary]], and his restaurant is full."),
        Example("The airline [[presented its excuses]] to the stranded passengers."),
        Example("Two hikers [[found death]] in the avalanche."),
        Example("The club will [[make appeal]] of the ban."),
        Example("The verdict [[made the effect of]] a bombshell in the village."),
        Example("The director was [[removed from his functions]] after the audit."),
        Example("She is a friend [[of long date]] of the president."),
        Example("The [[news fell]] on Monday morning."),
        Example("The jury [[carried its choice on]] a young director."),
        Example("The senator had [[turned his jacket]] before the vote."),
        Example("The tax rise [[made the cup overflow]] for farmers."),
        Example("The school trains chefs [[in herb]] from the age of fifteen."),
        Example("Six men sat on [[the bench of the accused]]."),
        # the idiom table (calque_idioms.yaml): verbs in any form, possessives as slots; traps are idioms English shares
        Example("Since the defeat the whole squad [[has the cockroach]]."),
        Example("Learning the new rules is [[not the sea to drink]], the minister said."),
        Example("The rival club [[pulled the chestnuts from the fire]] once again."),
        Example("The merger [[plan fell into the water]] after the election."),
        Example("Police made [[a blow of net]] in the port of Marseille."),
        Example("The minister did [[not chew her words]] on Tuesday."),
        Example("The minister took the bull by the horns and cut the budget.", note="an idiom English shares"),
        Example("The opera is not my cup of tea.", note="an idiom English shares"),
        Example("The child fell into the water and was rescued by a passer-by.", note="a literal fall"),
        Example("She took her foot off the accelerator.", note="a literal foot"),
        Example("It was a storm in a teacup, the mayor said.", note="the English idiom"),
        Example("The mayor left the room, [[the voice strangled]], without a word."),
        Example("She left the room, eyes reddened, without a word.", note="English drops the article"),
        Example("Two young children [[lost the life]] in the fire on Wednesday."),
        Example("A worshipper prayed, [[tears in the eyes]]."),
        Example("The officers left with [[the head high]], the colonel said."),
        Example("He was shot in the leg during the raid.", note="a part hit: English writes 'the'"),
        Example("The judge is blind in the eyes of the law.", note="a part of something else, with 'of'"),
        Example("Lens lost at home: the [[Blood and Gold]] were booed."),
        Example("Fans of the Black and Whites sang all night.", note="the English plural nickname"),
        Example("The head of the military resigned."),
        Example("The darling of the public won again."),
        Example("The airline apologised to the stranded passengers."),
        Example("Two hikers died in the avalanche."),
        Example("The club will appeal against the ban."),
        Example("The director was relieved of his duties after the audit."),
        Example("The functions of the new agency are unclear."),
        Example("She is a long-standing friend of the president."),
        Example("The news broke on Monday morning."),
        Example("The object of the game is to score."),
        Example("He found the death notice in the paper."),
        Example("He turned his jacket collar up against the rain."),
        Example("The king of the jungle is the lion."),
        Example("The star of the musical was ill."),
    ),
)
