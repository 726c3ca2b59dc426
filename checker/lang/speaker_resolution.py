"""Stage 4 of quote extraction: mentions and entities, then each speaker mention resolved (pronouns, descriptions, cataphora)."""
from __future__ import annotations

import re
from dataclasses import replace

from .names import zipf
from .role_activity import names_activity
from .speaker_choice import BEST, Option, agrees, choose, score
from ..data.cache import load_yaml
from .capitalised import all_caps
from .word_lists import name_words
from .restrictive_modifiers import TIME_ADVERBS, modifier_end, named_in_relative
from .quote_common import (
    CLAUSE_SUBORDINATORS, COORDINATION, DOCUMENT_HEADS, FINITE_AUXILIARIES, MEDIA_CUES, NP_JOINERS, PAST_TENSE_EN,
    PREPOSITIONS_TAIL, RARE_ZIPF, Candidate, _description_ending, _ends_with_org, _fold_first, _plural_head,
    _plural_word,
)
from .fr_name_gender import FR_FIRST_PLURAL, fr_form_gender
from .fr_verdict import verdict_object
from .given_names import given_name_gender
from .speakers import (
    ARTICLES, BE_FORMS, COMPLEMENT_ROLES, DETERMINERS, FR_DE_FORMS, FUNCTION_WORDS, INDEFINITE, LEADING_SKIP,
    MEDIA_NOUNS, MONTHS, QUOTE_TOKEN, FR_DETERMINER_GENDER, RELATIVES, SKIP_BEFORE_CUE, SPEAKER_WORDS, VERB_STOPS,
    WEEKDAYS, WORD_LISTS,
    Mention, Resolution, Sentence, _described_otherwise, _noun_stem, _role_class, any_noun_phrase, clause_subject,
    description_back, description_forward, description_gender,
    cue_at, fold, fr_other_holder, is_adverb, is_org_noun, is_role, participle_subject, past_postnominals,
    role_gender, sent_text,
)


UNKNOWN_SUBJECT_ZIPF = 3.5  # a capitalised first word rarer than this, before a verb, names someone ("Tesco")
# (French) adjectives agreeing with the person a description names ("l'ancien maire"): _fr_agreement_gender
FR_MASCULINE_ADJECTIVES = SPEAKER_WORDS["fr_masculine_adjectives"]
FR_FEMININE_ADJECTIVES = SPEAKER_WORDS["fr_feminine_adjectives"]
FR_FIRST_SINGULAR = SPEAKER_WORDS["fr_first_person_singular"]  # (folded: "j'ai" -> "j", "ai")
# (English) nouns that name a body again by its trade ("the carrier" for Ryanair): ResolutionStage._epithet_named
BODY_EPITHETS = frozenset(str(w) for w in load_yaml("speaker_lexicon")["body_epithets"])
DATE_OPENERS = WORD_LISTS["date_openers"]  # "On Tuesday Redcliffe Mining said": _dated
FR_WEEKDAYS = WEEKDAYS - name_words("weekdays", french=False)  # capitalised only opening a sentence
CLAUSE_LINKS = frozenset({"while", "whereas", "tandis", "que", "qu'", "qu’"})
# words opening an indirect question, whose subject follows: "describing how Obama suffered a loss"
INDIRECT_QUESTION = frozenset({"how", "why", "comment", "pourquoi"})
# prepositions of place, time and medium: a name after one (or after one and an article) is oblique
OBLIQUE = SPEAKER_WORDS["oblique_prepositions"]
FR_DEMONYM_ENDINGS = tuple(SPEAKER_WORDS["fr_demonym_endings"])  # "la Savoyarde Lison X": _fr_demonym_first
FR_IMPERSONAL = SPEAKER_WORDS["fr_impersonal_after_il"]  # "Il s'agit du spécimen …": an "il" standing for nobody
# (English) sentence-opening pronouns that continue the person the sentence before opened with, and their gender
NARRATIVE_PRONOUNS = {"he": "m", "she": "f", "his": "m", "her": "f"}
GENDERED_WORDS = frozenset({"he", "she", "his", "her", "himself", "herself"})
# French subject pronouns that, opening a sentence, continue the person the sentence before opened with ("son"
# and "sa" agree with the noun they own, not with the person: no gender there)
FR_NARRATIVE_PRONOUNS = {"il": "m", "elle": "f"}
# French stressed pronouns that set off the subject a sentence turns to (« Le promoteur, lui, se dit … »)
FR_STRESSED_PRONOUNS = {"lui": "m", "elle": "f"}
# (English) words after which "he"/"she" opens a clause of the same sentence ("… after he replaced …")
CLAUSE_LINK_WORDS = frozenset({"after", "before", "when", "because", "since", "as", "while", "until", "although",
                               "though", "once", "if", "and", "but", "where", "so"})


def title_pattern(acronym: str) -> re.Pattern:
    """The title an acronym spells ("DCP": "Deputy Commissioner of Police", perhaps "(South)" after it), as a word.

    The pattern opens on the first capital and looks back for the word boundary after it: a pattern that opens
    on a literal is searched for that letter, where one that opens on `\\b` is tried at every character of the
    text. Before a word character the boundary means no word character, which the look-behind reads."""
    initials = r"\s+(?:(?:of|the|and|for)\s+)*".join(rf"{letter}[a-z]+" for letter in acronym)
    first = acronym[0]
    opening = rf"{first}(?<!\w{first})" if first.isascii() and first.isalnum() else rf"\b{first}"
    return re.compile(rf"{opening}{initials[1:]}(?:\s*\([^()]{{1,30}}\))?\s+")


def _dates_only(words: tuple[str, ...]) -> bool:
    """Whether a name's words are all weekdays and months ("Monday", "Friday"), and there are some."""
    for word in words:
        low = word.lower()
        if low not in WEEKDAYS and low not in MONTHS:
            return False
    return bool(words)


