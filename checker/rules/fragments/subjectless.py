"""FRG004: a sentence that starts with its verb, its subject left behind a full stop ("Were taken to hospital.")."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...lang.clauses import WORD_RE, could_be_verb, verb_lexicon
from ...registry import Example, Rule
from .detached_clause import QUOTE_MARKS
from .verbless import QuoteState, block_sentences, sentences_by_block, untranslated_at

MIN_WORDS = 4
MAX_WORDS = 60
# after these a verb-first sentence is an inversion with its subject: "Had the government acted, …"
SUBJECT_WORDS = frozenset("""i you he she it we they there this that these those the a an his her its their our
my your one both all each every some no such so""".split())
REPORTED_SUBJECTS = frozenset("he she they it we i there".split())  # "Said he would …": the clause's subject
CONJUNCTIONS = frozenset("and but".split())
# after "And that" these open the clause of a complementiser ("And that the will was valid."); a verb after it
# makes "that" a pronoun ("And that was the end.")
CLAUSE_STARTS = frozenset("the a an his her its their our this these those he she they it we i there no".split())


@dataclass(frozen=True, slots=True)
class _Words:
    """The word classes the rule reads (checker/data), read once."""

    auxiliaries: frozenset[str]  # finite helpers that never open a statement
    inverting: frozenset[str]  # those that open a conditional inversion ("Had the talks failed, …")
    verbs: frozenset[str]  # -s forms that open no sentence as a noun
    not_after: frozenset[str]  # words after which such a form is a plural noun ("Remains of the …")
    reporting: frozenset[str]  # past forms of reporting verbs ("Said he would …")


@functools.lru_cache(maxsize=None)
def _words() -> _Words:
    from ...data.cache import load_yaml

    data = {key: frozenset(value.split()) for key, value in load_yaml("fragment_words").items()}
    return _Words(data["subjectless_auxiliaries"], data["inverting_auxiliaries"], data["subjectless_verbs"],
                  data["subjectless_noun_followers"], data["subjectless_reporting"])


def _past(word: str) -> bool:
    lex = verb_lexicon()
    return word in lex.irregular or len(word) > 4 and word.endswith("ed") and could_be_verb(word)


def subjectless(text: str, start: int, end: int) -> str | None:
    """What opens text[start:end] in place of a subject ("auxiliary", "verb", "reporting"), or None."""
    sentence = text[start:end]
    if not sentence.endswith(".") or sentence.endswith("..") or any(m in sentence for m in QUOTE_MARKS):
        return None
    tokens = [m.group() for m in WORD_RE.finditer(text, start, end)]
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS or not tokens[0][:1].isupper() or tokens[0][1:2].isupper():
        return None
    first, second = tokens[0].lower().replace("’", "'"), tokens[1]
    if second[:1].isupper() or second[:1].isdigit():
        return None  # "May 2024 …", "Will Smith …": a name or a date
    second = second.lower()
    words = _words()
    if first in CONJUNCTIONS:
        return _after_conjunction(tokens, words)
    head = sentence.split(",", 1)[0]
    later = [w.lower() for w in WORD_RE.findall(head)[1:]]
    if first in words.auxiliaries:
        if first in words.inverting and (second in SUBJECT_WORDS or "," in sentence and not _past(second)):
            return None  # "Had the government acted, …", "Were it not for …", "Should they fail, …"
        if second in SUBJECT_WORDS - {"a", "an", "the", "no", "such", "so", "all", "both", "each", "every",
                                      "some", "one"}:
            return None  # a question without its mark: another error, not this one
        return "auxiliary"
    if first in words.verbs and second not in words.not_after \
            and not any(w in verb_lexicon().auxiliaries for w in later):
        return "verb"  # "Remains detained in …"; not "Remains of the victims were …"
    if _past(first) and "," not in sentence and (
            second == "that" or first in words.reporting and second in REPORTED_SUBJECTS):
        return "reporting"  # "Considered that he had …", "Said he would …"; not "Told that he would lose, he …"
    return None


def _after_conjunction(tokens: list[str], words: _Words) -> str | None:
    """"And had ended up beaten …", "And accused his brother-in-law …", "And that the will was valid.": a
    conjunction then a verb or a complementiser, the subject or the main clause left before the full stop."""
    second, third = tokens[1].lower(), tokens[2].lower()
    if second == "that":
        return "clause" if third in CLAUSE_STARTS else None
    if second in words.auxiliaries:
        # "And had he known …", "But were the talks …": an inversion or a question, not a lost subject
        return None if third in SUBJECT_WORDS or not _past(third) and third not in ("been", "not", "never") else "verb"
    if _past(second) and second not in verb_lexicon().auxiliaries and third not in ("by", "to", "and", "or") \
            and third not in REPORTED_SUBJECTS - {"it"}:
        return "verb"  # not "And then came …", "And accused by …"
    return None


MESSAGES = {
    "clause": "This sentence is a clause ('and that …') whose main clause is in the sentence before: a full stop "
              "cut it off; join it to that sentence.",
    "auxiliary": "This sentence starts with its verb and has no subject: the full stop before it probably cut "
                 "the subject off; join it to the sentence before or give it a subject.",
    "verb": "This sentence starts with a verb and has no subject: the full stop before it probably cut the "
            "subject off; join it to the sentence before or give it a subject.",
    "reporting": "This sentence starts with a verb and its reported clause and has no subject; join it to the "
                 "sentence before or give it a subject.",
}


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    by_block = sentences_by_block(ctx)
    for index, block in enumerate(ctx.doc.blocks):
        if block.kind != "paragraph":
            continue  # headings, titles, list items, captions, block quotes
        sentences = block_sentences(ctx, index, block, by_block)
        quotes = QuoteState(text, block.start)
        for position, (start, end) in enumerate(sentences):
            if position == 0 and len(sentences) == 1:
                continue  # a paragraph of one sentence may be a caption or a label
            if position and text[sentences[position - 1][1] - 1] != ".":
                continue  # after a question or an exclamation
            if quotes.inside(start) or untranslated_at(ctx, start):
                continue
            kind = subjectless(text, start, end)
            if kind is not None:
                yield Hit(start, end, MESSAGES[kind])


RULE = Rule(
    code="FRG004",
    name="subjectless-sentence",
    category=Category.SENTENCE_FRAGMENT,
    severity=Severity.WARNING,
    summary="A sentence that starts with its verb, its subject cut off by the full stop before it.",
    check=check,
    requires=("target.sentences", "target.untranslated"),
    doc="""\
