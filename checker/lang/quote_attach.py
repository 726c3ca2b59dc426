"""Stage 3 of quote extraction: attach a cue (or an earlier quote's speaker) to each quotation."""
from __future__ import annotations

from dataclasses import replace

from ..data.cache import load_yaml
from .quote_common import (CLAUSE_BREAKS, FINITE_AUXILIARIES, INVERSION_END, PREPOSITIONS_TAIL, SUBORDINATORS,
                           TITLE_NAMING, Candidate)
from .sentences import is_abbreviation_stop
from .speaker_complements import catenative_between
from .speakers import (ADVERBIAL_PAIRS, BE_FORMS, FUNCTION_WORDS, POSSESSIVE_DETERMINERS, PREPOSITIONS, QUOTE_TOKEN,
                       Cue, Mention, Sentence, apposition_name, clause_subject, description_forward, is_adverb,
                       is_org_noun, is_passive, is_role, widened)

INDEFINITE_ARTICLES = frozenset({"a", "an", "un", "une"})
ARTICLES_FR = frozenset({"le", "la", "les", "l'", "l’"})
INDIRECT_OBJECTS_FR = frozenset({"lui", "leur"})  # clitics before a verb, never its subject there
THAT_WORDS = frozenset({"that", "que", "qu'", "qu’"})
# words after which a name opens a clause as its subject
CLAUSE_OPENERS = frozenset({",", ";", "while", "whereas", "as", "when", "and", "but", "tandis", "que", "qu'", "qu’",
                            "alors", "et", "mais", "lorsque", "quand"})


def _lexicon_words(key: str) -> frozenset[str]:
    """A word list of data/speaker_lexicon.yaml."""
    return frozenset(str(word) for word in load_yaml("speaker_lexicon")[key])


# verbs whose object takes the quoted words as its attribute ("called the plan “reckless”"); French says it with
# cues of its own ("a qualifié le plan de « … »")
CHARACTERISING = _lexicon_words("characterising_verbs")
CHARACTERISING_AS = _lexicon_words("characterising_as_verbs")
# (French) participles of a passive judgement whose agent follows the quoted words: "jugée « décevante » par l'élu"
CHARACTERISED_BY_FR = _lexicon_words("fr_characterising_participles")
# (English) words before a participle whose subject is the main clause's: "will ballot … after rejecting X as “…”"
PARTICIPLE_LINKS = frozenset({"after", "before", "while", "when", "by", "since", "despite"})
# words that end a noun phrase after an inverted cue: prepositions (of place too), relatives
PHRASE_ENDS = PREPOSITIONS | {"outside", "near", "opposite", "inside", "beside", "behind", "devant", "derrière", "près",
                              "who", "which", "qui", "dont"}
UNSET = object()  # a value not computed yet
# nouns by which a sentence takes up the quote before it: "C'est par ces mots que", "La phrase est de", "X made the
# claim"; in French, "ainsi" does it too ("résume ainsi")
QUOTE_TAKEN_UP_FR = _lexicon_words("fr_quote_taken_up_nouns")
QUOTE_TAKEN_UP = QUOTE_TAKEN_UP_FR | {"ainsi"}
QUOTE_TAKEN_UP_EN = _lexicon_words("quote_taken_up_nouns")
# nouns for the quoted words in either language ("the claim", "ces propos"), and the verbs that give them to their
# subject or agent ("X made the claim", "la phrase a été prononcée par X", "a remark attributed to X")
UTTERANCE_NOUNS = QUOTE_TAKEN_UP_EN | QUOTE_TAKEN_UP_FR
UTTERING_VERBS = _lexicon_words("uttering_verbs")
ANSWERING_VERBS = _lexicon_words("answering_verbs") | CHARACTERISING_AS
ATTRIBUTING_PARTICIPLES = _lexicon_words("attributing_participles")
# determiners by which a noun takes up words already given ("the claim", "ces propos"), not new ones ("a claim")
TAKING_UP_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "la", "le", "les", "l'", "l’", "ce", "cet",
                                   "cette", "ces"})
FR_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "avoir"})
# words between a noun and its passive participle: "The words were spoken", "La phrase a été prononcée"
PASSIVE_LINKS = BE_FORMS | FINITE_AUXILIARIES | FR_AUXILIARIES | {"had", "also", "first", "later", "then", "déjà",
                                                                   "d'abord", "ensuite"}
# words by which marks name a thing rather than quote anyone: "the so-called “car tax”", "le dispositif dit « … »"
NAMING_WORDS = frozenset({"so-called", "called", "named", "known", "dit", "dite", "dits", "dites", "appelé",
                          "appelée", "nommé", "nommée"})
# adverbs of two words that may stand between a verb and its object ("relève en outre l'« … »")
ADVERB_LOCUTIONS = ADVERBIAL_PAIRS | {"en outre", "à nouveau", "de nouveau", "au passage"}
NAMED_NEXT_WITHIN = 6  # tokens: a person named this near the start of the sentence after a quote is its topic


NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "of", "from", "in", "on", "at", "la", "le", "les", "the"})


