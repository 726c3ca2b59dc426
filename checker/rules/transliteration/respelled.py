"""TRL003: a name in French transliteration that English writes by the regular correspondences ("Zarqaoui")."""
from __future__ import annotations

import functools
import re
from bisect import bisect_right

from ...findings import Category, Hit, Severity
from ...lang.names import CALENDAR, WORD_RE, zipf
from ...registry import Example, Rule
from .eastern_letters import eastern_text, read_eastern_letters
from .forms import (SLAVIC_ENDING_RE, after_french_word, capitalised_parts, described_as_french, lexicon,
                    listed_spans, read_word)
from .respell import respell

MIN_LENGTH = 4
# a respelling English uses this rarely must stand as a surname, a place or a Slavic name to be a warning: a
# lone given name ("Mounia") may be a French citizen's, spelled as she spells it
RARE_ZIPF = 2.0
# a word after one of these stands as a place, where a French exonym ending ("Tasmanie") counts
PLACE_BEFORE_RE = re.compile(
    r"\b(?i:in|to|from|of|near|across|into|throughout|around|outside|inside|towards?|via|visit(?:ed|ing|s)?"
    r"|capital|coast|island|region|province|state|border|borders)(?:\s+the)?\s+"
    # after a list of places: "in Californie and Tasmanie"
    r"(?:[A-ZÀ-Ý][\w’'‐‑-]*(?:,\s+[A-ZÀ-Ý][\w’'‐‑-]*)*,?\s+(?:and|or)(?:\s+the)?\s+)?$")
# the Arabic article just before a word part: "al-Cham", "el-Bachir"
ARABIC_ARTICLE_RE = re.compile(r"(?<![\w‐‑-])[AaEe]l[-‐‑]$")
# a French word after the name, or joined to it by a hyphen ("Bouches-du-Rhône")
FRENCH_AFTER_RE = re.compile(r"[ \u00a0‐‑-](?:de|du|des|la|le|les|et|d[’'])(?=[ \u00a0‐‑-]|[’'])")
LOWER_NEXT_RE = re.compile(r"[ \u00a0]+([a-zà-ÿ]+)")
NEXT_WORD_RE = re.compile(r"[ \u00a0]+([^\W\d_][\w’'-]*)")
PREVIOUS_WORD_RE = re.compile(r"([^\W\d_][\w’'‐‑-]*)[ \u00a0]+$")
FRENCH_ACCENT_RE = re.compile(r"[éèêëçàâîôûù]")
# a given name French uses much more than English ("François", "Élisabeth", "Jacques")
FRENCH_NAME_ZIPF, FRENCH_NAME_LEAD = 3.3, 0.8


# an Arabic given name ("Abdallah", "Abdelkader", "Nasreddine", "Aboubakar") says nothing of a French citizen: French
# writes more of it only because French press writes of the Maghreb and the Sahel more
ARABIC_GIVEN_NAME_RE = re.compile(r"^(?:Abd|Abou|Abu)|(?:allah|ullah|eddine|edine)$")


def _french_given_name(word: str) -> bool:
    if not word[:1].isupper() or respell(word) is not None or ARABIC_GIVEN_NAME_RE.search(word):
        return False
    low = word.lower()
    if FRENCH_ACCENT_RE.search(low) and zipf(low, "fr") >= 2.0:
        return True
    return zipf(low, "fr") >= FRENCH_NAME_ZIPF and zipf(low, "fr") - zipf(low) >= FRENCH_NAME_LEAD


def _french_word_after(text: str, end: int) -> bool:
    """A French word follows: the name is part of a French one ("Académie française")."""
    after = LOWER_NEXT_RE.match(text, end)
    if not after:
        return False
    low = after.group(1)
    return zipf(low, "fr") >= 3.0 and zipf(low, "fr") - zipf(low) >= 1.5


WORD_RUN_RE = re.compile(r"\w+")
# a word after another name word, as a surname: the run of word characters after the spaces
AFTER_NAME_WORD_RE = re.compile(r"[A-ZÀ-Ý][\w’'‐‑-]*[ \u00a0]+(?=(\w+))")
_INDEXED: list = [(None, (frozenset(), frozenset()))]  # (the last text indexed, its `_words` sets)


def _words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The text's runs of word characters, and those that follow another name word; once per text."""
    memo = _INDEXED[0]
    if memo[0] is not text:
        memo = _INDEXED[0] = (text, (frozenset(WORD_RUN_RE.findall(text)),
                                     frozenset(m.group(1) for m in AFTER_NAME_WORD_RE.finditer(text))))
    return memo[1]


