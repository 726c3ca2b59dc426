"""ENT003: a name written with and without its accents in the same text ("Erdogan" / "Erdoğan")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.names import names_in
from ...registry import Example, Rule
from .format_variant import explained
from .variants import form_variants


def check(ctx):
    _, accents = form_variants(names_in(ctx))
    text = ctx.doc.text
    for variant in accents:
        if explained(text, variant.start):
            continue  # "Pogačar, as his name is also written"
        times = "once" if variant.majority == 1 else f"{variant.majority} times"
        # a full name written once without the accents it has twice or more ("Gerald Darmanin" beside
        # "Gérald Darmanin"): a slip in one mention, not a house style
        # beside "Gérald Darmanin"), or once against once after it: a slip in one mention, not a house style
        # (in a tie the form written first is the usual one)
        slip = variant.count == 1 and variant.shared and len(variant.text.split()) > 1 or _lone_slip(variant) \
            or _surname_after_full_name(text, variant)
        yield Hit(variant.start, variant.end,
                  f"'{variant.text}' is written '{variant.suggestion}' {times} elsewhere in the text; "
                  f"keep or drop the accents consistently.",
                  suggestion=variant.suggestion, severity=Severity.WARNING if slip else None)


def _lone_slip(variant) -> bool:
    """A one-word name (a brand, a place) written once without the accents it carries at least twice, and
    rare enough in English to be no English word of its own ("Camaieu" beside "Camaïeu" twice)."""
    from ...lang.names import zipf

    word = variant.text.strip()
    return (variant.count == 1 and variant.majority >= 2 and variant.shared and " " not in word and len(word) >= 5
            and zipf(word.lower()) < LONE_RARE_ZIPF)


LONE_RARE_ZIPF = 2.5
# a surname with its given name before it: the given name a known first name or no common English word
FULL_NAME_BEFORE = r"(?P<given>[A-ZÀ-Ý][\w’'-]+)[ \u00a0]+{}(?![\w’'-])"
COMMON_GIVEN_ZIPF = 3.5
MIN_SURNAME = 4


def _surname_after_full_name(text: str, variant) -> bool:
    """A surname alone, written once with other accents than the full name that introduced the person before it
    ("Kylian Mbappé" … "Mbappe", "Remco Evenepoel" … "Evenepoël"): one person's name written two ways."""
    from ...lang.names import fold, name_lexicon, zipf

    odd, usual = variant.text.strip(), variant.suggestion.strip()
    # a surname of two words too ("Oligui Nguéma" after "Brice Clotaire Oligui Nguema"), the same words apart
    # from the accents
    if variant.count != 1 or len(odd) < MIN_SURNAME or odd.count(" ") != usual.count(" ") or odd.count(" ") > 1:
        return False
    lex = name_lexicon()
    for match in re.finditer(FULL_NAME_BEFORE.format(re.escape(usual)), text[:variant.start]):
        given = match.group("given")
        if fold(given) in lex.first_names or zipf(given.lower()) < COMMON_GIVEN_ZIPF and given.lower() != usual.lower():
            return True
    return False


RULE = Rule(
    code="ENT003",
    name="name-accent-variant",
    category=Category.ENTITY_INCONSISTENCY,
    severity=Severity.INFO,
    summary="A name written with and without its accents in the same text.",
    check=check,
    requires=("target.names",),
    doc="""\
## What it does
Finds names written both with and without their diacritics ("Erdoğan"/"Erdogan",
"François"/"Francois", "Québec"/"Quebec", "Élysée"/"Elysee") and reports each less frequent
form, with the most frequent one (the first one written when they are equally frequent) as the
suggestion. Case is ignored, so a dropped accent on a capital ("Elysée"/"Élysée") counts. Only
forms whose neighbouring name words agree are compared: "Zoë Saldaña" and "Zoe Smith" are two
people.

It is information, not a warning: English newsrooms legitimately differ on accents (many
style books drop them, others keep them for names of people), so neither form is wrong; only the
mixture is. One exception is a warning: a full name written once without the accents it carries at
least twice in the same surroundings ("Gerald Darmanin" beside "Gérald Darmanin" twice), or written
once each way (the later form is the slip), which is a slip in one mention rather than a house style. So is a
one-word name of five letters or more that no English text uses as a word, written once without the accents
it carries twice in the same surroundings ("Camaieu" beside "Camaïeu"). So is a surname alone written once with other
accents than the full name that introduced the person before it ("Kylian Mbappé" … "Mbappe"). A form introduced as
another spelling ("also written …") is left alone. Hyphen and space differences are ENT002's.

## Why is this bad?
A name spelled two ways in one article looks careless and splits search and tagging.
Machine translation keeps the accent where the source had it and drops it where the
training data did, so mixtures are typical of unedited MT.

## Example
`Erdogan` in an article that otherwise writes `Erdoğan` → `Erdoğan`.
""",
    examples=(
        Example("Recep Tayyip Erdoğan arrived. Erdoğan spoke, and [[Erdogan]] left."),
        Example("François Hollande spoke. [[Francois Hollande]]'s aides said François Hollande would stay."),
        Example("Québec voted. The Québec government said Québec would appeal, and [[Quebec]] did."),
        Example("The Elysée said so. An Elysée adviser confirmed, and the [[Élysée]] denied nothing."),
        Example("Montreal is cold. Montreal streets are icy, and [[Montréal]] residents complain."),
        Example("Erdoğan spoke. Erdoğan's aides said Erdoğan would stay."),
        Example("Francois Hollande spoke. Francois Hollande's aides agreed."),
        Example("Bogotá is high. Bogotá has rain, and [[Bogota]] has traffic."),
        Example("Zoë Saldaña met Zoe Smith; Zoe Smith left.", note="different entities share no full name"),
        Example("The Québécois voted. Quebec City is the capital of the province."),
        Example("Angela Merkel spoke. Merkel's aides said Merkel would stay."),
        Example("The minister, Gérald Darmanin, went to Brest. Gérald Darmanin praised the rescuers. "
                "[[Gerald Darmanin]] promised help.", note="a warning: a full name, once against twice"),
        Example("Rémi Garde took over the club. Two years later [[Remi Garde]] left it.",
                note="a warning: a full name once against once, later"),
        Example("Gémenos approved the plan. The Gémenos factory hires. Workers in [[Gemenos]] cheered.",
                note="a warning: a rare one-word name once against twice"),
        Example("The judge Marc Trévidic spoke. Marc Trévidic was worried. Mr [[Trevidic]] left.",
                note="a warning: a surname alone after the full name that introduced the person"),
        Example("The striker Kylian Mbappé scored twice. After the match, [[Mbappe]] thanked the fans.",
                note="a warning: the surname alone drops the accent of the full name before it"),
        Example("Élysée officials met. Later the [[Elysee]] denied it.", note="no full name before: information"),
        Example("The champion Tadej Pogačar won; his name is also written Pogacar.",
                note="another spelling given on purpose"),
    ),
)
