"""ADD001, ADD002: English content with no counterpart in the source (a word, or a whole sentence)."""
from __future__ import annotations

from ...align.words import content_words
from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..boilerplate.reader_prompt import is_furniture
from .gaps import (MIN_CONTENT, beside_linked, encoder_gaps, lone_unlinked, moved_nearby, neighbour_span,
                   uncovered_members)


MIN_GAIN = 0.01  # similarity to the source that removing a lone added word must gain (encoder check)
# A lone added word that modifies nothing the source says ("people", "priority", "government") stays a
# hint: as a warning from a gain of 0.02 it found 2 of DEMETR's 100 inserted modifiers and flagged 29
# words in the 108 French-original WMT14 references (ADD001 fell from 1.77 to 0.84 warnings per 1,000
# words there without them: benchmarks/artefacts_wmt.py --bilingual --per-rule; encoder_gains.py).
LONE_WARNING = None
# An unlinked word standing right before a linked content word ("the expensive vehicle") is a
# modifier of something the source does say: a hint when its removal brings the sentence at least
# this much closer to the source, however many other words the lexicon left unlinked, and a warning
# from MODIFIER_WARNING. 0.005 was chosen on DEMETR; as the warning threshold it flagged 2.6
# modifiers per 1,000 words of WMT14 professional translations (20 documents), 0.02 flags 0.7
# words in all (benchmarks/encoder_gains.py).
MODIFIER_GAIN = 0.005
MODIFIER_WARNING = 0.02


def modifiers(links, text: str) -> tuple[int, ...]:
    """Unlinked target words directly before a linked content word (only a space between): added modifiers."""
    return beside_linked(links, text, "target")


def _candidates(ctx):
    """Per aligned pair, the English words that may be additions, each with the gain it needs to be reported."""
    text = ctx.doc.text
    for pair, links in zip(ctx.get("pair.sentences"), ctx.get("pair.words")):
        if links is None or pair.score < 0.5:
            continue
        wanted = {j: MIN_GAIN for j in lone_unlinked(links, "target")}
        for j in modifiers(links, text):
            wanted[j] = min(wanted.get(j, 1.0), MODIFIER_GAIN)
        words = [(links.target[j], gain) for j, gain in sorted(wanted.items())
                 if not links.target[j].capitalised and not links.target[j].number]
        if words:
            yield pair, links, words


def check_words(ctx):
    found = [(pair, pair.target_span, pair.source_span, words, links.source) for pair, links, words in _candidates(ctx)]
    if not found:
        return
    needs = {(id(pair), word): needed for pair, _, _, words, _ in found for word, needed in words}
    for pair, word, gain in encoder_gaps(ctx.model("encoder"), found, ctx.doc.text, ctx.source.text):
        needed = needs[id(pair), word]
        warning = MODIFIER_WARNING if needed == MODIFIER_GAIN else LONE_WARNING
        clear = warning is not None and gain >= warning
        yield Hit(word.start, word.end,
                  f"'{word.text}' has no counterpart in the source sentence: the translation adds it.",
                  source_span=pair.source_span, severity=Severity.WARNING if clear else Severity.INFO)


def check_sentences(ctx):
    pairs = ctx.get("pair.sentences")
    source, target = ctx.source, ctx.doc
    sentences = ctx.get("target.sentences")
    for pair, links in zip(pairs, ctx.get("pair.words")):
        for start, end in uncovered_members(pair, links, sentences, "target"):
            yield Hit(start, end, "This sentence has no counterpart in the source: the translation adds it.",
                      source_span=pair.source_span)
    for index, pair in enumerate(pairs):
        if pair.source or not pair.target:
            continue
        words = content_words(target.text, *pair.target_span, target.lang or "en")
        if len([w for w in words if not w.number and not w.light]) < MIN_CONTENT:
            continue
        if sum(not (w.number or w.light or w.capitalised) for w in words) < 3:
            continue  # a credit or a dateline ("Photo: Pedro Nunes / AFP"): names, not content
        if is_furniture(target.text[pair.target_span[0]:pair.target_span[1]]):
            continue  # a reader prompt scraped from the page: the boilerplate rules report it
        if moved_nearby(words, source.text, neighbour_span(pairs, index, "source"), source.lang or "fr", False):
            continue
        start, end = pair.target_span
        yield Hit(start, end, "This sentence has no counterpart in the source: the translation adds it.",
                  source_span=pair.source_span)


