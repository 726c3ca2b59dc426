"""FRG002: a sentence of six words or more without any verb, inside a running paragraph."""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import WORD_RE, could_be_verb
from ...lang.sentences import is_abbreviation_stop, split_sentences
from ...registry import Example, Rule

MIN_WORDS = 6
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .-]*)?\s*\((?:[A-Z][\w ]*)\)\s*[-–—]")


class _Shared:
    """What the fragment rules read of one context, computed once for the four of them: each block's
    sentence spans, trimmed, and the untranslated sentences indexed by start."""

    __slots__ = ("ctx", "by_block", "trimmed", "french_starts", "french_reach")

    def __init__(self, ctx) -> None:
        self.ctx, self.trimmed = ctx, {}
        self.by_block: dict[int, list[tuple[int, int]]] = {}
        try:
            for s in ctx.get("target.sentences"):
                self.by_block.setdefault(s.block, []).append((s.start, s.end))
        except (ImportError, KeyError):  # the shared splitter is not available: split here
            pass
        spans = sorted((f.start, f.end) for f in ctx.get("target.untranslated").sentences)
        self.french_starts = [start for start, _ in spans]
        self.french_reach = list(itertools.accumulate((end for _, end in spans), max))  # the farthest end so far


_SHARED: list = [None]  # the last context's _Shared: the fragment rules read one context in turn


def _shared(ctx) -> _Shared:
    shared = _SHARED[0]
    if shared is None or shared.ctx is not ctx:
        shared = _SHARED[0] = _Shared(ctx)
    return shared


def sentences_by_block(ctx) -> dict[int, list[tuple[int, int]]]:
    """Each block's sentence spans, from one pass over the shared splitter's sentences."""
    return _shared(ctx).by_block


