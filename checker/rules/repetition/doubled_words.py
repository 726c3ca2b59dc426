"""REP001: a word or short phrase written twice in a row ("the the", "in the in the")."""
from __future__ import annotations

import functools
import operator
import re

from ...data.cache import DATA_DIR
from ...findings import Category, Hit, Severity
from ...lang.latin1 import for_text
from ...lang.names import FUNCTION_WORDS
from ...registry import Example, Rule
from ..lexicon import SPECIAL_FOLDS

# one to four words, then the same words again, separated only by spaces or one line break
DOUBLED_RE = re.compile(
    r"(?<![\w'’-])(?P<first>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:[-'’][^\W\d_]+)*){0,3})"
    r"(?P<gap>[ \t]+|[ \t]*\n[ \t]*)(?P<second>(?P=first))(?![\w'’-])",
    re.IGNORECASE,
)
# two to six words, a comma, then the same words again ("in the city, in the city")
COMMA_DOUBLED_RE = re.compile(
    r"(?<![\w'’-])(?P<first>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[\w]+(?:[-'’][^\W\d_]+)*){1,5})"
    r"(?P<gap>,[ \t]*\n?[ \t]*)(?P<second>(?P=first))(?![\w'’-])",
    re.IGNORECASE,
)
# one lowercase word of five letters or more, or one capitalised word (a name: "In Cholet, Cholet, where"), a
# comma, the same word ("insufficient, insufficient")
COMMA_DOUBLED_WORD_RE = re.compile(
    r"(?<![\w'’-])(?P<first>[a-z]{5,}|[A-ZÀ-Ý][a-zà-ÿ]{2,})(?P<gap>,[ \t]*\n?[ \t]*)(?P<second>(?P=first))"
    r"(?![\w'’-])")
# a name that is both a city and its country or state, written so in addresses ("Luxembourg, Luxembourg")
CITY_STATES = frozenset("luxembourg monaco singapore djibouti kuwait panama guatemala mexico quebec "
                        "oklahoma washington".split())
SENTENCE_OPENING_RE = re.compile(r"(?:^|[.!?:;\n—–(][\s\"“‘'«]*|[\"“‘«][\s]*)$")
# words that join a noun to itself in a reduplicative idiom: "hour by hour", "day after day", "side by side"
LINKS = frozenset("by after to for upon and or on in over".split())
# the same number twice: "on August 5 5."
DOUBLED_NUMBER_RE = re.compile(r"(?<![\w.,:/-])(?P<first>\d+(?:[.,]\d+)*)(?P<gap>[ \t]+)(?P<second>(?P=first))(?![\w,:/%-]|\.\d)")
NUMBER_PAIR_RE = re.compile(r"\d[ \t]+\d")  # what every DOUBLED_NUMBER_RE match holds: a fast test first
NOT_LETTERS_IN_RANGE = frozenset("\u00d7\u00f7")  # × and ÷, inside COMMA_DOUBLED_WORD_RE's À-Ý and à-ÿ
PAIRS_OK = {"had", "nous", "vous"}  # "had had", "nous nous sommes", "vous vous trompez"
EMPHATIC = {"very", "really", "so", "no", "yes", "bye", "ha", "haha", "knock", "tut", "go", "chop",
            "hush", "now", "there", "well", "oh", "ah", "fifty", "win", "far", "long", "never", "more",
            "again", "much", "too", "quite", "boo", "blah",
            "bla", "mea"}
# "what it is is", "the thing is is" -> legitimate when a wh-word or head noun precedes
IS_IS_CONTEXT_RE = re.compile(r"\b(what|all|thing|problem|question|point|issue|truth|reason|fact|trouble|idea|answer)\b[^.?!]{0,30}$", re.I)
# "said that that was" is fine; "that that the" is a doubled complementiser
THAT_THAT_BAD_NEXT_RE = re.compile(r"\s+(the|a|an|he|she|they|we|i|you|it's|there|his|her|their|our|its|my|this|these|"
                                   r"those|nobody|no one|everyone|everybody|someone|somebody|anyone|anybody)\b", re.I)
# two forms of one auxiliary in a row, the trace of a verb corrected by hand or a segment joined twice ("laboratories
# have has obtained"); a free relative makes "what they are is", "what it was were" and "what it is are" English
AUXILIARY_PAIR_RE = re.compile(r"(?<![\w'’-])(?P<first>have|has)[ \t]+(?P<second>has|have)(?![\w'’-])", re.I)
AUXILIARY_PAIRS = ("ave has", "as have", "AVE HAS", "AS HAVE")  # what a match holds, in the cases text is written


