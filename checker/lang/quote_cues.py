"""Stage 2 of quote extraction: reporting cues, the speaker each cue names, and the reported speech it introduces."""
from __future__ import annotations

import functools
import re

from .quote_common import (
    ATTACHED_PUNCTUATION, CLAUSE_STARTERS, CLITICS, CONJUNCTION_HEADS, COORDINATION, DOCUMENT_HEADS,
    FINITE_AUXILIARIES, INCLUDING, LEADING_WORDS, NP_JOINERS, PAST_TENSE_EN, PREPOSITIONS_TAIL, SUBJECT_PRONOUNS,
    TERMINAL, TIME_WORDS, Candidate, _bare, _infinitive,
)
from .speakers import (
    ADVERBIAL_PAIRS, ADVERBIAL_STARTERS, FR_AUX, FR_ETRE, LEADING_SKIP, PREPOSITIONS, WEEKDAYS,
    ARTICLES, BE_FORMS, DETERMINERS, FUNCTION_WORDS, INDEFINITE, QUOTE_TOKEN, RELATIVES, SKIP_BEFORE_CUE, VERB_STOPS,
    WORD_LISTS, SPEAKER_WORDS, Cue, Mention, Sentence, Token, apposition_name, clause_subject, cue_at, description_back,
    description_forward, find_cues, fr_time_end, is_adverb, is_org_noun, is_passive, is_role, np_after, np_before,
    sent_text, widened, WORD_START_RE, cue_of_match, may_start_cue, en_title_domain,
)


from .speakers import AGENT_ENDINGS, any_noun_phrase  # noqa: E402  (French subjects the lexicon does not know)
from .speakers import FR_DE_FORMS, FR_LATTER_ANAPHORS
from .speaker_complements import (complement_chain_subject, occupation_before_name, relative_clause_subject,
                                  role_with_complement, thousands_comma)
from .fr_relatives import FR_SOURCE_RELATIVES, fr_relative_antecedent
from .word_lists import name_words