class ResolutionStage:
    """Methods of the extractor (checker.lang.quotes._Extractor) for this stage; they share its state."""

    def _mentions(self, sent: Sentence) -> None:
        names = []
        furniture = sent.block in self.furniture
        found = self.names.sentence_view(sent.tokens)
        for m in _fr_territorial(found, sent.tokens, self.text, self.lex) if self.lang == "fr" else found:
            if _dates_only(m.words):
                continue  # "Monday", "Friday": a date, nobody who speaks
            if len(m.words) > 1 and not m.head and _dated(sent.tokens, m.tok_start):
                m = _without_first_word(m, sent.tokens, self.text)  # "On Tuesday Redcliffe Mining said"
            elif self.lang == "fr" and self._fr_demonym_first(sent, m):
                m = _without_first_word(m, sent.tokens, self.text)  # "la Savoyarde Lison Duvillard-Koné"
            elif self.lang == "fr" and m.kind == "name" and m.tok_start == 0 and m.tok_end >= 4 and \
                    sent.tokens[0].lower in ARTICLES and \
                    self._fr_origin_before_name(sent.tokens[1], sent.tokens[2:m.tok_end]):
                start = sent.tokens[2].start  # "Le Lyonnais Baptiste X a remporté": the article opens the sentence
                m = replace(m, start=start, text=self.text[start:m.end], tok_start=2,
                            words=tuple(t.text for t in sent.tokens[2:m.tok_end]),
                            name_span=(start, m.name_span[1] if m.name_span else m.end))
            whole_possessive = m.words[-1].endswith(("'s", "’s")) and not m.possessive  # "Moody's, …"
            if m.tok_start == 0 and m.tok_end == 1 and not m.gender and not m.head and not whole_possessive:
                word = sent.tokens[0].bare.lower()
                if self.lang == "en" and m.possessive and sent.tokens[0].lower.endswith(("'s", "’s")) and \
                        word not in TIME_ADVERBS and zipf(word, self.lang) < 5.0:
                    pass  # "Charlie's company …": a bare singular noun takes no 's without an article; a name does
                elif word not in self.mid_caps and not self.registry.find([sent.tokens[0].bare]) and \
                        _fold_first(word) not in self.lex.first_names and word not in self.lex.places and \
                        not self._before_verb(sent, word):
                    continue  # "Executives said", "Inquiries revealed": an ordinary word
            role = "furniture" if furniture else self._role(sent, m, names)
            upgrade = not sent.headline or _fold_first(m.words[0]) in self.lex.first_names
            entity = self.registry.link(m, role, upgrade=upgrade)
            if self.lang == "fr" and entity.kind == "person" and _after_venue_noun(sent.tokens, m.tok_start):
                entity.kind = "place"  # "la fermeture de la piscine Jean-Bouin": a place, not "il"
            names.append(m)
        sent.mentions = names
        if self.lang == "en":
            self._ages(sent)
        elif self.lang == "fr" and names:
            self._fr_ages(sent)
        self._appositions(sent)
        if self.lang == "fr" and names:
            self._fr_agreement_gender(sent)
        if self.lang == "en" and sent.tokens and sent.tokens[0].lower in NARRATIVE_PRONOUNS and not sent.headline:
            self._narrative_gender(sent)
        elif self.lang == "fr" and len(sent.tokens) > 1 and sent.tokens[0].lower in FR_NARRATIVE_PRONOUNS and \
                sent.tokens[1].lower not in FR_IMPERSONAL and not sent.headline:
            self._narrative_gender(sent)  # "Bérangère X a décidé d'arrêter … Elle conservera le blé"
        if self.lang == "en" and names and not sent.headline:
            self._clause_gender(sent)

    def _fr_demonym_first(self, sent: Sentence, m: Mention) -> bool:
        """ "la Savoyarde Lison X", "le Lyonnais Paul Y", "l'Ivoirienne Awa Z": a name that an article opens with a
        capitalised noun of origin (a nationality, or a demonym's ending), then a full name of two words or more; a
        French person's name takes no article (not "la Banque Postale", "La Fontaine")."""
        toks = sent.tokens
        if m.kind != "name" or len(m.words) < 3 or m.tok_start == 0 or toks[m.tok_start - 1].lower not in ARTICLES:
            return False
        first, rest = toks[m.tok_start], toks[m.tok_start + 1:m.tok_end]
        return self._fr_origin_before_name(first, rest)

    def _fr_origin_before_name(self, first, rest) -> bool:
        """`first` a capitalised noun of origin, `rest` the full name of a person after it (_fr_demonym_first)."""
        low = first.lower
        return first.is_cap and low.isalpha() and len(low) > 3 and len(rest) <= 3 and all(t.is_cap for t in rest) and \
            _fold_first(low) not in self.lex.first_names and \
            not any(is_org_noun(t.lower, self.lex) for t in (first, *rest)) and \
            (low in self.lex.nationalities or low.endswith(FR_DEMONYM_ENDINGS))

    def _ages(self, sent: Sentence) -> None:
        """ "Sinéad Farrelly, 45, from Navan", "Tom Ruane (71)": the age set off after a person's name."""
        toks = sent.tokens
        for m in sent.mentions:
            e, j = m.entity, m.tok_end
            if e is not None and e.kind in ("person", "unknown") and j + 2 < len(toks) and \
                    (toks[j].text, toks[j + 2].text) in ((",", ","), (",", "."), ("(", ")")) and \
                    toks[j + 1].text.isdigit() and 0 < int(toks[j + 1].text) < 120:
                self.registry.describe_age(e, toks[j + 1].text)

    def _fr_ages(self, sent: Sentence) -> None:
        """ "Prosper Delamotte, 88 ans, est …": a French name of two words or more that nothing classified, set off
        with an age in years, is a person's."""
        toks = sent.tokens
        for m in sent.mentions:
            e, j = m.entity, m.tok_end
            if e is not None and e.kind == "unknown" and len(e.tokens) > 1 and j + 3 < len(toks) and \
                    toks[j].text in (",", "(") and toks[j + 1].text.isdigit() and 0 < int(toks[j + 1].text) < 120 \
                    and toks[j + 2].lower == "ans" and toks[j + 3].text in (",", ")", "."):
                e.kind = "person"

    def _clause_gender(self, sent: Sentence) -> None:
        """ "Gavin Rutherford is leaving …, nine years after he replaced Pete Garland", "Professor X … published
        her interim findings": the first person a sentence names, of unknown gender (the lexicon lacks the given
        name), takes the gender of a "his", possessive "her", reflexive, or "he"/"she" after a clause link that
        follows it in the sentence, when nobody else (no other name, no role noun) and no quote comes between."""
        toks = sent.tokens
        first = next((m for m in sent.mentions if m.entity is not None and self._personal_name(m.entity)), None)
        if first is None or first.entity.gender or first.possessive or \
                _fold_first(first.entity.tokens[0].split("-")[0]) in self.lex.first_names:
            return  # (a given name the lexicon knows outweighs a pronoun, which machine translation often flips)
        end = next((i + 1 for i in range(min(len(toks), first.tok_end + 25) - 1, first.tok_end - 1, -1)
                    if toks[i].lower in GENDERED_WORDS), None)  # (most sentences have none: nothing to read)
        if end is None or self._role(sent, first) in ("possessive", "complement", "oblique"):
            return
        other = rival = False  # someone named since; someone named since as a subject, or known as a person
        for i in range(first.tok_end, end):
            tok = toks[i]
            named = sent.mention_starting(i)
            if tok.text == QUOTE_TOKEN or tok.is_word and not tok.is_cap and is_role(tok.lower, self.lex) and \
                    any(t.lower in DETERMINERS for t in toks[max(first.tok_end, i - 2):i]):
                return  # someone else described ("the minister and his staff"), not a verb ("who chairs")
            if named is not None:
                other = other or named.entity is None or self._personal_name(named.entity)
                rival = rival or named.entity is None or named.entity.kind == "person" or \
                    self._role(sent, named) == "subject"
            low, nxt = tok.lower, toks[i + 1] if i + 1 < len(toks) else None
            if low in ("his", "himself", "herself") or low == "her" and nxt is not None and nxt.is_word and \
                    not nxt.is_cap and nxt.lower not in FUNCTION_WORDS:
                if not other:  # (a possessive may be the object's: "thanked the minister and his staff")
                    first.entity.gender = "m" if low != "herself" and low != "her" else "f"
                    if first.entity.kind == "unknown" and len(first.entity.tokens) > 1:
                        first.entity.kind = "person"  # "Kemi Badenoch used her first speech": a person
                return
            if low in ("he", "she") and toks[i - 1].lower in CLAUSE_LINK_WORDS:
                if not rival:  # a subordinate clause's subject is most often the main clause's
                    first.entity.gender = "m" if low == "he" else "f"
                return
            if low in ("he", "she") and self._other_of_gender(first.entity, "m" if low == "he" else "f", tok.start):
                return  # "Quaile said she had earned her chance": that pronoun's, maybe the woman named before

    def _fr_agreement_gender(self, sent: Sentence) -> None:
        """ "l'ancien maire de Sète, Fulbert X", "Son prédécesseur, Gonzague X": a French person of unknown gender
        whose description agrees in gender, by an adjective's form or a role noun in "-eur" (not "-eure"), when
        the lexicon lacks the given name; an épicène noun alone ("le maire", "la ministre") says nothing here."""
        for m in sent.mentions:
            e = m.entity
            if e is None or e.gender or e.kind not in ("person", "unknown") or not e.descriptions:
                continue
            found = set()
            for _, head, text in e.descriptions:
                words = [w.split("'")[-1].split("’")[-1] for w in text.lower().split()]
                found |= {"m" for w in words if w in FR_MASCULINE_ADJECTIVES}
                found |= {"f" for w in words if w in FR_FEMININE_ADJECTIVES}
                if head and head.lower().endswith("eur") and is_role(head.lower(), self.lex) and \
                        fr_form_gender(e, self.lex) != "f":
                    found.add("m")  # "son prédécesseur", "le directeur" (not "l'entraîneur, Baptistine X")
            if len(found) == 1:
                e.gender = found.pop()

    def _named_plural(self, e, pos: int) -> bool:
        """A French name that every mention before `pos` gives a plural determiner ("les Bleues", "des Verts")."""
        seen = [q for q, _ in e.mentions if q < pos]
        return bool(seen) and all(self.text[max(0, q - 5):q].lower().split()[-1:] in (["les"], ["des"], ["aux"])
                                  for q in seen)

    def _other_of_gender(self, e, gender: str, pos: int) -> bool:
        """Someone else of `gender` named in the paragraph of `pos` or the one before."""
        block = self.block_of(pos) - 1
        start = self.block_starts[block] if block > 0 else -1
        return any(o is not e and o.gender == gender for o in self.registry.named_between(start, pos))

    def _narrative_gender(self, sent: Sentence) -> None:
        """ "Marisha Okonjo took over in May. ¶ She has since doubled the budget": a sentence that opens with
        "he", "she", "his" or "her" ("Her deputy, …") continues the person the sentence before opened with, whose
        gender it gives when nothing else did (the lexicon lacks the given name) and nobody else of unknown gender
        is named there."""
        si = self.sentence_at(sent.start)
        prev = self.sentences[si - 1] if si else None
        if prev is None or prev.headline or sent.block - prev.block > 1 or prev.block in self.furniture:
            return
        people = [m for m in prev.mentions if m.entity is not None and self._personal_name(m.entity)]
        first = prev.mentions[0] if prev.mentions else None
        opened = first is not None and (first.tok_start <= 1 or self.lang == "fr" and first.entity is not None and
                                        first.entity.has_mention(first.start, "subject"))  # ("Après …, X a décidé")
        if first is None or not opened or first.entity is None or first.entity.gender or \
                not self._personal_name(first.entity) or \
                any(m.entity is not first.entity and not m.entity.gender for m in people):
            return
        gender = (NARRATIVE_PRONOUNS if self.lang == "en" else FR_NARRATIVE_PRONOUNS)[sent.tokens[0].lower]
        if self._object_of_gender(prev, first.tok_end, gender):
            return  # "Sheriff X told him it was … ¶ His solicitor said": "his" may be the man told, not X
        e = first.entity
        if self.lang == "fr" and e.kind == "unknown" and \
                any(zipf(_fold_first(e.tokens[0]), lang) >= UNKNOWN_SUBJECT_ZIPF for lang in ("fr", "en")):
            return  # "Air France … Elle": a body whose name opens with a word, not a given name
        e.gender = gender
        if self.lang == "fr" and e.kind == "unknown":
            e.kind = "person"  # a given name the lexicon lacks, taken up by « il » / « elle »

    def _object_of_gender(self, sent: Sentence, start: int, gender: str) -> bool:
        """An English object pronoun of `gender` after token `start` ("told him", "sentenced her."): someone
        else of that gender the sentence speaks of."""
        toks = sent.tokens
        for i in range(start, len(toks)):
            low = toks[i].lower
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (gender == "m" and low == "him") or (gender == "f" and low == "her" and
                                                    (nxt is None or not nxt.is_word or nxt.lower in FUNCTION_WORDS)):
                return True
        return False

    def _personal_name(self, e) -> bool:
        """A person, or an English name of two words that nothing classified and no body's word holds."""
        return e.kind == "person" or e.kind == "unknown" and len(e.tokens) > 1 and \
            not any(is_org_noun(t.lower(), self.lex) or _capitals_word(t) for t in e.tokens)

    def _person_by_apposition(self, sent: Sentence, m: Mention, e) -> None:
        """ "Helen Park, the chief executive of the trust,": a known given name and a person's role set off by
        commas make a person of a name an organisation's or a place's word ends ("Park", "Hall", "Banks")."""
        toks = sent.tokens
        first = _fold_first(e.tokens[0].split("-")[0]) if e.tokens else ""
        if len(e.tokens) != 2 or first not in self.lex.first_names or m.tok_end + 1 >= len(toks) or \
                toks[m.tok_end].text != ",":
            return
        desc = description_forward(sent, m.tok_end + 1, self.lex)
        if desc is not None and is_role(desc.head, self.lex) and not is_org_noun(desc.head, self.lex):
            e.kind = "person"
            e.gender = e.gender or self.lex.first_names[first]

    def _before_verb(self, sent: Sentence, word: str) -> bool:
        """ "Ditta denied", "Biden later said", "Frontier a déclaré", "Macron: “…”": a sentence-initial
        name right before its verb, or before the colon of a "Name: quote" headline."""
        if len(sent.tokens) < 2:
            return False
        if sent.tokens[1].text == ":" and sent.headline:
            return True
        if sent.tokens[1].text == "," and zipf(word, self.lang) < RARE_ZIPF:
            return True  # "Bombardier, the world's largest trainmaker, said": a rare word set off by a comma
        if self.lang == "en" and len(sent.tokens) > 3 and sent.tokens[1].text == "," and \
                sent.tokens[2].lower in ("which", "who") and self._verb_after_apposition(sent, Mention(
                    "name", 0, 0, word, 0, 1)):
            return True  # "Virgin, which has been talking to CASA, was amenable …": a name a relative describes
        if sent.tokens[1].text == "," and len(sent.tokens) > 3 and sent.tokens[2].lower in DETERMINERS:
            desc = description_forward(sent, 2, self.lex)
            if desc is not None and (is_org_noun(desc.head, self.lex) or is_role(desc.head, self.lex)) and \
                    self._verb_after_apposition(sent, Mention("name", 0, 0, word, 0, 1)):
                return True  # "Bombardier, le plus grand constructeur ferroviaire au monde, a déclaré"
        if word.endswith("s"):  # "Hamas has …" but "Inquiries revealed …"; "Qantas said": a rare word
            nxt = sent.tokens[1]
            return nxt.lower in ("has", "is", "was", "does", "a", "est") or \
                self.lang == "en" and nxt.lower.endswith("s") and self._is_cue_token(nxt) or \
                self._is_cue_token(nxt) and zipf(word, self.lang) < RARE_ZIPF
        first = sent.tokens[1]
        if not first.is_cap and (first.lower in VERB_STOPS[self.lang] or first.lower in BE_FORMS):
            return True
        k = 1
        while k < len(sent.tokens) - 1 and (is_adverb(sent.tokens[k], self.lang) or
                                            sent.tokens[k].lower in SKIP_BEFORE_CUE and self.lang == "en"):
            k += 1
        return self._is_cue_token(sent.tokens[k])

    def _role(self, sent: Sentence, m: Mention, earlier: list[Mention] | None = None) -> str:
        """ `m`'s part in its clause; `earlier`: the sentence's mentions before it, while they are being found."""
        toks = sent.tokens
        if m.possessive:
            return "subject" if self._possessive_topic(sent, m) else "possessive"  # (the topic: as salient)
        prev = toks[m.tok_start - 1].lower if m.tok_start else ""
        if self.lang == "fr" and prev in ("du", "des"):
            return "complement"  # "le préfet du Tchad": "de" and an article, as below
        if prev in {"of", "de", "du", "des", "d'", "d’", "by", "par", "with", "avec", "to", "for", "pour"}:
            return "possessive" if prev in {"of", "de", "du", "des", "d'", "d’"} else "other"
        if self.lang == "fr" and self._fr_class_noun_complement(toks, m.tok_start):
            return "complement"  # "Les chercheurs du laboratoire GeoRessources": the name of a noun's complement
        before = toks[m.tok_start - 2].lower if m.tok_start > 1 and prev in ARTICLES else ""
        if before in ("of", "de"):
            # "le procureur de la République", "le centre de la Centrafrique": the complement of a noun, named with
            # an article as places and bodies are (a person's name takes none: "la société de Charlie")
            return "complement"
        if (prev in OBLIQUE or before in OBLIQUE) and not self._relative_after(sent, m):
            return "oblique"  # "in (the) Pennsylvania", "au Figaro": a place or a medium, seldom who "he" is
        nxt = toks[m.tok_end] if m.tok_end < len(toks) else None
        verb_next = nxt is not None and (self._is_cue_token(nxt) or nxt.is_word and not nxt.is_cap and
                                         nxt.lower not in PREPOSITIONS_TAIL and nxt.lower not in COORDINATION
                                         and nxt.lower not in ("of", "de", "du", "des"))
        if m.tok_start == 0 or m.tok_start == 1 and prev in ("the", "le", "la", "les", "l'", "l’"):
            return "subject"  # "Le Paris Saint-Germain recevra …"
        if 2 <= m.tok_start <= 4 and toks[0].lower in ARTICLES and \
                all(t.is_word and not t.is_cap for t in toks[1:m.tok_start]) and \
                any(is_role(t.lower, self.lex) and not is_org_noun(t.lower, self.lex) for t in toks[1:m.tok_start]):
            return "subject"  # "Le géologue Théophane X et sa collègue …": the role that opens the sentence is his
        if self.lang == "fr" and prev == "et":
            conjunct = next((o for o in (earlier if earlier is not None else sent.mentions)
                             if o.tok_end == m.tok_start - 1), None)
            role = self._role(sent, conjunct, earlier) if conjunct is not None and conjunct.tok_start > 0 else "subject"
            if role != "subject":
                return role  # "ses vols vers Bamako et Conakry, invoquant": the first name's part, not who acts
        if (prev in {",", "and", "but", "et", "mais", QUOTE_TOKEN.lower()} or prev in CLAUSE_SUBORDINATORS or
                prev in INDIRECT_QUESTION) and \
                (verb_next or self._verb_after_apposition(sent, m)):
            return "subject"
        if m.tok_start <= 8 and self._opener_only(sent, m.tok_start) and \
                (verb_next or self._verb_after_apposition(sent, m)):  # (a name at 0 returned above)
            return "subject"  # "This week Standard & Poor's cited …", "l'agence de notation Moody's a cité …"
        if self.lang == "fr" and (self._fr_after_cue(toks, m.tok_start) or
                                  prev == "," and self._fr_role_after_cue(toks, m.tok_start - 1)):
            return "subject"  # « … », a expliqué jeudi Frédérick X: French puts the speaker after its verb
        if self.lang == "en" and nxt is not None and nxt.lower == "and" and m.tok_start <= 4 and \
                all(t.is_word and (t.is_cap or is_role(t.lower, self.lex)) for t in toks[:m.tok_start]):
            return "subject"  # "Fire chief Dimitris Karras and the governor, Eleni Mavrou, visited": both act
        return "other"

    def _fr_class_noun_complement(self, toks, k: int) -> bool:
        """ "du laboratoire GeoRessources", "de la clinique Pasteur": a name after the noun of its kind, the whole a
        definite complement (« du », « des », « de la », « de l' »); a bare « de » makes one noun of two and the
        name its apposition ("l'agence de notation Standard & Poor's a cité", "l'international de handball X")."""
        j = k - 1
        while j >= 0 and k - j <= 2 and toks[j].is_word and not toks[j].is_cap and toks[j].lower not in FUNCTION_WORDS:
            j -= 1
        if j == k - 1 or j < 1:
            return False
        return toks[j].lower in ("du", "des") or toks[j].lower in ARTICLES and toks[j - 1].lower in FR_DE_FORMS

    def _possessive_topic(self, sent: Sentence, m: Mention) -> bool:
        """ "Ballard's sparkling wines were served …": an English sentence that opens with someone's belongings
        is about that person (a "he" after it may be them), unlike "Ballard's lawyer said", whose subject is
        another person."""
        toks = sent.tokens
        if self.lang != "en" or m.tok_start != 0:
            return False
        after = [t for t in toks[m.tok_end:m.tok_end + 3] if t.is_word]
        return bool(after) and not any(t.is_cap or is_role(t.lower, self.lex) for t in after)

    def _fr_after_cue(self, toks, k: int) -> bool:
        """Token `k` follows a cue set off by a comma or a quotation, with at most a day or an adverb between
        (« … », a expliqué X; "…, a confirmé jeudi son président"): the inverted subject of a French reporting
        clause, not the object of a verb whose subject came before it ("X a défendu jeudi Y"), nor a noun the verb
        spells ("la tempête Alex")."""
        j = k - 1
        if j > 0 and toks[j].is_word and not toks[j].is_cap and (toks[j].lower in WEEKDAYS or
                                                                  toks[j].lower.endswith("ment")):
            j -= 1
        for i in range(j, max(-1, j - 3), -1):
            cue = cue_at(self.text, toks[i].start, self.lex) if toks[i].is_word and not toks[i].is_cap else None
            if cue is not None and cue.end() == toks[j].end:
                return i > 0 and toks[i - 1].text in (",", QUOTE_TOKEN)
        return False

    def _fr_role_after_cue(self, toks, comma: int) -> bool:
        """Before the comma `comma`, a description that follows an inverted cue (« … », a insisté l'adjoint au
        budget, Michele X): the name apposed to it is the clause's subject too."""
        for j in range(comma - 1, max(0, comma - 8), -1):
            if not toks[j].is_word or toks[j].is_cap and j < comma - 1:
                return False
            if toks[j].lower in FR_ROLE_DETERMINERS:
                return self._fr_after_cue(toks, j)
        return False

    def _relative_after(self, sent: Sentence, m: Mention) -> bool:
        """ "Il succède à Edwige X, qui avait mené …": a person's relative clause after the name makes it act."""
        toks = sent.tokens
        return m.tok_end + 1 < len(toks) and toks[m.tok_end].text == "," and \
            toks[m.tok_end + 1].lower in ("qui", "who")

    def _opener_only(self, sent: Sentence, upto: int) -> bool:
        """Nothing before token `upto` but a short opener: a time or place phrase, a description of the
        name that follows ("Cette semaine, l'agence de notation"): no verb, no quote, no clause link."""
        first = self._opener_end.get(id(sent))
        if first is None:
            first = self._opener_end[id(sent)] = self._first_clause_word(sent)
        return upto <= first

    def _first_clause_word(self, sent: Sentence) -> int:
        """The index of the first token (among the first nine) that ends an opener: a verb, a cue, a quote,
        a clause link or a pronoun; 9 when there is none."""
        stops = VERB_STOPS[self.lang]
        for k, tok in enumerate(sent.tokens[:9]):
            low = tok.lower
            if tok.text == QUOTE_TOKEN or low in stops or low in BE_FORMS or low in CLAUSE_SUBORDINATORS or \
                    low in RELATIVES or low in self.lex.pronouns or \
                    tok.is_word and not tok.is_cap and self._is_cue_token(tok):
                return k
        return 9

    def _verb_after_apposition(self, sent: Sentence, m: Mention) -> bool:
        """ "The president of the Council, Dieter Graumann, said" / "Dieter Graumann, 64, said"."""
        toks = sent.tokens
        j = m.tok_end
        if j >= len(toks) or toks[j].text != ",":
            return False
        for close in range(j + 1, min(len(toks), j + 15)):
            if toks[close].text == ",":
                nxt = toks[close + 1] if close + 1 < len(toks) else None
                return nxt is not None and (self._is_cue_token(nxt) or nxt.lower in VERB_STOPS[self.lang] or
                                            self.lang == "en" and nxt.is_word and not nxt.is_cap and
                                            nxt.lower.endswith("ed") and len(nxt.lower) > 4)  # ", cited"
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        return nxt is not None and (self._is_cue_token(nxt) or nxt.lower in VERB_STOPS[self.lang] or
                                    nxt.is_word and not nxt.is_cap and nxt.lower not in DETERMINERS and
                                    nxt.lower not in PREPOSITIONS_TAIL and nxt.lower not in COORDINATION)

    def _appositions(self, sent: Sentence) -> None:
        """Record what each person is described as: "X, Putin's adviser," / "Putin's adviser, X,"."""
        toks = sent.tokens
        merged = []
        for m in sent.mentions:
            e = m.entity
            if e is not None and e.kind in ("org", "unknown"):
                self._org_apposition(sent, m, e)
            if e is not None and e.kind in ("org", "place"):
                self._person_by_apposition(sent, m, e)
            if e is None or e.kind not in ("person", "unknown"):
                continue
            # after: "Yuri Ushakov, the Kremlin adviser," (not "Dans le Maryland, la mère d'un nourrisson a dit")
            if m.tok_end < len(toks) and toks[m.tok_end].text == "," and m.tok_end + 1 < len(toks) and \
                    not _after_preposition(toks, m.tok_start):
                desc = description_forward(sent, m.tok_end + 1, self.lex)
                closed = desc is not None and (desc.tok_end >= len(toks) or toks[desc.tok_end].text in (",", ".", ";")
                                               or self._is_cue_token(toks[desc.tok_end]))
                if closed and (is_role(desc.head, self.lex) or is_org_noun(desc.head, self.lex) or
                               desc.head in self.lex.titles) and not any(
                        o.kind == "name" and desc.tok_start < o.tok_start < desc.tok_end and
                        (o.entity is None or o.entity.kind == "person") for o in sent.mentions):
                    self.registry.describe(e, desc.text)
            # before: "Vladimir Putin's diplomatic adviser, Yuri Ushakov"
            k = m.tok_start - 1
            if k >= 1 and toks[k].text == ",":
                desc = _description_ending(sent, k - 1, self.lex)
                if desc is None and e.kind == "person":
                    desc = any_noun_phrase(sent, k - 1)  # "His Polish counterpart, Katarzyna Nowak"
                if desc is not None and _plural_head(desc) and m.words and len(m.words) <= 3:
                    desc = None  # "Lawyers for the defendant, Victor Reyes": the name is the defendant's
                if desc is not None and desc.tok_start > 0 and toks[desc.tok_start - 1].lower in OBJECT_PREPOSITIONS \
                        and m.tok_end < len(toks) and toks[m.tok_end].is_word:
                    desc = None  # "will vary by the airline, FAA Administrator Michael Huerta said": an object
                if desc is not None and (e.kind == "person" or len(e.tokens) > 1 and e.kind == "unknown" or
                                         not _ends_with_org(desc, self.lex)):
                    end = past_postnominals(toks, m.tok_end, self.lex)  # "The prosecutor, Rebecca Ingram KC,"
                    after = toks[end].text if end < len(toks) else "."
                    if after in (",", ".", ";", ":", ")") or toks[end].lower in self.lex.cue_forms or \
                            self.lex.cue_re.match(self.text, toks[end].start):
                        self.registry.describe(e, desc.text)
                        wide = Mention("name", desc.start, m.end if end == m.tok_end else toks[end - 1].end, m.text,
                                       desc.tok_start, end,
                                       entity=e, gender=m.gender, words=m.words)
                        wide.name_span = (m.start, m.end)
                        merged.append(wide)
            # pre-nominal role words: "airline consultant Jay Sorensen", "le secrétaire d'Etat John Kerry"
            k = m.tok_start - 1
            words = []
            while k >= 0 and len(words) < 5 and toks[k].is_word and not toks[k].is_cap and \
                    toks[k].lower not in self.lex.cue_forms and toks[k].lower not in NP_JOINERS and \
                    toks[k].lower not in DETERMINERS and toks[k].lower not in self.lex.pronouns:
                words.append(toks[k].lower)  # up to "her": "who lost her twin daughters Jane" names no role of Jane
                k -= 1
            plural = bool(words) and self.lang == "en" and _plural_word(words[0])
            if words and not plural and any(is_role(w, self.lex) for w in words) and \
                    (is_role(words[0], self.lex) or self.lang == "fr"):
                article = [toks[k].lower] if self.lang == "fr" and k >= 0 and toks[k].lower in ("la", "une") else []
                self.registry.describe(e, " ".join(article + list(reversed(words))))  # "la sociologue Dominique X"
            elif self.lang == "fr" and (e.kind == "person" or e.kind == "unknown" and len(e.tokens) > 1) and \
                    not any(is_role(w, self.lex) for w in words):
                role = self._fr_role_with_complement(toks, m.tok_start)
                if role is not None:  # "le député de l'opposition Kugan X … le député": his role, its complement
                    self.registry.describe(e, role)
        sent.mentions = sent.mentions + merged

    def _fr_role_with_complement(self, toks: list, start: int) -> str | None:
        """ "le député de l'opposition Kugan X", "la directrice du centre Awa Y": a definite role noun, its
        complement in lowercase words, then the name at `start`; the description's words, else None. The complement
        is a determined noun phrase ("de l'opposition", "du centre"), not the rest of a compound ("Le chef
        d'orchestre X": a role of its own, which a later "le musicien" may take up)."""
        for r in range(start - 3, max(0, start - 7), -1):
            if not (toks[r - 1].lower in ("le", "la", "l'", "l’") and is_role(toks[r].lower, self.lex) and
                    (toks[r + 1].lower in ("du", "des") or toks[r + 1].lower in ("de", "d'", "d’") and
                     toks[r + 2].lower in ("la", "l'", "l’"))):
                continue
            complement = toks[r + 2:start]
            if complement and all(t.is_word and not t.is_cap for t in complement) and \
                    not any(t.lower in self.lex.cue_forms for t in complement) and \
                    not is_role(complement[-1].lower, self.lex) and complement[-1].lower not in DETERMINERS:
                # (a noun ends the complement: "le président de la Ligue …" names the Ligue's president, not it)
                return self.text[toks[r - 1].start:toks[start - 1].end]
            return None
        return None

    def _org_apposition(self, sent: Sentence, m: Mention, e) -> None:
        """Record what an organisation is described as: "Moody's, the ratings agency," / "the agency Moody's";
        an acronym in parentheses as what its full name says ("the Federal Trade Commission (FTC)")."""
        toks = sent.tokens
        k = m.tok_end
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].is_acronym and \
                len(m.words) > 1:
            short = next((o for o in sent.mentions if o.tok_start == k + 1 and o.entity is not None), None)
            if short is not None and short.entity is not e and short.entity.kind in ("org", "unknown"):
                self.registry.describe(short.entity, m.text)
                if self.lang == "en" and e.kind in ("org", "unknown"):
                    self.registry.expansions.setdefault(id(short.entity), e)
        if m.tok_end + 1 < len(toks) and toks[m.tok_end].text == ",":
            desc = description_forward(sent, m.tok_end + 1, self.lex)
            if desc is not None and is_org_noun(desc.head, self.lex) and not is_role(desc.head, self.lex) and \
                    (desc.tok_end >= len(toks) or toks[desc.tok_end].text in (",", ".", ";")):
                self.registry.describe(e, desc.text)
        if m.tok_start == 0 or toks[m.tok_start - 1].lower in NP_JOINERS:
            return
        if self.lang == "fr" and m.tok_start >= 2 and toks[m.tok_start - 1].lower in ARTICLES and \
                toks[m.tok_start - 2].lower in NP_JOINERS:
            return  # "Le tribunal administratif de la Martinique": the name completes the noun, it is not one
        k = m.tok_start - 1
        if self.lang == "en" and k >= 2 and toks[k].text == "," and m.tok_end < len(toks) and \
                toks[m.tok_end].text == ",":
            k -= 1  # "Rating agency, Standard & Poor's, reduced …": the description set off before the name
            desc = description_back(sent, k, self.lex)
            if desc is None or desc.tok_start != 0:
                return
        else:
            desc = description_back(sent, k, self.lex)
        if desc is not None and is_org_noun(desc.head, self.lex) and not is_role(desc.head, self.lex):
            self.registry.describe(e, desc.text)  # "the ratings agency Moody's", "l'agence de notation Moody's"

    def _attribute(self, cand: Candidate) -> None:
        """Every candidate speaker of the quote, each resolved, scored in one place (speaker_choice)."""
        if cand.work:
            return
        best, scored = choose(self._options(cand))
        if best is not None:
            cand.mention, cand.cue, cand.pattern = best.mention, best.cue, best.pattern
            cand.carried_from, cand.resolution, cand.via = best.carried_from, best.resolution, best.via
            if best.mention is not None and best.resolution is not None:
                self.resolver.learn(best.mention, best.resolution)
            cand.score = next(s for o, s in scored if o is best)  # (choose scored it)
            cand.alternatives = tuple((o.via, self._option_name(o), s) for o, s in scored if o is not best)
        if cand.kind == "reported" and cand.mention is not None and cand.mention.kind == "name" and \
                cand.resolution is not None and cand.resolution.entity is not None:
            self._learn_gender(cand, cand.resolution.entity)
        if cand.resolution is not None and cand.resolution.entity is not None:
            entity = cand.resolution.entity
            # "according to the Times", "a rapporté le Monde" (but not "Moore told reporters … according to Moore")
            spoke_before = id(entity) in self.resolver.spoken
            self.resolver.spoke(cand.start, entity, cand.end)
            if cand.cue is not None and entity.kind in ("org", "unknown") and not entity.gender and \
                    (cand.cue.info.form == "source" and not spoke_before or cand.cue.info.lemma in MEDIA_CUES):
                self.resolver.cite(entity)
        elif cand.mention is not None and cand.mention.kind == "description" and cand.resolution is not None \
                and cand.resolution.how == "unresolved":
            body = self._body_described(cand.mention)
            if body is not None:  # "Le Conseil d'État … ¶ La haute juridiction a jugé que …": the body spoke
                self.resolver.spoke(cand.start, body, cand.end)
            else:
                self.resolver.spoke_as(cand.start, cand.mention.text, cand.mention.head or "", cand.mention.start)
        elif cand.mention is not None and cand.resolution is not None and cand.resolution.name is not None and \
                cand.resolution.how in ("name", "description", "pronoun", "description with its modifiers"):
            # a speaker known only by its words ("Publicis and Omnicom", "a press regulator"): later "they"/"it"
            head = cand.mention.head if cand.mention.kind == "description" else ""
            self.resolver.spoke_as(cand.start, cand.resolution.name, head or "", cand.mention.start)
        if cand.resolution is not None and not cand.headline and \
                (cand.resolution.name is not None or cand.mention is not None and cand.mention.kind == "description"):
            self._last_attributed = cand
            self._said.append(cand)

    def _echoed_in_body(self, cand: Candidate) -> Candidate | None:
        """The first body statement with a speaker that repeats a headline quote's words (two or more)."""
        words = _folded_words(self.text[cand.start:cand.end])
        if len(words) < 2:
            return None
        for said in self._said:
            if said.block == cand.block:
                continue
            folded = self._said_words.get(id(said))
            if folded is None:  # each statement folded once, not once per headline quote
                folded = self._said_words[id(said)] = _folded_words(self.text[said.start:said.end])
            if _contains_run(folded, words):
                return said
        return None

    def _options(self, cand: Candidate) -> list[Option]:
        """Candidates from the reporting clause (a reported statement's own, or each attachment step of a
        marked quote) and from the context (the subject of the previous sentence, the last speaker)."""
        options = []
        if cand.mention is not None or cand.carried_from is not None:
            options.append(self._option(cand, cand.via or "reporting clause", "cue", 0))
        if cand.kind == "reported" or cand.marked is None or options and score(options[0]) >= BEST:
            return options
        steps = self._marked_steps(cand)
        scratch = cand.copy()
        for rank, (via, tier, step) in enumerate(steps):
            if step(scratch):
                options.append(self._option(scratch, via, tier, rank))
                if score(options[-1]) >= BEST and not (cand.headline and not _names_person(options[-1])):
                    return options  # nothing later can outscore it: later steps lose ties, other tiers score less
                scratch = cand.copy()  # (a step that finds nothing changes nothing: its copy serves the next)
        if cand.headline:
            # a partial quote in a headline, not a quoted subheading standing alone ("“Brothers in arms”"); or
            # a headline quote under a label that names nobody in person ("Hospital chief:", "…, says
            # regulator", "Hôpital de Dieppe :") whose words the body gives to a person
            labelled = any(c.isalnum() for c in self.text[self.block_starts[cand.block]:cand.start])
            echo = self._echoed_in_body(cand) if not options and (cand.kind == "partial" or labelled) or \
                options and not any(_names_person(o) for o in options) else None
            if echo is not None and (options or cand.kind != "partial") and not _personal_speaker(echo):
                echo = None
            if echo is not None:  # "China plea paper 'to be overhauled'" … "is to be overhauled, a regulator says"
                scratch = cand.copy()
                self._carry(scratch, echo, 0.6)
                scratch.via = "the same words quoted in the body"
                if options:  # the body's own cue names the person behind the label: it goes first
                    options.insert(0, self._option(scratch, scratch.via, "cue", -1))
                else:
                    options.append(self._option(scratch, scratch.via, "context", len(steps)))
            return options
        si, k = cand.places[0]
        rank = len(steps)
        if cand.kind == "direct" and k == 0:
            scratch = cand.copy()
            if self._previous_subject(scratch, si):
                options.append(self._option(scratch, scratch.via, "context", rank))
        scratch = cand.copy()
        self._carry_over(scratch)
        if scratch.mention is not None or scratch.carried_from is not None:
            options.append(self._option(scratch, scratch.via, "context", rank + 1))
        if not options and cand.kind == "direct" and k == 0:
            scratch = cand.copy()
            if self._person_named_next(scratch, si):
                options.append(self._option(scratch, scratch.via, "context", rank + 2))
        # "“…,” he said" after a woman's quote: a speaker from the context must fit the quote's own pronoun
        pronouns = [o.mention for o in options if o.tier == "cue" and o.mention is not None and
                    o.mention.kind == "pronoun"]
        return [o if o.tier == "cue" or all(agrees(p, o.resolution, self.resolver._plural_text) for p in pronouns)
                else replace(o, agrees=False) for o in options]

    def _option(self, found: Candidate, via: str, tier: str, rank: int) -> Option:
        """One candidate: its mention resolved (without learning), with the features `speaker_choice` weighs."""
        m, res = found.mention, found.resolution
        if m is not None and res is None:
            res = self._resolve_mention(found, m)
        if found.carried_from is not None:
            distance = found.block - found.carried_from.block
        else:
            distance = found.block - self.block_of(m.start) if m is not None else 0
        entity = res.entity if res is not None else None
        before = entity.count_before(found.start) if entity is not None else 0
        return Option(via, tier, rank, found.pattern, m, found.cue, res, found.carried_from, max(distance, 0),
                      agrees(m, res, self.resolver._plural_text), before)

    def _resolve_mention(self, cand: Candidate, m: Mention) -> Resolution:
        pos = m.start
        if m.kind == "pronoun" and cand.marked is not None and cand.start < pos:
            pos = cand.start  # "“…¶ … ¶ …,” she added": the antecedent comes before the quote, however long
        res = self.resolver.resolve(m, pos, headline=cand.headline, learn=False)
        if m.kind == "pronoun" and cand.marked is not None and res.entity is not None and \
                _named_inside(res.entity, self.text[cand.start:cand.end]):
            # "“I thought about Mr Lamont at the last fence,” he said": whom the words speak of did not say them
            other = self.resolver.resolve(m, pos, headline=cand.headline, learn=False, exclude=res.entity)
            res = other if other.name is not None else res
        if m.kind == "description" and res.how == "description" and res.entity is not None and \
                res.confidence <= 0.5 and res.entity.mentions and not cand.headline and m.head and \
                is_role(m.head.lower(), self.lex) and not is_org_noun(m.head.lower(), self.lex) and \
                all(cand.start <= q < cand.end for q, _ in res.entity.mentions if q < m.start):
            # "Three former directors of the collapsed builder Harthill Homes …, the prosecutor told a jury":
            # nobody before the statement, only someone it speaks of, whom a description guessed
            res = Resolution(None, None, 0.6, "unresolved")
        elif self.lang == "en" and m.kind == "description" and res.how == "description" and cand.kind == "reported" \
                and res.entity is not None and m.start >= cand.end and not cand.headline and \
                all(cand.start + 4 < q < cand.end for q, _ in res.entity.mentions if q < m.start):
            # "Toyota … will build a hybrid Corolla Cross, the carmaker said": named only inside what it said, and
            # not as its subject, a product or rival the statement is about; the description stays the speaker
            res = Resolution(None, None, 0.6, "unresolved")
        if m.kind == "pronoun" and m.gender in ("m", "f") and self.lang == "fr" and res.entity is not None and \
                self._named_plural(res.entity, m.start):
            # "qui avait mené les Bleues au titre … ¶ Elle avait annoncé": a name only ever after "les" is a plural
            other = self.resolver.resolve(m, pos, headline=cand.headline, learn=False, exclude=res.entity)
            res = other if other.name is not None else res
        elif m.kind == "pronoun" and m.gender == "plural" and self.lang == "fr" and res.entity is not None and \
                not self._named_plural(res.entity, m.start) and \
                (res.entity.kind == "org" or res.entity.kind in ("person", "unknown") and res.entity.gender):
            # "selon la Cour des comptes … Les magistrats financiers relèvent … rappellent-ils", "Selon eux" after
            # Hildegarde X: « ils », « eux » take up a plural subject, not a body or a person named in the singular
            plural = self._description_antecedent(m)
            res = plural if plural is not None and plural.name else res
        if m.kind == "pronoun" and m.gender in ("m", "f") and self.lang == "fr" and cand.kind == "direct" and \
                res.entity is not None and res.entity.kind == "org" and \
                any(w in FR_FIRST_SINGULAR for w in _folded_words(self.text[cand.start:cand.end])):
            # "« C'était le bon moment pour moi », a-t-elle expliqué": "je" is a person, not the body named
            other = self.resolver.resolve(m, pos, headline=cand.headline, learn=False, exclude=res.entity)
            res = other if other.entity is not None and _personal(other.entity) and \
                other.entity.gender in (m.gender, None) else res
        elif m.kind == "pronoun" and m.gender in ("m", "f") and self.lang == "fr" and cand.kind == "direct" and \
                res.entity is not None and res.entity.kind == "org" and \
                not any(w in FR_FIRST_PLURAL for w in _folded_words(self.text[cand.start:cand.end])):
            # "Maëlys X … ¶ La Brasserie … a été placée en redressement. ¶ « … », résume-t-elle": spoken words
            # are a person's, when one the pronoun agrees with (by given name) was named nearby, unless they speak
            # as a body does ("nous", "notre")
            other = self.resolver.resolve(m, pos, headline=cand.headline, learn=False, exclude=res.entity)
            if other.entity is not None and other.entity.kind == "person" and \
                    (other.entity.gender or fr_form_gender(other.entity, self.lex)) == m.gender:
                res = other
        if m.kind == "pronoun" and m.gender in ("m", "f") and self.lang == "en" and res.entity is not None and \
                res.entity.gender is None and self._took_object_pronoun(res.entity, m):
            other = self.resolver.resolve(m, pos, headline=cand.headline, learn=False, exclude=res.entity)
            res = other if other.entity is not None and self._may_be_him(other.entity, m) else res
        if m.kind == "pronoun" and m.gender == "plural" and res.entity is not None and res.entity.kind != "person":
            # "Firemen called to the scene confirmed that they …": the subject of the pronoun's own sentence
            # is nearer than the body quoted before
            res = self._description_antecedent(m, own_only=True) or res
        if m.kind == "pronoun" and m.gender == "thing" and self.lang == "en" and m.tok_start == 0:
            res = self._subject_body_before(m) or res
        if m.kind == "pronoun" and m.gender in ("m", "f") and self.lang == "en" and self._opens_clause(m):
            res = self._described_subject_before(m) or res
        if m.kind == "pronoun" and m.gender in ("m", "f") and self.lang == "fr" and \
                (res.entity is None or res.entity.kind != "person" or
                 self.block_of(res.entity.last_before(m.start) or 0) < self.block_of(m.start)):
            res = self._fr_described_subject_before(m) or res
        if m.kind == "pronoun" and m.gender in ("m", "f") and self.lang == "fr" and \
                (res.entity is None or res.entity.kind in ("place", "unknown") and not _personal(res.entity)):
            res = self._fr_body_subject_before(m, res) or res  # (not a body found already: « Le groupe Vinci »)
        if m.kind == "pronoun" and m.gender == "thing" and (res.entity is None or res.entity.kind != "org"):
            res = self._own_subject_body(m) or res
        if m.kind == "pronoun" and res.name is None:
            res = self._description_antecedent(m) or self._pronoun_chain(m) or res
        if m.kind == "pronoun" and self.lang == "fr" and cand.kind == "reported" and \
                (res.name is None or res.entity is not None and self._complement_only(res.entity, m.start)):
            res = self._fr_body_of_clause(cand, m) or res
        if m.kind == "pronoun" and self.lang == "fr" and m.gender in ("m", "f") and \
                (res.name is None or res.entity is not None and self._complement_only(res.entity, m.start)):
            res = self._fr_emphatic_subject_before(m) or res  # « Le concessionnaire, lui, se dit … assure-t-il »
        if m.kind == "pronoun" and self.lang == "fr" and res.entity is not None and res.entity.kind == "org":
            res = self._fr_first_named_body(res)  # "La Cour européenne des droits … La Cour … estime-t-elle"
        if m.kind == "pronoun" and self.lang == "fr" and res.entity is not None and res.entity.kind == "unknown":
            res = self._fr_spelled_out(res, m.start)  # "la force de l'Otan au Kosovo (Kfor)": by its description
        if m.kind == "pronoun" and self.lang == "fr" and res.entity is not None and res.entity.kind == "org":
            res = self._fr_spelled_out(res, m.start)  # "la Direction générale de l'aviation civile (DGAC)"
        elif m.kind == "pronoun" and m.gender in ("m", "f") and res.entity is not None and \
                res.entity.kind != "person" and res.entity.gender is None and \
                self.block_of(res.entity.last_before(m.start) or 0) < self.block_of(m.start):
            # "… the AP-HP said. ¶ A hospital engineer, who asked not to be named, said … “…,” he said": a
            # person described as the subject in the pronoun's own paragraph, not a name nothing classified before it
            person = self._description_antecedent(m, same_block=True)
            head = person.name.split()[-1].lower() if person is not None and person.name else ""
            if head and is_role(head, self.lex) and not is_org_noun(head, self.lex):
                res = person
            else:  # "Une mère de deux enfants de Roubaix, … ¶ « … », raconte-t-elle": the place ended her description
                person = self._description_antecedent(m)
                if person is not None and person.name and res.name and person.name != res.name and \
                        person.name.endswith(" " + res.name) and _role_after_determiner(person.name, self.lex):
                    res = person
        if m.kind == "pronoun" and m.gender == "thing" and self.lang == "en" and res.entity is None and res.name:
            res = self._epithet_named(m, res) or res
        if self.lang == "fr" and m.kind == "description" and res.entity is not None and \
                res.entity.kind == "person" and fr_other_holder(res.entity, m, self.lex):
            res = Resolution(None, None, 0.6, "unresolved")  # "la directrice, X … la future directrice": another
        if self.lang == "fr" and m.kind == "description" and m.words and m.words[0] in FR_DEMONSTRATIVES and \
                not (res.entity is not None and _personal(res.entity) and res.confidence > 0.5):
            res = self._fr_demonstrative_person(cand, m, pos) or res  # « … », raconte ce retraité de 71 ans
        if res.name is None:
            res = self._fallback(m) or res
        if m.kind == "name" and self.lang == "en" and 2 <= len(m.text) <= 5 and m.text.isupper() and \
                (res.entity is None or res.entity.kind != "person"):
            res = self._title_acronym(m) or res
        if res.name is None and m.kind == "description" and not m.definite and cand.cue is not None and \
                m.start > cand.cue.start:
            res = self._restricted(m) or res  # after an inverted cue: "…,” said a man who lives nearby."
        elif res.name is None and m.kind == "description" and not m.definite and cand.cue is not None and \
                m.end <= cand.cue.start:
            res = self._restricted(m, cand.cue.start) or res  # "A driver who stopped to help said …"
        if m.kind == "description" and cand.kind == "reported" and res.entity is not None and \
                _personal(res.entity) and res.entity.gender in ("m", "f"):
            res = self._logophoric(cand, m, res) or res
        if self.lang == "fr" and m.kind == "name" and res.how == "name" and res.entity is not None and \
                res.entity.kind == "org":
            res = self._fr_class_noun_named(m, res)  # "Le groupe Valmont a annoncé"
        if m.kind == "name" and res.entity is not None and res.entity.kind == "person" and res.name and \
                m.name_span is not None and len(res.name.split()) == 1:
            said = self.text[m.name_span[0]:m.name_span[1]]
            if len(said.split()) == 2 and said.split()[0] == res.name and said[:1].isupper():
                res = Resolution(said, res.entity, res.confidence, res.how)  # "his wife, Sorcha … Sorcha Halloway said"
        if m.kind == "name" and res.entity is not None and res.entity.kind == "org" and \
                res.name and m.name_span is not None and not m.possessive:
            said = self.text[m.name_span[0]:m.name_span[1]]
            if said != res.name and said[:1].isupper() and \
                    (said.startswith(res.name + " ") or res.name.startswith(said + " ")):
                res = Resolution(said, res.entity, res.confidence, res.how)  # a body by the name its clause gives
        if self.lang == "en" and m.kind in ("pronoun", "description") and res.entity is None and res.name:
            res = self._person_closing(res) or res  # "Exeter Chiefs director of rugby Horatio Trelissick" → he
        if self.lang == "fr" and m.kind == "description" and m.definite and len(m.words) <= 2 and \
                res.name and (res.entity is not None and res.entity.kind == "org" and len(res.name.split()) > 4 and
                              fold(m.text) in fold(res.name) or
                              res.entity is None and fold(res.name).startswith(fold(m.text) + " ") and
                              not is_role(m.head or "", self.lex)):
            res = Resolution(m.text, res.entity, res.confidence, res.how)  # "précise l'institut": the body by its kind
        return res

    def _fr_demonstrative_person(self, cand: Candidate, m: Mention, pos: int) -> Resolution | None:
        """ « … », raconte ce retraité de 71 ans / cette infirmière: a demonstrative description of a person takes
        up, as « il » / « elle » would, the person (named or described as a subject) the text spoke of before."""
        head = (m.head or "").lower()
        if not head or not is_role(head, self.lex) or is_org_noun(head, self.lex) or _plural_head(m):
            return None
        gender = description_gender(m.text, head, self.lex)
        if gender not in ("m", "f"):
            return None
        pronoun = replace(m, kind="pronoun", gender=gender, head="", words=())
        res = self.resolver.resolve(pronoun, pos, headline=cand.headline, learn=False)
        personal = res.entity is not None and _personal(res.entity)
        if personal and any(role == "subject" for _, role in res.entity.mentions):
            return res
        # ("la tempête Alex": a first name met only as an object yields to the subject described before)
        return self._description_antecedent(pronoun) or (res if personal else None)

    def _person_closing(self, res: Resolution) -> Resolution | None:
        """A speaker known by words that end with a person's full name ("Chief executive of Harlow Homes Desmond
        Achebe", and a pronoun taking them up): that person (not "the family of Sgt Rhys Parry": someone else)."""
        words = res.name.split()
        for size in (3, 2):
            if len(words) <= size + 1 or words[-size - 1].lower() in ("of", "for", "to", "with"):
                continue
            entity = self.registry.find(words[-size:])
            if entity is not None and _personal(entity) and [fold(w) for w in words[-size:]] == entity.folded:
                return Resolution(entity.name, entity, res.confidence, res.how)
        return None

    def _title_acronym(self, m: Mention) -> Resolution | None:
        """ "Deputy Commissioner of Police (South) Priya Raghavan … The DCP added": an acronym spelling the
        initials of the title written before a person's name stands for that person."""
        found = None
        for title in title_pattern(m.text).finditer(self.text, 0, m.start):
            found = title  # the last one before the acronym
        if found is None:
            return None
        person = next((e for e in self.registry.entities if e.kind == "person" and
                       any(p == found.end() for p, _ in e.mentions)), None)
        return Resolution(person.name, person, 0.6, "description") if person is not None else None

    def _may_be_him(self, e, pronoun: Mention) -> bool:
        """Someone the pronoun fits: of its gender, or a person of unknown gender named before as a subject."""
        return e.gender == pronoun.gender or e.gender is None and _personal(e) and \
            any(role == "subject" for q, role in e.mentions if q < pronoun.start)

    def _took_object_pronoun(self, e, pronoun: Mention) -> bool:
        """ "Ottilie Marchbanks thanked him for … ¶ He told …": someone of unknown gender whose own clause, the
        last to name them before the pronoun (in its sentence or the one before), has "him" (or an object "her")
        for another person of the pronoun's gender, whom the pronoun goes on with."""
        si = self.sentence_at(pronoun.start)
        for k in range(si, max(-1, si - 2), -1) if si is not None else ():
            sent = self.sentences[k]
            named = [n for n in sent.mentions if n.entity is e and n.start < pronoun.start]
            if not named:
                continue
            toks, j = sent.tokens, named[-1].tok_end
            for i in range(j, len(toks) - 1 if k == si else len(toks)):
                if toks[i].start >= pronoun.start or toks[i].text == QUOTE_TOKEN or \
                        toks[i].lower in ("that", "he", "she", "who", "which", "and", "but"):
                    return False  # (another clause, with a subject of its own)
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if pronoun.gender == "m" and toks[i].lower == "him" or pronoun.gender == "f" and \
                        toks[i].lower == "her" and (nxt is None or not nxt.is_word or nxt.lower in FUNCTION_WORDS):
                    return True
            return False
        return False

    def _epithet_named(self, pronoun: Mention, res: Resolution) -> Resolution | None:
        """ "Ryanair has told passengers … The carrier said … It described the duty as …": an "it" that takes up
        a description by the body's trade ("the carrier", "the bakery chain") stands for the body the text named
        as a sentence's subject before that description (within a paragraph before it), by its full name."""
        words = res.name.lower().split()
        if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in BODY_EPITHETS:
            return None
        at = self.text.lower().rfind(res.name.lower(), 0, pronoun.start)
        si = self.sentence_at(at) if at >= 0 else None
        if si is None:
            return None
        block = self.sentences[si].block
        for k in range(si, max(-1, si - 6), -1):
            sent = self.sentences[k]
            if sent.headline or block - sent.block > 1:
                return None
            before = sorted((n for n in sent.mentions if n.start < at and n.kind == "name" and n.entity is not None
                             and not n.possessive), key=lambda n: n.tok_start)
            bodies = [n.entity for n in before if self._named_body(n.entity)]
            if before and (before[0].tok_start == 0 or before[0].tok_start == 1 and sent.tokens[0].lower == "the"):
                if id(before[0].entity) in self.resolver.cited and len(before) > 1 and \
                        sent.tokens[before[1].tok_start - 1].lower == "that":
                    before = before[1:]  # "The Sunday Post reported that Dunmore Cycles had recalled …"
                if self._named_body(before[0].entity):
                    return self.resolver._expanded(Resolution(before[0].entity.name, before[0].entity, 0.55,
                                                              "pronoun"))
            elif len(sent.tokens) > 1 and sent.tokens[0].is_cap and sent.tokens[0].lower not in FUNCTION_WORDS and \
                    (sent.tokens[1].lower in FINITE_AUXILIARIES or sent.tokens[1].lower in self.lex.cue_forms) and \
                    zipf(sent.tokens[0].lower) < UNKNOWN_SUBJECT_ZIPF:
                # "Greggs will open 150 new shops …, the bakery chain said": a rare word opening the sentence
                # before its verb, which no mention holds (the name finder leaves a sentence's first word alone)
                return Resolution(sent.tokens[0].text, None, 0.5, "pronoun")
            elif k >= si - 1 and len({id(e) for e in bodies}) == 1 and zipf(sent.tokens[0].lower) >= RARE_ZIPF:
                # "Cabin crew at Corbin Airways will strike … The airline said": the one body a sentence opening
                # on a common noun names (not "Ofwat fined Severn Dee Water": an unknown first word may be one)
                return self.resolver._expanded(Resolution(bodies[0].name, bodies[0], 0.55, "pronoun"))
        return None

    def _named_body(self, e) -> bool:
        return e.kind in ("org", "unknown") and e.gender is None and id(e) not in self.resolver.cited

    def _fr_spelled_before_acronym(self, sent: Sentence, first: int) -> Resolution | None:
        """ "L'organisation Médecins sans frontières (MSF) a suspendu": a body's name the name finder cut (its
        small words), spelled out from token `first` up to the acronym in brackets that stands for it."""
        toks = sent.tokens
        for k in range(first + 1, min(len(toks) - 2, first + 8)):
            if toks[k].text == "(":
                acronym = sent.mention_starting(k + 1)
                if acronym is None or acronym.entity is None or toks[k + 2].text != ")" or \
                        not all(t.is_word for t in toks[first:k]):
                    return None
                return Resolution(self.text[toks[first].start:toks[k - 1].end], acronym.entity, 0.5, "pronoun")
            if not toks[k].is_word:
                return None
        return None

    def _fr_described_subject_before(self, pronoun: Mention) -> Resolution | None:
        """ "Un pêcheur de Lo Pagán, qui a vu …, reste sceptique. « … », soupire-t-il": « il » or « elle » inverted
        after a quote that opens its sentence takes up the one person an indefinite description makes the subject
        of the sentence before, its article agreeing, when that sentence quotes nobody and names no one who fits."""
        si = self.sentence_at(pronoun.start)
        if not si or self.sentences[si - 1].block != self.sentences[si].block or self.sentences[si - 1].headline:
            return None
        sent, prev = self.sentences[si], self.sentences[si - 1]
        if not sent.tokens or sent.tokens[0].text != QUOTE_TOKEN or pronoun.tok_start > 5 or \
                any(t.text == QUOTE_TOKEN for t in prev.tokens):
            return None
        subject = self._main_clause_subject(prev)
        if subject is None or subject.kind != "description" or subject.definite or subject.tok_start > 1 or \
                not subject.head or not subject.words or _plural_head(subject):
            return None
        head = subject.head.lower()
        if not is_role(head, self.lex) or is_org_noun(head, self.lex) or \
                FR_DETERMINER_GENDER.get(subject.words[0].lower()) != pronoun.gender or \
                any(m.entity is not None and m.entity.gender == pronoun.gender for m in prev.mentions):
            return None
        return Resolution(subject.text, None, 0.55, "pronoun")

    def _fr_emphatic_subject_before(self, pronoun: Mention) -> Resolution | None:
        """ "Le concessionnaire, lui, se dit « serein ». Les comptes seront publiés en mai, assure-t-il": a French
        sentence that opens with a description set off by a stressed pronoun (« , lui, », « , elle, ») makes it
        the one the text turns to; « il » / « elle » in the next sentence of its paragraph, or in its own, that no
        one acting takes up is that description, its article agreeing."""
        si = self.sentence_at(pronoun.start)
        if si is None:
            return None
        for sent in (self.sentences[si], self.sentences[si - 1] if si else None):
            if sent is None or sent.block != self.sentences[si].block or sent.headline:
                continue
            toks = sent.tokens
            k = next((i for i in range(1, min(len(toks) - 2, 6)) if toks[i].text == ","), None)
            if k is None or toks[0].lower not in ARTICLES or toks[k + 1].lower not in FR_STRESSED_PRONOUNS or \
                    toks[k + 2].text != "," or sent.start > pronoun.start or \
                    not all(t.is_word and not t.is_cap for t in toks[1:k]):
                continue
            if FR_STRESSED_PRONOUNS[toks[k + 1].lower] != pronoun.gender or \
                    FR_DETERMINER_GENDER.get(toks[0].lower) not in (pronoun.gender, None):
                return None
            return Resolution(self.text[toks[0].start:toks[k - 1].end], None, 0.55, "pronoun")
        return None

    def _complement_only(self, e, pos: int) -> bool:
        """A name of no known person that the text gave, before `pos`, only as a noun's complement or a place
        ("dans le centre de la Centrafrique"): what a pronoun took up for want of anyone acting."""
        return e.kind != "person" and not e.gender and \
            all(r in COMPLEMENT_ROLES or r == "oblique" for q, r in e.mentions if q < pos)

    def _fr_body_of_clause(self, cand: Candidate, m: Mention) -> Resolution | None:
        """ "La Métropole de Lyon va supprimer 1 800 places …, a-t-elle annoncé": an inverted "il"/"elle" that
        nothing before resolves stands for the body named as the subject opening the reported clause, when the
        clause opens the sentence and the body's article agrees with the pronoun."""
        si = self.sentence_at(cand.start)
        if si is None or m.gender not in ("m", "f") or m.start < cand.end:
            return None
        sent = self.sentences[si]
        if not sent.tokens or sent.tokens[0].start != cand.start:
            return None
        article = {"le": "m", "la": "f", "l'": None, "l’": None}.get(sent.tokens[0].lower, "")
        toks = sent.tokens
        kind_noun = len(toks) > 2 and article != "" and toks[1].is_word and not toks[1].is_cap and \
            is_org_noun(toks[1].lower, self.lex) and not is_role(toks[1].lower, self.lex)
        opening = (0, 1, 2) if kind_noun else (0, 1)  # "L'organisation Médecins sans frontières a suspendu"
        subject = next((o for o in sent.mentions if o.tok_start in opening and o.kind == "name"), None)
        if subject is None and kind_noun and toks[2].is_cap:
            spelled = self._fr_spelled_before_acronym(sent, 2)
            if spelled is not None and article in (None, m.gender):
                return spelled
        if subject is not None and subject.tok_start == 0 and sent.tokens[0].is_cap and article == "":
            article = None  # "Renault va fermer …, a-t-il annoncé": a body named without its article
        if subject is None or article == "" or article not in (None, m.gender) or subject.entity is None or \
                subject.entity.kind not in ("org", "place", "unknown") or subject.possessive:
            return None
        start = sent.tokens[0].start if subject.tok_start < 2 else subject.start
        return Resolution(self.text[start:subject.end], subject.entity, 0.5, "pronoun")

    def _fr_first_named_body(self, res: Resolution) -> Resolution:
        """A pronoun for a body re-mentioned by the first word of its title ("La Cour européenne des droits de
        l'homme a condamné … La Cour a jugé … estime-t-elle") takes the name as first introduced."""
        e = res.entity
        if len(e.folded) != 1:
            return res
        full = next((o for o in self.registry.entities if o is not e and o.kind == "org" and len(o.folded) > 2 and
                     o.folded[0] == e.folded[0] and o.first_pos < e.first_pos), None)
        return Resolution(full.name, full, res.confidence, res.how) if full is not None else res

    def _fr_spelled_out(self, res: Resolution, pos: int) -> Resolution:
        """A pronoun standing for a body named only by its full name and, in parentheses, its acronym ("… a
        prévenu la Direction générale de l'aviation civile (DGAC). …, a-t-elle précisé") takes the full name."""
        e = res.entity
        if not res.name or " " in res.name or not all_caps(res.name) and e.kind == "org" or not e.mentions or \
                any(p < pos and self.text[max(0, p - 2):p].strip() != "(" for p, _ in e.mentions):
            return res
        spelled = [text for _, _, text in e.descriptions] + [text for p, text in self.resolver.described if p < pos]
        # (French writes long acronyms as names: "la force de l'Otan au Kosovo (Kfor)", a speaker by description)
        full = next((text for text in spelled if len(text.split()) > 2 and
                     self.text.find(f"{text} ({res.name})") >= 0), None)
        if full is None:
            return res
        return Resolution(full, e if e.kind == "org" else None, res.confidence, res.how)

    def _fr_class_noun_named(self, m: Mention, res: Resolution) -> Resolution:
        """ "L'association One Voice a annoncé": a French body named with the noun of its kind before its name
        (not a newspaper's, nor before an acronym: "l'entreprise DCNS")."""
        si = self.sentence_at(m.start)
        if si is None or all_caps(m.text.split()[0]):
            return res
        toks = self.sentences[si].tokens
        a = m.tok_start - 1
        if a < 1 or toks[a].is_cap or not is_org_noun(toks[a].lower, self.lex) or is_role(toks[a].lower, self.lex) \
                or _singular_noun(toks[a].lower) in MEDIA_NOUNS or toks[a - 1].lower not in ARTICLES:
            return res
        return Resolution(self.text[toks[a - 1].start:m.end], res.entity, res.confidence, res.how)

    def _learn_gender(self, cand: Candidate, entity) -> None:
        """ "Mick Jagger says he never …": a person whose gender is unknown, named as the speaker of a clause
        whose subject is "he" or "she", is most likely that pronoun's."""
        words = self.text[cand.start:cand.end].split(None, 2)
        gender = self.lex.pronouns.get(words[0].lower()) if words else None
        if self.lang == "fr" and len(words) > 1 and words[1].lower() in FR_IMPERSONAL:
            gender = None  # "Il faut …": an impersonal "il" gives nobody a gender
        if gender in ("m", "f") and _personal(entity) and entity.gender is None and \
                not self._other_referent(entity, cand.start, gender):
            entity.gender = gender

    def _other_referent(self, entity, pos: int, gender: str) -> bool:
        """Someone else the clause's pronoun may stand for: a person of that gender (or of none known) named
        in the paragraph or the one before ("The rider X fell … the team doctor, Y, said he had …")."""
        block = self.resolver.block_of(pos)
        return any(e is not entity and _personal(e) and e.gender in (gender, None)
                   for e in self.registry.named_between(self.resolver.window_start(block, 1), pos))

    def _logophoric(self, cand: Candidate, m: Mention, res: Resolution) -> Resolution | None:
        """ "Mick Jagger says … the pop star said she sang …": the clause's own subject pronoun speaks of the
        speaker, so a description resolved to someone of the other gender stands for the person it fits."""
        words = self.text[cand.start:cand.end].split(None, 2)
        if self.lang == "fr" and len(words) > 1 and words[0].lower() == "il" and words[1].lower() in FR_IMPERSONAL:
            return None  # "Il s'agit du spécimen le plus complet, souligne la scientifique": nobody's "il"
        gender = self.lex.pronouns.get(words[0].lower()) if words else None
        if gender not in ("m", "f") or gender == res.entity.gender:
            return None
        other = self.resolver.resolve(Mention("pronoun", m.start, m.end, words[0], m.tok_start, m.tok_end,
                                              gender=gender), m.start, learn=False)
        if other.entity is None or other.entity is res.entity or not _personal(other.entity) or \
                other.entity.gender not in (gender, None):
            return None
        return Resolution(other.name, other.entity, min(res.confidence, other.confidence), "description")

    def _option_name(self, option: Option) -> str | None:
        if option.resolution is not None and option.resolution.name is not None:
            return option.resolution.name
        return option.mention.text if option.mention is not None else None

    def _fallback(self, m: Mention) -> Resolution | None:
        """Last resorts for a mention nothing earlier resolves: a description that ends with a known
        person's name ("le secrétaire général de l'ONU Ban Ki-moon"); "it"/"they" after an organisation
        known only by its name ("Qantas said … “…,” it said"); a pronoun before anyone is named, in a window
        that starts mid-article ("“…,” he said. Moore told reporters …"): the next person named as a subject."""
        if m.kind == "description":
            apposed = self._apposed_name(m) or self._name_apposed_after(m) or self._document_author(m)
            if apposed is not None:
                return apposed
            words = [w for w in m.words if w]
            for size in (3, 2):
                before = [w for w in words[:-size] if w not in self.lex.titles] if self.lang == "en" else []
                if before and before[-1] in ("of", "for"):
                    continue  # "the family of Sgt Rhys Parry", "the lawyer for X": someone else, for that person
                if self.lang == "fr" and len(words) > size and words[-size - 1].lower() in FR_PLACE_LINKS:
                    continue  # "une habitante de Serra de Água": the name is where she lives, not who she is
                entity = self.registry.find(words[-size:]) if len(words) > size else None
                if entity is not None and entity.kind == "person" and \
                        [fold(w) for w in words[-size:]] == entity.folded:
                    return Resolution(entity.name, entity, 0.75, "name")
            earlier = self._indefinite_before(m)
            if earlier is not None:
                return earlier
            si = self.sentence_at(m.start) if self.lang == "fr" else None
            accused = verdict_object(self.sentences, si, m, self.lex) if si is not None else None
            if accused is not None:
                return Resolution(accused, None, 0.6, "description")  # « Le prévenu conteste … »
            lead = self._lead_named_next(m) if self.lang == "en" and not m.definite and words and \
                words[0] in ("a", "an") and m.head and not _plural_head(m) else None
            if lead is not None:
                return lead
            if self.lang == "en" and not m.definite and words and words[0] in ("a", "an") and m.head and \
                    is_role(m.head, self.lex) and not is_org_noun(m.head, self.lex) and not _plural_head(m):
                # "A High Court judge has ruled that … ¶ Ms Justice X said": the judge the text names next
                return self._cataphora(m, role_gender(m.head, self.lex)[1], same_only=True)
            if not m.definite or not is_role(m.head, self.lex) or _plural_head(m) or \
                    words and words[0].endswith(("'s", "’s")) and (is_org_noun(m.head, self.lex) or self.lang != "en"):
                return None  # ("Australia's competition regulator": a body, described by whose it is; not
                # "Malawi's agriculture minister", a person the text names next)
            return self._cataphora(m, role_gender(m.head, self.lex)[1]) or \
                self._role_taken_up(m)  # "According to the MP, …" … De Bock
        if m.kind != "pronoun":
            return None
        if m.gender in ("thing", "plural"):
            last = self.resolver.last_speaker(m.start, within=2)
            if last is not None and last.kind == "unknown" and last.gender is None and len(last.tokens) == 1 \
                    and not any(f in self.lex.first_names for f in last.folded):
                return Resolution(last.name, last, 0.55, "pronoun")
            body = self.resolver._subject_body(m.start) if m.gender == "thing" else None
            if body is not None:  # "This week Standard & Poor's … cited … It said": the body the text is about
                return Resolution(body.name, body, 0.55, "pronoun")
            return None
        if m.gender not in ("m", "f"):
            return None
        return self._cataphora(m, m.gender)

    def _lead_named_next(self, m: Mention) -> Resolution | None:
        """ "A charity that supports bereaved parents says … ¶ Sands said in a report …", "A man accused of … told
        the jury … ¶ Kyle Brannigan, 34, denies …": a story's lead opens on an indefinite description of its
        speaker, whom the next paragraph opens on by name (a person for a person's noun, else a body)."""
        si = self.sentence_at(m.start)
        if si is None or self.sentences[si].headline or m.tok_start != 0 or \
                any(not s.headline for s in self.sentences[:si]):
            return None
        block = self.sentences[si].block
        nxt = next((s for s in self.sentences[si + 1:] if not s.headline and s.block != block), None)
        if nxt is None or nxt.block - block > 1:
            return None
        toks = nxt.tokens  # (the names of later sentences are not read yet: the opening words, as written)
        j = 0
        while j < len(toks) and j < 4 and toks[j].is_word and toks[j].is_cap and toks[j].lower not in FUNCTION_WORDS \
                and not toks[j].possessive:
            j += 1
        if j == 0 or j >= len(toks) or not (toks[j].text == "," or toks[j].lower in self.lex.cue_forms) or \
                any(t.lower in self.lex.titles or t.lower in self.lex.places for t in toks[:j]):
            return None
        given = j > 1 and (self.lex.first_names.get(_fold_first(toks[0].text)) is not None or
                           given_name_gender(toks[0].text) is not None)
        person = is_role(m.head, self.lex) and not is_org_noun(m.head, self.lex)
        body = is_org_noun(m.head, self.lex) and not is_role(m.head, self.lex)
        if person and given or body and not given:
            return Resolution(" ".join(t.text for t in toks[:j]), None, 0.45, "cataphora")
        return None

    def _role_taken_up(self, m: Mention) -> Resolution | None:
        """ "X became harbourmaster in March … “…,” the harbourmaster said", "X a pris la direction du musée …
        », sourit la nouvelle directrice": a definite role description whose noun (or a word of its stem) an
        earlier sentence gave to the person it opens with, nobody else named since."""
        si = self.sentence_at(m.start)
        head = m.head.lower() if m.head else ""
        if si is None or len(head) < 5 or m.words[-1] != head:
            return None  # (not "la directrice adjointe": another post)
        stem, gender = _noun_stem(head), description_gender(m.text, head, self.lex)
        block = self.sentences[si].block
        for sent in reversed(self.sentences[max(0, si - 6):si + 1]):
            if block - sent.block > 3 or sent.headline:
                return None
            first = sent.mentions[0] if sent.mentions else None
            if first is None or first.tok_start != 0 or first.start >= m.start or first.entity is None or \
                    not _personal(first.entity):
                continue
            given = first.entity.gender or self.lex.first_names.get(_fold_first(first.entity.tokens[0].split("-")[0]))
            if gender is not None and given not in (gender, None) or \
                    any(e is not first.entity and _acting_person(e)
                        for e in self.registry.named_between(first.end, m.start)):
                return None  # someone else named since (not "du musée des Beaux-Arts de Valenciennes")
            if any(not t.is_cap and t.end <= m.start and (_noun_stem(t.lower) == stem or
                                                          self.lang == "en" and names_activity(head, t.lower))
                   for t in sent.tokens[first.tok_end:]):  # ("who taught singing … the singer said")
                return Resolution(first.entity.name, first.entity, 0.55, "description")
        return None

    def _indefinite_before(self, m: Mention) -> Resolution | None:
        """ "…, a police source told the Echo. ¶ …, the source said", "… medical and security sources in Gaza
        report. ¶ According to these sources, …": a bare definite description (determiner and noun) stands for
        the indefinite description with the same noun in its sentence or the paragraph before, even where that
        one's own cue went unread."""
        if len(m.words) != 2 or m.words[0] not in ANAPHORIC_DETERMINERS and \
                not (self.lang == "fr" and m.words[0] in FR_DEFINITE) or not m.head or \
                is_org_noun(m.head, self.lex) and not is_role(m.head, self.lex):
            return None  # (a body's noun is the body's name in its clause: "The council said")
        said = self.resolver._same_head_described(m, m.start, within=1)
        if said is not None and said.split()[0].lower() not in ANAPHORIC_DETERMINERS | ARTICLES:
            return Resolution(said, None, 0.6, "description")  # the earlier one was a speaker already
        head = _singular_noun(m.head.lower())
        si = self.sentence_at(m.start)
        if si is None:
            return None
        block = self.sentences[si].block
        for sent in reversed(self.sentences[max(0, si - 4):si + 1]):
            if block - sent.block > 1:
                break
            for j in range(len(sent.tokens) - 1, -1, -1):
                tok = sent.tokens[j]
                if tok.start >= m.start or _singular_noun(tok.lower) != head or tok.is_cap:
                    continue
                desc = description_back(sent, j, self.lex)
                first = sent.tokens[desc.tok_start].lower if desc is not None else ""
                if desc is None or desc.tok_start >= j or desc.start >= m.start or not (
                        first in INDEFINITE or self.lex.lang == "en" and first not in DETERMINERS and
                        first not in WEEKDAYS and not sent.tokens[desc.tok_start].is_cap):
                    continue  # an indefinite description: "a police source", "medical and security sources"
                end = j + 1  # a complement of place: "sources in Gaza"
                if end + 1 < len(sent.tokens) and (sent.tokens[end].lower in ("in", "en", "à") or self.lang == "fr"
                                                   and sent.tokens[end].lower in FR_DE_FORMS) and \
                        sent.tokens[end + 1].is_cap:
                    place = sent.mention_starting(end + 1)
                    end = place.tok_end if place is not None else end
                return Resolution(self.text[desc.start:sent.tokens[end - 1].end], None, 0.6, "description")
        return None

    def _document_author(self, m: Mention) -> Resolution | None:
        """ "The Israeli army stated … explained an Israeli military statement": a document whose modifiers
        name a speaker quoted shortly before (a nationality, a body) stands for that speaker."""
        if _fold_first(m.head) not in DOCUMENT_HEADS:
            return None
        marks = {w[:5] for w in m.words if len(w) > 3 and w != m.head and w not in DETERMINERS}
        if not marks:
            return None
        spoken = [(p, text, None) for p, text in self.resolver.described_near(m.start, 3)] + \
            [(p, e.name, e) for p, e, _ in self.resolver.history_near(m.start, 3) if e is not None]
        for p, text, entity in sorted(spoken, key=lambda t: -t[0]):
            if marks & {w.lower()[:5] for w in text.split() if len(w) > 3}:
                return Resolution(text, entity, 0.55, "description")
        return None

    def _apposed_name(self, m: Mention) -> Resolution | None:
        """ "Damien Le Guay, philosopher and vice-chairperson of the Comité … emphasises": a role description
        that is the apposition of the person named right before it."""
        if not is_role(m.head, self.lex):
            return None
        si = self.sentence_at(m.start)
        if si is None:
            return None
        sent = self.sentences[si]
        toks = sent.tokens
        j = m.tok_start - 1
        while j > 0 and m.tok_start - j <= 4 and toks[j].text != "," and toks[j].is_word and not toks[j].is_cap:
            j -= 1  # "philosopher and"
        if j < 1 or toks[j].text != ",":
            return None
        name = max((o for o in sent.mentions if o.kind == "name" and o.tok_end == j), key=lambda o: o.tok_start,
                   default=None)
        e = name.entity if name is not None else None
        if e is None or e.kind not in ("person", "unknown") or len(e.tokens) < 2:
            return None
        return Resolution(e.name, e, 0.75, "description")

    def _own_subject_body(self, pronoun: Mention) -> Resolution | None:
        """ "Rockstar is seeking damages …, as it claims …": "it" in a clause after its sentence's subject is
        that body, before any speaker or description of the sentences before."""
        si = self.sentence_at(pronoun.start)
        if si is None:
            return None
        sent = self.sentences[si]
        own = sent.index_at(pronoun.start)
        for other in sent.mentions:
            e = other.entity
            if other.tok_start >= own or other.kind != "name" or e is None or e.kind not in ("org", "unknown"):
                continue
            if (other.start, "subject") in e.mentions and (e.kind == "org" or len(e.tokens) == 1 or
                                                           self.lang == "en") and \
                    not any(f in self.lex.first_names for f in e.folded):  # ("it" is no person: "Fenwick Rail")
                return Resolution(e.name, e, 0.6, "pronoun")
            break  # only the sentence's first name can be its subject
        return None

    def _subject_body_before(self, pronoun: Mention) -> Resolution | None:
        """ "Boeing declined to comment. It said in October …": an "it" opening its sentence takes up the body the
        sentence before opens with as its subject, not the body quoted last; a sentence whose subject is a thing
        or a person ("The fine was announced on Thursday.") is passed over, and one whose subject is a description
        that spoke ("The carrier said …") is left to the speaker history."""
        si = self.sentence_at(pronoun.start)
        if si is None:
            return None
        block = self.sentences[si].block
        for k in range(si - 1, max(-1, si - 4), -1):
            prev = self.sentences[k]
            if prev.block != block or prev.headline:
                return None
            subject = self._main_clause_subject(prev)
            if subject is None:
                continue
            e = subject.entity
            if subject.kind == "name" and e is not None:
                if e.kind == "org" or e.kind == "unknown" and e.gender is None and \
                        not any(f in self.lex.first_names for f in e.folded):
                    return Resolution(self._reported_as(subject, e.name), e, 0.6, "pronoun")
                continue  # a person, a place: no "it" that speaks
            if subject.kind != "description" or \
                    any(prev.start <= p < prev.end for p, _ in self.resolver.described_near(pronoun.start, 0)):
                return None
        return None

    def _reported_as(self, subject: Mention, name: str) -> str:
        """The body's name as its own report in that sentence gave it, when that reads on past the name ("The
        Bonaire Hotel and Tourism Association said …": not the "Bonaire Hotel" the conjunction cut)."""
        said = next((c.resolution.name for c in reversed(self._said) if c.mention is not None and
                     c.mention.start in (subject.start, subject.start + len(subject.text) - len(name)) and
                     c.resolution is not None and c.resolution.name), None)
        return said if said is not None and said.startswith(name + " ") else name

    def _opens_clause(self, m: Mention) -> bool:
        """The mention opens its sentence's own words: first, or after a direct quote that opens the sentence
        when the sentence before quotes nobody ("X's mother … wept as the sentence was read. “He is not a wicked
        boy,” she told reporters": the person that sentence is about, not the last one quoted), or whose only report is
        an indefinite description's own ("A ferry operator … said …. “…,” he said")."""
        si = self.sentence_at(m.start)
        return m.tok_start == 0 or bool(si) and \
            all(t.text == QUOTE_TOKEN or not t.is_word for t in self.sentences[si].tokens[:m.tok_start]) and \
            not any(t.text == QUOTE_TOKEN for t in self.sentences[si - 1].tokens) and \
            (not self._cues(self.sentences[si - 1]) or self._described_reporter(self.sentences[si - 1]))

    def _main_clause_subject(self, sent: Sentence) -> Mention | None:
        """The subject of the sentence's main clause, read back from its end."""
        return clause_subject(sent, len(sent.tokens), self.lex) if sent.tokens else None

    def _described_reporter(self, sent: Sentence) -> bool:
        """The sentence reports what an indefinite description opening it said ("A ferry operator who runs the
        crossing said passengers still had to climb a ladder. “…,” he said"): the quote after it goes on with the
        same person, not a name the paragraph before quoted."""
        subject = self._main_clause_subject(sent)
        cues = self._cues(sent)
        return subject is not None and subject.kind == "description" and not subject.definite and \
            subject.tok_start <= 1 and bool(cues) and cues[0][0] >= subject.tok_end

    def _described_subject_before(self, pronoun: Mention) -> Resolution | None:
        """ "The coroner for Shropshire recorded a verdict of misadventure. She said …": "he" or "she" opening its
        sentence takes up the person the sentence right before opens with, when a description names them (a
        name there is weighed by the resolver), not the speaker quoted before."""
        si = self.sentence_at(pronoun.start)
        if not si or self.sentences[si - 1].block != self.sentences[si].block or self.sentences[si - 1].headline:
            return None
        prev = self.sentences[si - 1]
        subject = self._main_clause_subject(prev)
        if subject is None or subject.kind != "description" or not subject.head or subject.tok_start > 1 or \
                _plural_head(subject):
            return None  # (not "Reporters asked the minister, Helen Carver, …")
        is_person, gender = role_gender(subject.head, self.lex)
        reporter = self.lang == "en" and not subject.definite and self._described_reporter(prev)
        if not (is_person and not is_org_noun(subject.head, self.lex) or reporter) or \
                gender not in (pronoun.gender, None) or \
                any(m.entity is not None and m.entity.gender == pronoun.gender for m in prev.mentions):
            return None  # (nor a sentence that names someone the pronoun fits)
        taken_up = next((c.resolution for c in reversed(self._said) if c.mention is not None and
                         c.mention.start == subject.start and c.resolution.entity is not None), None)
        if taken_up is not None and self.lang == "en":  # "Mayor X said … The mayor said … She said": whom the
            return Resolution(taken_up.name, taken_up.entity, 0.6, "pronoun")  # description itself stood for
        if reporter:  # "A ferry operator who runs the crossing said …": "he" makes a person of a kind that may be a
            # firm, by the words the description's own report resolved to
            report = next((c for c in reversed(self._said) if c.mention is not None and
                           c.mention.start == subject.start), None)
            if report is not None:
                said = report.cue is not None and self._restricted(report.mention, report.cue.start) or \
                    report.resolution
                return Resolution(said.name or report.mention.text, said.entity, 0.6, "pronoun")
        end = _verb_after(prev.tokens, subject) or _relative_clause_end(prev.tokens, subject.tok_end)
        text = self.text[subject.start:prev.tokens[end - 1].end] if end else subject.text
        return Resolution(text, None, 0.6, "pronoun")

    def _fr_body_subject_before(self, pronoun: Mention, res: Resolution) -> Resolution | None:
        """ "La préfecture du Finistère a interdit la baignade à Carnac. Elle a précisé …": « il » or « elle » that
        no person takes up is the body the sentence before opens with, its article agreeing with the pronoun, not
        a place or a name its object holds (« à Carnac », « la piscine Gayeulles »)."""
        si = self.sentence_at(pronoun.start)
        # (the sentence before in the paragraph; for a pronoun opening its paragraph, the paragraph before's last:
        # "Le gouvernement du Yukon a annoncé … la mine d'or Eagle … ¶ Il affirme …")
        if not si or self.sentences[si - 1].headline or self.sentences[si - 1].block != self.sentences[si].block and \
                not (pronoun.tok_start == 0 and self.sentences[si - 1].block == self.sentences[si].block - 1):
            return None
        prev = self.sentences[si - 1]
        subject = self._main_clause_subject(prev)
        if subject is not None and subject.kind == "name" and subject.entity is not None and \
                subject.entity.kind == "org" and subject.tok_start <= 1 and not subject.possessive and \
                FR_DETERMINER_GENDER.get(prev.tokens[0].lower) in (pronoun.gender, None) and \
                prev.tokens[0].lower in ARTICLES | {subject.words[0].lower() if subject.words else ""}:
            # "L'Agence régionale de santé (ARS) recommande … Selon elle": a body by its name, as by its kind
            return Resolution(self.text[prev.tokens[0].start:subject.end], subject.entity, 0.6, "pronoun")
        if subject is None or subject.tok_start > 0 or subject.kind != "description" or not subject.definite or \
                not subject.head or not is_org_noun(subject.head, self.lex) or is_role(subject.head, self.lex):
            return None
        article = subject.words[0] if subject.words else ""
        if FR_DETERMINER_GENDER.get(article) not in (pronoun.gender, None):
            return None  # (« le syndicat … elle »: a body's article agrees with the pronoun standing for it)
        return Resolution(subject.text, None, 0.6, "pronoun")

    def _restricted(self, m: Mention, cue_start: int | None = None) -> Resolution | None:
        """ "said a man who lives opposite the site", "une habitante rencontrée devant une quincaillerie dit": an
        indefinite description is who its restrictive relative clause, complement or participle phrase says
        (restrictive_modifiers); the modifier, up to the end of the clause or the verb, belongs to the speaker."""
        si = self.sentence_at(m.start)
        if si is None:
            return None
        sent = self.sentences[si]
        named = named_in_relative(sent, m, cue_start)
        if named is not None:
            return Resolution(named.name, named, 0.6, "name")
        toks = sent.tokens
        end = modifier_end(self.text, toks, m, self.lex, cue_start)
        if end is None:
            return None
        return Resolution(self.text[m.start:toks[end - 1].end], None, 0.6, "description with its modifiers")

    def _name_apposed_after(self, m: Mention) -> Resolution | None:
        """ "Her husband, the painter Owen Brooks, said": a description followed by a name set off by commas
        (after a description of its own, or none) is that person; not "Lawyers for the defendant, Victor Reyes,"."""
        if not is_role(m.head, self.lex) or _plural_head(m):
            return None
        si = self.sentence_at(m.start)
        if si is None:
            return None
        sent = self.sentences[si]
        toks = sent.tokens
        j = m.tok_end
        if j + 1 >= len(toks) or toks[j].text != ",":
            return None
        j += 1
        while j < len(toks) and j - m.tok_end <= 5 and toks[j].is_word and not toks[j].is_cap:
            j += 1  # "the painter"
        name = sent.mention_starting(j)
        e = name.entity if name is not None and name.kind == "name" else None
        if e is None or not _personal(e) or name.tok_end >= len(toks) or toks[name.tok_end].text != ",":
            return None
        return Resolution(e.name, e, 0.75, "description")

    def _cataphora(self, m: Mention, gender: str | None, same_only: bool = False) -> Resolution | None:
        """A pronoun or description before anyone is named: the next person named as a subject, nearby (with
        `same_only`, only one the text later gives the description's role)."""
        for p, e, _ in self.registry.mentions_from(0):
            if p >= m.start:
                break
            if e.kind == "person":
                return None
        if self.lang == "en" and m.kind == "description" and m.head and is_role(m.head, self.lex):
            later = self._role_named_later(m)
            if later is not None:
                return later
        block = self.resolver.block_of(m.start)
        same = self.registry.described_as(role_class(m.head)) if m.kind == "description" and \
            m.head and is_role(m.head, self.lex) else []  # ("…, selon le sous-préfet. ¶ … le sous-préfet, X,")
        if same and self.lang == "fr":  # (the index's answer, each entity tested, as a walk over all would be)
            key = role_class(m.head)
            same = [e for e in same if any(key == _role_class(w) for words, head, _ in e.descriptions
                                           for w in (*words, head))]
        for p, e, role in self.registry.mentions_from(m.start + 1) if same else ():
            if self.resolver.block_of(p) - block > 3:
                break
            if e.kind == "person" and any(e is x for x in same) and (not e.gender or not gender or e.gender == gender):
                return Resolution(e.name, e, 0.45, "cataphora")  # "the family's attorney said" … "X, an attorney"
        for p, e, role in () if same_only else self.registry.mentions_from(m.start + 1):  # earliest first
            if self.resolver.block_of(p) - block > 3:
                break
            if role == "subject" and self.resolver.block_of(p) not in self.furniture and _could_be_person(e, m) \
                    and (not e.gender or not gender or e.gender == gender) and \
                    not (m.kind == "description" and m.head and _described_otherwise(e, m.head) and
                         is_role(m.head, self.lex) and not self._office_and_post(e, m) and
                         not self._fr_taken_up(e)):
                # "The prosecutor told … The defendant, C. Palmer, …"
                return Resolution(e.name, e, 0.45, "cataphora")
        return None

    def _role_named_later(self, m: Mention) -> Resolution | None:
        """ "…, the family's attorney said. ¶ … Benjamin Crump, an attorney representing …", "…, its landlady said.
        ¶ … the landlady, Marjorie Hebblethwaite, told regulars": a role described before anyone is named, which a
        later sentence (up to three paragraphs on) gives to a name set off beside the same noun. Read from the
        words, as the names of later sentences are not read yet."""
        key = role_class(m.head)
        si = self.sentence_at(m.start)
        if si is None:
            return None
        block = self.sentences[si].block
        for sent in self.sentences[si + 1:]:
            if sent.block - block > 3:
                return None
            toks = sent.tokens
            for i, tok in enumerate(toks):
                if tok.is_cap or not tok.is_word or role_class(tok.lower) != key:
                    continue
                j = i - 1
                while j > 0 and i - j <= 3 and toks[j].is_word and not toks[j].is_cap and \
                        toks[j].lower not in ("a", "an", "the"):
                    j -= 1
                if j >= 2 and toks[j].lower in ("a", "an", "the") and toks[j - 1].text == ",":
                    name = _capitalised_run(toks, j - 2, back=True)  # "Benjamin Crump, an attorney"
                    if name:
                        return Resolution(name, None, 0.45, "cataphora")
                if i + 2 < len(toks) and toks[i + 1].text == "," and i > 0 and toks[i - 1].lower in ARTICLES:
                    name = _capitalised_run(toks, i + 2, back=False)  # "the landlady, Marjorie Hebblethwaite,"
                    end = i + 2 + len(name.split()) if name else 0
                    if name and end < len(toks) and toks[end].text == ",":
                        return Resolution(name, None, 0.45, "cataphora")
        return None

    def _fr_taken_up(self, e) -> bool:
        """ "L'organisatrice a indiqué … Cette ancienne institutrice, Rosaline X, dit": a French demonstrative
        describes someone already spoken of, so another role given to the name does not make another person."""
        return self.lang == "fr" and any(text.lower().split()[:1] in (["ce"], ["cet"], ["cette"])
                                         for _, _, text in e.descriptions)

    def _office_and_post(self, e, m: Mention) -> bool:
        """ "…, the chairman of a Senate subcommittee said. ¶ Senator Chris Murphy said …": a post within a body
        (a head with its "of" complement) is held by someone a bare title before the name gives an office."""
        if self.lang != "en" or m.head not in m.words or "of" not in m.words[m.words.index(m.head) + 1:]:
            return False
        return all(len(text.split()) == 1 for _, h, text in e.descriptions if h)

    def _description_antecedent(self, pronoun: Mention, own_only: bool = False,
                                same_block: bool = False) -> Resolution | None:
        """ "Investors fear …, they said", "Influential senators … “…,” they wrote", "un habitant … a-t-il
        ajouté": a pronoun nobody named answers to the subject description of its own or an earlier sentence."""
        si = self.sentence_at(pronoun.start)
        if si is None or pronoun.gender not in ("plural", "m", "f", "thing"):
            return None
        sent = self.sentences[si]
        candidates = []
        own = sent.index_at(pronoun.start)
        if own > 0 and not (self.lang == "fr" and self.text[pronoun.start - 1] in "-‑"):
            candidates.append((sent, own))  # (« Les écoles vont fermer, dénoncent-ils »: what was said, not who)
        for prev in reversed(self.sentences[max(0, si - 3):si] if not own_only else []):
            if sent.block - prev.block > (0 if same_block else 1) or prev.headline:
                break
            candidates.append((prev, len(prev.tokens)))
        for other, upto in candidates:
            text = self._plural_subject_text(other, upto) if pronoun.gender == "plural" else None
            if text is not None:
                return Resolution(text, None, 0.5, "pronoun")
            m = next((d for d in (participle_subject(other, j, self.lex) for j in range(upto - 1)
                                  if other.tokens[j + 1].lower in self.lex.cue_forms) if d is not None), None) \
                or clause_subject(other, upto, self.lex)
            if m is None or m.kind != "description" or m.start >= pronoun.start:
                continue
            if pronoun.gender == "thing" and not (m.definite and is_org_noun(m.head, self.lex) and
                                                  not is_role(m.head, self.lex)):
                continue  # "it" stands for a body ("The union of German journalists urged …"), not a person
            if pronoun.gender in ("m", "f") and \
                    description_gender(m.text, m.head or "", self.lex) not in (pronoun.gender, None):
                continue  # "il" is not "une habitante"
            if pronoun.gender in ("m", "f") and self.lang == "en" and m.head and is_org_noun(m.head, self.lex) and \
                    not is_role(m.head, self.lex):
                continue  # "The chain will close 11 stores, he said": "he" is nobody's body
            if self.resolver._plural_text(m.text, (m.head or "").lower()) == (pronoun.gender == "plural"):
                inner = next((n.entity for n in other.mentions if n.kind == "name" and n.entity is not None and
                              n.entity.kind == "person" and n.entity.gender in (pronoun.gender, None) and
                              m.tok_start < n.tok_start and n.tok_end <= m.tok_end), None)
                if inner is not None and self.lang == "fr":  # "La sociologue Dominique Méda publie": the person named
                    return Resolution(inner.name, inner, 0.55, "pronoun")
                named = self._apposed_body(other, m)
                if named is not None:  # "Fitch Ratings, the credit agency, downgraded …": the body's name
                    return Resolution(named.name, named, 0.55, "pronoun")
                return Resolution(self._latter(other, m.text), None, 0.55, "pronoun")
        if pronoun.gender == "plural":
            for other, upto in candidates:
                text = self._plural_role_phrase(other, upto)
                if text is not None:
                    return Resolution(text, None, 0.45, "pronoun")
        return None

    def _body_described(self, m: Mention):
        """The body named before that the definite description `m` takes up ("la haute juridiction" for the
        Conseil d'État): the body speaks, so that a pronoun after it takes the body's name, not the epithet's
        words (the sets' convention: the description keeps its own words, a pronoun the name)."""
        if not m.definite or not m.head or not is_org_noun(m.head, self.lex) or is_role(m.head, self.lex):
            return None
        res = self.resolver.resolve(m, m.start, learn=False)
        if res.entity is not None and res.entity.kind == "org" and res.name and \
                any(q < m.start for q, _ in res.entity.mentions):
            return res.entity
        return self._subject_body_opening_before(m)

    def _subject_body_opening_before(self, m: Mention):
        """The body that opens the sentence before the one `m` opens, in the same paragraph or the one before,
        the only body that sentence names (salience: "Le Conseil d'État a annulé … ¶ La haute juridiction a
        jugé"): what a description of a body's kind, with no name of its own, takes up."""
        si = self.sentence_at(m.start)
        if si is None or si == 0 or m.tok_start > 1:
            return None
        prev = self.sentences[si - 1]
        if prev.headline or self.sentences[si].block - prev.block > 1 or not prev.mentions:
            return None
        first = prev.mentions[0]
        opens = all(not t.is_word or t.lower in ARTICLES for t in prev.tokens[:first.tok_start])
        if not opens or first.entity is None or first.entity.kind != "org" or \
                any(self._agent_body(prev, n) for n in prev.mentions[1:] if n.entity is not first.entity):
            return None  # ("The Sunday Post reported that Dunmore Cycles …": two bodies, the epithet's is unknown)
        return first.entity

    def _agent_body(self, sent: Sentence, m: Mention) -> bool:
        """A body (or a name nothing classified) that `sent` names outside a prepositional phrase: one that can
        act, not a place ("sur le lac de Grand-Lieu", "en Loire-Atlantique")."""
        if m.entity is None or m.entity.kind not in ("org", "unknown"):
            return False
        k = m.tok_start - 1
        if k >= 0 and sent.tokens[k].lower in ARTICLES:
            k -= 1
        return m.entity.kind == "org" or k < 0 or sent.tokens[k].lower not in PLACE_LINKS

    def _pronoun_chain(self, pronoun: Mention) -> Resolution | None:
        """ "My husband died … ¶ I was 28 and our son was 6. ¶ … he said": a pronoun nothing nearer resolves stands
        for the latest subject description of its gender, when no one is named in between (salience: the subject,
        not "our son")."""
        si = self.sentence_at(pronoun.start)
        if self.lang != "en" or pronoun.gender not in ("m", "f") or si is None:
            return None
        block = self.sentences[si].block
        for k in range(si - 1, max(-1, si - 9), -1):
            prev = self.sentences[k]
            if prev.headline or block - prev.block > 5 or \
                    any(n.entity is not None and _personal(n.entity) for n in prev.mentions):
                return None
            m = clause_subject(prev, len(prev.tokens), self.lex)
            if m is None or m.kind != "description" or not m.head or m.head not in m.words:
                continue
            after = m.words[m.words.index(m.head) + 1:]
            if after and after[0] not in ("of", "from", "at", "in"):
                text = self.text[m.start:prev.tokens[m.tok_start + m.words.index(m.head)].end]  # "my uncle built"
            else:
                text = m.text
            if is_role(m.head, self.lex) and not _plural_head(m) and \
                    description_gender(text, m.head, self.lex) == pronoun.gender:
                return Resolution(text, None, 0.45, "pronoun")
        return None

    def _apposed_body(self, sent: Sentence, m: Mention):
        """The entity named right before a description set off by commas ("Fitch Ratings, the credit agency,")."""
        k = m.tok_start - 1
        if k < 1 or sent.tokens[k].text != ",":
            return None
        name = sent.mention_ending(k - 1)
        e = name.entity if name is not None and name.kind == "name" else None
        return e if e is not None and e.kind in ("org", "unknown") else None

    def _plural_role_phrase(self, sent: Sentence, upto: int) -> str | None:
        """ "… is supported by influential Republican and Democratic senators. However, they …", "investors
        are still cautious, as they believe …": the last people named by a plural role noun before `upto`."""
        toks = sent.tokens
        for j in range(upto - 1, -1, -1):
            tok = toks[j]
            low = tok.lower
            if tok.text == QUOTE_TOKEN or not tok.is_word or len(low) < 4 or not low.endswith(("s", "x")) or \
                    low.endswith("ss") or not is_role(low, self.lex) or sent.mention_ending(j) is not None:
                continue
            if j + 1 < len(toks) and toks[j + 1].lower in NP_JOINERS:
                continue  # "members of the staff": the phrase goes on
            desc = description_back(sent, j, self.lex)
            first = desc.tok_start if desc is not None else j
            while self.lex.lang == "fr" and j + 1 < len(toks) and (_modifier(toks[j + 1], self.lex) or
                                                                   toks[j + 1].lower == "et" and j + 2 < len(toks)
                                                                   and _modifier(toks[j + 2], self.lex)):
                j += 1  # "d'influents sénateurs républicains et démocrates"
            while first > 1 and (toks[first - 1].lower in ("and", "et") or _modifier(toks[first - 1], self.lex)) \
                    and _modifier(toks[first - 1 if toks[first - 1].lower not in ("and", "et") else first - 2],
                                  self.lex):
                first -= 1  # "influential Republican and Democratic senators"
            return sent_text(sent, first, j)
        return None

    def _plural_subject_text(self, sent: Sentence, upto: int) -> str | None:
        """ "Influential senators criticised …", "Les investisseurs craignent …": a plural common-noun subject,
        its determiner and adjectives included, directly followed by its verb."""
        toks = sent.tokens
        starts = [k + 1 for k in range(upto - 1) if toks[k].text in (",", ";") and
                  toks[k + 1].lower in ("but", "and", "while", "whereas", "mais", "et", "tandis", "alors")]
        for start in reversed([0] + starts):  # the nearest clause first: "Passengers grumble, but airlines …"
            text = self._plural_subject_at(sent, start, upto)
            if text is not None:
                return self._latter(sent, text)
        return None

    def _latter(self, sent: Sentence, text: str) -> str:
        """ "ces derniers", "the latter": the people named by the sentence before `sent`; other text as is."""
        if text.lower().split()[-2:] not in LATTER:
            return text
        si = self.sentence_index[id(sent)]
        if si == 0 or self.sentences[si - 1].block < sent.block - 1:
            return text
        before = self.sentences[si - 1]
        return self._plural_role_phrase(before, len(before.tokens)) or text

    def _plural_subject_at(self, sent: Sentence, p: int, upto: int) -> str | None:
        toks = sent.tokens
        while p < upto and (toks[p].lower in LEADING_SKIP or toks[p].lower in CLAUSE_LINKS or
                            toks[p].text in ("-", "–", "—", ",")):
            p += 1  # "Also, investors …", "mais les compagnies …"
        first = p
        if p < upto and toks[p].lower in DETERMINERS | {"les", "des", "de", "many", "some", "most", "several",
                                                        "plusieurs", "certains", "certaines", "nombre", "nombreux"}:
            p += 1
        for j in range(p, min(p + 4, upto - 1)):
            tok, nxt = toks[j], toks[j + 1]
            low = tok.lower
            if not tok.is_word or low in FUNCTION_WORDS or low in BE_FORMS or low in self.lex.pronouns or \
                    tok.is_cap and j > first or sent.mention_starting(j) is not None:
                return None
            if low.endswith(("s", "x")) and len(low) > 3 and not low.endswith("ss"):
                if self.lex.lang == "fr" and nxt.lower in FR_DE_FORMS and is_role(low, self.lex):
                    # "des chercheurs de l'université de Liège ont découvert"
                    return self._fr_complemented_plural(sent, first, j, upto)
                while self.lex.lang == "fr" and j + 2 < upto and nxt.lower.endswith(("s", "x")) and \
                        toks[j + 2].is_word and not toks[j + 2].is_cap and toks[j + 2].lower not in FUNCTION_WORDS:
                    j, nxt = j + 1, toks[j + 2]  # "les compagnies aériennes adorent"
                if not nxt.is_word or nxt.is_cap or nxt.lower in FUNCTION_WORDS or nxt.lower in BE_FORMS:
                    return None
                return sent_text(sent, first, j)
        return None

    def _fr_complemented_plural(self, sent: Sentence, first: int, noun: int, upto: int) -> str | None:
        """A French plural role noun with its complement, directly followed by its verb: "Des chercheurs du CNRS et
        de l'université de Montpellier ont identifié"."""
        desc = description_forward(sent, noun, self.lex)
        toks = sent.tokens
        end = desc.tok_end if desc is not None else upto
        if end + 2 < upto and toks[end].text == "," and toks[end + 1].lower in ("à", "en", "au"):
            close = next((k for k in range(end + 2, min(upto, end + 8)) if toks[k].text == ","), None)
            end = close + 1 if close is not None else end  # "…, à Dakar, ont cessé"
        if desc is None or desc.tok_start != first or end >= upto or not toks[end].is_word or toks[end].is_cap or \
                toks[end].lower in RELATIVES:
            return None
        return desc.text


