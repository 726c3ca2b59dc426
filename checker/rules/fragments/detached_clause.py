"""FRG003: a subordinate clause or participial phrase standing alone after a full stop."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...lang.clauses import OBJECT_PRONOUNS as CLAUSE_OBJECTS
from ...lang.clauses import WORD_RE, could_be_verb, speech_participles, verb_lexicon
from ...lang.sentences import is_abbreviation_stop
from ...registry import Example, Rule
from .verbless import DATELINE_RE, QuoteState, block_sentences, sentences_by_block, untranslated_at

MIN_WORDS = 3
MAX_WORDS = 60  # longer pieces are not judged (and each piece costs at most this squared)
MIN_ADDITIVE_WORDS = 7  # an additive piece this long is a complement cut off, not a stylistic fragment
MIN_PREVIOUS_WORDS = 4  # the sentence before must be a sentence, not a label
PRONOUN_SUBJECTS = frozenset("i you he she it we they".split())
DETERMINERS = frozenset("the a an his her its their our this these those".split())
CLAUSE_CUT_RE = re.compile(r"[,;:–—]|\s-\s")
PARTICIPLE_LINKS = frozenset("by in on at for to with from as".split())
QUOTE_MARKS = "\"“”«»"
INFINITIVE_OPENERS = frozenset(("in order to", "so as to"))  # a purpose clause that needs a main clause
HEDGES = frozenset("perhaps maybe probably possibly doubtless surely just only partly mainly mostly above enough"
                   .split())
# nouns that open a French nominal comment on the sentence before ("Proof that the crisis is not over.")
COMMENT_NOUNS = frozenset("proof sign evidence signal indication illustration symptom symbol testimony".split())
# adverbs that may stand before the participle opening a phrase ("Already weakened by the delays, …")
PARTICIPLE_ADVERBS = frozenset("already once still long newly recently freshly badly severely seriously heavily "
                               "widely further deeply largely fully partly barely hardly just".split())
IRREGULAR_PARTICIPLES = frozenset("hurt hit cut shaken struck caught held built bought brought left lost kept made paid "
                                   "sold told found set put spread torn worn won shut split stung swept".split())
LIST_RE = re.compile(r",[^,.;:]{1,60}\b(?:and|or)\b")  # an enumeration: "Kyiv, Kharkiv and Odesa"
MIN_LIST_WORDS = 4  # an enumeration cut off is a complement at any length past a bare pair


@dataclass(frozen=True, slots=True)
class _Words:
    """The word classes the rule reads (checker/data), read once."""

    subordinators: frozenset[str]
    weak: frozenset[str]
    pairs: frozenset[tuple[str, ...]]
    relatives: frozenset[str]
    nominal: frozenset[str]
    not_absolute: frozenset[str]
    not_participles: frozenset[str]
    quantifiers: frozenset[str] = frozenset()
    additive: frozenset[tuple[str, ...]] = frozenset()


@functools.lru_cache(maxsize=None)
def _words() -> _Words:
    from ...data.cache import load_yaml

    data = {key: value.split() for key, value in load_yaml("fragment_words").items()}
    return _Words(frozenset(data["subordinators"]), frozenset(data["weak_subordinators"]),
                  frozenset(tuple(pair.split("_")) for pair in data["subordinator_pairs"]),
                  frozenset(data["relatives"]), frozenset(data["nominal_markers"]),
                  frozenset(data["not_absolute"]), frozenset(data["not_participles"]),
                  frozenset(data.get("relative_quantifiers", ())),
                  frozenset(tuple(o.split("_")) for o in data.get("additive_openers", ())))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in WORD_RE.finditer(text, start, end)]


def _verb_flags(tokens: list[tuple[int, str]], first: int = 0, strict: bool = False) -> list[bool]:
    """Which words of a clause piece may be finite verbs; a word right after a determiner or a
    preposition ("the reform", "of plans"), a capitalised word inside the piece, the words of a
    participle chain ("having been withdrawn") and the words before index `first` are not. `strict`
    counts a base or -s form only after a determiner and a noun ("the ministers agree"), not an
    object ("to answer questions", "embezzling public funds")."""
    words = _words()
    lex = verb_lexicon()
    flags = []
    previous = ""
    for index, (_, word) in enumerate(tokens):
        low = word.lower().replace("’", "'")
        if index < first or low in ("having", "being", "been") or previous in ("having", "being", "been", "be") \
                or (index and word[0].isupper()) or previous == "to":
            flag = False  # a participle chain, a name ("in May"), an infinitive ("to be evacuated")
        elif low in lex.auxiliaries or "n't" in low or low.endswith(("'re", "'ve", "'ll", "'d")):
            flag = True
        elif previous in PRONOUN_SUBJECTS:
            flag = True  # "they refuse"
        elif strict and previous in PARTICIPLE_ADVERBS and (low in IRREGULAR_PARTICIPLES or low.endswith("ed")):
            flag = False  # "a region already hit by unemployment": a participle after its adverb
        elif strict and not (len(low) > 4 and low.endswith("ed")) and low not in lex.irregular:
            flag = (index >= 2 and tokens[index - 2][1].lower() in DETERMINERS and previous not in words.nominal
                    and could_be_verb(low, finite=True))
        elif index >= 2 and tokens[index - 2][1].lower() in DETERMINERS and not previous.endswith("s") \
                and not low.endswith(("ed", "s")) and low not in lex.irregular and low not in lex.auxiliaries:
            flag = False  # "the old lease", "the housing market": a base form after a determiner and a modifier
        else:
            flag = previous not in words.nominal and not word[0].isdigit() and could_be_verb(low, finite=True)
        flags.append(flag)
        previous = low
    return flags


def _finite_candidates(tokens: list[tuple[int, str]], first: int = 0, strict: bool = False) -> int:
    return sum(_verb_flags(tokens, first, strict))


def _verb_groups(tokens: list[tuple[int, str]]) -> int:
    """How many verb groups tokens hold: runs of candidates ("will be debated") count once."""
    flags = _verb_flags(tokens)
    chain = [f or w.lower() in ("been", "being") for f, (_, w) in zip(flags, tokens)]
    return sum(1 for i, f in enumerate(flags) if f and not (i and chain[i - 1]))


def _verb_after_comma(text: str, tail: list[tuple[int, str]]) -> bool:
    """Whether the first verb of the tail follows a comma: it closes an interrupted subject (", …, is")."""
    flags = _verb_flags(tail)
    for i, flag in enumerate(flags):
        if flag:
            before = text[tail[i - 1][0]:tail[i][0]] if i else text[max(0, tail[0][0] - 3):tail[0][0]]
            return "," in before
    return False


def _clause_groups(tokens: list[tuple[int, str]]) -> int:
    """Verb groups of a clause, not counting after the first one a past participle that follows a noun and
    precedes a preposition ("a document needed for his marriage")."""
    flags = _verb_flags(tokens)
    chain = [f or w.lower() in ("been", "being") for f, (_, w) in zip(flags, tokens)]
    auxiliaries = verb_lexicon().auxiliaries
    groups = 0
    in_group = False
    last = ""
    for i, flag in enumerate(flags):
        word = tokens[i][1].lower()
        if not flag:
            # adverbs and the participles of a verb group ("is still not settled", "had been demanding") do not end it
            in_group = in_group and (word in GROUP_ADVERBS or word.endswith(("ly", "ing")) or word in ("been", "being"))
            last = word if word.endswith("ing") else last
            continue
        # an auxiliary after a lexical verb opens another clause ("that the drug works is lacking")
        opens = word in auxiliaries and last not in auxiliaries
        last = word
        if not opens and (in_group or (i and chain[i - 1])):
            continue
        if groups and not opens and tokens[i - 1][1].lower() in ("and", "or"):
            continue  # a second predicate of the same subject ("had overflowed and killed 26 people")
        if groups and not opens and i >= 2 and tokens[i - 2][1].lower() in ("and", "or") and word.endswith("s") \
                and _noun_modifier(tokens[i - 1][1].lower()):
            continue  # a plural noun coordinated in the object ("armoured vans and better escorts")
        in_group = True
        following = tokens[i + 1][1].lower() if i + 1 < len(tokens) else ""
        if groups and word.endswith("ed") and following in ("by", "for") \
                and tokens[i - 1][1].lower() not in PRONOUN_SUBJECTS:
            continue
        groups += 1
    return groups


NOUN_MODIFIERS = frozenset("more less other new old many few several fewer larger smaller".split())


def _noun_modifier(word: str) -> bool:
    """A comparative or a quantifier that stands before a noun ("better escorts", "more police", "other means")."""
    return word in NOUN_MODIFIERS or word.endswith("er") and len(word) > 4 and not could_be_verb(word)


def _one_clause(tokens: list[tuple[int, str]]) -> bool:
    """At most one verb group, besides a comparison or a subordinate clause of its own at the end ("that the
    subject no longer divides the country as it did twenty years ago")."""
    inner = next((i for i, (_, w) in enumerate(tokens) if i and w.lower() in COMPARISON_LINKS), len(tokens))
    return _clause_groups(tokens[:inner]) <= 1 and _clause_groups(tokens[inner + 1:]) <= 1


COMPARISON_LINKS = frozenset("as than when because although though while whereas".split())


def _opener(tokens: list[tuple[int, str]]) -> str | None:
    """What the first words open: "subordinate", "weak", "participle", or None."""
    words = _words()
    first = tokens[0][1].lower()
    if " ".join(w.lower() for _, w in tokens[:3]) in INFINITIVE_OPENERS:
        return "infinitive"
    lowered = [w.lower() for _, w in tokens[:3]]
    noun = 1 if lowered[0] in ("a", "an", "the", "another") else 0
    if len(tokens) > noun + 3 and lowered[noun] in COMMENT_NOUNS and lowered[noun + 1] == "that" \
            and _one_clause(tokens[noun + 2:]):
        return "comment"  # "Proof that the crisis is not over.": the noun has no verb, the clause one
    if len(tokens) > 3 and tokens[1][1].lower() == "to" and (first.endswith("ly") or first in HEDGES) \
            and could_be_verb(tokens[2][1].lower()):
        return "adverb-infinitive"  # "Probably to save a few kilometres.": a purpose clause cut off
    if any(tuple(w.lower() for _, w in tokens[:n]) in words.pairs for n in (2, 3, 4)):
        return "subordinate"  # "Even though …", "So much so that …"
    if first in words.subordinators:
        return "subordinate"
    if first in LEADING_ADVERBS and len(tokens) > 2:
        second = tokens[1][1].lower()
        if second in words.subordinators:
            return "subordinate"  # "Especially because the dogs lost the scent.": a focus adverb, then the clause
        if second in words.weak:
            return "weak"  # "Especially since the dogs lost the scent.": read before "especially" opens an addition
    lowered = [w.lower() for _, w in tokens[:4]]
    if len(lowered) >= 3 and lowered[0] in words.quantifiers and lowered[1] == "of" and lowered[2] in ("whom", "which"):
        return "subordinate"  # "One of whom remains in hospital."
    if len(lowered) >= 4 and lowered[0] in words.quantifiers and lowered[1] == "of" and lowered[2] in ("them", "us"):
        return "partitive"  # "All of them known to the police.": an apposition to the sentence before if no verb
    if any(tuple(lowered[:n]) in words.additive for n in (1, 2, 3, 4)):
        return "additive"
    if first in words.weak or first in LEADING_ADVERBS and len(tokens) > 2 and tokens[1][1].lower() in words.weak:
        return "weak"  # "Just as the inquiry was about to be made public."
    if first in words.not_participles:
        return None  # "According to …"
    if first in speech_participles():
        return "speech-participle"  # "Citing health problems.", "Adding that the talks would resume."
    if len(tokens) > 1 and tokens[1][1][0].isupper():
        return None  # a name: "Training Entertainment"
    if first in ("having", "being") or (first.endswith(("ing", "ed")) and len(first) > 5 and could_be_verb(first)):
        return "participle"
    if first in IRREGULAR_PARTICIPLES and len(tokens) > 2 and tokens[1][1].lower() in PARTICIPLE_LINKS:
        return "participle"  # "Built in the twelfth century by monks.", "Hit by a lorry on the ring road."
    second = tokens[1][1] if len(tokens) > 2 else ""
    if first in PARTICIPLE_ADVERBS and (second.endswith(("ed", "en")) and len(second) > 5 and could_be_verb(second)
                                        or second.lower() in IRREGULAR_PARTICIPLES):
        return "adverb-participle"  # "Already weakened by the delays of Sanofi."
    return None


# adverbs that may stand before a weak subordinator opening a clause ("Just as …", "Shortly after …"); not "only",
# which inverts a main clause without a comma ("Only when the talks fail will the unions strike.")
LEADING_ADVERBS = frozenset("just even shortly soon long right precisely especially particularly notably".split())


def _bare_subject(word: str) -> bool:
    """A word right after a subordinator that is its subject: no determiner, pronoun, auxiliary or participle."""
    low = word.lower()
    return (word[:1].islower() and low not in _words().nominal and low not in PRONOUN_SUBJECTS
            and low not in verb_lexicon().auxiliaries and not low.endswith(("ed", "ing"))
            and low not in verb_lexicon().irregular)


NP_LINKS = frozenset("and or but nor that of".split())
INNER_CLAUSE_WORDS = frozenset("when where while whereas which who whom whose because although though if what that "
                               "how why whether".split())
# prepositions that open a complement cut off the sentence before ("To an American fund that …", "With a budget
# that …"); a determiner must follow, so that "To say that …" (an infinitive) is left alone
PHRASE_PREPOSITIONS = frozenset("to with for from by among against towards toward without under in on at like unlike"
                                 .split())
# words that open the noun phrase after such a preposition: determiners, and quantifiers ("so many other children")
PHRASE_DETERMINERS = DETERMINERS | frozenset("so many some all most few several both other such countless".split())
PHRASE_RELATIVES = frozenset("that who which whose".split())


# a verb's object pronoun before its complement ("kept it alive"): the shared list, with "it" and without "you"
OBJECT_PRONOUNS = CLAUSE_OBJECTS - {"you"} | {"it"}


def _relative_groups(tokens: list[tuple[int, str]]) -> int:
    """Verb groups of a relative clause, a word after a verb's object pronoun being its complement ("kept it
    alive"), not a verb of the pronoun's."""
    flags = _verb_flags(tokens)
    for i in range(2, len(tokens)):
        if flags[i] and tokens[i - 1][1].lower() in OBJECT_PRONOUNS and flags[i - 2]:
            flags[i] = False
    return sum(1 for i, f in enumerate(flags) if f and not (i and flags[i - 1]))


def _phrase_with_relative(tokens: list[tuple[int, str]]) -> bool:
    """A participial phrase keeps its relative clause ("Citing health problems that had worsened over the summer."),
unless a main verb follows it ("Losing the contracts that kept it alive was the end."); a reporting verb's
participle with its object or "that" clause ("Adding that the talks would resume.") is one too.
A preposition, a noun phrase and a relative clause with one verb group, and nothing else, without a comma:
    a complement and its relative split off the sentence before, with no main clause."""
    words = [w.lower() for _, w in tokens]
    if words[0] not in PHRASE_PREPOSITIONS or len(words) < MIN_WORDS + 2 or words[1] not in PHRASE_DETERMINERS:
        return False
    relative = next((i for i, w in enumerate(words) if w in PHRASE_RELATIVES), None)
    # the word before the relative pronoun is the noun it follows ("fund that"), not a verb ("said that")
    if relative is None or relative < 3 or _finite_candidates(tokens[:relative - 1], 1, strict=True):
        return False
    return _clause_groups(tokens[relative + 1:]) == 1


def _second_subject(body: list[tuple[int, str]]) -> bool:
    """A noun phrase, then a determiner or a subject pronoun opening another one before the first verb ("the vote
    the deputies left"): a prepositional phrase and a main clause, not one subordinate clause."""
    flags = _verb_flags(body)
    first_verb = next((i for i, f in enumerate(flags) if f), len(body))
    for i in range(1, first_verb):
        word, before = body[i][1].lower(), body[i - 1][1]
        if (word in DETERMINERS or word in PRONOUN_SUBJECTS) and before[:1].islower() \
                and before.lower() not in _words().nominal and before.lower() not in NP_LINKS:
            return True
    return False


def _incise_then_clause(text: str, tail: list[tuple[int, str]], end: int) -> bool:
    """After a subordinator and a comma, an incise and then one clause that runs to the end of the sentence
    ("Where, stunned and frozen, they got off their bikes in the rain."): the subordinate clause, interrupted."""
    after = CLAUSE_CUT_RE.search(text, tail[0][0], end)
    if after is None:
        return False
    rest = [t for t in tail if t[0] > after.start()]
    if len(rest) < MIN_WORDS or CLAUSE_CUT_RE.search(text, rest[0][0], end) is not None \
            or rest[0][1].lower() not in PRONOUN_SUBJECTS | DETERMINERS:
        return False
    # the clause's own verb, not those of a clause inside it ("… without understanding what was happening")
    inner = next((i for i, (_, w) in enumerate(rest) if i and w.lower() in INNER_CLAUSE_WORDS), len(rest))
    return _clause_groups(rest[:inner]) == 1


def _weak_tail(text: str, tail: list[tuple[int, str]], end: int) -> bool:
    """The tail opens with a weak subordinator, a subject and one verb group running to the end of the
    sentence ("as the law allows in exceptional cases"): a second subordinate clause, not the main clause."""
    if len(tail) < 3 or tail[0][1].lower() not in WEAK_TAILS or CLAUSE_CUT_RE.search(text, tail[0][0], end):
        return False
    subject = tail[1][1].lower()
    if subject not in PRONOUN_SUBJECTS | DETERMINERS and not _bare_subject(tail[1][1]):
        return False  # "as a result the talks failed", "since then the unions have refused"
    return not _second_subject(tail[1:]) and _clause_groups(tail[1:]) == 1


def _after_relative(text: str, tail: list[tuple[int, str]], end: int) -> list[tuple[int, str]]:
    """The words after a relative clause that opens the tail ("…, which had announced X, the group cut jobs"
    → "the group cut jobs"): the relative's verb is not the main clause's."""
    if not tail or tail[0][1].lower() not in RELATIVE_OPENERS:
        return tail
    cut = CLAUSE_CUT_RE.search(text, tail[0][0], end)
    return [t for t in tail if cut is not None and t[0] > cut.start()]


RELATIVE_OPENERS = frozenset("who whom whose which that where".split())
GROUP_ADVERBS = frozenset("not never still already also just yet even always often ever".split())
SUBORDINATE_TAILS = frozenset("when where while whereas which who whom whose because although though if".split())
# a weak subordinator after the comma of a subordinate clause opens a second subordinate clause when one verb group
# follows it to the end ("Unless the state grants a waiver, as the law allows."), not a main clause
WEAK_TAILS = frozenset("as since once until after before".split())


def _outside_relatives(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words before the first relative pronoun ("those whose turnover has fallen" → "those")."""
    for index, (_, word) in enumerate(tokens[1:], start=1):
        if word.lower() in RELATIVE_OPENERS:
            return tokens[:index]
    return tokens


def _main_clause_tokens(text: str, start: int, end: int, tokens: list[tuple[int, str]]) -> tuple[list, bool]:
    """The words of text[start:end] outside relative clauses, participial phrases and absolute
    constructions ("The reform, which will be withdrawn", "The reform having been withdrawn"), and
    whether any such part was set aside. The word after a part set aside is the main clause's
    ("The police, who had been alerted, stepped in")."""
    words = _words()
    keep = []
    removed = False
    skip_to = -1
    for index, (pos, word) in enumerate(tokens):
        if pos < skip_to:
            continue
        low = word.lower()
        after_comma = text[start:pos].rstrip().endswith(",")
        cut = CLAUSE_CUT_RE.search(text, pos, end)
        part_end = cut.start() if cut else end
        part = [t for t in tokens[index:] if t[0] < part_end]
        after_part = bool(keep) and keep[-1][0] < skip_to
        if index == 0 or after_part:
            keep.append((pos, word))
            continue
        if after_comma and low in words.relatives:
            opens = cut is not None or _verb_groups(part) <= 1  # to the end: one verb, not the main one too
        elif after_comma and low.endswith("ing") and low not in words.not_participles and could_be_verb(low):
            opens = not _finite_candidates(part, 1)  # not a gerund subject: ", getting there is hard"
        elif after_comma and low.endswith("ed") and could_be_verb(low):
            # ", announced by the minister." to the end; not ", welcomed the changes" after an apposition
            opens = (cut is None and len(part) > 1 and part[1][1].lower() in PARTICIPLE_LINKS
                     and text.count(",", start, pos) == 1 and _verb_groups(part) <= 1)
        else:
            opens = low in ("having", "being") and tokens[index - 1][1].lower() not in words.not_absolute \
                and not after_comma
        if opens:
            skip_to = part_end
            removed = True
            continue
        keep.append((pos, word))
    return keep, removed


# an attribution or a source put inside the clause ("Because the alternative, he said, would be …"): the clause
# is read without it, or its commas would pass for the end of the subordinate clause
INCISE_RE = re.compile(r",\s+(?:(?:he|she|they|we|it|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?|(?-i:[A-Z])[\w'’-]+"
                       r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+(?:said|says|added|adds|argued|argues|insisted|insists"
                       r"|explained|explains|warned|warns|stressed|stresses|admitted|admits|noted|notes|believes"
                       r"|believed|thinks|thought|told\s+[a-z]+)|according\s+to\s+[^,.;]{1,60})\s*,", re.I)


def _without_incises(text: str, start: int, end: int) -> str:
    """The text with the incises of text[start:end] blanked (offsets kept)."""
    sentence = INCISE_RE.sub(lambda m: " " * len(m.group()), text[start:end])
    return text[:start] + sentence + text[end:]


def detached(text: str, start: int, end: int) -> str | None:
    """Why the sentence text[start:end] cannot stand alone, or None."""
    tokens = _tokens(text, start, end)
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS:
        return None
    opener = _opener(tokens)
    cut = CLAUSE_CUT_RE.search(text, tokens[0][0], end)
    if opener is not None:
        head = [t for t in tokens if cut is None or t[0] < cut.start()]
        tail = [t for t in tokens if cut is not None and t[0] > cut.start()]
        if opener == "additive" and tail and tail[0][1].lower() in RELATIVE_OPENERS:
            tail = []  # "Including the foreign minister, who flew in from Brussels.": the relative is the phrase's
        if opener in ("participle", "adverb-participle"):
            tail = _after_relative(text, tail, end)  # "Weakened by the delays of X, which had announced Y."
        only_subordinate = False  # what follows the opening phrase is a subordinate clause to the end
        # "As in 1999, when the Aude had burst its banks.": a subordinate clause after an additive phrase is its own
        if opener in ("subordinate", "weak", "additive"):
            # "Whose sketches date from 1961, when he lived …", "Because the draft, which had leaked, was …": a
            # second subordinate or relative clause is not the main clause; what follows it may be
            while tail and (tail[0][1].lower() in SUBORDINATE_TAILS or _weak_tail(text, tail, end)):
                after = CLAUSE_CUT_RE.search(text, tail[0][0], end)
                tail = [t for t in tail if after is not None and t[0] > after.start()]
                only_subordinate = not tail
        if opener == "subordinate" and tail and not _finite_candidates(head, 1) and _clause_groups(tail) <= 1 \
                and _verb_after_comma(text, tail):
            # "Because the war between the two camps, the one of X, is not settled.": the subject was
            # interrupted; the tail's verb is the subordinate clause's own
            return "subordinate"
        lead = 2 if opener == "weak" and tokens[0][1].lower() in LEADING_ADVERBS else 1
        if opener == "weak" and len(head) == lead and tail and _incise_then_clause(text, tail, end):
            return "subordinate"  # "Where, stunned and frozen, they got off their bikes."
        if tail and _finite_candidates(tail):
            return None  # "Because the unions refused, the talks failed."
        if opener == "subordinate":
            return "subordinate"
        if opener == "additive":  # "Especially those whose turnover has fallen.": no verb outside the relative
            # a short one ("Especially the young.") is a deliberate stylistic fragment of spoken or written English
            # "Not only in Valais.": half of a pair whose second half ("but also") never comes, at any length
            paired = len(tokens) > 3 and [w.lower() for _, w in tokens[:2]] == ["not", "only"] and not any(
                w.lower() == "but" for _, w in tokens)
            if not tail and (len(tokens) >= MIN_ADDITIVE_WORDS or paired) \
                    and not _finite_candidates(_outside_relatives(head), 1, strict=True):
                return "additive"
            # an enumeration cut off ("Including Kyiv, Kharkiv and Odesa.") is a complement at any length
            listed = len(tokens) >= MIN_LIST_WORDS and LIST_RE.search(text, tokens[0][0], end) is not None
            return "additive" if listed and not _finite_candidates(tokens, 1, strict=True) else None
        if opener == "partitive":  # "All of them known to the police.": no verb of its own after "of them"
            after = [w.lower() for _, w in head[3:] if w.lower() not in PARTICIPLE_ADVERBS]
            fourth = after[0] if after else ""  # the word after "of them" and its adverbs ("already left")
            # a participle that is no past tense ("known", "taken", "born") is the phrase's, not a verb
            if not (fourth.endswith(("en", "wn")) or fourth in ("born", "done", "gone", "seen")):
                if could_be_verb(fourth, finite=True):
                    return None  # "Many of them live in the valley.": "of them" is the subject
                return "phrase" if not tail and not _finite_candidates(head, 3, strict=True) else None
            return "phrase" if not tail and not _finite_candidates(head, 4, strict=True) else None
        if opener == "comment":
            return "phrase"
        if opener == "speech-participle":
            # its own object or "that" clause, and no main clause after a comma ("Citing sources, X said …")
            that = next((i for i, (_, w) in enumerate(head) if i and w.lower() == "that"), len(head))
            return "participle" if not tail and not _finite_candidates(head[:that], 1, strict=True) else None
        if opener == "infinitive":  # "In order to calm the markets." with no main verb after the infinitive's
            return "infinitive" if not _finite_candidates(head, 4, strict=True) and not tail else None
        if opener == "adverb-infinitive":
            return "infinitive" if not _finite_candidates(head, 3, strict=True) and not tail else None
        if opener == "weak":
            if len(tokens) > 1 and tokens[1][1].lower().endswith("ing") and could_be_verb(tokens[1][1].lower()):
                # "Before going to the polls on Sunday.": a verb after the -ing is the main clause's
                # a tail without a verb or a subject of its own is the clause's ("…, near the border.")
                return "subordinate" if not _finite_candidates(head, 2) and (
                    not tail or tail[0][1].lower() not in PRONOUN_SUBJECTS | DETERMINERS) else None
            # one clause: a single verb group ("had kept"), and no second one but a participle after its noun
            # ("a document needed for his marriage"); a bare noun right after the subordinator is its subject,
            # not a verb ("While attacks on cattle are rising", "When cracks were found")
            body = head[lead:]
            if only_subordinate and body and _clause_groups(body) == 0:
                return "subordinate"  # "As in 1999, when the river had burst its banks.": a phrase and its clause
            if len(body) > 1 and _bare_subject(body[0][1]):
                body = body[1:]
            if _second_subject(body):
                return None  # "After the vote the deputies left.": a phrase, then a main clause without a comma
            return "subordinate" if _clause_groups(body) == 1 else None
        skip = 2 if opener == "adverb-participle" else 1
        # the verb of a relative clause inside the phrase is not a main verb ("Citing problems that had worsened.")
        relative = next((i for i, (_, w) in enumerate(head) if i > skip and w.lower() in PHRASE_RELATIVES), len(head))
        if relative < len(head) and _relative_groups(head[relative + 1:]) != 1:
            relative = len(head)  # "Losing the contracts that kept it alive was the end.": a main verb after it
        return "participle" if not _finite_candidates(head[:relative], skip, strict=True) else None
    if not tokens[0][1][0].isupper():
        return None
    if cut is None and _phrase_with_relative(tokens):
        return "phrase"  # "To an American fund that promised to keep all the jobs."
    keep, removed = _main_clause_tokens(text, start, end, tokens)
    if removed and keep and not _finite_candidates(keep):
        return "phrase"
    return None


ACROSS_PARAGRAPHS = frozenset(("subordinate", "phrase"))  # kinds a paragraph's first sentence may be
MESSAGES = {
    "subordinate": "This sentence is a subordinate clause standing alone after a full stop; join it to the "
                   "sentence before.",
    "additive": "This sentence only adds to the sentence before ('especially …', 'as well as …') and has no main "
                "verb: a complement split off by a full stop; join it to that sentence.",
    "infinitive": "This sentence is a purpose clause ('in order to …') without a main verb, split off the sentence "
                  "before; join it to that sentence.",
    "participle": "This sentence is a participial phrase without a main verb, split off the sentence before; "
                  "join it to that sentence or give it a verb.",
    "phrase": "This sentence has no main verb: its only verb is in a relative clause or a participial phrase; "
              "join it to the sentence before or give it a verb.",
}


def _complete(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] reads as a full sentence of running prose ending in a full stop."""
    sentence = text[start:end]
    return (sentence.endswith(".") and not is_abbreviation_stop(text, end - 1)
            and len(WORD_RE.findall(sentence)) >= MIN_PREVIOUS_WORDS and not DATELINE_RE.match(sentence))


def _quoted(text: str, p_start: int, p_end: int, end: int) -> bool:
    """Whether the piece, or the end of the sentence before it, is quoted speech: a quotation mark in the
    piece, at the end of the sentence before, or left open there ("He said: "We won. Because …")."""
    before = text[p_start:p_end]
    return (any(mark in text[p_end:end] for mark in QUOTE_MARKS)
            or any(m in before[-3:] for m in QUOTE_MARKS) and not _cited_words_closing(before)
            or before.count('"') % 2 == 1 or before.count("“") != before.count("”"))


# a few words quoted inside the narrative, the full stop after the closing mark ("spoke of “immense pride”.")
CITED_CLOSING_RE = re.compile(r"[^\s“«\"][ \u00a0]*[“«][^“”«»\".!?]{1,60}[”»][ \u00a0]*\.$")
CITED_WORDS = 5


def _cited_words_closing(sentence: str) -> bool:
    """The sentence ends on a short quotation closed before its full stop, inside narrative: words cited, not
    speech the next sentence may go on with."""
    match = CITED_CLOSING_RE.search(sentence)
    return match is not None and len(WORD_RE.findall(match.group())) <= CITED_WORDS + 1


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    by_block = sentences_by_block(ctx)
    previous: list[tuple[int, int]] = []  # the sentences of the paragraph before, if the block before is one
    for index, block in enumerate(ctx.doc.blocks):
        if block.kind != "paragraph":
            previous = []
            continue  # headings, titles, list items, table cells, block quotes
        sentences = block_sentences(ctx, index, block, by_block)
        quotes = QuoteState(text, block.start)
        pairs = list(zip(sentences, sentences[1:]))
        if previous and len(sentences) > 1:
            # a paragraph that opens with a phrase split off the paragraph before ("Drafted ahead of X. At 19, …")
            pairs.insert(0, (previous[-1], sentences[0]))
        previous = sentences
        for (p_start, p_end), (start, end) in pairs:
            sentence = text[start:end]
            if not sentence.endswith(".") or not sentence[0].isupper() or sentence.endswith(".."):
                continue  # questions, exclamations, lowercase starts (FRG001), quotes, ellipses
            if _quoted(text, p_start, p_end, end) or not _complete(text, p_start, p_end):
                continue  # quoted speech and its stylistic fragments; a label or dateline before
            if quotes.inside(start) or untranslated_at(ctx, start):
                continue
            kind = detached(text, start, end)
            if kind is None and INCISE_RE.search(text, start, end):
                kind = detached(_without_incises(text, start, end), start, end)
            if kind is not None and p_end < block.start and not (
                    kind == "participle" and WORD_RE.match(text, start).group().lower().endswith("ed")
                    or kind in ACROSS_PARAGRAPHS):
                # across paragraphs only a past participle's phrase ("Swimming runs in the family." is a gerund's
                # sentence), a subordinate clause ("Because the adventure had almost stopped.") or a phrase whose
                # only verb is in a relative clause, each followed by more of its paragraph
                continue
            if kind is not None:
                yield Hit(start, end, MESSAGES[kind])


RULE = Rule(
    code="FRG003",
    name="detached-clause",
    category=Category.SENTENCE_FRAGMENT,
    severity=Severity.WARNING,
    summary="A subordinate clause or a phrase without a main verb standing alone after a full stop.",
    check=check,
    requires=("target.sentences", "target.untranslated"),
    doc="""\
## What it does
Reports a sentence of running prose that cannot stand alone and follows a complete sentence of
the same paragraph: a subordinate clause ("Because the unions refused."), a detached relative
("Which the government denies."), a participial phrase ("Having failed to reach a deal."), or a
noun phrase whose only verb is in a relative clause, a participial phrase or an absolute
construction ("The reform, which will be debated next week."; "The minister having resigned
on Monday."). A sentence that goes on into a main clause after a comma ("Because the unions
refused, the talks failed.") is left alone, as are headlines, list items, captions, questions
("Which?"), quoted speech and its stylistic fragments, and a sentence after a question.
A relative opened by "Of which" or "Among whom" ("Of which a large part went to its leaders.") is a
subordinate clause too, and so is one opened by "So much so that" or "To the point that" (French "si bien
que", "au point que"); a comment noun before its clause ("Proof that the subject no longer divides the
country as it did twenty years ago.") may hold a comparison or a subordinate clause of its own at its end; after a weak subordinator and an -ing form, a tail with no verb or subject
of its own ("Before being intercepted overnight, near the border.") is still the clause's.
A paragraph may also open with a past participle's phrase split off the paragraph before ("Drafted
ahead of two rivals. At 19, …"), a subordinate clause ("Because the adventure had almost stopped.") or a phrase
whose only verb is in a relative clause, when more of the paragraph follows. "Nor" before a subordinator ("Nor if
they met the Neanderthals.") opens a clause cut off the verb before, and "Not only" without its "but" and without a
verb ("Not only in Valais.") half of a pair, at any length from four words.
A purpose clause ("In order to calm the markets.") and a weak
subordinator before an -ing form ("Before leaving for Brussels on Sunday.") with no main verb after
them are reported too. Quotation marks inside the sentence before do not silence the rule, nor does a few words' quotation
closed before its full stop ("spoke of “immense pride”. Because …"); quoted
speech around the piece does. Lowercase continuations are FRG001's and verbless sentences FRG002's,
subjectless sentences ("Were taken to hospital.") FRG004's. A relative clause opened by a quantifier ("One of
whom remains in hospital.", "Most of which were destroyed.") is a subordinate clause too, and so is a complement
opened by an additive, focusing or comparing word (`additive_openers` in `checker/data/fragment_words.yaml`: "As in
Irpin, where the bridge had been blown up.", "Namely the long nights …", "Especially those
whose sales fell.", "As well as eight bridges in the valley.", "Including the minister, who flew in.") when it has
no verb outside its relative clause and no main clause after a comma, from seven words ("Especially the young."
is a deliberate fragment).
A partitive apposition with no verb of its own ("All of them known to the police."; not "Many of them live
there."), a phrase opened by an irregular past participle ("Built in the twelfth century by monks."), and a relative
opened by a preposition or by "where" ("After which the unions called a strike.", "Where she died on Sunday.") are
reported too.

After a weak subordinator ("when", "while", "where"), perhaps after an adverb ("Just as …"), a bare noun is the
clause's subject, not a verb ("While attacks on sheep are rising …"); a subordinator alone before a comma, an incise,
then one clause running to the end is the clause interrupted ("Where, stunned and frozen, they got off …"). A phrase
followed by a new subject before any verb is a main clause that lost its comma ("After the vote the deputies left.").
A participial phrase keeps its relative clause ("Citing health problems that had worsened over the summer."),
unless a main verb follows it ("Losing the contracts that kept it alive was the end."); a reporting verb's
participle with its object or "that" clause ("Adding that the talks would resume.") is one too.
A preposition, a noun phrase and a relative clause with one verb group, with no comma and nothing else ("To an
American fund that promised to keep all the jobs.") is a complement split off the sentence before; the preposition
may be a comparing one and the noun phrase may open with a quantifier ("Like so many other children who never came
home.").
A focusing adverb before a subordinator ("Especially since …", "Particularly because …") opens the subordinate
clause, not an addition; after a subordinate clause's comma, a second one opened by a weak subordinator with its
subject and one verb group running to the end ("Unless the state grants a waiver, as the law allows.") is no main
clause.

## Why is this bad?
Machine translation and sentence-by-sentence pipelines cut a sentence before its subordinate
clause or its participial phrase; the second piece is left as a fragment that reads as an error.

## Example
`The unions called off the strike. Because the government withdrew the reform.` →
`The unions called off the strike because the government withdrew the reform.`
""",
    examples=(
        Example("The search was called off on Friday evening. [[Particularly because the river had risen again "
                "overnight.]]", note="a focusing adverb before the subordinator"),
        Example("The player will miss the final next week. [[Unless the federation lifts his ban, as its rules "
                "allow.]]", note="a second subordinate clause after the comma, no main clause"),
        Example("The girl was found in a forest far away. [[Like so many teenagers who run away every year.]]",
                note="a comparison and its relative clause"),
        Example("The player will miss the final next week. Unless the federation changes its mind, as it did in "
                "2019, he will stay at home.", note="a main clause after the second subordinate clause"),
        Example("The mayor resigned after the vote on Tuesday. Like many others who left the party, he joined the "
                "centre.", note="a main clause after the comparison's comma"),
        Example("Floods cut the roads. [[Not only in the Ariège.]] The Aude was hit as well.",
                note="'not only' without its 'but also' and without a verb"),
        Example("Floods cut the roads. Not only that. The Aude was hit as well."),
        Example("Nobody knows when the bridge will reopen. [[Nor how much the repairs will cost the region.]] The "
                "prefect will speak on Friday.", note="'Nor' and a subordinator: the complement of the verb before"),
        Example("The factory closed in March.\n\n[[Although the workers had accepted a pay cut the year before.]] The "
                "owners moved production to Poland.", note="a subordinate clause opening a paragraph that goes on"),
        Example("The wolf keeps spreading in the Alps. [[While attacks on sheep are rising in the Jura.]] Brussels "
                "is reviewing its status.", note="a bare noun after the subordinator is its subject"),
        Example("The riders were stopped near the summit. [[Where, stunned and frozen, they got off their bikes in "
                "the rain.]] The stage resumed later.", note="the subordinator, an incise, then its clause"),
        Example("The senator resigned on Friday. [[Just as the inquiry into his expenses was about to be made "
                "public.]] He denies any wrongdoing.", note="an adverb before the subordinator"),
        Example("The company was sold in 2021. [[To an American fund that promised to keep all the jobs.]] Half of "
                "them have gone.", note="a preposition's complement and its relative, split off"),
        Example("The singer cancelled her tour on Monday. [[Citing health problems that had worsened over the "
                "summer.]] Her fans were disappointed.", note="a participial phrase with a relative clause inside"),
        Example("The minister spoke in Paris on Monday. [[Adding that the talks would resume next week.]] The "
                "unions left.", note="a reporting verb's participle with its clause, cut off"),
        Example("The plant closed in May. Losing the contracts that kept it alive was the end.",
                note="a gerund subject: the main verb follows the relative clause"),
        Example("The minister spoke on Monday. Speaking to reporters in Lyon, she said the plan would go ahead.",
                note="a participle before its main clause"),
        Example("He left the room. To the journalists who waited outside he said nothing at all.",
                note="a main clause after the relative, without a comma"),
        Example("The vote was close. After the vote the deputies left.",
                note="a phrase and a main clause without a comma"),
        Example("The markets were calm. When prices rise people spend less.", note="two clauses without a comma"),
        Example("The budget passed on Tuesday. When, in March, the government fell, the markets panicked.",
                note="a main clause after the interrupted subordinate one"),
        Example("The unions called off the strike on Tuesday. [[Because the government withdrew the reform.]]"),
        Example("The minister says the report is wrong. [[Which the opposition denies.]] The vote is on Friday."),
        Example("Talks broke down after ten hours in Brussels. [[Although both sides had made concessions.]]"),
        Example("He spoke in the evening on public television. [[The reform, which will be debated in the "
                "Senate next month.]]"),
        Example("The museum closed its doors at noon. [[The thieves having abandoned their scooters nearby.]]"),
        Example("The company cut its forecast for the year. [[Having failed to win the contract with the "
                "railway operator.]]"),
        Example("The unions called off the strike. Because the government withdrew the reform, the talks resumed."),
        Example("The shops will stay open. [[Because the alternative, the mayor said, would be to close the "
                "market again.]]", note="an attribution inside the clause"),
        Example("The shops will stay open. Because the alternative, the mayor said, is worse, nobody objects.",
                note="a main clause after the attribution"),
        Example("The unions called off the strike. Which union will sign the agreement?"),
        Example("The unions called off the strike. “Because we won,” said their leader."),
        Example("Because the government withdrew the reform."),
        Example("The unions called off the strike. The reform, which angered teachers, was withdrawn on Monday."),
        Example("The unions called off the strike. Having won, they went home."),
        Example("The talks were long. Raising taxes is never popular with the voters."),
        Example("The talks ended late on Friday. After the meeting in Brussels.", note="verbless: FRG002's"),
        Example("The minister left the room. According to his spokesman.", note="an attribution: ATT's"),
        Example("The minister left the room. When the unions arrived the talks resumed at once."),
        Example("The club had never hidden its wish to sign the striker.\n\n[[Signed ahead of two older "
                "rivals.]] At 19, he becomes the youngest player in the squad.",
                note="a past participle's phrase split off the paragraph before"),
        Example("The singer said she wanted \"peace\" for her family. [[Which her brother had also said.]]",
                note="quotation marks inside the sentence before are not quoted speech around the piece"),
        Example("The bank cut its rates on Thursday. [[In order to calm the markets after the crash.]]"),
        Example("The minister spoke to farmers in Rennes. [[Before leaving for Brussels on Sunday evening.]]"),
        Example("The minister spoke to farmers in Rennes. Before leaving for Brussels he met the unions."),
        Example("The bank cut its rates on Thursday. In order to calm the markets the governor spoke too."),
        Example("Her father taught her to swim at four.\n\nSwimming runs in the family. Her brother won gold.",
                note="a gerund subject opening a paragraph"),
        Example("He said: \"We won the vote. Because we listened.\" The minister left.",
                note="quoted speech"),
        Example("Forty shops will close this year. [[Particularly those whose sales have fallen since the "
                "pandemic.]]", note="an additive opener and a relative clause"),
        Example("The storm destroyed twelve houses. [[As well as two schools in the upper valley.]]"),
        Example("Three climbers were rescued on Sunday. [[Two of whom are still in intensive care in Grenoble.]]",
                note="a relative clause cut off from its antecedent"),
        Example("The ministry seized several paintings. [[Most of which had been stolen in Italy in the 1980s.]]"),
        Example("Several reforms were abandoned. [[Including the one on pensions that the unions had fought.]]"),
        Example("The storm destroyed twelve houses. As well as the houses, two schools were damaged.",
                note="a main clause after the comma"),
        Example("Forty shops will close this year. Especially worrying is the fall in sales.",
                note="the opener is an adverb of the main clause"),
        Example("Three climbers were rescued on Sunday. Two of them are still in intensive care.",
                note="'of them' opens a sentence"),
        Example("The shops will close. Including the warehouses, 2,000 jobs are at risk.",
                note="a main clause after the comma"),
        Example("The council met on Monday. Notably, the mayor did not attend.", note="a sentence adverb"),
        # fifth pass: a relative, an enumeration or an adverb-led participial phrase cut off
        Example("Farmers blocked the ring road at dawn. [[Who demanded a freeze on fuel prices.]]"),
        Example("Storms hit the coast overnight. [[Including Brest, Lorient, Vannes and Quimper.]]"),
        Example("The firm shelved the project. [[Already hurt by the fall in sales, which had begun in March.]]"),
        Example("The council closed three schools. [[Who will now have to find new premises for the pupils.]]"),
        Example("The brand abandoned the model. [[Badly damaged by the recall, which had cost it millions.]]"),
        Example("Who will win the vote? Nobody knows."),
        Example("Who replaced him was never made clear, the paper said."),
        Example("Already weakened by the crisis, which had cut its profits, the group announced layoffs."),
        Example("The talks went on. Including two children."),
        Example("Badly damaged by the flames, the roof of the church collapsed."),
        # issue 13, sixth pass: partitive appositions, irregular participles, relative openers after a preposition
        Example("Rents rose by a third. [[Proof that the housing market is out of control.]]",
                note="a noun and its clause, no main verb"),
        Example("Fuel went up again. [[Enough to anger the hauliers and the farmers.]]", note="a purpose clause"),
        Example("Rents rose by a third. [[Because the old lease, which had run for years, was void.]]",
                note="a subject interrupted by a relative clause"),
        Example("Rents rose by a third. Evidence that the market is cooling is scarce.",
                note="a main verb after the noun's clause"),
        Example("Fuel went up again. Enough was enough, the hauliers said."),
        Example("Customs seized four lorries. [[Most of them stolen in Belgium during the summer.]]"),
        Example("The abbey reopens in May. [[Built on a hill by the monks of Cluny.]]"),
        Example("The ceasefire held until Friday. [[After which the shelling resumed on both banks.]]"),
        Example("He was flown to a hospital in Brest. [[Where he underwent surgery overnight.]]"),
        Example("The plant will shut in June. [[Leaving a town already hit by the closure of the mine.]]"),
        Example("Customs seized four lorries. Most of them came from Belgium."),
        Example("Customs seized four lorries. Many of them carry fake papers; some of us already knew."),
        Example("The abbey reopens in May. Built on a hill by the monks of Cluny, it draws pilgrims."),
        Example("The talks may fail. In which case, the shelling will resume."),
        Example("He was flown to Brest. Where he went next, nobody knows."),
    ),
)
