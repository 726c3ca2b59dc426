"""Word lists as data: YAML lexicons in checker/data/, compiled into matchers with exact spans."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from ..findings import Severity

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


@functools.lru_cache(maxsize=None)
def _compiled(source: str, flags: int) -> re.Pattern:
    return re.compile(source, flags)


class LazyPattern:
    """A regex compiled on first use (start-up compiles only what a text can match); acts as the re.Pattern.

    `code` is the compiled form kept in the data cache (see checker.data.cache.regex_code), when known.
    """

    __slots__ = ("source", "flags", "code", "_pattern")

    def __init__(self, source: str, flags: int, code: tuple | None = None) -> None:
        self.source, self.flags, self.code, self._pattern = source, flags, code, None

    def compiled(self) -> re.Pattern:
        pattern = self._pattern
        if pattern is None:
            if self.code is None:
                pattern = _compiled(self.source, self.flags)
            else:
                from ..data.cache import regex_from_code
                pattern = regex_from_code(self.source, self.flags, self.code)
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

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r})"


@dataclass(frozen=True, slots=True)
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

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        regex = self.regex
        if type(regex) is LazyPattern:
            regex = regex._pattern or regex.compiled()
        return regex.finditer(text, start, len(text) if end is None else end)

    def scan(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        """The matches `finditer` gives, found by searching only near the keyword's occurrences.

        Every match contains the keyword and an attempt at position s reads nothing past s + reach,
        so a match can start only within reach of an occurrence, and a search cut off reach past the
        last start it may report decides that start exactly as a search of the whole text would.
        """
        end = len(text) if end is None else end
        anchors, reach = self.anchors, self.reach
        lowered = aligned_lower(text) if reach is not None else None
        if lowered is None:
            yield from self.finditer(text, start, end)
            return
        regex = self.regex
        if type(regex) is LazyPattern:
            regex = regex._pattern or regex.compiled()
        size, longest, pos = min(map(len, anchors)), max(map(len, anchors)), start
        if len(anchors) == 1:
            find = functools.partial(lowered.find, anchors[0])
        else:
            find = _anchor_finder(lowered, anchors, end)
        chain_end = -1  # the last occurrence of the chain last walked: a later start inside it ends there too
        while True:
            first = last = find(pos, end)
            if first < 0:
                return
            if first <= chain_end:
                last = chain_end
            else:
                while (k := find(last + 1, min(end, last + reach + longest))) >= 0:
                    last = k  # the occurrences that follow within reach are searched together
                chain_end = last
            match = regex.search(text, max(pos, first + size - reach), min(end, last + reach + 1))
            if match is not None and match.start() <= last:
                yield match
                pos = match.end()
            else:
                pos = last + 1


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


def regex_keyword(source: str, flags: int = 0) -> str | None:
    """The longest ASCII word (3+ letters or digits, lowercase) that every match of the regex contains.

    Read from the parsed pattern: literal runs of its top-level sequence, of groups, and of repeats
    that occur at least once; alternatives and look-arounds are not looked into.
    """
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python < 3.11
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    try:
        items = parser.parse(source, flags & ~re.IGNORECASE)
    except re.error:
        return None
    return _sequence_keyword(items, c)


MAX_ANCHORS = 40


def regex_anchors(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words (as `regex_keyword` finds them) one of which every match of the regex contains: its keyword,
    else those of a group or one per alternative of an alternation (`_best_anchors`); None when there are
    none. A common keyword ("the") gives way to rarer words found so, when there are."""
    keyword = regex_keyword(source, flags)
    if keyword is not None and keyword not in COMMON_WORDS:
        return (keyword,)
    fallback = (keyword,) if keyword else None
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python < 3.11
        return fallback
    try:
        items = parser.parse(source, flags & ~re.IGNORECASE)
    except re.error:
        return fallback
    found = _best_anchors(items, c)  # "the" gives way to rarer words of a group or of every alternative
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