FR_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
FR_DEFINITE = frozenset({"le", "la", "l'", "l’", "les"})  # "l'agriculteur" after "un agriculteur de Bastogne"
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "cette", "ces", "cet", "ce"})


FR_TERRITORY_LINKS = (("de",), ("du",), ("des",), ("d'",), ("d’",), ("de", "la"), ("de", "l'"), ("de", "l’"))
FR_ROLE_DETERMINERS = frozenset({"le", "la", "l'", "l’", "son", "sa", "leur", "ce", "cet", "cette"})
FR_PLACE_LINKS = FR_DE_FORMS | {"chez", "à", "au", "aux", "en"}  # _fallback
FR_TERRITORY_LINKS_FLAT = frozenset(w for link in FR_TERRITORY_LINKS for w in link)
FR_CHAMBERS = SPEAKER_WORDS["fr_body_kinds"]  # kinds of bodies the org nouns lack: "la Chambre d'agriculture"


def _verb_after(toks, subject: Mention) -> int | None:
    """Where a description read up to its sentence's verb ends before it: "The coroner for Shropshire recorded a
    verdict", "A pilot waiting at the gate recorded a video" (a past verb, then its object)."""
    for j in range(subject.tok_start + 2, subject.tok_end):
        if not toks[j].is_cap and toks[j].lower.endswith("ed") and \
                (j + 1 >= len(toks) or toks[j + 1].lower in ("a", "an", "the", "his", "her", "its", "their")):
            return j
    return None


