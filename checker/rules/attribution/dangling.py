"""ATT002: an attribution standing alone as a sentence, cut off from its statement ("He indicated.")."""
from __future__ import annotations

import bisect
import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import could_be_verb, find_stray_attributions, speech_verb_by_form
from ...registry import Example, Rule
from .persons import person_noun


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    quotes = sorted((q for q in ctx.get("target.quotes") if q.cue_span), key=lambda q: q.cue_span[0])
    cue_starts = [q.cue_span[0] for q in quotes]
    for block in ctx.doc.blocks:
        reported = []
        for stray in find_stray_attributions(text, block.start, block.end):
            if stray.kind != "dangling" or _attached(text, quotes, cue_starts, stray) or _has_object(text, stray) \
                    or _headline_noun(text, stray):
                continue
            clause = " ".join(text[stray.start:stray.end].split())
            strong = stray.lowercase or stray.lemma == "according to" or (
                stray.needs_complement and not stray.recipient_pronoun) or _after_attributed_quote(
                text, block.start, stray.start)
            if stray.lemma == "according to":
                message = f"'{clause}' stands alone as a sentence; attach the source to the statement it supports."
            else:
                message = (f"'{clause}' is an attribution without a statement: it has been cut off from the "
                           f"quote or claim it reports.")
            reported.append((stray.start, stray.end))
            yield Hit(stray.start, stray.end, message, severity=None if strong else Severity.INFO)
        for start, end in _passive_orphans(text, block.start, block.end):
            yield Hit(start, end, f"'{text[start:end]}' is an impersonal attribution standing alone: it reports "
                      f"nothing of its own; remove it or join what it specifies to the statement.")
        for start, end in _inverted_orphans(text, block.start, block.end):
            if any(s < end and start < e for s, e in reported):
                continue
            yield Hit(start, end, f"'{text[start:end]}' is an attribution standing alone after a quote that already "
                      f"has its speaker; remove it or join it to the quote.")


COMMON_NOUN_ZIPF = 3.0  # a capitalised subject this common in lowercase is a noun ("Touchdown confirmed.")


def _headline_noun(text: str, stray) -> bool:
    """A one-word subject that is a common noun, capitalised because it opens the sentence, not a person: a
    headline-style line ("Touchdown confirmed.", "Deal confirmed."), not a speaker cut off his statement."""
    from ...lang.names import fold, name_lexicon, zipf

    words = text[stray.start:stray.end].split()
    if len(words) != 2 or not words[0][:1].isupper():
        return False
    word = words[0]
    low = word.lower()
    return (low not in ("he", "she", "they", "we", "i", "it", "you") and not person_noun(low)
            and fold(word) not in name_lexicon().first_names and zipf(low) >= COMMON_NOUN_ZIPF)


# a sentence of an inverted attribution alone ("Marvelled the researcher.", "Rejoiced his lawyer."): a
# past tense, then a determiner's noun phrase, then the full stop
INVERTED_ORPHAN_RE = re.compile(r"(?<=[.!?”\"] )(?P<verb>[A-Z][a-z]{3,}ed)[ ](?:the|his|her|their)"
                                r"(?:[ ][a-z][a-z-]+){0,2}[ ](?P<head>[a-z]+)\.(?=\s|$)")
INVERTED_ORPHAN_WORDS = ("ed the", "ed his", "ed her")  # one is in every match ("ed their" holds "ed the")


def _inverted_orphans(text: str, start: int, end: int):
    """(start, end) of each inverted attribution standing alone as a sentence right after a quote and its
    complete attribution, its verb a past tense that renders a French incise ("s'émerveilla la chercheuse")
    and its subject a person; the speech verbs' clauses are the clause model's."""
    if not any(text.find(words, start, end) >= 0 for words in INVERTED_ORPHAN_WORDS):
        return  # a pattern that opens on a look-behind is tried at every character
    forms = speech_verb_by_form()
    for match in INVERTED_ORPHAN_RE.finditer(text, start, end):
        verb, head = match.group("verb").lower(), match.group("head")
        if not (verb in forms and not verb.endswith("ing") or could_be_verb(verb)) or not person_noun(head):
            continue
        if _after_attributed_quote(text, start, match.start()):
            yield match.start(), match.end()