MONTHS_EN = name_words("months", french=False)  # "…, Al-Arabiya reported on Thursday 31 October."
DATE_WORDS = name_words("months") | name_words("weekdays")  # "Pour mardi, …" names no body
# (English) participles of who read a document, not who wrote it: "documents seen by the paper"
SEEN_BY = frozenset({"seen", "obtained", "reviewed", "viewed", "consulted", "read", "received", "examined"})
# "a review commissioned by NHS Highland": the body asked for the document, it did not write it
COMMISSIONED_BY = frozenset({"commissioned", "ordered", "funded", "requested", "sponsored", "demanded"})
CONTRASTS = frozenset({"but", "although", "though"})
# (English) words that make a number approximate, and quantifiers that stand as a subject, opening reported speech
APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "approximately"})
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred hundreds thousand thousands million half dozen dozens""".split())
# (English) participles of a hearsay passive that raise the subject of a verb of speech: "is understood to have told"
HEARSAY_PARTICIPLES = frozenset({"understood", "said", "reported", "believed", "thought", "alleged", "known",
                                 "rumoured", "rumored", "claimed", "expected", "supposed"})
PRONOUN_QUANTIFIERS = frozenset({"both", "neither", "none", "each", "either", "several", "many", "most", "few"})
# (English) words that open a clause of the writer's after an inverted cue: "…, the club said, as …", "…, while …"
TAIL_LINKS = CONTRASTS | {"as", "while", "whereas", "amid", "despite", "after"}
# (English) the link before another speaker's clause: "…, while Adeyemo said …", "…; the union said …"
CLAUSE_LINK_BEFORE_RE = re.compile(r"\s*(?:[,;]\s*(?:while|whereas|but|and)|;)\s+(?:the\s+|a\s+|an\s+)?$",
                                   re.IGNORECASE)  # "…, he said, but …" opens a clause of its own

NAME_LINK_BEFORE_RE = re.compile(r"\s+(?:and|but|while|whereas)\s+$")
PREVIOUS_WORD_RE = re.compile(r"([\w-]+)\s+$")
FR_MODALS = WORD_LISTS["fr_modals"]
FR_NEGATIONS = WORD_LISTS["fr_negations"]  # "ne pas", "ne jamais" before an infinitive
FR_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")
FR_OF_WORDS = FR_DE_FORMS | {"chez"}  # a complement's link (_fr_opening_around)
FR_COMPLEMENT_LINKS = frozenset({"de", "du", "des", "d'", "d’", "pour", "sur", "et"})  # a body's name goes on
CONTRACTED_SUBJECTS = SUBJECT_PRONOUNS["en"] | {"there", "here", "that", "what", "who"}  # "he's", "that's"
# time words that are one only before another ("this week", "on Monday"), not before a clause ("this was …")
TIME_DETERMINERS = frozenset({"on", "this", "last", "next", "late", "early"})
OF_WORDS = frozenset({"of", "for", "at", "from", "de", "du", "des", "d'", "d’", "à", "au", "aux"})
QUANTITY_OPENERS = frozenset({("au", "moins"), ("at", "least"), ("plus", "de"), ("more", "than")})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
MEDIUM_NOUNS = SPEAKER_WORDS["medium_nouns"]  # "reported in the journal Nature": where the words appeared
FR_CITED = frozenset({"cité", "citée", "cités", "citées", "interrogé", "interrogée", "interrogés", "interrogées"})
FR_INVERTED_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces", "un", "une"})
FR_EVENT_NOUNS = SPEAKER_WORDS["fr_event_nouns"]  # "La hausse rappelle …": an event, not who speaks
# what links a clause to a report that follows it ("X is suing, as it claims …", "car il prétend")
REPORT_LINKS = frozenset({"as", "because", "since", "while", "and", "but", "car", "comme", "et", "mais", "puisque"})
# days that may be the subject of a clause after a cue with no "that" ("said Sunday would complete …", "said today
# was …"), told from a date of the cue ("said Sunday he would …") by a modal or "be" right after them (not "had":
# "said Friday had received …" in machine output drops the subject after a date)
DAY_DEICTICS = frozenset({"today", "tomorrow", "yesterday", "tonight"})
DAY_SUBJECT_VERBS = frozenset({"is", "was", "will", "would", "could", "should", "might", "may", "are", "were"})
OPENER_WORDS = WORD_LISTS["opener_words"]  # time openers beyond TIME_WORDS: "L'année dernière", "Plus tôt"
CLOSING_DOUBLE = frozenset("\"”»“«")  # quote marks no cue pattern holds
WORD_CHAR_RE = re.compile(r"\w")
NON_SPACE_RE = re.compile(r"\S+")


QUOTE_MARK_CHARS = "\"'“”„‟‘’‚‛«»‹›"
UNSET = object()  # a value not computed yet


def _once_per_cue(method):
    """`method(self, sent, k, k_end, cue)` computed once per cue of a sentence: once the mentions are linked its
    answer depends on the sentence and the cue alone, and reported speech and several attachment steps ask it."""
    @functools.wraps(method)
    def once(self, sent: Sentence, k: int, k_end: int, cue: Cue):
        key = (id(sent), k, id(cue))  # (the cues of `_cues`, kept as long as the extractor)
        found = self._speaker_cache.get(key, UNSET)
        if found is UNSET:
            found = self._speaker_cache[key] = method(self, sent, k, k_end, cue)
        return found
    return once


class CueStage:
    """Methods of the extractor (checker.lang.quotes._Extractor) for this stage; they share its state."""

    def _is_cue_token(self, tok: Token) -> bool:
        return tok.text != QUOTE_TOKEN and cue_at(self.text, tok.start, self.lex) is not None

    def _cues(self, sent: Sentence) -> list[tuple[int, int, Cue]]:
        """Cues of a sentence outside quotations, with their first and past-the-end token indices."""
        cached = self._cue_cache.get(id(sent))
        if cached is None:
            cached = self._cue_cache[id(sent)] = self._find_cues(sent)
        return cached

    def _find_cues(self, sent: Sentence) -> list[tuple[int, int, Cue]]:
        out = []
        found = self._cues_at_words(sent)
        if found is None:
            holes = [(sent.tokens[k].start, sent.tokens[k].end) for k in sent.quote_tokens]
            found = [(sent.index_at(cue.start), cue) for cue in find_cues(self.text, sent.start, sent.end, self.lex)
                     if not any(a <= cue.start < b for a, b in holes)]
        for k, cue in found:
            k_end = sent.index_at(cue.end)
            if k < len(sent.tokens) and sent.tokens[k].start == cue.start:
                if k > 0 and sent.tokens[k].is_cap and any(m.kind == "name" and m.tok_start <= k < m.tok_end
                                                           for m in sent.mentions):
                    continue  # "the United States", "Secretary of State"
                if self.lang == "en" and k > 0 and self._owned_noun(sent.tokens, k):
                    continue  # "Sri Lanka's state power utility", "the firm's report": a noun its owner determines
                out.append((k, k_end, cue))
        return out

    @staticmethod
    def _owned_noun(toks: list[Token], k: int) -> bool:
        """The cue word at `k`, in its bare form, follows a possessive ("Lanka's state", "the board's report"): a
        noun, not a verb; "Moody's warns", "Smith's said" ("has" contracted) are verbs still."""
        before, word = toks[k - 1], toks[k].lower
        return before.possessive and before.lower[:-2] not in CONTRACTED_SUBJECTS and \
            not word.endswith(("s", "ed", "ing")) and word not in PAST_TENSE_EN

    def _cues_at_words(self, sent: Sentence) -> list[tuple[int, Cue]] | None:
        """(token index, cue) of the cues `find_cues` finds in the sentence outside its quotations, the
        pattern tried only where a word a cue can begin with starts (`may_start_cue`) instead of at every
        character; a match the scan would find inside a word is tried too, for what it covers. None where
        the words may not tell: a cue matched inside a quotation that does not end with a double mark could
        run past it, a word cut short by a quotation or the sentence's end could be longer, or the text has
        letters that IGNORECASE matches unlike str.lower."""
        text, lex, toks = self.text, self.lex, sent.tokens
        starts = lex.cue_starts
        if starts is None or self.odd_letters or WORD_CHAR_RE.match(text, sent.end) is not None or \
                sent.quote_tokens and any(WORD_CHAR_RE.match(text, toks[k].start) is not None or
                k < len(toks) - 1 and text[toks[k].end - 1] not in CLOSING_DOUBLE for k in sent.quote_tokens):
            return None
        covered = sent.start
        out = []
        for k in [k for k, t in enumerate(toks) if t.lower in starts or t.compound]:
            tok = toks[k]
            if tok.start < covered or k in sent.quote_tokens:
                continue
            word = tok.text
            if word.isalnum():
                places = (tok.start,)
            elif word[-1] in "'’" and word[:-1].isalnum():  # an elision ("l'"): its one run of word characters
                places = (tok.start,) if word[:-1].lower() in starts else ()
            else:
                places = [m.start() for m in WORD_START_RE.finditer(text, tok.start, tok.end)
                          if may_start_cue(text, m.start(), lex)]
            for pos in places:
                if pos < covered:
                    continue
                match = lex.cue_re.match(text, pos, sent.end)
                if match is None:
                    continue
                covered = match.end()
                cue = cue_of_match(text, match, lex) if pos == tok.start else None
                if cue is not None:
                    out.append((k, cue))
        return out

    @_once_per_cue
    def _cue_speaker(self, sent: Sentence, k: int, k_end: int, cue: Cue) -> Mention | None:
        """Who speaks through `cue`, or None when it is not used as a reporting cue here."""
        toks = sent.tokens
        form = cue.info.form
        if form == "source" and self.lang == "fr" and k_end < len(toks) and toks[k_end].lower in FR_SOURCE_RELATIVES:
            return fr_relative_antecedent(sent, k, toks[k_end].lower, self.lex)  # "…, selon laquelle"
        if form in ("source", "person"):
            m = np_after(sent, self._past_document(sent, k_end) if form == "source" else k_end, self.lex,
                         pronoun=True)
            if m is None and form == "source":
                m = self._source_phrase(sent, k_end)
            if m is None and form == "source" and self.lang == "en" and k == 0:
                comma = next((c for c in range(k_end + 1, min(len(toks), k_end + 9)) if toks[c].text == ","), None)
                m = self._source_phrase(sent, k_end, comma) if comma is not None else None
                # ("According to the property consultancy Asteco, rents rose …": a fronted source, to its comma)
            if m is None:
                return None
            if form == "person":
                if k > 0 and toks[k - 1].text not in (",", ":") and toks[k - 1].lower not in ("et", "mais"):
                    return None
                nxt = toks[m.tok_end].text if m.tok_end < len(toks) else ""
                first = next((w for w in m.words if w not in FUNCTION_WORDS and w not in ("l'", "l’")), "")
                if nxt != "," or not (m.kind == "pronoun" or m.kind == "name" and m.entity is not None and
                                      (m.entity.kind == "person" or m.entity.kind == "unknown" and
                                       len(m.entity.tokens) > 1) or m.kind == "description" and
                                      (is_role(first, self.lex) or first in FR_LATTER_ANAPHORS or
                                       self._body_opinion(m, k)) or
                                      self._body_named_opinion(sent, m, k)):
                    return None
            if m.kind == "description" and m.words and m.words[0] in ("lequel", "laquelle", "lesquels",
                                                                       "lesquelles", "schedule", "plan"):
                return None
            return self._document_source(sent, m)
        if "impersonal" in cue.info.tags:
            if cue.pronoun is None and k > 0 and toks[k - 1].text == "," and self.lang == "fr":
                j = k_end + 1 if k_end < len(toks) and toks[k_end].lower in ARTICLES else k_end
                m = sent.mention_starting(j) if j < len(toks) else None  # "a appris l'AFP de source judiciaire"
                m = m if m is not None and m.kind == "name" else np_after(sent, k_end, self.lex)
                # "…, a appris La Presse": a medium learnt it, and says so
                return m if m is not None and (m.kind == "name" and m.entity is not None and m.entity.kind in
                                               ("org", "unknown") or m.kind == "description" and
                                               m.words[-1] in WORD_LISTS["media_nouns"]) else None
            return self._impersonal_source(sent, k_end) if cue.pronoun and cue.pronoun[0].lower() == "on" else None
        if cue.pronoun is not None:
            word, a, b = cue.pronoun
            source = self._on_source(sent, k_end) if self.lang == "fr" and word.lower() == "on" else None
            if source is not None:
                return source  # "…, indique-t-on à la préfecture": the place "on" speaks from speaks
            gender = self.lex.pronouns.get(word.lower())
            return Mention("pronoun", a, b, word, k, k_end, gender=gender)
        raised = self._raised_subject(sent, k) if self.lang == "en" else None
        if raised is not None:
            return raised
        if is_passive(toks, k):
            return self._impersonal_agent(sent, k, k_end) if self.lang == "en" else None
        quoted = self._quoted_as(sent, k) if self.lang == "en" and form == "participle" else None
        if quoted is not None:
            return quoted  # "The Courier quoted a baker as saying …": the baker speaks, not the paper
        if form == "infinitive":
            return self._infinitive_subject(sent, k)
        prev = toks[k - 1] if k > 0 else None
        m = None
        j = k - 1
        while j >= 0 and toks[j].lower in ("l'", "l’", "le", "l"):
            j -= 1
        if j >= 0 and toks[j].lower in ("comme", "ainsi") and form == "finite":
            m = np_after(sent, k_end, self.lex)  # "comme l'écrit le journaliste Elijah Wald"
            if m is not None:
                return m
        if form != "participle" and (prev is None or prev.text in (QUOTE_TOKEN, "—", "–", ":", "(")):
            m = self._np_after_cue(sent, k_end)
            if m is None and (prev is None or prev.text == QUOTE_TOKEN):
                return None
        elif form != "participle" and prev.text == ",":
            m = self._after_comma(sent, k, k_end, addressee="object" in cue.info.tags)
            if m is None:
                return None
        if m is None and k_end < len(toks) and toks[k_end].lower in ("by", "par") and \
                not toks[k].lower.endswith(("ing", "ant")) and \
                not (k_end + 1 < len(toks) and "par " + toks[k_end + 1].lower in ADVERBIAL_PAIRS):
            return self._agent(sent, k_end)  # "hailed by criminals as a "top brief""
        if m is None:
            m = np_before(sent, k, self.lex)
        if m is None and self.lang == "fr" and form == "finite":
            m = self._fronted_on_source(sent, k)
        if m is not None and self.lang == "en" and form == "finite" and prev is not None and prev.text != ",":
            m = self._en_relative_subject(sent, m, k) or m
            m = role_with_complement(sent, m, k, self.lex) or complement_chain_subject(sent, m, k, self.lex) or m
        if (m is None or m.kind == "description") and self.lang == "fr" and form == "finite" and prev is not None \
                and prev.text != ",":
            rel = self._fr_relative_subject(sent, k)  # (not "tout proches", a phrase of the relative clause)
            m = rel if rel is not None and (m is None or rel.tok_end < m.tok_start) else m
        if m is None and self.lang == "fr" and form == "finite" and 1 < k <= 4 and toks[0].lower in ARTICLES:
            m = any_noun_phrase(sent, k - 1)  # "L'institution juge …": a subject whatever its noun but an event's
            m = m if m is not None and m.tok_start == 0 and m.head not in FR_EVENT_NOUNS else None
        if m is None and self.lang == "en" and form == "finite" and "weak" not in cue.info.tags:
            m = self._described_complement(sent, k)
        if m is None and self.lang == "en" and form == "finite" and prev is not None and prev.text != ",":
            m = relative_clause_subject(sent, k, self.lex, self._is_cue_token)
        if m is None and form == "participle":
            m = self._governing_subject(sent, k)
        if m is None:
            return None
        if self.lang == "fr" and form == "finite" and prev is not None and m.kind in ("name", "description"):
            m = self._fr_opening_around(sent, m, k) or m
        if "weak" in cue.info.tags and not self._strong_subject(m, sent, k, k_end):
            return None
        return self._document_source(sent, m)

    def _raised_subject(self, sent: Sentence, k: int) -> Mention | None:
        """ "The minister is understood to have told hauliers that …", "X was reported to have said …": the
        subject of a hearsay passive is the subject of the verb of speech at token `k` it raises."""
        toks = sent.tokens
        if k < 4 or toks[k - 1].lower != "have" or toks[k - 2].lower != "to" or \
                toks[k - 3].lower not in HEARSAY_PARTICIPLES or toks[k - 4].lower not in BE_FORMS:
            return None
        m = np_before(sent, k - 4, self.lex)
        return m if m is not None and m.tok_end == k - 4 else None

    def _fr_opening_around(self, sent: Sentence, m: Mention, k: int) -> Mention | None:
        """ "Un frontalier de Forbach, soudeur chez un équipementier de Sarrelouis, a dit": a French clause opens on
        its subject, a determiner and a noun; a name or a noun phrase found nearer the cue, inside that subject's
        complement ("de Forbach") or inside an aside after it ("de Sarrelouis"), does not speak. A name apposed
        right after a comma ("La responsable, Ulrike X, a dit") or titled by the opening ("le porte-parole Paul X")
        does."""
        if m.tok_end > k or m.tok_start <= 1:
            return None  # (an inverted subject, or one that opens the clause itself: nothing to search)
        opening = self._opening_subject(sent, k)
        if opening is None or opening.kind != "description" or opening.tok_start >= m.tok_start or \
                sent.tokens[opening.tok_start].lower not in DETERMINERS:
            return None
        toks = sent.tokens
        before = toks[m.tok_start - 1].lower
        if m.tok_start < opening.tok_end:  # inside the opening phrase
            linked = before in FR_OF_WORDS or before in ARTICLES and toks[m.tok_start - 2].lower in FR_OF_WORDS
            return opening if linked or m.kind == "description" else None
        if before == "," and (m.kind == "name" or m.tok_end == k - 1) or opening.tok_end >= k or \
                toks[opening.tok_end].text != ",":  # (the apposition itself: "…, le ministère des Transports,")
            return None
        return opening if not self._own_verb_between(toks, opening.tok_end, k) else None

    def _en_relative_subject(self, sent: Sentence, m: Mention, k: int) -> Mention | None:
        """ "The family of a man who died in police custody in Hull believe", "A charity that runs food banks in
        Swansea says": a noun phrase inside a relative clause (or the clause itself, read from "that"), after its
        verb, is not the cue's subject (at token `k`); the phrase the relative hangs on is."""
        toks = sent.tokens
        r = next((i for i in range(m.tok_start, 0, -1) if toks[i].lower in ("who", "which", "whose", "that") or
                  toks[i].text in (",", ";", QUOTE_TOKEN)), None)
        if r is None or toks[r].lower not in ("who", "which", "whose", "that") or \
                not any(t.is_word and not t.is_cap and t.lower not in FUNCTION_WORDS
                        for t in toks[r + 1:k if r == m.tok_start else m.tok_start]):
            return None
        head = np_before(sent, r, self.lex)
        if head is None or head.tok_end != r or head.kind == "pronoun":
            return None
        if toks[r].lower == "that" and not (head.kind == "description" and head.head and
                                            (is_role(head.head, self.lex) or is_org_noun(head.head, self.lex))):
            return None  # "that" after a person's or a body's noun only ("A charity that runs …"), not "the fact"
        return head

    def _described_complement(self, sent: Sentence, k: int) -> Mention | None:
        """ "A new study of 40,000 adults suggests", "…, the chairman of a Senate subcommittee on European affairs
        said": a description opening the clause, with its complement running up to the cue (no verb, no comma)."""
        toks = sent.tokens
        start = next((c + 1 for c in range(k - 1, -1, -1) if toks[c].text in (",", ";")), 0)
        if start >= k or toks[start].lower not in ("a", "an", "the", "one", "two", "three", "several", "some"):
            return None
        desc = description_forward(sent, start, self.lex)
        if desc is None or desc.tok_end >= k or toks[desc.tok_end].lower not in ("of", "from", "at", "on", "for", "in"):
            return None
        if (k - desc.tok_end > 8 or k - desc.tok_end < 2 or toks[k - 1].lower in FUNCTION_WORDS
                or any(not (t.is_word or t.text[:1].isdigit() or t.text in ("'", "’", "-"))
                       or self._is_cue_token(t)
                       or t.lower in BE_FORMS or t.lower in RELATIVES or t.lower in ("that", "and")
                       for t in toks[desc.tok_end:k])):
            return None
        words = tuple(t.lower for t in toks[start:k])
        return Mention("description", toks[start].start, toks[k - 1].end, sent_text(sent, start, k - 1), start, k,
                       head=desc.head, words=words, definite=desc.definite)

    def _quoted_as(self, sent: Sentence, v: int) -> Mention | None:
        """ "quoted one driver as calling …", "cited a source as saying …": whom the verb at v is ascribed to."""
        toks = sent.tokens
        if v < 3 or toks[v - 1].lower != "as":
            return None
        i = next((i for i in range(v - 3, max(-1, v - 10), -1)
                  if toks[i].lower in ("quoted", "quotes", "quoting", "cited", "cites", "citing")), None)
        if i is None:
            return None
        m = sent.mention_starting(i + 1) or np_after(sent, i + 1, self.lex)
        return m if m is not None and m.tok_start == i + 1 and m.tok_end == v - 1 else None

    def _impersonal_agent(self, sent: Sentence, k: int, k_end: int) -> Mention | None:
        """ "…, it was reported by the Yorkshire Post": after a comma, an impersonal "it" and a passive cue,
        the agent spoke."""
        toks = sent.tokens
        if k < 3 or toks[k - 2].lower != "it" or toks[k - 3].text != "," or toks[k - 1].lower not in BE_FORMS or \
                k_end >= len(toks) or toks[k_end].lower != "by":
            return None
        return self._agent(sent, k_end)

    def _body_opinion(self, m: Mention, k: int) -> bool:
        """ "Pour le gouvernement chinois, ce mouvement est responsable …", "Pour la haute juridiction, le préfet
        n'a pas démontré …": a definite body opening the sentence gives the view that follows its comma."""
        return self.lang == "fr" and k == 0 and m.definite and m.words[:1] != ("ce",) and \
            is_org_noun(m.head, self.lex) and not is_role(m.head, self.lex)

    def _body_named_opinion(self, sent: Sentence, m: Mention, k: int) -> bool:
        """ "Pour la FNSEA, ce plan « n'a rien réglé »", "Pour Greenpeace, …": a body's name (not a place's, nor
        a date's) opening the sentence, or its clause after a colon, gives the view that follows its comma."""
        return self.lang == "fr" and m.kind == "name" and m.entity is not None and \
            m.entity.kind in ("org", "unknown") and (k == 0 or sent.tokens[k - 1].text == ":") and \
            not any(w.lower() in DATE_WORDS for w in m.words)

    def _source_phrase(self, sent: Sentence, j: int, end: int | None = None) -> Mention | None:
        """ "…, according to U.S. health statistics.", "…, selon un reportage diffusé sur France 24.": a source the
        name and description finders leave out, when it alone runs to the end of the sentence (or to `end`)."""
        toks = sent.tokens
        end = len(toks) if end is None else end
        while end > j and toks[end - 1].text in TERMINAL | {"»", "”", ")"}:
            end -= 1
        comma = next((c for c in range(j, min(end, j + 9)) if toks[c].text == ","), None)
        if self.lang == "fr" and j <= 2 and comma is not None:
            end = comma  # "Selon la maison d'édition, 3 000 exemplaires …": a fronted source, up to its comma
        if not 0 < end - j <= 8 or toks[j].lower in self.lex.pronouns or \
                any(not t.is_word or t.lower in BE_FORMS or t.lower in FINITE_AUXILIARIES or
                    t.lower in RELATIVES or self._is_cue_token(t) and "weak" not in getattr(
                        self.lex.cue_forms.get(t.lower), "tags", ()) for t in toks[j:end]):
            return None
        words = tuple(t.lower for t in toks[j:end])
        content = [w for w in words if w not in DETERMINERS and w not in ARTICLES]
        if not content:
            return None
        head = content[0]
        if self.lang == "en" and end - j > 2 and toks[end - 1].is_cap and not toks[j + 1].is_cap:
            # "the property consultancy Asteco": the kind's noun before the name heads it
            head = next((t.lower for t in reversed(toks[j:end]) if t.is_word and not t.is_cap), head)
        return Mention("description", toks[j].start, toks[end - 1].end, sent_text(sent, j, end - 1), j, end,
                       head=head, words=words, definite=words[0] not in INDEFINITE)

    def _infinitive_subject(self, sent: Sentence, k: int) -> Mention | None:
        """ "La Royale vient de nous confirmer", "s'est contenté d'ajouter", "Et la Marine de certifier"."""
        toks = sent.tokens
        j = k - 1
        while j >= 0 and toks[j].lower in CLITICS:
            j -= 1
        if j > 0 and toks[j].lower in FR_MODALS:  # "Les enfants peuvent dire, « … »"
            return np_before(sent, j, self.lex)
        if j < 0 or toks[j].lower not in ("de", "d'", "d’", "à", "pour"):
            return None
        j -= 1
        steps = 0
        while j >= 0 and steps < 4 and toks[j].is_word and not toks[j].is_cap and \
                toks[j].lower not in DETERMINERS and sent.mention_ending(j) is None and \
                description_back(sent, j, self.lex) is None:
            j -= 1
            steps += 1
        if j < 0:
            return None
        tok = toks[j]
        if tok.lower in self.lex.pronouns and self.lex.pronouns[tok.lower] in ("m", "f", "plural", "thing"):
            return Mention("pronoun", tok.start, tok.end, tok.text, j, j + 1, gender=self.lex.pronouns[tok.lower])
        return sent.mention_ending(j) or description_back(sent, j, self.lex)

    def _after_comma(self, sent: Sentence, k: int, k_end: int, addressee: bool = False) -> Mention | None:
        """A cue after a comma: inverted (`…, said X`) or after an apposition (`X, the minister, said`).
        After "told", "asked" or "urged" the noun phrase is whom the words were addressed to."""
        toks = sent.tokens
        before = clause_subject(sent, k, self.lex)
        after = None if addressee and self.lang == "en" else np_after(sent, k_end, self.lex)
        if self.lang == "en" and after is not None and after.tok_end < len(toks) and \
                (toks[after.tok_end].lower in FINITE_AUXILIARIES or toks[after.tok_end].lower in BE_FORMS):
            after = None  # "X, the president, said the government had shown …": the subject of what was said
            near = sent.mention_ending(k - 2) if k >= 2 and toks[k - 1].text == "," else None
            if near is not None and near.kind == "name" and near.entity is not None and near.entity.kind == "person":
                return near
        near = sent.mention_ending(k - 2) if k >= 2 else None
        if self.lang == "en" and near is not None and after is None:
            near = self._person_before_affiliation(sent, near) or near
        if self.lang == "en" and near is not None and near.kind == "name" and near.entity is not None and \
                near.entity.kind == "person" and near.tok_start > 1 and toks[near.tok_start - 1].text == "," and \
                toks[k - 1].text == "," and after is not None and \
                (before is None or before.tok_end >= k or toks[before.tok_end].text != ","):
            return near  # "…, a paediatrician in Bucharest, Dr Irina Popescu, said parents …": set off by commas
        if near is not None and near.kind == "name" and near.entity is not None and \
                near.entity.kind in ("person", "unknown") and after is None and \
                (before is None or k - before.tok_end > 10 and near.tok_start > 0 and
                 (toks[near.tok_start - 1].text == "," or self.lang == "en" and
                  toks[near.tok_start - 1].lower in ("which", "whom"))):
            # "…, the head of the Memorial, Professor Johannes Tuchel, confirmed to Bild", "a letter in which X warns"
            return near
        if self.lang == "en" and (before is None or before.tok_end >= k or toks[before.tok_end].text != ",") and \
                toks[0].lower in ("a", "an", "the"):
            opening = description_forward(sent, 0, self.lex)
            if opening is not None and opening.tok_end < k and toks[opening.tok_end].lower in PREPOSITIONS:
                before = self._described_to_relative(sent, opening, k) or before
        if self.lang == "en" and before is not None and before.kind == "description" and near is not None and \
                near.kind == "name" and near.tok_start == before.tok_end + 1 and near.tok_end == k - 1 and \
                toks[before.tok_end].text == "," and toks[k - 1].text == "," and \
                not any(w in PREPOSITIONS for w in before.words):  # ("Lawyers for the defendant, X,": X is tried)
            return near  # "Britain's biggest retailer, Tesco, said": the name set off after its description
        apposed = self._fr_body_apposed(sent, before, k) if self.lang == "fr" and after is None else None
        if apposed is not None:
            return apposed
        if before is not None and before.tok_end < k and toks[before.tok_end].text == "," and \
                (not any(t.text == QUOTE_TOKEN for t in toks[before.tok_end:k]) or
                 self.lang == "en" and toks[before.tok_end + 1].lower in ("which", "who", "whose")) and \
                (k - before.tok_end <= 12 or after is None or self._relative_between(sent, before.tok_end, k)) and \
                not (after is not None and self.lang == "fr" and (self._own_verb_between(toks, before.tok_end, k) or
                                                                  self._fr_not_a_subject(sent, before, k))):
            # not "Le chauffeur, blessé, a été transporté à l'hôpital, indique la préfecture", nor "Parmi eux,
            # beaucoup de familles, ajoute la bénévole" (no apposition between: the cue is inverted)
            return before
        if after is None and self.lang == "fr":
            return self._named_before_apposition(sent, k) or self._fr_apposed_subject(sent, k) or \
                self._fr_inverted_noun(sent, k_end)
        if after is None:
            return self._named_before_apposition(sent, k)
        return after

    def _fr_body_apposed(self, sent: Sentence, before: Mention | None, k: int) -> Mention | None:
        """ "L'organisation humanitaire, le Croissant-Rouge libyen, a indiqué", "L'administration chargée du rail,
        le ministère des Transports, a précisé": a body's kind, then, set off by commas before the cue, the body
        it is by name; the name speaks (as "La responsable, Ulrike X," gives the person's)."""
        toks = sent.tokens
        if before is None or before.kind != "description" or not before.head or \
                not is_org_noun(before.head, self.lex) or is_role(before.head, self.lex):
            return None
        a, z = before.tok_end + 1, k - 1  # the apposition's tokens: [a, z)
        bare = a < z and toks[a].is_cap  # "L'entreprise concessionnaire, Metro Línea 1, indique": no article
        if a >= z or toks[before.tok_end].text != "," or toks[z].text != "," or \
                toks[a].lower not in ARTICLES and not bare or z - a > 8 or not any(t.is_cap for t in toks[a:z]) or \
                any(not t.is_word and not t.text.isdigit() and t.text not in ("-", "'", "’") for t in toks[a:z]) or \
                self._own_verb_between(toks, a - 1, z):
            return None
        desc = description_forward(sent, a, self.lex) if not bare else None
        if desc is not None and desc.tok_end == z and is_org_noun(desc.head, self.lex):
            return desc  # "le ministère des Transports"
        name = a if bare else a + 1
        if toks[name].is_cap and all(t.is_cap or t.text.isdigit() or t.lower not in FUNCTION_WORDS
                                     for t in toks[name:z]):
            text = sent_text(sent, a, z - 1)  # "le Croissant-Rouge libyen": a name and its adjectives
            return Mention("name", toks[a].start, toks[z - 1].end, text, a, z, words=tuple(text.split()))
        return None

    @staticmethod
    def _fr_not_a_subject(sent: Sentence, before: Mention, k: int) -> bool:
        """A noun phrase with no apposition, then a comma and the cue: French never sets a subject off from its
        verb by one comma, so the cue is inverted ("Parmi eux, beaucoup de familles, ajoute la bénévole"), unlike
        "La procureure, Anne-Sophie Rivière, a détaillé"."""
        return before.tok_end == k - 1 and before.kind == "description" and \
            not any(t.text in (",", "(") for t in sent.tokens[before.tok_start:before.tok_end])

    def _fr_event(self, m: Mention) -> bool:
        """ "La hausse qui a frappé les prix rappelle que …": a French subject naming an event, not who speaks."""
        return self.lang == "fr" and m.kind == "description" and m.head in FR_EVENT_NOUNS

    def _fr_relative_subject(self, sent: Sentence, k: int) -> Mention | None:
        """ "A Jomba, un habitant qui avait fait état de combats … a indiqué que": the noun phrase a restrictive
        relative clause runs from, up to the cue, opening its clause."""
        toks = sent.tokens
        r = next((j for j in range(k - 2, max(0, k - 25), -1) if toks[j].lower == "qui" or
                  toks[j].text in (",", ";", ":", QUOTE_TOKEN)), None)
        if r is None or r < 2 or toks[r].lower != "qui":
            return None
        m = sent.mention_ending(r - 1)
        if m is None or m.kind != "name" or m.entity is None or m.entity.kind == "place":
            m = any_noun_phrase(sent, r - 1)
            if m is None or m.head in FR_EVENT_NOUNS:
                return None
        a = m.tok_start
        while a > 0 and toks[a - 1].lower in ARTICLES:
            a -= 1
        if a > 0 and toks[a - 1].text != "," and toks[a - 1].lower not in LEADING_WORDS:
            return None
        return m

    def _fr_inverted_noun(self, sent: Sentence, k_end: int) -> Mention | None:
        """ "…», reconnaît finalement la septuagénaire", "…, a ajouté ce témoin cité par l'AFP": after an inverted
        cue, a determiner and a noun the lexicon does not know as a role, closing the sentence, still name who
        speaks (not an event: "…, rappelle la crise")."""
        toks = sent.tokens
        n = len(toks)
        i = fr_time_end(toks, k_end)
        while i < n and is_adverb(toks[i], "fr"):
            i += 1
        if i + 1 >= n or toks[i].lower not in FR_INVERTED_DETERMINERS:
            return None
        e = i + 1
        while e < n and e - i <= 3 and toks[e].is_word and not toks[e].is_cap and toks[e].lower not in FUNCTION_WORDS \
                and not self._is_cue_token(toks[e]) and not (e > i + 1 and self._fr_participle(toks[e])):
            e += 1
        head = toks[e - 1].lower
        if e == i + 1 or head in FR_EVENT_NOUNS or toks[i].lower in INDEFINITE and \
                head.endswith(("ment", "tion", "sion", "ité")) and not is_org_noun(head, self.lex):
            return None
        if e < n and toks[e].text not in TERMINAL and toks[e].text != "," and not self._tail_only(sent, e):
            return None
        return any_noun_phrase(sent, e - 1)

    def _fr_apposed_subject(self, sent: Sentence, k: int) -> Mention | None:
        """ "…, en Floride, le Dr Paul Kaplowitz, pédo-endocrinologue, a expliqué que", "Mais le représentant
        Bill Shuster (R-Pa.), président du Comité …, a déclaré qu'": a person's name opening its clause, then an
        apposition with no verb of its own, set off by commas before the cue."""
        toks = sent.tokens
        for comma in range(k - 2, max(0, k - 16), -1):
            if toks[comma].text == QUOTE_TOKEN or toks[comma].lower in FR_AUX or toks[comma].lower in FR_ETRE:
                return None
            if toks[comma].text == ",":
                break
        else:
            return None
        if toks[comma + 1].is_cap:  # "notamment UBS, Barclays, Deutsche Bank et RBS, ont confirmé": a list
            return None
        end = comma
        if toks[end - 1].text == ")":  # "Bill Shuster (R-Pa.)"
            end = next((j for j in range(end - 2, max(0, end - 8), -1) if toks[j].text == "("), 0)
        names = [m for m in sent.mentions if m.kind == "name" and m.tok_end == end and m.entity is not None and
                 m.entity.kind in ("person", "unknown")]
        name = min(names, key=lambda m: m.tok_start, default=None)
        if name is None:
            return None
        i = name.tok_start - 1  # only articles, titles, role nouns or "mais" before it, back to a comma or the start
        while i >= 0 and toks[i].text != "," and (toks[i].lower in ARTICLES or toks[i].lower in LEADING_WORDS or
                                                  is_role(toks[i].lower, self.lex)):
            i -= 1
        return name if i < 0 or toks[i].text == "," else None

    def _relative_between(self, sent: Sentence, comma: int, k: int) -> bool:
        """ "Mrs Fitzback, who is also the director of …, thinks": a relative clause set off by commas, however
        long, between the subject and its cue."""
        toks = sent.tokens
        return self.lang == "en" and comma + 1 < k and toks[comma + 1].lower in ("who", "whose", "which") and \
            toks[k - 1].text == "," and k - comma <= 30

    def _described_to_relative(self, sent: Sentence, m: Mention, k: int) -> Mention | None:
        """ "A nurse at the Queen Elizabeth Hospital in King's Lynn, where …, said": the description runs with
        its place to the comma that opens a relative clause before the cue."""
        toks = sent.tokens
        comma = next((c for c in range(m.tok_end, min(k, m.tok_end + 12)) if toks[c].text == ","), None)
        if comma is None or comma + 1 >= k or toks[comma + 1].lower not in ("where", "who", "which", "whose"):
            return None
        if any(not (t.is_word or t.text in ("-", "'", "’")) or self._is_cue_token(t) or
               t.lower in FUNCTION_WORDS and t.lower not in PREPOSITIONS and t.lower not in ("the", "a", "an")
               for t in toks[m.tok_end:comma]):
            return None
        words = tuple(t.lower for t in toks[m.tok_start:comma])
        return Mention("description", m.start, toks[comma - 1].end, sent_text(sent, m.tok_start, comma - 1),
                       m.tok_start, comma, head=m.head, words=words, definite=m.definite)

    @staticmethod
    def _person_before_affiliation(sent: Sentence, org: Mention) -> Mention | None:
        """ "…, Dr Ana Paredes of the University of Granada, said": the person whose affiliation closes the
        apposition."""
        toks = sent.tokens
        i = org.tok_start - 1
        if i > 0 and toks[i].lower == "the":
            i -= 1
        if i < 1 or toks[i].lower not in ("of", "at", "from"):
            return None
        person = sent.mention_ending(i - 1)
        if person is None or person.kind != "name" or person.entity is None or \
                person.entity.kind not in ("person", "unknown"):
            return None
        return person

    @staticmethod
    def _own_verb_between(toks: list[Token], a: int, b: int) -> bool:
        """A French auxiliary between tokens a and b outside a relative clause set off by commas: the noun
        phrase before it is that verb's subject, not the cue's ("Nissan, qui a dû …, a annoncé" keeps Nissan)."""
        relative = False
        for t in toks[a:b]:
            if t.text == ",":
                relative = False
            elif t.lower in RELATIVES or t.lower in ("que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"):
                relative = True
            elif not relative and (t.lower in FR_AUX or t.lower in FR_ETRE):
                return True
        return False

    def _source_named(self, m: Mention) -> bool:
        """A source that can only be someone: a name, or a description of a person or a body."""
        if m.kind == "name":
            return True
        return m.kind == "description" and (is_role(m.head, self.lex) or m.definite and is_org_noun(m.head, self.lex))

    def _on_source(self, sent: Sentence, j: int) -> Mention | None:
        """ "…, indique-t-on à la préfecture / chez les pompiers / au parquet de Mons / auprès du ministère": the
        body after an inverted "on" is who speaks."""
        toks = sent.tokens
        j = fr_time_end(toks, j)
        if j + 1 >= len(toks) or toks[j].lower not in ("à", "au", "aux", "chez", "auprès"):
            return None
        if toks[j].lower == "auprès":
            return self._impersonal_source(sent, j)
        m = np_after(sent, j + 1, self.lex)  # (not a town: "dit-on à Paris" is hearsay)
        # (a seat of power stands for its office: "à Matignon", "à l'Élysée")
        return m if m is not None and (m.kind == "description" or m.kind == "name" and m.entity is not None and
                                       (m.entity.kind in ("org", "unknown") or
                                        is_org_noun(m.text.lower(), self.lex))) else None

    def _fronted_on_source(self, sent: Sentence, k: int) -> Mention | None:
        """ "À Matignon, on indique que …", "Chez Renault, on assure que …": the body fronted before "on" speaks,
        as after an inverted "on"."""
        toks = sent.tokens
        j = k - 1
        while j > 0 and toks[j].lower in CLITICS:
            j -= 1
        if j < 2 or toks[j].lower != "on" or toks[j - 1].text != ",":
            return None
        if toks[0].lower == "dans":  # "Dans l'entourage du ministre, on assure": a body named by its complement
            m = np_after(sent, 1, self.lex)
            m = m if m is not None and m.kind == "description" and self._source_named(m) and \
                self._complement_of_someone(sent, m) else None
        else:
            m = self._on_source(sent, 0)
        return m if m is not None and m.tok_end == j - 1 else None

    def _complement_of_someone(self, sent: Sentence, m: Mention) -> bool:
        """A description whose complement names a person or a body ("l'entourage de la Première ministre", "le
        cabinet du ministre"), not a place ("la région de Lyon")."""
        toks = sent.tokens
        at = next((i for i in range(m.tok_start + 1, m.tok_end) if toks[i].lower in ("de", "du", "des", "d'", "d’")),
                  None)
        if at is None:
            return False
        named = sent.mention_starting(at + 1)
        return not (named is not None and named.kind == "name" and named.entity is not None and
                    named.entity.kind == "place")

    def _impersonal_source(self, sent: Sentence, j: int) -> Mention | None:
        """ "…, a-t-on appris de source policière / auprès du ministère": the source after the impersonal cue."""
        toks = sent.tokens
        j = fr_time_end(toks, j)  # "a-t-on appris mardi de source policière"
        if j < len(toks) and toks[j].lower == "auprès":
            j += 1
        if j >= len(toks) or toks[j].lower not in ("de", "d'", "d’", "du", "des"):
            return None
        m = np_after(sent, j + 1, self.lex)  # "de source policière", "auprès des services de sécurité"
        if m is not None and m.kind == "description":
            m = self._coordinated_extent(sent, m)
        if m is None or m.kind == "description":  # "auprès du maître d'ouvrage, Ailes Marines": the name set off
            comma = next((c for c in range(j + 2, min(len(toks), j + 8)) if toks[c].text in (",", QUOTE_TOKEN)), None)
            named = sent.mention_starting(comma + 1) if comma is not None and toks[comma].text == "," else None
            if named is not None and named.kind == "name" and self._tail_only(sent, named.tok_end):
                return named
        if m is None:
            m = self._source_phrase(sent, j + 1)  # "auprès du maître d'ouvrage."
        return self._document_source(sent, m) if m is not None else None

    def _coordinated_extent(self, sent: Sentence, m: Mention) -> Mention:
        """ "de sources médicales et sécuritaires à Gaza": a description goes on over a coordinated adjective
        and a place after "à" or "en", to the end of the sentence."""
        from dataclasses import replace
        toks, k = sent.tokens, m.tok_end
        if k + 1 < len(toks) and toks[k].lower in ("et", "ou") and toks[k + 1].is_word and not toks[k + 1].is_cap \
                and not self._is_cue_token(toks[k + 1]) and toks[k - 1].lower[-2:] == toks[k + 1].lower[-2:]:
            k += 2  # agreeing endings: "médicales et sécuritaires", "locaux ou nationaux"
        if k + 1 < len(toks) and toks[k].lower in ("à", "en") and toks[k + 1].is_cap:
            k += 2
        if k == m.tok_end or any(t.is_word for t in toks[k:]):
            return m
        end = toks[k - 1].end
        return replace(m, end=end, text=self.text[m.start:end], tok_end=k,
                       words=m.words + tuple(t.text for t in toks[m.tok_end:k]))

    def _past_document(self, sent: Sentence, j: int) -> int:
        """ "according to estimates by Adam Jonas", "selon les chiffres de l'Insee": where the author is named."""
        toks = sent.tokens
        i = j + 1 if j < len(toks) and toks[j].lower in DETERMINERS else j
        if i + 2 < len(toks) and toks[i].lower in DOCUMENT_HEADS and \
                toks[i + 1].lower in ("by", "from", "of", "de", "d'", "d’", "du", "des"):
            return i + 2
        if self.lang == "fr" and i + 2 < len(toks) and toks[i].lower in DOCUMENT_HEADS and \
                toks[i + 1].lower.endswith(FR_PARTICIPLE_ENDINGS):
            # "selon des chiffres publiés vendredi 1er novembre par les autorités irakiennes"
            by = next((p for p in range(i + 2, min(len(toks) - 1, i + 8)) if toks[p].lower == "par"), None)
            if by is not None and all(t.is_word and not t.text == "," for t in toks[i + 2:by]):
                return by + 1
        return j

    def _named_before_apposition(self, sent: Sentence, k: int) -> Mention | None:
        """ "…, Marie Verbeke, spokesperson for the police district, said on Friday": the name before the
        apposition that closes a reported clause."""
        toks = sent.tokens
        comma = next((j for j in range(k - 2, max(0, k - 14), -1) if toks[j].text == ","), None)
        if comma is None or comma < 2:
            return None
        names = [m for m in sent.mentions if m.kind == "name" and m.tok_end == comma]
        name = max(names, key=lambda m: m.tok_start, default=None)  # not "the match, Marie Verbeke"
        if name is None or name.kind != "name" or name.entity is None or \
                name.entity.kind not in ("person", "unknown") or name.tok_start == 0 or \
                toks[name.tok_start - 1].text != "," and not (self.lang == "en" and
                                                          toks[name.tok_start - 1].lower in ("and", "but", "while")):
            return None  # (after "and": "… under pressure and Bertrand Bisimwa, leader of the rebels, asserted")
        desc = description_forward(sent, comma + 1, self.lex)
        if desc is None or desc.tok_end != k - 1 or not is_role(desc.head, self.lex):
            return None
        return name

    def _named_after_bracket(self, sent: Sentence, m: Mention) -> Mention | None:
        """ "said Deputy Commissioner of Police (South) Priya Raghavan": a title whose post a bracket specifies,
        then the person's name."""
        toks, j = sent.tokens, m.tok_end
        if m.kind != "description" or not is_role(m.head.lower(), self.lex) or j + 2 >= len(toks) or \
                toks[j].text != "(":
            return None
        close = next((i for i in range(j + 1, min(len(toks), j + 5)) if toks[i].text == ")"), None)
        named = sent.mention_starting(close + 1) if close is not None else None
        return named if named is not None and named.kind == "name" and named.entity is not None and \
            named.entity.kind == "person" else None

    def _strong_subject(self, m: Mention, sent: Sentence, k: int, k_end: int) -> bool:
        """A weak cue ("note", "report") needs a speaker that can only be a speaker, or content after it."""
        if m.kind in ("name", "pronoun") or m.start > sent.tokens[k].start:
            return True
        if is_role(m.head, self.lex) and m.definite:
            return True
        if self.lang == "en" and (m.head in DOCUMENT_HEADS or m.words and m.words[-1] in DOCUMENT_HEADS) and \
                m.tok_start > 0 and sent.tokens[m.tok_start - 1].text == ",":
            return True  # "…, city records show.", "…, a new study has found.": a document, inverted
        return self._followed_by_content(sent, k_end)

    def _followed_by_content(self, sent: Sentence, k_end: int) -> bool:
        toks = sent.tokens
        while k_end + 1 < len(toks) and (toks[k_end].lower + " " + toks[k_end + 1].lower in ADVERBIAL_PAIRS or
                                         is_adverb(toks[k_end], self.lang)):
            k_end += 2 if toks[k_end].lower + " " + toks[k_end + 1].lower in ADVERBIAL_PAIRS else 1
            # "Le syndicat souligne par ailleurs que …", "the union also notes that …"
        if k_end + 1 < len(toks) and toks[k_end].lower == "to" and toks[k_end + 1].lower in ("have", "be", "know"):
            return True  # "the company claims to have …"
        return k_end < len(toks) and toks[k_end].text in (":", QUOTE_TOKEN, "that", "que", "qu'", "qu’")

    def _governing_subject(self, sent: Sentence, k: int) -> Mention | None:
        """The subject of "saying"/"ajoutant": the speaker of an earlier cue, or the clause subject;
        for a sentence that opens with the participle, the subject of the main clause after it."""
        if k == 0:
            for m in sorted(sent.mentions, key=lambda m: m.tok_start):
                if m.kind == "name" and m.entity is not None and m.entity.kind in ("person", "unknown") and \
                        m.tok_end < len(sent.tokens) and not sent.tokens[m.tok_end].is_cap and \
                        sent.tokens[m.tok_start - 1].lower not in NP_JOINERS:
                    return m  # "Saying the myths were “far too wild”, Crossley-Holland advocated …"
            return None
        for kk, kk_end, cue in reversed(self._cues(sent)):
            if kk < k and cue.info.form == "finite":
                m = self._cue_speaker(sent, kk, kk_end, cue)
                if m is not None:
                    return m
        return clause_subject(sent, k, self.lex)

    def _document_source(self, sent: Sentence, m: Mention) -> Mention:
        """ "according to figures published by the authorities": the authorities speak."""
        if m.kind != "description":
            return m
        if m.head not in DOCUMENT_HEADS:
            return self._named_members(sent, m) or m
        toks = sent.tokens
        for j in range(m.tok_start + 1, min(len(toks), m.tok_end + 4)):
            if toks[j].lower in ("by", "from", "par", "de", "du") and j + 1 < len(toks) and \
                    toks[j - 1].lower != "auprès":  # ("une enquête menée auprès de 3 000 salariés": those asked)
                other = sent.mention_starting(j + 1) or description_forward(sent, j + 1, self.lex)
                if other is None and toks[j + 1].lower in ARTICLES and j + 2 < len(toks):
                    other = sent.mention_starting(j + 2)  # "compiled by the House of Commons Library"
                if self.lang == "en" and toks[j - 1].lower in COMMISSIONED_BY and j - 1 > m.tok_start:
                    return m  # the document with what says who asked for it: "A review commissioned by NHS Highland"
                if self.lang == "en" and toks[j - 1].lower in SEEN_BY and j - 1 > m.tok_start:
                    # "according to documents seen by the paper": the paper read them, did not write them (the
                    # phrase keeps its extent, the participle's complement with it; the speaker is the documents)
                    end = toks[j - 2].end
                    return Mention("description", m.start, end, self.text[m.start:end], m.tok_start,
                                   max(m.tok_end, other.tok_end if other is not None else 0), head=m.head,
                                   words=m.words[:j - 1 - m.tok_start], definite=m.definite)
                if other is not None:
                    return other
        return m

    def _named_members(self, sent: Sentence, m: Mention) -> Mention | None:
        """ "Some of the largest banks, including UBS, Barclays and RBS, have confirmed": the bodies named."""
        toks = sent.tokens
        j = m.tok_end
        if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].lower not in INCLUDING:
            return None
        names, i = [], j + 2
        while i < len(toks):
            n = sent.mention_starting(i)
            if n is not None and n.kind == "name":
                names.append(n)
                i = n.tok_end
            elif toks[i].lower in ("and", "et", "&", ",") and names:
                i += 1
            else:
                break
        close = i - 1
        if len(names) < 2 or toks[close].text != "," or toks[close - 1].text == ",":
            return None
        first, last = toks[j + 2], toks[close - 1]
        text = self.text[first.start:last.end]
        return Mention("name", first.start, last.end, text, j + 2, close, words=tuple(text.split()))

    def _np_at(self, sent: Sentence, j: int) -> Mention | None:
        """A speaker noun phrase starting at token j: a name, a pronoun, or a description."""
        tok = sent.tokens[j]
        if tok.lower in self.lex.pronouns:
            return Mention("pronoun", tok.start, tok.end, tok.text, j, j + 1, gender=self.lex.pronouns[tok.lower])
        m = sent.mention_starting(j)
        if m is None and tok.lower in ("the", "le", "la", "l'", "l’") and j + 1 < len(sent.tokens):
            m = sent.mention_starting(j + 1)  # "the AFP was told by …"
        if m is not None:
            return m
        desc = description_forward(sent, j, self.lex)
        if desc is None:
            return None
        named = apposition_name(sent, desc)
        return widened(named, desc) if named else desc

    def _only_adverbs(self, sent: Sentence, a: int, b: int) -> bool:
        return all(t.lower in SKIP_BEFORE_CUE or t.lower.endswith(("ly", "ment")) or t.lower in TIME_WORDS or
                   t.lower in BE_FORMS for t in sent.tokens[a:b])

    def _agent(self, sent: Sentence, j: int) -> Mention | None:
        """ "the AFP was told by Imelda Nyirankusi": the agent speaks."""
        toks = sent.tokens
        if j < len(toks) and toks[j].lower in ("by", "par"):
            return self._np_at(sent, j + 1) if j + 1 < len(toks) else None
        return None

    def _perfect_of_cue(self, toks: list[Token], e: int, k: int) -> bool:
        """ "Some trustees had argued that": the words between the subject and the cue are the cue's own perfect
        auxiliary (and adverbs), not a verb of the subject's."""
        return self.lang == "en" and toks[e].lower in PERFECT_AUXILIARIES and \
            all(t.lower in PERFECT_AUXILIARIES or is_adverb(t, self.lang) for t in toks[e + 1:k])

    def _role_of_body_named(self, sent: Sentence, m: Mention, k: int) -> Mention | None:
        """ "The Irish Farmers' Association (IFA) president, Francie Gorman, claimed": a body's name, its
        acronym, a role noun, then the person set off by commas before the cue."""
        toks = sent.tokens
        j = m.tok_end
        if j + 2 < k and toks[j].text == "(" and toks[j + 2].text == ")":
            j += 3
        if j + 1 >= k or not is_role(toks[j].lower, self.lex) or toks[j + 1].text != ",":
            return None
        named = sent.mention_starting(j + 2)
        if named is None or named.kind != "name" or named.entity is None or named.entity.kind != "person" or \
                named.tok_end >= k or toks[named.tok_end].text != ",":
            return None
        return named

    def _opening_subject(self, sent: Sentence, k: int) -> Mention | None:
        """The noun phrase that opens a finite cue's clause, for reported speech whose subject the nearer
        searches missed: past leading words and a time opener ("Le mois dernier,", "Earlier this evening"), up to
        what the phrase ends at before the cue (a comma, a bracket, a relative, a participle): "La National Security
        Agency œuvrant dans l'ombre a déclaré que", "les trackers de serveurs en ligne ont noté que". A name keeps
        its affiliation out ("Mark Rosenker du NTSB, expert …, a déclaré que" -> "Mark Rosenker")."""
        toks = sent.tokens
        i = 0
        while True:
            while i < k and (toks[i].lower in LEADING_WORDS or toks[i].lower in TIME_WORDS or
                             toks[i].lower in OPENER_WORDS or toks[i].text == ","):
                i += 1  # "Mais", "Last year a team …", "Earlier this evening online server trackers …"
            comma = next((c for c in range(i, k) if toks[c].text == ","), None)
            if i < k and comma is not None and comma - i <= 6 and (
                    any(t.lower in TIME_WORDS or t.lower in OPENER_WORDS for t in toks[i:comma]) or
                    toks[i].lower in PREPOSITIONS or toks[i].lower in ADVERBIAL_STARTERS or
                    toks[i].lower in LEADING_SKIP or is_adverb(toks[i], self.lang)):
                i = comma + 1  # "Plus tôt ce soir,", "L'année dernière,", "In Jomba,", "Moreover,"
                continue
            break
        first = i
        if i + 2 < k and (toks[i].lower, toks[i + 1].lower) in QUANTITY_OPENERS:
            i += 2  # "Au moins un groupe d'hacktivistes …", "At least two officials"
        if i >= k or toks[i].lower in self.lex.pronouns or toks[i].text == QUOTE_TOKEN or \
                toks[i].lower in PREPOSITIONS or toks[i].lower in ADVERBIAL_STARTERS or \
                toks[i].lower in LEADING_SKIP or is_adverb(toks[i], self.lang) or \
                toks[i].lower in FUNCTION_WORDS and toks[i].lower not in DETERMINERS | ARTICLES:
            return None
        e = i
        longest = 13 if self.lang == "fr" else 9  # (French chains complements: "La responsable de l'agence pour
        while e < k and e - i < longest:          # l'emploi de Sarrebruck")
            tok = toks[e]
            if tok.text in (")", "]"):
                return None  # the words close a bracket opened before them: not a clause's subject ("… Ms widen) said")
            if tok.text in (",", "(", QUOTE_TOKEN, ";", ":") or tok.lower in RELATIVES or tok.lower in BE_FORMS or \
                    tok.lower in FINITE_AUXILIARIES or self.lang == "fr" and tok.lower in FR_AUX or \
                    e > i and not tok.is_cap and \
                    tok.lower.endswith(("ant", "ing")) and len(tok.lower) > 5:
                break
            e += 1
        bare_plural = e == k and toks[i].is_word and toks[e - 1].lower.endswith("s") and \
            not any(t.lower in FUNCTION_WORDS or not t.is_word for t in toks[i:e])  # "online server trackers noted"
        if e == i or e - i >= longest or not (toks[i].is_cap or toks[i].lower in DETERMINERS or
                                              toks[i].lower in ARTICLES or bare_plural):
            return None
        if e < k and not (toks[e].text in (",", "(") or toks[e].lower in RELATIVES or
                          toks[e].lower.endswith(("ant", "ing"))) and not self._perfect_of_cue(toks, e, k):
            return None  # a verb of its own before the cue: no simple subject
        if any(t.text in (QUOTE_TOKEN, ";", ":") for t in toks[e:k]) or toks[e].text == "," and \
                (toks[k - 1].text != "," or any(t.lower in BE_FORMS or t.lower in FINITE_AUXILIARIES
                                                for t in toks[e:k])):
            return None  # after a comma, only an apposition closed by a comma before the cue
        j = i + 1 if toks[i].lower in ARTICLES and i + 1 < e else i
        name = sent.mention_starting(j)
        if name is not None and name.kind == "name" and name.tok_end <= e and \
                (name.tok_end == e or toks[name.tok_end].lower in NP_JOINERS):
            return name
        last = next((m for m in sent.mentions if m.kind == "name" and i < m.tok_start and m.tok_end == e and
                     m.entity is not None and m.entity.kind in ("person", "unknown")), None)
        if last is not None and last.entity.kind == "person" and \
                not any(t.lower in OF_WORDS for t in toks[i:last.tok_start]):
            return last  # "Dog behaviour expert John Bradshaw, …", "le représentant Bill Shuster (R-Pa.)"
        if last is not None and self.lang == "en" and len(last.words) > 1 and \
                en_title_domain(toks, last.tok_start, self.lex):
            return last  # "Justice of Appeal Nirmala X, delivering the judgment, said": the title's holder
        if name is not None:
            return None
        content = [t for t in toks[i:e] if t.is_word and t.lower not in DETERMINERS and t.lower not in ARTICLES]
        if not content or any(t.is_cap for t in toks[i + 1:e]) and not toks[i].is_cap and \
                toks[i].lower not in DETERMINERS | ARTICLES:
            return None
        if toks[i].is_cap and toks[i].lower not in DETERMINERS | ARTICLES and e - i == 1:
            tok = toks[i]  # "Airbus indique que …": a name the finder left out at the sentence start
            return Mention("name", tok.start, tok.end, tok.text, i, i + 1, words=(tok.bare,))
        words = tuple(t.lower for t in toks[first:e])
        return Mention("description", toks[first].start, toks[e - 1].end, sent_text(sent, first, e - 1), first, e,
                       head=content[0].lower, words=words, definite=toks[i].lower not in INDEFINITE and not bare_plural)

    def _cue_speaker_inverted(self, sent: Sentence, k: int, k_end: int, cue: Cue) -> Mention | None:
        if cue.pronoun is not None or cue.info.form in ("source", "person"):
            return self._cue_speaker(sent, k, k_end, cue)
        return self._np_after_cue(sent, k_end)

    def _np_after_cue(self, sent: Sentence, k_end: int) -> Mention | None:
        m = np_after(sent, k_end, self.lex)
        if m is None and self.lang == "en":
            m = occupation_before_name(sent, k_end)  # "said oceanographer Clíodhna Mac Suibhne"
        return (self._named_after_bracket(sent, m) or m) if m is not None and self.lang == "en" else m

    def _role_words_before(self, start: int, limit: int) -> int:
        """Where the lowercase role words written as a title before the name at `start` begin ("and baker Ana
        Ruiz said", "and retired nurse Ana Ruiz said"); `start` when there are none."""
        anchor = start
        for _ in range(3):
            word = PREVIOUS_WORD_RE.search(self.text, limit, anchor)
            if word is None or not word.group(1).islower() or not (
                    is_role(word.group(1), self.lex) or word.group(1) in self.lex.nationalities):
                break
            anchor = word.start(1)
        return anchor

    def _reported_candidates(self) -> list[Candidate]:
        out = []
        for sent in self.sentences:
            found = []
            for kk, kk_end, cue in self._cues(sent):
                cand = self._reported(sent, kk, kk_end, cue)
                if cand is not None:
                    found.append(cand)
                    second = self._after_inverted(sent, kk, kk_end, cand) if self.lang == "en" else None
                    if second is not None:
                        found.append(second)
            if self.lang == "en" and len(found) > 1:
                for c in found:
                    for inner in found:
                        self._cut_before_clause(c, inner)
            if found:  # (most sentences report nothing)
                out.extend(c for c in found if not any(self._relays(c, inner) or self._opens_with_source(c, inner)
                                                       or self._found_in(c, inner) for inner in found))
        return out

    def _cut_before_clause(self, outer: Candidate, inner: Candidate) -> None:
        """ "Aune said the firm would review its dividend, while Adeyemo said investors would want more": a
        report that runs over the clause of another speaker's cue, joined by a link, ends before the link."""
        m = inner.mention
        if inner is outer or m is None or inner.cue is None or not outer.start < m.start < outer.end or \
                not outer.start < inner.cue.start < outer.end:
            return
        anchor = self._role_words_before(m.start, outer.start) if self.lang == "en" and m.kind == "name" else m.start
        found = CLAUSE_LINK_BEFORE_RE.search(self.text, outer.start, anchor)
        if found is None and self.lang == "en" and m.kind == "name" and m.entity is not None and \
                m.entity.kind in ("person", "unknown"):
            found = NAME_LINK_BEFORE_RE.search(self.text, outer.start, anchor)  # "… pressure and Bisimwa, …"
        if found is not None and found.end() == anchor:
            outer.end = found.start()
            outer.words = len(self.text[outer.start:outer.end].split()) if outer.words else 0

    def _relative_antecedent(self, sent: Sentence, rel: int) -> Mention | None:
        """ "It cannot justify the findings of a report that says …": a document or a body, with its article and
        at most two words before its noun, is the subject of the relative clause's cue."""
        toks = sent.tokens
        head = toks[rel - 1].lower
        if not (head in DOCUMENT_HEADS or is_org_noun(head, self.lex)) or is_role(head, self.lex):
            return None
        a = next((i for i in range(rel - 2, max(-1, rel - 5), -1) if toks[i].lower in ("a", "an", "the")), None)
        if a is None or any(not t.is_word or t.is_cap for t in toks[a + 1:rel - 1]):
            return None
        words = tuple(t.lower for t in toks[a:rel])
        return Mention("description", toks[a].start, toks[rel - 1].end, self.text[toks[a].start:toks[rel - 1].end],
                       a, rel, head=head, words=words, definite=words[0] == "the")

    def _after_inverted(self, sent: Sentence, k: int, k_end: int, cand: Candidate) -> Candidate | None:
        """ "Inflation would fall, he told a news conference, but wages were still rising too fast.": a clause
        joined by "but" after an inverted cue is the same speaker's second reported span; after "and", only a
        statement's verb, not a narrated event's past ("…, firefighters said, and a neighbour raised the alarm")."""
        toks, n, m = sent.tokens, len(sent.tokens), cand.mention
        if m is None or cand.end > toks[min(k, m.tok_start)].start:
            return None
        j = max(k_end, m.tok_end)
        while j < n and j - k_end <= 5 and toks[j].is_word and toks[j].lower not in ("but", "and"):
            j += 1  # the cue's object or time words: "told a news conference", "said on Thursday"
        if j + 2 >= n or toks[j].text != "," or toks[j + 1].lower not in CONTRASTS | {"and"} or \
                not (self._finite_verb_follows(sent, j + 1, past=toks[j + 1].lower != "and") or
                     any(self._present_after_noun(sent, q) for q in range(j + 2, min(n, j + 5))) or
                     self._plural_then_verb(toks, j + 2)) or \
                any(t.text == QUOTE_TOKEN for t in toks[j + 2:]) or \
                any(kk > j and self._speaker_before(toks[kk - 1]) for kk, _, _ in self._cues(sent)):
            return None
        span = self._span(sent, j + 2, n)
        if span is None:
            return None
        second = Candidate(span[0], span[1], "reported", toks[k].start, None, sent.block, cue=cand.cue, mention=m,
                           headline=sent.headline, via="reporting clause")
        second.words = len(self.text[span[0]:span[1]].split())
        return second

    def _speaker_before(self, tok: Token) -> bool:
        """The word before a cue may be who speaks through it: a name's, a pronoun, a role or a body's noun (not
        "to decline", "be repeated", "kittiwakes continue")."""
        low = _bare(tok.lower)
        return tok.is_cap or low in self.lex.pronouns or is_role(low, self.lex) or is_org_noun(low, self.lex) or \
            low.endswith("s") and is_role(low[:-1], self.lex)

    @staticmethod
    def _plural_then_verb(toks: list[Token], q: int) -> bool:
        """ "kittiwakes continue to decline", "prices remain high": a bare plural noun, then a verb's plain form."""
        if q + 2 >= len(toks):
            return False
        noun, verb = toks[q], toks[q + 1]
        return noun.is_word and not noun.is_cap and noun.lower.endswith("s") and not noun.lower.endswith("ss") and \
            noun.lower not in FUNCTION_WORDS and verb.is_word and not verb.is_cap and verb.lower not in FUNCTION_WORDS \
            and not verb.lower.endswith(("s", "ly", "ing")) and toks[q + 2].is_word

    def _found_in(self, outer: Candidate, inner: Candidate) -> bool:
        """ "Some trustees had argued that …, according to the minutes": a trailing source that holds a report
        with a speaker of its own is where the report was found; the inner report is kept, cut before the source,
        and the source keeps only what comes before the inner report's clause ("X is suing, as it claims …")."""
        if inner is outer or outer.cue is None or outer.cue.info.form != "source" or outer.cue.start < outer.end or \
                inner.cue is None or inner.mention is None or inner.mention.kind == "pronoun" and \
                inner.mention.gender == "first" or not outer.start <= inner.cue.start < inner.start < outer.end:
            return False
        if inner.end > outer.cue.start:
            inner.end = len(self.text[:outer.cue.start].rstrip(" ,\u00a0"))
            inner.words = len(self.text[inner.start:inner.end].split()) if inner.words else 0
        words = [(w.group(), w.end()) for w in NON_SPACE_RE.finditer(self.text, outer.start,
                                                                      min(inner.mention.start, inner.cue.start))]
        while words and (words[-1][0].strip(",").lower() in REPORT_LINKS or not words[-1][0].strip(",;:—–-")):
            words.pop()  # "…, as it claims", "…, car il prétend"
        if len(words) < 3:
            return True
        outer.end = words[-1][1]
        while outer.end > outer.start and self.text[outer.end - 1] in ",;: ":
            outer.end -= 1
        outer.words = len(self.text[outer.start:outer.end].split()) if outer.words else 0
        return False

    def _opens_with_source(self, outer: Candidate, inner: Candidate) -> bool:
        """ "X said that, according to the lawyer, Y would …": a report whose words open with another source's
        cue gives those words to that source; the inner report is kept, the outer one dropped."""
        return inner is not outer and inner.cue is not None and inner.mention is not None and \
            outer.cue is not None and outer.cue.end <= outer.start and outer.cue.start != inner.cue.start and \
            outer.start <= inner.cue.start < inner.start and inner.end <= outer.end and \
            outer.end - inner.end <= 2 and not self.text[outer.start:inner.cue.start].strip(" ,\u00a0")

    def _relays(self, outer: Candidate, inner: Candidate) -> bool:
        """ "Certains médias ont rapporté que des membres d'Aube dorée avaient soutenu que …": the outer report
        only relays the inner one, whose speaker and words it holds whole; the inner one is kept."""
        m = inner.mention
        return inner is not outer and m is not None and m.kind != "pronoun" and outer.start <= m.start and \
            inner.end <= outer.end and \
            self.text[outer.start:m.start].strip().lower() in ("", "the", "le", "la", "les", "l'", "l’") and \
            inner.cue is not None and outer.start <= inner.cue.start < outer.end and \
            outer.end - inner.end <= 2

    def _reported(self, sent: Sentence, k: int, k_end: int, cue: Cue) -> Candidate | None:
        toks = sent.tokens
        n = len(toks)
        m = self._cue_speaker(sent, k, k_end, cue)
        if m is None and self.lang == "fr" and k > 0 and toks[k - 1].text == "," and cue.info.form == "finite":
            m = self._indefinite_after(sent, k_end, cue)  # "…, se souvient un ancien mineur de Carmaux."
            if m is not None and not (is_role(m.head, self.lex) or is_org_noun(m.head, self.lex) or
                                      m.head.endswith(AGENT_ENDINGS)):
                m = None  # "…, réclamait un changement de politique": an object, not who speaks
        if m is None and self.lang == "en" and cue.info.form == "finite" and k > 1 and toks[k - 1].lower in ("that",
                                                                                                         "which"):
            m = self._relative_antecedent(sent, k - 1)  # "cited a report that says …"
        if m is None and cue.info.form == "finite" and cue.pronoun is None and k > 0 and \
                "impersonal" not in cue.info.tags and not is_passive(toks, k) and \
                toks[k - 1].text != QUOTE_TOKEN:
            m = self._opening_subject(sent, k)
            m = self._document_source(sent, m) if m is not None else None
            m = None if m is not None and self._fr_event(m) else m
            named = apposition_name(sent, m) if m is not None and m.kind == "description" and m.head else None
            if named is not None and named.tok_start >= m.tok_end:  # set off after it, not a name inside it
                m = widened(named, m)  # "The Tory leader in the Senedd, X, said that"
            elif self.lang == "en" and m is not None and m.kind == "name":
                m = self._role_of_body_named(sent, m, k) or m
            span = self._that_clause(sent, k_end, cue) if m is not None else None
            if span is None or self._attaches_to_quote(sent, m.tok_start, k_end):
                return None
            cand = Candidate(span[0], span[1], "reported", min(span[0], m.start), None, sent.block, cue=cue,
                             mention=m, headline=sent.headline, via="reporting clause, subject opening it")
            cand.words = len(self.text[span[0]:span[1]].split())
            return cand
        if m is None or m.kind == "pronoun" and m.gender == "first":
            return None
        after_cue = m.tok_start >= k_end
        if self.lang == "fr" and after_cue and k > 0 and toks[k - 1].text == ",":
            m = self._fr_complement_tail(sent, m)  # "…, rappelle l'Agence pour l'information sur le logement."
        a = m.tok_start
        if not after_cue and m.kind == "description" and a >= 3 and toks[a - 1].lower in ("and", "et") and \
                toks[a - 2].is_word and not toks[a - 2].is_cap and toks[a - 2].lower not in FUNCTION_WORDS and \
                toks[a - 3].text == ",":  # "…, medical and security sources in Gaza report."
            m = Mention("description", toks[a - 2].start, m.end, self.text[toks[a - 2].start:m.end], a - 2,
                        m.tok_end, head=m.head, words=(toks[a - 2].lower, toks[a - 1].lower) + m.words,
                        definite=m.definite)
        clause_begin = k if after_cue or cue.pronoun is not None else min(k, m.tok_start)
        if after_cue and self.lang == "en" and k >= 3 and toks[k - 2].lower == "it" and toks[k - 3].text == "," \
                and toks[k - 1].lower in BE_FORMS:
            clause_begin = k - 2  # "…, it was reported by the Yorkshire Post."
        if clause_begin > 1 and clause_begin == m.tok_start and toks[clause_begin - 1].lower in ARTICLES:
            clause_begin -= 1  # "…, the Food Standards Agency announced": the name's article opens the clause
        if self.lang == "en" and not after_cue and m.kind == "name" and clause_begin == m.tok_start and \
                clause_begin > 2 and toks[clause_begin - 1].text == ",":
            lead = self._lead_to_comma(sent, clause_begin - 1, opening=True)
            if lead is not None and any(is_role(t.lower, self.lex) or is_org_noun(t.lower, self.lex) and t.is_word
                                        and not t.is_cap for t in toks[lead:clause_begin - 1]):
                # "…, the Bank's deputy governor, Lydia Amberley, told a press conference.", "Britain's biggest
                # retailer, Tesco, said"
                clause_begin = lead
        clause_end = max(k_end, m.tok_end) if after_cue else k_end
        comma = clause_end
        if after_cue and m.kind == "description" and comma < n and toks[comma].lower in PREPOSITIONS_TAIL:
            while comma < n and comma - clause_end <= 10 and toks[comma].is_word and not toks[comma].is_cap:
                comma += 1  # "l'expert en matière de violences sexuelles, le Professeur Stephen Smallbone"
        if after_cue and m.kind == "description" and comma + 1 < n and toks[comma].text == ",":
            j = comma + 1
            while j < n and j - comma <= 6 and toks[j].is_word and not toks[j].is_cap and \
                    sent.mention_starting(j) is None:
                j += 1  # "…, le porte-parole du ministère, le général de police Abdel Latif."
            titled = sent.mention_starting(j)
            if titled is None or not (any(is_role(t.lower, self.lex) for t in toks[comma + 1:j]) or
                                      titled.head and j - comma <= 2):
                titled = sent.mention_starting(comma + 1)
            named = titled
            if named is not None and comma > clause_end and (named.entity is None or named.entity.kind != "person"):
                named = None
            if named is not None and named.kind == "name" and self._tail_only(sent, named.tok_end):
                m, clause_end = named, named.tok_end  # "…, raconte une des participantes, Andrea."
            elif named is not None and named.kind == "name" and self._affiliation_tail(sent, named.tok_end):
                m, clause_end = named, n
        prev = toks[clause_begin - 1].text if clause_begin > 0 else None
        if self._attaches_to_quote(sent, clause_begin, clause_end):
            return None
        span = None
        if self.lang == "fr" and cue.info.form == "source" and after_cue and clause_end < n and \
                toks[clause_end].text != "," and (prev is None or toks[clause_begin - 1].lower in LEADING_WORDS):
            wider = self._source_to_comma(sent, m, clause_end)  # "Selon une étude portant sur 40 000 adultes, …"
            if wider is not None:
                m, clause_end = wider, wider.tok_end
        if cue.info.form in ("source", "person"):
            opened = self._open_parenthesis(sent, clause_begin)
            if prev == "," and opened is not None and clause_end < n and toks[clause_end].text == ")":
                span = self._span(sent, opened + 1, clause_begin - 1)  # "(le sixième cette année, selon Haaretz)"
            elif prev == "," and self._tail_only(sent, clause_end):  # "…, according to X, an analyst at Y."
                span = self._span(sent, self._clause_begin(sent, clause_begin - 1), clause_begin - 1)
            elif (prev is None or prev == "," or toks[clause_begin - 1].lower in LEADING_WORDS) and \
                    clause_end < n and toks[clause_end].text == ",":
                span = self._span(sent, clause_end + 1, n)
            elif cue.info.form == "source" and (prev is None or toks[clause_begin - 1].lower in LEADING_WORDS) and \
                    clause_end < n and toks[clause_end].is_word and \
                    (_bare(toks[clause_end].lower) in CLAUSE_STARTERS or self._finite_verb_follows(sent, clause_end)):
                span = self._span(sent, clause_end, n)  # "According to the State Government these procedures will"
            elif cue.info.form == "source" and prev is not None and prev not in ATTACHED_PUNCTUATION and \
                    self._tail_only(sent, clause_end) and self._source_named(m):
                # "le marché s'est établi à 15,3 millions selon les estimations d'Adam Jonas": no comma
                span = self._span(sent, self._clause_begin(sent, clause_begin), clause_begin)
        else:
            if prev != "," and not after_cue and self.lang == "en" and self._subject_reaches(sent, m, k):
                lead = self._lead_to_comma(sent, clause_begin)  # "…, immigration minister Marc Lévesque announced"
                if lead is not None:
                    clause_begin, prev = lead, ","
                    m = self._dashed_name(sent, m, lead) if m.kind == "name" else m
            if prev == "," and ("weak" not in cue.info.tags or after_cue or
                                all(t.text in TERMINAL or is_adverb(t, self.lang) or
                                    self.lang == "en" and (t.lower in TIME_WORDS or t.lower in MONTHS_EN or
                                                           t.text.isdigit()) for t in toks[clause_end:]) or
                                self._participle_tail(sent, clause_end)):
                # a weak cue closing the sentence is inverted: "…, medical sources in Gaza report."
                tail = clause_end
                if self.lang == "en" and not after_cue and "object" in cue.info.tags and clause_end < n and \
                        self._subject_reaches(sent, m, k, apposed=True):
                    tail = self._object_end(sent, clause_end)  # "…, a police source told the Echo."
                if self._tail_only(sent, tail) and not (self.lang == "fr" and not after_cue and
                                                        self._fr_infinitive_after_adverbials(sent, tail) > tail):
                    # ("Poursuivi pour …, X a nié mardi avoir …": the infinitive is what was said)
                    span = self._span(sent, self._clause_begin(sent, clause_begin - 1), clause_begin - 1)
                if span is None and clause_end < n and toks[clause_end].text == ",":
                    begin = self._clause_begin(sent, clause_begin - 1)
                    lead = [t for t in toks[begin:clause_begin - 1] if t.is_word]
                    # "In exchange, Washington and Seoul say, Russia provided ...": the content follows
                    first, last = (clause_end + 1 if len(lead) <= 3 else begin), n
                    if self.lang == "en" and clause_end + 1 < n and toks[clause_end + 1].lower in TAIL_LINKS:
                        first, last = begin, clause_begin - 1  # "…, the minister said, but …": the lead
                    span = self._span(sent, first, last)
                if span is None and self.lang == "en" and clause_end < n and toks[clause_end].lower in TIME_WORDS:
                    j = clause_end
                    while j < n and j - clause_end < 3 and toks[j].lower in TIME_WORDS:
                        j += 1
                    if j + 1 < n and toks[j].text == "," and toks[j + 1].lower in TAIL_LINKS:
                        # "…, the airport said on Friday, as demand held up": the lead, before a linked clause
                        span = self._span(sent, self._clause_begin(sent, clause_begin - 1), clause_begin - 1)
            if span is None:
                span = self._that_clause(sent, clause_end, cue)
        if span is None:
            return None
        start, end = self._relative_end(sent, k, span)
        cand = Candidate(start, end, "reported", min(start, toks[k].start), None, sent.block,
                          cue=cue, mention=m, headline=sent.headline, via="reporting clause")
        cand.words = len(self.text[start:end].split())
        return cand

    def _participle_tail(self, sent: Sentence, j: int) -> bool:
        """ "…, The Scotsman reported on Thursday, citing council papers.": in English, only time words and
        adverbs, then a participle clause set off by a comma, follow a weak cue closing its sentence."""
        toks = sent.tokens
        if self.lang == "en" and self._medium_tail(toks, j):
            return True
        comma = next((c for c in range(j, len(toks)) if toks[c].text == ","), None)
        if self.lang != "en" or comma is None or comma + 1 >= len(toks) or \
                not all(is_adverb(t, self.lang) or t.lower in TIME_WORDS for t in toks[j:comma]):
            return False
        nxt = toks[comma + 1]
        return nxt.is_word and not nxt.is_cap and nxt.lower.endswith("ing") and len(nxt.lower) > 4

    @staticmethod
    def _medium_tail(toks: list[Token], j: int) -> bool:
        """ "…, researchers reported in the journal Nature on Wednesday.": where the words appeared (a
        preposition, a medium's noun, its name), then time words only, to the end of the sentence."""
        end = len(toks)
        while end > j and (toks[end - 1].text in TERMINAL or toks[end - 1].lower in TIME_WORDS):
            end -= 1
        if end - j < 2 or end - j > 7 or toks[j].lower not in ("in", "on"):
            return False
        words = toks[j + 1:end]
        return any(t.lower in MEDIUM_NOUNS for t in words) and \
            all(t.is_word and (t.is_cap or t.lower in MEDIUM_NOUNS or t.lower in DETERMINERS) for t in words)

    def _relative_end(self, sent: Sentence, k: int, span: tuple[int, int]) -> tuple[int, int]:
        """ "Wold, who once said he hated long meetings, spoke first": in English, a report inside a relative
        clause set off by commas ends where the relative clause does, at its closing comma."""
        toks = sent.tokens
        i = k - 1
        while i > 0 and (is_adverb(toks[i], self.lang) or toks[i].lower in PERFECT_AUXILIARIES):
            i -= 1
        if self.lang != "en" or i < 1 or toks[i].lower not in ("who", "which") or toks[i - 1].text != ",":
            return span
        comma = next((t for t in toks[k + 1:] if t.text == "," and span[0] < t.start < span[1]), None)
        if comma is None or len(self.text[span[0]:comma.start].split()) < 3:
            return span  # ("who said the plan, which cost millions, was flawed": not "the plan")
        return span[0], comma.start

    def _lead_to_comma(self, sent: Sentence, b: int, opening: bool = False) -> int | None:
        """ "…, immigration minister Marc Lévesque announced", "…, the Assistance Publique - Hôpitaux de Paris
        said", "…, his former club Real de Banjul said": the words that describe the speaker before its name, back to the comma closing the reported clause
        (no function word but an article or "of", no cue, at most eight tokens); with `opening`, back to the
        sentence's start too ("Britain's biggest retailer, Tesco, said")."""
        toks = sent.tokens
        if opening and 0 < b <= 8 and all((t.is_word or t.text in ("-", "–", "'s", "’s", "'", "’")) and
                                          not self._is_cue_token(t) and
                                          (t.lower not in FUNCTION_WORDS or t.lower in ("the", "a", "an", "of", "'s",
                                                                                        "’s")) for t in toks[:b]):
            return 0
        for j in range(b - 1, max(-1, b - 11), -1):
            t = toks[j]
            if t.text == ",":
                return j + 1 if j + 1 < b and j > 0 else None
            if not (t.is_word or t.text in ("-", "–", "'s", "’s", "'", "’")) or \
                    self._is_cue_token(t) and not (t.is_cap and j > 0) or \
                    t.lower in FUNCTION_WORDS and t.lower not in ("the", "a", "an", "of", "'s", "’s") and \
                    not (t.lower in ("de", "du", "des") and toks[j + 1].is_cap) and \
                    not (self.lang == "en" and t.lower in ("his", "her", "its", "their") and j > 0 and
                         toks[j - 1].text == ",") and \
                    not (t.lower in ("for", "and", "&") and j > 0 and toks[j - 1].is_cap and toks[j + 1].is_cap):
                return None  # ("Hospices Civils de Lyon", "Secretary of State X", "Minister for Business and Energy X")
        return None

    def _subject_reaches(self, sent: Sentence, m: Mention, k: int, apposed: bool = False) -> bool:
        """The speaker `m` is the subject of the cue at k: right before it, or past adverbs, an affiliation ("of
        Griffith University") or, with `apposed`, an apposition set off by commas ("Mazanga, Renamo's spokesman,")."""
        toks = sent.tokens
        j = m.tok_end
        if j < k and toks[j].lower in ("of", "from", "at"):
            j += 1
            while j < k and (toks[j].is_cap or toks[j].lower in ("the", "of", "de")):
                j += 1
        if j == k or self._only_adverbs(sent, j, k):
            return True
        if apposed and self.lang == "en" and j == k - 1 and toks[j].text == "," and m.tok_start > 0 and \
                toks[m.tok_start - 1].text == ",":
            return True  # "…, the deputy governor, Lydia Amberley, told a press conference": a name set off
        return apposed and j < k - 1 and toks[j].text == "," and toks[k - 1].text == "," and \
            not any(t.text == "," for t in toks[j + 1:k - 1])

    def _dashed_name(self, sent: Sentence, m: Mention, lead: int) -> Mention:
        """ "…, the Assistance Publique - Hôpitaux de Paris (AP-HP) said": a body's name joined by a dash, which
        the name finder cuts, is the capitalised run from the comma."""
        toks = sent.tokens
        i = lead + 1 if toks[lead].lower == "the" else lead
        run = toks[i:m.tok_start]
        if not run or not any(t.text in ("-", "–") for t in run) or \
                not all(t.is_cap or t.text in ("-", "–") or t.lower in ("de", "of", "du", "des") for t in run):
            return m
        end = m.name_span[1] if m.name_span is not None else m.end
        text = self.text[toks[i].start:end]
        return Mention("name", toks[i].start, end, text, i, m.tok_end, words=tuple(text.split()))

    def _object_end(self, sent: Sentence, q: int) -> int:
        """After "told": past whom the words were told ("the Gloucestershire Echo", "a news conference")."""
        toks = sent.tokens
        j = self._skip_object(sent, q)
        if toks[q].lower in ("a", "an", "the", "his", "her", "its", "their") and \
                (j >= len(toks) or toks[j].is_word and toks[j].lower not in PREPOSITIONS_TAIL and
                 toks[j].lower not in TIME_WORDS):
            j = q + 1  # "a news conference": lower-case words after the determiner
            while j < len(toks) and j - q <= 4 and toks[j].is_word and toks[j].lower not in FUNCTION_WORDS and \
                    not self._is_cue_token(toks[j]):
                j += 1
        return j

    def _source_to_comma(self, sent: Sentence, m: Mention, j: int) -> Mention | None:
        """ "Selon le Canard enchaîné, …", "Selon une étude portant sur 40 000 adultes, …": the source named at
        the start of the sentence runs to the comma that opens what it reports, when only its own words (no verb,
        no relative, no cue) stand between."""
        toks = sent.tokens
        comma = next((c for c in range(j, min(len(toks), j + 7)) if toks[c].text == ","), None)
        if comma is None or comma == j or any(
                not (t.is_word or t.text in ("'", "’", "-")) or t.lower in FR_AUX or t.lower in FR_ETRE or
                t.lower in RELATIVES or t.lower in ("que", "qu'", "qu’", "dont", "où") or self._is_cue_token(t)
                for t in toks[j:comma]):
            return None
        words = tuple(t.lower for t in toks[m.tok_start:comma])
        text = sent_text(sent, m.tok_start, comma - 1)
        return Mention("description", m.start, toks[comma - 1].end, text, m.tok_start, comma,
                       head=m.head or next((w for w in words if w not in DETERMINERS and w not in ARTICLES), ""),
                       words=words, definite=words[0] not in INDEFINITE)

    def _attaches_to_quote(self, sent: Sentence, begin: int, end: int) -> bool:
        """ `“…,” he said` or `he said: “…”`: the clause attributes a direct quote, it reports nothing."""
        toks = sent.tokens
        j = begin - 1
        while j >= 0 and toks[j].text in (",", "—", "–"):
            j -= 1
        if j >= 0 and toks[j].text == QUOTE_TOKEN and j == begin - 1 - sum(1 for t in toks[j + 1:begin]
                                                                            if t.text in (",", "—", "–")) and \
                not self._that_follows(sent, end):  # "“due diligence,” Martin told CNN's X that …" reports
            q = self.marked[sent.quote_tokens[j]]
            if self.text[q.start:q.end].rstrip()[-1:] in TERMINAL | {","} or toks[j + 1:begin] or \
                    j == 0 or toks[j - 1].text in (":", ".", QUOTE_TOKEN):
                return True
        j = end
        while j < len(toks) and (toks[j].lower in TIME_WORDS or toks[j].is_word and j - end < 6 and
                                 toks[j].lower not in ("that", "que", "qu'", "qu’")):
            j += 1
        if j < len(toks) and toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].text != QUOTE_TOKEN:
            close = next((c for c in range(j + 1, min(len(toks), j + 10)) if toks[c].text in (",", ":")), None)
            if close is not None and all(t.is_word or t.text in ("'", "’", "-") for t in toks[j + 1:close]):
                j = close  # "pour X, du Centre des études politiques, « … »"
        if j < len(toks) and toks[j].text in (":", ",") and j + 1 < len(toks) and toks[j + 1].text == QUOTE_TOKEN:
            return True
        return False

    def _that_follows(self, sent: Sentence, j: int) -> bool:
        """ "that" or "que" within a few words after token j (an addressee between): a complement clause follows."""
        toks = sent.tokens
        for q in range(j, min(len(toks), j + 8)):
            if toks[q].lower in ("that", "que", "qu'", "qu’"):
                return q == j or toks[q - 1].lower not in CONJUNCTION_HEADS
            if not toks[q].is_word:
                return False
        return False

    def _affiliation_tail(self, sent: Sentence, j: int) -> bool:
        """ "… Stephen Smallbone de l'université de Griffith devant la Commission.": where the speaker works,
        then adverbials, to the end of the sentence."""
        toks = sent.tokens
        rest = [t for t in toks[j:] if t.text not in TERMINAL]
        return bool(rest) and rest[0].lower in ("de", "du", "des", "d'", "d’", "of", "from", "at") and \
            len(rest) <= 14 and all(t.is_word or t.text in ("'", "’", "-") for t in rest) and \
            not any(self._is_cue_token(t) or t.lower in ("que", "qu'", "qu’", "qui", "that", "who", "which")
                    for t in rest)

    def _quoted_title(self, tok) -> bool:
        """ "une lettre publiée par le journal « East Hampton Star »": in French, marks around a few capitalised
        words without punctuation name a title, they quote no one."""
        if self.lang != "fr":
            return False
        inner = self.text[tok.start:tok.end].strip(QUOTE_MARK_CHARS + " \u00a0\u202f")
        return inner[:1].isupper() and len(inner.split()) <= 6 and not any(c in inner for c in ".,;:!?…")

    def _tail_only(self, sent: Sentence, j: int) -> bool:
        """Only adverbials, an apposition or a relative clause follow token j to the end of the sentence."""
        toks = sent.tokens
        rest = [t for t in toks[j:] if t.text not in TERMINAL and t.text not in ("»", "”", ")", "...")]
        if not rest:
            return True
        named = {i for m in sent.mentions if m.kind == "name" for i in range(m.tok_start, m.tok_end)}
        if self.lang == "en" and len(rest) > 2 and rest[0].text == "," and self._possessive_role(sent, j + 1):
            return True  # "…, according to Aemet, Spain's state weather agency." (after "'s", a noun)
        # (English) "…, the survey said in its report, but kittiwakes continue to decline": a clause of its own
        # after ", but" / ", and" may hold any verb
        cut = next((i for i in range(j, len(toks) - 1) if toks[i].text == "," and toks[i + 1].lower in ("and", "but")),
                   len(toks)) if self.lang == "en" else len(toks)
        # (English) "…, X told Parliament on Tuesday, calling the slump “the worst”": quoted words in a participle
        # clause set off after the cue are the same speaker's, and leave the cue a tail (where the words before
        # the cue hold no quotation of their own: "“…” will be signed, he said, referring to “…”")
        apposed = next((i for i in range(j, len(toks) - 1) if toks[i].text == "," and
                        toks[i + 1].lower.endswith("ing") and not toks[i + 1].is_cap), len(toks)) \
            if self.lang == "en" and not any(t.text == QUOTE_TOKEN for t in toks[:j]) else len(toks)
        if any(t.text == ";" or t.text == QUOTE_TOKEN and not self._quoted_title(t) and t.start < toks[apposed - 1].end
               for t in rest) or \
                any(self._is_cue_token(t) and not (t.is_cap and i in named) and
                    not (self.lang == "en" and t.lower.endswith("ing") and toks[i - 1].text == ",") and
                    not toks[i - 1].lower in DETERMINERS  # "dans une note", "a think tank": a noun
                    for i, t in enumerate(toks[j:cut], j)):
            return False  # a cue word inside a name ("Nordic Post") is no cue; "…, blaming X" goes with the cue
        if self.lang == "en" and rest[0].lower in ("of", "from", "at") and self._affiliation_tail(sent, j):
            return True  # "…, said Station Manager Owen Bevan of the London Fire Brigade."
        if self.lang == "en" and rest[0].lower in ("who", "whose") and len(rest) <= 12:
            return True  # "…, according to a senior officer who was at the scene."
        if rest[0].text != ",":
            if all(is_adverb(t, self.lang) for t in rest):
                return True  # "…, assure-t-il également."
            if self.lang == "fr" and len(rest) <= 8 and self._fr_participle(rest[0]) and \
                    not any(t.lower in ("que", "qu'", "qu’") for t in rest):
                return True  # "…, souligne une étude de la Fondation X publiée mercredi", "…, ce témoin cité par l'AFP"
            if self.lang == "en" and len(rest) <= 10 and len(rest[0].lower) > 4 and rest[0].lower.endswith("ed") and \
                    len(rest) > 1 and (rest[1].lower in PREPOSITIONS_TAIL or rest[1].lower in TIME_WORDS) and \
                    not any(t.lower == "that" for t in rest):
                return True  # "…, according to a study published on Wednesday in Nature": an apposed participle
            if not (rest[0].lower in PREPOSITIONS_TAIL or rest[0].lower in TIME_WORDS or rest[0].text == "("):
                return False
            if len(rest) <= 12:
                return True
            if self.lang == "fr" and not any(t.lower in ("que", "qu'", "qu’") for t in rest):
                return True  # "…, a révélé X dans une lettre publiée par …, où …": no clause of its own to report
            comma = next((i for i, t in enumerate(rest) if t.text == ","), None)
            # "announced in a letter published by the regional newspaper, East Hampton Star, which …"
            return comma is not None and comma <= 12 and self._tail_only(sent, toks.index(rest[comma]))
        if len(rest) < 2:
            return True
        nxt = rest[1]
        if self.lang == "fr" and self._fr_participle(nxt):
            return True  # "…, se souvient un ancien mineur, venu visiter le chantier": an apposed participle
        k = toks.index(nxt) if nxt in toks else None
        after = toks[toks.index(nxt) + 1].lower if nxt in toks and toks.index(nxt) + 1 < len(toks) else ""
        if self.lang == "en" and nxt.lower in ("and", "but", "amid") and after or \
                self.lang == "en" and nxt.lower == "in" and after in ("a", "an", "another", "what"):
            # "…, the company said on Tuesday, and its shares fell", "…, in another sign that …": a new clause
            return True
        if nxt.lower == "ce" and after in ("qui", "que", "qu'", "qu’"):
            return True  # "…, selon deux sources proches du dossier, ce qui montre …"
        if nxt.lower in ("who", "which", "qui", "dont", "où", "whose") or is_role(nxt.lower, self.lex) or \
                nxt.lower in self.lex.nationalities or nxt.lower.endswith("ing") or nxt.lower.endswith("ant"):
            return True
        named = sent.mention_starting(k) if k is not None else None
        if named is not None and named.kind == "name" and named.tok_end < len(toks) and \
                toks[named.tok_end].text == "," and self._tail_only(sent, named.tok_end):
            return True  # "…, the regional newspaper, East Hampton Star, which …": an apposed name
        if k is not None:
            desc = description_forward(sent, k, self.lex)
            if desc is not None and (is_role(desc.head, self.lex) or is_role(desc.head.rstrip("s"), self.lex) or
                                     self.lang == "en" and is_org_noun(desc.head, self.lex)):
                return True  # (English) "…, according to Shelter, the housing charity."
        return False

    def _fr_participle(self, tok: Token) -> bool:
        low = tok.lower  # ("cité", "interrogé" are function words too: "la cité")
        return not tok.is_cap and len(low) > 3 and (low not in FUNCTION_WORDS or low in FR_CITED) and \
            low.endswith(FR_PARTICIPLE_ENDINGS) and not self._is_cue_token(tok)

    def _possessive_role(self, sent: Sentence, k: int) -> bool:
        """From token k to the end: "Spain's state weather agency", "the group's leader", a possessive noun
        phrase whose head is a role or a body."""
        toks = sent.tokens
        rest = [t for t in toks[k:] if t.text not in TERMINAL]
        cut = next((i for i, t in enumerate(rest) if t.lower.endswith(("'s", "’s"))), None)
        if cut is None or cut > 3 or not 1 <= len(rest) - cut - 1 <= 5:
            return False
        words = rest[cut + 1:]
        return all(t.is_word and not t.is_cap and t.lower not in FUNCTION_WORDS for t in words) and \
            (is_role(words[-1].lower, self.lex) or is_org_noun(words[-1].lower, self.lex))

    def _open_parenthesis(self, sent: Sentence, j: int) -> int | None:
        """The "(" still open before token j in the sentence, if any."""
        for k in range(j - 1, -1, -1):
            if sent.tokens[k].text == ")":
                return None
            if sent.tokens[k].text == "(":
                return k
        return None

    def _clause_begin(self, sent: Sentence, comma: int) -> int:
        toks = sent.tokens
        for j in range(comma - 1, -1, -1):
            if toks[j].text == ";":
                return j + 1
        return 0

    def _fr_infinitive_after_adverbials(self, sent: Sentence, j: int) -> int:
        """Where an infinitive complement starts after the time words, adverbs and prepositional phrases that
        may sit between a French reporting verb and it ("a affirmé lundi vouloir …", "a nié mardi devant la
        commission avoir …", "a raconté à la barre avoir …"); j itself when none follows within a few words.
        After a prepositional phrase only "avoir", "être" or a negated or pronominal infinitive counts: a noun
        may end like an infinitive ("dans une longue lettre")."""
        toks = sent.tokens
        n = len(toks)
        q = fr_time_end(toks, j)
        while q < n and is_adverb(toks[q], "fr") and toks[q].lower not in ("comment", "pourquoi"):
            q += 1  # (not an indirect question: "indiquant comment gérer …")
        if q > j and q < n and self._fr_infinitive_at(toks, q, any_verb=True):
            return q
        if q >= n or toks[q].lower not in PREPOSITIONS_TAIL:
            return j
        for p in range(q + 1, min(n, q + 8)):
            tok, before = toks[p], toks[p - 1]
            if not tok.is_word or tok.text == QUOTE_TOKEN or tok.lower in ("que", "qu'", "qu’") or \
                    self.lex.cue_re.match(self.text, tok.start):
                return j
            if before.lower in DETERMINERS or before.lower in PREPOSITIONS or before.lower in ("de", "d'", "d’"):
                continue  # "la barre", "d'enquête": a noun, or an infinitive that complements one
            if self._fr_infinitive_at(toks, p, any_verb=False):
                return p
        return j

    @staticmethod
    def _fr_infinitive_at(toks: list[Token], p: int, any_verb: bool) -> bool:
        """An infinitive at token p, after a negation and clitics: "avoir", "ne pas s'en souvenir", "vouloir"."""
        n, i = len(toks), p
        if toks[i].lower in ("n'", "n’", "ne") and i + 1 < n:
            i = i + 2 if toks[i + 1].lower in FR_NEGATIONS and i + 2 < n else i + 1
        while i + 1 < n and toks[i].lower in CLITICS:
            i += 1
        word = toks[i].lower
        if toks[i].is_cap or not _infinitive(word):
            return False
        return word in ("avoir", "être") or i > p or any_verb and not word.endswith("re")

    def _fr_complement_tail(self, sent: Sentence, m: Mention) -> Mention:
        """A French speaker after an inverted cue that closes its sentence, with the complements that go on to
        the end ("l'Agence nationale pour l'information sur le logement", "un ancien mineur de Carmaux, venu
        …", "la Direction de la recherche, des études et des statistiques (Drees)"); `m` when none follows or
        the words after them are more than a tail."""
        toks = sent.tokens
        n = len(toks)
        if m.kind == "pronoun" or m.kind == "name" and (m.entity is None or m.entity.kind == "person"):
            return m
        j = end = m.tok_end
        while j < n:
            low = toks[j].lower
            if low in (",", "et") and j + 1 < n and toks[j + 1].lower in FR_COMPLEMENT_LINKS - {"pour", "sur", "et"}:
                j += 1  # "de la recherche, des études et des statistiques": an enumeration of complements
                continue
            if j == end and toks[j].is_cap and toks[j].is_word and toks[j].text != QUOTE_TOKEN:
                j = end = j + 1  # "l'agence régionale de santé (ARS) Grand Est": the rest of its name
                continue
            if low not in FR_COMPLEMENT_LINKS:
                break
            q = j + 1
            while q < n and toks[q].lower in ("la", "le", "les", "l'", "l’"):
                q += 1
            if q >= n or not toks[q].is_word or toks[q].text == QUOTE_TOKEN or toks[q].lower in FUNCTION_WORDS or \
                    self.lex.cue_re.match(self.text, toks[q].start):
                break
            j = q + 1
            while j < n and toks[j].is_word and toks[j].text != QUOTE_TOKEN and toks[j].lower not in FUNCTION_WORDS \
                    and toks[j].lower not in FR_COMPLEMENT_LINKS and \
                    not self.lex.cue_re.match(self.text, toks[j].start) and \
                    not (toks[j - 1].is_cap and not toks[j].is_cap and toks[j].lower.endswith(FR_PARTICIPLE_ENDINGS)):
                j += 1  # an adjective or a name: "de santé Grand Est", "sur le logement social" (not "… publiée")
            end = j
        if end == m.tok_end:
            return m
        close = end + 3 if end + 2 < n and toks[end].text == "(" and toks[end + 1].is_acronym and \
            toks[end + 2].text == ")" else end
        if not self._tail_only(sent, close):
            return m
        text = self.text[m.start:toks[end - 1].end]
        words = tuple(t.lower for t in toks[m.tok_start:end])
        head = m.head or next((w for w in words if w not in ARTICLES), words[0])
        return Mention("description", m.start, toks[end - 1].end, text, m.tok_start, end, gender=m.gender,
                       head=head, words=words, definite=m.definite if m.kind == "description" else True)

    def _that_clause(self, sent: Sentence, j: int, cue: Cue) -> tuple[int, int] | None:
        toks = sent.tokens
        n = len(toks)
        limit = min(n, j + 14)
        if self.lang == "fr" and j + 2 < n and toks[j].lower in ("de", "d'", "d’") and \
                "de-infinitive" in cue.info.tags:
            j += 1  # "promet de ne pas licencier", "menace de quitter la coalition"
            if _infinitive(toks[j].lower):
                return self._span(sent, j, n)
        if self.lang == "fr" and "predicate" not in cue.info.tags and "no-infinitive" not in cue.info.tags:
            j = self._fr_infinitive_after_adverbials(sent, j)  # "a nié mardi devant le tribunal avoir …"
        if self.lang == "fr" and j + 1 < n and toks[j].lower in ("n'", "n’", "ne") and \
                "predicate" not in cue.info.tags and "no-infinitive" not in cue.info.tags:
            i = j + 2 if toks[j + 1].lower in FR_NEGATIONS and j + 2 < n else j + 1
            while i + 1 < n and toks[i].lower in CLITICS:
                i += 1  # "affirme ne pas s'en souvenir"
            if _infinitive(toks[i].lower):
                return self._span(sent, j, n)  # "dit n'avoir jamais vu", "affirme ne pas avoir été prévenu"
        if j < n and ("predicate" in cue.info.tags and toks[j].lower not in PREPOSITIONS and
                      toks[j].lower not in DETERMINERS or self.lang == "fr" and _infinitive(toks[j].lower) and
                      "no-infinitive" not in cue.info.tags):
            return self._span(sent, j, n)  # "s'est déclaré choqué par …", "assurait ignorer le nombre …"
        if j < n and "predicate" in cue.info.tags:
            return None  # "les flammes se sont déclarées dans une maison": no attribute, nothing said
        for q in range(j, limit):
            low = toks[q].lower
            if toks[q].text in (".", ";", "?", "!") or toks[q].text == QUOTE_TOKEN or low in COORDINATION or \
                    low in SUBJECT_PRONOUNS[self.lang] or low in VERB_STOPS[self.lang] or low in BE_FORMS:
                break
            if low in ("that", "que", "qu'", "qu’"):
                verb_adverb = self.lang == "fr" and q - 1 == j and toks[q - 1].lower in ("plutôt", "bien", "ainsi")
                if q > 0 and (toks[q - 1].lower in CONJUNCTION_HEADS and not verb_adverb or low == "that" and
                              toks[q - 1].lower in PREPOSITIONS_TAIL | {"of", "for", "about"}):
                    break  # "pense plutôt que …": the adverb modifies the verb, not "que"
                return self._span(sent, q + 1, n)
            if toks[q].text == ":" and q + 1 < n:
                return self._span(sent, q + 1, n)
            if q > j and self.lex.cue_re.match(self.text, toks[q].start):
                info = self.lex.cue_forms.get(low)
                if info is None or "weak" not in info.tags and info.form != "infinitive":
                    break
        if self.lang != "en":
            return None
        if "to-infinitive" in cue.info.tags and j + 1 < n:
            q = j + 1 if toks[j].lower == "not" else j
            if q + 1 < n and toks[q].lower == "to" and toks[q + 1].is_word and not toks[q + 1].is_cap:
                return self._span(sent, j, n)  # "has promised not to abandon its employees"
        if "gerund" in cue.info.tags and j < n:
            q = j + 1 if toks[j].lower == "not" else j
            if q + 1 < n and toks[q].is_word and not toks[q].is_cap and toks[q].lower.endswith("ing") and \
                    len(toks[q].lower) > 4 and (toks[q].lower not in FUNCTION_WORDS or
                                                toks[q].lower in ("being", "having")):
                end = next((c for c in range(q + 1, n - 1) if toks[c].text == ";" or toks[c].text == "," and
                            toks[c + 1].lower in ("but", "and", "while")), n)
                while end > q + 1 and toks[end - 1].text in TERMINAL:
                    end -= 1
                return (toks[j].start, toks[end - 1].end) if end - j >= 2 else None  # "denied taking bribes, but …"
        if "zero-that" not in cue.info.tags and "clause" not in cue.info.tags:
            return None
        q = j
        if "object" in cue.info.tags and q < n:
            q = self._skip_object(sent, q)
            if q + 1 < n and toks[q].text == "," and q > j:
                close = next((c for c in range(q + 1, min(n, q + 10)) if toks[c].text == ","), None)
                if close is not None and close + 1 < n and _bare(toks[close + 1].lower) in SUBJECT_PRONOUNS["en"]:
                    q = close + 1  # "told Gail Furness, counsel assisting the Commission, he knew …"
        if q + 2 < n and toks[q].lower == "at" and toks[q + 1].lower in ("least", "most") and \
                self._finite_verb_follows(sent, q + 2, past=True):
            return self._span(sent, q, n)  # "say at least four people were hurt": a quantity opens the subject
        number = q + 2 if q + 2 < n and toks[q + 1].lower == "than" else q + 1
        if number + 1 < n and (toks[q].lower in ("more", "fewer", "less") and number == q + 2 or
                               toks[q].lower in APPROXIMATORS) and \
                (toks[number].text[:1].isdigit() or toks[number].lower in NUMBER_WORDS) and \
                self._finite_verb_follows(sent, number, past=True):
            return self._span(sent, q, n)  # "said more than 3,000 sailors died", "said nearly half were …"
        if q + 1 < n and toks[q].lower in PRONOUN_QUANTIFIERS and \
                (toks[q + 1].lower in BE_FORMS or toks[q + 1].lower in FINITE_AUXILIARIES):
            return self._span(sent, q, n)  # "said both were in good health", "said neither had been told"
        if self.lang == "en" and q + 2 < n and toks[q].lower in PRONOUN_QUANTIFIERS | {"all"} and \
                toks[q + 1].is_word and not toks[q + 1].is_cap and toks[q + 1].lower not in FUNCTION_WORDS and \
                (toks[q + 2].lower in BE_FORMS or toks[q + 2].lower in FINITE_AUXILIARIES):
            return self._span(sent, q, n)  # "said both women were right", "said most flights had left"
        while q < n:
            low = toks[q].lower
            if q + 1 < n and (low in WEEKDAYS or low in DAY_DEICTICS) and \
                    toks[q + 1].lower in DAY_SUBJECT_VERBS:
                return self._span(sent, q, n)  # "said Sunday would complete 30 days": the day is the subject
            if low in TIME_WORDS and not (low in TIME_DETERMINERS and q + 1 < n and
                                          toks[q + 1].lower not in TIME_WORDS):
                q += 1
                continue
            if low in ("in", "at", "to", "on", "during"):
                end = self._adverbial_end(sent, q)
                if end is not None:
                    q = end
                    continue
            break
        if q < n and toks[q].text == ",":
            return None
        if q >= n:
            return None
        tok = toks[q]
        if tok.lower in ("this", "these", "those") and not (q + 1 < n and (toks[q + 1].lower in BE_FORMS or
                                                                         toks[q + 1].lower in FINITE_AUXILIARIES)) \
                and not self._finite_verb_follows(sent, q):
            return None  # "note this fascination for biometrics": a demonstrative's noun is an object
        if "clause" in cue.info.tags and not (_bare(tok.lower) in SUBJECT_PRONOUNS["en"] or
                                                   self._finite_verb_follows(sent, q) or
                                                   self._named_then_past(sent, q)):
            return None  # "acknowledged the scale of the problem" names an object, not a statement
        starts_clause = _bare(tok.lower) in CLAUSE_STARTERS or (tok.is_cap and tok.lower not in {"in", "on", "at"}) or \
            tok.text[:1].isdigit() or tok.text == QUOTE_TOKEN or \
            tok.is_word and tok.lower not in FUNCTION_WORDS and self._finite_verb_follows(sent, q, past=True)
        # "said revenue in that division rose": a bare noun subject, then its finite verb
        starts_clause = starts_clause or "zero-that" in cue.info.tags and self._present_after_noun(sent, q)
        if not starts_clause or tok.lower in {"to", "for", "so", "as", "about", "of"}:
            return None
        return self._span(sent, q, n)

    def _named_then_past(self, sent: Sentence, q: int) -> bool:
        """ "concluded Johnson died in an accident", "confirmed Ofcom fined the broadcaster": a name, then a verb
        in the past tense straight after it, is a clause's subject and verb, not an object."""
        m = sent.mention_starting(q)
        toks = sent.tokens
        if m is None or m.kind != "name" or m.possessive or m.tok_end >= len(toks):
            return False
        verb = toks[m.tok_end]
        return verb.is_word and not verb.is_cap and (verb.lower in PAST_TENSE_EN or len(verb.lower) > 3 and
                                                     verb.lower.endswith("ed")) and \
            not (m.tok_end + 1 < len(toks) and toks[m.tok_end + 1].lower == "by")  # ("confirmed X appointed by Y")

    @staticmethod
    def _present_after_noun(sent: Sentence, q: int) -> bool:
        """"says research shows cabin experience …", "said demand remains strong": a bare singular noun,
        then a verb in the present (-s), then neither a preposition nor the end of the clause."""
        toks = sent.tokens
        if q + 2 >= len(toks):
            return False
        noun, verb, after = toks[q], toks[q + 1], toks[q + 2]
        return noun.is_word and not noun.is_cap and not noun.lower.endswith("s") and \
            noun.lower not in FUNCTION_WORDS and verb.is_word and not verb.is_cap and len(verb.lower) > 3 and \
            verb.lower.endswith("s") and not verb.lower.endswith(("ss", "us", "is", "'s", "’s")) and \
            verb.lower not in FUNCTION_WORDS and after.is_word and after.lower not in PREPOSITIONS and \
            after.lower not in ("and", "or")

    def _finite_verb_follows(self, sent: Sentence, q: int, past: bool = False) -> bool:
        """A finite verb within the next few words: the words after the cue are a clause, not an object;
        with `past`, a verb in the past tense counts too ("revenue in that division rose")."""
        toks = sent.tokens
        for i in range(q + 1, min(len(toks), q + 9)):
            tok = toks[i]
            if tok.lower in ("which", "who") and i > q:  # "said passengers who get soda can keep the can"
                for t in toks[i + 1:min(len(toks), i + 10)]:
                    if t.text in TERMINAL or t.text in (",", ";", ":"):
                        return False
                    if t is not toks[i + 1] and (t.lower in BE_FORMS or t.lower in FINITE_AUXILIARIES):
                        return True  # the relative's own verb first, then the clause's
                return False
            if tok.text == "," and thousands_comma(toks, i):
                continue  # "restitution of S$90,000 had been made": a number's separator, not a clause break
            if tok.text == "," and self._age_aside(toks, i - 1):
                continue  # "said fast bowler Rashad Gittens-Forde, 19, would be rested": a person's age set off
            if tok.text == "," and i >= 3 and self._age_aside(toks, i - 3):
                continue
            if tok.text in TERMINAL or tok.text in (",", ";", ":") or tok.lower in ("which", "who") or \
                    tok.lower == "that" and toks[i - 1].lower not in PREPOSITIONS_TAIL:  # not "in that division"
                return False
            if tok.lower in BE_FORMS or tok.lower in FINITE_AUXILIARIES:
                return True
            if past and (tok.lower in PAST_TENSE_EN or len(tok.lower) > 4 and tok.lower.endswith("ed") or
                         self.lang == "en" and len(tok.lower) == 4 and tok.lower.endswith("ied")):  # "died"
                return True
            if self.lang == "en" and tok.is_word and not tok.is_cap and not toks[i - 1].is_cap and \
                    toks[i - 1].lower not in FUNCTION_WORDS and self._is_cue_token(tok) and \
                    not tok.lower.endswith(("ing", "ed")):
                return True  # "says research shows …", "say full cabins for existing 777s suggest …": a clause
        return False

    def _age_aside(self, toks: list[Token], i: int) -> bool:
        """In English, an age set off by commas after a capitalised name ending at token `i`: "Gittens-Forde, 19,"."""
        return self.lang == "en" and i >= 0 and i + 3 < len(toks) and toks[i].is_cap and toks[i + 1].text == "," \
            and toks[i + 2].text.isdigit() and len(toks[i + 2].text) <= 3 and toks[i + 3].text == ","

    def _skip_object(self, sent: Sentence, q: int) -> int:
        """After "told": skip "reporters", "the AFP", "Russian media" (or two of them joined by "and") up to
        the content."""
        j = self._skip_one_object(sent, q)
        if q < j < len(sent.tokens) - 1 and sent.tokens[j].lower == "and":
            k = self._skip_one_object(sent, j + 1)
            if k > j + 1:
                return k  # "reassured analysts and media on Thursday the program was …"
        return j

    def _skip_one_object(self, sent: Sentence, q: int) -> int:
        toks = sent.tokens
        m = sent.mention_starting(q)
        if m is not None:
            return m.tok_end
        if toks[q].lower in {"reporters", "journalists", "me", "us", "him", "her", "them", "media", "parliament",
                             "lawmakers", "investors", "analysts", "viewers", "listeners", "supporters"}:
            return q + 1
        if self.lang == "en" and toks[q].is_word and not toks[q].is_cap and toks[q].lower not in FUNCTION_WORDS and \
                not self._is_cue_token(toks[q]) and q + 1 < len(toks) and self._tail_only(sent, q + 1):
            return q + 1  # "…, the company told staff on Tuesday.": a bare noun, then only the sentence's tail
        if toks[q].lower in {"the", "a", "an", "his", "her", "their", "its"}:
            j = q + 1
            while j < len(toks) and j - q < 5 and (toks[j].is_cap or toks[j].lower in {"press", "media", "court",
                                                                                      "jury", "committee",
                                                                                      "audience", "crowd",
                                                                                      "newspaper", "agency"}):
                j += 1
            return j
        j = q
        while j < len(toks) and j - q < 3 and toks[j].is_cap:
            j += 1
        if j < len(toks) and toks[j].lower in {"media", "television", "radio", "reporters", "journalists", "press"}:
            return j + 1
        return j

    def _adverbial_end(self, sent: Sentence, q: int) -> int | None:
        """ "in a statement", "at a press conference", "to reporters": the token after it, if it is one."""
        toks = sent.tokens
        j = q + 1
        while j < len(toks) and j - q < 6 and toks[j].is_word and toks[j].lower not in CLAUSE_STARTERS - \
                {"the", "a", "an", "his", "her", "its", "their"}:
            j += 1
        article = self.lang == "en" and toks[q].lower == "at" and q + 2 < len(toks) and toks[q + 1].lower == "the"
        place = sent.mention_starting(q + 1 + article) if toks[q].lower in ("in", "at") else None
        if place is not None and place.kind == "name" and place.entity is not None and \
                (place.entity.kind in ("place", "unknown") or article and place.entity.kind == "org") and \
                not place.possessive and place.tok_end < len(toks) and toks[place.tok_end].is_word:
            # ("told reporters at the State Palace the towers …": the building where it was said)
            return place.tok_end  # "told reporters in Astana the deal …": where it was said, then the clause
        phrase = " ".join(t.lower for t in toks[q:j])
        if re.search(r"statement|interview|conference|briefing|release|letter|reporters|journalists|"
                     r"television|radio|speech|post|tweet|note|email|report|hearing|court|website|blog", phrase):
            return j
        return None

    def _span(self, sent: Sentence, a: int, b: int) -> tuple[int, int] | None:
        toks = sent.tokens
        while a < b and toks[a].text in (",", ":", "—", "–", "-"):
            a += 1
        while b > a and toks[b - 1].text in TERMINAL | {",", ";", ":", "»", "”", ")", "—", "–", "-", "..."}:
            b -= 1
        if b - a < 3:
            return None
        words = [t for t in toks[a:b] if t.is_word]
        if len(words) < 2 and not any(t.text == QUOTE_TOKEN for t in toks[a:b]):
            return None
        if all(t.text == QUOTE_TOKEN or not t.is_word for t in toks[a:b]):
            return None
        start, end = toks[a].start, toks[b - 1].end
        if toks[a].text == QUOTE_TOKEN:
            start = toks[a].start
        return start, end
