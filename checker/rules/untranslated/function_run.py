"""UNT004: French function words left in a row inside an English sentence ("à cause de", "par le tribunal")."""
from __future__ import annotations

import bisect
import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

# lowercase French function words English does not write on their own: where a run may start (case-sensitive, so
# that "Le Monde" and "La Rochelle" are names)
SEEDS = frozenset("à au aux du des le la les une dans avec sur pour par lors chez sans vers depuis selon contre cette "
                  "ces très il elle nous leur leurs sont est pas".split())
SEED_RE = re.compile(r"(?<![\w'’-])(?:à|au|aux|du|des|le|la|les|une|dans|avec|sur|pour|par|lors|chez|sans|vers|"
                     r"depuis|selon|contre|cette|ces|très|il|elle|nous|leurs?|sont|est|pas)(?![\w'’-])")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
FRENCH = 1.0  # a word this much more frequent in French than in English (Zipf) leans French
STRONG = 2.0  # and this much is French beyond doubt: two such words make a run French
ONLY = 3.0  # a word English hardly writes ("à", "une", "avec", "dans"): one is enough beside a French-leaning word
NEUTRAL = 1.0  # a word both languages write as often: it may sit between two French words ("à cause de")
REACH = 4  # words looked at on each side of a seed
# French the writer names as French: a term announced ("so-called", "known as", "the French") or glossed after
GLOSS_BEFORE_RE = re.compile(r"\b(?:so-called|known as|dubbed|called|termed|the French(?: term| phrase| expression)?|"
                             r"in French|French for)\s+(?:[^\W\d_]+\s+){0,3}$", re.I)
GLOSS_AFTER_RE = re.compile(r"[^\S\n]*(?:\((?!\d)|,\s+(?:or|i\.e\.|meaning|literally)\b|[–—]\s+(?:or|meaning|literally)\b)")


def _lean(word: str) -> tuple[float, bool]:
    from ...lang.langid import word_language

    found = word_language(word)
    return found.fr - found.en, found.function


def _run(text: str, seed: re.Match, start: int, end: int) -> tuple[int, int] | None:
    """The French run around a seed word: French-leaning words, and one neutral word between two of them."""
    before = list(TOKEN_RE.finditer(text, max(start, seed.start() - 60), seed.start()))[-REACH:]
    after = list(TOKEN_RE.finditer(text, seed.end(), min(end, seed.end() + 60)))[:REACH]
    tokens = [*before, seed, *after]
    leans = [_lean(m.group().lower())[0] for m in tokens]
    at = len(before)
    lo = hi = at
    while lo > 0 and _joined(text, tokens[lo - 1], tokens[lo]) and (
            leans[lo - 1] >= FRENCH or lo > 1 and abs(leans[lo - 1]) < NEUTRAL and leans[lo - 2] >= STRONG
            and _joined(text, tokens[lo - 2], tokens[lo - 1])):
        lo -= 1
    while hi + 1 < len(tokens) and _joined(text, tokens[hi], tokens[hi + 1]) and (
            leans[hi + 1] >= FRENCH or hi + 2 < len(tokens) and abs(leans[hi + 1]) < NEUTRAL
            and leans[hi + 2] >= STRONG and _joined(text, tokens[hi + 1], tokens[hi + 2])):
        hi += 1
    run = tokens[lo:hi + 1]
    if len(run) < 2 or sum(leans[i] >= STRONG for i in range(lo, hi + 1)) < 2 and max(leans[lo:hi + 1]) < ONLY:
        return None
    if any(m.group()[0].isupper() for m in run):
        return None  # a name: "Côtes du Rhône", "Place de la République"
    if leans[hi] < FRENCH:
        return None
    # a name's French tail: "the Tour de France", "Saint-Jean de Luz"
    neighbours = [tokens[lo - 1]] if lo > 0 and _joined(text, tokens[lo - 1], tokens[lo]) else []
    neighbours += [tokens[hi + 1]] if hi + 1 < len(tokens) and _joined(text, tokens[hi], tokens[hi + 1]) else []
    if any(m.group()[0].isupper() for m in neighbours):
        return None
    return run[0].start(), run[-1].end()


