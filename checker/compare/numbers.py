"""Numbers, amounts, dates and times in French and English, normalised, and compared across aligned sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.folding import ASCII_CASE_TWINS
from .spans import SpanIndex

# ---------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written in one text, with its normalised value.

    `value` is a float, except for dates `(year, month, day)` (None where not given), times
    `(hour, minute, is_24h)` (`is_24h` False when "6:30" could be morning or evening) and
    weekdays (1 = Monday). `kind` is one of count, year, decade, ordinal, fraction, percent,
    money, code, date, time, weekday.
    """

    start: int
    end: int
    text: str
    value: float | tuple
    kind: str
    unit: str | None = None  # currency (EUR, USD, GBP…), "point", or the letters of a code
    approximate: bool = False  # "environ", "une dizaine", "about", "some"
    weak: bool = False  # a word often not meant as a number: "un", "one", "premier", "first"
    words: bool = False  # written in words ("neuf", "twenty-three")
    vague: bool = False  # a collective word ("une dizaine", "a dozen"): its value is a round figure


@dataclass(frozen=True, slots=True)
class NumberDiff:
    """A source number whose aligned English says another value (`changed`), or a number without counterpart.

    `unmatched` has one side None: a figure in the source absent from the aligned English
    (or the reverse). `pair` indexes `pair.sentences`.
    """

    status: str  # "changed" | "unmatched"
    source: NumberMention | None
    target: NumberMention | None
    pair: int


# ---------------------------------------------------------------- lexicon

FR_UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6,
    "milliard": 10**9, "milliards": 10**9,
}
EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}
# collective nouns: "une dizaine" is about ten, "a dozen" twelve
FR_COLLECTIVE = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                 "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
EN_COLLECTIVE = {"dozen": 12, "score": 20}
FR_ORDINALS = {"premier": 1, "première": 1, "premiere": 1, "second": 2, "seconde": 2, "deuxième": 2,
               "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8,
               "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13,
               "quatorzième": 14, "quinzième": 15, "seizième": 16, "vingtième": 20, "trentième": 30,
               "quarantième": 40, "cinquantième": 50, "soixantième": 60, "centième": 100, "millième": 1000}
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
               "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
               "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
               "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
               "thousandth": 1000}
WEAK_ORDINALS = {"premier", "première", "premiere", "second", "seconde", "first"}
FR_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
             "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
             "décembre": 12, "decembre": 12}
EN_MONTHS = {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
             "August": 8, "September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1,
             "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
             "Nov": 11, "Dec": 12}
EN_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
FR_WEEKDAYS = {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7}
EN_WEEKDAYS = {"Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
               "Sunday": 7}
EN_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                   "seventies": 70, "eighties": 80, "nineties": 90}
CURRENCIES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "$": "USD", "us$": "USD",
              "dollar": "USD", "dollars": "USD", "usd": "USD", "£": "GBP", "livre": "GBP", "livres": "GBP",
              "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "¥": "JPY", "yen": "JPY", "yens": "JPY",
              "franc": "CHF", "francs": "CHF", "chf": "CHF", "yuan": "CNY", "yuans": "CNY",
              "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB"}
CURRENCY_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
SCALES = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "mille": 1000,
          "thousand": 1000, "billion": 10**9, "billions": 10**9, "trillion": 10**12, "bn": 10**9,
          "mn": 10**6, "tn": 10**12, "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "m": 10**6,
          "k": 1000, "b": 10**9}
SCALE_NEEDS_MONEY = {"m", "k", "md", "mds", "mrd", "mrds", "b"}  # "5m" is five metres, "5m€" five million euros

# ---------------------------------------------------------------- patterns

_SP = r"[ \u00a0\u202f\u2009]"
_FR_NUM = rf"\d{{1,3}}(?:(?:{_SP}|[.’'])\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?"
# "43,8 million" in English is a French decimal comma left in: read as 43.8
_EN_NUM = r"\d{1,3}(?:[, \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d)|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
_FR_MONTH = "|".join(sorted(FR_MONTHS, key=len, reverse=True))
_EN_MONTH = "(?:" + "|".join(sorted(EN_MONTH_NAMES, key=len, reverse=True)) + "|" + \
    "|".join(rf"{k}\.?" for k in sorted(set(EN_MONTHS) - set(EN_MONTH_NAMES), key=lambda k: (-len(k), k))) + r")(?!\w)"
_CUR_WORD_FR = r"euros?|dollars?(?:\s+américains)?|livres(?:\s+sterling)?|francs?(?:\s+suisses)?|yens?|yuans?|roubles?"
_CUR_WORD_EN = r"euros?|dollars?|pounds?(?:\s+sterling)?|francs?|yen|yuan|roubles?|rubles?"
_CUR_SIGN = r"€|\$|£|¥|EUR\b|USD\b|GBP\b|CHF\b"