def block_sentences(ctx, index: int, block, by_block: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The sentence spans of block `index`, trimmed of trailing space (kept for the other fragment rules)."""
    shared = _shared(ctx)
    if by_block is not shared.by_block:
        return _block_sentences(ctx, index, block, by_block)
    found = shared.trimmed.get(index)
    if found is None:
        found = shared.trimmed[index] = _block_sentences(ctx, index, block, by_block)
    return found


def _block_sentences(ctx, index: int, block, by_block: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    spans = by_block.get(index)
    if not spans:
        spans = split_sentences(ctx.doc.text, block.start, block.end, ctx.doc.lang)
    return [(s, e) for s, e in ((s, _rstrip(ctx.doc.text, s, e)) for s, e in spans) if e > s]


def untranslated_at(ctx, pos: int) -> bool:
    """Whether `pos` lies in a sentence that the untranslated-text annotation found in the source language."""
    shared = _shared(ctx)
    i = bisect.bisect_right(shared.french_starts, pos)  # the sentences starting at or before pos
    return i > 0 and shared.french_reach[i - 1] > pos


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _true_start(text: str, block_start: int, start: int) -> bool:
    """Whether `start` follows the block start or a sentence-final stop (not an abbreviation)."""
    pos = start
    while pos > block_start and (text[pos - 1].isspace() or text[pos - 1] in "\"'”’»)]"):
        pos -= 1
    if pos == block_start:
        return True
    return text[pos - 1] in "!?" or (text[pos - 1] == "." and not is_abbreviation_stop(text, pos - 1))


class QuoteState:
    """Whether a position of a block is inside a quotation, counting the marks before it once, left to right."""

    MARKS = ("“", "”", '"', "«", "»")

    def __init__(self, text: str, block_start: int) -> None:
        self.text, self.start = text, block_start
        self.pos, self.counts = block_start, [0] * len(self.MARKS)

    def inside(self, pos: int) -> bool:
        if pos < self.pos:  # asked out of order: count from the block start again
            self.pos, self.counts = self.start, [0] * len(self.MARKS)
        part = self.text[self.pos:pos]
        self.counts = [n + part.count(mark) for n, mark in zip(self.counts, self.MARKS)]
        self.pos = max(self.pos, pos)
        opening, closing, straight, left, right = self.counts
        return opening > closing or straight % 2 == 1 or left > right


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    by_block = sentences_by_block(ctx)
    for index, block in enumerate(ctx.doc.blocks):
        if block.kind != "paragraph":
            continue  # headings, titles, list items, table cells, block quotes
        sentences = block_sentences(ctx, index, block, by_block)
        if len(sentences) < 2:
            continue  # a one-sentence paragraph is a caption, a crosshead or a deliberate fragment
        quotes = QuoteState(text, block.start)
        for start, end in sentences:
            sentence = text[start:end]
            opener = sentence[0].isupper() or sentence[0].isdigit()
            if not sentence.endswith(".") or not opener or DATELINE_RE.match(sentence):
                continue  # lowercase starts are FRG001's; quotes, brackets and datelines are not prose
            if not _true_start(text, block.start, start) or is_abbreviation_stop(text, end - 1):
                continue  # the splitter cut at an abbreviation ("Ph.D. Student")
            words = WORD_RE.findall(sentence)
            size = len([w for w in words if not w[0].isdigit()])
            adverbial = words[0].lower() in ADVERBIAL_OPENERS and "," not in sentence
            # a predicative apposition cut off the sentence of its subject ("Victim of a knee injury.")
            apposition = (len(words) > 2 and words[1].lower() in ("of", "to") and words[0].lower() not in NOT_APPOSITIVE
                          and "," not in sentence)
            least = MIN_BARE_WORDS if words[0].lower() in BARE_OPENERS else MIN_ADVERBIAL_WORDS
            if size < (least if adverbial or apposition else MIN_WORDS) or _has_verb(words):
                continue
            if quotes.inside(start) or untranslated_at(ctx, start):  # a French verb is not English
                continue
            # a noun phrase opened by an indefinite article, commenting on the sentence before ("A mobilisation
            # without precedent in a decade."): the French nominal sentence, which English prose does not use
            # a time or cause adverbial in one piece ("Since the fall of the city."), or a head count with its
            # place ("Thousands of people in the streets of Minsk."): the adverbial cut off the next sentence, or
            # the French nominal sentence, both foreign to English news prose
            # a head count described after a comma ("Two tiny pink cubs, each weighing …") is a feature's lead
            counted = _counted(words) and "," not in sentence
            # the article's opening sentence has no sentence before it to comment on: a scene-setting lede ("A night
            # of horror in the heart of Old Quebec." under the headline)
            opener_comment = words[0].lower() in COMMENT_OPENERS and not _lede(text, ctx.doc.blocks, index, start)
            comment = (opener_comment or adverbial or apposition or counted
                       or _coordinated_adverbs(sentence, words))
            yield Hit(start, end, "This sentence has no verb: it reads as a fragment split off its neighbour; "
                                  "join it to the sentence it belongs to or complete it.",
                      severity=Severity.WARNING if comment else None)


def _lede(text: str, blocks, index: int, start: int) -> bool:
    """The sentence opens the article's first paragraph: the first block, or the second under a headline (one line
    without a full stop)."""
    if start != blocks[index].start or index > 1:
        return False
    return index == 0 or not text[blocks[0].start:blocks[0].end].rstrip().endswith(".")


# a manner adverb, a comma and a coordinated adverbial ("Spontaneously, and often without any instructions."):
# the adverbials of the sentence before, cut off it
COORDINATORS = frozenset("and but or yet".split())
MIN_COORDINATED_WORDS = 5


def _coordinated_adverbs(sentence: str, words: list[str]) -> bool:
    first = words[0]
    return (len(words) >= MIN_COORDINATED_WORDS and len(first) > 5 and first.lower().endswith("ly")
            and sentence[len(first):len(first) + 1] == "," and words[1].lower() in COORDINATORS)


COMMENT_OPENERS = frozenset("a an another".split())
# prepositions of time and cause whose phrase modifies a clause: alone, it was cut off the sentence it belongs to
ADVERBIAL_OPENERS = frozenset("since after before during until till despite following amid throughout without among "
                              "unlike thanks".split())
MIN_ADVERBIAL_WORDS = 4
BARE_OPENERS = frozenset(("without",))  # "Without success.": the French "Sans succès." at any length
MIN_BARE_WORDS = 2
# words that open a sentence with "of"/"to" after them and are no predicative apposition ("One of …", "Most of …")
NOT_APPOSITIVE = frozenset("""
one two three four five six seven eight nine ten some most many all none each both half part several few much
more less any either neither rest majority minority out because instead ahead according due next prior up down
back thanks close in on at by from for with as the a an this that these those his her its their our what which
""".split())
ADJECTIVE_ENDINGS = ("ed", "ive", "ous", "ful", "ible", "able", "ical")
DETERMINERS = frozenset("the a an his her its their our this these those every each".split())
COUNTS = frozenset("""
two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds
thousand thousands million millions dozens tens scores
""".split())


@functools.lru_cache(maxsize=1)
def _nominalised() -> frozenset[str]:
    from ...data.cache import load_yaml

    return frozenset(load_yaml("fragment_words").get("nominalised_adjectives", "").split())


def _counted(words: list[str]) -> bool:
    """A noun phrase opened by a number ("Hundreds of thousands of people", "Two hundred families")."""
    return bool(words) and (words[0][0].isdigit() or words[0].lower() in COUNTS)


def _has_verb(words: list[str]) -> bool:
    """Whether a word may be a finite verb: not a number, nor a word right after a determiner or a preposition
    ("the pine forest", "of the Landes"); after "to" it may be an infinitive, and the rule errs on silence."""
    from .detached_clause import _words

    nominal = _words().nominal
    previous = before = ""
    for word in words:
        low = word.lower()
        # "the repeated calls": a word after a determiner and an adjective is a noun; not after an adjective that
        # stands as a plural noun ("the wounded remain")
        described = before in DETERMINERS and previous.endswith(ADJECTIVE_ENDINGS) and not (
            before == "the" and previous in _nominalised())
        if not word[0].isdigit() and (previous not in nominal or previous == "to") and not described \
                and could_be_verb(word, finite=True):
            return True
        before, previous = previous, low
    return False


RULE = Rule(
    code="FRG002",
    name="verbless-sentence",
    category=Category.SENTENCE_FRAGMENT,
    severity=Severity.INFO,
    summary="A sentence of six words or more without a verb inside a running paragraph.",
    check=check,
    requires=("target.sentences", "target.untranslated"),
    doc="""\
