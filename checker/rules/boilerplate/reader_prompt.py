"""BPL003: a line addressed to the site's readers (newsletter, app, live blog, share prompt), in any wording."""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...lang.clauses import speech_verb_by_form
from ...lang.latin1 import for_text
from ...registry import Example, Rule

MAX_WORDS = 32
OFFER_WORDS = 3  # outlet words that make a line addressed to the reader a promotion without a verb
OFFER_MAX_WORDS = 20
QUOTES_RE = re.compile("[\"“”«»]")
THRESHOLD = 5
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|\d+")
LEAD_RE = re.compile(r"^[\s\W]*")  # bullets, arrows, emoji and dashes before the first word
# a call to action opens a clause, perhaps after "to" or a modal addressed to the reader ("You can follow …")
CLAUSE_START_RE = re.compile(r"(?:^|[,:;–—|]\s*|[.!?]\s+|\bthen\s+|\band\s+)"
                             r"(?:to\s+|you\s+(?:can|may|will\s+be\s+able\s+to)(?:\s+also)?\s+)?"
                             r"(?P<verb>[A-Za-z'’-]+)")
VERB_RUN_RE = re.compile(r"[A-Za-z'’-]+")  # CLAUSE_START_RE's verb is a whole run of these characters
SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")
LEADING_DIGITS_RE = re.compile(r"^\d+")
# a question put to the reader ("Have you found bed bugs at home?", "Want more?")
READER_QUESTION_RE = re.compile(r"^\s*(?:(?:have|do|did|are|were|would|could|can|will|is|was)\s+you(?:r)?\b|want\b|"
                                r"(?:what|how|where) (?:do|did|would) you\b)[^?]*\?", re.I)
# the outlet speaking of itself in the first person plural: "Our journalists are following …"
OUTLET_SUBJECT_RE = re.compile(r"^\s*our (?:\w+ )?(?:journalists|reporters|correspondents|team|teams|newsroom|editors|"
                               r"editorial staff|live|app|newsletter|podcast|site|website|journalism)\b|"
                               r"^\s*the (?:editorial staff|editors?|newsroom) (?:recommends?|suggests?|selects?|picks?)\b|"
                               r"^\s*the rest (?:of (?:this|the) (?:article|story|text) )?(?:is|remains) (?:for|reserved)\b|"
                               r"^\s*comments (?:are|were|have been|has been) (?:closed|disabled|suspended|moderated)\b|"
                               r"^\s*this (?:article|story|page|content|video|podcast|newsletter|live|live blog|"
                               r"liveblog) (?:is|was|has|can|will)\b", re.I)
# "Our climate newsletter", "your live", "our special file"
PROMO_RE = re.compile(r"(?:our|your)\b(?:\s+[\w'’-]+){0,3}?\s+(?:newsletter|app|application|podcast|"
                      r"live|alerts?|special|file|explainer|decryption|analysis|investigation|interview|guide|"
                      r"gallery|slideshow|portfolio|diaporama|infographic|"
                      r"poll|quiz|map|series|portrait|selection|simulator|journalists?|reporters?|"
                      r"correspondents?|envoy|team|editors?|newsroom)\b|"
                      r"this (?:live|live blog|liveblog|newsletter|podcast|chat)\b|"
                      r"the (?:editorial staff|editors?|newsroom) (?:recommends?|suggests?|selects?|picks?)\b|"
                      r"comments (?:are|were|have been|has been) (?:closed|disabled|suspended)\b")
# a short label before a colon ("Lebanon: our correspondent answers your questions"): the prompt follows it
LABEL_RE = re.compile(r"^[^:.!?]{1,40}:\s+")
QUOTES = "\"“”«»"
QUOTED_RE = re.compile(r"[\"“«][^\"“”«»]*[\"”»]")
# a finite verb after a subject: what reporting sentences have and prompts do not
# (an -ed word right after a determiner is an adjective: "on our dedicated page")
REPORT_RE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|these|police|officials?|[A-Z][a-z]+)"
                       r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|is|are|has|had|have|will|would|could|"
                       r"(?<!\bour )(?<!\byour )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )"
                       r"(?<!\bOur )(?<!\bYour )(?<!\bThe )(?<!\bA )(?<!\bAn )(?<!\bIts )(?<!\bTheir )[a-z]{3,}ed)\b")