# a doubled phrase is letters joined by hyphens, apostrophes and blanks; across a comma, word characters too
COMMA_SPAN_RE = re.compile(r"[\w\-'’ \t\n,]+")
LETTERS_RE = re.compile(r"[^\W\d_]+")
LEADING_LETTERS_RE = re.compile(r"[ \t\n]*([^\W\d_]+)")
CHUNK_RE = re.compile(r"(?:[^\W\d_]|[-'’])+")  # a word of DOUBLED_RE, or a run of its characters in no match
MAX_PHRASE_WORDS = 4  # DOUBLED_RE's longest phrase
# the same patterns for ASCII text, whose letters are A-Z and a-z: the narrow classes are faster to test
ASCII_COMMA_SPAN_RE = re.compile(r"[A-Za-z0-9_\-' \t\n,]+")
ASCII_LETTERS_RE = re.compile(r"[A-Za-z]+")
ASCII_LEADING_LETTERS_RE = re.compile(r"[ \t\n]*([A-Za-z]+)")
ASCII_CHUNK_RE = re.compile(r"[A-Za-z'-]+")


def _folds_plainly(text: str) -> bool:
    """Whether casefold() equates every pair of letters that case-insensitive matching equates."""
    return text.isascii() or SPECIAL_FOLDS.isdisjoint(text)


def plain_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a DOUBLED_RE match can start, as (start, end) search bounds, in order and apart.

    A match is made of whole chunks (runs of letters, hyphens and apostrophes) separated by blanks: one to
    four, then the same again, so each of its k chunks recurs k chunks later. Its first chunk bounds a region
    from its start to the end of the longest copy it may open, one character past (the look-ahead reads
    what it reads in the whole text); overlapping regions are merged, so a region holds the whole of
    every match that starts in it.
    """
    block = text[start:end]
    if not _folds_plainly(block):
        return [(start, end)]
    ascii = block.isascii()
    chunk_re = ASCII_CHUNK_RE if ascii else for_text(CHUNK_RE, block)
    if ascii:  # lowercase letters are letters: fold the block at once
        chunks = chunk_re.findall(block.lower())
    else:
        chunks = [chunk.casefold() for chunk in chunk_re.findall(block)]
    longest: dict[int, int] = {}  # chunk index -> the most chunks a phrase opening there may have
    for k in range(1, MAX_PHRASE_WORDS + 1):
        alike = bytes(map(operator.eq, chunks, chunks[k:]))  # 1 at i: chunk i recurs k chunks on
        run = b"\1" * k
        i = alike.find(run)
        while i >= 0:  # each of the k chunks from i recurs k chunks on
            longest[i] = k
            i = alike.find(run, i + 1)
    if not longest:
        return []
    bounds = [m.span() for m in chunk_re.finditer(text, start, end)]
    regions: list[tuple[int, int]] = []
    for i in sorted(longest):
        chunk_start = bounds[i][0]
        stop = min(end, bounds[min(i + 2 * longest[i], len(bounds)) - 1][1] + 1)
        if regions and chunk_start < regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], stop))
        else:
            regions.append((chunk_start, stop))
    return regions


def comma_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a COMMA_DOUBLED_RE match can start: the two comma-free parts around a comma, when the word
    that opens the second part occurs in the first (a phrase holds no comma and its copy opens with its
    first word)."""
    block = text[start:end]
    if not _folds_plainly(block):
        return [(start, end)]
    if "," not in block:
        return []
    if block.isascii():
        span_re, letters_re, leading_re = ASCII_COMMA_SPAN_RE, ASCII_LETTERS_RE, ASCII_LEADING_LETTERS_RE
    else:
        span_re, letters_re, leading_re = (for_text(regex, block) for regex in (COMMA_SPAN_RE, LETTERS_RE,
                                                                                 LEADING_LETTERS_RE))
    regions = []
    for span in span_re.finditer(text, start, end):
        if "," not in span.group():
            continue
        parts, at = [], span.start()
        for piece in span.group().split(","):
            parts.append((at, at + len(piece), piece))
            at += len(piece) + 1
        for (s1, _, first), (_, e2, second) in zip(parts, parts[1:]):
            lead = leading_re.match(second)
            if lead is None or (word := lead.group(1).casefold()) not in first.casefold():
                continue  # the words of a part, casefolded, are pieces of the part casefolded
            if word in {w.casefold() for w in letters_re.findall(first)}:
                regions.append((s1, min(end, e2 + 1)))
    return regions


