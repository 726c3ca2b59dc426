"""Word lists as data: YAML lexicons in checker/data/, compiled into matchers with exact spans."""
from __future__ import annotations

import bisect
import functools
import math
import re
from re import _constants as RE_OPS, _parser as _re_parser  # the parser's own tables (Python 3.11+)
from typing import Iterator

from ..findings import Severity
from ..lang.latin1 import for_text as _latin1_twin
from ..records import record

APOSTROPHES = "'’ʼ"


# whitespace runs, apostrophes and hyphens: what a phrase's pattern writes loosely (the rest is escaped)
LOOSE_RE = re.compile(rf"(\s+)|([{APOSTROPHES}])|(-)")
LOOSE = {2: f"[{APOSTROPHES}]", 3: r"[-‐‑]"}


def phrase_pattern(phrase: str) -> str:
    """A regex source for a literal phrase: flexible whitespace, either apostrophe, word edges."""
    parts, position = [], 0
    for match in LOOSE_RE.finditer(phrase):
        parts.append(re.escape(phrase[position:match.start()]))
        parts.append(r"\s+" if match.lastindex == 1 else LOOSE[match.lastindex])
        position = match.end()
    parts.append(re.escape(phrase[position:]))
    body = "".join(parts)
    head = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return f"{head}{body}{tail}"


class CodeAt:
    """The place of a pattern's code in a table of codes (checker.data.cache.pattern_codes), read when needed."""

    __slots__ = ("table", "index")

    def __init__(self, table, index: int) -> None:
        self.table, self.index = table, index

    def read(self) -> tuple | None:
        return self.table.get(self.index)


def lazy_patterns(kind: str, sources: tuple[str, ...], flags: int) -> tuple[LazyPattern, ...]:
    """A LazyPattern for each of `sources`, its code read from the data cache's table of their codes."""
    from ..data.cache import pattern_codes

    table = pattern_codes(kind, sources, flags)
    return tuple(LazyPattern(source, flags, CodeAt(table, i)) for i, source in enumerate(sources))


@functools.lru_cache(maxsize=None)
def _compiled(source: str, flags: int) -> re.Pattern:
    from ..data.cache import compile_kept

    return compile_kept(source, flags)


class LazyPattern:
    """A regex compiled on first use (start-up compiles only what a text can match); acts as the re.Pattern.

    `code` is the compiled form kept in the data cache (see checker.data.cache.regex_code), when known, or a
    `CodeAt` that reads it from a table of such codes when the pattern is first used.
    """

    __slots__ = ("source", "flags", "code", "_pattern")

    def __init__(self, source: str, flags: int, code: "tuple | CodeAt | None" = None) -> None:
        self.source, self.flags, self.code, self._pattern = source, flags, code, None

    def compiled(self) -> re.Pattern:
        pattern = self._pattern
        if pattern is None:
            code = self.code
            if type(code) is CodeAt:
                code = code.read()
            if code is None:
                pattern = _compiled(self.source, self.flags)
            else:
                from ..data.cache import regex_from_code
                pattern = regex_from_code(self.source, self.flags, code)
            self._pattern = pattern
        return pattern

    # the methods rules call in loops, without the detour through __getattr__
    def finditer(self, *args):
        return (self._pattern or self.compiled()).finditer(*args)

    def search(self, *args):
        return (self._pattern or self.compiled()).search(*args)

    def match(self, *args):
        return (self._pattern or self.compiled()).match(*args)

    def fullmatch(self, *args):
        return (self._pattern or self.compiled()).fullmatch(*args)

    @property
    def groupindex(self):  # read for each entry a rule scans: spared the failed lookup that leads to __getattr__
        return (self._pattern or self.compiled()).groupindex

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r})"