def _relative_clause_end(toks, k: int) -> int | None:
    """Where a relative clause after a description ends, at the main clause's past verb: "A paramedic who was
    driving home | stopped to help", "The ecologist who spotted it | sent photographs" (not a participle after
    an auxiliary: "who has lived there since 1981")."""
    if k >= len(toks) or toks[k].lower not in ("who", "that"):
        return None
    for j in range(k + 2, min(len(toks), k + 10)):
        tok = toks[j]
        if not tok.is_word or tok.text == QUOTE_TOKEN:
            return None
        past = tok.lower in PAST_TENSE_EN or len(tok.lower) > 4 and tok.lower.endswith("ed")
        after_auxiliary = toks[j - 1].lower in FINITE_AUXILIARIES or toks[j - 1].lower in BE_FORMS
        if past and not tok.is_cap and not after_auxiliary:
            return j
    return None


def _dated(toks, k: int) -> bool:
    """The name at token `k` opens with a day or a month after a word of time ("On Tuesday Redcliffe Mining said",
    "In March Quillan Foods said"), or a French day opening the sentence ("Mardi Valmorel Industries a annoncé"):
    a date set before the name without a comma, no word of it (not "The Sunday Times")."""
    word = toks[k].lower
    if word not in WEEKDAYS and word not in MONTHS:
        return False
    return toks[k - 1].lower in DATE_OPENERS if k > 0 else word in FR_WEEKDAYS