## What it does
Reports a sentence of at least six words in which no word can be a finite verb, when it
stands inside a paragraph of several sentences. Headlines, crossheads, list items, captions
and one-sentence paragraphs, datelines ("PARIS (Reuters) -"), quoted speech and short
elliptical answers ("Not at all.") are left alone. Verbs are recognised from a lexicon of
English verbs and their inflections (`checker/data/fragment_verbs.yaml`); a word that may be
a verb ("arms", "plans") counts as one, so the rule errs on the side of silence, unless it follows a
determiner or a preposition ("the pine forest"). Information only, but for a noun phrase opened by an
indefinite article ("A mobilisation without precedent in a decade."): the French nominal sentence
commenting on the one before, which English news prose does not use, is a warning, but for the article's opening
sentence, which has none before it: a scene-setting lede ("A night of horror in the heart of Old Quebec." under the
headline) stays information. So are a time or cause
adverbial in one piece, from four words ("Since the fall of the city.", "After two years of silence."), cut off the
sentence it belongs to, and a head count with its place ("Hundreds of thousands of people in the streets of Minsk."), unless a comma
describes it (a feature's lead: "Two tiny pink cubs, each weighing little more than a bar of chocolate."), and a
manner adverb with a coordinated adverbial, from five words ("Spontaneously, and often without any instructions."):
the adverbials of the sentence before, cut off it.

## Why is this bad?
A long verbless sentence in running prose is usually the tail of the previous sentence cut
off by a misplaced full stop, or a clause whose verb the translation dropped.

## Example
`The ministry announced sanctions. The intensive production of artillery shells for future
deliveries to Russia.` → join the second part to the first or give it a verb.
""",
    examples=(
        Example("Neighbours cleared the mud themselves. [[Quietly, and mostly without any help from the council.]]",
                note="a manner adverb and a coordinated adverbial"),
        Example("Gunmen opened fire in the lobby. Dozens of the wounded remain in a serious condition. The toll "
                "may rise.",
                note="an adjective standing as a plural noun, then its verb"),
        Example("The ministry announced new sanctions. [[The intensive production of artillery shells for "
                "future deliveries to Russia.]]"),
        Example("Seoul reacted quickly. [[A major gift to Pyongyang from its old partner in the Security Council.]]"),
        Example("The talks ended on Friday. [[Without any agreement on the future of the pipeline, officially "
                "at least.]] Both sides will meet again."),
        Example("Prices rose again in May. [[Another disaster for the households of the poorest regions.]]"),
        Example("The visit was short. [[Only two hours in the capital, far from the people.]]"),
        Example("PARIS (Reuters) - The visit was short. The leaders met for two hours."),
        Example("A new chapter for the alliance between Moscow and Pyongyang"),
        Example("The visit was short. Not at all."),
        Example("The visit was short. “A great day for our two peoples and for the whole region.”"),
        Example("The intensive production of artillery shells for future deliveries to Russia."),
        Example("Analysts warned against the intensive production of artillery shells. They cited Seoul."),
        Example("The president arrived. Russia continuing its assault."),
        Example("The fund was set up in Lisbon. Il n'a pas précisé si Kiev contribuerait au fonds de la région.",
                note="a French sentence is the untranslated rule's"),
        Example("Thousands marched in Lyon. [[A turnout without equal for a decade in the region.]] The "
                "unions were pleased.", note="a nominal comment opened by an indefinite article: a warning"),
        Example("The dam burst at dawn. [[A catastrophe for the fruit growers of the lower valley.]]",
                note="'fruit' after 'the' is a noun, not a verb"),
        Example("The fire spread quickly. [[Another blow for the wine farms of the Gironde estuary.]]"),
        Example("The film opened in Cannes. [[A triumph for the young director from Marseille and her crew.]]"),
        Example("The strike ended. [[Nothing at all on the network for the third day in a row.]]",
                note="no indefinite opener: information"),
        Example("The film opened in Cannes. A triumph for the director, it won three prizes.",
                note="a verb after the comma"),
        Example("The film opened in Cannes. “A triumph for the young director from Marseille,” critics wrote.",
                note="quoted speech and a verb"),
        Example("A triumph for the young director from Marseille and her crew", note="a headline"),
        Example("The strike ended. A deal was signed in the early hours of the morning.", note="a verb"),
        Example("The vote was close. A majority of 12 votes out of 577 in the assembly, he said.",
                note="a reporting clause"),
        Example("The border crossing reopened on Monday. [[Since the collapse of the truce.]] Aid lorries wait "
                "in a queue of several kilometres.", note="a time adverbial cut off: a warning"),
        Example("Talks resumed in Geneva. [[After two years of silence.]] Neither side made an offer.",
                note="four words are enough for a cut-off adverbial"),
        Example("The capital is calm again. [[Thousands of riot police at every crossroads of the centre.]] "
                "Shops have reopened.", note="a head count without a verb: a warning"),
        Example("The strike spread on Friday. [[Forty families without water in the flooded valley.]]"),
        Example("The strike spread. After the vote, silence.", note="short, and a comment after the comma"),
        Example("The strike spread on Friday. Since then, the trains have run.", note="a verb"),
        Example("The trains stopped. After that.", note="too short to tell"),
        Example("The capital is calm again. Thousands of riot police stand at every crossroads.", note="a verb"),
        Example("Since the fall of the city", note="a headline"),
    ),
)
