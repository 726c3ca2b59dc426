"""MIS001: the same quoted words attributed to two different speakers in one text."""
from __future__ import annotations

from collections import Counter

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...lang.quote_match import content_words, same_words
from ...registry import Example, Rule

MIN_CONFIDENCE = 0.6
HEADLINE_KINDS = ("heading", "title")
ARTICLES = frozenset({"the", "le", "la", "l'", "l’"})


def _name_words(name: str) -> list[str]:
    return fold(name).replace("-", " ").split()


def same_person(a: str, b: str) -> bool:
    """'Vladimir Putin' and 'Putin' (or 'M. Putin') are one person; 'Kim Jong-un' and 'Kim Jong-il' are not."""
    fa, fb = _name_words(a), _name_words(b)
    if fa == fb:
        return True
    for short, full in ((fa, fb), (fb, fa)):
        if len(short) == 2 and short[0] in ARTICLES and len(full) > 1 and full[0] not in ARTICLES:
            # "the agency" for "the Environment Agency": the speaker model names a body by the noun of its own
            # name where the attributing clause does (spelt either way: "the organisation", "World Health
            # Organization")
            return any(word[:5] == short[1][:5] for word in full)
    shorter, longer = sorted((fa, fb), key=len)
    return bool(shorter) and longer[-len(shorter):] == shorter


def _is_headline(ctx, quote) -> bool:
    blocks = ctx.doc.blocks
    if quote.block is None or quote.block >= len(blocks):
        return False
    block = blocks[quote.block]
    if block.kind in HEADLINE_KINDS:
        return True
    # the first line of a plain-text article, without a closing full stop, is its headline
    return quote.block == 0 and not ctx.doc.text[block.start:block.end].rstrip().endswith((".", "!", "?"))


def _span(quote) -> tuple[int, int]:
    """The quote with its marks, extended to the speaker when the speaker is written before it."""
    start = quote.open_mark if quote.open_mark is not None else quote.start
    end = quote.close_mark + 1 if quote.close_mark is not None else quote.end
    if quote.speaker_span and quote.speaker_span[1] <= start:
        start = quote.speaker_span[0]
    return start, end


def _may_be_same_words(listed: list[list[str]], words: list[set[str]], i: int, j: int) -> bool:
    """What same_words(quote i, quote j) needs first: three quarters of the shorter's content words in the other."""
    short, other = (i, j) if len(listed[i]) <= len(listed[j]) else (j, i)  # as same_words orders them
    found = sum(w in words[other] for w in listed[short])
    return len(listed[short]) >= 2 and found >= 0.75 * len(listed[short])


def _candidate_pairs(listed: list[list[str]], words: list[set[str]]) -> list[tuple[int, int]]:
    """(i, j) with i < j, in order, for the quotes that share at least two content words and may be the same words.

    Prefix filtering: the short quote may miss at most a quarter of its words in the other, so the other must hold
    one of the short quote's rarest words, taken until they count more than that quarter. Only those words'
    postings are walked, never a common word's whole list once per quote that holds it."""
    postings: dict[str, list[int]] = {}
    for i, found in enumerate(words):
        for word in found:
            postings.setdefault(word, []).append(i)
    sizes = [len(w) for w in listed]
    counts = [Counter(w) for w in listed]
    pairs = set()
    for short, found in enumerate(words):
        if sizes[short] < 2:
            continue
        missed = 0
        for word in sorted(found, key=lambda w: len(postings[w])):  # any order is exact; rarest first is fast
            for other in postings[word]:
                # each pair is found from its short side, the earlier quote on a tie (as _may_be_same_words)
                if (sizes[other], other) > (sizes[short], short):
                    pairs.add((min(short, other), max(short, other)))
            missed += counts[short][word]
            if 4 * missed > sizes[short]:  # an other quote without any word so far misses more than a quarter
                break
    return [(i, j) for i, j in sorted(pairs)
            if len(words[i] & words[j]) >= 2 and _may_be_same_words(listed, words, i, j)]


