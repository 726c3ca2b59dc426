"""MIS002: a pronoun continuing a quote's attribution that cannot refer to the quote's speaker."""
from __future__ import annotations

import bisect
import functools
import re

from ...findings import Category, Hit, Severity
from ...lang.names import HONORIFICS, NAME_WORDS  # honorifics, the gender each implies (name_words.txt)
from ...registry import Example, Rule

MIN_CONFIDENCE = 0.7
PRONOUNS = {"en": {"he": "m", "she": "f"}, "fr": {"il": "m", "elle": "f"}}
SWAP = {"en": {"m": "he", "f": "she"}, "fr": {"m": "il", "f": "elle"}}
# "He added", "She also said", "Il a ajouté", "Elle a également précisé"
CONTINUATION_RE = {
    "en": re.compile(r"(?P<pronoun>[Hh]e|[Ss]he)\s+(?:(?:also|then|later|further|again)\s+)?(?P<verb>[a-z]+ed|said|told|wrote|spoke|went on)\b"),
    "fr": re.compile(r"(?P<pronoun>[Ii]l|[Ee]lle)\s+(?:a|avait)\s+(?:(?:aussi|également|ensuite|encore|alors)\s+)?(?P<verb>[a-zéèêàû]+(?:é|i|it|u|t))\b"),
}