class AttachStage:
    """Methods of the extractor (checker.lang.quotes._Extractor) for this stage; they share its state."""

    def _marked_steps(self, cand: Candidate) -> list:
        """The ways a reporting clause reaches a marked quote, in reading order of their directness:
        (via, tier, step); each step fills a scratch copy of the candidate and says whether it found one."""
        si, k = cand.places[0]
        sent = self.sentences[si]
        last_si, last_k = cand.places[-1]
        return [
            # first: the quoted words are the attribute of the verb's object, whatever clause follows them
            ("subject of a verb that characterises with the quoted words", "cue",
             lambda c: self._characterised(c, sent, k)),
            ("agent of a passive that characterises with the quoted words", "cue",
             lambda c: self._characterised_by(c, sent, k)),
            # (the nearest cue whose content holds the quoted words, before an attribution closing the sentence)
            ("cue in the same sentence", "cue", lambda c: self._inner_cue(c, sent, k)),
            ("cue after the quote", "cue", lambda c: self._trailing(c, self.sentences[last_si], last_k)),
            ("headline “Name: quote”", "cue", lambda c: sent.headline and self._headline_name(c, sent, k)),
            ("cue before the quote", "cue", lambda c: self._leading(c, sent, k)),
            ("cue in the same sentence", "cue", lambda c: self._in_sentence(c, sent, k)),
            ("subject opening the reporting clause", "cue", lambda c: self._reported_within(c, sent, k)),
            # (last of the cue steps: where none of them reads the clause, "Gloucester head coach X said …")
            ("inside a reported statement", "cue", self._inside_reported),
            ("previous paragraph ends with a colon", "colon",
             lambda c: k == 0 and self._previous_block_colon(c, sent)),
            ("subject of the clause before the colon", "colon", lambda c: self._colon_subject(c, sent, k)),
            ("person the clause after the colon is about", "colon", lambda c: self._quote_then_colon(c, sent, k)),
            ("person the headline names", "colon", lambda c: self._headline_person(c, sent)),
            ("speaker the next sentence names", "colon", lambda c: self._named_after(c, sent, si, k)),
        ]

    def _inside_reported(self, cand: Candidate) -> bool:
        """ "Gloucester head coach X said his players had been “outfought”", "A fisherman from X who helped … said the
        boat carried “almost twice” …": quoted words inside the reported statement attributed just before are its
        speaker's, where no cue step reads the clause (a long subject)."""
        said = self._last_attributed
        if cand.kind != "partial" or said is None or said.kind != "reported" or \
                said.mention is None or said.cue is None or not said.start <= cand.start < cand.end <= said.end:
            return False
        cand.mention, cand.cue, cand.pattern = said.mention, said.cue, 0.9
        return True

    def _inner_cue(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ "Officials have told the council that the sites would be “stood down …”, according to a letter",
        "Plusieurs conseillers jugeaient le calendrier « intenable », écrit le quotidien", "X said staff had told
        her son the sandwich was “safe”": quoted words inside the content of a cue nearer than another one of the
        sentence are that nearer cue's subject's (the outer attribution reports the whole, not these words)."""
        if cand.kind != "partial":
            return False
        toks = sent.tokens
        cues = self._cues(sent)
        if len(cues) < 2:
            return False
        before = [c for c in cues if c[1] <= k]
        if not before or before[-1] is cues[-1] and len(before) < 2:
            return False  # one cue before and none after: the other steps find it
        kk, kk_end, cue = before[-1]
        if cue.info.form != "finite" or cue.pronoun is not None and kk_end > k or \
                any(t.text in (",", ";", ":", QUOTE_TOKEN) or t.lower in SUBORDINATORS or t.lower in ("car", "because")
                    for t in toks[kk_end:k]) or any(t.lower in SUBORDINATORS for t in toks[:kk]):
            return False  # not "If X testified …, he would need assurances that he would be “safe”, the MP said"
        return self._first_speaking(cand, sent, [before[-1]], 0.95)

    def _named_after(self, cand: Candidate, sent: Sentence, si: int, k: int) -> bool:
        """ "« Cette piscine ne fermera pas. » Le maire, Louis Feuvrier, l'a répété lundi": a French quote standing
        as its own sentence is the speaker's whom the next sentence names as taking it up ("l'a répété", "résume
        ainsi", "C'est par ces mots que X", "La phrase est de X")."""
        if cand.kind != "direct" or not self._stands_alone(sent, k) or si + 1 >= len(self.sentences):
            return False
        nxt = self.sentences[si + 1]
        toks = nxt.tokens
        if nxt.headline or nxt.block - sent.block > 1:
            return False
        m = self._utterance_agent(nxt)  # (the quote may close a paragraph of its own: "Claim: “…” ¶ X made the claim")
        if m is not None:
            return self._taken_up_by(cand, m)
        if nxt.block != sent.block or any(t.text == QUOTE_TOKEN for t in toks):
            return False
        words = [t.lower for t in toks[:8]]
        taken = next((j for j, w in enumerate(words) if w in QUOTE_TAKEN_UP), None)
        if self.lang == "en":
            m = self._en_taken_up(nxt)
        elif taken is not None and words[:2] == ["c'", "est"]:  # "C'est par ces mots que X …"
            que = next((j for j in range(taken + 1, len(toks) - 1) if toks[j].lower in ("que", "qu'", "qu’")), None)
            m = self._np_at(nxt, que + 1) if que is not None and que - taken <= 2 else None
        elif taken is not None and taken <= 2 and taken + 2 < len(toks) and words[taken + 1:taken + 3] in \
                (["est", "de"], ["sont", "de"], ["est", "signée"]):  # "La phrase est de X"
            m = self._np_at(nxt, taken + 3)
        else:
            for kk, kk_end, cue in self._cues(nxt):
                obj = kk - 1 if kk > 0 and toks[kk - 1].lower in ("l'", "l’") else None  # "l'a répété"
                if obj is not None or "ainsi" in words[kk:kk_end + 1] or \
                        kk_end < len(toks) and toks[kk_end].lower == "ainsi":  # "résume ainsi", "a ainsi dit"
                    m = clause_subject(nxt, kk if obj is None else obj, self.lex)
                break
        return self._taken_up_by(cand, m)

    def _taken_up_by(self, cand: Candidate, m: Mention | None) -> bool:
        """The quote is the words of `m`, the speaker a sentence after it names as taking them up: a person."""
        if m is None or m.kind == "pronoun" and m.gender not in ("m", "f") or \
                m.kind == "name" and (m.entity is None or m.entity.kind not in ("person", "unknown") and
                                      not (self.lang == "en" and m.entity.kind == "org")) or \
                m.kind == "description" and not (m.definite and is_role(m.head, self.lex)):
            return False
        cand.mention, cand.pattern = m, 0.8
        return True

    @staticmethod
    def _stands_alone(sent: Sentence, k: int) -> bool:
        """The quote is its sentence, alone or after a short label and a colon ("Claim: “…”", "Verdict : « … »")."""
        toks = sent.tokens
        if any(t.is_word for t in toks[k + 1:]):
            return False
        before = toks[:k]
        return not any(t.is_word for t in before) or \
            1 < len(before) <= 4 and before[-1].text == ":" and before[0].is_cap and all(t.is_word for t in before[:-1])

    @staticmethod
    def _taken_up_noun(nxt: Sentence) -> tuple[int, int] | None:
        """(where, clause end): a noun for words already given, near the start of the sentence ("the claim",
        "ces propos"), before any quote of its own."""
        toks = nxt.tokens
        end = next((j for j, t in enumerate(toks) if t.text == QUOTE_TOKEN or t.text in (";", ":")), len(toks))
        j = next((j for j in range(1, min(end, 14)) if toks[j].lower in UTTERANCE_NOUNS and
                  toks[j - 1].lower in TAKING_UP_DETERMINERS), None)
        return (j, end) if j is not None else None

    def _utterance_agent(self, nxt: Sentence) -> Mention | None:
        """ "“…” ¶ Opposition MP X made the claim on Monday", "« … » La phrase a été prononcée mardi par le député X",
        "a remark attributed to X": the sentence after a quote takes it up with a noun for words ("the claim", "ces
        propos") and gives them to the subject of a verb of uttering or to its agent; not to one who judges them
        ("X rejected the claim", "la phrase a été démentie par X")."""
        found = self._taken_up_noun(nxt)
        if found is None:
            return None
        j, end = found
        toks = nxt.tokens
        v = j - 2
        if v > 0 and toks[v].lower in UTTERING_VERBS and not is_passive(toks, v):
            subject_end = v
            while subject_end > 1 and (toks[subject_end - 1].lower in FINITE_AUXILIARIES or
                                       self.lang == "fr" and toks[subject_end - 1].lower in FR_AUXILIARIES):
                subject_end -= 1  # "X had made the claim", "X a tenu ces propos"
            m = clause_subject(nxt, subject_end, self.lex)
            return m if m is not None and m.tok_end == subject_end else None
        return self._passive_agent(nxt, j + 1, end)

    def _words_answered(self, nxt: Sentence) -> bool:
        """ "“…” Critic Ann Moss disputed the claim", "La phrase a été démentie par X": the sentence takes up the
        quoted words to answer or judge them; whom it names did not say them."""
        found = self._taken_up_noun(nxt)
        if found is None:
            return False
        j, end = found
        toks = nxt.tokens
        following = [t.lower for t in toks[j + 1:min(end, j + 5)] if t.lower not in PASSIVE_LINKS]
        return j >= 2 and toks[j - 2].lower in ANSWERING_VERBS or bool(following) and following[0] in ANSWERING_VERBS

    def _passive_agent(self, nxt: Sentence, j: int, end: int) -> Mention | None:
        """From token j, right after a noun for words: "were spoken … by X", "a été prononcée … par X",
        "attributed to X", "prêtés à X"; the agent, in the same clause."""
        toks = nxt.tokens
        if j < end and toks[j].text == ",":  # "The remark, widely shared online, was attributed to X"
            close = next((c for c in range(j + 1, min(end, j + 8)) if toks[c].text == ","), None)
            if close is None or not all(t.is_word for t in toks[j + 1:close]):
                return None
            j = close + 1
        v = j
        while v < end and toks[v].lower in PASSIVE_LINKS:
            v += 1
        if v >= end or v - j > 3:
            return None
        if toks[v].lower in ATTRIBUTING_PARTICIPLES:
            preps = ("to", "à")
        elif toks[v].lower in UTTERING_VERBS and v > j and toks[v - 1].lower in BE_FORMS:
            preps = ("by", "par")
        else:
            return None
        for p in range(v + 1, min(end, v + 12) - 1):
            if toks[p].text in (",", ".") or toks[p].lower in SUBORDINATORS:
                return None
            if toks[p].lower in preps:
                m = self._np_at(nxt, p + 1)
                if m is not None and m.kind == "description":  # "par le député de l'opposition Kugan X": the name
                    named = next((n for n in nxt.mentions if n.kind == "name" and m.tok_start < n.tok_start and
                                  n.tok_end == m.tok_end), None)
                    m = widened(named, m) if named is not None else m
                return m
        return None

    def _en_taken_up(self, nxt: Sentence) -> Mention | None:
        """ "“…” The mayor of Bristol repeated it on Monday", "It was a striking admission from the minister, X":
        the sentence after a quote standing alone takes it up by a pronoun or a noun for words."""
        toks = nxt.tokens
        if len(toks) > 2 and toks[0].lower == "so" and toks[1].lower in ("said", "says"):
            return self._np_at(nxt, 2)  # "So said Margaret Dunphy, whose son …"
        for j in range(1, min(len(toks) - 1, 10)):
            if toks[j].lower in ("from", "of") and toks[j - 1].lower in QUOTE_TAKEN_UP_EN and \
                    (any(t.lower in ("was", "were", "came", "is", "comes") for t in toks[:j]) or
                     j == 2 and toks[0].lower in ("the", "that", "this")):  # "The message from X was blunt"
                comma = next((c for c in range(j + 2, min(len(toks) - 1, j + 10)) if toks[c].text == ","), None)
                named = nxt.mention_starting(comma + 1) if comma is not None else None
                if named is not None and named.kind == "name" and named.entity is not None and \
                        named.entity.kind in ("person", "org", "unknown"):
                    return named  # "… the words of the Transport for London commissioner, Andy Lord"
                return self._np_at(nxt, j + 1)  # "It was a blunt warning from …", "Those were the words of …"
        for kk, kk_end, cue in self._cues(nxt):
            if kk == 0 or kk > 10 or kk_end >= len(toks):
                return None
            obj = toks[kk_end].lower
            if obj in ("it", "this") or obj in ("the", "that", "this", "his", "her", "its", "their") and \
                    kk_end + 1 < len(toks) and toks[kk_end + 1].lower in QUOTE_TAKEN_UP_EN:
                return clause_subject(nxt, kk, self.lex)
            return None
        return None

    def _reported_within(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ `The audit finds that the scheme was “badly run”`: a partial quote inside the content of a finite
        cue whose subject only the opening noun phrase gives (a document, a body the lexicon does not know)."""
        if cand.kind != "partial":
            return False
        toks = sent.tokens
        j = k - 1
        while j > 0 and toks[j].lower not in THAT_WORDS and toks[j].text not in (QUOTE_TOKEN, ";"):
            j -= 1
        if j <= 0 or toks[j].lower not in THAT_WORDS:
            return False  # no "that" / "que" between the quote and what comes before it
        for kk, kk_end, cue in reversed(self._cues(sent)):
            if kk >= k:
                continue
            if cue.info.form != "finite" or cue.pronoun is not None or kk == 0 or \
                    any(t.text in (QUOTE_TOKEN, ";") for t in toks[kk:k]) or is_passive(toks, kk) or \
                    not any(t.lower in THAT_WORDS for t in toks[kk_end:kk_end + 3]):
                return False
            m = self._opening_subject(sent, kk)
            if m is None or self._fr_event(m):
                return False
            cand.mention, cand.cue, cand.pattern = m, cue, 0.9
            return True
        return False

    def _characterised_by(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ "Une réponse jugée « décevante » par l'élu", "la réforme, qualifiée de « scandaleuse » par X": in
        French, quoted words a passive participle gives as a judgement are the words of its agent after "par"."""
        toks = sent.tokens
        if self.lang != "fr" or cand.kind != "partial" or k < 1 or k + 2 >= len(toks) or toks[k + 1].lower != "par":
            return False
        v = k - 2 if k >= 2 and toks[k - 1].lower in ("de", "d'", "d’", "comme") else k - 1
        if toks[v].lower not in CHARACTERISED_BY_FR:
            return False
        j = k + 2
        m = sent.mention_starting(j) or sent.mention_starting(j + 1) if toks[j].lower in ARTICLES_FR else \
            sent.mention_starting(j)
        m = m if m is not None and m.tok_start <= j + 1 else description_forward(sent, j, self.lex)
        if m is None or m.kind == "pronoun":
            return False
        cand.mention, cand.pattern = m, 0.85
        return True

    def _characterised(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ `X called the plan “reckless”`, `X dubbed him “…”`: quoted words that are the attribute of a
        verb's object are its subject's. Not a cue elsewhere: "a group called “…”", "firemen called to"."""
        if cand.kind != "partial" or k < 3:
            return False
        toks = sent.tokens
        for v in range(k - 2, max(0, k - (10 if self.lang == "en" else 8)), -1):
            tok = toks[v]
            if tok.text == QUOTE_TOKEN or not tok.is_word and tok.text not in ("'", "’", "%") and \
                    not tok.text[:1].isdigit() and not (tok.text in (".", ",") and toks[v - 1].text[:1].isdigit()
                                                         and toks[v + 1].text[:1].isdigit()):
                return False  # the object is words (and amounts: "a 2.8% offer") only: "called the figure"
            if tok.lower not in CHARACTERISING and not (
                    self.lang == "en" and tok.lower in CHARACTERISING_AS and
                    (any(t.lower == "as" for t in toks[v:k]) or self._owned_quote(toks, v, k))):
                continue
            if toks[v - 1].lower in BE_FORMS or toks[v - 1].lower in ("to", "been", "being", "été", "être"):
                return False  # "is called", "to be called": a name, not a judgement
            quoted = self._quoted_as(sent, v) if self.lang == "en" else None
            if quoted is not None:  # "The paper quoted one driver as calling the decision “…”"
                cand.mention, cand.pattern = quoted, 0.9
                return True
            end = v - 3 if v > 3 and toks[v - 1].text == ")" and toks[v - 3].text == "(" else v
            while self.lang == "en" and end > 1 and toks[end - 1].lower in FINITE_AUXILIARIES:
                end -= 1  # "He has called the book “…”": the subject before the auxiliary
            m = clause_subject(sent, end, self.lex)  # "The Anglers' Trust (AT) called"
            if m is not None and not (m.tok_end == end or m.tok_end < end and toks[m.tok_end].text == "," and
                                      toks[end - 1].text == ",") and \
                    not (self.lang == "en" and tok.lower.endswith("ing") and toks[v - 1].lower in PARTICIPLE_LINKS):
                m = None
            if m is None and self.lang == "en" and 0 < end <= 4:
                m = self._opening_subject(sent, end)  # "Opposition parties called …", "Labour called …"
                m = m if m is not None and m.tok_end == end and self._bare_subject(m) else None
            if m is None and end > 2 and toks[end - 1].text == ",":  # "His deputy, Ann Bell, called": apposed
                m = sent.mention_ending(end - 2)
                m = m if m is not None and m.kind == "name" and m.tok_start > 0 and \
                    toks[m.tok_start - 1].text == "," else None
            if m is None:  # "While Kane characterised the study as “…”": a name right before the verb
                m = sent.mention_ending(end - 1)
                m = m if m is not None and m.kind == "name" and (m.tok_start == 0 or toks[m.tok_start - 1].lower in
                                                                 CLAUSE_OPENERS) else None
            if m is None or m.kind == "pronoun" and m.gender == "first":
                return False
            cand.mention, cand.pattern = m, 0.9
            return True
        return False

    @staticmethod
    def _owned_quote(toks: list, v: int, k: int) -> bool:
        """ "The jury praised the play's “fierce tenderness”", "critics hailed its “quiet courage”": the quoted
        words head the verb's object, determined by a possessive right before them; they judge, as the verb does."""
        between = toks[v + 1:k]
        return 0 < len(between) <= 4 and all(t.is_word for t in between) and \
            (between[-1].possessive or between[-1].lower in POSSESSIVE_DETERMINERS)

    def _bare_subject(self, m: Mention) -> bool:
        """A name, or words that end on a person's or a body's noun and hold no function word nor participle
        ("Opposition parties"; not "Addressing what he")."""
        if m.kind == "name":
            return True
        words = [w for w in m.words if w not in ("the", "a", "an")]
        last = words[-1] if words else ""
        return bool(words) and not any(w in FUNCTION_WORDS or w.endswith("ing") for w in words) and \
            any(is_role(form, self.lex) or is_org_noun(form, self.lex) for form in (last, last[:-1]))

    def _colon_subject(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        if k == 0 or sent.tokens[k - 1].text != ":":
            return False
        m = clause_subject(sent, k - 1, self.lex)
        if m is not None:
            m = self._document_source(sent, m)  # "A letter from Mr Snowden … said:"
        if m is not None and (m.kind != "description" or m.definite or self._someone_described(m)) and \
                not (sent.headline and m.kind == "name" and m.entity is not None and self._headline_topic(m, sent, k)):
            if m.kind == "description" and not m.definite:
                m = self._description_before_verb(sent, m)
            cand.mention, cand.pattern = m, 0.8
            return True
        return False

    def _description_before_verb(self, sent: Sentence, m):
        """The description without the words after the place its complement ends on: "Une commerçante du marché de
        Mondoasi | attend toujours …" (a lowercase word after a name, no link word, is the verb)."""
        toks = sent.tokens
        for k in range(m.tok_start + 2, m.tok_end):
            if toks[k - 1].is_cap and toks[k].is_word and not toks[k].is_cap and toks[k].lower not in NAME_LINKS:
                text = self.text[m.start:toks[k - 1].end]
                return replace(m, end=toks[k - 1].end, text=text, tok_end=k, words=m.words[:k - m.tok_start])
        return m

    def _someone_described(self, m) -> bool:
        """An indefinite description of one person by an occupation ("Un ramasseur de pouce-pieds de Muxía n'y
        croit guère : « … »", "A ferry captain sums it up: “…”"): someone, as a definite one is; not a body nor a
        plural ("Des experts", "Un rapport")."""
        head = (m.head or "").lower()
        return bool(head) and is_role(head, self.lex) and not is_org_noun(head, self.lex) and \
            bool(m.words) and m.words[0].lower() in ("a", "an", "un", "une")

    def _quote_then_colon(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ "« On a été punis » : l'entraîneur de Castres, Cyril Lagrèze, ne cherchait pas d'excuses": a French
        sentence opened by a quote and a colon gives it to the person its clause is about."""
        toks = sent.tokens
        if self.lang != "fr" or k != 0 or len(toks) < 4 or toks[1].text != ":" or cand.kind != "direct":
            return False
        for m in sorted(sent.mentions, key=lambda m: (m.tok_start, -m.tok_end)):
            if m.tok_start < 2 or m.kind != "name" or m.entity is None:
                continue
            if any(t.text == QUOTE_TOKEN or t.text in (".", ";", ":") or self._is_cue_token(t)
                   for t in toks[2:m.tok_start]) or m.tok_start > 16:
                return False  # the clause's own verb or quote before anyone is named
            if m.entity.kind == "person":
                cand.mention, cand.pattern = m, 0.7
                return True
        return False

    def _headline_person(self, cand: Candidate, sent: Sentence) -> bool:
        if not sent.headline or cand.kind != "partial":
            return False
        m = sent.mention_starting(0)
        if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind == "person":
            cand.mention, cand.pattern = m, 0.6
            return True
        return False

    def _headline_name(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ "Kim Jong-un: Russia will sign “important documents”" and "“Quote”: Name's ..."."""
        toks = sent.tokens
        colon = next((j for j, t in enumerate(toks) if t.text == ":"), None)
        if colon is None:
            return False
        if colon < k:
            m = sent.mention_ending(colon - 1)
            if m is not None and m.kind == "name" and m.tok_start == 0 and m.entity is not None and \
                    m.entity.kind in ("person", "unknown") and not self._headline_topic(m, sent, k):
                cand.mention, cand.pattern = m, 0.9
                return True
            if colon == k - 1:
                desc = clause_subject(sent, colon, self.lex)
                if desc is not None and desc.kind == "description" and desc.tok_start == 0 and \
                        all(t.lower in PREPOSITIONS_TAIL or t.is_cap for t in sent.tokens[desc.tok_end:colon]) and \
                        is_role(desc.head, self.lex):
                    cand.mention, cand.pattern = desc, 0.8  # "A former hostage: “…”"
                    return True
        elif colon == k + 1 and k == 0:
            m = sent.mention_starting(colon + 1)
            if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind in ("person",
                                                                                               "unknown") \
                    and not self._name_as_modifier(toks, m):
                cand.mention, cand.pattern = m, 0.65
                return True
        return False

    def _headline_topic(self, m, sent: Sentence, k: int) -> bool:
        """ "Drought: “…,” warns water boss": a one-word label nothing classified that the body never names,
        before a quote the headline attributes itself after it, is the story's topic, not its speaker
        ("Varga: “…”" has no cue of its own: Varga speaks)."""
        e = m.entity
        return self.lang == "en" and e.kind == "unknown" and len(e.tokens) == 1 and \
            all(self.block_of(p) in self.headlines for p, _ in e.mentions) and \
            any(self._is_cue_token(t) for t in sent.tokens[k + 1:])

    def _name_as_modifier(self, toks, m) -> bool:
        """ "“…”: Maiduguri flood victims plead for help": the name after the colon modifies the subject's noun
        (no possessive, no verb or stop after it), so it is not the speaker."""
        if self.lang != "en" or m.possessive or m.tok_end >= len(toks):
            return False
        nxt = toks[m.tok_end]  # (a verb after the name: "Johnson vows", "Johnson condemned")
        return nxt.is_word and not nxt.is_cap and nxt.lower not in self.lex.cue_forms and \
            nxt.lower not in FUNCTION_WORDS and not nxt.lower.endswith("ed") and \
            (not nxt.lower.endswith("s") or is_role(nxt.lower, self.lex))

    def _trailing(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ `“…,” he said`, `», a déclaré X`, `“…” said the minister`, `“…,” X, who …, told`."""
        toks = sent.tokens
        j = k + 1
        while j < len(toks) and toks[j].text in (",", "—", "–", "-", ")"):
            j += 1
        if j >= len(toks) or j - k > 3:
            return False
        subject = UNSET  # the noun phrase after the quote, read only once a cue follows it
        for kk, kk_end, cue in self._cues(sent):
            if kk < j or cue.info.form == "source" and kk > j:
                continue
            if kk > j + 25 or any(t.text in (QUOTE_TOKEN, ";") or t.text == "." and not self._abbreviation_dot(toks, i)
                                  for i, t in enumerate(toks[j:kk], j)):
                break
            if kk == j and cue.info.form == "participle":
                break  # "“…,” insisting GCSEs would be …": a participle has no subject after it
            if kk != j and subject is UNSET:
                subject = self._np_at(sent, j)
            if kk == j:
                m = self._cue_speaker_inverted(sent, kk, kk_end, cue) or self._indefinite_after(sent, kk_end, cue)
            elif subject is not None and (subject.tok_end == kk or toks[subject.tok_end].text == "," or
                                          self._only_adverbs(sent, subject.tok_end, kk) or
                                          catenative_between(toks, subject.tok_end, kk, self.lang)):
                m = subject
                if cue.pronoun is not None and subject.kind == "pronoun":  # "lui a-t-elle lancé": "lui" is no subject
                    m = self._cue_speaker(sent, kk, kk_end, cue) or subject
                elif self.lang == "fr" and subject.kind == "pronoun" and subject.text.lower() in INDIRECT_OBJECTS_FR:
                    # "« … », lui a répondu X": the one answered, the subject after the verb
                    m = self._cue_speaker_inverted(sent, kk, kk_end, cue) or subject
                elif cue.pronoun is not None and self.lang == "fr":
                    # "« … » au premier semestre, a-t-elle estimé": the inverted pronoun is the subject
                    m = self._cue_speaker(sent, kk, kk_end, cue) or subject
            else:
                break
            if m is not None and is_passive(toks, kk):
                m = self._agent(sent, kk_end)
            if m is None:
                break
            cand.mention, cand.cue, cand.pattern = m, cue, 1.0
            return True
        return self._inverted_pronoun(cand, sent, j)

    def _abbreviation_dot(self, toks: list, i: int) -> bool:
        """The full stop of an abbreviation inside the sentence ("Sgt. Maria Delgado, a spokeswoman, said")."""
        return i > 0 and toks[i - 1].end == toks[i].start and is_abbreviation_stop(self.text, toks[i].start, self.lang)

    def _indefinite_after(self, sent: Sentence, k: int, cue: Cue) -> Mention | None:
        """ `“…,” said a season-ticket holder`, `», lance un abonné`: right after a quote, an inverted verb's
        indefinite noun phrase is its subject, whether or not the lexicon knows the noun as a person's."""
        toks = sent.tokens
        if cue.pronoun is not None or cue.info.form != "finite" or k + 1 >= len(toks) or \
                toks[k].lower not in INDEFINITE_ARTICLES:
            return None
        last = None
        for j in range(k + 1, min(len(toks), k + 4)):
            tok = toks[j]
            if not tok.is_word or tok.is_cap or tok.lower in FUNCTION_WORDS or tok.lower in PHRASE_ENDS or \
                    tok.lower in self.lex.cue_forms:
                break
            last = j
        if last is None or last + 1 < len(toks) and toks[last + 1].text not in (",", ".", ";", "!", "?") and \
                toks[last + 1].lower not in PHRASE_ENDS:
            return None  # the phrase must end where a modifier or the sentence begins
        text = self.text[toks[k].start:toks[last].end]
        gender = "f" if toks[k].lower == "une" else "m" if toks[k].lower == "un" else None
        return Mention("description", toks[k].start, toks[last].end, text, k, last + 1, gender=gender,
                       head=toks[last].lower, words=tuple(t.lower for t in toks[k:last + 1]), definite=False)

    def _inverted_pronoun(self, cand: Candidate, sent: Sentence, j: int) -> bool:
        """Any French inversion right after the quote: « … », s'est-il contenté d'ajouter."""
        toks = sent.tokens
        if self.lang != "fr":
            return False
        for jj in (j, j + 1):
            inv = INVERSION_END.search(toks[jj].text) if jj < len(toks) else None
            if inv is not None and (jj == j or toks[j].lower in ("s'", "s’", "se")):
                word = inv.group(1)
                start = toks[jj].start + inv.start(1)
                cand.mention = Mention("pronoun", start, start + len(word), word, jj, jj + 1,
                                       gender=self.lex.pronouns.get(word.lower()))
                cand.pattern = 0.95
                return True
        return False

    def _leading(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """ `X said: “…”` / `a déclaré X : « … »` / `he said, “…”` / `he said “…”`."""
        toks = sent.tokens
        if k == 0:
            return False
        last = toks[k - 1]
        if last.text not in (":", ",") and not self._is_cue_token(last):
            return False
        start = max([j + 1 for j in range(k) if toks[j].text == QUOTE_TOKEN] or [0])
        cues = [c for c in reversed(self._cues(sent)) if start <= c[0] < k]
        if self.lang == "fr":  # "M. Blair aurait répondu, selon l'Evening Standard : « … »": who answered speaks
            cues.sort(key=lambda c: c[2].info.form == "source")
        return self._first_speaking(cand, sent, cues, 1.0)

    def _first_speaking(self, cand: Candidate, sent: Sentence, cues: list, pattern: float) -> bool:
        """The first of `cues` that names a speaker, attached with `pattern`."""
        for kk, kk_end, cue in cues:
            m = self._cue_speaker(sent, kk, kk_end, cue)
            if m is not None:
                cand.mention, cand.cue, cand.pattern = m, cue, pattern
                return True
        return False

    def _in_sentence(self, cand: Candidate, sent: Sentence, k: int) -> bool:
        """A cue elsewhere in the sentence: a closing attribution, the leftmost cue before the quote, or after."""
        toks = sent.tokens
        cues = self._cues(sent)
        final = self._final_attribution(sent)
        if final is not None and final[0] > k:
            kk, cue, m = final
            cand.mention, cand.cue, cand.pattern = m, cue, 0.95
            return True
        clause_start = 0
        for j in range(k - 1, -1, -1):
            if toks[j].lower in CLAUSE_BREAKS and j > 0:
                clause_start = j
                break
        if clause_start == 0 and toks and toks[0].lower in SUBORDINATORS:
            comma = next((j for j in range(1, k) if toks[j].text == ","), None)
            if comma is not None:
                clause_start = comma + 1  # "After the police confirmed ..., Barrister X maintained ..."
        before = [c for c in cues if c[0] < k]
        ordered = [c for c in before if c[0] >= clause_start] + \
            list(reversed([c for c in before if c[0] < clause_start]))
        return self._first_speaking(cand, sent, ordered, 0.95) or \
            self.lang == "en" and self._opening_speaker(cand, sent, before, k) or \
            self._first_speaking(cand, sent, [c for c in cues if c[0] > k], 0.9)

    def _opening_speaker(self, cand: Candidate, sent: Sentence, before: list, k: int) -> bool:
        """ "The Tory leader in the Senedd, Bethan Lloyd-Harries, said the change was “too little” and demanded
        …": quoted words in the content of a finite cue before them belong to the subject that opens its clause
        and names in apposition to it, before any cue after them."""
        toks = sent.tokens
        for kk, kk_end, cue in reversed(before):
            if cue.info.form != "finite" or cue.pronoun is not None or kk == 0 or is_passive(toks, kk) or \
                    any(t.text in (QUOTE_TOKEN, ";", ".") for t in toks[kk:k]):
                continue
            m = self._opening_subject(sent, kk)
            named = apposition_name(sent, m) if m is not None and m.kind == "description" and m.head else None
            if named is None or named.tok_start < m.tok_end:
                return False  # (only a name set off after the description: the clause's subject without doubt)
            cand.mention, cand.cue, cand.pattern = widened(named, m), cue, 0.9
            return True
        return False

    def _final_attribution(self, sent: Sentence) -> tuple[int, Cue, Mention] | None:
        """ "…, the MP said." / "…, selon X.": the reporting clause that closes a sentence."""
        toks = sent.tokens
        for kk, kk_end, cue in reversed(self._cues(sent)):
            m = self._cue_speaker(sent, kk, kk_end, cue)
            if m is None:
                continue
            begin = kk if m.tok_start >= kk_end or cue.pronoun is not None else min(kk, m.tok_start)
            end = max(kk_end, m.tok_end) if m.tok_start >= kk_end else kk_end
            if begin > 0 and toks[begin - 1].text == "," and self._tail_only(sent, end):
                return kk, cue, m
            return None
        return None

    def _previous_block_colon(self, cand: Candidate, sent: Sentence) -> bool:
        """A paragraph that is a quote, after one ending "X said:"."""
        if sent.tokens[0].start != self.blocks[sent.block].start or sent.block == 0:
            return False
        last = self.last_sentence_of_block.get(sent.block - 1)
        if last is None or self.sentences[last].tokens[-1].text != ":":
            return False
        prev = self.sentences[last]
        toks = prev.tokens
        clause = max([j + 1 for j, t in enumerate(toks) if t.text in (",", ";", "-", "–", "—")] or [0])
        for kk, kk_end, cue in reversed(self._cues(prev)):
            if kk < clause:
                break
            m = self._cue_speaker(prev, kk, kk_end, cue)
            if m is not None:
                cand.mention, cand.cue, cand.pattern = m, cue, 0.9
                return True
        for j in range(clause, len(toks)):  # "accusations he would dismiss in two sentences:"
            tok = toks[j]
            if tok.lower in self.lex.pronouns and self.lex.pronouns[tok.lower] in ("m", "f", "plural", "thing"):
                cand.mention = Mention("pronoun", tok.start, tok.end, tok.text, j, j + 1,
                                       gender=self.lex.pronouns[tok.lower])
                cand.pattern = 0.8
                return True
            m = prev.mention_starting(j)
            if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind == "person":
                cand.mention, cand.pattern = m, 0.8
                return True
        return False

    def _carry_over(self, cand: Candidate) -> None:
        """A quote with no reporting clause of its own: the person the previous sentence is about, the
        subject of its own sentence when that is the last speaker, or the last speaker's continued quote."""
        if cand.headline or cand.kind == "reported" or cand.marked is None:
            return
        si, k = cand.places[0]
        sent = self.sentences[si]
        previous = self._last_attributed
        if previous is None or previous.resolution is None:
            if cand.kind == "partial":
                self._sentence_subject(cand, sent, k)
            return
        if previous.resolution.name is None and previous.carried_from is None and previous.mention is None:
            return
        gap = cand.block - previous.block
        if cand.kind == "partial":
            if self._about_last_speaker(sent, k, previous) and gap <= 2:
                self._carry(cand, previous, 0.6)
            elif self.lang == "fr" and (self._person_subject(sent, k) or self._described_subject(sent, k)):
                self._sentence_subject(cand, sent, k)  # "Une riveraine, Odile X, parle d'un « … »": hers
            elif cand.words >= 3 and not self._looks_like_title(cand) and gap <= 1:
                self._carry(cand, previous, 0.75 if gap == 0 else 0.5)
            else:
                self._sentence_subject(cand, sent, k)
            return
        at_block_start = cand.marked.open_mark is not None and cand.marked.open_mark == self.blocks[cand.block].start
        if gap == 0:
            self._carry(cand, previous, 0.75)
        elif gap <= 3 and (at_block_start or k == 0):
            self._carry(cand, previous, {1: 0.65, 2: 0.55}.get(gap, 0.45))

    def _share_sentence_carry(self, candidates: list[Candidate]) -> None:
        """ "There is also a “symbolic violence” that relates to the “obliteration of the person's singularity”":
        a short partial quote left without a speaker (too short to carry alone: a scare quote, maybe) is the
        speaker's too when a longer partial of the same sentence carried the last speaker's words over."""
        carried = {c.places[0][0]: c for c in candidates if c.kind == "partial" and c.places and
                   c.carried_from is not None and c.resolution is not None and c.resolution.name}
        for cand in candidates:
            if cand.kind != "partial" or not cand.places or cand.headline or cand.mention is not None or \
                    cand.carried_from is not None or cand.resolution is not None and cand.resolution.name:
                continue
            other = carried.get(cand.places[0][0])
            if other is not None and other is not cand:
                self._carry(cand, other.carried_from, 0.5)

    def _person_subject(self, sent: Sentence, k: int) -> bool:
        """ "Une riveraine, Odile X, parle d'un « … »": a person the sentence introduces with a description."""
        m = clause_subject(sent, k, self.lex)
        return m is not None and m.tok_end <= k and m.kind == "name" and m.entity is not None and \
            m.entity.kind == "person" and m.name_span is not None and m.name_span[0] > m.start and \
            m.entity.count_before(sent.start) == 0

    def _described_subject(self, sent: Sentence, k: int) -> bool:
        """ "Les professionnels du tourisme redoutent « une saison blanche »": the quoted words are the object of a
        verb whose subject, right before it, is a definite description of people (the previous speaker's words
        only if the description resolves to that speaker)."""
        m = clause_subject(sent, k, self.lex)
        return m is not None and m.kind == "description" and m.definite and m.tok_end <= k <= m.tok_end + 3 and \
            bool(m.head) and is_role(m.head, self.lex) and not is_org_noun(m.head, self.lex)

    def _sentence_subject(self, cand: Candidate, sent: Sentence, k: int) -> None:
        """ "Le rapporteur, Stéphane Giraud, défend une réforme « équilibrée »": a named person's words."""
        m = clause_subject(sent, k, self.lex)
        if m is None or m.tok_end > k:
            return
        if m.kind == "name" and m.entity is not None and m.entity.kind == "person" or \
                m.kind == "description" and m.definite and is_role(m.head, self.lex):
            cand.mention, cand.pattern, cand.via = m, 0.55, "subject of the quote's sentence"
        elif (m.kind == "name" and m.entity is not None and m.entity.kind in ("org", "unknown") or
              m.kind == "description" and m.definite and bool(m.head) and is_org_noun(m.head, self.lex)) and \
                self._verb_object(sent, m.tok_end, k) and not self._looks_like_title(cand):
            # "Moody's relève l'« incertitude » liée à …", "The Red Cross found the camp “unsafe”": a body's words, the
            # object of its own verb
            cand.mention, cand.pattern, cand.via = m, 0.5, "subject of the quote's sentence"
        elif m.kind == "pronoun" and m.gender in ("m", "f", "thing", "plural"):
            resolution = self._resolve_mention(cand, m)  # "X announced … She wants “…”", "It calls “…”"
            person = resolution.entity is not None and resolution.entity.kind == "person"
            if person if m.gender in ("m", "f") else resolution.name is not None:
                cand.mention, cand.resolution, cand.pattern = m, resolution, 0.55
                cand.via = "subject of the quote's sentence"

    def _verb_object(self, sent: Sentence, verb: int, k: int) -> bool:
        """Tokens verb..k are a verb and the start of its object, in one clause: a few words, no punctuation, no
        word that opens another clause ("S&P relève en outre l'", not "X, qui …, a dit que le")."""
        toks = sent.tokens
        between = toks[verb:k]
        if not 0 < len(between) <= 6 or not all(t.is_word or t.text in ("'", "’") for t in between) or \
                any(t.lower in THAT_WORDS or t.lower in SUBORDINATORS or t.lower in CLAUSE_OPENERS or
                    t.lower in TITLE_NAMING or t.lower in NAMING_WORDS or
                    t.lower in ("who", "which", "qui", "dont", "où", "where", "when") for t in between):
            return False  # (and not a name for a thing: "the so-called “car tax”", "le dispositif dit « … »")
        # the verb's own object, short, after any adverbs: not a complement after a preposition ("passed amendments
        # to the “…”"), nor the object of a participle further on ("triggered a device targeting the “…”")
        adverbs = {j for j in range(verb + 1, k) if is_adverb(toks[j], self.lang) or
                   f"{toks[j].lower} {toks[j + 1].lower}" in ADVERB_LOCUTIONS or
                   f"{toks[j - 1].lower} {toks[j].lower}" in ADVERB_LOCUTIONS}
        obj = [toks[j] for j in range(verb + 1, k) if j not in adverbs]
        return len(obj) <= 3 and not any(t.lower in PREPOSITIONS or t.lower.endswith("ing") for t in obj)

    def _carry(self, cand: Candidate, previous: Candidate, factor: float) -> None:
        cand.carried_from = previous
        cand.pattern = factor
        cand.via = "carried over from the previous quote"
        cand.resolution = previous.resolution
        cand.mention = None

    def _previous_subject(self, cand: Candidate, si: int) -> bool:
        """ "The head chef is leaving with a twinge of sorrow. “François Hollande came to say goodbye.”" """
        if si == 0:
            return False
        prev = self.sentences[si - 1]
        if cand.block - prev.block > 1 or prev.headline or any(t.text == QUOTE_TOKEN for t in prev.tokens):
            return False
        last = self._last_attributed
        if last is not None and last.start >= prev.start:
            return False
        if prev.tokens[-1].text not in (".", ":", "!", "…"):
            return False
        m = clause_subject(prev, len(prev.tokens), self.lex)
        if m is None or m.kind == "description" and not m.definite:
            return False
        if m.kind == "name" and (m.entity is None or m.entity.kind not in ("person", "unknown")):
            return False
        if m.kind == "pronoun" and m.gender not in ("m", "f"):
            return False
        resolution = self.resolver.resolve(m, m.start, learn=False)
        if resolution.name is None:
            return False
        cand.mention, cand.resolution, cand.pattern = m, resolution, 0.7
        cand.via = "subject of the previous sentence"
        return True

    def _person_named_next(self, cand: Candidate, si: int) -> bool:
        """ "« Les cigognes n'ont plus besoin d'aller en Afrique. » Pour l'ornithologue X, la conclusion est sans
        appel", "“Seventy per cent …” Trade minister X made the claim": a whole quoted sentence opening its
        paragraph, with no cue, whose next sentence in the paragraph names a person near its start, and no
        other quote (cataphora without a verb of speech)."""
        if si + 1 >= len(self.sentences):
            return False
        nxt = self.sentences[si + 1]
        if nxt.block != cand.block or nxt.headline or any(t.text == QUOTE_TOKEN for t in nxt.tokens):
            return False
        m = next((n for n in nxt.mentions if n.tok_start < NAMED_NEXT_WITHIN), None)
        if m is None or m.kind != "name" or m.entity is None or not self._personal_name(m.entity) or m.possessive or \
                self._words_answered(nxt):
            return False
        cand.mention, cand.resolution, cand.pattern = m, self.resolver.resolve(m, m.start, learn=False), 0.7
        cand.via = "the person named in the next sentence"
        return cand.resolution.name is not None

    def _about_last_speaker(self, sent: Sentence, k: int, previous: Candidate) -> bool:
        """ "he defines himself as a “whistle-blower”": the sentence is about the last speaker."""
        m = clause_subject(sent, k, self.lex)
        if m is None or previous.resolution.entity is None:
            return False
        if m.kind == "name":
            return m.entity is previous.resolution.entity
        if m.kind == "pronoun" and m.gender in ("m", "f"):
            return self.resolver.resolve(m, m.start, learn=False).entity is previous.resolution.entity
        return False

    def _looks_like_title(self, cand: Candidate) -> bool:
        words = self.text[cand.start:cand.end].split()
        caps = sum(1 for w in words if w[:1].isupper())
        return caps >= max(2, len(words) - 1)
