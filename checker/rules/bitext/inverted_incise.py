"""CAL007: a French inverted incise ("», raconte l'avocat X") kept in English ("tells the lawyer X")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.speakers import lexicon
from ...registry import Example, Rule

# English news prose inverts most reporting verbs after a quote ("explained Mr Miller"), bare; a verb
# that needs its listener as object cannot be inverted at all ("tells the lawyer X")
NEVER_INVERTED = frozenset("tell tells told".split())
BEFORE = re.compile(r"[,\"”’»]\s*$")  # the verb opens an incise: after a comma or a closing quotation mark
LOOK_BACK = 3  # characters before the verb in which BEFORE is sought
# what may stand between an inverted English verb and its subject: an adverb, an indirect object
BETWEEN = re.compile(r"\s+((?:[a-z]+ly|to (?:the )?[\w.-]+|in an? \w+)\s+)?")
# after a verb that is never inverted, a speaker named after the noun: "tells the lawyer Alain Arsenault"
# is an inversion, "told the AFP by telephone" and "tells the story of" are the verb and its object
NAMED = re.compile(r"\s+[A-Z]")
SUBJECT = re.compile(r"(?:(?:the|a|an)\s+[\w'’-]+|[A-Z][\w'’.-]*)\b")


def _opens_incise(text: str, start: int) -> bool:
    return bool(BEFORE.search(text, max(0, start - LOOK_BACK), start))


def french_incise(text: str, start: int, end: int) -> re.Match | None:
    """The first French reporting verb that opens an incise, its subject after it ("», raconte l'avocat")."""
    for cue in lexicon("fr").cue_re.finditer(text, start, end):
        if _opens_incise(text, cue.start()):
            return cue
    return None


def english_inversions(text: str, start: int, end: int):
    """English incises with the verb before its subject where English does not invert: (start, end, verb)."""
    forms = lexicon("en").cue_forms
    for cue in lexicon("en").cue_re.finditer(text, start, end):
        verb = cue.group()
        form = forms.get(verb.lower())
        if form is None or form.form != "finite" or " " in verb or not _opens_incise(text, cue.start()):
            continue
        between = BETWEEN.match(text, cue.end(), end)
        subject = SUBJECT.match(text, between.end(), end) if between else None
        if subject is None:
            continue
        if not between.group(1) and (verb.lower() not in NEVER_INVERTED or not NAMED.match(text, subject.end())):
            continue
        yield cue.start(), subject.end(), verb


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    for pair in ctx.get("pair.sentences"):
        if not pair.source or not pair.target:
            continue
        french = french_incise(source, *pair.source_span)
        if french is None:
            continue
        for start, end, verb in english_inversions(target, *pair.target_span):
            yield Hit(start, end,
                      f"'{target[start:end]}' keeps the French inverted incise ('{french.group()}' before its "
                      f"speaker); English puts the speaker first ('... the lawyer {verb.lower()}') or uses 'said'.",
                      source_span=french.span())


RULE = Rule(
    code="CAL007",
    name="inverted-incise",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A French inverted incise kept word for word ('tells the lawyer X', 'says bluntly X').",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
French puts the reporting verb before its speaker after a quotation (*», raconte l'avocat
Alain Arsenault*, *assure sans détour Loïc Capron*, *a indiqué à l'AFP un habitant*). English
news prose inverts a bare reporting verb after a quote ("explained Mr Miller"), but not one
that takes its listener as object ("tells the lawyer Alain Arsenault"), nor a verb with an
adverb or an indirect object before its subject ("says bluntly Loïc Capron", "indicated to
the AFP an inhabitant"). Such an English incise is reported when the aligned
French sentence has an inverted incise.

## Why is this bad?
The reader stumbles on an order English does not use after a quote; with an adverb or an
object in between, the speaker can read as the object of the verb.

## Example
Source: `« C'est fini », raconte l'avocat Alain Arsenault.`
Translation: `"It's over," tells the lawyer Alain Arsenault.` → `the lawyer Alain Arsenault says`.
""",
    examples=(
        Example("\"It's over,\" [[tells the lawyer]] Alain Arsenault.",
                source="« C'est fini », raconte l'avocat Alain Arsenault."),
        Example("\"Nobody saw it coming,\" [[says bluntly Loïc]] Capron.",
                source="« Personne ne l'a vu venir », assure sans détour Loïc Capron."),
        Example("\"It's over,\" said the lawyer Alain Arsenault.",
                source="« C'est fini », raconte l'avocat Alain Arsenault."),
        Example("\"It's over,\" the lawyer Alain Arsenault says.",
                source="« C'est fini », raconte l'avocat Alain Arsenault."),
        Example("He explains the rules to the players.", source="Il explique les règles aux joueurs."),
        Example("The rebels left, [[indicated to the AFP an inhabitant]] of Jomba.",
                source="Les rebelles sont partis, a indiqué à l'AFP un habitant de Jomba."),
        Example("\"We will appeal,\" [[told the lawyer]] Marc Dupont.",
                source="« Nous ferons appel », a déclaré l'avocat Marc Dupont."),
        Example("\"The figures are good,\" [[explains calmly the president]] of the board.",
                source="« Les chiffres sont bons », explique calmement la présidente du conseil."),
        Example("\"The figures are good,\" explained Alexei Miller.",
                source="« Les chiffres sont bons », a expliqué Alexei Miller."),
        Example("He was injured, told the AFP by telephone a resident.",
                source="Il a été blessé, a indiqué à l'AFP un habitant."),
    ),
)
