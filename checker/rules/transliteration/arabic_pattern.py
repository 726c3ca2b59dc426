"""TRL004: an Arabic or Persian name with the French diaeresis or accent ("Naïm Kassem", "Omar el-Béchir")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .forms import capitalised_parts, described_as_french, lexicon, listed_spans, read_word

# a vowel pair French keeps apart with a diaeresis ('Naïm', 'Ismaïl', 'Khelaïfi'); English writes a plain i
HIATUS_RE = re.compile(r"[aeou]ï|ï[aeou]")
ACCENT_RE = re.compile(r"[éèêëï]")
# an Arabic particle just before the name part: 'el-Béchir', 'ben Salmane', 'Abou Mazen'
PARTICLE_RE = re.compile(r"(?<![\w-])(?i:al|el|ben|bin|ibn|abu|abou|abd|abdel|ould)[-‐ ]$")
# words that place a name in the Arab world, Iran or Afghanistan (a sentence around the name holds one)
CONTEXT = frozenset("""
hezbollah hamas iran iranian lebanon lebanese syria syrian iraq iraqi saudi qatar qatari yemen yemeni houthi
houthis taliban afghan afghanistan egypt egyptian libya libyan sudan sudanese palestinian palestinians gaza
jordan jordanian kuwait kuwaiti emirates emirati bahrain omani islamic islamist jihadist jihadists sheikh imam
ayatollah emir mullah arab arabs tehran beirut damascus baghdad riyadh doha cairo tripoli khartoum sanaa kabul
ramallah sunni shia shiite isis hijab mosul aleppo benghazi
""".split())
# countries whose names are spelled the French way in their own official use (the Maghreb, francophone Africa):
# a paragraph naming one leaves the diaeresis alone ("Soumaïla Cissé" in Mali)
FRANCOPHONE = frozenset("""
mali malian senegal senegalese niger nigerien burkina guinea guinean ivorian chad chadian cameroon cameroonian
congo congolese gabon gabonese benin togo togolese mauritania mauritanian madagascar djibouti comoros bamako dakar
niamey ouagadougou conakry abidjan algeria algerian algiers tunisia tunisian tunis morocco moroccan rabat
""".split())
# 'the French MP', 'French-Algerian writer': a nationality the shared rule reads only before lowercase words
FRENCH_TITLE_RE = re.compile(r"\b(?:French|Franco-[A-Z]\w+|French-[A-Z]\w+)(?:[ \u00a0]+[\w.’'-]+){0,3}[ \u00a0]+$")
WINDOW = 200  # characters either side of the name searched for a word of CONTEXT
_WORD_RE = re.compile(r"[a-z]+")


def paragraph_words(text: str, start: int, end: int) -> set[str]:
    """The lowercased words of the stretch around a name, within its paragraph."""
    left = text.rfind("\n", max(0, start - WINDOW), start) + 1 or max(0, start - WINDOW)
    right = text.find("\n", end, end + WINDOW)
    right = min(len(text), end + WINDOW) if right < 0 else right
    return set(_WORD_RE.findall(text[left:right].lower()))


def _placed(text: str, start: int, end: int, francophone: bool) -> bool:
    """A word of CONTEXT in the stretch around the name, within its paragraph, or in the article as its main
    place (twice or more), and no francophone country there nor (`francophone`) as the article's main place."""
    words = paragraph_words(text, start, end)
    return not francophone and words.isdisjoint(FRANCOPHONE) and (
        not words.isdisjoint(CONTEXT) or middle_east_article(text))


MIN_ARTICLE_CONTEXT = 2
# (the last text read, how often it names places of CONTEXT, how often francophone countries): read once per text
_ARTICLE: list = [(None, 0, 0)]


def _article_counts(text: str) -> tuple[int, int]:
    memo = _ARTICLE[0]
    if memo[0] is not text:
        words = _WORD_RE.findall(text.lower())
        memo = _ARTICLE[0] = (text, sum(w in CONTEXT for w in words), sum(w in FRANCOPHONE for w in words))
    return memo[1], memo[2]