class RegionSearch:
    """`regex.search(text, pos, end)` for a growing pos, searching only the regions that can hold a match."""

    __slots__ = ("regex", "text", "regions", "index")

    def __init__(self, regex: re.Pattern, text: str, regions: list[tuple[int, int]]) -> None:
        self.regex, self.text, self.regions, self.index = regex, text, regions, 0

    def __call__(self, pos: int) -> re.Match | None:
        regions = self.regions
        while self.index < len(regions):
            low, high = regions[self.index]
            if pos < high:
                match = self.regex.search(self.text, max(pos, low), high)
                if match is not None:
                    return match
            self.index += 1
        return None


def _idiom(words: list[str]) -> bool:
    """A phrase that repeats a word around a link ("again and again", "hour by"+"hour by" in "hour by hour by
    the river", "day after day after day"): a reduplicative idiom, not a slip."""
    if len(words) == 2 and words[1] in LINKS and words[0] not in FUNCTION_WORDS:
        return True
    return len(words) >= 3 and any(words[i] in LINKS and words[i - 1] == words[i + 1]
                                   for i in range(1, len(words) - 1))


# a fraction of a fraction ("a billionth of a billionth of a second", "half of half of")
FRACTION_RE = re.compile(r"[a-z]*(?:illion|thousand|hundred|ten|teen|tie|four|fif|six|seven|eigh|nin|twelf)ths?|half|halves"
                         r"|quarters?|thirds?|fraction")  # "billionth", "ninth", "twentieth"; not "month", "growth"
FRACTION_GLUE = frozenset("a an one of".split())
NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+|\d)")
PREVIOUS_WORD_RE = re.compile(r"(?:(?P<det>[^\W\d_]+)[ \t]+)?(?P<verb>[^\W\d_]+)[ \t]+$")
# before a verb's form, a word that makes it a noun ("found a sign on on the door")
NOUN_MAKERS = frozenset("a an the this that these those his her its their our my your every each no".split())


@functools.lru_cache(maxsize=1)
def _grammatical_doubles() -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, str]]:
    """Phrasal verbs by particle, verbs with two objects, irregular forms (checker/data/doubled_words_ok.yaml)."""
    from ...data.cache import load_yaml

    data = load_yaml("doubled_words_ok")
    irregular = dict(pair.split(":") for pair in data["irregular"].split())
    return ({p: frozenset(v.split()) for p, v in data["particles"].items()}, frozenset(data["her_her"].split()),
            irregular)


def _lemma_in(word: str, lemmas: frozenset[str], irregular: dict[str, str]) -> bool:
    from ...lang.clauses import lemma_candidates

    word = word.lower()
    return irregular.get(word) in lemmas or any(c in lemmas for c in lemma_candidates(word))


def _grammatical(text: str, match: re.Match, word: str) -> bool:
    """A word doubled by the grammar around it: a phrasal verb's particle, then the same preposition ("brought
    in in a wheelchair"); "her" as the first object of a verb with two, then as a possessive ("had cost her her
    confidence"). The word before must be such a verb, the word after must open a phrase ("killed in in the
    attack" and "with her her advisers" are slips)."""
    particles, two_objects, irregular = _grammatical_doubles()
    before = PREVIOUS_WORD_RE.search(text, max(0, match.start() - 30), match.start())
    after = NEXT_WORD_RE.match(text, match.end())
    if before is None or after is None or (before.group("det") or "").lower() in NOUN_MAKERS:
        return False
    if word == "her":
        return _lemma_in(before.group("verb"), two_objects, irregular) and after.group(1).lower() not in FUNCTION_WORDS
    verbs = particles.get(word)
    return verbs is not None and _lemma_in(before.group("verb"), verbs, irregular)