def _without_first_word(m: Mention, toks, text: str) -> Mention:
    start = toks[m.tok_start + 1].start
    return replace(m, start=start, text=text[start:m.end], tok_start=m.tok_start + 1, words=m.words[1:],
                   name_span=(start, m.name_span[1]) if m.name_span else None)


def _fr_territorial(found: list[Mention], toks, text: str, lex) -> list[Mention]:
    """ "Le Conseil départemental du Finistère", "La Chambre d'agriculture de la Manche": a French body named by
    the noun of its kind, then the territory it serves, is one name (not the body cut short, nor the place)."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is None or not 0 < m.tok_start - prev.tok_end <= 2:
            out.append(_fr_before_acronym(m, toks, text, lex))
            continue
        link = tuple(t.lower for t in toks[prev.tok_end:m.tok_start])
        words = [w for w in prev.words if w.lower() not in ARTICLES] if link in FR_TERRITORY_LINKS else []
        if m.kind == prev.kind == "name" and words and words[0][:1].isupper() and \
                (is_org_noun(words[0].lower(), lex) or words[0].lower() in FR_CHAMBERS) and not prev.possessive and \
                _fold_first(m.words[0]) not in lex.first_names and m.tok_end <= len(toks):
            whole = text[prev.start:m.end]
            out[-1] = Mention("name", prev.start, m.end, whole, prev.tok_start, m.tok_end, possessive=m.possessive,
                              words=tuple(whole.split()))
            continue
        out.append(_fr_before_acronym(m, toks, text, lex))
    return out


def _fr_before_acronym(m: Mention, toks, text: str, lex) -> Mention:
    """ "Le Comité national des pêches maritimes et des élevages marins (CNPMEM)": the lower-case words between a
    body's name and its acronym in parentheses belong to the name."""
    k = m.tok_end
    while k < len(toks) and k - m.tok_end < 6 and toks[k].is_word and not toks[k].is_cap:
        k += 1
    if k == m.tok_end or k + 2 >= len(toks) or toks[k].text != "(" or m.kind != "name" or \
            not toks[k + 1].is_acronym or toks[k + 2].text != ")" or toks[k - 1].lower in FR_TERRITORY_LINKS_FLAT:
        return m
    words = [w for w in m.words if w.lower() not in ARTICLES]
    if not words or not is_org_noun(words[0].lower(), lex):
        return m
    whole = text[m.start:toks[k - 1].end]
    return Mention("name", m.start, toks[k - 1].end, whole, m.tok_start, k, words=tuple(whole.split()))