# the outlet's own pages and channels, named with "our" or "your": "on our sports page", "in our dedicated
# section", "on your favourite platform"; news outside quotations does not speak of them
OUTLET_PLACE_RE = re.compile(r"\b(?:our|your)\s+(?:[\w'’-]+\s+){0,3}?(?:page|pages|section|site|website|file|"
                             r"live|blog|newsletter|podcast|app|channel|account|thread|feed|"
                             r"platform|platforms)\b")
# a show's or a thread's title right after the outlet's possessive ("our podcast “The world in ten minutes”",
# "our “Presidential 2027” thread"): a name, not a quotation
OUTLET_TITLE_RE = re.compile(r"\b((?:our|your)\s+(?:[\w'’-]+\s+){0,2}?)[\"“«][^\"“”«»]{1,60}[\"”»]", re.I)
# a multimedia label in capitals and its full stop opening the line, as French sites write them ("PHOTOS. …",
# "VIDEO. …")
CAPS_MARKER_RE = re.compile(r"^(?:PHOTOS?|PICTURES|IMAGES|VIDEOS?|VIDÉOS?|LIVE|DIRECT|PODCAST|INFOGRAPHIC|"
                            r"SLIDESHOW|GALLERY)\.\s+\S")
# a gallery's or a video's size closing the line ("(12 photos)", "(2:45)"): the line is a link to it, and its
# caption a headline, verbs and all
MEDIA_COUNT_RE = re.compile(r"\(\s*(?:\d+\s+(?:photos?|pictures?|images?|videos?|slides?)|\d{1,2}:\d{2})\s*\)\s*$",
                            re.I)
# a cross-link's "also" after its verb, or before it ("Watch also: …", "Also read >", "See also"): a link to
# another page of the site
ALSO_RE = re.compile(r"(?:to\s+)?(?:read|watch|see|listen(?:\s+to)?|discover|find|view)\s+(?:also|again)\b|"
                     r"also\s+(?:read|watch|see|listen|on\s+our)\b")
# a count of comments or reactions in brackets closing a short line ("See the comments (124)")
# or opening the line before a tool ("Reactions (248) — Log in to comment")
COUNT_RE = re.compile(r"\b(?:comments?|reactions?|replies|shares)\s*\(\s*\d{1,5}\s*\)\s*$"
                      r"|^(?:comments?|reactions?)\s*\(\s*\d{1,5}\s*\)\s*[–—|:-]", re.I)


@dataclass(frozen=True, slots=True)
class Features:
    """What makes a line site furniture rather than copy, as the classifier weighs it."""

    cta: bool  # opens (or goes on, after a comma or colon) with an imperative call to action
    promo: bool  # opens with "Our … newsletter / app / podcast"
    marker: bool  # opens with a live or multimedia marker
    vocabulary: int  # outlet words
    reader: bool  # addresses the reader: our / your / you
    linklike: bool  # no closing full stop, or ends on "here", "?" or a colon headline
    report: bool  # a reporting clause, a quotation or a subject with a finite verb
    words: int

    @property
    def score(self) -> int:
        return (3 * (self.cta or self.promo) + 2 * self.marker + min(self.vocabulary, 3) + self.reader
                + self.linklike - (2 if self.marker and self.linklike else 4) * self.report
                - 2 * (self.words > MAX_WORDS))  # a teaser after a marker is a headline, verbs and all


@functools.lru_cache(maxsize=None)
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    from ...data.cache import load_yaml

    data = load_yaml("reader_prompts")
    return (frozenset(data["cta_verbs"]), tuple(w.lower() for w in data["outlet_words"]),
            tuple(m.lower() for m in data["markers"]))


@functools.lru_cache(maxsize=None)
def _symbol_markers() -> tuple[str, ...]:
    """The markers that are not one word ("►", "🔴", "en direct"): looked for among the line's leading symbols."""
    return tuple(m for m in _vocabulary()[2] if not m.isalpha())


@functools.lru_cache(maxsize=None)
def _word_marker_re() -> re.Pattern | None:
    """A marker written as a word opening the line before a dash, colon or bar ("live –", "video:")."""
    words = [re.escape(m) for m in _vocabulary()[2] if m[0].isalpha()]
    return re.compile(rf"(?:{'|'.join(words)})\b\s*[–—:|-]") if words else None


def features(line: str) -> Features:
    """The furniture features of one line of text."""
    return _features(line)


