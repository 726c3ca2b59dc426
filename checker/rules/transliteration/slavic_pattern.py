"""TRL002: a name spelled the French way by pattern ("-ï", "-ou-", "tch", "-ine" in Slavic names) though not listed."""
from __future__ import annotations

import functools
import re
from bisect import bisect_right

from ...findings import Category, Hit, Severity
from ...lang.names import zipf
from ...registry import Example, Rule
from .forms import (DOUBTFUL_RE, FRENCH_CH_RE, KNOWN_RESPELLING_ZIPF, SLAVIC_ENDING_RE, Reading, after_french_word,
                    capitalised_parts, described_as_french, englishify, lexicon, listed_spans, read_ch, read_tch,
                    read_word)
from .eastern_letters import PLACE_LETTERS, WEAK_LETTERS, eastern_text, native_ski_text, read_eastern_letters
from .respell import respell

COMMON_ZIPF = 3.0  # a capitalised word this frequent in lowercase ("Routine") is an ordinary word
TCH_KNOWN_ZIPF = 1.0  # a name with "tch" and no Slavic ending that English text writes this often is English
NEXT_NAME_RE = re.compile(r"[ \u00a0]+([A-ZÀ-Ý][\w’'‐‑-]*)")
# the given name before a surname, or before the first part of a hyphenated one ("Vladimir Kara-Mourza")
GIVEN_BEFORE_RE = re.compile(r"([A-ZÀ-Ý][\w’'-]+)[ \u00a0]+(?:[A-ZÀ-Ý][\w’']*[-‐‑])?$")
OU_RE = re.compile(r"(?<=[^\WOo])ou(?=[^\Wu])")  # "ou" for u inside the word ("Mourza"), not "Ou-" nor "-ou"
# a Russian or Ukrainian surname's ending: with an "ou" after an eastern given name ("Sergueï Gouriev") the name is
# in French transliteration, as English never writes "ou" for u there
SURNAME_ENDING_RE = re.compile(r"(?:ov|ova|ev|eva|enko|ine|ina|ski|skaïa|ouk)$")
# French surnames: an accent or a French ending ("Moussié", "Roussel", "Bouchard", "Rousseau")
FRENCH_SURNAME_RE = re.compile(r"[éèêàçâîôû]|(?:el|elle|et|ette|ier|eau|aud|ard|ault|on|in|e|es|x)$")


# the signals a Maghrebi name spelled the French way shows ("Yassine", "Lassana", "Boussoufa"), in a text that speaks of
# the Maghreb: the French spelling is the name's own there
MAGHREB_SIGNALS = frozenset({"double s", "-ine", "ou", "gu"})
EASTERN_SURNAME_RE = re.compile(r"(?:ov|ova|ev|eva|enko|ski|sky|skyi|skaïa|ouk|uk|itch|vili|dze|lny|[cnt]hny|[cnt]hnyi)$")  # not "-ine"
MAGHREB_RE = re.compile(r"\b(?:Morocc\w*|Algeri\w*|Tunisi\w*|Maghreb\w*|Rabat|Algiers|Tunis|Casablanca|Oran|"
                        r"Marrakesh|Marrakech)\b")


@functools.lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    from ...data.cache import load_yaml

    return frozenset(load_yaml("transliterations").get("slavic_given_names", ()))


@functools.lru_cache(maxsize=None)
def _shared_given_names() -> dict[str, str]:
    from ...data.cache import load_yaml

    return dict(load_yaml("transliterations").get("shared_given_names") or {})


def _after_given_name(text: str, start: int) -> bool:
    """The word follows an eastern given name ("Vadim Krassikov", "Vladimir Kara-Mourza")."""
    match = GIVEN_BEFORE_RE.search(text, max(0, start - 40), start)
    return match is not None and match.group(1) in _given_names()