# an impersonal passive incise alone ("Il a été précisé." → "It was specified.", "It was added on Monday."):
# "it" or "this", a passive speech verb, perhaps a time, and the full stop
PASSIVE_ORPHAN_RE = re.compile(r"(?:(?<=[.!?”\"] )|^)(?:It|This)[ ](?:was|has[ ]been|had[ ]been)[ ](?P<verb>[a-z]+ed)"
                               r"(?:[ ](?:on|in|at|later|then|again)(?:[ ][A-Za-z]+)?)?\.(?=\s|$)", re.M)


def _passive_orphans(text: str, start: int, end: int):
    """(start, end) of each impersonal passive attribution standing alone as a sentence: its participle a
    speech verb that reports a statement ("specified", "stressed", "indicated"), not one that states a
    fact of its own ("It was decided.", "It was cancelled.")."""
    if text.find("It ", start, end) < 0 and text.find("This ", start, end) < 0:
        return  # every match opens with one (a pattern that opens on a look-behind is tried at every character)
    forms = speech_verb_by_form()
    for match in PASSIVE_ORPHAN_RE.finditer(text, start, end):
        verb = forms.get(match.group("verb"))
        if verb is not None and verb.lemma not in NOT_REPORTING:
            yield match.start(), match.end()


# participles of the lexicon that make a complete passive sentence of their own
NOT_REPORTING = frozenset("announce confirm deny promise agree approve order decide ask request propose reject "
                          "accept vote plan".split())

LOOK_BACK = 400


def _after_attributed_quote(text: str, block_start: int, pos: int) -> bool:
    """The sentence before ends with a quote and its complete attribution ('“…,” Emmanuel Macron declared in
    the street.'): a verb standing alone after it ("He warned.") is the same attribution a second time, even
    a verb English lets stand alone."""
    from .appended import _closing_attribution

    stop = len(text[:pos].rstrip())
    if stop <= block_start or text[stop - 1] != ".":
        return False
    start = max(block_start, stop - LOOK_BACK)
    opening = max(text.rfind(mark, start, stop) for mark in "“«")
    if opening < 0:
        return False
    return _closing_attribution(text, opening, stop - 1) is not None


DETERMINERS = frozenset("the a an his her its their our this these those".split())
PREPOSITIONS = frozenset("on in at to during after before from by with for of over via through into onto near".split())


def _has_object(text: str, stray) -> bool:
    """The verb has a noun phrase object after its adjunct ("has confirmed yesterday the calendar"): not a
    bare attribution."""
    if stray.lemma in ("tell", "according to"):
        return False  # "She told the BBC." names an audience, not an object
    words = [w.lower().strip(".,;:!?") for w in text[stray.start:stray.end].split()]
    forms = speech_verb_by_form()
    verb_at = next((i for i, w in enumerate(words) if w in forms or w.startswith(stray.lemma[:4])), 0)
    return any(w in DETERMINERS and words[i - 1] not in PREPOSITIONS
               for i, w in enumerate(words[verb_at + 1:], start=verb_at + 1))


def _attached(text: str, quotes, cue_starts: list[int], stray) -> bool:
    """The quote model gives this verb a statement in the same sentence ('“Why?” she asked.').

    `quotes` are sorted by the start of their cue, `cue_starts` those starts: only the quotes whose cue
    starts inside the stray clause are read."""
    for i in range(bisect.bisect_left(cue_starts, stray.start), bisect.bisect_left(cue_starts, stray.end)):
        quote = quotes[i]
        end = quote.close_mark + 1 if quote.close_mark is not None else quote.end
        if end <= stray.start and not any(ch in ".!?" for ch in text[end:stray.start]):
            return True
    return False