def _features(line: str, gated: bool = False) -> Features | None:
    """`features`; with `gated`, None as soon as the line cannot be furniture (see `is_furniture`)."""
    cta_verbs, outlet_words, _ = _vocabulary()
    head = LEAD_RE.match(line).group(0)
    rest = line[len(head):].lower()
    word_marker = _word_marker_re()
    # a gallery's size or a label in capitals makes the line a link: its caption is a headline, verbs and all
    media = MEDIA_COUNT_RE.search(line) is not None or CAPS_MARKER_RE.match(line, len(head)) is not None or (
        COUNT_RE.search(line) is not None)
    also = ALSO_RE.match(rest) is not None
    marker = media or also or any(m in head for m in _symbol_markers()) or (
        word_marker is not None and word_marker.match(rest) is not None)
    cta = False
    if not cta_verbs.isdisjoint(VERB_RUN_RE.findall(rest)):  # else no clause opens with a call to action
        for match in CLAUSE_START_RE.finditer(rest):
            verb = match.group("verb").lower()
            if verb in cta_verbs and not (match.start() == 0 and verb in ("do", "see", "keep", "help", "go")):
                cta = True
                break
    label = LABEL_RE.match(rest)
    untitled = OUTLET_TITLE_RE.sub(r"\1", line)  # a show's title is no quotation
    place = OUTLET_PLACE_RE.search(QUOTED_RE.sub("", untitled.lower())) is not None
    # the outlet's page, a promotion, or a question to the reader
    promo = place or bool(PROMO_RE.match(rest)) or bool(READER_QUESTION_RE.match(rest)) or (
        label is not None and PROMO_RE.match(rest, label.end()) is not None)
    lowered = line.lower()
    tokens = for_text(WORD_RE, lowered).findall(lowered)
    reader = any(t in ("our", "your", "you") for t in tokens)
    if gated and not (cta or promo or marker or reader and len(tokens) <= OFFER_MAX_WORDS
                      and QUOTES_RE.search(line) is None):
        return None  # an offer without a verb is short and quotes no one
    padded = f" {' '.join(tokens)} "
    vocabulary = sum(1 for w in outlet_words if f" {w} " in padded) + media + place
    # no verb but the outlet's offer to the reader: "The essentials of the news, every evening in your inbox"
    promo = promo or reader and vocabulary >= OFFER_WORDS
    if gated and not (cta or promo or marker):
        return None
    if gated and not (vocabulary or also or cta and ("our" in tokens or reader and _opens_with_call(rest, label, cta_verbs))):
        return None  # "Read our decryption: …", "Power cuts: consult the map … in your town": no listed word needed
    stripped = line.rstrip()
    linklike = not stripped.endswith((".", "!", "”", '"', "»")) or lowered.rstrip(" .!").endswith(" here")
    report = not media and (any(ch in untitled for ch in QUOTES) or any(
        _reports(sentence, cta_verbs, place) for sentence in SENTENCE_RE.findall(untitled[len(head):])))
    return Features(cta, promo, marker, vocabulary, reader, linklike, report, len(tokens))


def _opens_with_call(rest: str, label: re.Match | None, cta_verbs: frozenset[str]) -> bool:
    """The line (after a short label and its colon) opens with a call to action: "Traffic: check …"."""
    first = WORD_RE.match(rest, label.end() if label is not None else 0)
    return first is not None and first.group() in cta_verbs


def _reports(sentence: str, cta_verbs: frozenset[str], place: bool = False) -> bool:
    """A sentence that reports news: a speech verb or a subject with a finite verb, not addressed to the reader."""
    tokens = WORD_RE.findall(sentence.lower())
    speech = speech_verb_by_form()
    spoken = any(t in speech and not t.endswith("ing") and t not in ("report", "comment", "write", "note", "answer")
                 and i > 0 for i, t in enumerate(tokens))
    outlet = OUTLET_SUBJECT_RE.match(sentence)
    if not tokens or tokens[0] in cta_verbs or READER_QUESTION_RE.match(sentence) or outlet is not None and not (
            _speech_after(sentence[outlet.end():], speech)):
        return False  # a call to action, a question to the reader, the outlet speaking of itself (but not
        # its reporter reporting: "Our correspondent in Kyiv said the city was calm")
    label = LABEL_RE.match(sentence)
    if label is not None and (OUTLET_SUBJECT_RE.match(sentence[label.end():])
                              or PROMO_RE.match(sentence[label.end():].lower())
                              or WORD_RE.findall(sentence[label.end():].lower())[:1] in ([v] for v in cta_verbs)):
        return False  # "Editor's note: this article was updated …", "Traffic: check the state of the roads …",
        # "The editorial staff recommends: our guide to …"
    if "you" in tokens or "your" in tokens:
        return False  # news outside quotations does not address the reader: "You have read 3 free articles"
    return spoken or bool(REPORT_RE.search(sentence)) and not (
        place and OUTLET_PLACE_RE.search(sentence.lower()))  # "all our reviews are in our dedicated section"