def _after_other_given_name(text: str, start: int) -> bool:
    """The word follows a capitalised given name that is not an eastern one ("Mohammed Mogouchkov")."""
    match = GIVEN_BEFORE_RE.search(text, max(0, start - 40), start)
    return match is not None and match.group(1) not in _given_names()


FRENCH_SPELLINGS_ELSEWHERE = 2  # other names in French transliteration that show the translation keeps them


def _french_spellings_elsewhere(text: str, start: int) -> bool:
    """Other names of the text are French transliterations by a strong sign ("Ilia Iachine" beside "Vladimir
    Kara-Mourza"): the translation keeps the French spellings, and an "ou" after an eastern given name is one
    more."""
    found = set()
    for other, _, word, _ in capitalised_parts(text):
        if other == start or len(word) < 4 or word in found:
            continue
        reading = read_word(word)  # a Slavic ending with a strong French sign ("Medvedtchouk")
        known = respell(word) if reading is None or not reading.strong else None
        if reading is not None and reading.strong or known is not None and known.strong and "translit" in known.kinds:
            found.add(word)
            if len(found) >= FRENCH_SPELLINGS_ELSEWHERE:
                return True
    return False


def _known_as_written(word: str, reading: Reading) -> bool:
    """A "tch" alone, in a name English text writes as it is more than as respelled ("Fritch", not "Frich")."""
    if reading.signals != ("tch",) or reading.english is None:
        return False
    written = zipf(word.lower())
    return written >= TCH_KNOWN_ZIPF and zipf(reading.english.lower()) < written


@functools.lru_cache(maxsize=65536)
def _unsigned(word: str) -> bool:
    """The word shows none of the signs `check` reads, whatever stands around it (most capitalised words)."""
    return (read_word(word) is None and read_ch(word) is None and "tch" not in word and OU_RE.search(word) is None
            and read_sh(word) is None and INE_END_RE.search(word) is None and read_eastern_letters(word) is None)


# the French "-ine" for a Russian "-in" ("Bastrykine"): a sign only after an eastern given name, in a word English
# text does not know ("Racine", "Jardine" are known)
INE_END_RE = re.compile(r"(?<=[^aeiouéèy])ine$")
UNKNOWN_INE_ZIPF = 1.0


@functools.lru_cache(maxsize=65536)
def read_sh(word: str) -> Reading | None:
    """A French "ch" for sh in a Slavic surname ("Konachenkov", "Chmyhal") where English text knows the name with
    "sh" and not as written: English writes "ch" for the other sound ("Kuchma", "Marchenko"), which stays."""
    if not SLAVIC_ENDING_RE.search(word) and not SLAVIC_CH_NAME_RE.search(word) or not FRENCH_CH_RE.search(word):
        return None
    english = FRENCH_CH_RE.sub(lambda m: "Sh" if m.group()[0] == "C" else "sh", word)
    if zipf(english.lower()) < KNOWN_RESPELLING_ZIPF or zipf(word.lower()) >= KNOWN_RESPELLING_ZIPF:
        return None
    return Reading(("ch for sh",), english)


# a Ukrainian or Belarusian name without a Slavic ending, which the "sh" respelling then decides ("Chmyhal")
SLAVIC_CH_NAME_RE = re.compile(r"^Ch[mnvk]|[^aeiou]yh|yk$")