FR_VENUE_NOUNS = frozenset(load_yaml("speaker_lexicon")["fr_venue_nouns"])


def _after_venue_noun(toks, k: int) -> bool:
    """ "de la piscine Jean-Bouin", "au lycée Victor-Hugo": the name at token k follows a lowercase venue noun."""
    return k >= 1 and not toks[k - 1].is_cap and toks[k - 1].lower in FR_VENUE_NOUNS


def _role_after_determiner(text: str, lex) -> bool:
    """ "Une mère de deux enfants", "Un ancien trésorier d'un club": a role noun right after the determiner,
    or after one adjective set before it."""
    words = text.lower().split()
    return any(is_role(w, lex) for w in words[1:3])


def _named_inside(entity, words: str) -> bool:
    """A person of two names or more whose surname the quoted words hold as a word of their own."""
    if len(entity.tokens) < 2 or not _personal(entity):
        return False
    surname = entity.tokens[-1]
    at = words.find(surname)
    while at >= 0:
        end = at + len(surname)
        if (at == 0 or not words[at - 1].isalnum()) and (end == len(words) or not words[end].isalnum()):
            return True
        at = words.find(surname, end)
    return False


def role_class(head: str) -> str:
    """The key a role noun is filed under ("attorneys", "the family's attorney" -> "attorney")."""
    return _role_class(_singular_noun(head.lower().removesuffix("'s").removesuffix("’s")))