def _occurs(word: str, text: str) -> bool:
    """Whether the text writes `word` as a whole word."""
    if WORD_RUN_RE.fullmatch(word) is None:
        return re.search(rf"\b{re.escape(word)}\b", text) is not None
    return word in _words(text)[0]


def _after_given_name(text: str, word: str) -> bool:
    """Somewhere in the text the word follows another name word, as a surname does ("Dmitry Rogozine")."""
    if WORD_RUN_RE.fullmatch(word) is None:
        return re.search(rf"[A-ZÀ-Ý][\w’'‐‑-]*[ \u00a0]+{re.escape(word)}\b", text) is not None
    return word in _words(text)[1]


def _as_place(text: str, start: int, end: int) -> bool:
    """The word follows a place preposition and is not the given name of a two-word name."""
    if not PLACE_BEFORE_RE.search(text[max(0, start - 80):start]):
        return False
    after = NEXT_WORD_RE.match(text, end)
    return not (after and after.group(1)[0].isupper())


# a given name in a list of given names: "his children Anthony, Anouchka and Alain-Fabien"
LIST_BEFORE_RE = re.compile(r"([A-ZÀ-Ý][\w’'‐‑-]*)(?:,[ \u00a0]+|[ \u00a0]+(?:and|or|&)[ \u00a0]+)$")
LIST_AFTER_RE = re.compile(r"(?:,[ \u00a0]+|,?[ \u00a0]+(?:and|or|&)[ \u00a0]+)([A-ZÀ-Ý][\w’'‐‑-]*)")


def _listed_with_french_names(text: str, start: int, end: int) -> bool:
    """The word is listed with a French given name ("Anthony, Anouchka and Alain-Fabien"): a French family's
    names, spelled as they spell them."""
    before = LIST_BEFORE_RE.search(text, max(0, start - 40), start)
    after = LIST_AFTER_RE.match(text, end)
    return any(m is not None and _french_given_name(re.split(r"[-‐‑]", m.group(1))[0]) for m in (before, after))


def _surnames_of_french_people(text: str) -> set[str]:
    """Words that follow a French given name somewhere in the text ("Élisabeth Borne", "François Hollande")."""
    out = set()
    for match in WORD_RE.finditer(text):
        before = PREVIOUS_WORD_RE.search(text, max(0, match.start() - 40), match.start())
        if before and _french_given_name(before.group(1).split("-")[-1]):
            out.add(match.group())
    return out


def _french_word_as_surname(text: str, start: int, word: str) -> bool:
    """A common French word borne as a surname after a given name that is not an eastern or Arabic one
    ("Marion Rousse", "Julien Lebrun"): a French person's name, spelled as they spell it."""
    low = word.lower()
    if zipf(low, "fr") < 3.5 or zipf(low, "fr") - zipf(low) < 1.5:
        return False
    before = PREVIOUS_WORD_RE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    from .slavic_pattern import _given_names

    given = before.group(1)
    return given not in _given_names() and not ARABIC_GIVEN_NAME_RE.search(given) and given.lower() not in CALENDAR


# a word French writes this often, and far more than English, is a French word ("Couche", "Bouche"); French names
# transliterated from Russian or Arabic are rarer in French text than that
FRENCH_WORD_ZIPF, FRENCH_WORD_LEAD = 4.0, 1.5


def _french_common_word(word: str) -> bool:
    low = word.lower()
    return zipf(low, "fr") >= FRENCH_WORD_ZIPF and zipf(low, "fr") - zipf(low) >= FRENCH_WORD_LEAD


def _francophone_paragraph(text: str, start: int, end: int, word: str) -> bool:
    """The name's paragraph names a francophone country (the Maghreb, west and central Africa) and no place of the
    Middle East, or, for a name without a Slavic ending, the article does ("Colonel Saïdou Sanou" in a story from
    Burkina Faso): the country's own usage, which English keeps, is French ("Al Haouz", "Hichem Mechichi")."""
    from .arabic_pattern import CONTEXT, FRANCOPHONE, francophone_article, paragraph_words

    words = paragraph_words(text, start, end)
    return words.isdisjoint(CONTEXT) and (not words.isdisjoint(FRANCOPHONE) or (
        SLAVIC_ENDING_RE.search(word) is None and francophone_article(text)))


def _middle_east_paragraph(text: str, start: int, end: int) -> bool:
    """The name's paragraph places it in the Arab world, Iran or Afghanistan, and gives it no French nationality
    ("the French-Lebanese journalist …")."""
    from .arabic_pattern import CONTEXT, FRANCOPHONE, FRENCH_TITLE_RE, middle_east_article, paragraph_words

    words = paragraph_words(text, start, end)
    return ((not words.isdisjoint(CONTEXT) or middle_east_article(text)) and words.isdisjoint(FRANCOPHONE)
            and FRENCH_TITLE_RE.search(text, max(0, start - 60), start) is None)


