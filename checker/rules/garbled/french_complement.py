"""GRB033: a verb complemented as in French ('assures having alerted', 'believes to recognise', 'the evacuated')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

# verbs of saying and thinking that take a clause in English and an infinitive in French ('assure avoir alerté',
# 'conteste être concerné'); those that take a gerund in English too ('admits having', 'denies being') are not here
SAY = ("says", "say", "said", "assures", "assure", "assured", "affirms", "affirm", "affirmed", "declares", "declared",
       "estimates", "estimated", "explains", "explained", "thinks", "thought", "believes", "believed", "indicates",
       "indicated", "states", "stated", "contests", "contested", "disputes", "disputed", "claims", "claimed")
# a past participle: an -ed form or an irregular one ('children', 'garden' end in -en and are none)
_PARTICIPLE = (r"(?-i:[a-z]{3,}ed|been|taken|given|seen|written|chosen|broken|forgotten|spoken|fallen|beaten|stolen"
               r"|driven|hidden|risen|shaken|known|shown|grown|thrown|drawn|flown|sworn|done|gone|made|paid|said"
               r"|told|sold|held|kept|left|lost|met|sent|spent|won|brought|bought|thought|caught|taught|fought"
               r"|sought|found|heard|put|set|let|cut|hit|run|begun)")
SAY_GERUND = re.compile(rf"\b(?P<span>(?:{'|'.join(SAY)})\s+(?:having\s+(?:been\s+)?{_PARTICIPLE}"
                        rf"|being\s+{_PARTICIPLE}))\b", re.I)
# what stands before the verb of 'being' when it is a verb: a subject pronoun, a relative pronoun, a name, or the
# comma closing an apposition ('Shein, which contests being'); not a noun ('the performance claims being made')
_SUBJECT_BEFORE = re.compile(r"(?:\b(?:he|she|it|they|we|I|you|who|which|that|also|still|now)|(?-i:\b[A-Z][\w'’-]+)|,)"
                             r"\s+$", re.I)
# verbs of belief that take a clause in English and a bare infinitive in French ('croit reconnaître', 'estiment à')
THINK = ("believes", "believe", "thinks", "think", "estimates", "estimate")
THINK_TO = re.compile(rf"\b(?P<span>(?:{'|'.join(THINK)})\s+to\s+(?!(?:this|that|the|a|an|his|her|their|its|be|have"
                      r"|date|him|them|us|me|you|himself|herself|themselves|myself|yourself|ourselves|itself|oneself)"
                      r"\b)(?-i:[a-z]{3,}))\b", re.I)
# English makes people-nouns of a closed set of participles ('the wounded', 'the accused'); French of any
# ('les évacués', 'les sinistrés', 'les interpellés')
PEOPLE_PARTICIPLES = frozenset("""
wounded injured displaced dead deceased accused disappeared condemned damned oppressed unemployed bereaved
dispossessed persecuted disabled underprivileged disadvantaged marginalised marginalized uninsured insured
uninitiated undecided undocumented learned beloved retired infected vaccinated unvaccinated detained aforementioned
alleged named unnamed privileged gifted talented abused neglected elected excluded starved exploited deprived
affected tired afflicted wicked naked sacred hundred kindred interested concerned divorced married engaged
newlywed converted committed initiated saved
""".split())
# starts with its literal 'the ' (case-sensitive) so that the regex engine skips to each 'the' at once; the word
# boundary before it is checked after the match
PEOPLE_NOUN = re.compile(r"the\s+(?P<span>[a-z]{5,}ed)(?=\s*[,.;:]|\s+(?:has|have|had|is|are|was|were|will|would"
                         r"|said|say|says|of|in|on|at|from|who|and|to)\b)")


def complement_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for each verb or participle used with its French complement."""
    from ..lexicon import anchored_matches, text_words

    lowered, words = text_words(text)
    hits = [(m.start("span"), m.end("span"),
             "A verb of saying with a gerund keeps the French infinitive ('assure avoir alerté'): English says "
             "'says she warned', 'disputes that it is concerned'.")
            for m in anchored_matches(text, lowered, [w for w in ("having", "being") if w in words], SAY_GERUND,
                                      20, 40)
            if "being" not in m.group("span").lower() or _SUBJECT_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    hits += [(m.start("span"), m.end("span"),
              "A verb of belief with 'to' keeps the French infinitive ('croit reconnaître'): English says 'thinks "
              "he recognises'.")
             for m in anchored_matches(text, lowered, [w for w in THINK if w in words], THINK_TO, 0, 40)]
    hits += [(m.start("span"), m.end("span"),
              f"'the {m.group('span')}' makes a noun of a participle as French does ('les évacués'): English says "
              f"'the people {m.group('span')}' or 'the evacuees'.")
             for m in PEOPLE_NOUN.finditer(text)
             if (m.start() == 0 or not text[m.start() - 1].isalnum()) and m.group("span") not in PEOPLE_PARTICIPLES]
    return sorted(hits)


def check(ctx):
    if ctx.doc.lang != "en":
        return
    for start, end, message in complement_hits(ctx.doc.text):
        yield Hit(start, end, message)


RULE = Rule(
    code="GRB033",
    name="french-complement",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A verb or participle used with its French complement: 'assures having alerted', 'believes to recognise'.",
    check=check,
    doc="""\
## What it does
Finds complements French builds and English does not, read as structures over classes of verbs:
- a verb of saying or thinking that takes a clause in English, followed by 'having' and a participle or by
  'being' and a participle: "assures having alerted the minister" (*assure avoir alerté*), "contests being
  concerned" (*conteste être concerné*); verbs that take a gerund in English too ('admits having', 'denies
  being') are not read;
- a verb of belief followed by 'to' and a verb: "believes to recognise" (*croit reconnaître*), "estimate to
  tens of thousands" (*estiment à*); 'believe to be' is left alone;
- 'the' and a participle used as a noun for people, outside the participles English uses so ('the wounded',
  'the accused', 'the displaced'): "the arrival of the evacuated" (*des évacués*).

## Why is this bad?
The words are English, the complement is French: the sentence reads as broken.

## Example
`Françoise Gullung assures having alerted the minister` → `Françoise Gullung says she warned the minister`.
""",
    examples=(
        Example("A former teacher [[assures having alerted]] the minister in person."),
        Example("Shein, which [[contests being concerned]] by the law, lobbied senators."),
        Example("The film follows a prisoner who [[believes to recognise]] his torturer."),
        Example("In this seaside town, the arrival of the [[evacuated]] has provoked a stir."),
        Example("Human rights groups [[estimate to tens]] of thousands the number of detainees."),
        Example("The minister admits having been warned and denies being involved.", note="a gerund in English too"),
        Example("He is believed to have fled; they believe it to be true.", note="English infinitives"),
        Example("“Not again,” I think to myself; she thought to herself.", note="thinking to oneself"),
        Example("The wounded were taken to hospital and the accused was released.", note="English people-nouns"),
        Example("She said having children changed her life.", note="no participle after 'having'"),
        Example("Airlines question the claims being made for the new jets.", note="a noun, not the verb"),
    ),
)
