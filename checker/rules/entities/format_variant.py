"""ENT002: a name hyphenated, spaced or joined differently from its usual form ("Kim Jong Un" / "Kim Jong-un")."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ...findings import Category, Hit, Severity
from ...lang.latin1 import for_text
from ...lang.names import names_in, normalise_marks
from ...registry import Example, Rule
from .variants import form_variants

CLEAR_MAJORITY = 3
# a place name whose hyphens join capitalised words through lowercase links ("Cagnac-les-Mines",
# "Boulogne-sur-Mer", "Saint-Jean-de-Luz"): the name finder reads the spaced form as two names
# the variant introduced as another spelling on purpose ("whose name is also written Yoon Suk-yeol")
EXPLAINED_RE = re.compile(r"(?:written|spelt|spelled|spelling|known as|also called|transliterated|romani[sz]ed|"
                          r"a\.k\.a\.?|alias)\s+(?:as\s+)?[“\"«‘']?\s*$", re.I)
LINKED_PLACE_RE = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w’']+(?:-[A-ZÀ-Ý][\w’']+)*(?:-[a-zà-ÿ]{1,4}){1,2}"
                             r"-[A-ZÀ-Ý][\w’']+(?![\w-])")
HYPHEN_CAPITAL_RE = re.compile(r"-[A-ZÀ-Ý]")  # in every match of LINKED_PLACE_RE and COMPOUND_FIRST_RE


def check(ctx):
    text = ctx.doc.text
    formats, _ = form_variants(names_in(ctx))
    # how often each form is written, as the other variants count it: a form compared in one surrounding only
    # ("Raymond Legrand" beside "Le Grand") may still be the text's usual one
    written = {}
    for variant in formats:
        written[variant.suggestion] = max(written.get(variant.suggestion, 0), variant.majority)
    reported = set()
    for variant in formats:
        reported.add((variant.start, variant.end))
        if explained(text, variant.start) or written.get(variant.text, 0) > variant.majority:
            continue  # the usual form ("Legrand" five times, "Le Grand" once): the other is the slip
        if _spaced(variant) and _named_place(text, variant.suggestion):
            continue  # "President Alassane Ouattara" beside "the stadium Alassane-Ouattara": the place is hyphenated
        # a hyphenated name written once with a space ("Jean Luc" beside "Jean-Luc" twice), in the same
        # surroundings ("Saint Germain" alone is not "Paris Saint-Germain") and not as a gloss in brackets
        # ("Commission scolaire Marguerite-Bourgeoys (Marguerite Bourgeoys School Board)")
        # — or once against once, later (in a tie the form written first is the usual one), both forms
        # beginning their names ("Alain Fabien Delon" after "Alain-Fabien") or in the same surroundings
        unhyphenated = (variant.count == 1 and (variant.shared or variant.lead) and _spaced(variant)
                        and not _bracketed(text, variant))
        # a particle joined to the surname ("Marine Lepen" beside "Jean-Marie Le Pen")
        clear = unhyphenated or variant.particle or _split_once(variant) or (
            variant.majority >= CLEAR_MAJORITY and variant.majority >= 2 * variant.count) or _same_first_name(variant) \
            or (variant.count == 1 and _spaced(variant) and _compound_surname(variant.suggestion, text)
                and not _bracketed(text, variant))
        times = "once" if variant.majority == 1 else f"{variant.majority} times"
        yield Hit(variant.start, variant.end,
                  f"'{variant.text}' is written '{variant.suggestion}' {times} elsewhere in the text; "
                  f"hyphenate and space the name the same way throughout.",
                  suggestion=variant.suggestion,
                  severity=None if clear else Severity.INFO)


    for start, end, usual in _spaced_places(text):
        if (start, end) not in reported and not _bracketed(text, _Span(start, end)):
            reported.add((start, end))
            yield Hit(start, end, f"'{text[start:end]}' is written '{usual}' elsewhere in the text; hyphenate the "
                      f"place name the same way throughout.", suggestion=usual)
    for start, end, usual in _particle_cases(text):
        if not any(s < end and start < e for s, e in reported) and not explained(text, start):
            reported.add((start, end))
            yield Hit(start, end, f"'{text[start:end]}' is written '{usual}' elsewhere in the text; write the "
                      f"particle of the name with the same capital throughout.", suggestion=usual)
    for start, end, usual in _spaced_first_names(text):
        if not any(s < end and start < e for s, e in reported) and not _bracketed(text, _Span(start, end)) \
                and not explained(text, start):
            yield Hit(start, end, f"'{text[start:end]}' is written '{usual}' elsewhere in the text; keep the "
                      f"hyphen of the compound first name.", suggestion=usual)


# a given name, a surname particle and the surname ("Elio Di Rupo", "Elio di Rupo")
PARTICLE_NAME_RE = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+)[ \u00a0]"
                              r"((?i:de|di|da|du|del|della|van|von|der|dos|das|le|la))[ \u00a0]([A-ZÀ-Ý][\w’'-]+)")


def _particle_cases(text: str):
    """(start, end, usual form) for a full name whose particle is capitalised otherwise than in the same name
    elsewhere: the rarer form, or in a tie the later one (the first mention is the careful one)."""
    forms: dict[tuple[str, str, str], list[re.Match]] = defaultdict(list)
    for match in PARTICLE_NAME_RE.finditer(text):
        forms[match.group(1), match.group(2).lower(), match.group(3)].append(match)
    for matches in forms.values():
        by_case = Counter(m.group(2) for m in matches)
        if len(by_case) < 2:
            continue
        usual = max(by_case, key=lambda p: (by_case[p], -next(m.start() for m in matches if m.group(2) == p)))
        fixed = next(m for m in matches if m.group(2) == usual).group()
        for match in matches:
            if match.group(2) != usual:
                yield match.start(), match.end(), fixed


def explained(text: str, start: int) -> bool:
    """The name at `start` is given as another spelling on purpose ("also written …", "known as …", "Pogačar, as
    his name is spelled in Slovenian")."""
    if EXPLAINED_RE.search(text, max(0, start - 40), start) is not None:
        return True
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in "’'-"):
        end += 1
    return EXPLAINED_AFTER_RE.match(text, end) is not None