@record
class Entry:
    """One lexicon entry: what to match, what to say, what to suggest.

    `keyword` is a lowercase word every match contains, when the entry has one (see `candidates`).
    """

    key: str
    regex: re.Pattern | LazyPattern
    suggestion: str | None
    note: str
    severity: Severity | None
    data: dict
    keyword: str | None = None
    anchors: tuple[str, ...] | None = None  # lowercase words one of which every match contains
    reach: int | None = None  # how far past its start a match attempt can look (see `pattern_reach`)
    lead: int | None = None  # how far past its start a match holds an anchor at the latest (see `literal_lead`)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        regex = self.regex
        if type(regex) is LazyPattern:
            regex = regex._pattern or regex.compiled()
        return regex.finditer(text, start, len(text) if end is None else end)

    def positions(self, text: str) -> list[int] | None:
        """Where the entry's anchors start in text, in order: `scan` has nothing to look at in a stretch
        without one. None where every stretch must be scanned (no anchors, or text not lowered in place)."""
        found = self.window(text)
        return found if found is None else found[1] if found else []

    def window(self, text: str) -> tuple | None:
        """What `scan` reads of text before it searches: (regex, where the anchors text may hold start, how far
        before one a match may start, how far past it a search reads, the longest anchor); () when text holds none of
        the anchors, None where every stretch must be scanned. A caller that scans text stretch by stretch finds
        it once and hands it to each scan."""
        anchors, reach = self.anchors, self.reach
        lowered = aligned_lower(text) if reach is not None else None
        if lowered is None:
            return None
        large = len(lowered) >= LARGE_TEXT
        index = _INDEX_OF_ENTRY.get(id(self)) if len(anchors) > 1 or large else None
        if index is not None:
            anchors = index.held(text, anchors)  # those the text lacks need no looking for
            if not anchors:
                return ()
        regex = self.regex
        if type(regex) is LazyPattern:
            regex = regex._pattern or regex.compiled()
        size, longest = min(map(len, anchors)), max(map(len, anchors))
        back = reach - size if self.lead is None else min(self.lead, reach - size)
        return regex, _anchor_finder(lowered, anchors, index, text).positions, back, reach, longest

    def scan(self, text: str, start: int = 0, end: int | None = None,
             window: tuple | None | bool = False) -> Iterator[re.Match]:
        """The matches `finditer` gives, found by searching only near the keyword's occurrences.

        Every match contains the keyword and an attempt at position s reads nothing past s + reach,
        so a match can start only within reach of an occurrence, and a search cut off reach past the
        last start it may report decides that start exactly as a search of the whole text would.
        `window`: `window(text)`, when the caller has it.
        """
        end = len(text) if end is None else end
        window = self.window(text) if window is False else window
        if not window:
            # anchors or reach not known: a long stretch may still bound the reach (`scan_long`)
            if window is None and self.may_match(text, start, end):
                yield from scan_long(self.regex, text, start, end)
            return
        yield from scan_near(text, start, end, *window)

    def may_match(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds one of the strings that every match holds, whatever its reach (True where
        they are not known, or text is not lowered in place): a stretch without any holds no match."""
        regex = self.regex
        held = _held_strings(regex.source if type(regex) is LazyPattern else regex.pattern, regex.flags)
        lowered = aligned_lower(text) if held else None
        if lowered is None:
            return True
        return any(lowered.find(string, start, end) >= 0 for string in held)


def anchored_matches(text: str, lowered: str, anchors, pattern: re.Pattern, back: int, ahead: int, start: int = 0,
                     end: int | None = None, after_word: str = "") -> Iterator[re.Match]:
    """The matches of `pattern` in a window of `back` characters before and `ahead` after each whole-word
    occurrence of an anchor (a word of the text) in text[start:end], each holding it and given once (with
    `after_word`: only an occurrence right after that whole word and blanks): the text is read only where the anchors
    stand."""
    end = len(text) if end is None else end
    seen = set()
    for word in anchors:
        at = lowered.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            if ((at == start or not lowered[at - 1].isalnum()) and (after == end or not lowered[after].isalnum())
                    and (not after_word or _follows(lowered, start, at, after_word))):
                for match in pattern.finditer(text, max(start, at - back), min(end, after + ahead)):
                    if match.span() not in seen and match.start() <= at < match.end():
                        seen.add(match.span())
                        yield match
            at = lowered.find(word, after, end)


def _follows(lowered: str, start: int, at: int, word: str) -> bool:
    """Whether lowered[start:at] ends with the whole word `word` and blanks."""
    stretch = lowered[max(start, at - len(word) - 4):at]
    stripped = stretch.rstrip()
    return (stripped != stretch and stripped.endswith(word)
            and (len(stripped) == len(word) and at - len(stretch) == start or len(stripped) > len(word)
                 and not stripped[-len(word) - 1].isalnum()))


def scan_near(text: str, start: int, end: int, regex: re.Pattern, places: list[int], back: int, reach: int,
              longest: int) -> Iterator[re.Match]:
    """The matches `regex.finditer(text, start, end)` gives, searched only near `places` (where the anchors start,
    in order): every match holds an anchor that starts at most `back` characters past the match's start, and an
    attempt reads nothing past `reach` characters from its start (see `Entry.scan`)."""
    if back == 0:
        yield from _match_at_places(text, start, end, regex, places, reach)
        return
    pos = start
    chain_end = -1  # the last occurrence of the chain last walked: a later start inside it ends there too
    while True:
        i = bisect.bisect_left(places, pos)  # the places are in order and apart: the first at pos or after
        if i == len(places) or places[i] >= end:
            return
        first = last = places[i]
        if first <= chain_end:
            last = chain_end
        else:
            i += 1
            while i < len(places) and places[i] < min(end, last + reach + longest):
                last = places[i]  # the occurrences that follow within reach are searched together
                i += 1
            chain_end = last
        match = regex.search(text, max(pos, first - back), min(end, last + reach + 1))
        if match is not None and match.start() <= last:
            yield match
            pos = match.end()
        else:
            pos = last + 1


def _match_at_places(text: str, start: int, end: int, regex: re.Pattern, places: list[int],
                     reach: int) -> Iterator[re.Match]:
    """`scan_near` for a regex whose matches start where an anchor does (`back` 0): only those places can start
    one, so each is tried alone instead of searching past it the `reach` of a match, where none may start."""
    i, count = bisect.bisect_left(places, start), len(places)
    while i < count and places[i] < end:
        at = places[i]
        match = regex.match(text, at, min(end, at + reach + 1))
        if match is None:
            i += 1
        else:
            yield match
            i = bisect.bisect_left(places, match.end(), i + 1)  # the next match starts where this one ends or after


WORD_RE = re.compile(r"[^\W_]+")


def phrase_keyword(phrase: str) -> str | None:
    """The longest plain word of a literal phrase, lowercase: every match of the phrase contains it."""
    found = [word.lower() for word in WORD_RE.findall(phrase)]
    return max(found, key=_keyword_rank) if found else None


# words on almost every line of English: a keyword among them filters nothing and finds windows everywhere
COMMON_WORDS = frozenset("""
the and that this with for from are was were has have had will would not but its his her their they
there what which who when more less than one two can all been also about into over after said some
""".split())


def _keyword_rank(word: str) -> tuple[bool, int]:
    """Keywords preferred: a word that is not common, then the longest."""
    return word not in COMMON_WORDS, len(word)


KEYWORD_RE = re.compile(r"[a-z0-9]{3,}")
# letters that case-insensitive matching equates with an ASCII letter although lower() does not give it
# (dotless i, long s, Kelvin sign, dotted capital I): a text with one of them skips the pre-filter
SPECIAL_FOLDS = frozenset("\u0131\u017f\u212a\u0130")


def folds_more(text: str) -> bool:
    """Whether text holds one of SPECIAL_FOLDS (each looked for by a string search, not char by char)."""
    return not text.isascii() and any(ch in text for ch in SPECIAL_FOLDS)


def parse_regex(source: str, flags: int = 0):
    """The pattern as the `re` module parses it (a sequence of (op, argument) items), or None if it is invalid;
    read with the op constants RE_OPS."""
    try:
        return _re_parser.parse(source, flags)
    except re.error:
        return None


def regex_keyword(source: str, flags: int = 0) -> str | None:
    """The longest ASCII word (3+ letters or digits, lowercase) that every match of the regex contains.

    Read from the parsed pattern: literal runs of its top-level sequence, of groups, and of repeats
    that occur at least once; alternatives and look-arounds are not looked into.
    """
    items = parse_regex(source, flags & ~re.IGNORECASE)
    return None if items is None else _sequence_keyword(items, RE_OPS)


MAX_ANCHORS = 40


def regex_anchors(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words (as `regex_keyword` finds them) one of which every match of the regex contains: its keyword,
    else those of a group or one per alternative of an alternation (`_best_anchors`); None when there are
    none. A common keyword ("the") gives way to rarer words found so, when there are."""
    keyword = regex_keyword(source, flags)
    if keyword is not None and keyword not in COMMON_WORDS:
        return (keyword,)
    fallback = (keyword,) if keyword else None
    items = parse_regex(source, flags & ~re.IGNORECASE)
    if items is None:
        return fallback
    found = _best_anchors(items, RE_OPS)  # "the" gives way to rarer words of a group or of every alternative
    if keyword is not None and (not found or not COMMON_WORDS.isdisjoint(found)):
        return fallback
    return tuple(sorted(found)) if found else None


def _best_anchors(sequence, c) -> frozenset | None:
    """Words one of which every match of the parsed sequence contains: its keyword, or those of one of its
    groups, repeats or alternations (one set per alternative, joined); sets without a common word first,
    then the smallest."""
    options = []
    keyword = _sequence_keyword(sequence, c)
    if keyword:
        options.append(frozenset((keyword,)))
    for op, av in sequence:
        found = None
        if op is c.BRANCH:
            parts = [_best_anchors(branch, c) for branch in av[1]]
            if all(parts):
                found = frozenset().union(*parts)
        elif op is c.SUBPATTERN:
            found = _best_anchors(av[-1], c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found = _best_anchors(av[2], c)
        if found and len(found) <= MAX_ANCHORS:
            options.append(found)
    return min(options, key=_anchors_rank) if options else None


def _anchors_rank(words: frozenset) -> tuple:
    return not COMMON_WORDS.isdisjoint(words), len(words), -min(map(len, words)), sorted(words)


def _sequence_keyword(sequence, c) -> str | None:
    """regex_keyword for an already parsed sequence (literal runs at its level, groups, repeats)."""
    runs: list[str] = []

    def walk(sequence) -> None:
        current: list[str] = []
        for op, av in sequence:
            if op is c.LITERAL:
                current.append(chr(av))
                continue
            runs.append("".join(current))
            current = []
            if op is c.SUBPATTERN:
                walk(av[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                walk(av[2])
        runs.append("".join(current))

    walk(sequence)
    words = [w for run in runs for w in KEYWORD_RE.findall(run.lower())]
    return max(words, key=_keyword_rank) if words else None


LITERAL_LIMIT = 64  # strings a run of literals may spell before it is cut (the product of its choices)
MAX_LITERALS = 96  # strings one of which a match must hold: more filter too little to be worth looking for


def literal_anchors(source: str, flags: int = 0, rank=None) -> tuple[str, ...] | None:
    """Lowercase strings (ASCII, or Latin letters with accents: `[ée]`), spaces and punctuation included, one of which
    every match of the regex contains: the strings a run of literals, character sets and small alternations can spell
    ("the one of", " years of more", "he them"), the rarest-looking set of them (the highest `rank`, by default
    `_literals_rank`); None if none."""
    items = parse_regex(source, flags & ~re.IGNORECASE)
    if items is None:
        return None
    found = [words for words, _ in _literals(items, RE_OPS)[1] if _usable(words) and len(words) <= MAX_LITERALS]
    return tuple(sorted(max(found, key=rank or _literals_rank))) if found else None


def literal_lead(source: str, flags: int, anchors: tuple[str, ...]) -> int | None:
    """How far past a match's start an occurrence of the anchors (a set `literal_anchors` gives, or words of the
    pattern's runs of literals) starts at the latest, or None when that is not known: `Entry.scan` searches no
    further back from an occurrence."""
    items = parse_regex(source, flags & ~re.IGNORECASE)
    wanted = frozenset(anchors)
    leads = [lead for words, lead in _literals(items, RE_OPS)[1] if words == wanted] if items is not None else []
    lead = min(leads, default=float("inf"))
    if lead == float("inf") and items is not None:  # words of the pattern's runs of literals (`regex_anchors`)
        lead = _anchor_lead(items, RE_OPS, anchors)
    return None if lead == float("inf") else int(lead)


def _anchor_lead(sequence, c, anchors: tuple[str, ...], at: float = 0.0) -> float:
    """How far past a match's start one of the anchors starts at the latest in a run of literals of the parsed
    sequence (of a group, of a repeat met once at least, of every alternative), when the sequence starts `at`
    characters past it at the latest; infinite when no anchor is known to be there."""
    run, run_at = "", at
    for op, av in sequence:
        if op is c.LITERAL and len(chr(av).lower()) == 1:
            run, run_at = run + chr(av).lower(), run_at if run else at
            at += 1
            found = [run_at + run.find(anchor) for anchor in anchors if anchor in run]
            if found:
                return min(found)
            continue
        run, lead = "", float("inf")
        if op is c.SUBPATTERN:
            lead = _anchor_lead(av[-1], c, anchors, at)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            lead = _anchor_lead(av, c, anchors, at)
        elif op is c.BRANCH:
            lead = max(_anchor_lead(branch, c, anchors, at) for branch in av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)) and av[0] >= 1:
            lead = _anchor_lead(av[2], c, anchors, at)
        if lead < float("inf"):
            return lead
        at += _width(op, av, c)
    return float("inf")


def _usable(words) -> bool:
    """Strings worth looking for: each of 3 characters or more, 2 of them letters or digits at least."""
    return bool(words) and all(len(w) >= 3 and sum(ch.isalnum() for ch in w) >= 2 for w in words)


COMMON_PENALTY = 3.0  # characters a set with a common word ("the", "more") loses in `_literals_rank`


def _literals_rank(words) -> tuple:
    """A rough rarity, higher for rarer sets: the length of the shortest string, less the bits of the set's size,
    less a penalty when a string is a common word ("the ")."""
    common = not COMMON_WORDS.isdisjoint(w.strip() for w in words)
    return min(map(len, words)) - math.log2(len(words)) - COMMON_PENALTY * common, sorted(words)


def _cost_rank(words) -> tuple:
    """A `rank` for `literal_anchors`: the set expected to cost least to look for (`_expected_cost`) first."""
    return -_expected_cost(words), sorted(words)


def _expected_cost(words) -> float:
    """What looking for a set of strings in a text is expected to cost, as so many occurrences per billion words:
    those the strings have together (`_frequency`), and a search of the text for each."""
    return sum(map(_frequency, sorted(words))) + SEARCH_COST * len(words)  # sorted: the same float in every process


SEARCH_COST = 6e4  # a search of an 800-word text for a string costs about what this frequency's hits cost


FRAGMENT_ZIPF = 7.0  # a run of 3 characters that may be part of a longer word ("the" of "the m"), one less per more
OPEN_SIDE_ZIPF = 1.0  # what a 3-letter run cut by the string's edge adds, less if longer: "ever" is also in "never"
JOINED = 0.1  # the share of a word's occurrences that each further word or sign of a string keeps


@functools.lru_cache(maxsize=None)
def _frequency(string: str) -> float:
    """Occurrences per billion words of English expected for a lowercase string: those of its rarest run of letters
    and digits (wordfreq's Zipf value, raised where the string's edge cuts it: longer words may hold it there, and a
    short one is a fragment of many), a tenth of them for each further run or sign."""
    from ..lang.langid import zipf

    runs = list(WORD_RE.finditer(string))
    if not runs:
        return 1e9
    zipfs = []
    for run in runs:
        open_sides = (run.start() == 0) + (run.end() == len(string))  # a longer word may hold it there
        value = zipf(run.group(), "en")
        if open_sides:  # and a run that is no word ("obody", "prognos") stands in words, the more the shorter it is
            value = max(value + OPEN_SIDE_ZIPF * open_sides * max(0, 7 - len(run.group())) / 4,
                        FRAGMENT_ZIPF + 3 - len(run.group()))
        zipfs.append(value)
    signs = sum(not ch.isalnum() and not ch.isspace() for ch in string)
    return 10 ** (min(zipfs) - 9) * 1e9 * JOINED ** (len(runs) - 1 + signs)


def _literals(sequence, c, at: float = 0.0) -> tuple[frozenset | None, list[tuple[frozenset, float]]]:
    """(the strings the parsed sequence matches, when they are few and plain ASCII, else None;
    sets of strings one of which every match of the sequence contains, each with how far past the match's start
    it starts at the latest, when the sequence starts `at` characters past it at the latest)."""
    found: list[tuple[frozenset, float]] = []
    current, whole, start = frozenset(("",)), True, at
    for op, av in sequence:
        exact, inner = _node_literals(op, av, c, at)
        found.extend(inner)
        if exact is None:
            found.append((current, start))
            opening = _node_prefixes(op, av, c)  # "the " then "(?:most|least) [a-z]+": "the most ", "the least "
            if opening is not None and len(current) * len(opening) <= LITERAL_LIMIT:
                found.append((frozenset(a + b for a in current for b in opening), start))
            current, whole = frozenset(("",)), False
            start = at + _width(op, av, c)
        elif len(current) * len(exact) > LITERAL_LIMIT:
            found.append((current, start))
            current, whole, start = exact, False, at
        else:
            if len(exact) > 1:
                found.append((current, start))  # what is spelled so far holds too, and may be the rarer set
            current = frozenset(a + b for a in current for b in exact)
        at += _width(op, av, c)
    found.append((current, start))
    return (current if whole else None), found


def _width(op, av, c) -> float:
    """The most characters one parsed item can consume (infinite when unbounded)."""
    if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.RANGE, c.CATEGORY):
        return 1.0
    if op is c.SUBPATTERN:
        return sum(_width(o, a, c) for o, a in av[-1])
    if op is getattr(c, "ATOMIC_GROUP", None):
        return sum(_width(o, a, c) for o, a in av)
    if op is c.BRANCH:
        return max(sum(_width(o, a, c) for o, a in branch) for branch in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        return float("inf") if av[1] == c.MAXREPEAT else av[1] * sum(_width(o, a, c) for o, a in av[2])
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return 0.0
    return float("inf")  # back-references, conditionals: not bounded here


def _prefixes(sequence, c) -> frozenset | None:
    """Strings (as `_literals` spells them) one of which every match of the parsed sequence starts with: its
    leading literals, then how its first other item starts; None when nothing is known."""
    current = frozenset(("",))
    for op, av in sequence:
        exact = _node_literals(op, av, c)[0]
        if exact is None:
            opening = _node_prefixes(op, av, c)
            if opening is not None and len(current) * len(opening) <= LITERAL_LIMIT:
                current = frozenset(a + b for a in current for b in opening)
            break
        if len(current) * len(exact) > LITERAL_LIMIT:
            break
        current = frozenset(a + b for a in current for b in exact)
    return None if current == {""} else current


def _node_prefixes(op, av, c) -> frozenset | None:
    """`_prefixes` of one parsed item that spells no few strings: a group's, a repeat's that occurs at least once,
    those of every alternative (the parser moves a prefix the alternatives share out of them)."""
    if op is c.SUBPATTERN:
        return _prefixes(av[-1], c)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _prefixes(av, c)
    if op is c.BRANCH:
        parts = [_prefixes(branch, c) for branch in av[1]]
        if any(part is None for part in parts):
            return None
        union = frozenset().union(*parts)
        return union if len(union) <= MAX_LITERALS else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)) and av[0] >= 1:
        return _prefixes(av[2], c)
    return None


def _node_literals(op, av, c, at: float = 0.0) -> tuple[frozenset | None, list[tuple[frozenset, float]]]:
    """`_literals` for one parsed item: zero-width tests spell the empty string, optional parts require nothing;
    a repeat's sets are those of its first time, which starts where the repeat does."""
    if op is c.LITERAL:
        return (frozenset((chr(av).lower(),)) if _spelled(chr(av)) else None), []
    if op is c.IN:
        if len(av) <= 8 and all(o is c.LITERAL and _spelled(chr(v)) for o, v in av):
            return frozenset(chr(v).lower() for _, v in av), []
        return None, []
    if op is c.SUBPATTERN:
        return _literals(av[-1], c, at)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _literals(av, c, at)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return frozenset(("",)), []
    if op is c.BRANCH:
        parts = [_literals(branch, c, at) for branch in av[1]]
        exacts = [exact for exact, _ in parts]
        exact = None
        if all(e is not None for e in exacts) and sum(map(len, exacts)) <= MAX_LITERALS:
            exact = frozenset().union(*exacts)
        required = []
        for part_exact, inner in parts:  # each alternative's rarest set; their union holds for the alternation
            options = [(w, lead) for w, lead in [*inner, (part_exact, at)] if w and _usable(w)]
            if not options:
                return exact, []
            required.append(max(options, key=lambda option: _literals_rank(option[0])))
        union = frozenset().union(*(w for w, _ in required))
        return exact, ([(union, max(lead for _, lead in required))] if len(union) <= MAX_LITERALS else [])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, high, item = av
        exact, inner = _literals(item, c, at)
        if low == 0:
            return (exact | {""} if high == 1 and exact is not None else None), []
        if low == high == 1:
            return exact, inner
        return None, inner + ([(exact, at)] if exact is not None else [])
    return None, []


def _spelled(ch: str) -> bool:
    """Whether a literal character may be part of an anchor: ASCII, or a Latin letter with accent ("é", "ç") that
    lower() and case-insensitive matching treat alike (a one-character case pair), so that `[ée]` spells strings."""
    return ch.isascii() or ("\u00c0" <= ch <= "\u024f" and ch.isalpha() and len(ch.upper()) == 1
                            and ch.upper().lower() == ch.lower() and ch.lower().upper() == ch.upper())


class _AnchorFinder:
    """Where any of the words first starts in lowered[begin:stop] (overlapping occurrences included), or -1.

    The occurrences of every word in the whole text are listed once, in order; a question is a bisection.
    An occurrence may run past `stop`: `scan` then searches a little more, never less.
    """

    __slots__ = ("positions",)

    def __init__(self, positions: list[int]) -> None:
        self.positions = positions

    def __call__(self, begin: int, stop: int) -> int:
        positions = self.positions
        i = bisect.bisect_left(positions, begin)
        return positions[i] if i < len(positions) and positions[i] < stop else -1


_FINDERS: list = [(None, {}, {})]  # (the lowered text last scanned, its finders by anchors, each anchor's places)


def _anchor_finder(lowered: str, anchors: tuple[str, ...], index: "WordIndex | None" = None,
                   text: str | None = None) -> _AnchorFinder:
    """The finder of these anchors in lowered (the lowercase of text), kept while the same text is scanned
    (the entries of a lexicon, block after block), and only for that text. In a large text the anchors of an
    indexed lexicon are found from its words: a search of the whole text per anchor would cost the text's
    length times the number of anchors it holds, which grows with its length. Else each anchor is looked for
    once in the text, whichever entries and lexicons share it."""
    memo = _FINDERS[0]
    if memo[0] is not lowered:
        memo = _FINDERS[0] = (lowered, {}, {})
    finder = memo[1].get(anchors)
    if finder is None:
        listed = None
        if index is not None and len(lowered) >= LARGE_TEXT:
            listed = index.anchor_positions(text, anchors)
        if listed is None:
            places = memo[2]
            for anchor in anchors:
                if anchor not in places:
                    places[anchor] = _occurrences(lowered, anchor)
            listed = places[anchors[0]] if len(anchors) == 1 else sorted(set().union(*map(places.get, anchors)))
        finder = memo[1][anchors] = _AnchorFinder(listed)
    return finder


_LOWERED: list = [(None, None)]  # (the last text given to aligned_lower, its answer)


def aligned_lower(text: str) -> str | None:
    """text.lower() when each of its characters is at the same offset as in text and case-insensitive
    matching folds nothing that lower() leaves apart; else None (kept for the last text asked)."""
    memo = _LOWERED[0]
    if memo[0] is text:
        return memo[1]
    words = _WORDS[0]
    lowered = words[1] if words[0] is text else text.lower()  # lowered once for both
    if len(lowered) != len(text) or folds_more(text):
        lowered = None
    _LOWERED[0] = (text, lowered)
    return lowered


def pattern_reach(source: str, flags: int, runs: int | None = None) -> int | None:
    """How many characters past its start a match attempt of the regex can read (its longest match,
    look-aheads and word-edge tests included), or None when that is unbounded or not known.

    `runs`: in a text without a run of word characters, or of spaces and figures, longer than this (see
    `RUN_CLASSES`), an unbounded repeat of one such character reads that many characters and the one after.
    """
    items = parse_regex(source, flags & ~re.IGNORECASE)
    if items is None:
        return None
    c = RE_OPS
    single = {c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.RANGE, c.CATEGORY}
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}

    def reach(sequence) -> float:
        offset, furthest = 0.0, 0.0
        for op, av in sequence:
            if op in single:
                width = 1.0
            elif op is c.SUBPATTERN:
                width = reach(av[-1])
            elif op in repeats and av[1] == c.MAXREPEAT:
                width = runs + 1.0 if runs is not None and _in_run_class(av[2], c) else float("inf")
            elif op in repeats:
                width = av[1] * reach(av[2])
            elif op is c.BRANCH:
                width = max(reach(branch) for branch in av[1])
            elif op is getattr(c, "ATOMIC_GROUP", None):
                width = reach(av)
            elif op in (c.ASSERT, c.ASSERT_NOT):
                width = 0.0
                if av[0] >= 0:  # a look-ahead reads on from here; a look-behind reads what precedes
                    furthest = max(furthest, offset + reach(av[1]))
            elif op is c.AT:
                width = 0.0
                furthest = max(furthest, offset + 1)
            else:  # back-references, conditionals: not bounded here
                return float("inf")
            offset += width
        return max(offset, furthest)

    found = reach(items)
    return None if found == float("inf") else int(found) + 1