def middle_east_article(text: str) -> bool:
    """The article names places or movements of the Arab world, Iran or Afghanistan twice or more, and more often
    than francophone countries (a story from Beirut whose paragraph says only "the movement")."""
    context, francophone = _article_counts(text)
    return context >= MIN_ARTICLE_CONTEXT and context > francophone


def francophone_article(text: str) -> bool:
    """The article names francophone countries at least as often as places of CONTEXT (a story from Mali)."""
    context, francophone = _article_counts(text)
    return francophone >= max(1, context)


def check(ctx):
    if not ctx.doc.lang.startswith("en"):
        return
    text = ctx.doc.text
    # a diaeresis, a hyphened particle, "Abou", an inner "dj"
    if "ï" not in text and "-" not in text and "Abou " not in text and "dj" not in text:
        return
    lex = lexicon()
    listed, francophone = None, None
    for start, end, part, word in capitalised_parts(text):
        if part in lex.keep or part in lex.english or read_word(part) is not None:
            continue  # a Slavic ending is TRL002's to read
        if not ACCENT_RE.search(part):
            hit = _french_letters(text, start, end, part)
            if hit is not None:
                listed = listed_spans(text) if listed is None else listed
                if not any(s < end and start < e for s, e in listed):
                    francophone = francophone_article(text) if francophone is None else francophone
                    if _placed(text, start, end, francophone) and not described_as_french(text, start, end):
                        yield hit
            continue
        listed = listed_spans(text) if listed is None else listed
        if any(s < end and start < e for s, e in listed):
            continue  # a listed spelling: TRL001's
        particle = PARTICLE_RE.search(text, max(0, start - 7), start) is not None
        hiatus = HIATUS_RE.search(part.lower()) is not None
        if hiatus and not particle and francophone is None:
            francophone = francophone_article(text)
        if not (particle or hiatus and _placed(text, start, end, bool(francophone))) or described_as_french(text, start, end) \
                or FRENCH_TITLE_RE.search(text, max(0, start - 60), start):
            continue
        plain = part.replace("ï", "i")
        sign = "an Arabic particle before it" if particle else "a diaeresis marking two vowels"
        yield Hit(start, end, f"'{part}' keeps a French spelling of an Arabic or Persian name ({sign}); English "
                              f"writes no accents there ('{plain}' or the usual English form).",
                  suggestion=plain if "ï" in part and not ACCENT_RE.search(plain) else None)


# French letters for Arabic sounds: "ou" for u before a consonant or at the end ("Soudani", "Moudjahid"), "dj" for j
FRENCH_OU_RE = re.compile(r"ou(?![aeiouy])", re.I)
FRENCH_DJ_RE = re.compile(r"dj", re.I)
FRENCH_SH_RE = re.compile(r"(?<![tTsS])ch", re.I)  # "Charaa" for Sharaa: English writes no "ch" in Arabic names
NAME_AFTER_RE = re.compile(r"[ \u00a0]+[A-ZÀ-Ý]")
INNER_DJ_RE = re.compile(r"(?<=[a-z])dj")


def _french_letters(text: str, start: int, end: int, part: str) -> Hit | None:
    """The French "Abou" before a name, or a name part right after an Arabic particle written with the French "ou",
    "dj" or "ch" ("al-Soudani", "ben Moudjahid", "al-Charaa"): English writes "Abu", "u", "j" and "sh"."""
    if part == "Abou" and NAME_AFTER_RE.match(text, end):
        english = "Abu"
    elif PARTICLE_RE.search(text, max(0, start - 7), start) and any(
            regex.search(part) for regex in (FRENCH_OU_RE, FRENCH_DJ_RE, FRENCH_SH_RE)):
        english = FRENCH_OU_RE.sub(lambda m: "U" if m.group()[0] == "O" else "u", part)
        english = FRENCH_DJ_RE.sub(lambda m: "J" if m.group()[0] == "D" else "j", english)
        english = FRENCH_SH_RE.sub(lambda m: "Sh" if m.group()[0] == "C" else "sh", english)
    elif INNER_DJ_RE.search(part):  # "Sanandadj", "Nadjaf": French "dj" inside a name, never English
        english = INNER_DJ_RE.sub("j", part)
    else:
        return None
    return Hit(start, end, f"'{part}' keeps a French spelling of an Arabic or Persian name; English writes "
                           f"'{english}'.",
               suggestion=english)