def _joined(text: str, left: re.Match, right: re.Match) -> bool:
    """Two words of one phrase: blanks only between them (an apostrophe joins "d'une")."""
    gap = text[left.end():right.start()]
    return gap.strip(" \u00a0") == "" and len(gap) <= 2


def check(ctx):
    from ...lang.loanwords import find_loanwords
    from ..lexicon import text_words

    text = ctx.doc.text
    if SEEDS.isdisjoint(text_words(text)[1]):
        return  # a seed is a whole word, so one of the text's runs of letters: none, no run to start
    quotes = sorted((q.start, q.end) for q in ctx.get("target.marked_quotes"))
    analysis = ctx.get("target.untranslated")
    reported = sorted((f.start, f.end) for f in (*analysis.runs, *analysis.sentences)
                      if f.severity >= Severity.WARNING)  # a doubtful run reported as info may be confirmed here
    for block in ctx.doc.blocks:
        pos = block.start
        for seed in SEED_RE.finditer(text, block.start, block.end):
            if seed.start() < pos:
                continue
            span = _run(text, seed, block.start, block.end)
            if span is None:
                continue
            start, end = span
            pos = end
            i = bisect.bisect_right(quotes, (start, len(text)))
            if i > 0 and quotes[i - 1][1] >= end:
                continue  # a quotation, a title
            j = bisect.bisect_left(reported, (end, end))
            if any(s < end and start < e for s, e in reported[max(0, j - 3):j]):
                continue  # UNT001 or UNT002 reports it
            if GLOSS_BEFORE_RE.search(text, max(block.start, start - 60), start) or GLOSS_AFTER_RE.match(text, end):
                continue  # French named as such: "the so-called mariage pour tous law", "à la une (front page)"
            if find_loanwords(text, max(block.start, start - 30), min(block.end, end + 30)):
                continue  # "café au lait", "pied-à-terre": English
            phrase = text[start:end]
            yield Hit(start, end, f"The French words '{phrase}' were left untranslated in an English sentence.")


RULE = Rule(
    code="UNT004",
    name="french-function-run",
    category=Category.UNTRANSLATED,
    severity=Severity.WARNING,
    summary="French function words left in a row inside an English sentence (\"à cause de\", \"par le tribunal\").",
    check=check,
    requires=("target.marked_quotes", "target.untranslated"),
    doc="""\
## What it does
Finds a run of words that lean French (by their frequency in French and English), holding a French function
word English does not write (à, au, du, des, le, la, dans, par, pour, sur, lors…) and at least two words that
are French beyond doubt (or one that English hardly ever writes: "à son domicile"), inside an English sentence: "disrupted à cause de the snow", "heard par le tribunal
in Bobigny". One word both languages write may sit between two French ones ("à cause de"). Left alone: a run
with a capital or next to one (names: "the Place de la République", "Côtes du Rhône"), a run inside quotation
marks (a title, a slogan), French the text names as such ("the so-called mariage pour tous law", a gloss in
brackets after it), loanwords English uses (`checker/data/loanwords.yaml`: "café au lait",
"pied-à-terre"), and what `UNT001`/`UNT002` already report as warnings (a run they report as doubtful is confirmed here).

## Why is this bad?
A machine translation that fails on a phrase leaves its French words, and an English reader cannot read them.

## Example
`Traffic was disrupted à cause de the snow.` → `because of`.
""",
    examples=(
        Example("Traffic was disrupted [[à cause de]] the snow on Monday morning."),
        Example("The case will be heard [[par le]] tribunal in Bobigny next month."),
        Example("The team travelled [[vers le sud]] on Monday."),
        Example("The law was passed [[par la]] majority."),
        Example("The talks resumed [[sur le terrain]] in Gaza."),
        Example("Protesters gathered at the Place de la République on Saturday.", note="a place's name"),
        Example("She ordered a café au lait at the counter.", note="a loanword"),
        Example("The wine comes from the Côtes du Rhône.", note="a name"),
        Example("The slogan \"liberté, égalité, fraternité\" is carved above the door.", note="quoted"),
        Example("His score was on a par with the best players.", note="'par' in English"),
        Example("The Tour de France will start in Lille next year."),
        Example("The so-called mariage pour tous law was passed in 2013.", note="announced as French"),
        Example("Workers demanded a prime à la casse (scrappage bonus) for old cars.", note="glossed"),
    ),
)
