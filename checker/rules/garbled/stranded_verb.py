"""GRB003: a lone verb stranded after a comma at the end of a sentence ("…, officially less, agrees.")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import WORD_RE, could_be_verb, is_speech_verb
from ...registry import Example, Rule
from .literal_syntax import literal_syntax_hits
from .spans import Spans

STRANDED_RE = re.compile(r",[ \t]+(?P<verb>[a-z]+)(?=[.!?](?:\s|$))")
# Words that close a sentence after a comma in English although they may be verbs.
SENTENCE_CLOSERS = frozenset("""
please thanks say mind wait look see listen remember well right anyway again too also though however
then instead indeed apparently respectively perhaps maybe yes no sir madam folks guys
""".split())
CHAIN_WORDS = 4


class _QuoteMarks:
    """Whether a position is inside a quote opened since the paragraph's start; asked at growing positions,
    it counts each stretch of text once."""

    __slots__ = ("text", "pos", "counts")
    MARKS = "“”\"«»"

    def __init__(self, text: str, block_start: int) -> None:
        self.text, self.pos, self.counts = text, block_start, dict.fromkeys(self.MARKS, 0)

    def inside(self, pos: int) -> bool:
        for mark in self.MARKS:
            self.counts[mark] += self.text.count(mark, self.pos, pos)
        self.pos, n = pos, self.counts
        return n["“"] > n["”"] or n['"'] % 2 == 1 or n["«"] > n["»"]


def _previous_piece(text: str, block_start: int, comma: int) -> str:
    start = comma
    while start > block_start and text[start - 1] not in ",;:.!?“”\"(":
        start -= 1
    return text[start:comma]


INTERRUPTED_COPULA_RE = re.compile(r"\b(?:is|was|are|were|be|been|became|becomes|remained|remains|seemed|seems)\s*,")


def _interrupted_predicate(text: str, block_start: int, comma: int) -> bool:
    """A copula of the same sentence interrupted by a comma, whose complement the stranded word is."""
    start = max(text.rfind(mark, block_start, comma) for mark in ".!?") + 1
    return INTERRUPTED_COPULA_RE.search(text, max(start, block_start), comma) is not None


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        covered = marks = None  # built at the block's first stranded word
        for match in STRANDED_RE.finditer(text, block.start, block.end):
            verb = match.group("verb")
            if verb in SENTENCE_CLOSERS or verb.endswith(("ed", "ly")) or not could_be_verb(verb, finite=True):
                continue
            if covered is None:
                covered = Spans.of((s, e) for s, e, _, _ in literal_syntax_hits(text, block.start, block.end))
                marks = _QuoteMarks(text, block.start)
            if marks.inside(match.start()):
                continue
            piece = WORD_RE.findall(_previous_piece(text, block.start, match.start()))
            if len(piece) <= 1 and (not piece or could_be_verb(piece[0], finite=True)):
                continue  # a list of verbs: "eat, sleep, repeat."
            if _interrupted_predicate(text, block.start, match.start()):
                continue  # "The square was, that night, that night only, calm.": the word completes the copula
            if is_speech_verb(verb) and all(w[0].isupper() for w in piece):
                continue  # "…, the interior minister, Gérald Darmanin, said.": a name in apposition to the speaker
            if covered.ends_after(match.start(), match.start() - len(" ".join(piece)) - 3):
                continue  # the garbled stretch before it is already reported
            chain = len(piece) <= CHAIN_WORDS and not any(could_be_verb(w, finite=True) for w in piece)
            yield Hit(match.start("verb"), match.end("verb"),
                      f"'{verb}' stands alone after a comma at the end of the sentence, with no subject: the "
                      f"clause is garbled (often a French noun or participle translated as a verb).",
                      severity=None if chain else Severity.INFO)


RULE = Rule(
    code="GRB003",
    name="stranded-verb",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A lone verb after a comma closing the sentence, with no subject ('…, officially less, agrees.').",
    check=check,
    doc="""\
## What it does
Finds a sentence that ends with a comma and a single word that can only be read as a
finite verb ("…, agrees.", "…, is.", "…, deplores."). It is a warning when the piece before the
comma is a short verbless fragment (a chain of fragments: "…, not the opposite, judge."),
info otherwise. Lists of verbs ("eat, sleep, repeat"), quoted speech, a speech verb after a
name in apposition to its speaker ("…, the minister, Gérald Darmanin, said."), the complement of a
copula that a comma interrupts ("The square was, that night only, calm."), and words that close
English sentences after a comma ("please", "thanks", "say", "too") are left alone; a stretch
already reported by GRB001 is not reported twice.

## Why is this bad?
English verbs need a subject; a verb stranded at the end of the sentence is the trace of a
word-for-word translation in which a French noun (*d'accords*, "agreements") or an inverted
verb became a bare English verb. The reader cannot rebuild the sentence.

## Example
`…, it is he who is supposed to make Sisi, not the opposite, judge.` → `…, he is the one who
is supposed to judge Sisi, not the other way round.`
""",
    examples=(
        Example("It is he who is supposed to make Sisi, not the opposite, [[judge]]."),
        Example("The port where the mining companies, notably Rio Tinto and Vale, export the coal, [[is]].",
                note="info: the piece before has a verb"),
        Example("The visit ended without results, in the end, [[agrees]]."),
        Example("What is the meaning of life, the young woman, [[deplores]]."),
        Example("The folds that mark the forehead, the days of anxiety, [[dig]]."),
        Example("Without concluding, officially less, agrees.", note="GRB001 reports the stretch"),
        Example("Eat, sleep, repeat."),
        Example("Come in, please."),
        Example("He said, “We will win, again and again, always.” She agreed."),
        Example("The talks were long, tense and, in the end, useless."),
        Example("Prices rose in May, the agency said."),
        Example("Turnout was a record, its chairwoman, Ella Pamfilova, said."),
        Example("The square was, that night, that night only, calm.", note="the complement of an interrupted 'was'"),
        Example("He had applied for asylum in November, the interior minister, Gérald Darmanin, said."),
        Example("He was tired, exhausted."),
    ),
)
