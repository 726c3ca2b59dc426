"""BPL004: a line standing alone that is shaped like a web page's furniture (a link, a label, a widget), in any wording."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .reader_prompt import ALSO_RE, LEAD_RE, OUTLET_PLACE_RE, _lines, _reports, _Spans, _vocabulary, is_furniture

MAX_WORDS = 30
MIN_FIGURES = 2  # a row of figures: odds, quotes, scores
THRESHOLD = 4  # chosen on the development sets sourcefree..sourcefree12 and the WMT14 references
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]|\d[\d.,]*")
# a sentence's close: a stop, a question or exclamation mark, perhaps inside a closing quotation mark
SENTENCE_CLOSE_RE = re.compile(r"[.!?…][\"”»’')\]]*$")
# a short label opening the line before a colon or a spaced dash ("Stock market:", "Map —", "Cannes 2025 —")
LABEL_RE = re.compile(r"^(?P<label>[^:.!?–—|]{1,40}?)\s*(?::\s|\s[–—|]\s)")
# a closing bracket with a few words and no sentence in it: a link's format or size ("(PDF, 2 pages)")
CLOSING_NOTE_RE = re.compile(r"\((?P<note>[^()]{1,30})\)$")
DURATION_RE = re.compile(r"^\s*\d{1,2}\s?['’:]\s?\d{2}\s*$")  # a video's length: "(1'32)", "(2:45)"
# items of a menu, a tag list, a credit or a page's dates, side by side: "Print · Share", "Photo: X / AFP"
ITEM_SEPARATOR_RE = re.compile(r"\s[·•|/]\s")
NUMERIC_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")  # a page's time stamp: "Updated on 03/07/2020"
# a ranking widget: numbered headlines in one line ("Most read: 1. … 2. … 3. …")
ENUMERATION_RE = re.compile(r"(?:^|\s)1[.)]\s.+\s2[.)]\s.+\s3[.)]\s")
# a price's move or a market symbol ("▼ −0.86%", "+3.1%"), an arrow pointing to a link ("→", "►")
TICKER_RE = re.compile(r"[▲▼△▽↑↓⬆⬇]|(?<![\w])[+−–-]\s?\d+(?:[.,]\d+)?\s?%")
ARROWS = "→►▶➤➜⇒»"
# the same noun either side of "by": a page broken down by unit ("wilaya by wilaya", "minute by minute")
BREAKDOWN_RE = re.compile(r"\b([a-z]{3,})\s+by\s+\1\b")
QUOTED_RE = re.compile(r"[\"“«][^\"“”«»]*[\"”»]")
OUTLET_SELF = frozenset("our we us".split())
# the text speaking of itself as a page: "this article", "the text resumes", "this content"
SELF_NOUNS = frozenset("article text content page story video live newsletter message".split())


@dataclass(frozen=True, slots=True)
class Features:
    """What makes a line standing alone web furniture rather than a headline or copy, as the classifier weighs it."""

    label: bool  # opens with a short label and a colon or spaced dash
    call: bool  # an imperative call to action opens the line or a clause of it
    outlet: int  # the outlet speaks: 1 for "our" or "we", 2 for the page speaking of itself ("this article")
    page_words: int  # words naming a page, a format or a widget (outlet vocabulary, formats)
    link: bool  # a link's shape: a closing format note, an arrow, a ticker, a breakdown page
    figures: bool  # a row of figures without a sentence: odds, quotes, scores
    report: bool  # a sentence that reports: a subject and a finite verb, a speech verb
    offer: int = 0  # a teaser's offer: "all the …" opening the line or its text after the label; "your" to the reader

    @property
    def score(self) -> int:
        return (self.label + 2 * self.call + (0, 2, 3)[self.outlet] + min(self.page_words, 2) + 2 * self.link
                + self.figures + self.offer - 3 * self.report)

    def why(self) -> str:
        parts = [("a label and its separator", self.label), ("a call to action", self.call),
                 ("the outlet speaking of itself", self.outlet), ("page and format words", self.page_words),
                 ("a link's shape", self.link), ("a row of figures", self.figures), ("a teaser's offer", self.offer)]
        return ", ".join(name for name, present in parts if present)


@functools.lru_cache(maxsize=None)
def _page_words() -> frozenset[str]:
    """Words that name a web page, its formats and widgets (one word each): reader_prompts.yaml's outlet words
    and its page words."""
    from ...data.cache import load_yaml

    data = load_yaml("reader_prompts")
    outlet = [w.lower() for w in data["outlet_words"] if " " not in w]
    return frozenset(outlet + [w.lower() for w in data.get("page_words", ())])


@functools.lru_cache(maxsize=None)
def _format_words() -> frozenset[str]:
    from ...data.cache import load_yaml

    return frozenset(w.lower() for w in load_yaml("reader_prompts").get("format_words", ()))


def _clause_openers(line: str, label: re.Match | None) -> list[str]:
    """The first word of the line, of the text after its label, and of each sentence or clause after a colon,
    a dash or a stop."""
    starts = [0] + ([label.end()] if label else []) + [m.end() for m in re.finditer(r"[.:;–—|]\s+", line)]
    openers = []
    for at in starts:
        word = WORD_RE.match(line, at + len(LEAD_RE.match(line[at:]).group(0)))
        if word is not None and not line.startswith(":", word.end()):  # "Report: …" is a label, not a call
            openers.append(word.group().lower())
    return openers


def _self_reference(tokens: list[str], after_label: list[str]) -> int:
    """The page speaks of itself ("this article", or "the text" opening the line or following its label): 2;
    the outlet speaks ("our", "we"): 1; else 0."""
    if any(a == "this" and b in SELF_NOUNS for a, b in zip(tokens, tokens[1:])):
        return 2
    if any(words[:1] == ["the"] and words[1:2] and words[1] in SELF_NOUNS for words in (tokens, after_label)):
        return 2
    return 1 if not OUTLET_SELF.isdisjoint(tokens) else 0


def _outlet_words(text: str) -> list[str]:
    """The words, lowercase but "US" (the country, not the pronoun)."""
    return [t if t == "US" else t.lower() for t in WORD_RE.findall(text)]


def _closing_note(line: str) -> bool:
    """A bracket closing the line that names a format or counts a size ("(PDF, 2 pages)", "(interactive)")."""
    match = CLOSING_NOTE_RE.search(line)
    if match is None:
        return False
    note = match.group("note")
    words = WORD_RE.findall(note.lower())
    return DURATION_RE.match(note) is not None or 0 < len(words) <= 4 and not _format_words().isdisjoint(words)


def features(line: str) -> Features | None:
    """The furniture features of a line that ends without a sentence's close; None for a sentence."""
    body = line[len(LEAD_RE.match(line).group(0)):]
    if not body or SENTENCE_CLOSE_RE.search(body.rstrip()):
        return None
    unquoted = QUOTED_RE.sub(" ", body)
    tokens = _outlet_words(unquoted)
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    cta_verbs = _vocabulary()[0]
    label = LABEL_RE.match(body)
    unquoted_label = LABEL_RE.match(unquoted)
    call = any(word in cta_verbs for word in _clause_openers(unquoted, unquoted_label))
    after_label = _outlet_words(unquoted[unquoted_label.end():]) if unquoted_label else []
    page = sum(1 for t in set(tokens) if t in _page_words())
    enumerated = ENUMERATION_RE.search(body) is not None
    link = (_closing_note(body) or TICKER_RE.search(body) is not None or any(a in line for a in ARROWS)
            or BREAKDOWN_RE.search(body.lower()) is not None or ITEM_SEPARATOR_RE.search(body) is not None
            or NUMERIC_DATE_RE.search(body) is not None or enumerated
            or ALSO_RE.search(body.lower()) is not None)  # a cross-link: "Read also", "See also"
    figures = sum(1 for t in tokens if t[0].isdigit()) >= MIN_FIGURES
    place = OUTLET_PLACE_RE.search(unquoted.lower()) is not None  # "all our reviews are in our dedicated section"
    report = not enumerated and any(_reports(sentence, cta_verbs, place)
                                    for sentence in re.split(r"(?<=[.!?])\s+", unquoted))
    offer = _offer(tokens, after_label)
    return Features(label is not None, call, _self_reference(tokens, after_label), page, link, figures, report, offer)


