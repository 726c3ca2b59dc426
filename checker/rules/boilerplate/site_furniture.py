"""BPL001: cross-links, newsletter and cookie prompts, share buttons and credits scraped into the text."""
from __future__ import annotations

import bisect
import functools
import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import RE_OPS, load_lexicon, parse_regex, scan_long

SHORT_BLOCK_WORDS = 40
LINK_LINE_WORDS = 25


def _placed(where: str, block_text: str, start: int, end: int) -> bool:
    at_line_start = start == 0 or block_text[start - 1] == "\n"
    if where == "block-start":
        return at_line_start
    if where == "link-line":
        line_end = block_text.find("\n", end)
        rest = block_text[end: len(block_text) if line_end < 0 else line_end]
        return at_line_start and len(rest.split()) <= LINK_LINE_WORDS
    if where == "short-block":
        return len(block_text.split()) <= SHORT_BLOCK_WORDS
    if where == "whole-line":
        return at_line_start
    return True


LINE_PLACES = ("block-start", "link-line", "whole-line")  # furniture that owns its whole line
EXAMPLE_NOTE_RE = re.compile(r"\s*\('[^']*'\)\s*$")  # "a link to another article ('LIRE AUSSI')"
LABEL_TRIM = " \t:|>»→-–—"


def _hit(entry, block_text: str, offset: int, start: int, end: int) -> Hit:
    """The furniture as written; a piece that owns its line is reported, and deleted, line and all."""
    what = EXAMPLE_NOTE_RE.sub("", entry.note)
    label = block_text[start:end].strip(LABEL_TRIM) or block_text[start:end]
    if entry.data.get("where", "anywhere") not in LINE_PLACES:
        return Hit(offset + start, offset + end, f"'{label}' is scraped site furniture ({what}); remove it "
                   f"from the article.", severity=entry.severity)
    line_end = block_text.find("\n", end)
    line_end = len(block_text) if line_end < 0 else line_end
    while line_end > end and block_text[line_end - 1] in " \t":
        line_end -= 1
    return Hit(offset + start, offset + line_end, f"'{label}' is scraped site furniture ({what}); remove the "
               f"whole line.", suggestion="", severity=entry.severity)


@functools.lru_cache(maxsize=1)
def _any_entry() -> re.Pattern | None:
    """One pattern that matches in a block wherever some entry does: a block it misses skips all the entries.

    Each entry keeps its own case flag in a scoped group; leftmost-alternative search finds a match
    wherever any alternative has one, so a miss is proof that no entry matches. None when the
    entries cannot be joined (back-references, global inline flags, other flags): then every block is scanned.
    """
    parts = []
    for entry in load_lexicon("boilerplate"):
        if (entry.regex.flags & ~(re.MULTILINE | re.IGNORECASE | re.UNICODE)
                or re.search(r"\\\d|\(\?[aiLmsux]+\)|\(\?P[<=]", entry.regex.source)):
            return None
        case = "i" if entry.regex.flags & re.IGNORECASE else "-i"
        parts.append(f"(?{case}:{entry.regex.source})")
    from ...data.cache import compile_regex
    try:
        return compile_regex("boilerplate-any", "|".join(parts), re.MULTILINE | re.UNICODE)
    except re.error:
        return None


@functools.lru_cache(maxsize=1)
def _entry_anchors() -> tuple[tuple[str, ...] | None, ...]:
    """For each entry, lowercase words one of which every match contains (`regex_anchors`), or None.

    Found as if case did not matter: a case-sensitive entry's matches are among the matches of the same
    pattern without case, so they hold the words too. Kept in the data cache, keyed by the entries' data
    and the code that finds the words.
    """
    from ...data.cache import built_key, cached
    from .. import lexicon

    def build() -> list:
        found = []
        for entry in load_lexicon("boilerplate"):
            source, flags = entry.regex.source, entry.regex.flags | re.IGNORECASE
            found.append(lexicon.regex_anchors(source, flags) or _literal_needles(source, flags))
        return found

    key = built_key("boilerplate.yaml", __file__, lexicon.__file__)
    return tuple(None if words is None else tuple(words) for words in cached("boilerplate-anchors", key, build))