def check(ctx):
    if not ctx.doc.lang.startswith("en"):
        return
    text = ctx.doc.text
    lex = lexicon()
    listed = listed_spans(text)  # in order, apart
    listed_starts, listed_ends = [s for s, _ in listed], [e for _, e in listed]
    east = maghreb = None  # whether the text is about the east, or the Maghreb: read at the first word that needs it
    shared = _shared_given_names()
    for start, end, word, _ in capitalised_parts(text):  # not "YouGov", "NATO"
        if word in shared and (after := NEXT_NAME_RE.match(text, end)) and EASTERN_SURNAME_RE.search(after.group(1)):
            yield Hit(start, end, f"'{word}' is the French form of an eastern given name before an eastern surname; "
                                  f"English writes '{shared[word]}'.", suggestion=shared[word])
            continue
        if _unsigned(word) or "oo" in word.lower():
            continue  # French spells u as "ou", never "oo": "Kookaï" is a brand, not a transliteration
        reading = read_word(word)
        if reading is not None and _known_as_written(word, reading):
            reading = None  # "Édouard Fritch": a name English text knows as written, the respelling less
        if reading is None:
            reading = read_ch(word) or read_sh(word)
        if reading is None and "tch" in word:
            after = NEXT_NAME_RE.match(text, end)
            reading = read_tch(word, after.group(1) if after else "")
            if reading is not None and zipf(word.lower()) >= TCH_KNOWN_ZIPF:
                reading = None  # a name English text knows as written
        if (reading is None or not reading.strong) and (east := eastern_text(text) if east is None else east):
            # "Izioum", "Balakliïa", "Kertch", "Lioubov" in a text about the east: letters English never writes
            extra = read_eastern_letters(word)
            if extra is not None and set(extra.signals) <= WEAK_LETTERS and native_ski_text(text):
                extra = None  # "Kaminski" about Poland, "Bialiatski" about Belarus: the name's own spelling
            if extra is not None and not PLACE_LETTERS.isdisjoint(extra.signals) and _after_other_given_name(text, start):
                kept = tuple(s for s in extra.signals if s not in PLACE_LETTERS)
                extra = Reading(kept, extra.english) if kept else None  # "Mohammed Mogouchkov", registered so
            if extra is not None and (reading is not None or respell(word) is None):  # else TRL003's ("Iachine")
                reading = extra if reading is None else Reading(
                    reading.signals + extra.signals, extra.english or reading.english)
        # after an eastern given name one weak signal other than "ou" is enough ("Vadim Krassikov"); "ou" stays
        # information without a Russian or Ukrainian surname ending ("Oleksandr Joloud" may be a Frenchman's spelling)
        given = reading is None or not reading.strong and (reading.signals != ("ou",)
                                                          or SURNAME_ENDING_RE.search(word) is not None)
        if reading is None:  # then the given name matters only to an "ou" that is no French surname's (below)
            given = OU_RE.search(word) is not None and not FRENCH_SURNAME_RE.search(word)
        given = given and _after_given_name(text, start)
        if reading is None and given and OU_RE.search(word) and not FRENCH_SURNAME_RE.search(word):
            reading = Reading(("ou after an eastern given name",), None)  # "Vladimir Kara-Mourza"
        if reading is None and INE_END_RE.search(word) and len(word) >= 6 and zipf(word.lower()) < UNKNOWN_INE_ZIPF \
                and _after_given_name(text, start) and respell(word) is None:  # else TRL003's
            reading, given = Reading(("-ine after an eastern given name",), englishify(word)), True
        if reading is None or word in lex.keep or word in lex.english:
            continue
        if set(reading.signals) <= MAGHREB_SIGNALS and not EASTERN_SURNAME_RE.search(word) and not given and (
                maghreb := MAGHREB_RE.search(text) is not None if maghreb is None else maghreb):
            continue  # "Yassine", "Houssem": a Maghrebi name keeps its French spelling in English
        i = bisect_right(listed_ends, start)  # the first listed span ending after `start`
        if (i < len(listed) and listed_starts[i] < end) or after_french_word(text, start):
            continue
        if zipf(word.lower()) >= COMMON_ZIPF or described_as_french(text, start, end):
            continue
        signs = ", ".join(reading.signals) + (", after an eastern given name" if given and "ou after" not in
                                              reading.signals[0] else "")
        # a Slavic ending and a weak signal after an eastern given name is a warning; an "ou" alone, with no
        # Slavic ending, stays information ("Oleksandr Joloud" is one, so is a French surname after "Ivan")
        english, strong = reading.english, reading.strong or given and "ou after" not in reading.signals[0]
        if not strong:
            strong = _french_spellings_elsewhere(text, start)  # the translator kept French spellings: so here
        if given and english is None and not DOUBTFUL_RE.search(word):
            english = englishify(word)
        if english is None or not strong:  # the English word list may know the name ("Ziouganov")
            known = respell(word)
            if known is not None and (known.strong or english is None):
                english, strong = known.english, strong or known.strong
        if english:
            message = (f"'{word}' looks like a French transliteration ({signs}); "
                       f"English usually writes '{english}'.")
        else:
            message = f"'{word}' may be a French transliteration ({signs}); check the English spelling."
        yield Hit(start, end, message, suggestion=english, severity=None if strong else Severity.INFO)


