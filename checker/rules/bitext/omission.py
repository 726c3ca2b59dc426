"""OMI001, OMI002: source content with no counterpart in the translation (a sentence, or words of one)."""
from __future__ import annotations

from ...align.words import content_words
from ...findings import Category, Hit, Severity, shorten
from ...registry import Example, Rule
from .gaps import (MIN_CONTENT, beside_linked, encoder_gaps, gap_anchor, last_token, lone_unlinked, moved_nearby,
                   neighbour_span, uncovered_members)


def check_sentences(ctx):
    pairs = ctx.get("pair.sentences")
    source, target = ctx.source, ctx.doc
    sentences = ctx.get("source.sentences")
    for index, (pair, links) in enumerate(zip(pairs, ctx.get("pair.words"))):
        for start, end in uncovered_members(pair, links, sentences, "source"):
            if start > sentences[pair.source[0]].start:  # the gap follows translated content of this bead
                anchor = last_token(target.text, *pair.target_span)
            else:
                anchor = gap_anchor(target.text, pairs, index)
            yield Hit(anchor[0], anchor[1],
                      f"The source sentence “{shorten(source.text[start:end])}” has no counterpart in this "
                      "translation: it was left out.", source_span=(start, end))
    for index, pair in enumerate(pairs):
        if not pair.source or pair.target:
            continue
        words = content_words(source.text, *pair.source_span, source.lang or "fr")
        if len([w for w in words if not w.number and not w.light]) < MIN_CONTENT:
            continue
        if moved_nearby(words, target.text, neighbour_span(pairs, index, "target"), target.lang or "en", True):
            continue
        start, end = gap_anchor(target.text, pairs, index)
        missing = source.text[pair.source_span[0]:pair.source_span[1]]
        yield Hit(start, end, f"The source sentence “{shorten(missing)}” has no counterpart in the translation "
                              "here: it was left out.", source_span=pair.source_span)


def _anchor(links, index: int) -> tuple[int, int]:
    """The English word linked to the nearest linked source word before (else after) the missing one."""
    to_target = {i: j for i, j, _ in links.links}
    for k in [*range(index - 1, -1, -1), *range(index + 1, len(links.source))]:
        if k in to_target:
            word = links.target[to_target[k]]
            return word.start, word.end
    return links.target[0].start, links.target[-1].end


# With the encoder, an unlinked source word right beside a linked content word ("manifestants
# violents") is a dropped modifier when removing it from the French brings the French closer to
# the English by DROPPED_GAIN, and no English word is like it on its own: a hint. 0.03 was chosen on
# DEMETR; as a warning threshold it flagged 0.7 words per 1,000 of WMT14 professional translations
# (20 documents). The encoder's gain alone never makes a warning (CLEAR_DROP = None): from 0.08 it
# warned on 3 of DEMETR's 384 removed adjectives, verbs, nouns and subjects (1 that no other rule
# found) and on 6 words of the 108 French-original WMT14 references (0.19 per 1,000 words), its gains
# there (0.08-0.12) overlapping DEMETR's (0.09-0.10). Structural evidence does not rescue it either:
# benchmarks/omission_calibration.py --lexical --encoder shows that an unlinked word the lexicon knows,
# in an empty slot between linked neighbours and confirmed by the encoder, is as frequent in the
# WMT14 references as in DEMETR's removals for every gain tried.
DROPPED_GAIN = 0.03
CLEAR_DROP = None


def check_words(ctx):
    pairs = ctx.get("pair.sentences")
    rows, found = [], []
    for bead, (pair, links) in enumerate(zip(pairs, ctx.get("pair.words"))):
        if links is None or pair.score < 0.5:
            continue
        lone = [i for i in lone_unlinked(links, "source")
                if not links.source[i].capitalised and not links.source[i].number]
        beside = [i for i in beside_linked(links, ctx.source.text, "source")
                  if not links.source[i].capitalised and not links.source[i].number]
        rows.append((bead, pair, links, lone))
        if beside:
            found.append((bead, pair.source_span, pair.target_span, [(links.source[i], DROPPED_GAIN) for i in beside],
                          links.target))
    dropped = {}
    if found and ctx.has("encoder"):
        dropped = {(bead, word): gain for bead, word, gain in encoder_gaps(ctx.model("encoder"), found,
                                                                          ctx.source.text, ctx.doc.text)}
    for bead, pair, links, lone in rows:
        for i in sorted(set(lone) | {links.source.index(w) for b, w in dropped if b == bead}):
            word = links.source[i]
            start, end = _anchor(links, i)
            yield Hit(start, end,
                      f"The source's “{word.text}” has no counterpart in this sentence: a word or clause "
                      "was probably left out.", source_span=(word.start, word.end),
                      severity=Severity.WARNING if CLEAR_DROP is not None
                      and dropped.get((bead, word), 0.0) >= CLEAR_DROP else Severity.INFO)


