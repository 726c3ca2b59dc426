"""Stage 1 of quote extraction: quotation spans, site labels, headlines, sentences and quote kinds."""
from __future__ import annotations

import bisect
import operator
import re

from ..document import Block
from .quote_common import (
    ATTACHED_PUNCTUATION, LABEL_RE, PREPOSITIONS_TAIL, TERMINAL, TITLE_DETERMINERS, TITLE_NAMING,
    TITLE_NOUNS, WORK_MAKERS, Candidate, _fold_first, _looks_like_speaker, _trim_end, _trim_start,
)
from .quote_attach import CHARACTERISING
from .quote_marks import MarkedQuote
from .sentences import split_sentences
from .speakers import (
    FR_AUX, FR_ETRE, FUNCTION_WORDS, QUOTE_TOKEN, Sentence, Token, find_cues, fr_time_end, may_start_cue, tokenize,
)


# a French incise that ends its sentence inside the marks, the quote going on with the next sentence
INCISE_SENTENCE_END = re.compile(r"[^,.;:!?«»“”\"]{0,80}?\.(?=\s+[A-ZÀ-Ý])")
# what a French title does not hold (with the subject pronouns): a finite auxiliary or a negation ("On a gagné")
FR_TITLE_EXCLUDED = frozenset(FR_AUX + FR_ETRE) | {"on", "c'", "c’", "ça", "ne", "n'", "n’", "pas"}
FR_NOUN_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "son", "sa", "ses",
                                 "leur", "leurs", "ce", "cet", "cette"})
# quoted words of several sentences (searched only where the marks and the words around them do not decide)
SENTENCE_FOLLOWS = re.compile(r"[.!?…]\s+[A-ZÀ-Ý«“\"]")
ELIDED_ARTICLE = re.compile(r"^(\s*[lLdD]['’])(?=\w)")
QUOTED_WORD = re.compile(r"[\w'’-]+")
SENTENCE_END_INSIDE = re.compile(r"[.!?]\s")


def _elision_apart(phrase: str) -> str:
    """ "l'ISNI dans un communiqué" -> "l' ISNI dans un communiqué": the elided article as a word of its own."""
    return ELIDED_ARTICLE.sub(r"\1 ", phrase)


def _cut_indices(tokens: list[Token], spans: list[tuple[int, int]]) -> list[int]:
    """The indices of the tokens but the last that end one of the sentence `spans`, then the last token's. The
    tokens' ends do not decrease: each sentence end is looked up (bisect), not each token's end in the ends."""
    last = len(tokens) - 1
    cuts = []
    for end in sorted({end for _, end in spans}):
        k = bisect.bisect_left(tokens, end, key=TOKEN_END)
        while k < last and tokens[k].end == end:
            cuts.append(k)
            k += 1
    return cuts + [last]


TOKEN_END = operator.attrgetter("end")


def label_end(text: str, block: Block) -> int | None:
    """End of a site label such as "READ ALSO:" or "LIRE AUSSI :" opening a block."""
    match = LABEL_RE.match(text, block.start, block.end)
    if match and sum(c.isalpha() for c in match.group()) >= 4:
        return match.end()
    return None


def is_headline(text: str, block: Block, furniture: bool) -> bool:
    """A heading, a block opened by a site label (`furniture`), or a short block without a sentence's final mark."""
    if block.kind in ("heading", "title"):
        return True
    if furniture:
        return True
    body = text[block.start:block.end].strip()
    if body.rstrip("”»\"’')]\u00a0\u202f\u2009 ").endswith((".", "!", "?", ":", ";", "…")):
        return False  # most paragraphs: tested first, before their words are counted
    # words, not French typography's spaced marks ("« On m'a dit : … »")
    pieces = body.split(None, 40)
    return "\n" not in body and len(pieces) <= 40 and sum(any(c.isalnum() for c in p) for p in pieces) <= 25