RULE = Rule(
    code="TRL002",
    name="french-transliteration-pattern",
    category=Category.TRANSLITERATION,
    severity=Severity.WARNING,
    summary="A Slavic name spelled the French way (ï, ou, tch, internal j, -ine), though not in the list.",
    check=check,
    doc="""\
## What it does
Catches French-style spellings of Slavic names that `checker/data/transliterations.yaml` does
not list. A capitalised word with a Slavic ending (-ov, -ev, -ïev, -ine, -ski, -enko, -itch,
-ouk, -sk, -pol, or a final -eï/-aï) is reported when it also shows a French spelling signal:

- strong signals, which English spelling never shows: "tch" for *ch* ("Medvedtchouk"), "ï"
  after a vowel ("Nazarbaïev", "Mykolaïv", "Andreï"), an initial "Iou" for *Yu*;
- weak signals, which English sometimes shows: "ou" for *u*, a doubled "ss" between vowels,
  an internal "j" for *zh*, "gu" before e or i, and the ending "-ine" after a consonant.

A French "ch" beside an eastern "kh" in one word ("Chamkhani") is a strong signal when the English
word list knows the respelling with "sh" better than the word as written ("Shamkhani"); English writes
"ch" for the other sound ("Chekhov", "Khachaturian"), which stays silent.
Georgian surnames in French spelling are read the same way: "-chvili" (English "-shvili") and "-dzé"
(English "-dze") are strong signals. A "tch" in a name without a Slavic ending counts where the name or
the next name word shows an eastern mark ("kh", "zh", "dz", "ts" before a consonant: "Khvitcha
Kvaratskhelia") and English text does not know the name as written ("Gotcha", "Mitchell").

After an eastern given name (`slavic_given_names` in the data file: "Vadim Krassikov", "Yuri Kossarev")
one weak signal makes a warning — "ou" only in a surname with a Russian or Ukrainian ending ("Sergueï Gouriev",
"Igor Koustov": English never writes "ou" for u there) — and an inner "ou" in a surname without a Slavic ending
("Vladimir Kara-Mourza", "Oleksandr Joloud") is information; a French surname ("Ivan Roussel") is left alone.
There the French "-ine" alone is a warning in a surname English text does not know ("Alexandre Bastrykine" →
"Bastrykin"; "Racine" is known); the French forms of eastern given names ("Alexandre", "Youri") count as eastern.
Any reading here that would be information is a warning where two other names of the text show strong French
transliteration signs (the translation keeps French spellings: "Ilia Iachine, Vadim Krassikov and Vladimir
Kara-Mourza").

In a text about Russia, Ukraine, the Caucasus, Central Asia or Iran, a name with no Slavic ending is read for the
letters of the French system English never writes there (eastern_letters.py): "ï" after a vowel or before a or e
("Balakliïa", "Krasnyï"), "iou" for yu ("Izioum"), an initial "Ia" or "Io" before a consonant ("Iarmych"), "tch"
("Kertch"), "ch" for sh beside "kh", "gh" or "zh" ("Machhad") or before a consonant ("Glouchkovo" → "Glushkovo"),
"io" for yo between consonants ("Tiotkino" → "Tyotkino", "Semionov"), an initial "Dj" for J ("Djamchid"), and
"-ski" for -sky, a weak sign that a preceding eastern given name makes a warning ("Piotr Pavlenski" → "Pavlensky");
a name the respellings of TRL003 know is left to it. "-ski" is no sign in a text that speaks of Poland or in a name
with Polish letters or digraphs ("Kowalski", "Kaczyński"), and "ch" before a consonant none after a given name that
is not eastern (a surname registered in France keeps its French spelling: "Mohammed Mogouchkov").
A name of the Maghreb whose only signs are "ss", "-ine" or "ou" ("Yassine") is left alone in a text that speaks of the
Maghreb, and so is a name given a French-speaking nationality ("the Moroccan goalkeeper Yassine Bounou").

A French "ch" in a Slavic name is a strong signal too where English text knows the respelling with "sh" and not
the name as written ("Konachenkov" → "Konashenkov"); "Kuchma" and "Marchenko" stay.

One strong or two weak signals make a warning, with the converted English spelling as the
suggestion (tch→ch, ch→sh, ou→u, ï→i, j→zh, ss→s, -ine→-in, -ski→-sky) unless the conversion
is doubtful ("iou" inside a word, a final "-oï", an initial "E" or "Ia"), in which case there is
no suggestion. A single weak signal is information only. Where the conversion is doubtful or the
evidence weak, the English word-frequency list decides (the respellings of TRL003): a name English
text writes in a respelling ("Ziouganov" → "Zyuganov") gets it as the suggestion, and is a warning
when the respelling is clearly the English one.

Never reported: French and other names that keep their diaeresis in English (Zoë, Noël,
Citroën, Gaël, Loïc, Anaïs, Maïwenn, in the `keep` list), French names whose ending only looks
Slavic ("Touraine"), Maghreb names in French transliteration, which English keeps ("Abdelmadjid
Tebboune"), capitalised common words ("Routine"), words with inner capitals ("YouGov"),
listed forms (TRL001 reports those), and
the English forms of the list ("Belousov", "Tchaikovsky").

## Why is this bad?
The list cannot know every name. A French transliteration left in English text misspells the
name for English readers and search engines, and signals unedited machine translation.

## Example
`Ukrainian oligarch Ihor Kolomoïski` → `Kolomoisky`.
""",
    examples=(
        Example("The fashion label Kookaï opened a store in London.", note="'oo' is no French spelling of u"),
        Example("Moscow freed Ilia Iachine, Viktor Medvedtchouk and Vladimir Kara-[[Mourza]].",
                note="'ou' after an eastern given name, in a text that keeps other French spellings"),
        Example("Ukrainian oligarch Ihor [[Kolomoïski]] was arrested in Kyiv."),
        Example("Ukrainian troops entered [[Izioum]] on Saturday, the Russian army admitted."),
        Example("Ukrainian forces entered [[Pisotchyn]] after a week of Russian shelling."),
        Example("Russian shelling hit [[Ouchkovo]] and [[Sioumkino]] overnight, the governor said.",
                note="'ch' before a consonant, 'io' between consonants"),
        Example("The Russian artist Piotr [[Pavlenski]] was granted asylum in France.",
                note="'-ski' after an eastern given name"),
        Example("The Polish minister Piotr Kaminski met Ukrainian officials in Kyiv.", note="a Polish name"),
        Example("Fiorentina beat Zenit in a friendly match in Russia on Sunday.",
                note="'io' in a name English text knows as written"),
        Example("Russian forces withdrew from Izium and Kherson, the ministry said."),
        Example("The Moroccan goalkeeper Yassine Bounou saved two penalties in Doha."),
        Example("Deputy prime minister Arkady [[Dvorkovitch]] resigned."),
        Example("Rostec chief Sergei [[Tchemezov]] attended the parade."),
        Example("The town of [[Pervomaïsk]] was shelled overnight."),
        Example("Former finance minister Alexei [[Koudrine]] left the government.",
                note="two weak signals: 'ou' and the ending '-ine'"),
        Example("The defector, Igor [[Koustov]], spoke to reporters.",
                note="'ou' in a Slavic surname after an eastern given name"),
        Example("Sergei Naryshkin, Sergei Lavrov and Yuri Ushakov travelled with Andrei Belousov."),
        Example("North Korean Foreign Minister Choe Son Hui met Tchaikovsky fans in Moscow."),
        Example("Zoë, Noël, Gaël, Loïc, Anaïs and Maïwenn founded a Citroën club."),
        Example("Health minister Marisol Touraine visited Cherbourg."),
        Example("Algerian President Abdelmadjid Tebboune met Novak Djokovic."),
        Example("Routine checks found nothing, the Bolshoi said."),
        Example("The founder of the Vostok battalion, Dmitry [[Outkine]], was killed.",
                note="an initial 'Ou' and the ending '-ine'"),
        Example("The Franco-Russian painter Pavel Nikolaïevitch lives in Lyon.",
                note="a French citizen keeps the French spelling of his name"),
        Example("Former Georgian president Mikheil [[Saakachvili]] was jailed in Tbilisi.",
                note="the Georgian ending -chvili is -shvili in English"),
        Example("Prime Minister Irakli [[Kobakhidzé]] met the envoy.", note="Georgian -dzé"),
        Example("The winger [[Khvitcha]] Kvaratskhelia scored twice.",
                note="'tch' with no Slavic ending, next to an eastern surname"),
        Example("Joni Mitchell, Aurélien Tchouaméni and Ashton Kutcher were in the stands.",
                note="'tch' with no eastern mark, or in a name English knows"),
        Example("Zurab Zhvania and Salome Zourabichvili spoke in Tbilisi.",
                note="Zourabichvili, French-born, is kept as English spells her (the `keep` list)"),
        Example("The exchange freed the dissident Dmitri [[Rassolov]] and the journalist Evan Gershkovich.",
                note="one weak signal after an eastern given name"),
        Example("The FSB officer Vadim [[Krassikov]] flew back to Moscow.", note="a doubled s after a given name"),
        Example("The oligarch Yuri [[Kossarev]] lost his appeal.", note="a doubled s after a given name"),
        Example("The chess player Sergei [[Kourbatov]] won in Riga.", note="'ou' after a given name: information"),
        Example("The economist Oleksandr [[Joloud]] spoke in Kyiv.",
                note="'ou' without a Slavic ending: information only"),
        Example("The activist Vladimir Kara-[[Mourza]] was freed.", note="'ou' in a hyphenated surname: information"),
        Example("The chef Ivan Moussié opened a bistro in Lyon.", note="no Slavic ending, no inner 'ou'"),
        Example("Olga Kurylenko and Natalia Vodianova met Mila Kunis.", note="English spellings"),
        Example("The tennis player Daniil Medvedev beat Andrey Rublev.", note="English spellings"),
        Example("The Iranian security official Ali [[Chamkhani]] met the envoy.",
                note="a French 'ch' beside 'kh', where English text writes 'sh'"),
        Example("The football club [[Chakhtar]] Donetsk won in Lviv.", note="'ch' beside 'kh'"),
        Example("The composer Aram Khachaturian and the writer Anton Chekhov.",
                note="English writes 'ch' for the other sound: the respelling is unknown"),
        Example("The defence ministry spokesman, Igor [[Konachenkov]], gave no figures.",
                note="a French 'ch' where English text knows the name with 'sh' only"),
        Example("Leonid Kuchma met Ivan Marchenko.", note="English 'ch' for the other sound"),
        Example("The skater Ivan Roussel, a Frenchman, won in Grenoble.",
                note="no Slavic ending: a French surname after a given name"),
    ),
)