def _honorific_re(suffix: str) -> re.Pattern:
    """A gendered form of address or honorific of name_words.txt, capitalised, before a capitalised name."""
    words = {w for kind in ("address", "honorifics") for gender in ("male", "female")
             for w in NAME_WORDS.get(f"{kind}.{gender}{suffix}", ()) if len(w) > 1}  # "M." but not "M" alone
    forms = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?P<h>(?=[A-ZÀ-Þ])(?i:{forms}))\s+(?P<name>[A-ZÀ-Þ][\w'’-]+)")


HONORIFIC_RE = {"en": _honorific_re(""), "fr": _honorific_re(".fr")}  # "Mrs Clinton", "Mme Royal", "Queen Elizabeth"


def _lexicon(lang: str):
    from ...lang.speakers import lexicon
    return lexicon(lang)


def person_gender(name: str, text: str, lang: str) -> str | None:
    """Gender of a named person from the first name, or from an honorific used with the surname."""
    from ...lang.speakers import fold
    parts = name.split()
    if not parts:
        return None
    if len(parts) > 1:
        found = _lexicon(lang).first_names.get(fold(parts[0]))
        if found:
            return found
    return honorific_genders(text, lang).get(parts[-1])


@functools.lru_cache(maxsize=8)
def honorific_genders(text: str, lang: str) -> dict[str, str | None]:
    """Surname -> the gender its first honorific in `text` gives ("Mrs Clinton" -> f), one scan per text."""
    genders: dict[str, str | None] = {}
    for match in HONORIFIC_RE[lang].finditer(text):
        honorific = match.group("h").lower()
        genders.setdefault(match.group("name"), HONORIFICS.get(honorific))
    return genders


def _is_speech_verb(verb: str, lang: str) -> bool:
    forms = (verb, f"a {verb}") if lang == "fr" else (verb,)  # French cues are listed with their auxiliary
    info = _lexicon(lang).cue_forms.get(verb.lower())
    if info is not None and "that" in info.tags:
        return False  # "found", "held": a cue only before "that", which a continuation does not show
    return any(_lexicon(lang).cue_re.fullmatch(form) for form in forms)


def check(ctx):
    lang = ctx.doc.lang if ctx.doc.lang in PRONOUNS else "en"
    text = ctx.doc.text
    sentences = ctx.get("target.sentences")
    names = sorted(ctx.get("target.names") if lang == "en" else [], key=lambda n: n.start)
    name_starts = [n.start for n in names]
    sentence_ends = [s.end for s in sentences]
    for quote in ctx.get("target.quotes"):
        speaker = quote.resolved_speaker
        if not speaker or quote.confidence < MIN_CONFIDENCE or len(speaker.split()) < 2:
            continue
        gender = person_gender(speaker, text, lang)
        if gender is None:
            continue
        anchor = max(quote.end, quote.cue_span[1] if quote.cue_span else quote.end)
        # the first sentence that holds the anchor or ends at most two characters before it
        index = bisect.bisect_right(sentence_ends, anchor - 2)
        if index >= len(sentences) or sentences[index].start > anchor or index + 1 >= len(sentences):
            continue
        here, after = sentences[index], sentences[index + 1]
        match = CONTINUATION_RE[lang].match(text, after.start, after.end)
        if not match or not _is_speech_verb(match.group("verb"), lang):
            continue
        pronoun = match.group("pronoun")
        said_gender = PRONOUNS[lang][pronoun.lower()]
        if said_gender == gender:
            continue
        # another person named in the two sentences may be the one the pronoun means
        nearby = names[bisect.bisect_left(name_starts, here.start):bisect.bisect_left(name_starts, after.end)]
        others = [n for n in nearby if not _same(n.text, speaker)]
        if others or _other_named(text, here.start, after.end, speaker, lang):
            continue
        fix = SWAP[lang][gender]
        yield Hit(match.start("pronoun"), match.end("pronoun"),
                  f"'{pronoun}' continues the attribution of {speaker}'s words, but {speaker} is referred to "
                  f"as a {'man' if gender == 'm' else 'woman'}: either the pronoun is wrong or the next words "
                  f"are given to someone else.",
                  suggestion=fix.capitalize() if pronoun[0].isupper() else fix)


def _same(mention: str, speaker: str) -> bool:
    return mention.split()[-1:] == speaker.split()[-1:] or mention in speaker


NAMED_RE = re.compile(r"\b[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)+")


def _other_named(text: str, start: int, end: int, speaker: str, lang: str) -> bool:
    """A capitalised multi-word name other than the speaker's, as a fallback where names are not extracted."""
    if lang == "en":
        return False
    return any(not _same(m.group(0), speaker) for m in NAMED_RE.finditer(text, start, end))


RULE = Rule(
    code="MIS002",
    name="pronoun-speaker-conflict",
    category=Category.MISATTRIBUTION,
    severity=Severity.WARNING,
    summary="A pronoun continuing an attribution ('He added') that cannot refer to the quote's speaker.",
    check=check,
    requires=("target.quotes", "target.sentences", "target.names"),
    doc="""\
## What it does
After a quote attributed to a named person whose gender the text makes clear (a
first name, or an honorific such as Mr, Mrs, M., Mme used with the surname), looks
at the next sentence: when it continues the attribution with a pronoun and a speech
verb ("He added…", "Elle a précisé…") and the pronoun does not match the speaker,
while no other person is named in between, the pronoun is flagged.

## Why is this bad?
Either the translation flipped the pronoun (French *il*/*elle* for a noun of the
other gender is a classic slip) or the following words are given to a person the
text never introduced: in both cases readers cannot tell who said them.

## Example
`“We will appeal,” said Marine Le Pen. He added that the party was united.` → `She added`.
""",
    examples=(
        Example("“We will appeal,” said Marine Le Pen. [[He]] added that the party was united."),
        Example("“The treaty is ready,” Yuri Ushakov told reporters. [[She]] noted that it would be signed soon."),
        Example("Angela Merkel said the deal was “a historic step”. [[He]] also said talks would continue."),
        Example("“Prices will fall,” said Christine Lagarde on Thursday. [[He]] warned that risks remained."),
        Example("« Nous ferons appel », a déclaré Marine Le Pen. [[Il]] a ajouté que le parti était uni.", lang="fr"),
        Example("“We will appeal,” said Marine Le Pen. She added that the party was united."),
        Example("“We will appeal,” said Marine Le Pen of Emmanuel Macron. He replied that the case was closed.",
                note="another person named: the pronoun may be his"),
        Example("“The treaty is ready,” the adviser told reporters. She noted that it would be signed soon.",
                note="unnamed speaker: gender unknown"),
        Example("“We will win,” said Marine Le Pen. He is her rival.", note="no speech verb"),
        Example("“Prices will fall,” said Lagarde. He warned that risks remained.", note="surname only, no clue to gender"),
    ),
)