OMITTED_SENTENCE = Rule(
    code="OMI001",
    name="omitted-sentence",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A source sentence that carries content has no counterpart in the translation.",
    check=check_sentences,
    requires=("pair.sentences", "pair.words", "source.sentences"),
    doc="""\
## What it does
Aligns the translation with its source sentence by sentence and reports a source sentence with
at least four content words that no English sentence translates. The finding sits on the last
word before the gap and its source span covers the missing sentence. Restructuring is not an
omission: when most of the sentence's content words reappear in the neighbouring English
sentences (two French sentences joined into one), nothing is reported.

## Why is this bad?
A dropped sentence silently removes a claim, a figure or a quote from the article, and nothing
in the English shows it.

## Example
Source: `Le ministre a démissionné. Il sera remplacé lundi par sa secrétaire d'État.`
Translation: `The minister resigned.` → the second sentence is missing.
""",
    examples=(
        Example("The minister [[resigned.]]\n\nThe government will meet on Tuesday.",
                source="Le ministre a démissionné. Il sera remplacé lundi par sa secrétaire d'État, "
                       "a annoncé l'Élysée.\n\nLe gouvernement se réunira mardi."),
        Example("The storm destroyed dozens of [[houses.]] The army was deployed on Sunday.",
                source="La tempête a détruit des dizaines de maisons. Plus de trois mille foyers sont "
                       "toujours privés d'électricité dans la région. L'armée a été déployée dimanche."),
        Example("Prices rose by 3% in [[March.]]",
                source="Les prix ont augmenté de 3 % en mars. Les économistes redoutent une nouvelle "
                       "hausse des taux d'intérêt avant l'été."),
        Example("The mayor inaugurated the new bridge on Saturday in front of a large [[crowd.]] "
                "Works will continue until autumn.",
                source="Le maire a inauguré samedi le nouveau pont devant une foule nombreuse. "
                       "La construction a coûté plus cher que prévu selon l'opposition municipale. "
                       "Les travaux se poursuivront jusqu'à l'automne."),
        Example("The court sentenced the former director to two years in [[prison.]]",
                source="Le tribunal a condamné l'ancien directeur à deux ans de prison. Son avocat a "
                       "immédiatement annoncé qu'il ferait appel de cette décision."),
        Example("The minister resigned on Monday; he will be replaced by his deputy.",
                source="Le ministre a démissionné lundi. Il sera remplacé par son adjoint.",
                note="two French sentences joined into one English sentence"),
        Example("The minister resigned. He will be replaced by his deputy.",
                source="Le ministre a démissionné. Il sera remplacé par son adjoint."),
        Example("Prices rose.", source="Les prix ont augmenté. Voilà."),
        Example("The storm destroyed dozens of houses, and more than three thousand homes are still "
                "without electricity.",
                source="La tempête a détruit des dizaines de maisons. Plus de trois mille foyers sont "
                       "toujours privés d'électricité."),
        Example("Police arrested two suspects. They were released on Tuesday evening without charge.",
                source="La police a interpellé deux suspects. Ils ont été relâchés mardi soir sans "
                       "poursuites."),
    ),
)

OMITTED_WORDS = Rule(
    code="OMI002",
    name="omitted-words",
    category=Category.OMISSION,
    severity=Severity.INFO,
    summary="A content word of the source sentence has no counterpart in its otherwise faithful translation.",
    check=check_words,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Links the content words of each aligned sentence pair (same number, cognate or shared name,
the French→English lexicon, and the encoder when one is available) and reports a source word
left without a counterpart while the rest of the pair is well covered (at least 80 % of the
words on both sides linked, at most two words unlinked). Names and figures are left to the
entity and number rules. It is a hint (info): a translator may drop a word on purpose. With the
encoder, a source word left unlinked right beside a linked content word (a modifier of something
the English does say: *manifestants violents*) is reported when removing it from the French
brings the French at least 0.03 closer to the English and no English word is like it on its own
(cosine under 0.5), also as a hint. The encoder's vote never makes it a warning: from a gain of
0.08 it warned on 3 of DEMETR's 384 removed adjectives, verbs, nouns and subjects (1 that no other
rule found) but on 0.19 words per 1,000 of the WMT14 professional translations, whose gains
overlap DEMETR's; and an unlinked word the lexicon knows, in an empty slot between linked
neighbours, is as frequent in those references as in DEMETR's removals at every gain tried
(`benchmarks/omission_calibration.py --lexical --encoder`; development figures). A dropped noun,
verb or subject that breaks the English sentence is OMI003's.

## Why is this bad?
An adjective, a verb or a noun dropped by the machine changes the claim ("a violent storm"
becomes "a storm", "the first woman" becomes "the woman").

## Example
Source: `La police a arrêté trois manifestants violents.`
Translation: `Police arrested three demonstrators.` → *violents* is missing.
""",
    examples=(
        Example("Police arrested three [[demonstrators]] in the centre of Lyon on Saturday.",
                source="La police a arrêté trois manifestants violents dans le centre de Lyon samedi."),
        Example("The government presented its [[budget]] to parliament on Wednesday morning.",
                source="Le gouvernement a présenté son budget rectificatif au parlement mercredi matin."),
        Example("The company announced the [[closure]] of its factory in the north of the country.",
                source="L'entreprise a annoncé la fermeture définitive de son usine dans le nord du pays."),
        Example("The victims were taken to the [[hospital]] of Nantes by helicopter.",
                source="Les victimes ont été transportées à l'hôpital universitaire de Nantes par hélicoptère."),
        Example("The minister visited the [[school]] and met teachers and parents.",
                source="Le ministre a visité l'école sinistrée et a rencontré enseignants et parents."),
        Example("Police arrested three violent demonstrators in the centre of Lyon on Saturday.",
                source="La police a arrêté trois manifestants violents dans le centre de Lyon samedi."),
        Example("The government presented its amending budget to parliament on Wednesday morning.",
                source="Le gouvernement a présenté son budget rectificatif au parlement mercredi matin."),
        Example("The company announced the permanent closure of its factory in the north of the country.",
                source="L'entreprise a annoncé la fermeture définitive de son usine dans le nord du pays."),
        Example("It rained.", source="Il a plu toute la journée sur la capitale bretonne."),
        Example("The victims were taken to Nantes university hospital by helicopter.",
                source="Les victimes ont été transportées à l'hôpital universitaire de Nantes par hélicoptère."),
    ),
)

RULES = (OMITTED_SENTENCE, OMITTED_WORDS)