def _literal_needles(source: str, flags: int) -> list[str] | None:
    """Lowercase strings one of which every match holds, where the anchor words are not enough
    ("©", "(c)"): in each alternative, its first run of literal characters or its first group of
    alternatives that are all literal. Only characters that lower() folds as the patterns do are kept
    (ASCII, or without case); None when an alternative has no such piece."""
    c = RE_OPS

    def plain(chars: list[int]) -> str | None:
        text = "".join(map(chr, chars))
        return text.lower() if text and all(ch.isascii() or ch.lower() == ch.upper() for ch in text) else None

    def pieces(items) -> list[str] | None:
        run: list[int] = []
        for op, av in items:
            if op is c.LITERAL:
                run.append(av)
                continue
            if run:
                break
            if op is c.SUBPATTERN and not av[1] and not av[2] and len(av[3].data) == 1:
                op, av = av[3].data[0]  # a capturing group of one item
            if op is c.BRANCH:
                branches = av[1]
                if all(branch.data and all(o is c.LITERAL for o, _ in branch.data) for branch in branches):
                    found = [plain([a for _, a in branch.data]) for branch in branches]
                    return None if None in found else found
            if op is not c.AT:
                run = []
        found = plain(run)
        return None if found is None else [found]

    parsed = parse_regex(source, flags)
    if parsed is None:
        return None
    data = parsed.data
    alternatives = data[0][1][1] if len(data) == 1 and data[0][0] is c.BRANCH else [data]
    needles: list[str] = []
    for alternative in alternatives:
        found = pieces(alternative)
        if found is None:
            return None
        needles.extend(found)
    return needles


def _document_anchors(text: str) -> tuple[frozenset[str], tuple]:
    """The anchor words a document may hold, and the (entry, words) pairs that they leave possible.

    A word of a block's lowercase text is in the document's lowercase text too (lower() maps each
    character alone, but for the final sigma, so a word that is not ASCII is kept whatever): the blocks
    then test only these words, and only these entries.
    """
    from ..lexicon import aligned_lower, words_in

    lowered = aligned_lower(text)  # text.lower() as the lexicon scans keep it for the text, when aligned
    if lowered is None:
        lowered = text.lower()
    runs, others = _anchor_runs()
    held = words_in(text, runs).union(word for word in others if not word.isascii() or word in lowered)
    pairs = tuple((entry, words) for entry, words in zip(load_lexicon("boilerplate"), _entry_anchors())
                  if words is None or not held.isdisjoint(words))
    return held, pairs


def _anchors_by_block(text: str, blocks, held: frozenset[str]) -> list[set[str]] | None:
    """For each block, the words of `held` it holds, read from where they occur in the lowered text (one search
    per word instead of one per word and block). None where lowering moves offsets or case-insensitive matching
    folds more than lower() (see `_candidates`), or where the blocks are not in order and apart."""
    from ..lexicon import aligned_lower

    lowered = aligned_lower(text)
    if lowered is None or any(a.end > b.start for a, b in zip(blocks, blocks[1:])) \
            or any(b.start > b.end for b in blocks):
        return None
    starts = [b.start for b in blocks]
    placed: list[set[str]] = [set() for _ in blocks]
    for word in held:
        at = lowered.find(word)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and at + len(word) <= blocks[i].end:
                placed[i].add(word)
            at = lowered.find(word, at + 1)
    return placed


def _candidates(block_text: str, document: tuple[frozenset[str], tuple] | None = None) -> tuple:
    """The entries that may match in a block: those whose words it holds, and those without words. Where
    lowercasing would move offsets or fold less than the patterns do, every entry, unless the one pattern
    of all the entries finds nothing. `document`, from `_document_anchors` of the text around the block,
    narrows the words and entries to try."""
    from ..lexicon import aligned_lower

    entries = load_lexicon("boilerplate")
    lowered = aligned_lower(block_text)
    if lowered is None:
        prefilter = _any_entry()
        return entries if prefilter is None or prefilter.search(block_text) is not None else ()
    anchors, pairs = document or (_all_anchors(), tuple(zip(entries, _entry_anchors())))
    held = {word for word in anchors if word in lowered}
    return tuple(entry for entry, words in pairs if words is None or not held.isdisjoint(words))


@functools.lru_cache(maxsize=1)
def _all_anchors() -> frozenset[str]:
    return frozenset(word for words in _entry_anchors() if words for word in words)


@functools.lru_cache(maxsize=1)
def _anchor_runs() -> tuple[frozenset[str], frozenset[str]]:
    """The anchors that are ASCII runs of letters and digits (found from the text's words), and the others."""
    from ..lexicon import TEXT_WORD_RE

    runs = frozenset(word for word in _all_anchors() if word.isascii() and TEXT_WORD_RE.fullmatch(word))
    return runs, _all_anchors() - runs


def _reported(block_text: str, start: int, end: int) -> bool:
    """The sentence around a prompt reports it (a speech verb, a subject with a verb, a quotation)."""
    from .reader_prompt import QUOTES, _reports, _vocabulary

    left = max(block_text.rfind(". ", 0, start), block_text.rfind("\n", 0, start))
    right = block_text.find(". ", end)
    sentence = block_text[left + 1: len(block_text) if right < 0 else right + 1]
    return any(ch in sentence for ch in QUOTES) or _reports(sentence, _vocabulary()[0])