def _speech_after(rest: str, speech) -> bool:
    """A speech verb after the outlet's subject: its reporter reporting ("Our correspondent … said …")."""
    return any(t in speech and not t.endswith("ing") for t in WORD_RE.findall(rest.lower()))


class _Spans:
    """Spans indexed by start: whether one of them overlaps a span, by bisection."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))  # the farthest end so far

    def overlap(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the spans starting before `end`
        return i > 0 and self.reach[i - 1] > start


def _lines(text: str, start: int, end: int):
    """(start, end) of each line of text[start:end] that holds more than spaces, without its outer spaces."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        lo, hi = pos, stop
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            yield lo, hi
        pos = stop + 1


def is_furniture(line: str) -> bool:
    """Whether a line reads as a reader prompt (newsletter, app, live or share call) rather than news."""
    found = _features(line, gated=True)  # None: no call to action or outlet word, the report test skipped
    return found is not None and found.score >= THRESHOLD


@functools.lru_cache(maxsize=None)
def _outlet_runs() -> tuple[tuple[frozenset[str], str], ...] | None:
    """For each outlet word, the runs of letters and digits of its words, and its longest word (the rarest, each
    is in a line that holds the outlet word); None if a word opens with a digit (a line's "5g" is two words, the
    text's run "5g" one) or an outlet word has no word."""
    from ..lexicon import TEXT_WORD_RE

    words = [WORD_RE.findall(w) for w in _vocabulary()[1]]
    if not all(words) or any(word[0].isdigit() for found in words for word in found):
        return None
    return tuple((frozenset(TEXT_WORD_RE.findall(w)), max(found, key=len)) for w, found in zip(_vocabulary()[1], words))


def _outlet_spans(text: str) -> "_Spans | None":
    """Where the longest word of an outlet word the text may hold stands, in the lowered text: a line that overlaps
    none has no outlet vocabulary and is no prompt (`is_furniture`). A line's words are words of the text, their
    runs of letters and digits runs of the text's (but for digits before a word); None where lowering moves
    offsets."""
    from ..lexicon import aligned_lower, text_words

    lowered, outlet = aligned_lower(text), _outlet_runs()
    if lowered is None or outlet is None:
        return None
    runs = text_words(text)[1]
    # digits then letters are two words of a line ("5newsletter") and one run of the text
    runs = runs.union([LEADING_DIGITS_RE.sub("", run) for run in runs if run[0].isdigit()])
    spans = []
    for word in {longest for needed, longest in outlet if needed <= runs}:
        at = lowered.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    return _Spans(spans)


def check(ctx):
    from .site_furniture import check as listed_furniture

    text = ctx.doc.text
    listed = _Spans((hit.start, hit.end) for hit in listed_furniture(ctx))  # BPL001 reports those lines
    outlet = _outlet_spans(text)
    for block in ctx.doc.blocks:
        if block.kind in ("heading", "title"):
            continue
        for start, end in _lines(text, block.start, block.end):
            line = text[start:end]
            if listed.overlap(start, end) or (outlet is not None and not outlet.overlap(start, end) and (
                    ALSO_RE.match(line[LEAD_RE.match(line).end():].lower()) is None)):
                continue  # no outlet word and no cross-link's "also": no prompt
            if is_furniture(line):
                yield Hit(start, end, "This line speaks to the site's readers (a newsletter, app, live or share "
                          "prompt) and is not part of the article; remove it.", suggestion="")