class _AnchorFinder:
    """Where any of the words first starts in lowered[begin:stop] (overlapping occurrences included), or -1.

    Each word's next occurrence is kept, so asking with growing `begin` reads the text once per word.
    """

    __slots__ = ("lowered", "anchors", "end", "next", "since")

    def __init__(self, lowered: str, anchors: tuple[str, ...], end: int) -> None:
        self.lowered, self.anchors, self.end = lowered, anchors, end
        self.next, self.since = [-1] * len(anchors), [end + 1] * len(anchors)

    def __call__(self, begin: int, stop: int) -> int:
        best, lowered, end, nexts, since = -1, self.lowered, self.end, self.next, self.since
        for i, anchor in enumerate(self.anchors):
            at = nexts[i]
            if begin < since[i] or (0 <= at < begin):  # not known from here: look again
                at = nexts[i] = lowered.find(anchor, begin, end)
                since[i] = begin
            if 0 <= at < stop and (best < 0 or at < best):
                best = at
        return best


_FINDERS: list = [(None, {})]  # (the lowered text last scanned, its finders by (anchors, end))


def _anchor_finder(lowered: str, anchors: tuple[str, ...], end: int) -> _AnchorFinder:
    """The finder of these anchors in lowered[:end], kept while the same text is scanned (the entries of a
    lexicon, block after block), and only for that text."""
    memo = _FINDERS[0]
    if memo[0] is not lowered:
        memo = _FINDERS[0] = (lowered, {})
    finder = memo[1].get((anchors, end))
    if finder is None:
        finder = memo[1][anchors, end] = _AnchorFinder(lowered, anchors, end)
    return finder


_LOWERED: list = [(None, None)]  # (the last text given to aligned_lower, its answer)


def aligned_lower(text: str) -> str | None:
    """text.lower() when each of its characters is at the same offset as in text and case-insensitive
    matching folds nothing that lower() leaves apart; else None (kept for the last text asked)."""
    memo = _LOWERED[0]
    if memo[0] is text:
        return memo[1]
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and not SPECIAL_FOLDS.isdisjoint(text)):
        lowered = None
    _LOWERED[0] = (text, lowered)
    return lowered


def pattern_reach(source: str, flags: int) -> int | None:
    """How many characters past its start a match attempt of the regex can read (its longest match,
    look-aheads and word-edge tests included), or None when that is unbounded or not known."""
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python < 3.11
        return None
    try:
        items = parser.parse(source, flags & ~re.IGNORECASE)
    except re.error:
        return None
    single = {c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.RANGE, c.CATEGORY}
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}

    def reach(sequence) -> float:
        offset, furthest = 0.0, 0.0
        for op, av in sequence:
            if op in single:
                width = 1.0
            elif op is c.SUBPATTERN:
                width = reach(av[-1])
            elif op in repeats:
                width = float("inf") if av[1] == c.MAXREPEAT else av[1] * reach(av[2])
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


def candidates(entries: tuple[Entry, ...], text: str) -> tuple[Entry, ...]:
    """The entries that can match somewhere in `text`: those whose keyword (or one of whose anchors) occurs,
    and those without any. A lexicon as `load_lexicon` gives it is looked up by the words of the text
    (`WordIndex`); any other tuple of entries is read entry by entry."""
    if not text.isascii() and not SPECIAL_FOLDS.isdisjoint(text):
        return entries
    known = _INDEXES.get(id(entries))
    if known is not None and known[0] is entries:
        return known[1].candidates(text.lower())
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


def _entry_words(entry: Entry) -> tuple[str, ...] | None:
    """The words one of which `candidates` looks for in a text before it keeps the entry; None: always kept."""
    if entry.anchors is not None:
        return entry.anchors
    return None if entry.keyword is None else (entry.keyword,)


TEXT_WORD_RE = re.compile(r"[^\W_]+")
MAX_KNOWN_TOKENS = 100_000  # the words of texts remembered per lexicon (their anchors), then forgotten


