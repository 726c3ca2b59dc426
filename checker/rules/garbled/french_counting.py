"""GRB016: French ways of counting people and time ('a Rwandan of 39 years', 'among which five seriously')."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Severity
from ...registry import Example, Rule
from ..lexicon import LazyPattern

_NUMBER = (r"(?:(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
           r"|twenty|thirty|forty|fifty|a hundred|hundreds|dozens|a dozen|several|some)")
_YEAR = r"(?:1[89]|20)\d\d"
_AGE = (r"(?:\d{1,3}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty"
        r"|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three"
        r"|four|five|six|seven|eight|nine)")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:days|weeks|months|years|decades|hours)"
# what 'since' takes as a point or span of time
_TIME = (rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}|{_DAY}|{_YEAR}|last\s+\w+|yesterday|the\s+(?:start|beginning|end|summer"
         rf"|spring|autumn|winter|weekend|election|attack|accident|war|crisis|fire|flood|explosion|assault"
         rf"|aggression|riots?|coup|murder|arrest)\b|(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+)?"
         rf"{_NUMBER}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\s+{_UNIT})")
# states French counts from a point with 'depuis' and the present or imperfect ('il est détenu depuis')
STATE_PARTICIPLES = (r"(?:detained|held|imprisoned|jailed|incarcerated|hospitali[sz]ed|closed|blocked|suspended"
                     r"|banned|occupied|installed|based|established|married|separated|divorced|missing|unemployed"
                     r"|paraly[sz]ed|plunged|stationed|exiled|retired|deployed|confined|stuck|trapped|sought"
                     r"|wanted|blocked|interrupted|frozen)")
_STATE_PLACES = r"(?:a\s+coma|custody|detention|exile|hiding|power|office|hospital|prison|jail|charge)"
SHAPES = (
    (("among",), r"\b(?P<span>among\s+(?:whom|which)\s+(?:(?:that|those)\s+of\b|(?:\d[\d,]*|two|three|four|five"
                 r"|six|seven|eight|nine|ten|several|many|some|dozens|hundreds|a\s+dozen|the|his|her|their|its)\s+"
                 r"(?:(?!(?:is|are|was|were|has|have|had|being|been)\b)(?-i:[\w-]+)(?<!ed)\s+){0,2}?"
                 r"(?!(?:is|are|was|were|has|have|had)\b)[\w-]+(?<!ed)(?=\s*[.;:])))",
     "'Among which five seriously' is the French 'dont cinq grièvement'; English says 'including five "
     "seriously' or 'five of them seriously'."),
    (("since",), rf"\b(?P<span>(?:(?:is|are|was|were)\s+(?:still\s+)?{STATE_PARTICIPLES}"
                 rf"|(?:was|were)\s+(?:still\s+)?in\s+{_STATE_PLACES}"
                 # a verb of lasting in the present: 'which lasts since' (qui dure depuis)
                 rf"|(?<!\bhas\s)(?<!\bhave\s)(?:lasts|continues|persists|drags\s+on))"
                 rf"\b(?:\s+(?!since\b)[\w'’-]+){{0,4}}?\s+since\s+{_TIME})",
     "A present or past with 'since' ('he is detained since March') is the French 'est détenu depuis'; English "
     "says 'has been detained since March' ('had been' in the past)."),
    (("world", "planet", "country", "continent"),
     r"\b(?:(?:one\s+of\s+)?the\s+(?:most|least)\s+[\w-]+(?:\s+[\w-]+)?|the\s+(?-i:[a-z]{3,}est)\s+[\w-]+)"
     r"\s+(?P<span>of\s+the\s+(?:world|planet|country|continent))\b(?!['’]s)",
     "'The biggest of the world' is the French 'le plus grand du monde'; English says 'in the world'."),
    (("died", "dies", "retired", "married", "became", "began", "started", "debuted", "emigrated", "widowed",
      "entered", "joined", "enrolled", "left"),
     r"\b(?:died|dies|retired|married|became|began|started|debuted|emigrated|widowed|entered|joined|enrolled|left)\b"
     r"(?:\s+(?![.,;])[\w'’-]+){0,5}?"
     rf"\s+(?P<span>at\s+{_AGE}\s+years)\b(?!\s+(?:old|of\s+age))",
     "'Died at 43 years' is the French 'mort à 43 ans'; English says 'died at 43' or 'died aged 43'."),
    (("of",), r"\b(?P<span>of\s+(?:whom|which)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
              r"(?-i:[a-z]{3,}ly))(?=\s*[,.;:])",
     "'Of whom one seriously' is the French 'dont un grièvement'; English says 'one of them seriously'."),
    # 'dont' before a verbless count: 'of whom five children', 'of which one for “…”'
    (("whom", "which"), r"(?<=,)\s+(?P<span>of\s+(?:whom|which)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten"
                        r"|a\s+dozen|dozens|several|\d{1,3})"
                        r"(?:(?=\s+(?:for|in|at|from|on|with|by)\b)|\s+(?:(?!(?:is|are|was|were|has|have|had|of|were"
                        r"|will|would|could|can|must)\b)(?-i:[a-z-]{3,})(?<!ed)(?=\s*[,.;:]))))",
     "'Of whom five children' is the French 'dont cinq enfants'; English says 'including five children'."),
    # any counted plural, not only units ('dix-huit cantons et demi')
    (("half",), rf"\b(?P<span>{_AGE}\s+(?-i:[a-z]{{2,30}}s)\s+and\s+a\s+half)\b",
     "'Six minutes and a half' is the French 'six minutes et demie'; English says 'six and a half minutes'."),
    (("less", "fewer"), rf"\b(?P<span>(?:less|fewer)\s+of)\s+(?:{_NUMBER})\b(?!\s+(?:of|the)\b)",
     "'Less of ten per cent' is the French 'moins de'; English says 'less than'."),
)
# 'since' after an ordinal or superlative is English ('the first time it was closed since 2008')
_SINCE_FINE = re.compile(r"\b(?:first|second|third|last|only|ever|\w{3,}est|most|least)\b[^.!?\n]{0,80}$", re.I)


@functools.lru_cache(maxsize=1)
def _compiled():
    return tuple((frozenset(words), LazyPattern(pattern, re.I), message) for words, pattern, message in SHAPES)


def counting_hits(text: str) -> list[tuple[int, int, str]]:
    from ..lexicon import text_words

    from ..lexicon import anchored_matches

    lowered, words = text_words(text)
    hits = []
    for needs, pattern, message in _compiled():
        anchors = needs & words
        if not anchors:
            continue
        for match in anchored_matches(text, lowered, anchors, pattern, 90, 90):
            start, end = match.span("span")
            if "since" in needs and _SINCE_FINE.search(text, max(0, start - 80), start):
                continue
            hits.append((start, end, message))
    from .french_age import age_hits

    taken = [(s, e) for s, e, _ in hits]  # 'two years and a half' is reported once, as a count
    hits += [h for h in age_hits(text) if not any(s < h[1] and h[0] < e for s, e in taken)]
    return hits


def check(ctx):
    if ctx.doc.lang != "en":
        return
    hits = counting_hits(ctx.doc.text)
    if hits:
        from .deferral import deferred_hits
        yield from deferred_hits(ctx, hits)


RULE = Rule(
    code="GRB016",
    name="french-counting",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="French ways of counting people and time ('a Rwandan of 39 years', 'aged of 30 years', 'among which five "
            "seriously', 'he is detained since March').",
    check=check,
    doc="""\
