"""REP002: a clause or long phrase written twice, across a comma, a pronoun or a full stop."""
from __future__ import annotations

import re
from collections import Counter

from ...findings import Category, Hit, Severity
from ...lang.names import FUNCTION_WORDS
from ...registry import Example, Rule

# a word, with its inner hyphens, apostrophes and abbreviation dots ("Saint-Denis", "a.m", "l'État")
TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
PRONOUNS = frozenset("he she it they we i you".split())
HYPHEN_COMMA_RE = re.compile(r"-[^\s,]*, ")  # a hyphenated word before a comma: what a repeated name needs
WINDOW = 24  # tokens looked back for the first copy
MIN_WORDS = 3
# what may stand between the two copies: blanks, one comma, or a sentence end; never a blank line
GAP_RE = re.compile(r"[ \t]*(?:\.?,[ \t]*\n?|[.!?;][ \t]*\n?|\n)?[ \t]*")
SENTENCE_END = ".!?"
CITY_STATES = frozenset("luxembourg monaco singapore djibouti kuwait panama guatemala mexico quebec new-york".split())




def _maybe_repeated(text: str) -> bool:
    """A cheap test first: a run of words comes back right after itself (its word pairs come back, in a row, at
    one distance), or a hyphenated word comes back across a comma."""
    words = text.lower().split()  # punctuation stays on its word
    if HYPHEN_COMMA_RE.search(text) is not None:
        if any(words[i][-1] == "," and words[i][:-1] == words[i + 1].rstrip(".,;")
               for i in [i for i, w in enumerate(words[:-1]) if "-" in w]):
            return True
    pairs = list(zip(words, words[1:]))
    repeated = {pair for pair, n in Counter(pairs).items() if n > 1}
    last: dict[tuple[str, str], int] = {}
    streak = distance = previous = 0  # how many word pairs in a row came back at the same distance
    for i in [i for i, pair in enumerate(pairs) if pair in repeated]:
        d = i - last.get(pairs[i], -WINDOW - 9)
        last[pairs[i]] = i
        if d > WINDOW + 1:
            continue
        streak = streak + 1 if d == distance and i == previous + 1 else 1
        distance, previous = d, i
        # a copy of L words, a pronoun apart at most, brings back L - 2 pairs at least (the last word may carry a
        # comma) at a distance of L + 1 at most
        if streak >= d - 3:
            return True
    return False


def _content(words: list[str]) -> bool:
    """A run worth reporting: a digit, or a word of four letters or more that is not a function word."""
    return any(w[0].isdigit() or len(w) >= 4 and w not in FUNCTION_WORDS for w in words)


def _reaches_end(text: str, end: int, limit: int) -> bool:
    """The copy ends its sentence: only closing punctuation and blanks before the next full stop."""
    rest = text[end:min(limit, end + 3)].lstrip("”\"’)» \t")
    return end >= limit or not rest or rest[0] in SENTENCE_END


def _starts_sentence(text: str, start: int, floor: int) -> bool:
    before = text[floor:start].rstrip(" \t\"“«‘(")
    return not before or before[-1] in SENTENCE_END or before[-1] == "\n"


def _doubled_words_reports(copy: str, between: str) -> bool:
    """What REP001 finds: up to four words of letters in a row, or two to six across a comma."""
    if any(ch.isdigit() or ch == "." for ch in copy):
        return False
    count = len(copy.split())
    return 2 <= count <= 6 if "," in between else count <= 4


def _quoted(quotes, start: int, end: int) -> bool:
    return any(q.start <= start and end <= q.end for q in quotes)


def _find(text: str, start: int, end: int):
    """(first start, first end, second start, second end, pronoun) of each repeated run in text[start:end]."""
    tokens = [(m.start(), m.end(), m.group().lower().rstrip(".")) for m in TOKEN_RE.finditer(text, start, end)]
    words = [t[2] for t in tokens]
    seen: dict[str, list[int]] = {}
    j, n = 0, len(tokens)
    while j < n:
        found = None
        for k in reversed(seen.get(words[j], ())):
            if j - k > WINDOW:
                break
            length = 0
            while j + length < n and k + length < j and words[k + length] == words[j + length]:
                length += 1
            first_end = k + length  # index after the first copy
            gap = j - first_end
            if gap > 1 or gap == 1 and words[first_end] not in PRONOUNS or length == 0:
                continue
            a_end, b_start = tokens[first_end - 1][1], tokens[j][0]
            between = text[a_end:tokens[first_end][0]] if gap else text[a_end:b_start]
            if gap and text[tokens[first_end][1]:b_start].strip():
                continue
            if not GAP_RE.fullmatch(between):
                continue
            run = words[k:first_end]
            if length >= MIN_WORDS and _content(run) or (
                    length == 1 and "-" in run[0] and run[0] not in CITY_STATES and "," in between
                    and text[tokens[k][0]].isupper()):
                found = (k, first_end, j, gap, between)
                break
        if found is None:
            seen.setdefault(words[j], []).append(j)
            j += 1
            continue
        k, first_end, j2, gap, between = found
        length = first_end - k
        yield tokens[k][0], tokens[first_end - 1][1], tokens[first_end if gap else j2][0], \
            tokens[j2 + length - 1][1], bool(gap), between
        for i in range(j, j2 + length):
            seen.setdefault(words[i], []).append(i)
        j = j2 + length