@functools.lru_cache(maxsize=65536)
def _may_respell(word: str) -> bool:
    """Whether `check` may find a respelling of the word: after the Arabic article, as it is, or as a place."""
    return any(respell(word, **where) is not None for where in ({"after_article": True}, {}, {"as_place": True}))


def check(ctx):
    if not ctx.doc.lang.startswith("en"):
        return
    text = ctx.doc.text
    lex = lexicon()
    listed = listed_spans(text)  # in order, apart
    listed_starts, listed_ends = [s for s, _ in listed], [e for _, e in listed]
    french_people = None
    for start, end, word, whole in capitalised_parts(text):
        if len(word) < MIN_LENGTH:
            continue
        if word in lex.keep or word in lex.english or read_word(word) is not None:  # TRL002's
            continue
        if not _may_respell(word):  # whatever stands around it
            continue
        i = bisect_right(listed_ends, start)  # the first listed span ending after `start`
        if (i < len(listed) and listed_starts[i] < end) or after_french_word(text, start):
            continue
        if FRENCH_AFTER_RE.match(text, end) or _french_word_after(text, end):  # "Coupe de France"
            continue
        after_article = ARABIC_ARTICLE_RE.search(text, max(0, start - 4), start) is not None
        found, as_place = respell(word, after_article=after_article), None
        if found is None and respell(word, as_place=True) is not None:  # an exonym ending: a place?
            as_place = _as_place(text, start, end)
            found = respell(word, as_place=True) if as_place else None
        if found is None or found.english.lower() in CALENDAR:  # "Julie" is not "July"
            continue
        if described_as_french(text, start, end) or _listed_with_french_names(text, start, end):
            continue
        if french_people is None:
            french_people = _surnames_of_french_people(text)
        if whole in french_people or _french_word_as_surname(text, start, word):
            continue
        if not after_article and _french_common_word(word):
            continue  # "Couche-Tard", "Bouche": a French word in a French name, not a transliteration
        if as_place is None and found.strong and found.english_zipf < RARE_ZIPF:
            as_place = _as_place(text, start, end)
        strong = after_article or found.strong and (found.english_zipf >= RARE_ZIPF or bool(as_place)
                                                    or SLAVIC_ENDING_RE.search(word) is not None
                                                    or _after_given_name(text, word))
        if strong and _francophone_paragraph(text, start, end, word):
            strong = False  # the Maghreb and francophone Africa write their names the French way ("Al Haouz")
        elif not strong and "translit" in found.kinds and found.english_zipf >= RARE_ZIPF \
                and _middle_east_paragraph(text, start, end):
            strong = True  # "Hachem Safieddine" beside Hezbollah: an Arabic or Persian name in French letters
        elif not strong and "translit" in found.kinds and (letters := read_eastern_letters(word)) is not None \
                and letters.strong and eastern_text(text):
            strong = True  # "Kermanchah" in a text about Iran: letters English never writes there
        if _occurs(found.english, text):  # an inconsistency the ENT rules report
            strong = False
            message = f"'{word}' looks like a French transliteration of '{found.english}', written elsewhere."
        elif strong:
            message = f"'{word}' looks like a French transliteration; English writes '{found.english}'."
        else:
            message = f"'{word}' may be a French transliteration; English usually writes '{found.english}'."
        yield Hit(start, end, message, suggestion=found.english,
                  severity=Severity.WARNING if strong else Severity.INFO)