## What it does
Reports quantities built the French way: a person's age with 'of' after a person noun or a demonym
(*un Rwandais de 39 ans*, *un étudiant de 27 ans*, *une femme d'une quarantaine d'années*: 'a student of 27
years', 'a woman of about forty years'; the nouns in checker/data/person_ages.yaml and the speaker lexicon's role
nouns, less those whose years are a length of service or of a bond, 'a veteran of 30 years', 'her husband of
40 years'; 'aged of', *âgé de*, is GRB013's, with the same ages), 'among which' or 'among whom' before a
verbless count or 'that of' (*dont
cinq grièvement*, *dont celui de*), a state that lasts with 'is' or 'was' and 'since' (*il est
détenu depuis mars*; the present 'is in prison since' is GRB012's) or a verb of lasting in the present
('which lasts since', *qui dure depuis*), 'of the world' after a superlative, its noun said or not (*le
plus grand du monde*, *le plus permissif du monde*), an age with 'at N years' after a life event (*mort
à 43 ans*, *entré au Conservatoire à dix ans*), 'of whom one seriously' (*dont un grièvement*), 'of whom
five children' after a comma (*dont cinq enfants*), 'six minutes and a half' (*six minutes et
demie*) and 'less of' before a number (*moins de*).
English uses of the same words are left alone: 'a veteran of 30 years', 'a sentence of 20 years', 'a career of 30
years', 'a man of 40 years' experience', 'a woman of 90 years old' (dated, but English),
'among whom three were injured', 'has been detained since March', 'the first time it was closed
since 2008', 'less of the budget'.