_APPROX_BEFORE = {
    "fr": re.compile(r"(?:environ|près\s+de|presque|quelque|autour\s+de|à\s+peu\s+près|approximativement|"
                     r"plus\s+ou\s+moins|quasiment|vers|une?\s+bonne)\s+$", re.I),
    "en": re.compile(r"(?:about|around|some|nearly|almost|roughly|approximately|circa|approx\.|c\.|close\s+to|"
                     r"an\s+estimated|more\s+or\s+less|up\s+to\s+about|~)\s*$", re.I),
}
_APPROX_AFTER = {"fr": re.compile(r"^\s+environ\b", re.I), "en": re.compile(r"^\s+or\s+so\b", re.I)}
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|€|£|¥|EUR|USD|GBP|CHF)\s?$")
_SCALE_AFTER = {
    "fr": re.compile(r"^\s?(millions?|milliards?|billions?|mille|Mds?|Mrds?|Md|M|k|K)(?![^\W\d_])"),
    "en": re.compile(r"^[\s-]?(million|billion|trillion|thousand|millions|billions|bn|mn|tn|Mds?|Md|m|k|K|B)"
                     r"(?![^\W\d_])"),
}
# "deux ans et demi", "two and a half", "eight-and-a-half"
_HALF = re.compile(r"^(?:\s+[^\W\d_]+)?\s+et\s+demie?\b|^(?:\s+[^\W\d_]+)?[\s-]+and[\s-]+a[\s-]+half\b", re.I)
# units of measure, canonical; a figure converted to another unit ("15 m" -> "50ft") is not compared
_MEASURES = {
    "m": r"m|mètres?|metres?|meters?", "km": r"km|kilomètres?|kilometres?|kilometers?",
    "cm": r"cm|centimètres?|centimetres?|centimeters?", "mm": r"mm|millimètres?|millimetres?|millimeters?",
    "ft": r"ft|feet|foot|pieds?", "in": r"inches|inch|pouces?", "mi": r"miles?|mi",
    "kg": r"kg|kilos?|kilogrammes?|kilograms?", "g": r"g|grammes?|grams?", "lb": r"lbs?|pounds?",
    "t": r"t|tonnes?|tons?", "kmh": r"km/h|kilomètres-heure|kilometres per hour|kilometers per hour",
    "mph": r"mph|miles per hour", "c": r"°\s?C|degrés Celsius|degrees Celsius|°", "f": r"°\s?F|degrees Fahrenheit",
    "ha": r"hectares?|ha", "acre": r"acres?", "l": r"l|litres?|liters?", "gal": r"gallons?",
    "m2": r"m²|m2|mètres carrés|square metres|square meters", "sqft": r"square feet|sq ft",
    "m3": r"m³|m3|mètres cubes|cubic metres|cubic meters", "ft3": r"cubic feet",
}
_MEASURE_AFTER = re.compile(
    r"^[\s-]?(?:(?:de|d['’])\s?)?(" + "|".join(f"(?P<{k}>{v})" for k, v in
                                                 sorted(_MEASURES.items(), key=lambda kv: -len(kv[1]))) +
    r")(?![^\W\d_])", re.I)
_CURRENCY_AFTER = {
    "fr": re.compile(rf"^\s?(?:d['’]\s?|de\s+)?({_CUR_WORD_FR}|{_CUR_SIGN})(?![^\W\d_])", re.I),
    "en": re.compile(rf"^\s?(?:of\s+)?({_CUR_WORD_EN}|{_CUR_SIGN})(?![^\W\d_])", re.I),
}
_PERCENT_AFTER = {
    "fr": re.compile(r"^\s?(%|pour\s?cent|pourcent|points?\s+de\s+pourcentage|points?\b)", re.I),
    "en": re.compile(r"^\s?(%|per\s?cent|percent|percentage\s+points?|points?\b|pc\b)", re.I),
}


def _num(raw: str, lang: str) -> float:
    """The value of digits as written in `lang`: "3,5" fr = 3.5, "3,500" en = 3500, "3.500" fr = 3500."""
    s = re.sub(r"[ \u00a0\u202f\u2009’']", "", raw)
    if lang == "fr":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            s = s.replace(".", "")
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", s):
        s = s.replace(",", ".")
    return float(s)