RULE = Rule(
    code="ATT002",
    name="dangling-attribution",
    category=Category.STRAY_ATTRIBUTION,
    severity=Severity.WARNING,
    summary="A sentence that is only an attribution ('He indicated.', 'According to the minister.').",
    check=check,
    requires=("target.quotes",),
    doc="""\
## What it does
Finds a sentence made only of a reporting clause: a subject and a speech verb, perhaps an
audience and a time or place ("He indicated.", "She added.", "he told Russian media.",
"He said on Tuesday."), or "according to …" on its own. The clause has lost the statement it
reports, usually because a full stop was put where a comma belonged. Verbs that can stand
alone in English ("He insisted.", "They argued.", "He told me.") are reported as info only;
a lowercase start after the full stop makes any of them a warning, and so does a sentence before
that ends with a quote and its complete attribution ("“…,” Emmanuel Macron declared in the street.
He warned."): the verb attributes the same quote a second time. After such a sentence, an inverted
incise standing alone is a warning too, whatever its past-tense verb, when a person follows it
("Marvelled the researcher.", "Sighed the farmer.", "Stressed the nationalist leader."); "Followed a long
silence." is no attribution. An impersonal passive incise standing alone ("It was specified.", "It was stressed
on Tuesday.", French « a-t-il été précisé ») is a warning when its participle reports a statement; "It was
announced.", "It was decided." state a fact of their own.

## Why is this bad?
The reader cannot tell which statement the attribution belongs to, and a quote left
without its speaker may be read as the outlet's own claim.

## Example
`“Important documents” will be signed. he told Russian media.` → `“Important documents”
will be signed, he told Russian media.`
""",
    examples=(
        Example("InSight lands on Mars\n\nTouchdown confirmed. The probe landed on Monday on the plain.",
                note="a common noun opening a headline-style line, not a speaker"),
        Example("“Important, very significant documents” will be signed. [[he told Russian media.]]"),
        Example("The ministry gave no figure. [[He indicated.]]"),
        Example("The talks failed. [[She added.]]"),
        Example("Prices will rise by 5%. [[According to the minister.]]"),
        Example("“We will win.” [[He said on Tuesday.]]"),
        Example("The deal collapsed. [[according to the same source.]]"),
        Example("The war is over. [[She told the BBC.]]"),
        Example("He said so."),
        Example("It was over, as he said."),
        Example("She told reporters: “We will not give up.”"),
        Example("“We will win,” he said on Tuesday."),
        Example("According to the minister, prices will rise."),
        Example("Asked whether he would resign, he said no."),
        Example("She told the truth."),
        Example("The United States."),
        Example("The government has confirmed yesterday the calendar of the reform.",
                note="the verb has its object: a garbled word order, not an attribution"),
        Example("The storm hit Brittany overnight. [[It precised.]]", note="a French incise rendered word for word"),
        Example("The Minister of the Economy, Bruno Le Maire, announced on Sunday on TF1 savings of 10 billion "
                "euros.", note="the noun after the adjuncts is the verb's object"),
        Example("Rwanda vehemently denies this."),
        Example("“I am not here to sign a blank cheque,” the president declared in the street, in front of the "
                "cameras. [[He warned.]]", note="a verb English lets stand alone, after a quote already attributed"),
        Example("“It is over,” she said. She smiled.", note="no speech verb"),
        Example("“We lost everything,” a fisherman told AFP in Boulogne. [[Shuddered the old sailor.]]",
                note="an inverted incise alone after an attributed quote"),
        Example("“Nothing has been decided,” the Elysée said on Monday. [[It was specified.]]",
                note="an impersonal passive incise alone"),
        Example("The storm cut power to 2,000 homes overnight. [[It was stressed on Tuesday.]]",
                note="an impersonal passive with a time"),
        Example("The meeting was postponed. It was announced.", note="a participle that states a fact"),
        Example("The match was cancelled. It was decided.", note="no speech verb"),
        Example("“The state bears a heavy responsibility,” Gilles Simeoni, the president of the executive "
                "council, said on Monday. [[Stressed the nationalist leader.]]",
                note="an inverted speech verb alone after a quote attributed by a name and its apposition"),
        Example("The state bears a heavy responsibility, officials said. Stressed the need for calm, the "
                "minister left.", note="no quote attributed before"),
        Example("“It is over,” she said. Followed a long silence.", note="no person after the verb"),
    ),
)