## Why is this bad?
Each is a French count under English words: the reader has to rebuild it ('a 39-year-old',
'including five', 'has been detained'). Casualties counted with 'make' ('made 700 dead') are the
calque rules' (CAL002).

## Example
`The reporter is detained since March.` → `The reporter has been detained since March.`
""",
    examples=(
        Example("The volunteer, a Rwandan [[of 39 years]], was questioned again."),
        Example("The fire killed eleven people, [[among which four children]]."),
        Example("The police found several bodies, [[among which that of]] the owner."),
        Example("The reporter [[is detained in Iran since last summer]]."),
        Example("The patient [[was plunged in a coma since the accident]]."),
        Example("It is one of the most beautiful cities [[of the world]]."),
        Example("The protest gathered 3,000 people, [[among which the mayor]]."),
        Example("The descent lasted [[six minutes and a half]], the engineers said."),
        Example("His wife died of a cancer [[at 43 years]]."),
        Example("Three people were hurt, [[of whom one seriously]], the police said."),
        Example("[[Less of]] ten per cent of the voters turned out."),
        Example("Opponents called the bill the most permissive [[of the world]]."),
        Example("The strike [[continues since Monday]] in the Renault plants."),
        Example("At least 50 people, [[of whom five children]], were killed."),
        Example("Entered at the Conservatoire [[at ten years]], he studied the piano."),
        Example("He is a veteran of 30 years in the police force."),
        Example("The suspect, a student [[of 27 years]] at Université Laval, was arrested."),
        Example("The victim is a woman [[of about forty years]], the police said."),
        Example("The little boy of [[two years and a half]] disappeared on Saturday."),
        Example("Her husband of 40 years died in March.", note="the length of a marriage"),
        Example("He was a man of 40 years' experience in the trade.", note="the length of a career"),
        Example("She was a woman of 90 years old when she died.", note="dated, but English"),
        Example("The court gave him a sentence of 10 years.", note="a length, not a person"),
        Example("He is a policeman of 20 years in the force.", note="a length of service"),
        Example("The court handed down a sentence of 20 years."),
        Example("The bombing made more than 300 families homeless."),
        Example("Fourteen were injured, among whom three were in serious condition."),
        Example("The reporter has been detained in Iran since last summer."),
        Example("It was the first time the border was closed since 1990."),
        Example("Less of the budget goes to defence this year."),
        Example("Several ministers came, among whom the mayor was the first to speak."),
        Example("It is one of the most important novels of the century."),
        Example("The sentence was fixed at 10 years by the court."),
        Example("He died at 43 years old, in his sleep.", note="'years old' after the number"),
        Example("The meeting lasted an hour and a half."),
        Example("[[Nine regions and a half]] voted for the motion.", note="any counted plural, not only units"),
        Example("Nine and a half regions voted for the motion; two and a half hours later it ended."),
        Example("Revenue reached ten billion, of which two thirds came from Asia."),
        Example("The war, which has lasted since 2014, is not over."),
        Example("He is one of the most gifted of the country's young players."),
        Example("There were ten proposals, of which two were accepted."),
    ),
)