## What it does
Reports a sentence of running prose that starts with a finite verb and has no subject, the
subject being left in the piece before a stray full stop ("The two others, a British child and a
Dutch child. Were taken to Geneva."): a sentence opened by an auxiliary or a modal ("Is", "Were",
"Has", "Will", "Could"…) that is not a question; one opened by the -s form of a verb that is not
also a plural noun in that position ("Remains detained …", "Says …", "Seems …", listed in
`checker/data/fragment_words.yaml`); and one opened by a past form and its "that" clause with no
main clause after it ("Considered that he had …"); and one opened by "And" or "But" and a verb
("And accused his brother-in-law …", "And had ended up beaten …") or by "And that" and a clause
("And that the will was valid."), its subject or its main clause left before the full stop.
Conditional inversions ("Had the government acted, …", "Were it not for …", "Should the talks
fail, …"), "And that was …", "And then came …", names and dates ("May 2024 …",
"Will Smith …"), questions, quoted speech, headlines and one-sentence paragraphs are left alone.

## Why is this bad?
French sentences often hold a long subject (a noun and its relative clause or apposition) before
the verb; a segmenter or a hurried translator that puts a full stop after it leaves two pieces,
neither of which is a sentence.

## Example
`The two others, a British child and a Dutch child. Were taken to hospital in Geneva.` →
`The two others, a British child and a Dutch child, were taken to hospital in Geneva.`
""",
    examples=(
        Example("The two others, a dentist and a nurse. [[Were taken to hospital in Lyon by helicopter.]]"),
        Example("The mayor, who has refused to resign. [[Remains under investigation for embezzlement.]]"),
        Example("For the union, which called the strike. [[Is a defeat that will weigh on the next talks.]]"),
        Example("The appeals court, which rejected the first charge. [[Judged that the minister had lied to "
                "parliament.]]"),
        Example("The former director of the agency. [[Has been charged with fraud and breach of trust.]]"),
        Example("The mayor of the town, who had warned of the danger for years. [[Said he was not surprised by "
                "the flood.]]"),
        Example("The new tax on parcels. [[Will come into force in January, the ministry said.]]"),
        Example("The wounded were flown to Grenoble. Had the police arrived earlier, the attacker would have "
                "been stopped.", note="a conditional inversion"),
        Example("The wounded were flown to Grenoble. Were it not for the rescuers, the toll would be higher."),
        Example("The wounded were flown to Grenoble. Should prices rise again, the plan would be revised."),
        Example("The other two, a boy and a girl. [[Were flown to Geneva, in Switzerland.]]"),
        Example("The summit ended on Friday. May 2025 will see the next one in Rome.", note="a month"),
        Example("The victims were named on Monday. Remains of the victims were returned to their families."),
        Example("The talks resumed on Monday. Is the agreement still possible?", note="a question"),
        Example("Told that he would lose his seat, the deputy resigned on Friday morning."),
        Example("He spoke for an hour. \"Is this the end of the party? I do not think so.\""),
        Example("Will Smith arrived in Cannes on Tuesday. Will Smith left on Friday with the prize."),
        Example("The mayor denied the charges at first. [[And accused his former deputy of lying to the council.]]"),
        Example("The singer lost the vote in 2019. [[And had ended up leaving the party two years later.]]"),
        Example("The judges agreed with her on every point. [[And that the contract was valid under Swiss law.]]"),
        Example("The mayor denied the charges at first. And that was the end of the affair for a while."),
        Example("The town voted in March. And then came the flood that ruined the harvest."),
        Example("The singer lost the vote in 2019. But had she known, she would have stayed."),
    ),
)