# what a run of `pattern_reach` is made of: word characters (letters, digits, apostrophes, hyphens), or spaces and
# figures; RUN_LIMIT bounds them where LONG_RUN_RE finds no longer one
RUN_CLASSES = (r"[\w'’-]", r"[\d.,\s]")
RUN_LIMIT = 64
LONG_RUN_RE = re.compile("|".join(f"{run}{{{RUN_LIMIT + 1}}}" for run in RUN_CLASSES))


def _in_run_class(item, c) -> bool:
    """Whether the one-character item of a parsed repeat matches only characters of one of RUN_CLASSES (whichever
    case it matches: a letter's other case is a word character too)."""
    if len(item) != 1:
        return False
    op, av = item[0]
    members = [(op, av)] if op is c.LITERAL else av if op is c.IN else None
    if not members:
        return False
    return any(all(_run_member(o, v, c, kind) for o, v in members) for kind in (0, 1))


def _run_member(op, av, c, kind: int) -> bool:
    """Whether one member of a character set (a literal, a range, a category) lies in RUN_CLASSES[kind]."""
    if op is c.LITERAL:
        ch = chr(av)
        return (ch.isalnum() or ch in "_'’-") if kind == 0 else (ch.isdecimal() or ch in ".," or ch.isspace())
    if op is c.RANGE:
        ranges = ("az", "AZ", "09") if kind == 0 else ("09",)
        return any(lo <= chr(av[0]) and chr(av[1]) <= hi for lo, hi in ranges)
    if op is c.CATEGORY:
        return av in ((c.CATEGORY_WORD, c.CATEGORY_DIGIT) if kind == 0 else (c.CATEGORY_DIGIT, c.CATEGORY_SPACE))
    return False