RULE = Rule(
    code="TRL004",
    name="arabic-name-french-spelling",
    category=Category.TRANSLITERATION,
    severity=Severity.WARNING,
    summary="An Arabic or Persian name written with the French diaeresis or accent ('Naïm', 'el-Béchir').",
    check=check,
    doc="""\
## What it does
French transliterates Arabic and Persian names with a diaeresis that keeps two vowels apart
("Naïm", "Ismaïl", "Khelaïfi") and with French accents ("Béchir"); English writes neither
("Naim", "Ismail", "Bashir"). A capitalised name part is reported when it shows such a vowel pair
and the text around it (its paragraph, 200 characters either side, or the article, which names them twice
or more) places it in the Arab world, Iran or Afghanistan (a country, city, movement or title: "Hezbollah",
"Tehran", "imam"), or when it carries an accent right after an Arabic particle ("el-Béchir", "ben Salmane", "Abou
Mazen").
The French letters for Arabic sounds count in such a paragraph too: "Abou" before a name (English "Abu") and a
name part right after an Arabic particle with "ou" for u, "dj" for j or "ch" for sh ("al-Soudani", "ben Moudjahid",
"al-Charaa"), and a "dj" inside any name part ("Sanandadj": English writes "Sanandaj").
Names the transliteration list holds (TRL001's) and Slavic names (TRL002's) are left to those rules.
Names in a paragraph, or an article, about a country of the Maghreb or of francophone Africa,
whose own official spellings are French ones ("Soumaïla Cissé" in Mali), names given a French nationality
("the French MP Chaïma Benali"), French given names in French
context ("Anaïs", "Raphaël", "Loïc") and names the transliteration list keeps are left alone.

## Why is this bad?
The reader meets a spelling no English source uses and may not recognise the person, and a search
for the name finds nothing.

## Example
`Hezbollah's leader Naïm Kassem spoke on television.` → `Hezbollah's leader Naim Qassem spoke on television.`
""",
    examples=(
        Example("Hezbollah's new leader, [[Naïm]] Kassem, spoke on television."),
        Example("The Hamas leader [[Ismaïl]] Haniyeh was in Doha."),
        Example("PSG, owned by Qatar, is chaired by Nasser al-[[Khelaïfi]]."),
        Example("Omar el-[[Béchir]] ruled Sudan for thirty years."),
        Example("The armed wing's spokesman, Abou [[Obeïda]], issued a video."),
        Example("The Syrian dissident [[Haïtham]] Manna called for talks."),
        Example("Hezbollah's leader Naim Qassem spoke on television.", note="the English spelling"),
        Example("The singer Anaïs and the painter Raphaël Moreau opened the festival in Lyon.",
                note="French given names in French context"),
        Example("The French MP Chaïma Benali, born in Lyon, visited Algeria.",
                note="a name given a French nationality"),
        Example("Loïc Le Floch-Prigent was held in Togo.", note="no Arab context in the paragraph"),
        Example("Citroën opened a new plant in Morocco.", note="an accent but no vowel pair kept apart nor particle"),
        Example("Mali's president resigned.\n\nJihadist attacks worried the opposition leader Soumaïla Cissé.",
                note="a francophone country, whose names keep their French spelling"),
        Example("The Lebanese-born designer Elie Saab showed his collection in Paris."),
        Example("The Syrian jihadist leader [[Abou]] Mohammed al-Jolani entered Aleppo.",
                note="the French 'Abou' before a name"),
        Example("The Iraqi prime minister, Mohammed Shia al-[[Soudani]], visited Tehran.",
                note="French 'ou' after an Arabic particle"),
        Example("The Syrian president Ahmed al-[[Charaa]] met the Emir of Qatar in Doha.",
                note="French 'ch' for sh after an Arabic particle"),
        Example("In Mali, the imam Abou Diallo met the junta in Bamako.",
                note="a francophone country keeps its French spellings"),
        Example("The French midfielder Abou Diaby retired.", note="no Arab-world context"),
        Example("The Iraqi prime minister, Mohammed Shia al-Sudani, visited Tehran.", note="the English form"),
    ),
)