def _legitimate(text: str, match: re.Match) -> bool:
    first = match.group("first")
    words = first.lower().split()
    if "of" in words and all(w in FRACTION_GLUE or FRACTION_RE.fullmatch(w) for w in words) and any(
            w not in FRACTION_GLUE for w in words):
        return True  # any slice of "a billionth of a billionth of a second"
    if _idiom(words) or (len(words) == 2 and words[0] in LINKS and text[max(0, match.start() - 40):match.start()]
                         .lower().split()[-1:] == [words[1]]):
        return True  # "day after day after day" read from its first "after"
    if len(words) == 1:
        word = words[0]
        if word in PAIRS_OK or word in EMPHATIC or _grammatical(text, match, word):
            return True
        if word == "is" and IS_IS_CONTEXT_RE.search(text, 0, match.start()):
            return True
        if word == "that" and not THAT_THAT_BAD_NEXT_RE.match(text, match.end()):
            return True
        if word in ("do", "does", "did") and IS_IS_CONTEXT_RE.search(text, 0, match.start()):
            return True
    # names made of a doubled word ("Bora Bora", "Sirhan Sirhan"); "Asia Asia" is a slip
    return " ".join(first.lower().split()) in reduplicated_names() or _short_doubled_name(text, match)


SHORT_NAME = 4  # letters in a syllable doubled into a name ("Naf Naf", "Mau Mau")
COMMON_SYLLABLE_ZIPF = 3.5


def _short_doubled_name(text: str, match: re.Match) -> bool:
    """A short capitalised syllable written twice with a space, no English word ("Naf Naf", a brand; "Mau
    Mau"): a reduplicated name; a longer name doubled ("Macron Macron") or a word ("Asia Asia") is a slip."""
    from ...lang.names import zipf

    first, second = match.group("first"), match.group("second")
    return (first == second and first.isalpha() and len(first) <= SHORT_NAME and first[0].isupper()
            and first[1:].islower() and text[match.end("first"):match.start("second")] == " "
            and zipf(first.lower()) < COMMON_SYLLABLE_ZIPF)


@functools.lru_cache(maxsize=None)
def reduplicated_names() -> frozenset[str]:
    raw = DATA_DIR.joinpath("reduplicated_names.txt").read_text(encoding="utf-8")
    pairs = (line.strip() for line in raw.splitlines())
    return frozenset(p.split()[0] for p in pairs if p and not p.startswith("#"))


def _in_title(quotes, match: re.Match) -> bool:
    """A capitalised double inside quotation marks is a title ("Danse Danse", a festival)."""
    return match.group("first")[:1].isupper() and match.group("second")[:1].isupper() and any(
        q.start <= match.start() and match.end() <= q.end for q in quotes)


def _quoted(quotes, match: re.Match) -> bool:
    return any(q.start <= match.start() and match.end() <= q.end for q in quotes)


# a noun phrase said again to be qualified, the rhetoric of the restatement: its second copy goes on with what
# narrows it (a complement, "only"); not a relative clause ("the army, the army that surrounded …" is a stutter)
RESTATED_DETERMINERS = frozenset("the this that these those a an our their his her its".split())
RESTATEMENT_RE = re.compile(r"[ \t]+(?:of|only|alone|itself)\b", re.I)


def _comma_legitimate(match: re.Match) -> bool:
    """Emphasis ("very, very", "slowly, slowly", "again and again, again and again"), a place and its
    state ("New York, New York", "Luxembourg, Luxembourg"), or a word doubled to open a sentence ("Please,
    please", "Order, order")."""
    first, second = match.group("first"), match.group("second")
    words = first.lower().split()
    if all(w in EMPHATIC or w.endswith("ly") for w in words) or _idiom(words):
        return True
    if words[0] in RESTATED_DETERMINERS and RESTATEMENT_RE.match(match.string, match.end()):
        return True  # "The fear, the fear of what comes next", "that night, that night only": a noun restated
    if len(words) == 1 and first[:1].isupper():
        text = match.string
        return words[0] in CITY_STATES or SENTENCE_OPENING_RE.search(text, max(0, match.start() - 3),
                                                                     match.start()) is not None
    return all(w[:1].isupper() for w in first.split() + second.split())