LONG_STRETCH = 10_000  # characters: a stretch this long is searched only near the anchors of a pattern (`scan_long`)


def scan_long(regex: "re.Pattern | LazyPattern", text: str, start: int, end: int) -> Iterator[re.Match]:
    """The matches `regex.finditer(text, start, end)` gives; in a long stretch (a document on one line) searched
    only near the regex's anchors (`scan_near`), when no run of RUN_CLASSES there is longer than RUN_LIMIT: then an
    attempt's reach is known (`pattern_reach`) even where the regex repeats a character without bound (blanks), and
    a pattern costs what its anchors' places cost, not the stretch's length."""
    if type(regex) is LazyPattern:
        regex = regex._pattern or regex.compiled()
    window = _run_bounded_window(regex.pattern, regex.flags) if end - start >= LONG_STRETCH else None
    lowered = aligned_lower(text) if window is not None else None
    if lowered is None or not _runs_bounded(text, start, end):
        return regex.finditer(text, start, end)
    anchors, reach, lead = window
    size, longest = min(map(len, anchors)), max(map(len, anchors))
    back = reach - size if lead is None else min(lead, reach - size)
    return scan_near(text, start, end, regex, _anchor_finder(lowered, anchors).positions, back, reach, longest)


@functools.lru_cache(maxsize=None)
def _held_strings(source: str, flags: int) -> tuple[str, ...] | None:
    """Lowercase strings one of which every match of the regex holds (`literal_anchors`, else `regex_anchors`)."""
    return literal_anchors(source, flags) or regex_anchors(source, flags)