def _roman(s: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total if total and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = []
    for v, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                   (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


# ---------------------------------------------------------------- extraction


class _Extractor:
    """Runs the passes over one text; each pass claims its spans so that later passes skip them."""

    def __init__(self, text: str, lang: str):
        self.original = text
        # the passes match case-insensitively the Unicode way ("firſt" matches "first") and look the lowercased
        # match up in their tables: they read the text with those four letters replaced by their ASCII twins
        self.text = text.translate(ASCII_CASE_TWINS)
        self.lang = "fr" if lang == "fr" else "en"
        self.taken = bytearray(len(text))
        self.found: list[NumberMention] = []

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def add(self, start: int, end: int, value, kind: str, unit=None, approximate=False, weak=False,
            words=False, vague=False) -> None:
        if start >= end or not self.free(start, end):
            return
        self.taken[start:end] = b"\x01" * (end - start)
        approximate = approximate or self.approx_around(start, end)
        if isinstance(value, float):
            value = round(value, 6)
        self.found.append(NumberMention(start, end, self.original[start:end], value, kind, unit, approximate,
                                        weak, words, vague))

    def approx_around(self, start: int, end: int) -> bool:
        before = self.text[max(0, start - 30):start]
        return bool(_APPROX_BEFORE[self.lang].search(before) or _APPROX_AFTER[self.lang].match(self.text[end:]))

    def quantity(self, start: int, end: int, value: float, words: bool = False, weak: bool = False,
                 approximate: bool = False, kind: str = "count", vague: bool = False) -> None:
        """A number with what may follow it (scale, currency, percent) or precede it (currency sign)."""
        text, lang = self.text, self.lang
        unit = None
        sign = _CURRENCY_BEFORE.search(text[max(0, start - 4):start])
        if sign:
            unit, kind = CURRENCIES[sign.group(1).lower()], "money"
            start -= len(sign.group(0))
        scale = _SCALE_AFTER[lang].match(text[end:])
        if scale:
            word = scale.group(1).lower()
            money_after = _CURRENCY_AFTER[lang].match(text[end + scale.end():])
            if word not in SCALE_NEEDS_MONEY or unit or money_after:
                if lang == "fr" and word in ("billion", "billions"):
                    value *= 10**12
                else:
                    value *= SCALES[word]
                end += scale.end()
                weak = False
        money = _CURRENCY_AFTER[lang].match(text[end:])
        if money and not unit and not (lang == "en" and money.group(1).lower() == "pound" and not scale):
            unit, kind = CURRENCIES[money.group(1).split()[0].lower()], "money"
            end += money.end()
            weak = False
        elif not unit:
            percent = _PERCENT_AFTER[lang].match(text[end:])
            if percent:
                word = percent.group(1).lower()
                if word.startswith("point"):
                    unit = "point"
                else:
                    kind, unit = "percent", "point" if "point" in word else "%"
                end += percent.end()
                weak = False
            else:
                measure = _MEASURE_AFTER.match(text[end:])
                if measure:
                    unit = next(k for k, v in measure.groupdict().items() if v)
                    if lang == "en" and measure.group(0) == "m":
                        unit = "m?"  # "1.5m people": metres or millions, as the other side says
        self.add(start, end, float(value), kind, unit, approximate, weak, words, vague)

    # ---- passes, in order

    def times(self) -> None:
        text = self.text
        if self.lang == "fr":
            for m in re.finditer(r"(?<![\w,.])(\d{1,2})\s?[hH]\s?(\d{2})?(?![\w])", text):
                h, mi = int(m.group(1)), int(m.group(2) or 0)
                if h <= 24 and mi < 60:
                    self.add(m.start(), m.end(), (h % 24, mi, True), "time")
            for m in re.finditer(r"(?<![\w,.])(?:(?<=à )|(?<=vers )|(?<=dès )|(?<=jusqu'à )|(?<=avant )|"
                                 r"(?<=après ))(\d{1,2}) heures(?: (\d{2}))?\b", text):
                h, mi = int(m.group(1)), int(m.group(2) or 0)
                if h <= 24 and mi < 60:
                    self.add(m.start(), m.end(), (h % 24, mi, True), "time")
            for m in re.finditer(r"\b(?:à|vers|avant|après|de|jusqu'à)\s+(midi|minuit)\b", text, re.I):
                self.add(m.start(1), m.end(1), (12 if m.group(1).lower() == "midi" else 0, 0, True), "time",
                         words=True)
        else:
            for m in re.finditer(r"(?<![\w,.])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])(?:\.\s?m\.|m\b)", text, re.I):
                h, mi = int(m.group(1)), int(m.group(2) or 0)
                if 1 <= h <= 12 and mi < 60:
                    h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
                    self.add(m.start(), m.end(), (h, mi, True), "time")
            for m in re.finditer(r"(?<![\w,.])(\d{1,2})\.(\d{2})(?=\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|"
                                 r"local|hours|hrs|h\b))", text):
                self.time24(m, True)
            for m in re.finditer(r"(?<![\w,.])([01]\d|2[0-4])([0-5]\d)(?=\s?(?:GMT|UTC|BST|CET|CEST|hours|"
                                 r"hrs|h\b|Z\b|local))", text):
                self.time24(m, True)
            for m in re.finditer(r"(?<![\w,.])(\d{1,2}) o['’]clock\b", text):
                h = int(m.group(1))
                if 1 <= h <= 12:
                    self.add(m.start(), m.end(), (h, 0, False), "time")
            for m in re.finditer(r"\b(noon|midnight|midday)\b", text, re.I):
                self.add(m.start(), m.end(), (0 if m.group(1).lower() == "midnight" else 12, 0, True), "time",
                         words=True)
        for m in re.finditer(r"(?<![\w,.:])(\d{1,2}):(\d{2})(?![\d:])", text):
            self.time24(m)

    def time24(self, m, clock24: bool = False) -> None:
        h, mi = int(m.group(1)), int(m.group(2))
        if h <= 24 and mi < 60:
            self.add(m.start(), m.end(), (h % 24, mi, clock24 or self.lang == "fr" or h > 12 or h == 0), "time")

    def dates(self) -> None:
        text = self.text
        self.date_lists()
        if self.lang == "fr":
            pattern = (rf"(?<![\w])(1er|1re|premier|\d{{1,2}})\s+({_FR_MONTH})(?![\w])"
                       r"(?:\s+(\d{4})(?!\d))?")
            for m in re.finditer(pattern, text, re.I):
                day = 1 if not m.group(1)[0].isdigit() or m.group(1).startswith("1e") or \
                    m.group(1).startswith("1r") else int(m.group(1))
                year = int(m.group(3)) if m.group(3) else None
                self.date(m, (year, FR_MONTHS[m.group(2).lower()], day))
            for m in re.finditer(rf"(?<![\w])({_FR_MONTH})\s+(\d{{4}})(?!\d)", text, re.I):
                self.date(m, (int(m.group(2)), FR_MONTHS[m.group(1).lower()], None))
        else:
            pattern = (rf"\b({_EN_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\w:.,]\d)(?!\d)"
                       r"(?:,?\s+(\d{4})(?!\d))?")
            for m in re.finditer(pattern, text):
                year = int(m.group(3)) if m.group(3) else None
                self.date(m, (year, EN_MONTHS[m.group(1).rstrip(".")], int(m.group(2))))
            pattern = rf"(?<![\w,.])(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_MONTH})(?:,?\s+(\d{{4}})(?!\d))?"
            for m in re.finditer(pattern, text):
                year = int(m.group(3)) if m.group(3) else None
                self.date(m, (year, EN_MONTHS[m.group(2).rstrip(".")], int(m.group(1))))
            for m in re.finditer(rf"\b({_EN_MONTH}),?\s+(\d{{4}})(?!\d)", text):
                self.date(m, (int(m.group(2)), EN_MONTHS[m.group(1).rstrip(".")], None))
            for m in re.finditer(r"(?<![\w/])9/11(?![\w/])", text):
                self.date(m, (None, 9, 11))
        for m in re.finditer(r"(?<![\w/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.]\d)", text):
            a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            y = y + 2000 if y < 100 and y < 50 else y + 1900 if y < 100 else y
            day, month = (a, b) if self.lang == "fr" or a > 12 else (b, a)
            if 1 <= month <= 12 and 1 <= day <= 31:
                self.date(m, (y, month, day))

    def date_lists(self) -> None:
        """Several days of one month: "les 6 et 7 septembre", "du 17 au 21 novembre", "January 1st and 8th"."""
        text, sfx = self.text, r"(?:st|nd|rd|th)?"
        if self.lang == "fr":
            patterns = [(rf"(?<![\w,.])((?:(?:1er|\d{{1,2}})\s*(?:,|et|au|à|-|–)\s*(?:le\s+)?)+)(1er|\d{{1,2}})\s+"
                         rf"({_FR_MONTH})(?![\w])(?:\s+(\d{{4}})(?!\d))?", re.I, FR_MONTHS, 3)]
        else:
            patterns = [(rf"\b({_EN_MONTH})\s+(\d{{1,2}}){sfx}((?:\s*(?:,|and|or|to|through|-|–)\s*\d{{1,2}}{sfx}"
                         rf"(?![\d:.]))+)(?:,?\s+(\d{{4}})(?!\d))?", 0, EN_MONTHS, 1),
                        (rf"(?<![\w,.])((?:\d{{1,2}}{sfx}\s*(?:,|and|or|to|-|–)\s*)+)(\d{{1,2}}){sfx}\s+(?:of\s+)?"
                         rf"({_EN_MONTH})(?:,?\s+(\d{{4}})(?!\d))?", 0, EN_MONTHS, 3)]
        for pattern, flags, months, month_group in patterns:
            for m in re.finditer(pattern, text, flags):
                month = months[m.group(month_group).rstrip(".") if flags == 0 else m.group(month_group).lower()]
                year = int(m.group(4)) if m.group(4) else None
                listed = 1 if month_group == 3 else 3
                spans = [(m.start(listed) + d.start(), m.start(listed) + d.end(), d.group(0))
                         for d in re.finditer(r"1er|\d{1,2}", m.group(listed))]
                spans.insert(len(spans) if month_group == 3 else 0, (m.start(2), m.end(2), m.group(2)))
                values = [1 if raw == "1er" else int(raw) for _, _, raw in spans]
                if not all(1 <= v <= 31 for v in values) or not self.free(m.start(), m.end()):
                    continue
                for (start, end, _), day in zip(spans, values):
                    self.add(start, end, (year, month, day), "date")
                self.taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())  # the month and year are read

    def date(self, m, value) -> None:
        year, month, day = value
        if day is not None and not 1 <= day <= 31:
            return
        self.add(m.start(), m.end(), value, "date")

    def decades(self) -> None:
        text = self.text
        if self.lang == "fr":
            for m in re.finditer(r"\bannées\s+((?:19|20)?\d0)\b((?:\s*(?:et|ou|à|-)\s*(?:19|20)?\d0\b)*)",
                                 text, re.I):
                for n in re.finditer(r"(?:19|20)?\d0\b", text[m.start(1):m.end(2)]):
                    s = m.start(1) + n.start()
                    self.add(s, s + len(n.group(0)), float(_decade(n.group(0))), "decade")
        else:
            for m in re.finditer(r"(?<![\w'’])(?:(19|20)|['’])?(\d0)['’]?s\b", text):
                self.add(m.start(), m.end(), float(_decade(m.group(0))), "decade")
            for m in re.finditer(r"\b(?:the\s+)(" + "|".join(EN_DECADE_WORDS) + r")\b", text, re.I):
                self.add(m.start(1), m.end(1), float(1900 + EN_DECADE_WORDS[m.group(1).lower()]), "decade",
                         words=True)

    def ordinals(self) -> None:
        text = self.text
        if self.lang == "fr":
            suffix = r"(?:er|re|ère|ème|eme|ᵉʳ|ᵉ|e|è|nde?|d)"
            for m in re.finditer(rf"(?<![\w,.])(\d+){suffix}(?![\w])", text):
                self.add(m.start(), m.end(), float(m.group(1)), "ordinal")
            for m in re.finditer(rf"\b([IVXLC]+){suffix}(?![\w])", text):
                value = _roman(m.group(1))
                # "Le", "Ce" are words: a one-letter numeral needs a century or a range after it
                if value and (len(m.group(1)) > 1 or re.match(r"\s*[–-]\s*[IVXLC]|\s+(?:siècle|millénaire|"
                                                              r"république|arrondissement)", text[m.end():], re.I)):
                    self.add(m.start(), m.end(), float(value), "ordinal")
            table = FR_ORDINALS
        else:
            for m in re.finditer(r"(?<![\w,.])(\d+)(?:st|nd|rd|th)\b", text):
                self.add(m.start(), m.end(), float(m.group(1)), "ordinal")
            table = EN_ORDINALS
        tens = "|".join(w for w, v in (FR_UNITS if self.lang == "fr" else EN_UNITS).items() if 20 <= v < 100)
        words = "|".join(sorted(table, key=len, reverse=True))
        joint = r"[-\s](?:et[-\s])?" if self.lang == "fr" else "-"  # "vingt et unième", but "twenty first-aid"
        for m in re.finditer(rf"\b(?:({tens}){joint})?({words})\b", text, re.I):
            word = m.group(2).lower()
            value = table[word]
            if m.group(1):
                value += (FR_UNITS if self.lang == "fr" else EN_UNITS)[m.group(1).lower()]
            elif self._not_ordinal(m, word):
                continue
            weak = word in WEAK_ORDINALS and not m.group(1)
            self.add(m.start(), m.end(), float(value), "ordinal", weak=weak, words=True)

    def _not_ordinal(self, m, word: str) -> bool:
        after = self.text[m.end():m.end() + 12].lower()
        if self.lang == "fr":
            return word in ("premier", "première") and re.match(r"\s+ministre|\s+league", after) is not None \
                or word == "seconde" and re.match(r"\s*(?:[,.;)]|$)", after) is not None
        before = self.text[max(0, m.start() - 6):m.start()].lower()
        if word in EN_ORDINALS and EN_ORDINALS[word] >= 3 and re.search(r"\b(?:a|one|two|three|four)[\s-]$",
                                                                       before):
            return True  # "a third", "two-thirds" are fractions
        return word == "second" and (re.search(r"\b(?:a|per|split)\s$", before) is not None
                                     or re.match(r"s\b", after) is not None)

    def fractions(self) -> None:
        text = self.text
        if self.lang == "fr":
            pattern = (r"\b(?:(un|une|deux|trois|quatre|le|la|les|l['’]|d['’]une?)\s*)?"
                       r"(demie?|tiers|quarts?|moitié)\b")
            denominators = {"demi": 2, "demie": 2, "tiers": 3, "quart": 4, "quarts": 4, "moitié": 2}
            numerators = FR_UNITS
        else:
            pattern = (r"\b(?:(a|an|one|two|three|four|five)[\s-]+)?"
                       r"(half|halves|thirds?|quarters?|fifths?|tenths?)\b")
            denominators = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                            "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
            numerators = {"a": 1, "an": 1, **EN_UNITS}
            for m in re.finditer(r"\b(?:an?|one)\s+[^\W\d_]+\s+and\s+a\s+half\b", text, re.I):
                self.add(m.start(), m.end(), 1.5, "count", words=True)  # "a month and a half"
        for m in re.finditer(pattern, text, re.I):
            word = m.group(2).lower()
            lead = (m.group(1) or "").lower()
            if self.lang == "en" and word not in ("half",) and not lead:
                continue  # "third" alone is an ordinal, "quarter" alone a period
            if self.lang == "fr" and word.startswith("quart") and not lead:
                continue
            if self.lang == "fr" and word.startswith("demi") and re.match(r"[\s-](?:finale?s?)", text[m.end():]):
                continue
            # "et demi(e)" / "and a half" extend a number before them: left to the number passes
            if re.search(r"(?:\bet|\band)[\s-]+(?:a[\s-]+)?$", text[max(0, m.start(2) - 8):m.start(2)], re.I) and \
                    lead in ("", "a"):
                continue
            numerator = numerators.get(lead, 1)
            start = m.start(1) if lead and lead in numerators else m.start(2)
            self.add(start, m.end(), numerator / denominators[word], "fraction", words=True)

    def codes(self) -> None:
        for m in re.finditer(r"\b([A-Za-z]+-?)(\d+(?:\.\d+)?)([A-Za-z]*)\b", self.text):
            if m.group(1).rstrip("-").lower() in ("h", "n", "no", "nº"):
                continue
            self.add(m.start(), m.end(), float(m.group(2)), "code", unit=m.group(1).rstrip("-").lower())

    def digits(self) -> None:
        text = self.text
        pattern = _FR_NUM if self.lang == "fr" else _EN_NUM
        for m in re.finditer(rf"(?<![\w.,])(?:{pattern})", text):
            raw = m.group(0)
            value = _num(raw, self.lang)
            end = m.end()
            half = _HALF.match(text[end:])
            if half:
                value += 0.5
                end += half.end()
            if re.fullmatch(r"1\d{3}|20\d{2}", raw) and not _after_is_quantity(text[end:], self.lang):
                self.add(m.start(), end, value, "year")
            else:
                self.quantity(m.start(), end, value)

    def words(self) -> None:
        units = FR_UNITS if self.lang == "fr" else EN_UNITS
        collective = FR_COLLECTIVE if self.lang == "fr" else EN_COLLECTIVE
        tokens = [(t.start(), t.end(), t.group(0).lower()) for t in re.finditer(r"[^\W\d_]+", self.text)]
        i = 0
        while i < len(tokens):
            run = self._run(tokens, i, units, collective)
            if not run:
                i += 1
                continue
            j, value, approximate = run
            start, end = tokens[i][0], tokens[j - 1][1]
            first = tokens[i][2]
            single = j == i + 1
            if self.lang == "en" and i > 0 and tokens[i - 1][2] in ("a", "an") and \
                    (units.get(first, 0) >= 100 or first in collective) and start - tokens[i - 1][1] == 1:
                start = tokens[i - 1][0]
            if single and (first in ("million", "millions", "milliard", "milliards", "billion", "trillion",
                                     "thousand", "hundred") or first in collective) and start == tokens[i][0]:
                i = j
                continue  # a bare "millions", "hundred": not a figure
            if single and (first == "neuf" and not self._neuf_is_nine(end) or first in ("cent", "cents") and
                           re.search(r"\d\s?$", self.text[max(0, start - 3):start])):  # "10 cents": currency
                i = j
                continue
            half = _HALF.match(self.text[end:])
            if half:
                value += 0.5
                end += half.end()
            weak = single and value == 1
            self.quantity(start, end, value, words=True, weak=weak, approximate=approximate, vague=approximate)
            i = j

    def _run(self, tokens, i, units, collective):
        """The end index, value and approximation of the number words starting at token i, or None."""
        total = current = scale = 0
        approximate = False
        j = i
        last = None
        while j < len(tokens):
            word = tokens[j][2]
            if j > i:
                gap = self.text[tokens[j - 1][1]:tokens[j][0]]
                if word in ("et", "and") and gap.strip() == "" and j + 1 < len(tokens):
                    nxt = tokens[j + 1][2]
                    ok_fr = word == "et" and nxt in ("un", "une", "onze") and last in (20, 30, 40, 50, 60)
                    ok_en = word == "and" and last is not None and last >= 100 and nxt in units and units[nxt] < 100
                    if ok_fr or ok_en:
                        j += 1
                        continue
                    break
                if not gap or gap.strip(" -\u00a0"):
                    break
            if word in collective and (j > i or self.lang == "en"):
                v = collective[word]
                approximate = True
                current = max(current, 1) * v
                last = v
                j += 1
                continue
            if word not in units:
                break
            v = units[word]
            if v < 100:
                small = current % 100
                if self.lang == "fr" and v == 20 and small == 4:
                    current += 76  # quatre-vingt(s)
                elif small == 0 or (small % 10 == 0 and small >= 20 and v < 10) or \
                        (self.lang == "fr" and small == 10 and 7 <= v <= 9) or \
                        (self.lang == "fr" and small in (60, 80) and v < 20):
                    current += v
                else:
                    break
            elif v == 100:
                current = max(current, 1) * v
            elif total and v > scale:
                total, current = (total + current) * v, 0  # "seven thousand million"
            else:
                total += max(current, 1) * v
                current = 0
            if v >= 1000:
                scale = max(scale, v)
            last = v
            j += 1
        if j == i:
            return None
        return j, total + current, approximate

    def _neuf_is_nine(self, end: int) -> bool:
        nxt = re.match(r"\s+([^\W\d_]+)", self.text[end:])
        return bool(nxt) and (nxt.group(1)[-1] in "sx" or nxt.group(1).lower() in ("heures", "fois", "mois"))

    def weekdays(self) -> None:
        if self.lang == "fr":
            for m in re.finditer(r"\b(" + "|".join(FR_WEEKDAYS) + r")\b", self.text, re.I):
                self.add(m.start(), m.end(), FR_WEEKDAYS[m.group(1).lower()], "weekday", words=True)
        else:
            for m in re.finditer(r"\b(" + "|".join(EN_WEEKDAYS) + r")\b", self.text):
                self.add(m.start(), m.end(), EN_WEEKDAYS[m.group(1)], "weekday", words=True)

    def months(self) -> None:
        text = self.text
        if self.lang == "fr":
            for m in re.finditer(rf"\b({_FR_MONTH})\b", text):
                if m.group(1) == "mars" and re.search(r"planète\s+$", text[max(0, m.start() - 10):m.start()]):
                    continue
                self.add(m.start(), m.end(), (None, FR_MONTHS[m.group(1)], None), "date", words=True)
        else:
            for m in re.finditer(rf"\b({'|'.join(EN_MONTH_NAMES)})\b", text):
                if m.group(1) in ("May", "March") and not re.search(
                        r"\b(?:in|of|since|until|by|early|late|mid|last|next|this|on|from|to|between|and)[\s-]$",
                        text[max(0, m.start() - 8):m.start()], re.I):
                    continue
                self.add(m.start(), m.end(), (None, EN_MONTHS[m.group(1).rstrip(".")], None), "date", words=True)

    def run(self) -> list[NumberMention]:
        for step in (self.times, self.dates, self.decades, self.ordinals, self.fractions, self.codes,
                     self.digits, self.words, self.weekdays, self.months):
            step()
        return sorted(self.found, key=lambda m: m.start)


def _decade(raw: str) -> int:
    digits = re.sub(r"\D", "", raw)
    return int(digits) if len(digits) == 4 else 1900 + int(digits)


def _after_is_quantity(after: str, lang: str) -> bool:
    return bool(_SCALE_AFTER[lang].match(after) and not re.match(r"\s?[mkK]\b", after)
                or _CURRENCY_AFTER[lang].match(after) or _PERCENT_AFTER[lang].match(after)
                or re.match(r"\s?(?:[^\W\d_]*\s)?(?:personnes|habitants|people|euros|dollars)", after))


def extract_numbers(text: str, lang: str) -> list[NumberMention]:
    """`target.numbers` / `source.numbers`: every number, amount, date and time in `text`, with clean-text offsets."""
    return _Extractor(text, lang).run()


# ---------------------------------------------------------------- comparison

_GROUP = {"count": "num", "year": "num", "ordinal": "num", "code": "num", "decade": "decade",
          "fraction": "fraction", "percent": "percent", "money": "money", "date": "date", "time": "time",
          "weekday": "weekday"}


def equivalent(a: NumberMention, b: NumberMention) -> bool:
    """Whether two mentions say the same thing, however each is written ("3,5 milliards" = "3.5 billion")."""
    ka, kb = a.kind, b.kind
    if ka == "date" or kb == "date":
        if ka == kb:
            fields = [(x, y) for x, y in zip(a.value, b.value) if x is not None and y is not None]
            return bool(fields) and all(x == y for x, y in fields)
        other, date = (b, a) if ka == "date" else (a, b)
        return other.kind in ("year", "count") and date.value[0] is not None and date.value[0] == other.value
    if ka == "time" or kb == "time":
        if ka == kb:
            (ha, ma, fa), (hb, mb, fb) = a.value, b.value
            return ma == mb and (ha == hb if fa and fb else ha % 12 == hb % 12)
        other, time = (b, a) if ka == "time" else (a, b)
        return other.kind == "count" and time.value[1] == 0 and other.value in (time.value[0], time.value[0] % 12)
    if ka == "weekday" or kb == "weekday":
        return ka == kb and a.value == b.value
    if ka == "decade" or kb == "decade":
        return int(a.value) % 100 == int(b.value) % 100 and (ka == kb or min(a.value, b.value) < 100
                                                            or a.value == b.value)
    if {ka, kb} == {"fraction", "ordinal"}:
        frac, ordn = (a, b) if ka == "fraction" else (b, a)
        return ordn.value > 0 and abs(frac.value - 1 / ordn.value) < 1e-5
    x, y = float(a.value), float(b.value)
    if x == y or _written(a) == _written(b) is not None:
        return True  # the same digits copied ("836.000" read two ways)
    for m, other in ((a, b), (b, a)):
        if m.unit == "m?" and abs(float(m.value) * 10**6 - float(other.value)) < 1:
            return True
    if (a.vague and b.approximate) or (b.vague and a.approximate):
        return x > 0 and y > 0 and max(x, y) / min(x, y) <= 1.25
    scaled = max(x, y) >= 10**5 or not (x.is_integer() and y.is_integer())
    return scaled and max(x, y) > 0 and abs(x - y) / max(x, y) <= 0.02  # "3,47 millions" ~ "3.5 million"


def _written(m: NumberMention) -> str | None:
    """The digits of a mention with their separators, when it has a separator: "836.000"."""
    match = re.search(r"\d+(?:[.,]\d+)+", m.text)
    return match.group(0) if match else None


def _relpos(m: NumberMention, span: tuple[int, int]) -> float:
    return (m.start - span[0]) / max(1, span[1] - span[0])


def compare_bead(source: list[NumberMention], target: list[NumberMention], source_span: tuple[int, int],
                 target_span: tuple[int, int], index: int = 0) -> list[NumberDiff]:
    """Changed and unmatched numbers between the source and target mentions of one aligned bead."""
    s_left, t_left = list(source), list(target)

    def take(candidates) -> None:
        for cost, s, t in sorted(candidates, key=lambda c: c[0]):
            if s in s_left and t in t_left:
                s_left.remove(s)
                t_left.remove(t)

    def dist(s, t) -> float:
        return abs(_relpos(s, source_span) - _relpos(t, target_span)) + (0 if s.kind == t.kind else 0.5)

    # the same value exactly first, then equivalents, so that "une dizaine" does not steal an exact 10
    take([(dist(s, t), s, t) for s in s_left for t in t_left
          if not s.approximate and not t.approximate and s.kind == t.kind and s.value == t.value])
    take([(dist(s, t), s, t) for s in s_left for t in t_left if equivalent(s, t)])
    diffs = []
    strong_s = [s for s in s_left if not s.weak]
    strong_t = [t for t in t_left if not t.weak]
    changed = []
    for cost, s, t in sorted(((dist(s, t), s, t) for s in strong_s for t in strong_t
                              if _GROUP[s.kind] == _GROUP[t.kind] and _comparable(s, t)), key=lambda c: c[0]):
        if s in strong_s and t in strong_t:
            strong_s.remove(s)
            strong_t.remove(t)
            changed.append((s, t))
    diffs += [NumberDiff("changed", s, t, index) for s, t in changed]
    diffs += [NumberDiff("unmatched", s, None, index) for s in strong_s]
    diffs += [NumberDiff("unmatched", None, t, index) for t in strong_t]
    return diffs


def _comparable(s: NumberMention, t: NumberMention) -> bool:
    """Whether a differing pair is plausibly the same figure changed rather than two unrelated ones."""
    if s.kind == "money" and t.kind == "money" and s.unit and t.unit and s.unit != t.unit:
        return False  # "10 000 francs" and "$2,000" are another figure, converted or not
    if s.unit in _MEASURES and t.unit in _MEASURES and s.unit != t.unit or "m?" in (s.unit, t.unit) and \
            (s.unit in _MEASURES or t.unit in _MEASURES) and "m" not in (s.unit, t.unit):
        return False  # converted: "15 m" and "50ft"
    if s.kind == "code" or t.kind == "code":
        return s.kind == t.kind and s.unit == t.unit
    return True


def compare_aligned(pairs, source_numbers: list[NumberMention], target_numbers: list[NumberMention]
                    ) -> list[NumberDiff]:
    """`pair.numbers`: for each aligned bead, the numbers whose value changed and those without counterpart."""
    diffs: list[NumberDiff] = []
    source_index, target_index = SpanIndex(source_numbers), SpanIndex(target_numbers)
    for index, pair in enumerate(pairs):
        s = source_index.inside(pair.source_span) if pair.source_span[0] < pair.source_span[1] else []
        t = target_index.inside(pair.target_span) if pair.target_span[0] < pair.target_span[1] else []
        if s or t:
            diffs.extend(compare_bead(s, t, pair.source_span, pair.target_span, index))
    return diffs


# ---------------------------------------------------------------- English rendering

_EN_SMALL = {v: k for k, v in EN_UNITS.items() if v < 100}


def _fmt(value: float) -> str:
    if value.is_integer():
        n = int(value)
        return f"{n:,}" if n >= 10000 else str(n)
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _en_words(n: int) -> str | None:
    if n in _EN_SMALL:
        return _EN_SMALL[n]
    if 20 < n < 100:
        return f"{_EN_SMALL[n - n % 10]}-{_EN_SMALL[n % 10]}"
    return None


def _scaled(value: float) -> str:
    for scale, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if value >= scale:
            return f"{_fmt(value / scale)} {word}"
    return _fmt(value)


def describe(m: NumberMention) -> str:
    """The value of a mention written the English way: "3.5 million", "20%", "5 August 2014", "18:30"."""
    if m.kind == "date":
        year, month, day = m.value
        parts = [str(day) if day else "", EN_MONTH_NAMES[month - 1] if month else "", str(year) if year else ""]
        return " ".join(p for p in parts if p)
    if m.kind == "time":
        h, mi, _ = m.value
        return f"{h:02d}:{mi:02d}"
    if m.kind == "weekday":
        return next(k for k, v in EN_WEEKDAYS.items() if v == m.value)
    value = float(m.value)
    if m.kind == "ordinal":
        n = int(value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if m.kind == "decade":
        return f"{int(value)}s"
    if m.kind == "fraction":
        return {0.5: "half", 0.25: "a quarter", 0.75: "three quarters"}.get(round(value, 4),
                                                                              f"{value:.2f}".rstrip("0"))
    text = _scaled(value) if value >= 10**6 else _fmt(value)
    if m.kind == "percent":
        return f"{text} points" if m.unit == "point" else f"{text}%"
    if m.kind == "money" and m.unit:
        sign = CURRENCY_SYMBOL.get(m.unit)
        return f"{sign}{text}" if sign else f"{text} {m.unit}"
    return text


def render_like(source: NumberMention, target: NumberMention) -> str | None:
    """The source's value written in the style of the English mention it replaces, or None when unsure."""
    t = target.text
    if source.kind == "date" and target.kind == "date":
        year, month, day = (s if s is not None else t_ for s, t_ in zip(source.value, target.value))
        if not month or target.words:
            return None
        name = EN_MONTH_NAMES[month - 1]
        if re.match(r"[A-Z]", t):
            return f"{name} {day}" + (f", {year}" if year and re.search(r"\d{4}", t) else "") if day else \
                f"{name} {year}" if year else None
        return f"{day} {name}" + (f" {year}" if year and re.search(r"\d{4}", t) else "") if day else None
    if source.kind == "time" and target.kind == "time":
        h, mi, _ = source.value
        ap = re.search(r"\s?([ap])\.?\s?m\.?$", t, re.I)
        if ap:
            pm = "p" if h >= 12 else "a"
            letters = ap.group(0).replace(ap.group(1), pm if ap.group(1).islower() else pm.upper())
            return f"{h % 12 or 12}:{mi:02d}{letters}" if ":" in t or mi else f"{h % 12 or 12}{letters}"
        if re.match(r"\d{4}$", t):
            return f"{h:02d}{mi:02d}"
        sep = "." if "." in t else ":"
        return f"{h}{sep}{mi:02d}" if len(t.split(sep)[0]) == 1 else f"{h:02d}{sep}{mi:02d}"
    if isinstance(source.value, tuple) or isinstance(target.value, tuple) or source.kind != target.kind \
            and {source.kind, target.kind} - {"count", "year"}:
        return None
    value = float(source.value)
    if target.unit == "m?" and value >= 10**6:
        value /= 10**6  # "1.5m people"
    digits = re.search(r"\d[\d,.\u00a0\u202f\u2009]*\d|\d", t)
    if target.words or not digits:
        if not value.is_integer():
            return None
        word = _en_words(int(value))
        if source.kind == "ordinal" or word is None:
            return None
        return word.capitalize() if t[:1].isupper() else word
    scale = re.match(r"\s?(trillion|billion|million|thousand|bn|mn|tn|m|k)\b", t[digits.end():])
    if scale:
        # the source's magnitude in the English's style of scale: "€3.5 million" -> "€3.5 billion"
        short = len(scale.group(1)) <= 2
        for factor, word, abbr in ((10**12, "trillion", "tn"), (10**9, "billion", "bn"), (10**6, "million", "m"),
                                   (1000, "thousand", "k"), (1, "", "")):
            if value >= factor:
                break
        number = _fmt(value / factor)
        written = (number + abbr) if short else f"{number} {word}".strip()
        return t[:digits.start()] + written + t[digits.end() + scale.end():]
    if source.kind == "decade":
        return t[:digits.start()] + (str(int(value)) if len(digits.group(0)) == 4 else
                                     f"{int(value) % 100:02d}") + t[digits.end():]
    number = _fmt(value)
    if "," in digits.group(0) and value >= 1000 and value.is_integer():
        number = f"{int(value):,}"
    return t[:digits.start()] + number + t[digits.end():]


__all__ = ["NumberDiff", "NumberMention", "compare_aligned", "compare_bead", "describe", "equivalent",
           "extract_numbers", "render_like"]