def _comma_doubles(text: str, quotes, start: int, end: int):
    """Phrases repeated across a comma, outside quotation marks (chants and emphasis live in quotes)."""
    regions = comma_regions(text, start, end)
    # COMMA_DOUBLED_WORD_RE's words are letters, as the comma regions read them, unless they hold × or ÷
    # (inside its Latin-1 ranges, but no letters)
    word_regions = regions if NOT_LETTERS_IN_RANGE.isdisjoint(text[start:end]) else [(start, end)]
    if not word_regions:
        return  # no region to search for either pattern
    for regex in (COMMA_DOUBLED_RE, COMMA_DOUBLED_WORD_RE):
        pos = start
        search = RegionSearch(regex, text, regions if regex is COMMA_DOUBLED_RE else word_regions)
        while match := search(pos):
            if _quoted(quotes, match) or _comma_legitimate(match):
                pos = match.start() + 1
                continue
            pos = match.end()
            yield match


def check(ctx):
    text = ctx.doc.text
    quotes = ctx.get("target.marked_quotes")
    # what a block can hold only if the text does: two forms of "have", two numbers apart by blanks
    auxiliaries = any(pair in text for pair in AUXILIARY_PAIRS)
    numbers = NUMBER_PAIR_RE.search(text) is not None
    for block in ctx.doc.blocks:
        pos, search = block.start, RegionSearch(DOUBLED_RE, text, plain_regions(text, block.start, block.end))
        while match := search(pos):
            if _legitimate(text, match) or _in_title(quotes, match):
                pos = match.start() + 1  # a rejected pair may overlap a real one
                continue
            pos = match.end()
            first = match.group("first")
            yield Hit(match.start(), match.end(),
                      f"'{first}' is written twice in a row; delete the repetition.",
                      suggestion=first)
        for match in _comma_doubles(text, quotes, block.start, block.end):
            first = match.group("first")
            yield Hit(match.start(), match.end(),
                      f"'{first}' is written twice, separated only by a comma; delete one copy.",
                      suggestion=first)
        pairs = AUXILIARY_PAIR_RE.finditer(text, block.start, block.end) if auxiliaries and any(
            text.find(pair, block.start, block.end) >= 0 for pair in AUXILIARY_PAIRS) else ()
        for match in pairs:
            first, second = match.group("first"), match.group("second")
            if first.lower() != second.lower() and not _quoted(quotes, match):
                yield Hit(match.start(), match.end(),
                          f"'{first}' and '{second}' are two forms of one verb written in a row; keep the one that "
                          f"agrees with the subject.")
        if not numbers or NUMBER_PAIR_RE.search(text, block.start, block.end) is None:
            continue  # no two numbers apart by blanks only
        for match in DOUBLED_NUMBER_RE.finditer(text, block.start, block.end):
            first = match.group("first")
            yield Hit(match.start(), match.end(),
                      f"'{first}' is written twice in a row; delete the repetition.",
                      suggestion=first)