def check(ctx):
    quotes = [q for q in ctx.get("target.quotes")
              if q.kind in ("direct", "partial") and q.resolved_speaker and q.confidence >= MIN_CONFIDENCE]
    listed = [content_words(q.text) for q in quotes]  # once per quote, not once per pair
    words = [set(w) for w in listed]
    flagged = set()
    for i, j in _candidate_pairs(listed, words):
        first, second = quotes[i], quotes[j]
        if same_person(first.resolved_speaker, second.resolved_speaker):
            continue
        if not same_words(first.text, second.text):
            continue
        heads = (_is_headline(ctx, first), _is_headline(ctx, second))
        if heads[0] != heads[1]:
            wrong, right = (first, second) if heads[0] else (second, first)
            where = "The headline"
        else:
            # the less certain attribution is the one to check; on a tie, the later one
            wrong, right = (first, second) if first.confidence < second.confidence else (second, first)
            where = "This passage"
        if id(wrong) in flagged:
            continue
        flagged.add(id(wrong))
        start, end = _span(wrong)
        yield Hit(start, end,
                  f"{where} attributes “{wrong.text}” to {wrong.resolved_speaker}, but elsewhere the text "
                  f"gives these words (“{right.text}”) to {right.resolved_speaker}.")


RULE = Rule(
    code="MIS001",
    name="conflicting-speakers",
    category=Category.MISATTRIBUTION,
    severity=Severity.ERROR,
    summary="The same quoted words are attributed to two different speakers in one text.",
    check=check,
    requires=("target.quotes",),
    doc="""\
## What it does
Extracts every direct and partial quote with its speaker (the quote model of
`checker quotes`), and compares quotes pairwise: when the words of one are (nearly)
contained in the other — content words, backed by chrF — but the resolved speakers
are different people, the less reliable attribution is flagged. A headline of the
form "Name: “quote”" is always the one flagged against the body, since headlines are
where translation pipelines and hurried editing move words into the wrong mouth.
"Vladimir Putin" and "Putin" are one speaker; "Kim Jong-un" and "Kim Jong-il" are two.

## Why is this bad?
A misattributed quote is a factual error about who said what, the most damaging
mistake a translated article can carry.

## Example
Headline: `Kim Jong-un: Russia and North Korea will sign “important documents”`;
body: `“Important, very significant documents” will be signed, Yuri Ushakov told Russian media.`
""",
    examples=(
        Example("[[Kim Jong-un: Russia and North Korea will sign “important documents”]]\n\n"
                "Putin's adviser Yuri Ushakov said “important, very significant documents” would be signed."),
        Example("[[Macron: “We will not give in to violence”]]\n\n"
                "“We will not give in to violence,” Prime Minister Gabriel Attal told reporters on Tuesday."),
        Example("“The ceasefire must hold,” said Antony Blinken on Monday.\n\n"
                "Later, [[Sergei Lavrov said “the ceasefire must hold”]] during the call."),
        Example("[[Merkel: “a historic mistake”]]\n\nThe deal was “a historic mistake”, Olaf Scholz said in Berlin."),
        Example("[[Le Pen: “We are ready to govern”]]\n\nJordan Bardella said: “We are ready to govern.”",
                note="two politicians of one party are still two speakers"),
        Example("Kim Jong-un: Russia and North Korea will sign “important documents”\n\n"
                "“Important, very significant documents” will be signed, Kim Jong-un told state media."),
        Example("Putin: “a new era”\n\nVladimir Putin spoke of “a new era” in relations with Pyongyang."),
        Example("“We will win,” said Zelensky. Biden later said: “We will stand with Ukraine.”",
                note="different words"),
        Example("Marine Le Pen called it “a disgrace”. Jean-Marie Le Pen had once said “disgrace” too.",
                note="one shared word is not a shared quote"),
        Example("Ushakov said “the talks went well”. According to Yuri Ushakov, “the talks went well”.",
                note="surname and full name are one speaker"),
    ),
)
