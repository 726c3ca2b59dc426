"""OMI010: "an livelihood", "a opportunity": an article left for a dropped modifier whose French is still there."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .orphans import _adjacent, _beads

# words whose first letter misleads: "an hour", "a university", "a one-off", "a European"
SILENT_H = ("hour", "honest", "honor", "honour", "heir")
CONSONANT_VOWELS = ("uni", "use", "usu", "uti", "ura", "eu", "one", "once", "ubiq", "ewe")
NEARBY = 3  # French tokens on each side of the noun's counterpart where the dropped modifier may stand


def _wrong_article(article: str, word: str) -> bool:
    """Whether 'a' / 'an' does not fit the sound of the (lowercase) word after it."""
    vowel = word[0] in "aeiou"
    if word.startswith(SILENT_H):
        vowel = True
    elif word.startswith(CONSONANT_VOWELS):
        vowel = False
    return vowel if article == "a" else not vowel


def mismatches(text: str, bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for an article that does not fit the word after it, while a French
    content word beside that word's counterpart has no counterpart itself: the word the article was for."""
    en, fr, out = bead.en, bead.fr, []
    for p in range(len(en) - 1):
        article, word = en[p], en[p + 1]
        if article.low not in ("a", "an") or not word.text.isalpha() or not word.text.islower():
            continue
        if not _adjacent(text, article, word) or not _wrong_article(article.low, word.low):
            continue
        h = bead.en_linked(p + 1, firm=True)
        if h is None:
            if article.low == "an" and word.low.startswith("h"):
                continue  # "an historic", "an hotel": an older usage, not a slip
            h = _same_place(bead, p + 1)  # a noun the lexicon does not know ("livelihood" for *moyen de subsistance*)
        dropped = [q for q in range(max(0, h - NEARBY), min(len(fr), h + NEARBY + 1))
                   if q != h and bead.fr_orphan(q) and fr[q].text.islower()]
        if dropped:
            out.append((article.start, word.end, min(dropped, key=lambda q: abs(q - h))))
    return out


def _same_place(bead, p: int) -> int:
    """The French token at the relative place of English token p."""
    return round(p / max(len(bead.en) - 1, 1) * (len(bead.fr) - 1))


def check(ctx):
    text = ctx.doc.text
    for pair, bead in _beads(ctx):
        for start, end, q in mismatches(text, bead):
            word = bead.fr[q]
            yield Hit(start, end, f"A word is missing here: the article fits a word that is gone, and the source's "
                                  f"“{word.text}” has no counterpart.", source_span=(word.start, word.end))


RULE = Rule(
    code="OMI010",
    name="orphaned-article",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="An article that fits a dropped word ('an livelihood', 'a opportunity') while the French word is still there.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reads each aligned sentence pair and reports *a* before a vowel sound or *an* before a consonant
sound ("an livelihood", "a opportunity") when the word after the article renders a French word
(by the lexicon or the encoder) and a French content word within three words of it has no English
counterpart: the article was chosen for a modifier the translation then lost (*une décision
impopulaire*, *une bonne occasion*). When the lexicon does not know the English word ("livelihood" for
*gagne-pain*), the French is read at the English word's relative place; *an* before an *h* is then
left alone ("an historic day", an older usage). Sounds are read from spelling with the usual
exceptions ("an hour", "an honest", "a university", "a European", "a one-off"). Not reported: a
capitalised word or an acronym after the article ("an NGO", "a UN report", "An Henri"), a mismatch
whose French is fully rendered (a plain typo, left to spelling checkers), and an article directly
followed by a preposition or a verb (OMI003 reads those seams).
On DEMETR it finds one removed adjective that no other rule finds ("a opportunity") and flags none of the human
references or unperturbed translations; on the 108 French-original WMT14 professional references it
warns on no word (development data: `benchmarks/demetr.py --modes bi`,
`benchmarks/artefacts_wmt.py --bilingual --per-rule`).

## Why is this bad?
A machine translation that drops an adjective keeps the article it chose for it, so the only trace of
a lost qualifier ("an important livelihood", "a good opportunity") is an article that no longer fits.

## Example
Source: `C'était une décision impopulaire prise lundi par le conseil.`
Translation: `It was an decision taken by the board on Monday.` → *impopulaire* is missing.
""",
    examples=(
        Example("Fishing remains [[an livelihood]] for the villagers of the coast.",
                source="La pêche reste un gagne-pain essentiel pour les villageois de la côte.",
                note="the lexicon does not know 'livelihood': the French is read at the same place"),
        Example("It was an historic day for the club.", source="C'était une journée historique pour le club.",
                note="'an' before an 'h': an older usage, not a dropped word"),
        Example("It was [[an decision]] taken by the board on Monday.",
                source="C'était une décision impopulaire prise lundi par le conseil."),
        Example("The minister announced [[a investment]] in the railways.",
                source="Le ministre a annoncé un énorme investissement dans les chemins de fer."),
        Example("The mayor described it as [[an project]] for the whole region.",
                source="Le maire l'a décrit comme un ambitieux projet pour toute la région."),
        Example("She had [[an career]] in the army before entering politics.",
                source="Elle avait eu une longue et excellente carrière dans l'armée avant d'entrer en politique."),
        Example("The company reported [[an loss]] for the third quarter.",
                source="L'entreprise a annoncé une lourde perte pour le troisième trimestre."),
        Example("Police found [[a object]] near the car.",
                source="La police a trouvé un étrange objet près de la voiture."),
        Example("This is a good opportunity to admire the Northern Lights.",
                source="C'est une bonne occasion d'admirer les aurores boréales."),
        Example("He waited an hour before calling a university hospital.",
                source="Il a attendu une heure avant d'appeler un hôpital universitaire.",
                note="a silent h and a consonant u"),
        Example("An NGO published a UN report on Monday.",
                source="Une ONG a publié lundi un rapport de l'ONU.", note="acronyms"),
        Example("This is a opportunity to admire the Northern Lights.",
                source="C'est une occasion d'admirer les aurores boréales.",
                note="a typo: the French has no word the article was for"),
        Example("It was an European decision, taken by the council.",
                source="C'était une décision européenne, prise par le conseil.",
                note="'European' opens on a consonant sound, but nothing is missing: a typo"),
    ),
)

RULES = (RULE,)