RULE = Rule(
    code="REP001",
    name="doubled-words",
    category=Category.REPETITION,
    severity=Severity.WARNING,
    summary="A word or phrase written twice in a row, or a phrase repeated across a comma.",
    check=check,
    requires=("target.marked_quotes",),
    doc="""\
## What it does
Finds a word or a phrase of up to four words immediately repeated ("the the",
"clocks clocks", "in the in the"), case-insensitively, within a paragraph.
Repetitions that English and French make on purpose are left alone: "had had",
"that that" where the second is a pronoun ("he said that that was wrong"; not before a subject: "a tenderness
that that nobody had"), a phrasal verb's particle before the same preposition ("was brought in in a wheelchair",
"switched on on a table"; verbs by particle in `checker/data/doubled_words_ok.yaml`, not after a determiner: "a
sign on on the door"), "her her" after a verb with two objects ("had cost her her confidence"), a fraction of a
fraction ("a billionth of a billionth of a second"), "is is"
after "what" ("what it is is"), emphatic doubles ("very very", "bye bye"),
reflexive "nous nous", and names made of a doubled word ("Bora Bora", "Sirhan Sirhan",
listed in `checker/data/reduplicated_names.txt`, and any short capitalised syllable of up to four letters
that is no common English word, doubled with a space: "Naf Naf", a brand; "Macron Macron" and "Asia Asia"
are slips). A number written twice ("August 5 5")
is reported too, and so are two forms of "have" in a row ("laboratories have has obtained"; "be" is left
alone, as a free relative doubles it: "what they are is unclear", "what it was were lies"), and so is a phrase
of two to six words (or one lowercase word of five letters or more) repeated
across a comma, or a comma and a line break ("in the city, in the city", "The government, the
government", "insufficient, insufficient"), the trace of a segment translated twice, and a name doubled
across a comma inside a sentence ("In Cholet, Cholet, where"), unless it is a city and its country
("Luxembourg, Luxembourg") or opens a sentence ("Order, order"). Left alone:
such a repetition inside quotation marks (chants, emphasis: "“Never again, never again,” they
chanted"); emphatic words ("very, very", "slowly, slowly"); reduplicative idioms, whose phrase
repeats a word around a link ("again and again, again and again", "hour by hour by the river",
"day after day after day"); and a name and its state ("New York, New York").

## Why is this bad?
A doubled word is a typing or pipeline slip; machine translation also repeats
the last word of a segment.

## Example
`their production by biological clocks clocks.` → `clocks`.
""",
    examples=(
        Example("Many rhythms depend on their production by biological [[clocks clocks]]."),
        Example("Hospitals in the north [[have has]] run out of beds.", note="two forms of one auxiliary"),
        Example("The union [[has have]] called a strike."),
        Example("The ministry, which had claimed [[that that]] its figures were right, apologised.",
                note="a doubled conjunction before a determiner"),
        Example("What the workers are is exhausted.", note="'are is' reads as a free relative"),
        Example("She said that that figure was wrong.", note="the second 'that' is a determiner"),
        Example("In [[Cholet, Cholet]], where Michelin has a plant, jobs are going.",
                note="a name repeated across a comma"),
        Example("The company, based in [[Kyiv, Kyiv]] said on Monday it would expand."),
        Example("He lives in Luxembourg, Luxembourg, near the station.", note="a city and its country"),
        Example("Order, order! the Speaker shouted.", note="a word doubled to open a sentence"),
        Example("[[The the]] minister arrived late."),
        Example("The talks took place [[in the in the]] capital."),
        Example("He said [[that that]] the treaty would be signed.", note="'that' before 'the' is a doubled complementiser"),
        Example("The vote was [[postponed postponed]] again."),
        Example("Il a [[dit dit]] que le traité serait signé."),
        Example("They had had enough of the delays."),
        Example("He said that that was the end of it."),
        Example("What it is is a question of trust."),
        Example("The resort of Bora Bora attracts tourists."),
        Example("It was a very very long meeting."),
        Example("Nous nous sommes trompés."),
        Example("Bush announced his plan to expand trade in [[Asia Asia]]."),
        Example("He fell off stage during a concert on August [[5 5]]."),
        Example("Sirhan Sirhan was denied parole again."),
        Example("Marie Chouinard is staging \"A Danse Danse\", her new choreography.", note="a title in quotes"),
        Example("The match ended 2-2 after 5 5-minute breaks.", note="different tokens"),
        Example("The minister. The minister's aide spoke later."),
        Example("The victim was targeted [[in the city, in the city]] where two shootings took place."),
        Example("[[For the first time, for the first time]] the Prime Minister received the unions."),
        Example("The parliament will meet [[within thirty days, within thirty days]], in Warsaw."),
        Example("Cases multiplied [[in several regions, in several regions]], the agency said."),
        Example("“Never again, never again,” the crowd chanted.", note="a chant in quotation marks"),
        Example("Every summer, every single summer, they promise the same thing.", note="not the same words"),
        Example("In Paris, in Lyon and in Marseille, the trains stopped."),
        Example("No, no, he said, the vote will go ahead.", note="single emphatic words"),
        Example("Very, very few people came.", note="emphasis"),
        Example("The farmers consider the measures [[insufficient, insufficient]]."),
        Example("Slowly, slowly, the water receded.", note="an emphatic adverb"),
        Example("[[The government, the government]] announced new measures on Monday."),
        Example("Police arrested [[three people, three people]] on Sunday."),
        Example("The decision was taken by [[the\nthe]] council.", note="across a line break"),
        Example("The water rose hour by hour by the river bank.", note="'hour by hour' is an idiom"),
        Example("Day after day after day, the siege went on."),
        Example("Again and again, again and again, the sirens rang."),
        Example("They are [[intersex, intersex]] part of a group of rare conditions."),
        Example("He was born in New York, New York, in 1950.", note="a city and its state"),
        Example("Shops such as Naf Naf and Kookaï closed.", note="a short syllable doubled: a brand's name"),
        Example("The [[Macron Macron]] government fell.", note="a longer name doubled"),
    ),
)