def check(ctx):
    text = ctx.doc.text
    if not _maybe_repeated(text):
        return
    quotes = ctx.get("target.marked_quotes")
    for block in ctx.doc.blocks:
        if block.kind in ("heading", "title"):
            continue
        for a_start, a_end, b_start, b_end, pronoun, between in _find(text, block.start, block.end):
            if _quoted(quotes, a_start, b_end):
                continue  # a chant, an emphasis someone made
            if any(ch in between.replace(".,", ",") for ch in SENTENCE_END + ";"):  # "3 a.m., at 3 a.m."
                # across a sentence end, each copy is a whole sentence (but for the subject the pronoun stands for)
                if not (_reaches_end(text, a_end, block.end) and _reaches_end(text, b_end, block.end)
                        and (pronoun or _starts_sentence(text, a_start, block.start))):
                    continue
            elif not pronoun and _doubled_words_reports(text[a_start:a_end], between):
                continue  # REP001 reports it
            if "." in text[b_start:b_end] and text[b_end:b_end + 1] == ".":
                b_end += 1  # an abbreviation's dot: "3 a.m."
            copy = text[b_start:b_end]
            yield Hit(a_start, b_end,
                      f"'{' '.join(copy.split())}' is written twice; delete the repetition.",
                      suggestion=text[a_start:a_end])


RULE = Rule(
    code="REP002",
    name="repeated-clause",
    category=Category.REPETITION,
    severity=Severity.WARNING,
    summary="A clause or long phrase written twice in a row: across a comma, a pronoun or a full stop.",
    check=check,
    requires=("target.marked_quotes",),
    doc="""\
## What it does
Finds a run of three words or more (holding a digit or a content word) written twice in a row within a
paragraph: with nothing between the copies ("in the north of the country in the north of the country"),
across a comma ("at around 3 a.m., at around 3 a.m."), with a pronoun standing for the subject of the first
("has cancelled her tour, she has cancelled her tour"), or as a whole sentence written twice, the second
perhaps opening with a pronoun ("The storm hit Brittany. It hit Brittany."). A hyphenated name repeated across
a comma ("Saint-Denis, Saint-Denis") is reported too. Left alone: repetitions inside quotation marks (chants,
emphasis), short idioms ("again and again", "the law is the law"), a sentence that repeats the start of the
previous one and goes on ("The station was closed. The station was closed again on Tuesday."), and copies in
different paragraphs.

## Why is this bad?
Machine translation and segment joining write a clause twice; the reader sees a stutter the author did not
write. `REP001` finds doubled words and short phrases; this rule finds the longer copies.

## Example
`The bridge was closed on Monday. The bridge was closed on Monday.` → keep one sentence.
""",
    examples=(
        Example("Clashes broke out [[in the north of the country in the north of the country]] overnight."),
        Example("Firefighters were called [[at around 3 a.m., at around 3 a.m.]] by neighbours."),
        Example("The singer [[has cancelled her tour, she has cancelled her tour]] for health reasons.",
                note="a pronoun stands for the subject"),
        Example("[[The bridge was closed on Monday. The bridge was closed on Monday]]. Engineers are inspecting it."),
        Example("The storm [[hit Brittany on Sunday night. It hit Brittany on Sunday night]]. Thousands have no power."),
        Example("The town hall of [[Saint-Denis, Saint-Denis]] was closed on Monday.", note="a hyphenated name"),
        Example("The station was closed. The station was closed again on Tuesday after a new alert.",
                note="the second sentence goes on: not a copy"),
        Example("He repeated: \"We will win the title. We will win the title.\"", note="quoted emphasis"),
        Example("The law is the law, the minister said.", note="a short idiom"),
        Example("Nurses in Lille, nurses in Lyon and nurses in Marseille joined the strike."),
        Example("They waited for hours and hours at the border."),
        Example("The bill was adopted. The bill, which unions criticised, comes into force in May."),
    ),
)