# the spelling explained right after the name: ", as his name is spelled in Slovenian", " (also written …)"
EXPLAINED_AFTER_RE = re.compile(r"[ \t]*[,(][ \t]*(?:as[ \t]+)?(?:(?:his|her|its|their|the)[ \t]+)?(?:name[ \t]+)?"
                                r"(?:is[ \t]+)?(?:also[ \t]+)?(?:spelt|spelled|written|transliterated)\b", re.I)


class _Span:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _spaced_places(text: str):
    """(start, end, hyphenated form) of each spaced or half-hyphenated copy of a linked place name written
    with all its hyphens elsewhere ("Cagnac les Mines" beside "Cagnac-les-Mines")."""
    if HYPHEN_CAPITAL_RE.search(text) is None:
        return  # every linked place name has one (the pattern opens on a look-behind: tried at every character)
    seen = set()
    for match in for_text(LINKED_PLACE_RE, text).finditer(text):
        usual = match.group()
        if usual in seen:
            continue
        seen.add(usual)
        parts = usual.split("-")
        pattern = re.compile(r"(?<![\w-])" + r"[ \u00a0-]".join(map(re.escape, parts)) + r"(?![\w-])")
        others = [o for o in _matches_at(pattern, text, parts[0])
                  if o.group() != usual and (" " in o.group() or "\u00a0" in o.group())]
        if others and text.count(usual) >= len(others) and match.start() < others[0].start():
            for other in others:  # the hyphenated form is the usual one: as frequent, and written first
                yield other.start(), other.end(), usual