RULE = Rule(
    code="BPL003",
    name="reader-prompt",
    category=Category.BOILERPLATE,
    severity=Severity.WARNING,
    summary="A line addressed to the site's readers (newsletter, app, notifications, live blog, sharing).",
    check=check,
    doc="""\
## What it does
Scores each line that stands on its own (a paragraph, or a line of one) on what makes site
furniture furniture, whatever its wording:

- a call to action: an imperative verb that opens the line, a sentence or a clause of it ("Follow …",
  "Download …", "…, register here", "To receive …"), or a promotion ("Our climate newsletter: …");
- a live or multimedia marker at the start ("LIVE –", "►", "🔴", "VIDEO:");
- outlet vocabulary: newsletter, app, notifications, alerts, live, inbox, free, "minute by minute",
  "our journalists", social networks (`checker/data/reader_prompts.yaml`);
- addressing the reader (our, your, you; a question put to the reader: "Have you found …?"),
  and a link-like shape (no closing full stop, "here", "below");
- against it: reporting content (a quotation, a speech verb, a subject with a finite verb), and length;
  a sentence that calls to action, questions the reader or has the outlet itself as subject
  ("Our journalists are following …", "This article is available …") does not count as reporting.

Addressing the reader also marks a line: a sentence with "you" or "your" outside quotation marks is no
report ("You have read 3 free articles this month. Subscribe …", "Thank you for following this live"); a
promotion may follow a short label and a colon ("Lebanon: our correspondent answers your questions in our
chat"); "you can …" opens a call to action ("You can follow the results live on our site"); a line for the
reader with three outlet words needs no verb ("The essentials of the news, every evening in your inbox").

A call to action toward the outlet's own content ("Read our decryption: …", "Vote … in our poll") needs no
listed word: "our" after an imperative is the outlet speaking.
A gallery's or a video's size closing a line ("… (12 photos)", "… (1:42)") makes the line a link: a marker and
outlet vocabulary, and its caption is a headline, participles and all ("Our photo gallery: the Arc de Triomphe
wrapped, seen from the sky (12 photos)"). A label and its colon before a call to action ("Weather: find our
forecasts … on our dedicated page") do not make a report, nor does an -ed word after a determiner ("our
dedicated page").
The outlet's own pages and channels named with "our" or "your" ("on our sports page", "in our dedicated
section", "on your favourite platform") make a promotion and a line of outlet vocabulary, and a finite verb
beside them is no report ("all our reviews … are in our dedicated section"); a show's or a thread's title in
quotation marks after the possessive ("our podcast “…”", "our “…” thread") is no quotation. A multimedia label
in capitals and its full stop ("PHOTOS. …", "VIDEO. …") opens a teaser.
A cross-link's "also" beside its verb ("Watch also: …", "Also read >") makes a marker and a link to another page
without outlet vocabulary; a count of comments closing a short line ("See the comments (124)") makes a link;
page tools ("Add to your favourites", "Report an error") are calls to action; and the newsroom's own
recommendation ("The editorial staff recommends"), a paywall's "The rest is for subscribers" and "Comments are
closed" are the outlet speaking of itself, not a report; a search box's prompt ("Enter your postcode …") is a
call to action.
A line with a call to action, a promotion or a marker, some outlet vocabulary and a high enough score
is reported, line and all, with its deletion as the fix. Headings are left alone.

The outlet speaking of its own journalism ("Our journalism is free to read, but it has a cost.") is no report.

## Why is this bad?
The prompt belongs to the web page, not to the article: published as is, it invites readers to
a newsletter, an app or a live page that do not exist where the text now appears.

## Example
`Download our application to receive our alerts on the war in Ukraine` → remove the line.
""",
    examples=(
        Example("[[Our journalism is independent, but it has a price. Support it with a donation to La Croix]]",
                note="the outlet speaks of its own journalism before its call"),
        Example("Kyiv was shelled overnight.\n\n[[Download our application to receive our alerts on the war]]\n\n"
                "The army said two people died."),
        Example("[[Follow our live: all the news of the mobilisation minute by minute]]"),
        Example("The dikes held.\n\n[[Watch also: the images of the flood in the Pas-de-Calais]]\n\nThe water fell."),
        Example("[[See the comments (124)]]", note="a comment count closing a short line"),
        Example("[[Add to your favourites]]", note="a page tool"),
        Example("[[The editorial staff recommends]]", note="the newsroom speaking of itself"),
        Example("[[You have 72% of this article left to read. The rest is for subscribers only.]]"),
        Example("[[Comments are closed on this story]]", note="the outlet speaking of its page"),
        Example("[[Enter your postcode to find the nearest polling station]]", note="a search box's prompt"),
        Example("Also on Tuesday, the Senate voted on the budget.", note="'also' opening a sentence of news"),
        Example("The comments were closed to the press, the minister's office said."),
        Example("Add to that the cost of fuel, and farmers are losing money.", note="'add' with no outlet word"),
        Example("The editors of the weekly voted against the sale.", note="a report about editors"),
        Example("[[Enable notifications so as not to miss any health news]]"),
        Example("The ceremony ended late.\n\n[[Relive the whole ceremony in pictures in our photo gallery]]\n\n"
                "The team left."),
        Example("[[Discover the best images of the parade in our slideshow]]"),
        Example("Fans relive the whole ceremony in pictures at the museum gallery.",
                note="a sentence with a subject, about a gallery, not the outlet's"),
        Example("[[LIVE – Nice attack trial: follow the verdict with our journalists on site]]"),
        Example("[[Our climate newsletter: every Thursday, the essentials in your mailbox]]"),
        Example("[[To receive every morning the essentials of the economic news, register here]]"),
        Example("[[Find all the results of the World Cup on our app, free]]"),
        Example("The union called on workers to follow the strike on Thursday."),
        Example("Download speeds fell by half, the regulator said in its report on Tuesday."),
        Example("“Download the app and stay safe,” the minister told viewers."),
        Example("Readers can follow our coverage on the festival's website, the organisers said."),
        Example("The government launched an app that users can download for free."),
        Example("Follow the money, investigators say."),
        Example("Subscribers to the savings plan received a letter in March."),
        Example("[[Have you found bed bugs at home? Tell us about it using the form below.]]"),
        Example("[[Our journalists are following the crisis minute by minute. Find all our articles in our "
                "dedicated section.]]"),
        Example("[[Want more? Get our free weekly newsletter.]]"),
        Example("Le Monde's subscriptions rose to 600,000 last year, the newspaper said."),
        Example("We asked readers to tell us about their experience, and hundreds answered."),
        Example("Have you ever wondered why prices rose? The answer lies in the energy market, economists say."),
        Example("The court ruled on Friday.\n\n[[Read our explainer: what changes for tenants from July]]\n\n"
                "The law takes effect in July.", note="the outlet's own content, no listed phrase"),
        Example("[[Cast your vote for the goal of the season in our poll]]"),
        Example("[[➤ Check the list of closed schools in your area, updated every morning]]"),
        Example("[[Support independent journalism: make a donation]]"),
        Example("The strike ended.\n\n[[This live is now closed. Thanks for following it with us.]]",
                note="the outlet thanking its readers: 'you' is no reporting subject"),
        Example("[[Gaza: our correspondent answers your questions at noon in our chat]]",
                note="a promotion after a label and a colon"),
        Example("[[You have reached your limit of free articles. Subscribe to keep reading.]]",
                note="a metered paywall"),
        Example("[[The best of the week's news, every Saturday in your inbox]]", note="an offer with no verb"),
        Example("[[You can follow the count live on our site from 8 pm.]]", note="a modal call to action"),
        Example("How do you react today to the release of the hostages?", note="an interview question"),
        Example("You can't win every match, the coach told his players after the defeat.",
                note="a reported sentence"),
        Example("Our correspondent in Beirut said the port was still burning on Wednesday.",
                note="the outlet's reporter as the subject of a report"),
        Example("“Read our explainer before you vote,” the campaign leaflet told residents.",
                note="a quoted call to action"),
        Example("Find the nearest station on the map published by the ministry, the prefecture advised.",
                note="a reader's instruction inside a story"),
        Example("The paper's poll found that 60% of voters back the reform.", note="a story about a poll"),
        Example("The fair closed on Sunday.\n\n[[Our slideshow: the fair's last night, seen from the big wheel "
                "(18 photos)]]\n\nIt will return in May.", note="a gallery link with its size"),
        Example("Snow fell overnight.\n\n[[Roads: check the conditions in the valley on our dedicated page]]\n\n"
                "Schools stayed open.", note="a label, then a call to the outlet's page"),
        Example("The roof fell in.\n\n[[VIDEO. The moment the roof of the cathedral collapsed]]\n\nNobody was hurt.",
                note="a multimedia label in capitals and its full stop"),
        Example("The season ended.\n\n[[Football: all the scores and tables on our sports page]]",
                note="the outlet's own page after a label"),
        Example("[[Listen to our podcast “Inside the newsroom” on your favourite platform]]",
                note="a show's title in quotation marks is no quotation"),
        Example("[[Film festival: all our reviews of the films in competition are in our dedicated section]]",
                note="the outlet's section makes the finite verb no report"),
        Example("The results are published on the ministry's website every Monday.", note="not the outlet's"),
        Example("“Our site is open to everyone,” the mayor said.", note="a quotation"),
        Example("The company visits twice a year, and we support each application of the inhabitants.",
                note="an application is a request here"),
        Example("PHOTOS taken by the police were shown to the jury.", note="no label and full stop"),
        Example("The museum shows forty of her prints (40 photos).", note="a sentence with its full stop"),
    ),
)