ADDED_WORD = Rule(
    code="ADD001",
    name="added-word",
    category=Category.ADDITION,
    severity=Severity.WARNING,
    summary="An English content word with no counterpart in an otherwise faithfully translated sentence.",
    check=check_words,
    requires=("pair.sentences", "pair.words", "pair.similarity"),
    doc="""\
## What it does
Links the content words of each aligned sentence pair (same number, cognate or shared name,
the French→English lexicon in `checker/data/lexicon_fr_en.tsv.gz`, and the encoder when one
is available) and reports an English word that nothing in the French sentence accounts for,
when the rest of the pair is well covered (at least 80 % of the words on both sides linked, at
most two unlinked), and whose removal does not make the sentence less similar to its source for
the encoder (a word that carries source meaning the lexicon missed, as "car" in "car park" for
*parking*, loses similarity when removed). An unlinked word standing right before a linked
content word ("the expensive vehicle", "a violent protest") is a modifier of something the source
does say: it is a candidate however many other words are unlinked, and a hint (info) when its
removal brings the sentence at least 0.005 closer to the source, a warning from 0.02; the word must
be unlike every source word on its own (cosine under 0.5). A lone added word that modifies nothing
("people", "priority") stays a hint whatever its gain: as a warning it found 2 of DEMETR's 100
inserted modifiers for 29 false alarms in the 108 French-original WMT14 references. It needs the
encoder: the lexicon alone flags too
many free renderings (12 per 1,000 words of WMT14 references). Names and numbers are left to the
entity and number rules. The thresholds trade DEMETR against real translations (development
figures): warning from a gain of 0.005, it found about 4 in 10 of DEMETR's inserted modifiers but
also flagged 2.6 words per 1,000 of WMT14 professional translations; from 0.02 it warns on about
a quarter of the inserted modifiers (the rest are hints) and on 0.7 words per 1,000 of references.

## Why is this bad?
An inserted modifier changes the claim: "the expensive vehicle", "a violent protest", "the
controversial law" say what the source did not.

## Example
Source: `Le véhicule a été retrouvé dans un parking.`
Translation: `The expensive vehicle was found in a car park.` → *expensive* is added.
""",
    examples=(
        Example("The [[expensive]] vehicle was found in a car park near the station.",
                source="Le véhicule a été retrouvé dans un parking près de la gare."),
        Example("The government presented its [[controversial]] reform to parliament on Wednesday.",
                source="Le gouvernement a présenté sa réforme au parlement mercredi."),
        Example("Thousands of [[angry]] farmers blocked the roads around the capital.",
                source="Des milliers d'agriculteurs ont bloqué les routes autour de la capitale."),
        Example("The company [[secretly]] announced the closure of its factory in the north.",
                source="L'entreprise a annoncé la fermeture de son usine dans le nord."),
        Example("The museum will reopen its [[beautiful]] doors to visitors in September.",
                source="Le musée rouvrira ses portes aux visiteurs en septembre."),
        Example("The vehicle was found in a car park near the station.",
                source="Le véhicule a été retrouvé dans un parking près de la gare."),
        Example("The government presented its reform to parliament on Wednesday.",
                source="Le gouvernement a présenté sa réforme au parlement mercredi."),
        Example("Thousands of farmers blocked the roads around the capital on Monday.",
                source="Des milliers d'agriculteurs ont bloqué lundi les routes autour de la capitale."),
        Example("The museum will reopen to visitors in September.",
                source="Le musée rouvrira ses portes aux visiteurs en septembre."),
        Example("President Emmanuel Macron met the German chancellor in Berlin.",
                source="Le président Emmanuel Macron a rencontré le chancelier allemand à Berlin."),
    ),
)

ADDED_SENTENCE = Rule(
    code="ADD002",
    name="added-sentence",
    category=Category.ADDITION,
    severity=Severity.WARNING,
    summary="An English sentence with content that no source sentence translates.",
    check=check_sentences,
    requires=("pair.sentences", "pair.words", "target.sentences"),
    doc="""\
## What it does
Aligns the translation with its source sentence by sentence and reports an English sentence
of at least four content words that translates nothing in the source. A sentence whose words
mostly come from the neighbouring source sentences (one French sentence split in two) is
restructuring and is not reported.

## Why is this bad?
Content with no source is either an invention of the machine, a leftover from another
article, or an editor's insertion that the source does not support.

## Example
Source: `Le ministre a démissionné.`
Translation: `The minister resigned. Sources say he was forced out by the president.`
""",
    examples=(
        Example("The minister resigned. [[Sources close to the palace say the president forced him out.]]",
                source="Le ministre a démissionné."),
        Example("[[Investors reacted nervously to the announcement yesterday.]] Prices rose by 3% in March.",
                source="Les prix ont augmenté de 3 % en mars."),
        Example("The mayor inaugurated the bridge. [[The ceremony was attended by hundreds of local "
                "schoolchildren.]] Works will continue until autumn.",
                source="Le maire a inauguré le pont. Les travaux se poursuivront jusqu'à l'automne."),
        Example("The court sentenced him to two years in prison. [[His lawyer immediately criticised "
                "the judges in a television interview.]]",
                source="Le tribunal l'a condamné à deux ans de prison."),
        Example("Police arrested two suspects. [[Neighbours described both men as quiet and polite "
                "family fathers.]]",
                source="La police a interpellé deux suspects."),
        Example("The minister resigned. He will be replaced by his deputy.",
                source="Le ministre a démissionné. Il sera remplacé par son adjoint."),
        Example("The minister resigned on Monday. He will be replaced by his deputy.",
                source="Le ministre a démissionné lundi et sera remplacé par son adjoint.",
                note="one French sentence split in two"),
        Example("Prices rose. That's all.", source="Les prix ont augmenté."),
        Example("The storm destroyed dozens of houses. More than three thousand homes are still "
                "without electricity.",
                source="La tempête a détruit des dizaines de maisons, et plus de trois mille foyers sont "
                       "toujours privés d'électricité."),
        Example("Police arrested two suspects. They were released on Tuesday.",
                source="La police a interpellé deux suspects. Ils ont été relâchés mardi."),
    ),
)

RULES = (ADDED_WORD, ADDED_SENTENCE)