def _matches_at(pattern: re.Pattern, text: str, first: str):
    """`pattern.finditer(text)` for a pattern whose matches begin with the word `first`: tried only where
    `first` occurs (str.find), not at every position of the text, once per place name."""
    pos = text.find(first)
    while pos != -1:
        match = pattern.match(text, pos)
        if match is None:
            pos = text.find(first, pos + 1)
        else:
            yield match
            pos = text.find(first, match.end())


def _spaced_first_names(text: str):
    """(start, end, hyphenated form) of the one spaced copy of a compound first name written hyphenated
    elsewhere ("Jeanne Claude" beside "Jeanne-Claude", "Guy Manuel" beside "Guy-Manuel"): a French double
    first name keeps its hyphen, and the name finder may miss either form (a sentence-initial "Guy")."""
    from ...lang.names import fold, name_lexicon

    if HYPHEN_CAPITAL_RE.search(text) is None:
        return  # every compound first name has one
    first_names = name_lexicon().first_names
    seen = set()
    spaced_pairs = None
    for match in for_text(COMPOUND_FIRST_RE, text).finditer(text):
        usual = match.group()
        if usual in seen or fold(match.group(1)) not in first_names:
            continue
        seen.add(usual)
        if spaced_pairs is None:
            spaced_pairs = _spaced_pairs(text)
        spaced = spaced_pairs.get(match.groups(), ())
        if len(spaced) == 1 and not _other_surname(text, match.end(), spaced[0][1]):
            yield spaced[0][0], spaced[0][1], usual


# where a capitalised word and another stand with a space between them ("Jeanne Claude"), each pair looked for
# once in the text rather than the text searched once per compound first name; a look-ahead, so that pairs that
# share a word ("Jean Luc Marie": "Jean Luc", "Luc Marie") are all found
SPACED_PAIR_RE = re.compile(r"(?<![\w-])(?=([A-ZÀ-Ý][a-zà-ÿ]{2,}) ([A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w-]))")