@functools.lru_cache(maxsize=None)
def _run_bounded_window(source: str, flags: int) -> tuple | None:
    """(anchors, reach, lead) of a regex in a stretch without runs longer than RUN_LIMIT, or None when not known."""
    anchors = _held_strings(source, flags)
    reach = pattern_reach(source, flags, RUN_LIMIT) if anchors else None
    return None if reach is None else (anchors, reach, literal_lead(source, flags, anchors))


_BOUNDED: list = [(None, {})]  # (the last text asked about, whether each of its stretches asked about has no long run)


def _runs_bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds no run of RUN_CLASSES longer than RUN_LIMIT (kept for the last text asked)."""
    memo = _BOUNDED[0]
    if memo[0] is not text:
        memo = _BOUNDED[0] = (text, {})
    bounded = memo[1].get((start, end))
    if bounded is None:
        bounded = memo[1][start, end] = LONG_RUN_RE.search(text, start, end) is None
    return bounded


def candidates(entries: tuple[Entry, ...], text: str) -> tuple[Entry, ...]:
    """The entries that can match somewhere in `text`: those whose keyword (or one of whose anchors) occurs,
    and those without any. A lexicon as `load_lexicon` gives it is looked up by the words of the text
    (`WordIndex`); any other tuple of entries is read entry by entry."""
    if folds_more(text):
        return entries
    known = _INDEXES.get(id(entries))
    if known is not None and known[0] is entries:
        return known[1].candidates(text)
    part = _part_index(entries)
    if part is not None:  # a part of one lexicon: its index, then the entries asked about
        index, ids = part
        if ids is not None:  # the part is in the lexicon's order: its entries among the lexicon's candidates
            return tuple(entry for entry in index.candidates(text) if id(entry) in ids)
        chosen = index.chosen_ids(text)
        return tuple(entry for entry in entries if id(entry) in chosen)
    lowered, found = text.lower(), []
    for entry in entries:
        anchors = entry.anchors  # (keyword,) when the entry has a keyword and a bounded reach
        if anchors is None:
            if entry.keyword is None or entry.keyword in lowered:
                found.append(entry)
        elif len(anchors) == 1:
            if anchors[0] in lowered:
                found.append(entry)
        else:
            for anchor in anchors:
                if anchor in lowered:
                    found.append(entry)
                    break
    return tuple(found)


_PARTS: dict[int, tuple[tuple[Entry, ...], tuple]] = {}  # by id of a part of a lexicon seen lately
MAX_PARTS = 64


def _part_index(entries: tuple[Entry, ...]) -> "tuple[WordIndex, frozenset[int] | None] | None":
    """The index of the lexicon all the entries come from, if they all come from one that has an index, with
    the ids of the entries when they stand in the lexicon's order (else None)."""
    known = _PARTS.get(id(entries))
    if known is not None and known[0] is entries:
        return known[1]
    index = _INDEX_OF_ENTRY.get(id(entries[0])) if entries else None
    if index is None or not all(id(entry) in index.places for entry in entries):
        return None
    if len(_PARTS) >= MAX_PARTS:
        _PARTS.clear()
    order = [index.places[id(entry)] for entry in entries]
    ordered = all(a < b for a, b in zip(order, order[1:]))
    part = (index, frozenset(map(id, entries)) if ordered else None)
    _PARTS[id(entries)] = (entries, part)  # the tuple is kept with its id: the id is not reused meanwhile
    return part


def _entry_words(entry: Entry) -> tuple[str, ...] | None:
    """The words one of which `candidates` looks for in a text before it keeps the entry; None: always kept."""
    if entry.anchors is not None:
        return entry.anchors
    return None if entry.keyword is None else (entry.keyword,)