# an exhaustive offer opening a clause of a teaser: "all the results", "all the reactions", "everything about"
OFFER_OPENERS = (("all", "the"), ("all", "our"), ("everything",))


def _offer(tokens: list[str], after_label: list[str]) -> int:
    """How a teaser offers the reader something: an exhaustive offer after the label or opening a list item
    ("Votations: all the results of your commune", "Ligue 1, Premier League, all the results"), and "your"."""
    exhaustive = any(tuple(after_label[i:i + len(o)]) == o for o in OFFER_OPENERS for i in range(len(after_label)))
    return int(exhaustive) + int("your" in tokens)


def check(ctx):
    from .site_furniture import check as listed_furniture

    text = ctx.doc.text
    listed = None  # the lines BPL001 reports, found once a line scores (rarely)
    first = True  # the document's first line is its title
    for block in ctx.doc.blocks:
        if block.kind in ("heading", "title"):
            first = False
            continue
        for start, end in _lines(text, block.start, block.end):
            if first:
                first = False
                continue
            line = text[start:end]
            found = features(line)
            if found is None or found.score < THRESHOLD or is_furniture(line):
                continue  # a sentence, a headline, or a reader prompt (BPL003 reports those)
            if listed is None:
                listed = _Spans((hit.start, hit.end) for hit in listed_furniture(ctx))
            if listed.overlap(start, end):
                continue  # listed furniture (BPL001 reports it)
            yield Hit(start, end, f"This line stands alone without a sentence's close and is shaped like web page "
                      f"furniture ({found.why()}), not part of the article; remove it.", suggestion="")