def _spaced_pairs(text: str) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(start, end) of each spaced pair of capitalised words, by its two words."""
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for match in SPACED_PAIR_RE.finditer(text):
        first, second = match.groups()
        pairs.setdefault((first, second), []).append((match.start(), match.start() + len(first) + 1 + len(second)))
    return pairs


NEXT_NAME_RE = re.compile(r" ((?:(?:de|du|des|le|la|van|von|di|da) )?[A-ZÀ-Ý][\w’'-]+)")


def _other_surname(text: str, usual_end: int, spaced_end: int) -> bool:
    """Both forms go on with a surname, and not the same one ("Jean Paul Gaultier" beside "Jean-Paul Sartre"):
    two people."""
    one, two = NEXT_NAME_RE.match(text, usual_end), NEXT_NAME_RE.match(text, spaced_end)
    return one is not None and two is not None and one.group(1) != two.group(1)


# a hyphenated pair of capitalised words whose first is a first name ("Jean-Luc", "Guy-Manuel"); the second
# is a name of its own, not a lowercase link ("Kim Jong-un") nor a third part ("Jean-Marie-Pierre")
COMPOUND_FIRST_RE = re.compile(r"(?<![\w-])([A-ZÀ-Ý][a-zà-ÿ]{2,})-([A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w-])")


def _split_once(variant) -> bool:
    """A one-word name written twice or more, split once into two capitalised words in the same surroundings
    ("Abdel Aziz Bouteflika" beside "Abdelaziz Bouteflika" twice)."""
    odd, usual = variant.text.split(), variant.suggestion.split()
    return (variant.count == 1 and variant.majority >= 2 and variant.shared and len(odd) == len(usual) + 1
            and all("-" not in w for w in usual) and all(w[:1].isupper() for w in odd))


def _compound_surname(usual: str, text: str) -> bool:
    """The usual form joins two rare capitalised words with a hyphen ("Dupond-Moretti", "Kolo-Muani"), or two
    words no commoner than names that follow a first name ("Karin Keller-Sutter"): a double surname, which is
    never written apart; "Saint-Martin" and "Jean-Luc" join words that stand alone too."""
    from ...lang.names import fold, name_lexicon, zipf

    for token in usual.split():
        parts = token.split("-")
        if len(parts) != 2 or not all(len(p) >= 4 and p[:1].isupper() for p in parts):
            continue
        if all(zipf(p.lower()) < COMMON_PART_ZIPF for p in parts):
            return True
        first_names = name_lexicon().first_names
        if all(zipf(p.lower()) < NAME_PART_ZIPF and fold(p) not in first_names for p in parts) and any(
                fold(m.group(1)) in first_names for m in FIRST_NAME_BEFORE_RE.finditer(text)
                if text.startswith(token, m.end())):
            return True
    return False


COMMON_PART_ZIPF = 3.0
NAME_PART_ZIPF = 4.0  # "Keller", "Sutter": surnames English also writes as words, rarely
FIRST_NAME_BEFORE_RE = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+)[ \u00a0](?=[A-ZÀ-Ý][a-zà-ÿ]+-[A-ZÀ-Ý])")


def _same_first_name(variant) -> bool:
    """Once against once, later, with the same first name written as a word of its own before the part that
    differs ("Julien Leguet" after "Julien Le Guet", "Randal Kolo-Muani" after "Randal Kolo Muani"): one person
    whose name was written two ways, not "Tel-Aviv" against "Tel Aviv"."""
    odd, usual = variant.text.split(), variant.suggestion.split()
    return (variant.count == 1 and variant.majority == 1 and len(odd) >= 2 and len(usual) >= 2
            and odd[0] == usual[0] and odd[0][:1].isupper() and "-" not in odd[0] and len(odd[0]) >= 3)


def _spaced(variant) -> bool:
    """The usual form joins two parts with a hyphen where the odd one puts a space."""
    usual, odd = normalise_marks(variant.suggestion), normalise_marks(variant.text)
    return "-" in usual and usual.replace("-", " ") == odd.replace("-", " ") and usual.count(" ") < odd.count(" ")


# nouns of places named after a person, whose names French hyphenates ("stade Alassane-Ouattara", "rue Jean-Jaurès")
PLACE_NOUNS = frozenset("""
stadium stade avenue boulevard street rue square place bridge pont airport aéroport university université hospital
hôpital school lycée college collège institute institut centre center hall station gare park parc quay quai arena
""".split())
PLACE_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _named_place(text: str, usual: str) -> bool:
    """Every time the hyphenated form is written, a place noun stands before it: a place named after a person, which
    French hyphenates, beside the person's own name written apart."""
    starts = [m.start() for m in re.finditer(re.escape(usual), text)]
    for start in starts:
        before = PLACE_BEFORE_RE.search(text, max(0, start - 30), start)
        if before is None or before.group(1).lower() not in PLACE_NOUNS:
            return False
    return bool(starts)


def _bracketed(text: str, variant) -> bool:
    return text[variant.start - 1:variant.start] == "(" or text[variant.end:variant.end + 1] == ")"


