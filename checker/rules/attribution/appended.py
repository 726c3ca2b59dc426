"""ATT004: a second attribution appended to a sentence that already has one ("…, the minister said, he added.")."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...lang.clauses import (SUBJECT_PRONOUNS, WORD_RE, ReportingClause, could_be_verb, may_hold_reporting_clause,
                              reporting_clause_at, speech_verb_by_form, speech_verbs, verb_lexicon)
from ...lang.sentences import split_sentences
from ...registry import Example, Rule

# words right before a reporting verb's subject that make the clause subordinate ("which the minister said")
SUBORDINATE = frozenset("which that who whom whose what as than if whether when where because".split())
ACCORDING_RE = re.compile(r"\baccording to\b", re.I)
# what an appended clause can start with: a subject pronoun (its first word) or `according to` (as clauses reads it)
FIRST_WORD_RE = re.compile(r"\S+")
ACCORDING_START_RE = re.compile(r"(?i:according\s+to)")
AFTER_COMMA_RE = re.compile(r",[ \t]*")  # where an appended clause starts
COMMA_RE = re.compile(",")
LAST_WORD_RE = re.compile(r"([A-Za-z]+)[.!]?[”\"]?\s*$")  # the word that closes a sentence
GENDER = {"he": "m", "she": "f", "it": "n", "they": "p", "we": "1p", "i": "1s"}
OPENERS = "\"“”«»'’‘(—–-,:;"
# what may follow an appended attribution instead of the end of the sentence: a participle ("…, he added,
# citing …") or an adverbial clause ("…, he added, before announcing …"); anything else continues the
# sentence, and the clause is a parenthesis ("The mayor, he said, will resign")
CONTINUATIONS = frozenset("before after while as without when then".split())
SENTENCE_END = ("", ".", "!", ".”", ".\"", "!”")
DEFINITE = frozenset("the this these those his her its their our him her them me us".split())
# a French incise after a quote's attribution may bring any verb ("…,” X told TF1, he sighed."): a person's pronoun
# and one past-tense verb closing the sentence; "it" is left out ("…, it emerged", "…, it seemed")
BARE_PRONOUNS = frozenset("he she they".split())
# the verb may take an adverb ("he still accused") or the fixed complement of a reporting idiom that renders one
# French verb ("a-t-il fait savoir": "he let it be known"; "a-t-il insisté": "he pressed the point")
BARE_RE = re.compile(r"(?P<subj>[A-Za-z]+)(?:[ \t]+(?:[a-z]+ly|still|also|then|again))?[ \t]+"
                     r"(?P<copula>(?:was|were|got|became)[ \t]+)?(?P<verb>[a-z]+)"
                     r"(?:[ \t]+(?:himself|herself|themselves|up|back|out|on|it[ \t]+be[ \t]+known|it[ \t]+clear|"
                     r"the[ \t]+point(?:[ \t]+home)?|home[ \t]+the[ \t]+point))?(?![\w'’-])")
CLOSING_MARKS = "”\"»"
MANNER_END_RE = re.compile(r"[ \t]+(?!(?:only|early|daily|weekly|monthly|yearly|likely)\b)[a-z]{2,}ly[.!]?[”\"]?")
OPENING_MARKS = "“«"
# words that make the stretch after a quote's attribution a clause of its own, not the attribution's adjuncts
INVERTED_STOPS = frozenset("in on of for with at about over".split())  # an object's complement, not a subject
CLAUSE_WORDS = frozenset("that and but who which whose whom because although while when if".split())
TIME_CONJUNCTIONS = frozenset("as when while before after".split())


@functools.lru_cache(maxsize=None)
def _verb(lemma: str):
    return next((v for v in speech_verbs() if v.lemma == lemma), None)


def _states(text: str, clause, end: int) -> bool:
    """Whether what follows the reporting verb up to `end` is its statement: 'that …', a quote, a colon, or
    a bare clause with a finite verb after a verb that takes one ("said the talks would resume"), rather than
    an object ("confirmed the figures")."""
    if clause.tail in ("quote", ":"):
        return True
    words = [w.group().lower() for w in WORD_RE.finditer(text, clause.end, end)]
    if not words:
        return False
    if words[0] == "that":
        return True
    verb = _verb(clause.lemma)
    if verb is None or not verb.zero_that:
        return False
    lex = verb_lexicon()
    return any(w in lex.auxiliaries or w in lex.irregular or (len(w) > 4 and w.endswith("ed"))
               for w in words[1:])


def _first_attribution(text: str, start: int, comma: int):
    """A complete attribution in text[start:comma] that the clause after the comma would repeat: a reporting
    clause that closes the stretch ("“…,” the spokeswoman, Maud Bregeon, said on BFMTV"), one followed by
    its statement ("X declared on BFMTV that …"), or `according to X`. A clause followed by a new statement
    of its own ("“…,” he said, “…”") leaves the next attribution to that statement."""
    according = ACCORDING_RE.search(text, start, comma)
    if according and (according.start() == start or text[start:according.start()].rstrip()[-1:] in OPENERS):
        return reporting_clause_at(text, according.start(), len(text)) or _According(according.start(), comma)
    for word in WORD_RE.finditer(text, start, comma):
        before = text[start:word.start()].rstrip()
        clause = reporting_clause_at(text, word.start(), comma + 1)
        if clause is None or clause.end > comma:
            continue
        previous = before.split()[-1].lower().strip(OPENERS) if before.split() else ""
        if previous in SUBORDINATE:
            continue
        closes = clause.tail == "," and clause.tail_end == comma + 1
        if (closes and (not before or before[-1] in OPENERS)) or _states(text, clause, comma):
            return clause
    return None


@dataclass(frozen=True, slots=True)
class _According:
    """'according to' followed by a source too long for the clause model."""

    start: int
    end: int
    lemma: str = "according to"


def _pronoun(text: str, clause) -> str | None:
    word = text[clause.start:clause.end].split()[0].lower()
    return word if word in SUBJECT_PRONOUNS else None


def _names_a_speaker(text: str, according) -> bool:
    """'according to the club', '… to Reuters', '… to him': a speaker, who doubles the attribution; not a
    document brought in as the source of the report ('according to a video posted online', '… to new court
    documents')."""
    words = [w.group() for w in WORD_RE.finditer(text, according.start, according.end)][2:]
    return bool(words) and words[0].lower() not in ("a", "an") and (
        words[0][:1].isupper() or words[0].lower() in DEFINITE)


def _runs_to_comma(first, closing, comma: int, text: str, according) -> bool:
    """The first attribution reaches the comma before `according to`: a clause with its comma, or a quote's
    closing attribution when `according to` names the speaker again ("…,” X said at a press conference,
    according to them.")."""
    if first is closing:
        return (getattr(first, "tail", None) == "," and first.tail_end == comma + 1
                or _according_to_pronoun(text, according))
    return getattr(first, "tail", None) == "," and first.tail_end == comma + 1


def _according_to_pronoun(text: str, according) -> bool:
    """'according to them', 'according to him': the speaker again; not an outlet that ran the interview
    ('according to Le Monde')."""
    words = [w.group().lower() for w in WORD_RE.finditer(text, according.start, according.end)][2:]
    return len(words) == 1 and words[0] in ("him", "her", "them", "us")


def _ends_sentence(text: str, second, stop: int) -> bool:
    """Nothing but the end of the sentence, a participle or an adverbial clause follows the clause."""
    rest = text[second.end:stop].strip(" \t")
    if rest in SENTENCE_END or (second.tail in ".!" and second.tail_end >= stop - 2):
        return True
    if MANNER_END_RE.fullmatch(text[second.end:stop + 1].rstrip()):
        return True  # "he admitted frankly.": a manner adverb closes the incise
    if not rest.startswith(","):
        return False
    following = WORD_RE.search(text, second.end, stop)
    return _continuation(following.group().lower() if following else "")


def appended_attributions(text: str, start: int, end: int):
    """(second clause, first clause) for each sentence of text[start:end] that ends in an attribution — a
    pronoun and a speech verb, or `according to X` — appended after a comma to a sentence already attributed."""
    if not may_hold_reporting_clause(text, start, end, [m.end() for m in AFTER_COMMA_RE.finditer(text, start, end)]):
        return  # no speech verb nor `according` to end a clause after any comma
    forms = speech_verb_by_form()
    for sent_start, stop in split_sentences(text, start, end):
        last = LAST_WORD_RE.search(text, max(sent_start, stop - 40), stop + 1)
        # a name's clause may close it, with a speech verb or a French incise's verb ("the mayor mourned", "the
        # mayor congratulated herself")
        ends_spoken = last is not None and (last.group(1).lower() in forms or last.group(1).lower() in REFLEXIVES
                                            or _past_tense(last.group(1)))
        for comma in reversed([m.start() for m in COMMA_RE.finditer(text, sent_start, stop)]):
            pos = comma + 1
            while pos < stop and text[pos] in " \t":
                pos += 1
            first_word = FIRST_WORD_RE.match(text, pos, stop)
            word = first_word.group().lower().strip(".,!") if first_word else ""
            if word in speech_verb_by_form() and not word.endswith("ing"):
                inverted = _inverted_second(text, pos, stop, sent_start, comma)
                if inverted is None:
                    continue
                yield inverted
                break
            if word not in SUBJECT_PRONOUNS and not ACCORDING_START_RE.match(text, pos, stop):
                named = _named_second(text, pos, stop, sent_start, comma) if ends_spoken else None
                if named is not None:
                    yield named
                    break
                continue  # neither a pronoun's clause nor `according to`: no clause there to look for
            second = reporting_clause_at(text, pos, stop, inverted=False)
            closing = None
            if second is None and word in BARE_PRONOUNS:
                second = _bare_clause(text, pos, stop)
                closing = second and _closing_attribution(text, sent_start, comma)
                if second is not None and closing is None and word != "they" and not COPULA_RE.search(
                        text, pos, second.end):
                    # "The coach said after the match that his players had given everything, he saluted.": a
                    # statement attributed to a person the pronoun names, then a French incise
                    closing = _stated_by(text, sent_start, comma, word)
                if closing is None or (word == "they" and _pronoun(text, closing) != "they"):
                    second = None  # "“We won,” the coach told the press, they cheered.": other people
            if second is None or (second.lemma != "according to" and _pronoun(text, second) is None):
                continue
            if not _ends_sentence(text, second, stop):
                break  # the clause does not end the sentence
            if _inside_quote(text, sent_start, second.start):
                break  # "She said: “We were told to leave, they insisted.”": the speaker's own words
            first = closing or _first_attribution(text, sent_start, comma) or _past_relative(text, sent_start, comma)
            if first is not None and first.lemma != "according to" and _inside_quote(text, sent_start, first.start):
                first = None  # the quoted speaker's own verb ("“We say that it fails”, she said to …")
            closing = closing or _closing_attribution(text, sent_start, comma)
            first = first or closing or _passive_attribution(text, sent_start, comma, word) \
                or _medium_attribution(text, sent_start, comma, word)
            if first is None or first.lemma == second.lemma == "according to":
                break
            if second.lemma == "according to" and not (_runs_to_comma(first, closing, comma, text, second)
                                                       and _names_a_speaker(text, second)):
                break  # "The police said they saw him, according to court documents": the source of a report
            one, two = _pronoun(text, first), _pronoun(text, second)
            if one is not None and two is not None and GENDER.get(one) != GENDER.get(two):
                break  # "He said it would work, she added": two speakers
            yield second, first
            break


COPULA_RE = re.compile(r"\b(?:was|were|got|became)\b")  # "he was sure": a state, not a French incise


def _stated_by(text: str, sent_start: int, comma: int, pronoun: str):
    """A reporting clause opening the sentence with its statement ("The coach said after the match that …"), its
    subject a person the pronoun can name."""
    first = _first_attribution(text, sent_start, comma) or _past_relative(text, sent_start, comma)
    if first is None or first.lemma == "according to" or first.start != _first_word_at(text, sent_start) \
            or not _states(text, first, comma) or not _fits_subject(text[first.start:comma], pronoun):
        return None
    return first


# a relative clause on the subject set between commas: "The mayor, who has run the town since 2014, said …"
SUBJECT_RELATIVE_RE = re.compile(r",[ \t]+who[ \t]+[^,;:“”\"«»]{3,120},")


def _past_relative(text: str, sent_start: int, comma: int):
    """The first attribution of a sentence whose subject carries a relative clause between commas, read with the
    relative blanked out (offsets kept): "The mayor, who has run the town since 2014, said the plan was dead"."""
    relative = SUBJECT_RELATIVE_RE.search(text, sent_start, comma)
    if relative is None:
        return None
    masked = text[:relative.start()] + " " * (relative.end() - relative.start()) + text[relative.end():]
    return _first_attribution(masked, sent_start, comma)


def _first_word_at(text: str, start: int) -> int:
    match = WORD_RE.search(text, start)
    return match.start() if match else start


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened in text[start:pos]."""
    stretch = text[start:pos]
    curly = sum(stretch.count(m) for m in OPENING_MARKS) > sum(stretch.count(m) for m in "”»")
    return curly or stretch.count('"') % 2 == 1


def _closing_attribution(text: str, sent_start: int, comma: int):
    """The attribution that closes a quote and runs up to the comma: '“…,” lamented the coach, Fabien Galthié,',
    '“…,” said a representative of the cognac trade body,', '“…,” she told her supporters gathered at …,
    in …,'.
    A reporting clause opens right after the closing mark, and what follows it up to the comma is its subject,
    audience, apposition or adjuncts: no new clause, no new quote."""
    close = max(text.rfind(mark, sent_start, comma) for mark in CLOSING_MARKS)
    if close < 0 or _inside_quote(text, sent_start, close + 1) or close + 1 >= comma:
        return None
    pos = close + 1
    while pos < comma and text[pos] in " \t,–—":
        pos += 1
    clause = reporting_clause_at(text, pos, comma + 1) or _loose_clause(text, pos, comma) \
        or _apposed_clause(text, pos, comma)
    if clause is None or clause.lemma == "according to" or clause.start != pos:
        return None
    rest = text[clause.end:comma]
    if any(m in rest for m in CLOSING_MARKS + OPENING_MARKS + ":;"):
        return None
    relative = RELATIVE_TAIL_RE.match(rest)
    if relative is not None:  # "…,” declared X, who has waited for decades,": the speaker's relative clause
        rest = rest[:relative.start("relative")]
    words = [w.group().lower() for w in WORD_RE.finditer(rest)]
    # an adverbial clause of time closes the attribution ('concluded as she read out the judgment', 'explained
    # …, when reading out the reasons'): what follows its conjunction is not a new statement
    cut = next((i for i, w in enumerate(words) if w in TIME_CONJUNCTIONS), len(words))
    if any((w in CLAUSE_WORDS and not _joins_nouns(words, i)) or w in SUBJECT_PRONOUNS
           for i, w in enumerate(words[:cut])):
        return None
    return clause


def _joins_nouns(words: list[str], i: int) -> bool:
    """'and' between two nouns of the speaker's apposition ("national councillor and president of the committee"),
    not before a clause of its own ("and he left", "and said")."""
    if words[i] != "and" or i == 0 or i + 1 >= len(words):
        return False
    following = words[i + 1]
    if following in SUBJECT_PRONOUNS or following in CLAUSE_WORDS or could_be_verb(words[i - 1]):
        return False
    # a noun phrase: a determiner, a noun with its complement ("head of"), or a word that is no verb
    return following in DEFINITE or following in ("a", "an") or (i + 2 < len(words) and words[i + 2] == "of") \
        or not could_be_verb(following)


# a non-restrictive relative clause on the speaker that runs to the comma ("…, who has waited for decades")
RELATIVE_TAIL_RE = re.compile(r"[^“”\"«»]*?(?P<relative>,[ \t]+who[ \t]+[^,]+)$")  # after an age, a role: ", 24, who …"
SUBJECT_WORDS = frozenset("the a an his her its their of de du la le von van der".split())
MAX_ROLE_SUBJECT = 10  # words of "the mayor of a village in the Vallespir"
ASPECTUAL = frozenset("kept continued began started".split())  # "he kept repeating": a reporting clause


def _loose_clause(text: str, pos: int, comma: int) -> ReportingClause | None:
    """A subject of capitalised words (any alphabet: "Édouard Philippe") or a determiner's noun phrase, then a
    speech verb: the clause model's shape, for names it does not read."""
    words = list(WORD_RE.finditer(text, pos, comma))[:MAX_ROLE_SUBJECT + 1]
    forms = speech_verb_by_form()
    for index, word in enumerate(words):
        low = word.group().lower()
        if index and low in ASPECTUAL and index + 1 < len(words) and words[index + 1].group().lower() in forms:
            word, low = words[index + 1], words[index + 1].group().lower()  # "he kept repeating"
            if not low.endswith("ing"):
                return None
            verb = next((v for f, v in forms.items() if v.lemma == forms[word.group().lower()].lemma
                         and not f.endswith("ing")), None)
            if verb is None:
                return None
            subject = [w.group() for w in words[:index]]
            if len(subject) == 1 and subject[0].lower() in BARE_PRONOUNS or _role_phrase(subject) or all(
                    w[:1].isupper() for w in subject):
                return ReportingClause(pos, word.end(), word.group(), verb.lemma, verb.needs_complement, "clause",
                                       word.end())
            return None
        if index and low in forms and not low.endswith("ing"):
            subject = [w.group() for w in words[:index]]
            owner = next((i for i, w in enumerate(subject) if w.endswith(("'s", "’s"))), len(subject))
            if (subject[0][:1].isupper() and all(w[:1].isupper() or w.lower() in SUBJECT_WORDS
                                                 for w in subject[:owner + 1])
                    and (owner == len(subject) or 0 < len(subject) - owner - 1 <= 2)) or _role_phrase(subject):
                # "Jean-Claude Gaudin's opponents said": a name's possessive and its head noun
                verb = forms[low]
                return ReportingClause(pos, word.end(), word.group(), verb.lemma, verb.needs_complement, "clause",
                                       word.end())
            return None
    return None


# a name, its apposition between commas, a speech verb: "Gilles Simeoni, the president of the executive council
# of Corsica, said"
APPOSED_RE = re.compile(r"(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){0,3}[A-ZÀ-Ý][\w'’-]+,[ \t]+(?P<appos>[^,;:“”\"«»]{3,120}),"
                        r"[ \t]+(?P<verb>[a-z]+)\b")


def _apposed_clause(text: str, pos: int, comma: int) -> ReportingClause | None:
    """A named subject with its role in apposition, then a speech verb."""
    match = APPOSED_RE.match(text, pos, comma)
    verb = speech_verb_by_form().get(match.group("verb")) if match else None
    if verb is None or match.group("verb").endswith(("ing", "s")):
        return None
    appos = [w.group() for w in WORD_RE.finditer(match.group("appos"))]
    if not (_role_phrase(appos) or appos[0] == "who"):  # a role, or a relative clause on the person
        return None
    return ReportingClause(pos, match.end("verb"), match.group("verb"), verb.lemma, verb.needs_complement, "clause",
                           match.end("verb"))


# "the lawyer for the family", "a spokesman for the ministry", "the head of the emergency doctors' union"
ROLE_DETERMINERS = frozenset("the a an his her their its".split())
ROLE_LINKS = frozenset("of for at from in".split())


def _role_phrase(subject: list[str]) -> bool:
    """A determiner, a person noun and its complement: the subject of a quote's closing attribution that
    names a person by role ("the lawyer for the family", "a spokesman for the prefecture of police")."""
    if len(subject) < 2 or subject[0].lower() not in ROLE_DETERMINERS:
        return False
    from .persons import person_noun

    link = next((i for i, w in enumerate(subject) if w.lower() in ROLE_LINKS), len(subject))
    words = [w.lower() for w in subject]
    return 1 < link and person_noun(words[link - 1].rstrip("'’s")) and not any(
        w in SUBJECT_PRONOUNS or w in CLAUSE_WORDS for w in words[1:])


NAMED_DETERMINERS = frozenset("the his her their its this that".split())
MAX_SUBJECT = 6  # words of a named or noun-phrase subject ("the French diplomat", "the minister of the economy")


def _named_second(text: str, pos: int, stop: int, sent_start: int, comma: int):
    """'“…,” she told journalists on the steps of the courthouse, Irène Frachon added.', '…, the diplomat
    conceded.': a name or a definite noun phrase and a speech verb closing a sentence whose quote already has
    its attribution up to the comma. Without a quote closed by an attribution, "X said Y, Z said" is one report
    of another, and is left alone."""
    words = list(WORD_RE.finditer(text, pos, stop))
    closer = words[-1] if words else None
    if words and words[-1].group().lower() in REFLEXIVES:
        words = words[:-1]  # "the mayor congratulated herself": a French reflexive incise
    if not 2 <= len(words) <= MAX_SUBJECT + 1:
        return None
    verb = words[-1]
    low = verb.group().lower()
    spoken = speech_verb_by_form().get(low)
    subject = [w.group() for w in words[:-1]]
    if spoken is None and _person_subject(subject) and _past_tense(low) and (
            closer is not verb or _named_before(text, sent_start, pos, subject[-1])):
        # "…,” the governor of the region, X, told reporters, the governor mourned.", "…, the mayor congratulated
        # herself.": the speaker named again by role, or a reflexive French incise; "…, the coach nodded" is
        # another person
        spoken = _IncisionVerb(low)
    if spoken is None or low.endswith("ing") or low.endswith("s") and not low.endswith("ss") \
            or spoken.lemma in ("report", "write") and not _person_subject(subject):
        # "…,” he told AFP, the agency reported.": an outlet's report of what it was told; "…, the Russian
        # president wrote." is the speaker again
        return None  # a past tense closes a French incise; "…, the ministry says" is a report of its own
    if subject[0][:1].isupper():
        if not all(w[:1].isupper() or w.lower() in SUBJECT_WORDS for w in subject) \
                or subject[0].lower() in SUBJECT_PRONOUNS:
            return None
    elif subject[0].lower() not in NAMED_DETERMINERS or len(subject) < 2 or any(
            w[:1].isupper() is False and (w.lower() in SUBJECT_PRONOUNS or w.lower() in CLAUSE_WORDS)
            for w in subject[1:]):
        return None
    if text[closer.end():stop + 1].strip() not in SENTENCE_END or _inside_quote(text, sent_start, pos):
        return None
    first = _closing_attribution(text, sent_start, comma) or _appended_incise(text, sent_start, comma)
    if first is None and (_person_subject(subject) or subject[0][:1].isupper()):
        first = _named_incise(text, sent_start, comma)  # "…, the rain continued" is no second speaker
    if first is None or first.start >= pos:
        return None
    second = ReportingClause(pos, closer.end(), verb.group(), spoken.lemma, spoken.needs_complement, ".",
                             closer.end() + 1)
    return second, first


REFLEXIVES = frozenset("himself herself themselves".split())


def _named_before(text: str, sent_start: int, pos: int, head: str) -> bool:
    """Whether the sentence already named its speaker by this role noun ("the governor of the region, …")."""
    return re.search(rf"\b{re.escape(head)}\b", text[sent_start:pos], re.I) is not None


@dataclass(frozen=True, slots=True)
class _IncisionVerb:
    """A verb outside the speech-verb lexicon that a French incise makes one ("s'est-il félicité")."""

    lemma: str
    needs_complement: bool = False


def _past_tense(word: str) -> bool:
    """A simple past that can close a French incise ("mourned", "rejoiced", "hammered"), not a noun or an
    adjective."""
    low = word.lower()
    lex = verb_lexicon()
    return low not in lex.auxiliaries and (low in lex.irregular or (low.endswith("ed") and could_be_verb(low)))


def _appended_incise(text: str, sent_start: int, comma: int):
    """A pronoun's reporting clause set between two commas at the end of a sentence ("…, it said in a
    statement,"): the statement before it is attributed, so a clause after it attributes it again ("…, the
    group affirmed.")."""
    before = text.rfind(",", sent_start, comma)
    if before < 0:
        return None
    pos = before + 1
    while pos < comma and text[pos] in " \t":
        pos += 1
    clause = reporting_clause_at(text, pos, comma + 1, inverted=False)
    if clause is None or clause.lemma == "according to" or _pronoun(text, clause) is None \
            or not (clause.tail == "," and clause.tail_end == comma + 1) or _inside_quote(text, sent_start, pos):
        return None
    return clause


MAX_INCISE_COMMAS = 3  # commas inside a named incise: "the prosecutor, Pierre Sennès, said in a statement,"
MAX_INCISE_ADJUNCT = 8  # words after its verb: "said on Tuesday in a statement to the press"


def _named_incise(text: str, sent_start: int, comma: int):
    """A named or role subject's reporting clause set between commas at the end of a statement ("…, the public
    prosecutor, Pierre Sennès, said in a statement,"), its verb followed only by adjuncts: the statement before
    it is attributed. The statement must come first: "X said Y, Z said" is a report of a report."""
    before = comma
    for _ in range(MAX_INCISE_COMMAS):
        before = text.rfind(",", sent_start, before)
        if before < 0 or _inside_quote(text, sent_start, before):
            return None
        pos = before + 1
        while pos < comma and text[pos] in " \t":
            pos += 1
        clause = _loose_clause(text, pos, comma) or _apposed_clause(text, pos, comma)
        if clause is None:
            continue
        if len(list(WORD_RE.finditer(text, sent_start, before))) < MIN_STATEMENT_WORDS:
            return None
        rest = [w.group().lower() for w in WORD_RE.finditer(text, clause.end, comma)]
        if len(rest) > MAX_INCISE_ADJUNCT or any(w in CLAUSE_WORDS or w in SUBJECT_PRONOUNS for w in rest) \
                or any(m in text[clause.end:comma] for m in CLOSING_MARKS + OPENING_MARKS + ":;"):
            return None
        return clause
    return None


MIN_STATEMENT_WORDS = 4  # the statement an incise attributes: "The fire was deliberate"


# a speech verb in the passive with its agent ("was confirmed to the press by their publicist, Kathryn Frazier")
PASSIVE_RE = re.compile(r"\b(?:was|were|been|is|are)[ \t]+(?P<verb>[a-z]+)\b[^.;:!?“”\"]*?\bby[ \t]+")
CAPITALISED_RE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+")


def _passive_attribution(text: str, sent_start: int, comma: int, pronoun: str):
    """A statement reported in the passive by a person whom the appended pronoun names again: '… was confirmed
    by their publicist, Kathryn Frazier, who gave no reason, she underlined.' A first name in the agent must
    agree with the pronoun; "… was announced by the club, he said" reports someone else's statement."""
    from ...lang.names import fold, name_lexicon

    gender = GENDER.get(pronoun)
    if gender not in ("m", "f"):
        return None
    match = PASSIVE_RE.search(text, sent_start, comma)
    if match is None or match.group("verb") not in speech_verb_by_form() or match.group("verb").endswith("ing"):
        return None
    lex = name_lexicon()
    agent = text[match.end():comma]
    names = [lex.first_names.get(fold(w.group())) for w in CAPITALISED_RE.finditer(agent)]
    if gender not in names:
        return None
    verb = speech_verb_by_form()[match.group("verb")]
    return ReportingClause(match.start("verb"), match.end("verb"), match.group("verb"), verb.lemma,
                           verb.needs_complement, "clause", match.end("verb"))


# where a statement was made: "in a statement", "in an open letter published last year", "during a press
# conference", "in a post on X"
MEDIUM_RE = re.compile(r"\b(?:in|during|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
                       r"(?:statement|interview|letter|press\s+release|communiqu[ée]|post|message|tweet|speech|"
                       r"column|op-ed|video|press\s+conference|declaration|address)\b")
PERSON_PRONOUNS = ("he", "she", "they")


def _medium_attribution(text: str, sent_start: int, comma: int, pronoun: str):
    """A statement given with its medium ("Kyiv rejected any involvement in a statement from the presidency",
    "Laura Smet had expressed her pain … in an open letter published last year"): the medium attributes it, so
    a pronoun's speech verb appended after it ("…, it said.", "…, she wrote.") attributes it again. The pronoun
    must fit the sentence's subject: "it" a thing or a body, "he" or "she" a person of that gender."""
    stretch = text[sent_start:comma]
    match = MEDIUM_RE.search(stretch)
    if match is None or _inside_quote(text, sent_start, sent_start + match.start()) or any(
            m in stretch for m in CLOSING_MARKS + OPENING_MARKS):
        return None
    if not _fits_subject(stretch, pronoun):
        return None
    return _According(sent_start, sent_start + match.end(), "medium")


def _fits_subject(stretch: str, pronoun: str) -> bool:
    """Whether the pronoun can name the sentence's subject: its first words, a pronoun, a first name, a
    person's role or a body."""
    from ...lang.names import fold, name_lexicon
    from .persons import person_noun

    words = [w.group() for w in WORD_RE.finditer(stretch)][:4]
    if not words:
        return False
    first = words[0].lower()
    if first in SUBJECT_PRONOUNS:
        return GENDER.get(first) == GENDER.get(pronoun)
    gender = name_lexicon().first_names.get(fold(words[0]))
    if gender in ("m", "f") and words[0][:1].isupper() and len(words) > 1 and words[1][:1].isupper():
        return gender == GENDER.get(pronoun)
    if first in NAMED_DETERMINERS or first in ("a", "an"):
        # the head noun closes the noun phrase, after its modifiers ("the overseas minister", "the health ministry")
        head = _head_noun([w.group() for w in WORD_RE.finditer(stretch.split(",", 1)[0])][1:MAX_SUBJECT])
        if head and person_noun(head):
            owner = {"his": "he", "her": "she"}.keys() & {w.group().lower() for w in WORD_RE.finditer(stretch)}
            return pronoun in PERSON_PRONOUNS and not (len(owner) == 1 and pronoun != {"his": "he", "her": "she"}[
                owner.pop()])  # "The minister outlined her plan …, he said": someone else
        return pronoun in ("it", "they")
    return True  # a name the lexicon does not know: a person or a place


HEAD_STOPS = frozenset("of for at from in on with who which that".split())


def _head_noun(words: list[str]) -> str:
    """The last lowercase word of a noun phrase, before its verb or its complement."""
    forms, lex = speech_verb_by_form(), verb_lexicon()
    head = ""
    for word in words:
        low = word.lower()
        if low in HEAD_STOPS or low in forms or low in SUBJECT_PRONOUNS or low in lex.auxiliaries \
                or head and (low in lex.irregular or low.endswith("ed")):
            break  # the verb ("had", "described") or the complement ("of the region") follows the head
        if low not in SUBJECT_WORDS and not word[:1].isupper():
            head = word
    return head


def _person_subject(subject: list[str]) -> bool:
    """'the Russian president', 'the minister': a determiner and a noun phrase whose head names a person, who
    writes or reports what they said; not an outlet ('the agency', 'the newspaper', 'Le Monde')."""
    from .persons import person_noun

    return len(subject) >= 2 and subject[0].lower() in NAMED_DETERMINERS and person_noun(subject[-1])


def _bare_clause(text: str, pos: int, stop: int) -> ReportingClause | None:
    """A pronoun and one past-tense verb that end the sentence ("he sighed.", "she exulted."): a French incise
    whatever its verb."""
    match = BARE_RE.match(text, pos, stop)
    if match is None or match.group("subj").lower() not in BARE_PRONOUNS:
        return None
    verb = match.group("verb")
    lex = verb_lexicon()
    # "he defended himself", "she was indignant", "he got angry": the reflexive incises of French
    if match.group("copula") is None and (verb in lex.auxiliaries or not (
            verb in lex.irregular or (verb.endswith("ed") and could_be_verb(verb)))):
        return None
    rest = text[match.end():stop + 1].strip()
    if rest not in SENTENCE_END and rest not in (".”", '."', "!"):
        # "…, he grieved, before saluting …", "…, she fumed, adding …": a participle may follow, alone or after a
        # conjunction of time; not a clause of its own ("…, she paused, then she went on": no incise)
        continued = CONTINUED_RE.match(text, match.end(), stop)
        if continued is None:
            return None
        return ReportingClause(match.start(), match.end(), verb, verb, False, ",", continued.start("word"))
    tail = rest[:1] if rest[:1] in ".!" else ""
    return ReportingClause(match.start(), match.end(), verb, verb, False, tail or ".",
                           match.end() + (1 if tail else 0))


CONTINUED_RE = re.compile(r"[ \t]*,[ \t]*(?P<word>(?:(?:before|after|while|without)[ \t]+)?[a-z]{3,}ing)\b")


def _continuation(word: str) -> bool:
    """A word that may go on after an incise closing the sentence: a conjunction of time or manner, a participle."""
    return word in CONTINUATIONS or (len(word) > 5 and word.endswith("ing"))


def _inverted_second(text: str, pos: int, stop: int, sent_start: int, comma: int):
    """'…,” he told reporters, confided the astronaut.': an inverted attribution closing a sentence already
    attributed."""
    second = reporting_clause_at(text, pos, min(stop + 1, len(text)))
    if second is None or second.lemma == "according to" or second.start != pos:
        return None
    subject = [w.group() for w in WORD_RE.finditer(text, pos, second.end)][1:]
    if not subject or subject[0].lower() in SUBJECT_PRONOUNS or len(subject) > 4 or not (
            subject[0][0].isupper() or subject[0].lower() in DEFINITE) \
            or any(w.lower() in INVERTED_STOPS for w in subject[1:]):
        return None  # "…, said he" is old-fashioned; "…, demanded a change in policy" has an object
    rest = text[second.end:stop + 1].strip()
    if rest not in SENTENCE_END or _inside_quote(text, sent_start, pos):
        return None
    first = _first_attribution(text, sent_start, comma)
    if first is None or not (first.tail == "," and first.tail_end == comma + 1) \
            or _inside_quote(text, sent_start, first.start):
        first = _closing_attribution(text, sent_start, comma)  # a clause that closes the stretch up to the comma
    if first is None or first.lemma == "according to" or first.start >= second.start:
        return None
    return second, first


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        for second, first in appended_attributions(text, block.start, block.end):
            yield Hit(second.start, second.end,
                      f"'{text[second.start:second.end]}' attributes the sentence a second time, after "
                      f"'{' '.join(text[first.start:first.end].split())}'; keep one attribution.",
                      suggestion=None)


RULE = Rule(
    code="ATT004",
    name="appended-attribution",
    category=Category.STRAY_ATTRIBUTION,
    severity=Severity.WARNING,
    summary="A pronoun attribution appended after a comma to a sentence already attributed ('…, X said, he added.').",
    check=check,
    doc="""\
## What it does
Reads the structure of the sentence: when it ends with a second attribution — a pronoun and a speech
verb ("…, he stressed.", "…, she added on Monday.") or "according to …" — appended after a comma, and
the same sentence already holds a complete attribution before it, the second one is reported. The
first attribution may take any shape: a reporting clause that closes the statement ("“…,” the
president told journalists"; with a title, an apposition, a place or a time: "the government
spokeswoman, Maud Bregeon, said on Wednesday night on BFMTV", "said the prefect, Pierre Dartout, on
Sunday"), a subject and speech verb followed by their statement ("X declared on BFMTV that …",
"X denounced “…”"), or "according to …". Any verb of the speech-verb lexicon counts
(`checker/data/attribution_verbs.yaml` and the quote model's `speech_verbs_en.txt`). The second clause
may be followed by a participle or an adverbial clause ("…, he added, before announcing …"), or close on a manner
adverb ("…, he admitted frankly."); its audience may be named with an outlet ("…, he repeated to the journalists
of France Bleu.").

The first attribution may also close a quote with any subject the clause model does not read ("“…,” said a
representative of the cognac trade body,", "“…,” Édouard Philippe told Le Parisien,"); after such a closing
attribution the second may use any verb, as French incises do ("…, he sighed.", "…, she exulted.", "…, he
defended himself."), or be inverted ("…, confided the astronaut."), or have a name or a definite noun phrase
as its subject ("…,” she told journalists on the courthouse steps, Irène Frachon added.", "…, the diplomat
conceded."), or be "according to" the speaker's pronoun ("…,” X's opponents said at a press conference,
according to them."). An outlet's report ("…,” he told AFP, the agency reported.") and "X said Y, Z said"
without a quote (a report of a report) are left alone; "wrote" or "reported" with a person as subject ("…,”
Vladimir Putin said in a telegram, the Russian president wrote.") is the speaker again.
The first attribution may also be a person named by role with its complement ("the lawyer for the family
told AFP", "the mayor of a village in the Vallespir told France Bleu"), a name with its role in apposition
("Gilles Simeoni, the president of the executive council, said"), or an aspectual verb before a speech verb
("he kept repeating"). A statement given with its medium ("Kyiv rejected any involvement in a statement from
the presidency", "… in an open letter published last year") is attributed by it: a pronoun's speech verb
appended after it ("…, it said.", "…, she wrote.") is a second attribution when the pronoun fits the subject
(a person's role for "he" or "she", a body for "it"; a possessive "her" rules out "he"). A pronoun's clause
appended between commas ("…, it said in a statement,") followed by a noun phrase's clause ("the group
affirmed.") is reported too, and so is a named or role subject's clause between commas ("…, the Rennes prosecutor,
Marc Havard, said in a statement,") followed by a person's clause ("the magistrate detailed."). After a quote's
closing attribution or such an incise, a role subject may use any past-tense verb when the sentence already named
the speaker by that role ("…, the governor of the region, X, wrote, the governor mourned.") or when a reflexive
closes it ("…, the mayor congratulated herself."); "…, the coach nodded." is another person. A statement opened by
its reporting clause ("The coach said after the match that …") takes the same French incises with any verb ("…, he
saluted."), when the pronoun can name the subject; a state ("…, he was sure.") is no incise.
The speaker of the first attribution may carry a relative clause set between commas ("“…,” said Paul Girard,
who has farmed the plateau for forty years,", "The prefect, who took office in May, said …"), and the second may
put an adverb before its verb ("he still accused") or be a reporting idiom that renders one French verb ("he let
it be known", "he made it clear", "he pressed the point"); the subject's head noun closes its noun phrase ("the
overseas minister" is a person, "the health ministry" a body).
A statement reported in the passive by a named person ("… was confirmed to the press by their publicist,
Kathryn Frazier, who gave no reason,") is a first attribution too when the pronoun of the second agrees
with the agent's first name ("…, she underlined."); "… was confirmed by the club, he said" is left alone.

Left alone: a clause inside a relative ("which the minister said"); a pronoun of another person ("He
said it would work, she added"); a verb followed by an object rather than a statement ("The minister
confirmed the figures, he said"); an attribution followed by a new quote, which takes the next
attribution ("“…,” he said, “…,” he added"); a parenthesis inside the sentence ("The mayor, he said,
will resign"); and "according to" naming the source of a reported statement ("The police said they
saw him, according to court documents"); an attribution inside the quote ("She said: “We were told to leave,
they insisted.”"); a first verb inside the quote; "it" ("…, it emerged"); "they" after a singular speaker.

## Why is this bad?
French incises (« …, a-t-il ajouté ») translated on top of an attribution leave the sentence with
two speech verbs: the reader cannot tell who said it or whether something is missing.

## Example
`“Every day without air defence costs lives,” the Ukrainian president told journalists, he stressed.`
→ drop "he stressed".
""",
    examples=(
        Example("“The harvest is lost,” said Paul Girard, who has farmed the plateau for forty years, "
                "[[he lamented]].",
                note="a relative clause on the speaker inside the first attribution"),
        Example("The prefect, who took office in May, said the road would reopen in June, [[he assured]].",
                note="a relative clause on the subject of the first attribution"),
        Example("“The talks are over,” the union leader told AFP, [[she let it be known]].",
                note="a reporting idiom as the second attribution"),
        Example("“The talks are over,” the union leader told AFP, she let the matter rest.",
                note="an idiom that reports nothing"),
        Example("“Every day costs lives,” the Ukrainian president told journalists, [[he stressed]]."),
        Example("The sale was confirmed to the press by the family's notary, Claire Vidal, who gave no price, "
                "[[she underlined]].", note="a passive report by a named person, then her pronoun"),
        Example("“Our thoughts are with the victims,” Olaf Scholz said in a message on Friday, [[the German "
                "chancellor wrote]].", note="a person's title writes what he said"),
        Example("The sale was confirmed by the town council, she said.",
                note="a body's statement in the passive, reported by her"),
        Example("Jordan Bardella declared on BFMTV that the party was ready for power, [[he added]]."),
        Example("“The contract was fair,” the presiding judge, Anne Roux, concluded as she read out the ruling, "
                "[[she said again]]."),
        Example("“We will rebuild,” the mayor told residents when visiting the site, [[he promised]]."),
        Example("“We won,” the coach told the press as they arrived, they cheered.",
                note="another subject after the time clause: the players"),
        Example("“I did not know,” the accused told the court on Monday, [[he insisted]]."),
        Example("“We showed character,” the coach Fabien Galthié said after the match in Lyon, [[he noted]]."),
        Example("The coalition won, according to the final results published on Tuesday, [[it announced]]."),
        Example("The plant will close in June, the company said on Friday, [[it specified]]."),
        Example("“The RN has chosen chaos,” the government spokeswoman, Maud Bregeon, said on Wednesday night "
                "on BFMTV, [[she added]].", note="a subject with an apposition"),
        Example("“Kylian is a player of another dimension,” the club president, Florentino Pérez, said in a "
                "statement released on Monday, [[according to the club]]."),
        Example("The interior minister denounced “a night of rare violence”, [[he added]], before announcing "
                "new measures.", note="an adverbial clause may follow"),
        Example("“We expect a difficult winter,” EDF's chairman said in an interview with Les Echos published "
                "on Sunday, [[he confided]].", note="a possessive subject, a long adjunct, a French incise"),
        Example("“The door remains open,” said the Elysée spokesman on Wednesday, [[he repeated]]."),
        Example("“We will win,” he said on Tuesday."),
        Example("He said he would resign, she added.", note="two speakers"),
        Example("The report, which the minister said was flawed, was withdrawn, he said.",
                note="the first verb is in a relative clause"),
        Example("“We will win,” he said, adding that the war would end soon."),
        Example("The talks will resume next week, the spokesman told AFP, citing diplomatic sources."),
        Example("The mayor, he said, will resign next week."),
        Example("Prices rose by 4% in May, he said."),
        Example("“We will win,” he said, “we are ready,” he added.",
                note="a new quote takes the next attribution"),
        Example("The minister confirmed the figures, he said.", note="an object, not a statement"),
        Example("The police said they saw him at the flat, according to court documents.",
                note="the source of a reported statement"),
        Example("He told reporters he had added a new clause, she said."),
        Example("“The season is over for us,” regretted the captain, Marc Lenoir, [[he admitted]].",
                note="an inverted first attribution with an apposition"),
        Example("“Nobody listens to the growers,” said a spokesman for the wine federation of Bordeaux, "
                "[[he explained]].", note="an inverted subject with a long complement"),
        Example("“It is a dark day,” Laurent Blanc told RMC on Sunday evening, [[he sighed]].",
                note="a French incise with a verb outside the speech-verb lexicon"),
        Example("“We will rebuild,” the mayor promised the residents gathered outside the town hall, in the "
                "rain, [[she exulted]].", note="a participle and a place in the first attribution"),
        Example("“The ice was perfect,” the skier told journalists after the race, [[confided the champion]].",
                note="an inverted second attribution"),
        Example("“We won,” the coach told the press, they cheered.", note="another person: the pronoun differs"),
        Example("She said: “We were told to leave at once, they insisted.”",
                note="an attribution inside the quote"),
        Example("“We say that the tax fails”, the union's leader argued, citing the figures.",
                note="a participle with its own object"),
        Example("The mayor said the bridge would reopen, it emerged on Monday.", note="an impersonal 'it'"),
        Example("“We are building a wall,” they said, said the lawyer for the families.",
                note="a quote inside reported speech: two speakers", ),
        Example("Renamo wanted to “warn the international community”, said Mr Mazanga.",
                note="one attribution for a reported statement"),
        Example("“The deal is done,” he said, adding that he was relieved."),
        Example("“The vote is lost,” the senator told reporters in the corridor, [[Marc Leroux admitted]].",
                note="a name and a speech verb closing a quote already attributed"),
        Example("“We acted within the law,” said the prefect on Sunday in a statement, [[the official insisted]].",
                note="a definite noun phrase as the second subject"),
        Example("“The figures speak for themselves,” the economist Hélène Roux said on France Culture, [[the "
                "director of the institute observed]].", note="a noun phrase with its complement"),
        Example("“We have warned the council for years,” the tenants' association said at a meeting on Monday, "
                "[[according to them]].", note="'according to' a pronoun after a possessive subject"),
        Example("“Prices will rise,” he told AFP, the agency reported.",
                note="an outlet's report of what it was told"),
        Example("“The deal is done,” she said, Reuters reported."),
        Example("He said the plant would close, the union said.", note="no quote: one report of another"),
        Example("“We will appeal this ruling,” the lawyer for the two families told AFP on Friday evening, "
                "[[he declared]].", note="a person named by role, with a complement, as the first subject"),
        Example("“We have never seen water this high,” the mayor of a small village in the Vallespir told the "
                "local radio, [[he sighed]].", note="a long role subject"),
        Example("“Nothing is lost,” she kept repeating to the crowd outside the court, [[she confided]].",
                note="an aspectual verb and a speech verb as the first attribution"),
        Example("The ministry rejected the report in a statement on Tuesday, [[it said]].",
                note="a medium names the source; the pronoun repeats it"),
        Example("The museum will stay shut until June, it said in a press release, [[the foundation specified]].",
                note="an appended pronoun clause, then a noun phrase's clause"),
        Example("The firm announced 300 job cuts in a statement, she said.",
                note="a body's statement reported by a person"),
        Example("The minister outlined her plan in a speech on Monday, he said.",
                note="the possessive names another speaker"),
        Example("The council voted the budget in a session on Monday, it emerged.", note="an impersonal 'it'"),
        Example("“We will fight on,” the union leader said, the crowd of strikers applauded.",
                note="no speech verb in the second clause"),
        Example("“Civilians were hit,” the governor of the region, Pavlo Kovalenko, wrote on Telegram, [[the "
                "governor mourned]].", note="the speaker's role again, with a verb outside the lexicon"),
        Example("“The voters have spoken,” Claire Mounier told reporters at the town hall, [[the mayor "
                "congratulated herself]].", note="a reflexive French incise"),
        Example("The blaze was started on purpose, the Rennes prosecutor, Marc Havard, said in a statement, [[the "
                "magistrate detailed]].", note="a named incise between commas, then a role's clause"),
        Example("The coach said after the match that his players had given everything, [[he saluted]].",
                note="a statement opened by its reporting clause, then a French incise with any verb"),
        Example("The minister said that the law would pass, he was sure.", note="a state, not an incise"),
        Example("He said that the law would pass, she replied.", note="another speaker"),
        Example("“We will win,” the captain told the press, the coach nodded.",
                note="another person's gesture, not a second attribution"),
        Example("The river rose by two metres, the prefect said in a statement, the rain continued.",
                note="no person in the second clause"),
    ),
)