RULE = Rule(
    code="TRL003",
    name="french-respelling",
    category=Category.TRANSLITERATION,
    severity=Severity.WARNING,
    summary="A name in French spelling that English writes by regular correspondences (ou→u, tch→ch, -ie→-ia).",
    check=check,
    doc="""\
## What it does
Catches names in French transliteration that neither the list (TRL001) nor the Slavic pattern
(TRL002) knows: Arabic, Persian, Central Asian and Russian names and French exonyms of places. For
each capitalised word it writes the respellings the regular French → English correspondences
allow (ou → u/w/o, tch → ch, ch → sh, dj → j, j → zh, initial Ia/Ie/Iou/E → Ya/Ye/Yu/Ye, medial
ia → ya, gu → g before e/i, -ine → -in, -ski → -sky, a doubled s, and after a place preposition the
exonym endings -ie → -ia/-y, -que → -ca/-co) and looks each up in an English word-frequency list.
The word is reported when English text uses a respelling at least ten times as often as the
written form ("Zarqaoui" → "Zarqawi", "Anouar" → "Anwar", "Boukhara" → "Bukhara", "in
Tasmanie" → "Tasmania"); the suggestion is that respelling.

A respelling English uses rarely (a Zipf frequency under 2) is a warning only for a surname, a
place or a Slavic name; a lone given name ("Nahel's mother, Mounia") may be a French citizen's, spelled
as she spells it, and is information. One change with little evidence ("Zouhri" → "Zuhri") is
information too, and so is a word whose respelling the text writes elsewhere ("Donald Tusk ...
Donald Tousk"), a name inconsistency the entity rules report.

After the Arabic article ("al-Cham", "el-Bachir") the name is Arabic: the respelling needs a smaller lead
and may be an English word ("Sham"), and the finding is a warning.

Left alone: words English already uses as written ("Louis", "Moussa", "Massoud"), changes of
accents alone ("Hélène"), a final -e or c/k alone ("Hollande", "Marc"), exonym endings where the
word is not a place ("Julie", "Virginie"), the surname of anyone the text names with a French given
name ("Élisabeth Borne", "Pierre Marchal"; an Arabic given name such as "Abdallah" does not count), a given
name listed with French given names ("Anthony, Anouchka and Alain-Fabien"), a form both languages write
one change away from an English word ("Douchy", a French village, and "duchy"), a word after a French
article, capitalised or not ("Le Samouraï"), a word followed by a French article or preposition
("Coupe de France"), and words the other two rules cover.

A common French word borne as a surname after a given name that is neither eastern nor Arabic ("Marion
Rousse") is a French person's name and is left alone.

A warning drops to information in a paragraph about the Maghreb or francophone Africa, whose own spellings are
French ("the Haouz region" in Morocco), and information rises to a warning for a change of the transliteration
systems in a paragraph about the Arab world, Iran or Afghanistan ("Hachem" beside Hezbollah), unless a French
nationality is given. A common French word ("Couche" in "Couche-Tard") is a French name's word, not a transliteration.

## Why is this bad?
Machine translation copies French transliterations of foreign names; English readers and search
engines know these people and places under their English spelling.

## Example
`Abou Moussab al-Zarqaoui` → `al-Zarqawi`.
""",
    examples=(
        Example("The name of [[Hachem]] Safieddine, head of Hezbollah's executive council, is mentioned most often.",
                note="a French transliteration in a paragraph about the Arab world: a warning"),
        Example("The Moroccan king visited the [[Haouz]] region after the earthquake.",
                note="a francophone country's own spelling: information at most"),
        Example("The Canadian retailer Couche-Tard bid for Carrefour.", note="a French word in a name"),
        Example("Fires raged across the Bouches-du-Rhône on Sunday.", note="a French department's name"),
        Example("The group was founded by Abu Musab al-[[Zarqaoui]] in 2004."),
        Example("Former Egyptian president [[Anouar]] Sadat was assassinated in 1981."),
        Example("The former head of Roscosmos, Dmitry [[Rogozine]], was wounded in Donetsk.",
                note="a Slavic name the pattern rule does not read: the frequency list does"),
        Example("Flights to [[Boukhara]] were cancelled."),
        Example("Bushfires spread in [[Tasmanie]] on Sunday.", note="an exonym ending, after a place preposition"),
        Example("Field marshal Mohamed Hussein [[Tantaoui]] led the military council."),
        Example("Jean-Louis Bourdieu and Nicolas Dupont-Aignan met Hélène Noël in Lyon."),
        Example("Prime Minister Élisabeth Borne and François Hollande spoke; Borne said no."),
        Example("African Union Commission chairman Moussa Faki and Massoud Barzani welcomed Algerian "
                "President Abdelmadjid Tebboune."),
        Example("Julie and Virginie won the Coupe de France; Pierre Marchal said Marchal would stay."),
        Example("Louis Vuitton and Agence France-Presse are in Paris."),
        Example("Kais Saied, Volodymyr Zelenskyy and Volodymyr Zelensky are both spelled in English."),
        Example("Rebels led by Hayat Tahrir al-[[Cham]] took the city.",
                note="after the Arabic article, French 'ch' is English 'sh' even where 'Sham' is a word"),
        Example("The sentence of Abdallah [[Senoussi]], the former intelligence chief, was confirmed.",
                note="an Arabic given name does not make the person French"),
        Example("He died at his estate in Douchy, in the Loiret.",
                note="a French village whose respelling is only an English word ('duchy')"),
        Example("His children Anthony, Anouchka and Alain-Fabien announced his death.",
                note="a given name listed with French given names"),
        Example("From Plein Soleil to Le Samouraï, his films were restored.",
                note="a capitalised French article opens a title"),
        Example("The cyclist's partner, Marion Rousse, commented the race on television.",
                note="a common French word borne as a French surname"),
        Example("The singer Julien Doré and the actress Léa Seydoux attended.", note="French people"),
    ),
)