RULE = Rule(
    code="ENT002",
    name="name-format-variant",
    category=Category.ENTITY_INCONSISTENCY,
    severity=Severity.WARNING,
    summary="A name hyphenated, spaced or joined differently from its usual form in the same text.",
    check=check,
    requires=("target.names",),
    doc="""\
## What it does
Compares every name (and every run of up to four of its words) with the others after removing
spaces, hyphens, apostrophes, accents and case. Two forms that then coincide but were written
differently ("Kim Jong-un", "Kim Jong Un", "Kim Jongun"; "Le Pen", "Lepen"; "AP-HP", "APHP")
are one name written two ways. Each less frequent form is reported with the most frequent one as
the suggestion (the first one written when they are equally frequent). It is a warning when the
usual form occurs at least three times and at least twice as often, or when a hyphenated name is
written once with a space where it is hyphenated at least twice in the same surroundings ("Jean Luc
Mélenchon" beside "Jean-Luc Mélenchon"), unless the spaced form is a gloss in brackets; information
otherwise. "Saint Germain" alone is not compared as a slip of "Paris Saint-Germain". Once against
once, the later form is a warning when it drops the hyphen of a name in the same surroundings or where
both forms begin their names ("Alain Fabien Delon" after "Alain-Fabien"), and a surname whose particle
is joined after a first name ("Marine Lepen") is a warning beside the particle written apart ("Jean-Marie
Le Pen"), whoever bears it; "Mr Lemaire" alone may be someone else.
Once against once, the later form is a warning whatever the change (a hyphen added, a particle joined)
when both forms start with the same first name ("Julien Le Guet" … "Julien Leguet"), and a double surname of
two rare words ("Dupond-Moretti") written once apart is a warning after any title. A place name whose hyphens
link capitalised words through lowercase ones ("Cagnac-les-Mines", "Boulogne-sur-Mer"), written spaced
where the hyphenated form is at least as frequent and comes first, is a warning. A place named after a person,
which French hyphenates ("the stadium Alassane-Ouattara", "rue Jean-Jaurès"), is not the person's name written
apart ("President Alassane Ouattara"). A compound first name
("Jeanne-Claude", "Guy-Manuel") written once with a space where it is hyphenated elsewhere is a warning,
found in the text itself (a sentence-initial "Guy" escapes the name finder), unless the two forms go on with
different surnames ("Jean Paul Gaultier", "Jean-Paul Sartre"); so is a one-word name written twice and split
once into two capitalised words in the same surroundings ("Abdel Aziz Bouteflika" beside "Abdelaziz
Bouteflika"). A form given on purpose ("whose name is also written …") is left alone.
Capitalisation alone is not a difference (headlines capitalise "Jong-Un"), but for a surname's particle after
the same given name ("Elio Di Rupo" … "Elio di Rupo"): the rarer form, or once against once the later one, is a
warning. Forms that differ only
in accents are left to ENT003. A form is compared only with forms whose neighbouring name words
agree, so the same words inside the names of two different people are not merged.

A double surname after a first name ("Karin Keller-Sutter") is never written apart, even when its parts are
words English writes now and then, if neither is a first name: a spaced form once is reported.

## Why is this bad?
An article should write a name one way. Mixed forms look careless, and they break searches,
tags and indexes that treat "Kim Jong Un" and "Kim Jong-un" as different strings.

## Example
`Kim Jong Un` in an article that otherwise writes `Kim Jong-un` → `Kim Jong-un`.
""",
    examples=(
        Example("The finance minister, Karin Weber-Fischer, defended the plan.\n\nLater [[Weber Fischer]] said the "
                "banks would pay.", note="a double surname after a first name, spaced once"),
        Example("The composer Michel Legrand has died. Michel Legrand wrote for Demy; his father Raymond Legrand "
                "conducted, his sister Christiane Legrand sang. Until the end, [[Le Grand]] gave concerts.",
                note="the usual form is counted over all its surroundings: only the odd one is reported"),
        Example("Kim Jong-un arrived. Kim Jong-un spoke, and Kim Jong-un left. Later [[Kim Jong Un]] returned."),
        Example("Marine Le Pen spoke. Le Pen said the vote was lost, and Le Pen left. [[Lepen]] will run again."),
        Example("Yoon Suk Yeol visited Kyiv. Yoon Suk Yeol met Zelensky, and Yoon Suk Yeol left. "
                "[[Yoon Suk-yeol]] will return."),
        Example("The AP-HP runs the hospital. The AP-HP said the AP-HP would appeal. The [[APHP]] denied it."),
        Example("Saint-Denis voted. Saint-Denis is near Paris, and Saint-Denis is growing. "
                "[[Saint Denis]] has a cathedral."),
        Example("Tel Aviv was calm. Officials in [[Tel-Aviv]] said so.", note="1 against 1: information"),
        Example("Kim Jong-un arrived. KIM JONG-UN SPEAKS, the banner said, and Kim Jong-Un left.",
                note="capitalisation alone is not a difference"),
        Example("Erdoğan spoke. Erdogan's aides said Erdoğan would stay.", note="accents are ENT003's"),
        Example("Jean-Marie Le Pen spoke. Marine Le Pen did not. Jean-Marie Le Pen left."),
        Example("The U.S. and the US Army: US officials said the U.S. would act."),
        Example("Vladimir Putin arrived. Putin's aides said Vladimir Putin's plane landed."),
        Example("Jean-Luc Mélenchon spoke in Lille. Jean-Luc Mélenchon called for a strike. "
                "[[Jean Luc Mélenchon]]'s party agreed.", note="a warning: once against twice"),
        Example("The team of Paris Saint-Germain won. Paris Saint-Germain celebrated, and the [[Saint Germain]] "
                "district was quiet.", note="information only: not the same surroundings"),
        Example("The prosecutor, Anne Dupuy-Morel, spoke first. Later, [[Anne Dupuy Morel]] said the suspect had "
                "fled.", note="a warning: once against once, later, with the same first name"),
        Example("His son Jean-Baptiste arrived at noon. [[Jean Baptiste]] Martin left at two.",
                note="a warning: both forms begin their names"),
        Example("Marine [[Lepen]] spoke first. Her father, Jean-Marie Le Pen, did not.",
                note="a particle joined to the surname, whoever bears it"),
        Example("The painter Anne Dufour-Lambert exhibited in Lyon. Her brother Paul Dufour met Anne Lambert.",
                note="different people, no joined or spaced form of one name"),
        Example("The activist Thomas Le Goff led the march. Hours later [[Thomas Legoff]] was detained.",
                note="once against once, later, the same first name: a particle joined"),
        Example("Moussa Diaby Traoré scored first. In the second half [[Moussa Diaby-Traoré]] hit the post.",
                note="a hyphen added to a name written apart, the same first name"),
        Example("The flood reached Boulogne-sur-Mer overnight. Firefighters in [[Boulogne sur Mer]] evacuated "
                "200 homes.", note="a linked place name spaced"),
        Example("Rescuers came from Saint-Jean-de-Luz. The port of [[Saint Jean de Luz]] stayed closed.",
                note="a linked place name spaced"),
        Example("The mayor of Villeneuve-sur-Lot spoke. Officials in [[Villeneuve sur-Lot]] agreed.",
                note="one hyphen dropped"),
        Example("The final was played in the stadium Alassane-Ouattara of Ebimpé. President Alassane Ouattara "
                "attended.", note="a place named after the person, hyphenated the French way"),
        Example("President Lee Jae-myung, whose name is also written Lee Jae Myung, met the envoy.",
                note="a second spelling given on purpose"),
        Example("The Charles de Gaulle sailed from Toulon. The Charles de Gaulle returned in May. Sailors on the "
                "[[Charles-de-Gaulle]] were tested.", note="the spaced form is the usual one here: ENT002 reports "
                "the hyphen, as information"),
        Example("The tour passed through Châlons-en-Champagne (Chalons in Champagne, as old maps have it).",
                note="a gloss, not the same name"),
        Example("It was the idea of his partner, [[Anne Claire]], in 1990. Anne-Claire died in 2015.",
                note="a compound first name spaced once"),
        Example("Abdelmadjid Tebboune won. Abdelmadjid Tebboune was sworn in. [[Abdel Madjid Tebboune]] spoke.",
                note="a one-word name split once, the same surname"),
        Example("Jean Paul Gaultier showed his collection. Jean-Paul Sartre had lived nearby.",
                note="two people: different surnames"),
        Example("Tel Aviv was calm, Officials in [[Tel-Aviv]] said; Tel Aviv residents agreed.",
                note="no first name: the majority decides, as information"),
    ),
)