class SpanStage:
    """Methods of the extractor (checker.lang.quotes._Extractor) for this stage; they share its state."""

    def _refine(self, marked: list[MarkedQuote]) -> list[MarkedQuote]:
        """Split a quote around an attribution set inside its marks (« …, a déclaré X, … »), and end a
        quote left open where its attribution begins (“… , he told the meeting)."""
        out = []
        for q in marked:
            cut = self._attribution_inside(q)
            if cut is None:
                out.append(q)
                continue
            comma, resume = cut
            first_end = _trim_end(self.text, q.start, comma)
            if resume is None:
                out.append(MarkedQuote(q.start, first_end, q.open_mark, None, q.first_block,
                                       self.block_of(comma), unbalanced=True))
                continue
            second_start = _trim_start(self.text, resume, q.end)
            out.append(MarkedQuote(q.start, first_end, q.open_mark, None, q.first_block, self.block_of(comma)))
            out.append(MarkedQuote(second_start, q.end, None, q.close_mark, self.block_of(resume), q.last_block,
                                   unbalanced=q.unbalanced))
        return [q for q in out if q.end > q.start]

    def _attribution_inside(self, q: MarkedQuote) -> tuple[int, int | None] | None:
        """(comma, resume) of an inverted attribution inside the quote; resume is None for an open quote
        that simply stops at its attribution."""
        if self.text.find(",", q.start, q.end - 1) < 0:
            return None  # (most quotes) both cuts below are at a comma inside the marks, before some words
        open_ended = q.close_mark is None and q.open_mark is not None
        cues = find_cues(self.text, q.start, q.end, self.lex) if self._cue_after_comma(q) else ()
        for cue in cues:
            before = self.text[q.start:cue.start].rstrip()
            if not before.endswith(",") or cue.info.form == "participle":
                continue
            if cue.info.form == "source":
                continue  # "“… we do know, according to the FCC, that …”", « … a-t-il, selon l'Insee, … »: the speaker citing a source

            comma = q.start + len(before) - 1
            if len(self.text[q.start:comma].split()) < 2:
                continue
            tail = self.text[cue.end:q.end]
            close = re.match(r"[^,.;:!?«»“”\"]{0,80}?,(?:\s*(?:[A-ZÀ-Ý][\w'’-]*\.?\s*){1,4},)?", tail)
            if close is None and self.lang == "fr":  # « …, dit-elle. C'est bien ça le plus effrayant. »
                close = INCISE_SENTENCE_END.match(tail)
            if close and not open_ended and len(tail[close.end():].split()) >= 2 and \
                    (cue.pronoun is not None or _looks_like_speaker(self._after_time(cue.end, close.end()), self.lex)):
                return comma, cue.end + close.end()
            if not open_ended and cue.pronoun is not None and not tail.strip(" .!?…\u00a0\u202f"):
                return comma, None  # "…, reconnaît-il"": the mark closes after the attribution
            if open_ended and (cue.pronoun is not None or _looks_like_speaker(tail.split(".")[0], self.lex)):
                return comma, None
        if open_ended:  # "…, he told the meeting"
            for match in re.finditer(r",\s+(he|she|they|il|elle|ils|elles)\s+", self.text[q.start:q.end], re.I):
                after = q.start + match.end()
                if any(c.start == after for c in find_cues(self.text, after, min(q.end, after + 40), self.lex)):
                    return q.start + match.start(), None
        return None

    def _after_time(self, start: int, length: int) -> str:
        """The words of an incise after its verb (text[start:start + length - 1]), past a French time phrase
        set before the subject (« …, a annoncé mardi soir la ministre, … »)."""
        phrase = self.text[start:start + length - 1]
        if self.lang == "fr":
            toks = tokenize(self.text, start, start + length - 1, "fr")
            skip = fr_time_end(toks, 0)
            if 0 < skip < len(toks):
                phrase = self.text[toks[skip].start:start + length - 1]
        return _elision_apart(phrase)

    def _cue_after_comma(self, q: MarkedQuote) -> bool:
        """Whether a cue may begin right after a comma inside the quote (and white space), where each inverted
        attribution `_attribution_inside` cuts at begins: the word there tried (`may_start_cue`) before the
        cue pattern is run over the whole quote."""
        text = self.text
        comma = text.find(",", q.start, q.end)
        while comma >= 0:
            pos = comma + 1
            while pos < q.end and text[pos].isspace():
                pos += 1
            if pos < q.end and may_start_cue(text, pos, self.lex):
                return True
            comma = text.find(",", pos, q.end)
        return False

    def block_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, pos) - 1)

    def _sentences(self, index: int, block: Block) -> None:
        lo = self.labels[index] or block.start
        holes = []
        for qi in self.block_quotes.get(index, ()):
            q = self.marked[qi]
            a = q.open_mark if q.open_mark is not None else q.start
            b = q.close_mark + 1 if q.close_mark is not None else q.end
            if a < block.end and b > lo:
                holes.append((max(a, lo), min(b, block.end), qi))
        tokens: list[Token] = []
        quote_at: list[tuple[int, int]] = []  # (token index, quote index), in order
        pos = lo
        for a, b, qi in holes:
            tokens += self._tokens(index, pos, a)
            quote_at.append((len(tokens), qi))
            tokens.append(Token(QUOTE_TOKEN, a, b))
            pos = b
        tokens += self._tokens(index, pos, block.end)
        headline = index in self.headlines
        # one sentence splitter for every reader (lang.sentences); cuts inside a quote are not
        cuts = _cut_indices(tokens, split_sentences(self.text, lo, block.end, self.lang))
        start = 0
        for k in cuts:
            if k + 1 < len(tokens) or start <= k:
                self._add_sentence(tokens[start:k + 1], start, quote_at, index, headline)
                start = k + 1

    def _tokens(self, index: int, start: int, end: int) -> list[Token]:
        """The tokens of text[start:end] in block `index`: the name finder's, tokenised once per document."""
        tokens = self.names.tokens_between(index, start, end)
        return tokenize(self.text, start, end, self.lang) if tokens is None else tokens

    def _quotes_by_block(self) -> dict[int, list[int]]:
        """Indices of the marked quotes by the blocks their marks span, in order."""
        out: dict[int, list[int]] = {}
        for qi, q in enumerate(self.marked):
            first = self.block_of(q.open_mark if q.open_mark is not None else q.start)
            last = self.block_of(q.close_mark if q.close_mark is not None else max(q.start, q.end - 1))
            for b in range(first, last + 1):
                out.setdefault(b, []).append(qi)
        return out

    def _index_sentences(self) -> None:
        """Sentence starts (for `sentence_at`), each sentence's index and each block's last sentence."""
        self.sentence_starts = [s.start for s in self.sentences]
        self.sentence_index = {id(s): i for i, s in enumerate(self.sentences)}
        self.last_sentence_of_block = {s.block: i for i, s in enumerate(self.sentences)}

    def sentence_at(self, pos: int) -> int | None:
        """Index of the sentence that holds `pos`, if any (sentences are in order and do not overlap)."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i].end else None

    def _add_sentence(self, tokens: list[Token], offset: int, quote_at: list[tuple[int, int]], block: int,
                      headline: bool) -> None:
        if not tokens:
            return
        sent = Sentence(self.text, tokens[0].start, tokens[-1].end, block, tokens, headline, lex=self.lex)
        first = bisect.bisect_left(quote_at, (offset, -1))
        last = bisect.bisect_left(quote_at, (offset + len(tokens), -1))
        for at, qi in quote_at[first:last]:  # the sentence's quote tokens, in order
            sent.quote_tokens[at - offset] = qi
            self.quote_places.setdefault(qi, []).append((len(self.sentences), at - offset))
        self.sentences.append(sent)

    def _marked_candidates(self) -> list[Candidate]:
        out = []
        for qi, q in enumerate(self.marked):
            places = self.quote_places.get(qi)
            if not places or self._name_or_title(q, places):
                continue
            kind = self._kind(q, places)
            cand = Candidate(q.start, q.end, kind, q.open_mark if q.open_mark is not None else q.start, q,
                              q.first_block, headline=q.first_block in self.headlines)
            cand.words = len(self.text[q.start:q.end].split())
            cand.places = places
            cand.work = kind == "partial" and self._work_title(q, places)
            out.append(cand)
        return out

    def _name_or_title(self, q: MarkedQuote, places: list[tuple[int, int]]) -> bool:
        """Marks around a name or a title ("MUSCULAR", Kenny "Babyface" Edmonds, "SAS à Istanbul",
        the film "The Last Harbour"): not someone's words."""
        if q.first_block != q.last_block:
            return False
        content = self.text[q.start:q.end].strip()
        words = QUOTED_WORD.findall(content)
        if not words or len(words) > 6:
            return False
        si, k = places[0]
        sent = self.sentences[si]
        toks = sent.tokens
        before = toks[k - 1] if k > 0 else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if before is not None and (before.text == ":" or self._is_cue_token(before)):
            return False
        if before is not None and (before.lower in TITLE_NAMING or before.lower in ("as", "sous") and k >= 2 and
                                   toks[k - 2].lower in ("known", "connu", "connue", "nom")):
            return True  # titled "Would You Accept This?", a case known as "John/Joan,"
        if self._listed_title(sent, k):
            return True  # musicals such as "1789", "Howl-O-Scream" and "The House of Shock."
        title_case = all(w[:1].isupper() or len(w) < 4 or w[:1].isdigit() for w in words)
        if content[-1:] == "." and before is not None and before.text != QUOTE_TOKEN and len(words) >= 3 and \
                title_case and words[0][:1].isupper() and (after is None or after.text in TERMINAL):
            return True  # the campaign tome, "Double Down: Game Change 2012."
        if content[-1:] in TERMINAL | {","}:
            return False
        if all(not any(c.islower() for c in w) for w in words) and any(c.isdigit() for c in content) and \
                len(words) <= 2 and before is not None:
            return True  # its revamped "777X", the musical "1789": a code or a number, nobody's words
        if sent.headline and self._title_case_block(sent.block):
            return False
        alpha = [w for w in words if w[:1].isalpha()]
        if alpha and all(w.isupper() and len(w) > 1 for w in alpha):
            return True  # "MUSCULAR", "FIN"
        if before is not None and after is not None and before.is_cap and after.is_cap and \
                before.text != QUOTE_TOKEN and after.text != QUOTE_TOKEN and before.lower not in FUNCTION_WORDS:
            return True  # Kenny "Babyface" Edmonds
        if before is not None and (before.lower in TITLE_NAMING or before.lower in TITLE_NOUNS and k >= 2 and
                                   sent.tokens[k - 2].lower in TITLE_DETERMINERS) and \
                not (before.lower in WORK_MAKERS and (self.lang == "fr" and not any(w[:1].isupper() for w in words) or
                                                      self.lang == "en" and not words[0][:1].isupper() and
                                                      any(t.lower in CHARACTERISING for t in toks[max(0, k - 4):k]))):
            # the programme dubbed "MUSCULAR", le film "Les Heures claires" (not un livre « plus intime », nor
            # "called the book “a shameful piece of fiction”": a judgement; a title would capitalise its first word)
            return True
        if not words[0][:1].isupper() or before is None:
            return False
        if len(words) >= 2 and _fold_first(words[0]) in self.lex.org_words:
            return True  # "Parti de la banlieue", "Association des maires"
        if len(words) >= 2 and title_case:
            return True  # "Parti de la Banlieue", "The Last Harbour"
        if self.lang == "fr" and self._french_title(words, toks, k):
            return True  # "l'association « Otages du monde »", "Le film d'ouverture, « La Marée lente », a …"
        return title_case and len(words) <= 3 and before.lower in PREPOSITIONS_TAIL | {"of", "de", "du", "d'", "d’"}

    def _french_title(self, words: list[str], toks: list[Token], k: int) -> bool:
        """A French title, capitalised on its first word only, names what the noun before it stands for: after
        "de" ("le quartier de « Greenwich village »"), after a noun and its determiner, or set apart by commas
        after one; a few words without a verb or a pronoun, nobody's words."""
        if len(words) > 5 or any(w.lower() in FR_TITLE_EXCLUDED or w.lower() in self.lex.pronouns or
                                 w.lower() in self.lex.cue_forms for w in words):
            return False
        before = toks[k - 1]
        if before.lower in ("de", "du", "des", "d'", "d’"):  # not "a qualifié le projet de « … »": a cue's words
            return not any(self._is_cue_token(t) for t in toks[max(0, k - 4):k - 1])
        apposed = before.text == "," and k + 1 < len(toks) and toks[k + 1].text == "," and k >= 3
        if apposed:
            before, k = toks[k - 2], k - 1  # an apposition between commas: "Le film d'ouverture, « … », a …"
        return before.is_word and not before.is_cap and not self._is_cue_token(before) and k >= 2 and \
            any(t.lower in FR_NOUN_DETERMINERS for t in toks[max(0, k - (4 if apposed else 2)):k - 1])

    def _listed_title(self, sent: Sentence, k: int) -> bool:
        """A quoted item in a list of quoted items after "such as" / "like" / "comme", or joined to another
        quoted item by "and" / "or" / "et" / "ou" / a comma, that is short and has no verb of its own."""
        toks = sent.tokens
        j = k - 1
        while j >= 1 and toks[j].text in (",", "and", "or", "et", "ou") and toks[j - 1].text == QUOTE_TOKEN:
            j -= 2  # back over the earlier items of the list
        if j >= 0 and (toks[j].lower in ("like", "comme", "including", "notamment") or
                       toks[j].lower == "as" and j >= 1 and toks[j - 1].lower == "such" or
                       toks[j].lower == "que" and j >= 1 and toks[j - 1].lower in ("tels", "telles")):
            return j < k - 1 or k + 2 < len(toks) and toks[k + 1].lower in ("and", "or", "et", "ou", ",") and \
                toks[k + 2].text == QUOTE_TOKEN
        return False

    def _work_title(self, q: MarkedQuote, places: list[tuple[int, int]]) -> bool:
        """ "author of "Early Puberty in Girls."", "stars in "Parks and Recreation,"", "auteur du livre de
        référence "Histoires de comédies musicales"": the title of a work, punctuation and all."""
        if q.first_block != q.last_block:
            return False
        content = self.text[q.start:q.end].strip().rstrip(",.;")
        words = QUOTED_WORD.findall(content)
        if not words or len(words) > 14 or SENTENCE_END_INSIDE.search(content):
            return False
        si, k = places[0]
        sent = self.sentences[si]
        if sent.headline or k == 0:
            return False
        before = [t.lower for t in sent.tokens[max(0, k - 4):k]]
        last = sent.tokens[k - 1]
        if last.text in (":", ",", QUOTE_TOKEN) or self._is_cue_token(last) or last.lower in ("that", "que", "qu'"):
            return False
        if self.lang == "en" and last.lower in ("being", "been"):
            return False  # "authors and teachers being “overtly didactic”": an attribute, not a work's title
        if any(w in WORK_MAKERS or w in TITLE_NAMING for w in before):
            # (a title's first word is capitalised: "un livre « plus intime »", "called the book “an honest
            # account”" are judgements, not titles)
            return any(w[:1].isupper() for w in words) if self.lang == "fr" else words[0][:1].isupper()
        content_words = [w for w in words if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()]
        return len(words) >= 2 and words[0][:1].isupper() and len(content_words) >= 2 and \
            all(w[:1].isupper() for w in content_words)

    def _title_case_block(self, index: int) -> bool:
        words = [w for w in self.text[self.blocks[index].start:self.blocks[index].end].split() if len(w) > 3]
        return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)

    def _kind(self, q: MarkedQuote, places: list[tuple[int, int]]) -> str:
        """Direct when the quote stands as a statement of its own, partial when it sits in the reporter's syntax."""
        content = self.text[q.start:q.end]
        if q.first_block != q.last_block:
            return "direct"
        si, k = places[0]
        sent = self.sentences[si]
        before = sent.tokens[:k]
        after = sent.tokens[k + 1:]
        tail = content.rstrip()[-1:]
        last = before[-1] if before else None
        if last is None or last.text in ("—", "–", "-", "(") or last.text == QUOTE_TOKEN:
            if not after or after[0].text in ATTACHED_PUNCTUATION:
                return "direct"
            if tail in TERMINAL or tail == "," or SENTENCE_FOLLOWS.search(content):
                return "direct"
            if self._is_cue_token(after[0]) or self._starts_attribution(sent, k + 1):
                return "direct"
            return "partial"
        if last.text == ":":
            return "direct"
        if last.text == "," and (any(self._is_cue_token(t) for t in before[:-1]) or
                                 SENTENCE_FOLLOWS.search(content)):
            return "direct"
        if self._is_cue_token(last) and content[:1].isupper():
            return "direct"
        return "partial"

    def _starts_attribution(self, sent: Sentence, j: int) -> bool:
        """ "“…” the minister said": a speaker then a cue right after the quote."""
        for kk, _, cue in self._cues(sent):
            if kk > j:
                return kk - j <= 6 and all(t.is_word for t in sent.tokens[j:kk])
        return False