class WordIndex:
    """Which entries of a lexicon can match in a text, read from the text's words rather than by searching
    the text once per anchor.

    Every anchor and keyword is made of letters and digits, so an occurrence of one lies inside a run of
    letters and digits of the lowered text: the anchors inside each distinct run (found once per run and
    remembered) are the anchors the text contains.
    """

    __slots__ = ("entries", "always", "by_word", "lengths", "known")

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries, self.known = entries, {}
        always, by_word = [], {}
        for i, entry in enumerate(entries):
            words = _entry_words(entry)
            if words is None:
                always.append(i)
            for word in words or ():
                by_word.setdefault(word, []).append(i)
        self.always, self.by_word = tuple(always), by_word
        self.lengths = tuple(sorted({len(word) for word in by_word}))

    @classmethod
    def of(cls, entries: tuple[Entry, ...]) -> "WordIndex | None":
        """The index, when every word of the lexicon is a run of letters and digits (else None)."""
        words = {word for entry in entries for word in _entry_words(entry) or ()}
        if not all(TEXT_WORD_RE.fullmatch(word) for word in words):
            return None
        return cls(entries)

    def _anchors_in(self, token: str) -> frozenset[str]:
        by_word, size = self.by_word, len(token)
        return frozenset(token[i:i + n] for n in self.lengths if n <= size for i in range(size - n + 1)
                         if token[i:i + n] in by_word)

    def candidates(self, lowered: str) -> tuple[Entry, ...]:
        known = self.known
        if len(known) > MAX_KNOWN_TOKENS:
            known.clear()
        present: set[str] = set()
        for token in set(TEXT_WORD_RE.findall(lowered)):
            found = known.get(token)
            if found is None:
                found = known[token] = self._anchors_in(token)
            present.update(found)
        chosen = set(self.always)
        for word in present:
            chosen.update(self.by_word[word])
        entries = self.entries
        return tuple(entries[i] for i in sorted(chosen))


_INDEXES: dict[int, tuple[tuple[Entry, ...], WordIndex]] = {}  # by id of a lexicon load_lexicon gave


@functools.lru_cache(maxsize=None)
def load_lexicon(name: str) -> tuple[Entry, ...]:
    """Entries of checker/data/<name>.yaml: a list of mappings with `phrase` or `regex`.

    The patterns, their keywords and their compiled form are built once per content of the data file
    (and of this module, which says how to build them) and kept in the data cache.
    """
    from pathlib import Path

    from ..data.cache import cached, data_digest, digest, load_yaml

    data = load_yaml(name) or {}
    items = data.get("entries", data) if isinstance(data, dict) else data
    key = digest(data_digest(f"{name}.yaml").encode(), Path(__file__).read_bytes())
    built = cached(f"patterns-{name}", key, lambda: [_build(item) for item in items])
    entries = []
    for item, (source, flags, key, keyword, code, window) in zip(items, built):
        anchors, reach = window if window and window[1] is not None else (None, None)
        severity = item.get("severity")
        entries.append(Entry(
            key=key, regex=LazyPattern(source, flags, code),
            suggestion=item.get("suggestion"), note=item.get("note", ""),
            severity=Severity.parse(severity) if severity else None, data=item, keyword=keyword,
            anchors=anchors, reach=reach,
        ))
    entries = tuple(entries)
    index = WordIndex.of(entries)
    if index is not None:
        _INDEXES[id(entries)] = (entries, index)  # kept here, the tuple lives on: its id is not reused
    return entries


def _build(item: dict) -> tuple:
    """(regex source, flags, key, keyword, compiled code, reach) for one lexicon entry."""
    from ..data.cache import regex_code

    flags = re.MULTILINE | (0 if item.get("case_sensitive") else re.IGNORECASE)
    if "regex" in item:
        source, key = item["regex"], item.get("key", item["regex"])
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
    return source, flags, key, keyword, code, (anchors, pattern_reach(source, flags)) if anchors else None