TEXT_WORD_RE = re.compile(r"[^\W_]+")
MAX_KNOWN_TOKENS = 100_000  # the words of texts remembered (their anchors), then forgotten
MAX_EXTENDED_TOKENS = 20_000  # words remembered past which a lexicon added later makes them forgotten instead
MAX_KEPT_WORDS = 30_000  # the most words a run keeps for the next (the lexicons hold about 2,000)


def _openings(words) -> dict[str, tuple[int, ...]]:
    """Where an anchor can start in a token: the first two characters of the words, and the lengths of those
    they open."""
    openings: dict[str, set[int]] = {}
    for word in words:
        openings.setdefault(word[:2], set()).add(len(word))
    return {opening: tuple(sorted(lengths)) for opening, lengths in openings.items() if len(opening) == 2}


def _words_in(token: str, words, openings: dict[str, tuple[int, ...]], letters: frozenset[str]) -> frozenset[str]:
    """The words (with their `_openings` and the one-letter ones) that occur in token."""
    size, found = len(token), []
    for i in range(size - 1):  # a token's first sight: tens of look-ups each, so plain loops
        lengths = openings.get(token[i:i + 2])
        if lengths:
            for n in lengths:  # in increasing order: past the token's end, so are the rest
                if i + n > size:
                    break
                if token[i:i + n] in words:
                    found.append(token[i:i + n])
    if letters:
        found.extend(letters.intersection(token))
    return frozenset(found)


class _IndexedWords:
    """The words of every `WordIndex`, and those a text holds, found once per text for all the lexicons (each
    takes its own from them): a text's distinct tokens are looked up once, not once per lexicon."""

    __slots__ = ("words", "openings", "letters", "known", "last", "kept")

    def __init__(self) -> None:
        self.words: frozenset[str] = frozenset()
        self.openings: dict[str, tuple[int, ...]] | None = {}
        self.letters: frozenset[str] = frozenset()
        self.known = _AnchorsByToken(self)
        self.last: tuple = (None, frozenset())
        self.kept: frozenset[str] | None = None  # the words the previous run added, once read back (`_read_kept`)

    def add(self, words) -> None:
        if not self.words.issuperset(words):
            new = frozenset(words).difference(self.words)
            self.words = self.words.union(new)
            self.openings = None  # found again when next asked for: several lexicons are added at start-up
            known = self.known
            if len(known) <= MAX_EXTENDED_TOKENS:  # the tokens read so far are looked at for the new words only
                openings, letters = _openings(new), frozenset(word for word in new if len(word) == 1)
                for token, held in known.items():
                    extra = _words_in(token, new, openings, letters)
                    if extra:
                        known[token] = held | extra
            else:
                known.clear()
            self.last = (None, frozenset())

    def _anchors_in(self, token: str) -> frozenset[str]:
        if self.openings is None:
            self.openings = _openings(self.words)
            self.letters = frozenset(word for word in self.words if len(word) == 1)
        return _words_in(token, self.words, self.openings, self.letters)

    def present(self, text: str) -> frozenset[str]:
        """The words of any index that text holds (kept for the last text asked)."""
        last = self.last
        if last[0] is not text:
            if self.kept is None:
                self._read_kept()
            known = self.known
            if len(known) > MAX_KNOWN_TOKENS:
                known.clear()
            last = self.last = (text, frozenset().union(*map(known.__getitem__, text_words(text)[1])))
        return last[1]

    # The lexicons load one after another as their rules first run, each after the text's tokens were read for the
    # ones before: every load would send the known tokens through the new words again. The words a run added are
    # kept for the next, which adds them all before it reads a token. A word too many only costs its lookups (each
    # index takes its own words from what a token holds); a word the file lacks is added when its lexicon loads.
    def _read_kept(self) -> None:
        from ..data.cache import read_marshal

        path = _kept_words_path()
        kept = read_marshal(path, frozenset())
        self.kept = kept if isinstance(kept, frozenset) and all(isinstance(w, str) for w in kept) else frozenset()
        self.add(self.kept)
        if path is not None:
            import atexit
            atexit.register(self._keep)

    def _keep(self) -> None:
        """Keep this run's words for the next (see `_read_kept`), when it added some."""
        from ..data.cache import write_marshal

        path = _kept_words_path()
        if path is None or self.kept is None or self.words <= self.kept or len(self.words) > MAX_KEPT_WORDS:
            return  # (a process that added words by the ten thousand did more than load the lexicons: not kept)
        write_marshal(path, self.words)


def _kept_words_path():
    from ..data.cache import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / "indexed-words.marshal"