@functools.lru_cache(maxsize=1)
def _line_entries() -> frozenset[int]:
    """The ids of the entries whose matches all start at a line start (see `_opens_lines`; which they are is kept
    in the data cache)."""
    from ...data.cache import built_key, cached
    from .. import lexicon

    entries = load_lexicon("boilerplate")
    key = built_key("boilerplate.yaml", __file__, lexicon.__file__)
    opening = cached("boilerplate-line-entries", key, lambda: [i for i, entry in enumerate(entries)
                                                                if _opens_lines(entry.regex.source, entry.regex.flags)])
    return frozenset(id(entries[i]) for i in opening)


def _opens_lines(source: str, flags: int) -> bool:
    """Whether every match of the pattern starts where a line does and none is empty: it opens with `^`
    (or `\\A`) and reads at least one character."""
    parsed = parse_regex(source, flags)
    if parsed is None:
        return False
    at_start = ((RE_OPS.AT, RE_OPS.AT_BEGINNING), (RE_OPS.AT, RE_OPS.AT_BEGINNING_STRING))
    return bool(parsed.data) and parsed.data[0] in at_start and parsed.getwidth()[0] > 0


def _line_matches(regex, text: str):
    """`regex.finditer(text)` for a pattern that `_opens_lines`: tried at the line starts only."""
    pos = 0
    while True:
        match = regex.match(text, pos)
        if match is not None:
            yield match
            pos = match.end()
            if text[pos - 1] == "\n":
                continue  # the match ends a line: the next one starts here
        newline = text.find("\n", pos)
        if newline < 0:
            return
        pos = newline + 1


_FOUND: list = [(None, ())]  # (the last document checked, its hits): BPL003 asks for them too


def check(ctx):
    memo = _FOUND[0]
    if memo[0] is not ctx.doc:
        memo = _FOUND[0] = (ctx.doc, tuple(_furniture(ctx)))
    yield from memo[1]


def _furniture(ctx):
    text = ctx.doc.text
    document = _document_anchors(text)
    placed = _anchors_by_block(text, ctx.doc.blocks, document[0])
    line_entries = _line_entries()
    wordless = tuple(entry for entry, words in document[1] if words is None)  # a block without the words: these
    for i, block in enumerate(ctx.doc.blocks):
        block_text = text[block.start:block.end]
        hits = []
        if placed is None:
            candidates = _candidates(block_text, document)
        else:
            held = placed[i]
            candidates = tuple(entry for entry, words in document[1]
                               if words is None or not held.isdisjoint(words)) if held else wordless
        for entry in candidates:
            where = entry.data.get("where", "anywhere")
            matches = _line_matches(entry.regex, block_text) if id(entry) in line_entries \
                else scan_long(entry.regex, block_text, 0, len(block_text))
            for match in matches:
                if entry.data.get("unless_reported") and _reported(block_text, match.start(), match.end()):
                    continue  # "Readers can subscribe to the newsletter, the ministry said": news, not a prompt
                if match.end() > match.start() and _placed(where, block_text, match.start(), match.end()):
                    hits.append(_hit(entry, block_text, block.start, match.start(), match.end()))
        # several entries may match one piece of furniture: keep the widest span, the first of equals
        for i, hit in enumerate(hits):
            if not any(o is not hit and o.start <= hit.start and hit.end <= o.end
                       and ((o.end - o.start) > (hit.end - hit.start) or (o.start, o.end) == (hit.start, hit.end)
                            and j < i) for j, o in enumerate(hits)):
                yield hit