RULE = Rule(
    code="BPL004",
    name="furniture-line",
    category=Category.BOILERPLATE,
    severity=Severity.WARNING,
    summary="A line standing alone that is shaped like a web page's furniture: a link, a labelled teaser, a widget.",
    check=check,
    doc="""\
## What it does
Scores each line after the title that ends without a sentence's close (a full stop, a question or an
exclamation mark) on what makes a web page's furniture furniture, in any wording:

- a short label and a colon or spaced dash opening it ("Map —", "Stock market:", "Cannes 2025 —");
- an imperative call to action opening it or a clause of it ("Read …", "relive …", "Bet responsibly");
- the outlet speaking of itself ("our", "we") or the page of itself ("this article", "the text resumes");
- words naming a page, a format or a widget (`checker/data/reader_prompts.yaml`: outlet and page words);
- a link's shape: a closing bracket naming a format or a size ("(PDF, 2 pages)", "(interactive)"), an
  arrow, a price's move ("▼ −0.86%"), a page broken down by unit ("canton by canton");
- a row of two figures or more (odds, quotes, scores);
- a teaser's offer: an exhaustive "all the …", "all our …" or "everything" after the label ("Votations:
  all the results of your commune"), and "your" addressing the reader (one point each);
- against it: a sentence that reports (a subject and a finite verb, a speech verb).

A line that scores at least 4 is reported, line and all, with the features it shows and its deletion
as the fix. Reader prompts (BPL003) and listed furniture (BPL001) are left to those rules; headings
and the title are left alone.

## Why is this bad?
The line belongs to the web page the article was scraped from: a link to another page, an
advertising marker, a market widget. Published as is, it points to things that are not there.

## Example
`Map — The situation on the front on the 40th day of the war (interactive)` → remove the line.
""",
    examples=(
        Example("The river rose overnight.\n\n[[Map — The flooded districts of the town, street by street "
                "(interactive)]]\n\nThe water fell on Sunday.", note="a label, a format note, a breakdown"),
        Example("The court ruled on Friday.\n\n[[Download the full judgment of the court (PDF, 40 pages)]]",
                note="a call to action and a format note"),
        Example("The vote closed.\n\n[[Regional elections: all our articles on the campaign in Brittany]]",
                note="a label and the outlet speaking of its articles"),
        Example("The shares fell.\n\n[[Markets: TotalEnergies 61.20 € ▲ +1.2% — live prices]]",
                note="a ticker"),
        Example("The match ended late.\n\n[[Paid promotion — the story resumes after this message]]",
                note="the page speaking of itself after a label"),
        Example("The rescue went on.\n\nThe mountain: a giant that has killed 300 climbers since 1950\n\n"
                "The weather cleared on Monday.", note="a subheading: a label and a headline, no furniture"),
        Example("The vote closed.\n\nPhoto of the day / Paris", note="a caption without furniture's features"),
        Example("The talks went on.\n\nOur reporters in Kyiv said the city was calm on Friday",
                note="a report without a stop"),
        Example("The team won.\n\nFinal score: Lyon 3, Marseille 1, after extra time in front of 50,000 fans.",
                note="a sentence with its full stop"),
        Example("The talks went on.\n\nUS and EU agree on steel tariffs after a night of talks in Brussels",
                note="'US' is the country, not the outlet's 'us'"),
        Example("The shares fell.\n\nReport: the minister knew of the leak in March",
                note="a label's word is no call to action"),
        Example("The vote closed.\n\n[[Votations of 26 September: all the results of your commune]]",
                note="a label, a page word, an exhaustive offer and the reader addressed"),
        Example("The match ended late.\n\n[[RMC Sport: Ligue 1, Premier League, all the results and standings]]",
                note="a label, page words and an exhaustive offer"),
        Example("The strike went on.\n\nParis: all the shops closed on Sunday in your district",
                note="a label and an offer's words, no page word: a subheading"),
    ),
)