class WordIndex:
    """Which entries of a lexicon can match in a text, read from the text's words rather than by searching
    the text once per anchor.

    An occurrence of an anchor or keyword made of letters and digits lies inside a run of letters and digits
    of the lowered text: the anchors inside each distinct run (found once per run and remembered) are the
    anchors the text contains. An anchor with spaces or punctuation ("the one of") is searched for in the
    text only when its longest run is found so.
    """

    __slots__ = ("entries", "always", "by_word", "words", "phrases", "phrase_runs", "run_of", "openings", "letters",
                 "places", "last", "table", "around")

    def __init__(self, entries: tuple[Entry, ...], tables: tuple | None = None) -> None:
        self.entries = entries
        self.places = {id(entry): i for i, entry in enumerate(entries)}  # where each entry stands, by its id
        # (the last text asked about, its candidates, their ids, the words it holds, the strings it lacks,
        # the anchors it may hold by anchors asked about)
        self.last = (None, (), frozenset(), frozenset(), frozenset(), {})
        self.table = (None, {}, {})  # (a large text, the words holding each anchor, each anchor's positions)
        self.always, self.by_word, self.phrases, self.run_of, self.openings = tables or self.tables(entries)
        self.words = frozenset(self.by_word)
        self.phrase_runs = frozenset(self.phrases)  # a set: a text's words meet it without a walk of the table
        self.letters = frozenset(word for word in self.by_word if len(word) == 1)
        # for a run that three phrases or more hold: how far before it and past its start they reach (see `_around`)
        self.around = {run: (max(phrase.find(run) for phrase, *_ in group),
                             max(len(phrase) - phrase.find(run) for phrase, *_ in group))
                       for run, group in self.phrases.items()
                       if len(group) > 2 and not any("\0" in phrase for phrase, *_ in group)}
        _INDEXED.add(self.words)

    @staticmethod
    def tables(entries: tuple[Entry, ...]) -> tuple:
        """What the index reads, as plain data (kept in the data cache with the lexicon's patterns)."""
        always, by_word, phrases, run_of = [], {}, {}, {}
        for i, entry in enumerate(entries):
            words = _entry_words(entry)
            if words is None:
                always.append(i)
            for word in words or ():
                if TEXT_WORD_RE.fullmatch(word):
                    by_word.setdefault(word, []).append(i)
                else:  # a string with spaces or punctuation: looked for once its longest run is in a word
                    runs = list(TEXT_WORD_RE.finditer(word))
                    run = max((m.group() for m in runs), key=len)
                    inner = [m for m in runs if m.start() > 0 and m.end() < len(word)]
                    whole = tuple(sorted({m.group() for m in inner}))  # tuples: read back from the cache faster
                    # where to look for it in a large text: its longest run, or better its longest whole word
                    # (a run between spaces or signs is a word of the text, rarer than the letters it spells)
                    widest = max(inner, key=lambda m: len(m.group()), default=None)
                    run_of[word] = (run, run, word.find(run), False) if widest is None else \
                        (run, widest.group(), widest.start(), True)
                    parts = tuple(sorted({m.group() for m in runs}))  # each in a word of the text, if it is there
                    for part in parts:
                        by_word.setdefault(part, [])
                    phrases.setdefault(run, []).append((word, i, whole, parts))
        return tuple(always), by_word, phrases, run_of, _openings(by_word)

    @classmethod
    def of(cls, entries: tuple[Entry, ...]) -> "WordIndex | None":
        """The index, when every word of the lexicon holds a run of letters and digits (else None)."""
        tables = cls.indexed_tables(entries)
        return None if tables is None else cls(entries, tables)

    @classmethod
    def indexed_tables(cls, entries: tuple[Entry, ...]) -> tuple | None:
        """`tables(entries)`, or None when a word of the lexicon holds no run of letters and digits."""
        words = {word for entry in entries for word in _entry_words(entry) or ()}
        if not all(TEXT_WORD_RE.search(word) for word in words):
            return None
        return cls.tables(entries)

    def _anchors_in(self, token: str) -> frozenset[str]:
        return _words_in(token, self.by_word, self.openings, self.letters)

    def candidates(self, text: str) -> tuple[Entry, ...]:
        """The entries that can match in text (kept for the last text asked: several rules ask for one text)."""
        last = self.last
        if last[0] is not text:
            lowered, tokens = text_words(text)
            present = _INDEXED.present(text) & self.words
            large = len(lowered) >= LARGE_TEXT
            chosen, phrases, lacking = set(self.always), self.phrases, set()
            for word in present:
                chosen.update(self.by_word[word])
            for word in present & self.phrase_runs:  # after the words: an entry they chose is not searched for
                sought, pending = [], 0
                for phrase, i, whole, parts in phrases[word]:
                    # the runs a phrase holds between its spaces or signs are words of the text, if it is there,
                    # and each of its runs is in one: a phrase without them is lacking, whichever entry it is of
                    if not (tokens.issuperset(whole) and present.issuperset(parts)):
                        lacking.add(phrase)
                    else:
                        sought.append((phrase, i))
                        pending += i not in chosen
                # three phrases or more of a run are looked for in the stretches around its places (`_around`), and so
                # are those of an entry chosen already (`held` then spares its scans the ones the text lacks)
                where = _around(lowered, word, self.around.get(word)) if pending > 2 and not large else lowered
                for phrase, i in sought:
                    if i in chosen:
                        if where is not lowered and phrase not in where:
                            lacking.add(phrase)
                    elif self._holds(text, phrase) if large else phrase in where:
                        chosen.add(i)
                    else:
                        lacking.add(phrase)
            entries = self.entries
            found = tuple(entries[i] for i in sorted(chosen))
            last = self.last = (text, found, frozenset(map(id, found)), present, frozenset(lacking), {})
        return last[1]

    def chosen_ids(self, text: str) -> frozenset[int]:
        """The ids of `candidates(text)`."""
        self.candidates(text)
        return self.last[2]

    def anchor_positions(self, text: str, anchors: tuple[str, ...]) -> list[int] | None:
        """Where the anchors start in text.lower(), in order, read from the text's words (None unless the index
        has just read text)."""
        if self.last[0] is not text:
            return None
        found: set[int] = set()
        for anchor in anchors:
            found.update(self._positions(text, anchor))
        return sorted(found)

    def _positions(self, text: str, anchor: str) -> list[int]:
        """Where an anchor starts in text.lower(): a word from the words that hold it (each at every place it
        is in them), a phrase where its longest run is and the phrase follows; an anchor whose word is common
        ("ed", the "the" of "the one of") from a search of the text for the anchor itself (the same places)."""
        table = self._table(text)
        positions = table[2].get(anchor)
        if positions is None:
            lowered, starts = text_words(text)[0], token_starts(text)
            how = self.run_of.get(anchor)
            if self._common(text, anchor):
                positions = _occurrences(lowered, anchor)
            elif how is not None:
                _, run, k, whole = how
                places = starts.get(run, ()) if whole else self._positions(text, run)
                positions = [q - k for q in places if q >= k and lowered.startswith(anchor, q - k)]
            else:
                found = set()
                for token in table[1].get(anchor, ()):
                    at = token.find(anchor)
                    while at >= 0:
                        found.update(s + at for s in starts[token])
                        at = token.find(anchor, at + 1)
                positions = sorted(found)
            table[2][anchor] = positions
        return positions

    def _holds(self, text: str, phrase: str) -> bool:
        """Whether a large text holds a phrase: from its places, unless its word is common (then one search of the
        text, which stops at the first occurrence)."""
        if phrase not in self._table(text)[2] and self._common(text, phrase):
            return phrase in text_words(text)[0]
        return bool(self._positions(text, phrase))

    def _common(self, text: str, anchor: str) -> bool:
        """Whether the word by which an anchor is looked for (the anchor itself, or its phrase's run) stands in
        the text once in every COMMON_RUN characters or more often: then walking its places costs more than a
        search of the text for the anchor."""
        table = self._table(text)
        how = self.run_of.get(anchor)
        word = anchor if how is None else how[1]
        if how is not None and how[3]:  # a whole word of the text: its places are listed
            count = len(token_starts(text).get(word, ()))
        elif word in table[2]:
            count = len(table[2][word])
        else:  # the tokens that hold it, each as many times as it stands in the text
            starts = token_starts(text)
            count = sum(len(starts[token]) for token in table[1].get(word, ()))
        return count * COMMON_RUN > len(text_words(text)[0])

    def _table(self, text: str) -> tuple:
        """(text, the words of the index its tokens hold with those tokens, the places found so far)."""
        table = self.table
        if table[0] is not text:
            holding: dict[str, list[str]] = {}
            known = _INDEXED.known  # a token's words of every index: only this index's anchors are asked about
            for token in text_words(text)[1]:
                for word in known[token]:
                    holding.setdefault(word, []).append(token)
            table = self.table = (text, holding, {})
        return table

    def held(self, text: str, anchors: tuple[str, ...]) -> tuple[str, ...]:
        """The anchors that text may hold: all of them, unless the index has just read text and knows some absent."""
        last = self.last
        if last[0] is not text:
            return anchors
        held = last[5].get(anchors)  # asked again for each stretch of the text an entry scans
        if held is None:
            present, lacking, run_of = last[3], last[4], self.run_of
            held = last[5][anchors] = tuple(a for a in anchors if (a in present if a not in run_of
                                                                   else a not in lacking and run_of[a][0] in present))
        return held


LARGE_TEXT = 20_000  # characters: from this length on, anchors are found from the text's words (see `_anchor_finder`)
# a word this common in a large text (one place per COMMON_RUN characters or more) costs more to walk place by
# place than one search of the text for the anchor that holds it (see `WordIndex._common`)
COMMON_RUN = 512


MAX_RUN_PLACES = 16  # places of a run past which its phrases are looked for in the whole text


def _around(lowered: str, run: str, reach: tuple[int, int] | None) -> str:
    """What the phrases that hold a run are looked for in: the stretches of lowered around the run's places, joined
    by NUL (`reach`: how far before the run a phrase of it starts, how far past the run's start it ends, at most),
    so that the text is searched once for the run instead of once per phrase; lowered itself for a run of fewer
    phrases (no reach) or one that stands more than MAX_RUN_PLACES times."""
    if reach is None or lowered.count(run) > MAX_RUN_PLACES:  # (count() skips overlaps: it counts no more places)
        return lowered
    before, after = reach
    pieces, at = [], lowered.find(run)
    while at >= 0:
        if len(pieces) == MAX_RUN_PLACES:
            return lowered
        pieces.append(lowered[max(0, at - before):at + after])
        at = lowered.find(run, at + 1)
    return "\0".join(pieces)


