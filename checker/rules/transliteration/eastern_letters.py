"""French letters for Slavic and Persian sounds in names with no Slavic ending ("Izioum", "Balakliïa", "Kertch")."""
from __future__ import annotations

import functools
import re

from .forms import CONVERSION_RE, CONVERSION_MAP, DOUBTFUL_RE, Reading

# The French transliteration system writes, where English writes otherwise:
#   ï after a vowel or before a/e ("Balakliïa", "Khmelnytskyï")        English: i, y, yi
#   "iou" for yu and initial "Ia"/"Io" before a consonant ("Izioum", "Iaroslav", "Ioulia")   English: yu, ya, yo
#   "tch" ("Kertch", "Pisotchyn")                                     English: ch
#   "ch" for sh in a name that also writes an eastern "kh", "gh" or "zh", or "chh"/"chah" ("Kermanchah", "Machhad"),
#   or before a consonant, where English "ch" would be the sound French writes "tch" ("Glouchkovo")
#   "io" for yo after a consonant, before a consonant ("Tiotkino", "Semionov")        English: yo
#   initial "Dj" for j ("Djafar", "Djamshid")                                          English: J
#   "-ski" for -sky ("Pavlenski"): English writes -sky for Russian and Ukrainian names, Polish ones keep -ski
#   (a Polish name shows Polish letters or digraphs: "Kowalski", "Kaczyński", "Trzaskowski"), and so do Belarusian
#   ones in their official Latin spelling ("Bialiatski", "Tsikhanouski")
# Each is read only in a text about the east (EAST_RE): French spellings of French and Maghrebi names
# ("Loïc", "Yassine", "Koundé") live elsewhere.
LETTER_RES = {
    # (not before m, d, l, s, c: "Naïm", "Saïd", "Ismaïl", "Kaïs", "Loïc" are Arabic or French names)
    "diaeresis": re.compile(r"(?<=[aeiouy])ï(?=$|[aev])|ï(?=[ae])"),
    "iou for yu": re.compile(r"iou(?![aeiou])", re.I),
    "initial Ia or Io": re.compile(r"^I[ao](?=[^aeiouns\W])"),
    "tch": re.compile(r"(?<=[^\Wt])tch"),
    "ch for sh": re.compile(r"(?<![tTsScC])ch(?=h|ah$|a[hk]|[aeiou][^aeiou]*(?:kh|gh|zh))|(?<=[kgz]h[aeiou])ch|chh"),
    "ch before a consonant": re.compile(r"(?<=[^\WtTsScC])ch(?=[bdfgkmnpvz])"),
    "io for yo": re.compile(r"(?<=[^\WcgsCGSIi])io(?=[^aeiou\W])"),
    "initial Dj": re.compile(r"^Dj(?=[aeiou])"),
    "-ski for -sky": re.compile(r"^(?!.*(?:w|sz|cz|rz|[łńśźżóąę])).+ski$", re.I),
}
WEAK_LETTERS = frozenset({"-ski for -sky"})  # a Polish name's ending too: a sign only beside another one
# a sign of a French spelling of the east's places and of its people there, not of a surname a family registered in
# France ("Mohammed Mogouchkov", a French resident, keeps it): not read after a given name that is not eastern
PLACE_LETTERS = frozenset({"ch before a consonant"})
NATIVE_SKI_RE = re.compile(r"\b(?:Poland|Polish|Warsaw|Krak[oó]w|Gda[nń]sk|Wroc[lł]aw|Pozna[nń]|Belarus|Belarusian"
                           r"|Belarusians|Minsk|Hrodna|Grodno|Brest|Vitebsk|Viciebsk|Homiel|Gomel)\b")


def native_ski_text(text: str) -> bool:
    """Whether the text speaks of Poland or Belarus, where "-ski" is the name's own Latin spelling."""
    return NATIVE_SKI_RE.search(text) is not None
EAST_RE = re.compile(r"\b(?:Russia|Russian|Russians|Ukrain\w*|Kremlin|Moscow|Kyiv|Kiev|Belarus\w*|Kazakh\w*|Chechen\w*|"
                     r"Chechnya|Georgian|Armenian?|Azerbaijan\w*|Iran|Iranian|Iranians|Tehran|Persian|Tajik\w*|"
                     r"Uzbek\w*|Kyrgyz\w*|Soviet|Donbas|Crimea\w*|Siberia\w*|Kurd|Kurdish|Kurdistan|Putin|Zelensky\w*)\b")
NAME_ZIPF = 1.0  # a word English text writes this often as written is English ("Tiouti" is not, "Tchad" is)


def eastern_text(text: str) -> bool:
    """Whether the text is about Russia, Ukraine, the Caucasus, Central Asia or Iran."""
    return EAST_RE.search(text) is not None


@functools.lru_cache(maxsize=65536)
def read_eastern_letters(word: str) -> Reading | None:
    """The French letters of a Slavic or Persian name with no Slavic ending, converted to English ones."""
    if len(word) < 4:
        return None
    signals = tuple(name for name, regex in LETTER_RES.items() if regex.search(word))
    if not signals:
        return None
    from ...lang.names import zipf

    if zipf(word.lower()) >= NAME_ZIPF:
        return None
    english = re.sub(r"^I([ao])", lambda m: "Y" + m.group(1), word)
    english = english.replace("chh", "shh").replace("iou", "yu")
    english = re.sub(r"(?<![tTsScC])ch", "sh", english) if {"ch for sh", "ch before a consonant"} & set(signals) \
        else english
    english = english.replace("tch", "ch") if "tch" in signals else english
    english = re.sub(r"(?<=[^\WcgsCGSIi])io(?=[^aeiou\W])", "yo", english) if "io for yo" in signals else english
    english = re.sub(r"^Dj", "J", english) if "initial Dj" in signals else english
    english = re.sub(r"ski$", "sky", english) if "-ski for -sky" in signals else english
    english = CONVERSION_RE.sub(lambda m: CONVERSION_MAP[m.group()] if m.group() in ("ï", "ïa", "ïe", "ou", "Ou")
                                else m.group(), english)
    # every signal here is one English never shows (forms.STRONG_SIGNALS); the conversion may be doubtful
    return Reading(signals, None if DOUBTFUL_RE.search(word) and "initial Ia or Io" not in signals else english)