RULE = Rule(
    code="BPL001",
    name="site-furniture",
    category=Category.BOILERPLATE,
    severity=Severity.WARNING,
    summary="Site furniture (READ ALSO links, newsletter, cookie and share prompts, credits) scraped into the text.",
    check=check,
    doc="""\
## What it does
Finds page furniture that a scraper carried into the article: cross-links to other
articles ("READ ALSO:", "LIRE AUSSI", "See also:"), newsletter and subscription prompts,
paywall notices and labels ("Article reserved for subscribers"), cookie banners, share buttons, reading-time
widgets, photo credits (also in brackets: "(Photo by … / AFP)"), agency source lines ("Source: AFP"), caption
labels ("Pictured: …"), update times and bylines standing alone ("By Jean Dupont, our correspondent in Kyiv").
The phrases live in `checker/data/boilerplate.yaml`, in English and French.

## Why is this bad?
It is not part of the article. Published as is, it tells readers the text was
scraped and machine-translated, and the links it announces are gone.

## Example
`READ ALSO: War in Ukraine: Putin and Kim Jong-un, the underside of a "bromance"`
— remove the whole line. Furniture that stands on its own line (cross-links, page tools, credit
lines) is reported line and all, with the deletion as a fix; a prompt inside a sentence is
reported alone.
""",
    examples=(
        Example("The visit was announced on Monday.\n\n[[READ ALSO: War in Ukraine: the underside of a bromance]]\n\nThe talks resume today."),
        Example("[[LIRE AUSSI : Guerre en Ukraine, les propositions de Rasmussen]]"),
        Example("[[Read also: the six proposals to help Ukraine]]"),
        Example("The count ended at dawn.\n\n[[The editorial team with Reuters]]", note="a newsroom's credit line"),
        Example("The count ended at dawn.\n\n[[Staff and agencies]]"),
        Example("The rescue went on overnight.\n\n[[This story will be updated.]]", note="a promise of an update"),
        Example("The rescue went on overnight.\n\n[[More information to come.]]"),
        Example("The strike went on.\n\n[[To go further: why the reform divides the unions]]",
                note="a cross-link label in any wording"),
        Example("The strike went on.\n\n[[Sign in to continue reading.]]", note="a paywall asking to read on"),
        Example("The strike went on.\n\n[[This content is blocked because you have not accepted cookies.]]",
                note="a cookie notice"),
        Example("The minister wants to go further: the bill will be amended in the Senate.",
                note="a sentence, not a label"),
        Example("The prime minister met the staff of AFP and Reuters on Monday.", note="a sentence, not a credit"),
        Example("More information about the plan will come next week, the ministry said.",
                note="a reported promise, not the page's"),
        Example("The minister resigned. [[Subscribe to our newsletter]] to get the news every morning."),
        Example("[[We use cookies]] to improve your experience on our site."),
        Example("[[This article is reserved for subscribers]]. Already a member?", note="the paywall notice is flagged"),
        Example("[[Share Facebook Twitter Email]]"),
        Example("The crowd gathered at dawn. [[Photo: John Smith / AFP]]"),
        Example("The report, which readers can read also online, was published on Monday."),
        Example("He said he would read more about the case before deciding."),
        Example("Related talks were held in Geneva."),
        Example("The newsletter industry is growing, analysts say, as readers subscribe to more of them than ever before in a long and detailed survey of media habits across twelve countries and four continents published this week by researchers."),
        Example("Cookies and cakes were served at the reception."),
        Example("Readers can subscribe to the newsletter on the ministry's website, the spokesman said."),
        Example("[[Published on 12/06/2024 at 10:31 - Updated on 12/06/2024 at 14:02]]"),
        Example("The agency said the photo was taken by a drone."),
        Example("The crowd gathered.\n\n[[Photo: Jean Dupont / Le Monde]]\n\nThe march began.",
                note="a credit line naming an outlet, not an agency"),
        Example("The talks resumed.\n\n[[ALSO ON THE SITE: the government's new plan]]\n\nThey ended late.",
                note="a cross-link label in capitals, in another wording"),
        Example("The vote was close.\n\n[[All reproduction prohibited without authorisation]]"),
        Example("The vote was close.\n\n[[This article was originally published in Le Point.]]"),
        Example("The content of this page [[is reserved for subscribers]]."),
        Example("The article was published in Le Point on Tuesday, prompting outrage.",
                note="a sentence about an article, not the page's note"),
        Example("Photos of the march, taken by a local photographer, went viral.",
                note="no credit shape: no colon and slash"),
        Example("Seats in the front rows were set aside for members of the club, he said."),
        Example("The march began.\n\n[[To read also — The unions' ten demands]]\n\nIt ended at noon.",
                note="a cross-link label with a dash"),
        Example("The tanks rolled in. [[(Photo by Anna Ivanova / Reuters)]]", note="a credit in brackets"),
        Example("The vote was close.\n\n[[Article reserved for subscribers]]"),
        Example("The vote was close.\n\n[[By Claire Martin, our correspondent in Brussels]]\n\nThe talks resumed.",
                note="a byline standing alone"),
        Example("The vote was close.\n\n[[Source: AFP]]"),
        Example("The vote was close.\n\n[[Pictured: the mayor at the town hall on Monday]]"),
        Example("The vote was close.\n\n[[Updated at 18:42]]"),
        Example("By Sunday evening, the fire had been contained.", note="a time, not a byline"),
        Example("By Jean Dupont's own admission, the reform was rushed.", note="a possessive, not a byline"),
        Example("Above all, the government wants to avoid a new strike.", note="no colon label"),
        Example("Source of the leak: a senior official in the ministry, according to the weekly.",
                note="no agency after the label"),
        Example("Members only: the club restricted access to the stands on Sunday.", note="a sentence goes on"),
        Example("Updated figures were published at 18:00 by the ministry.", note="a sentence"),
    ),
)