def _occurrences(lowered: str, phrase: str) -> list[int]:
    """Where phrase starts in lowered, overlapping occurrences included, in order."""
    found, at = [], lowered.find(phrase)
    while at >= 0:
        found.append(at)
        at = lowered.find(phrase, at + 1)
    return found


_WORDS: list = [(None, "", frozenset())]  # (the last text asked about, its lowercase, its words)
_STARTS: list = [(None, {})]  # (the last text asked about, where each of its words starts)


def token_starts(text: str) -> dict[str, list[int]]:
    """Each run of letters and digits of text.lower(), with the offsets where it stands (for the last text asked)."""
    memo = _STARTS[0]
    if memo[0] is not text:
        starts: dict[str, list[int]] = {}
        lowered = text_words(text)[0]
        for match in _latin1_twin(TEXT_WORD_RE, lowered).finditer(lowered):
            starts.setdefault(match.group(), []).append(match.start())
        memo = _STARTS[0] = (text, starts)
    return memo[1]


def text_words(text: str) -> tuple[str, frozenset[str]]:
    """text.lower() and the set of its runs of letters and digits, kept for the last text asked (each lexicon's
    index reads the same document)."""
    memo = _WORDS[0]
    if memo[0] is not text:
        lowered = aligned_lower(text) or text.lower()  # the scans' lowercase of the text, when they keep one
        memo = _WORDS[0] = (text, lowered, frozenset(_latin1_twin(TEXT_WORD_RE, lowered).findall(lowered)))
    return memo[1], memo[2]


class _AnchorsByToken(dict):
    """A token's anchors (a frozenset), found on first asking and remembered."""

    __slots__ = ("index",)

    def __init__(self, index: _IndexedWords) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, token: str) -> frozenset[str]:
        found = self[token] = self.index._anchors_in(token)
        return found


_INDEXED = _IndexedWords()
_INDEXES: dict[int, tuple[tuple[Entry, ...], WordIndex]] = {}  # by id of a lexicon load_lexicon gave
_INDEX_OF_ENTRY: dict[int, WordIndex] = {}  # by id of an entry of such a lexicon (they live on with it)


def words_in(text: str, words: frozenset[str]) -> frozenset[str]:
    """Those of `words` (lowercase runs of letters and digits) that text.lower() holds, read from the text's
    distinct runs as the lexicons' indexes read them, instead of one search of the text per word."""
    _INDEXED.add(words)
    return _INDEXED.present(text) & words


@functools.lru_cache(maxsize=None)
def load_lexicon(name: str) -> tuple[Entry, ...]:
    """Entries of checker/data/<name>.yaml: a list of mappings with `phrase` or `regex`.

    The patterns, their keywords and their compiled form are built once per content of the data file
    (and of this module, which says how to build them) and kept in the data cache.
    """
    from ..data.cache import built_key, cached, load_yaml

    data = load_yaml(name) or {}
    items = data.get("entries", data) if isinstance(data, dict) else data
    classes = data.get("classes") if isinstance(data, dict) else None  # the file's own named classes
    key = built_key(f"{name}.yaml", __file__)
    # the patterns and the index read from their anchors are kept as one entry: two entries under one key could
    # come from builds that chose other anchors (another version of the word frequencies), and disagree
    built, tables = cached(f"lexicon-entries-{name}", key, lambda: _built_with_index(items, classes))
    entries = _entries(items, built)
    index = None if tables is None else WordIndex(entries, tables)
    if index is not None:
        _INDEXES[id(entries)] = (entries, index)  # kept here, the tuple lives on: its id is not reused
        _INDEX_OF_ENTRY.update(dict.fromkeys(map(id, entries), index))
    return entries


def _built_with_index(items: list, classes: dict | None = None) -> tuple:
    """Each item's `_build`, and the index tables of the entries they make (`WordIndex.indexed_tables`)."""
    built = [_build(item, classes) for item in items]
    return built, WordIndex.indexed_tables(_entries(items, built))


def _entries(items: list, built: list) -> tuple[Entry, ...]:
    entries = []
    for item, (source, flags, entry_key, keyword, code, window) in zip(items, built):
        anchors, reach, lead = window if window and window[1] is not None else (None, None, None)
        severity = item.get("severity")
        entries.append(Entry(
            key=entry_key, regex=LazyPattern(source, flags, code),
            suggestion=item.get("suggestion"), note=item.get("note", ""),
            severity=Severity.parse(severity) if severity else None, data=item, keyword=keyword,
            anchors=anchors, reach=reach, lead=lead,
        ))
    return tuple(entries)


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# an English cardinal in figures or in words, up to the hundreds ("33", "thirty-three", "a hundred and twenty"):
# what a data pattern writes `(?&cardinal)` for, instead of a hand list of the numbers its examples held
CARDINAL = (rf"(?:\d[\d,.]{{0,14}}|(?:(?:a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and)?[ -])?"
            rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS})(?![\w-])|(?:a|one|two|three|four|five|six|seven|eight|"
            rf"nine) hundred|a dozen|a hundred|a thousand)")
CLASSES = {"(?&cardinal)": CARDINAL}


def with_classes(source: str, local: dict | None = None) -> str:
    """A data pattern with its named classes written out (`(?&cardinal)`; Python's `re` has no such syntax).

    `local`: a data file's own classes (its `classes:` mapping, name -> pattern, which may name other classes),
    written out first."""
    for _ in range(4):  # a local class may name another: written out until none is left (4 levels at most)
        if not local or "(?&" not in source:
            break
        for name, pattern in local.items():
            source = source.replace(f"(?&{name})", f"(?:{pattern})")
    for name, pattern in CLASSES.items():
        source = source.replace(name, pattern)
    return source


def _build(item: dict, classes: dict | None = None) -> tuple:
    """(regex source, flags, key, keyword, compiled code, reach) for one lexicon entry."""
    from ..data.cache import regex_code

    flags = re.MULTILINE | (0 if item.get("case_sensitive") else re.IGNORECASE)
    if "regex" in item:
        source, key = with_classes(item["regex"], classes), item.get("key", item["regex"])
        keyword = regex_keyword(source, flags)
    else:
        source, key = phrase_pattern(item["phrase"]), item["phrase"]
        # a case-insensitive match of a phrase without apostrophes or hyphens contains its words as written
        plain = not any(ch in APOSTROPHES or ch == "-" for ch in item["phrase"])
        keyword = phrase_keyword(item["phrase"]) if plain and flags & re.IGNORECASE else None
    flags = int(flags | re.UNICODE)
    try:
        code = regex_code(source, flags)
    except re.error:
        code = None  # reported where the pattern is first used, as before
    anchors = regex_anchors(source, flags) if "regex" in item else (keyword,) if keyword else None
    anchors = _rarer_anchors(anchors, literal_anchors(source, flags, _cost_rank))
    window = (anchors, pattern_reach(source, flags), literal_lead(source, flags, anchors)) if anchors else None
    return source, flags, key, keyword, code, window


def _rarer_anchors(words: tuple[str, ...] | None, literals: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The words, unless none or the literal strings are expected to cost less to look for (`_expected_cost`)."""
    if literals is None:
        return words
    if words is None or _expected_cost(literals) < _expected_cost(words):
        return literals
    return words