def _capitalised_run(toks, at: int, back: bool) -> str:
    """The two to four capitalised words (a person's name) ending (`back`) or starting at token `at`, or ""."""
    run, step, i = [], -1 if back else 1, at
    while 0 <= i < len(toks) and len(run) < 5 and toks[i].is_word and toks[i].is_cap and \
            toks[i].lower not in FUNCTION_WORDS:
        run.append(toks[i].text)
        i += step
    if not 2 <= len(run) <= 4 or 0 <= i < len(toks) and toks[i].is_cap:
        return ""
    return " ".join(reversed(run) if back else run)


def _singular_noun(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _names_person(option: Option) -> bool:
    """An option that names a person (or a name that may be one), not a description or a body's name."""
    m, res = option.mention, option.resolution
    if m is None or m.kind != "name":
        return False
    entity = res.entity if res is not None else m.entity
    return entity is None or entity.kind not in ("org", "place")


def _personal_speaker(said: Candidate) -> bool:
    res = said.resolution
    return res is not None and res.entity is not None and res.entity.kind == "person"


def _after_preposition(toks, k: int) -> bool:
    """Token `k` opens the object of a preposition ("in Maryland", "dans le Maryland"): an adverbial, not
    a noun phrase that a following description could stand in apposition to."""
    j = k - 1
    if j >= 0 and toks[j].lower in ARTICLES:
        j -= 1
    return j >= 0 and toks[j].lower in LOCATIVES


PLACE_LINKS = OBLIQUE | {"de", "d'", "d’", "du", "des", "of"}  # what a place's name follows (_agent_body)
OBJECT_PREPOSITIONS = frozenset({"by", "to", "with", "for", "on", "in", "at", "from", "par", "avec", "pour", "sur",
                                 "dans", "à", "au", "aux", "chez"})
LOCATIVES = frozenset({"in", "at", "from", "near", "across", "dans", "en", "à", "au", "aux", "depuis", "près"})


def _personal(entity) -> bool:
    """A person, or a name of two words or more nothing classified ("Mick Jagger" without a known given name)."""
    return entity.kind == "person" or entity.kind == "unknown" and len(entity.tokens) > 1


def _acting_person(entity) -> bool:
    """A person, or a name of two words or more that is once the subject of its clause."""
    return entity.kind == "person" or _personal(entity) and any(r == "subject" for _, r in entity.mentions)


def _capitals_word(word: str) -> bool:
    """An acronym's shape ("SNCF", "TfL"): capitals for half its letters or more, a particle of two letters aside
    ("Le" in "Maïwenn Le Goff", "De" in "Robert De Niro")."""
    return word.isupper() and len(word) > 1 or len(word) > 2 and sum(c.isupper() for c in word) * 2 >= len(word)


def _folded_words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text.casefold()).split()


def _contains_run(longer: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(longer[i:i + n] == run for i in range(len(longer) - n + 1))


def _modifier(tok, lex) -> bool:
    """A word that qualifies the people a plural role noun names: a party, a nationality, an adjective."""
    low = tok.lower
    if not tok.is_word or low in FUNCTION_WORDS or low in DETERMINERS:
        return False
    return tok.is_cap or low in lex.nationalities or low[-1:] in "sx" and low[:-1] in lex.nationalities or \
        low.endswith(ADJECTIVE_ENDINGS)


LATTER = (["ces", "derniers"], ["ces", "dernières"], ["the", "latter"])
ADJECTIVE_ENDINGS = ("ial", "al", "ic", "ive", "ous", "ent", "ant", "ful", "aux", "ale", "ique", "ifs", "ives")


def _could_be_person(entity, m: Mention) -> bool:
    """A role description ("the MP") names a person, or an unclassified name of two words or more ("De Bock");
    a pronoun may also stand for a one-word unknown name."""
    if entity.kind == "person":
        return True
    return entity.kind == "unknown" and (m.kind != "description" or len(entity.tokens) > 1 or
                                         _double_barrelled(entity.name))


def _double_barrelled(name: str) -> bool:
    """ "Crossley-Holland", "Lloyd-Webber": two capitalised names joined by a hyphen, a person's surname."""
    parts = name.split("-")
    return len(parts) == 2 and all(len(p) > 2 and p[0].isupper() and p[1:].islower() for p in parts)
