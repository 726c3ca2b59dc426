"""GRB009: a sentence that disagrees with a back-translation of its source, relative to its article, localised."""
from __future__ import annotations

from ...findings import Category, Hit, Severity, shorten
from ...registry import Example, Rule

MIN_WORDS = 5  # source words below which chrF is too noisy to judge (headlines, captions)
# A bead is reported when its chrF against the back-translation is this many standard deviations below
# sentences of its length and below the rest of its article, and at least one content word differs.
PRIOR_CUT = -1.5
ARTICLE_CUT = -2.0
# Strong evidence (a warning): far below both, with two or more words of one side missing from the other.
STRONG_CUT = -3.0
STRONG_WORDS = 2
WHOLE = 0.6  # share of the target's content words without counterpart from which a garbled sentence is reported whole


def strength(bt) -> Severity | None:
    """None when the bead agrees well enough with its back-translation; else the finding's severity."""
    if bt.source_words < MIN_WORDS or bt.prior > PRIOR_CUT or bt.article > ARTICLE_CUT:
        return None
    if not bt.added and not bt.missing:
        return None  # the same words in another order or form: chrF alone is no evidence of meaning
    strong = (bt.prior <= STRONG_CUT and bt.article <= STRONG_CUT
              and max(bt.added_words, bt.missing_words) >= STRONG_WORDS)
    return Severity.WARNING if strong else Severity.INFO


def _words(differences, limit: int = 4) -> str:
    shown = [f"“{shorten(d.text, 40)}”" for d in sorted(differences, key=lambda d: -d.words)[:limit]]
    return ", ".join(shown) + (", …" if len(differences) > limit else "")


def check(ctx):
    for bt in ctx.get("pair.backtranslation"):
        severity = strength(bt)
        if severity is None:
            continue
        t_start, t_end = bt.target_span
        evidence = (f"a machine back-translation of the source reads “{shorten(bt.back)}” "
                    f"(chrF {bt.chrf:.0f}, far below the article's other sentences)")
        lacks = f"; it also says {_words(bt.missing)}, which the translation lacks" if bt.missing else ""
        if bt.added and (not bt.missing or bt.added_words < WHOLE * bt.target_content):
            run = max(bt.added, key=lambda d: (d.words, d.end - d.start, -d.start))
            others = bt.added_words - run.words
            more = f" (and {others} other word{'s' * (others > 1)})" if others else ""
            message = f"“{shorten(run.text, 60)}”{more} has no counterpart in the source: {evidence}{lacks}."
            start, end = run.start, run.end
        elif bt.added:
            message = (f"Most of this sentence has no counterpart in its source ({_words(bt.added)}): "
                       f"{evidence}{lacks}.")
            start, end = t_start, t_end
        else:
            message = (f"This sentence may leave out part of its source: {evidence}, and says "
                       f"{_words(bt.missing)}, which the translation lacks.")
            start, end = t_start, t_end
        yield Hit(start, end, message, source_span=bt.source_span, severity=severity)


_ARTICLE_FR = ("Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine. "
               "Le ministre des finances prévoit une croissance de deux pour cent l'an prochain. "
               "Les dépenses militaires augmenteront de cinq milliards d'euros. "
               "L'opposition dénonce un budget injuste pour les familles modestes. "
               "Le texte sera débattu à l'Assemblée nationale à partir du mois d'octobre. "
               "{extra}")
_ARTICLE_EN = ("The government presented its draft budget for next year on Wednesday. "
               "The finance minister expects growth of two percent next year. "
               "Military spending will rise by five billion euros. "
               "The opposition denounces a budget that is unfair to low-income families. "
               "The text will be debated in the National Assembly from October. "
               "{extra}")


def _article(extra_en: str, extra_fr: str) -> dict:
    return {"text": _ARTICLE_EN.format(extra=extra_en), "source": _ARTICLE_FR.format(extra=extra_fr)}


RULE = Rule(
    code="GRB009",
    name="back-translation-divergence",
    category=Category.GARBLED,
    severity=Severity.INFO,
    summary="A sentence that disagrees with a machine back-translation of its source, relative to the article.",
    check=check,
    requires=("pair.backtranslation",),
    doc="""\
## What it does
Needs a FR→EN translation model (`--model-translator DIR`, or `model-translator = DIR` in
`[checker]`; for example a local copy of Helsinki-NLP/opus-mt-fr-en, whose tokenizer also needs
the `sentencepiece` package); without one it is skipped. The source side of every 1-1, 1-2 and
2-1 aligned sentence pair (and of a 1-0 pair beside a 0-1 pair, which the aligner would not join)
is translated by that model, in one batched call cached per sentence, and the translation under
check is scored against this back-translation with sacrebleu's sentence-level chrF, the lower of
both directions (chrF weighs recall, so one direction sees omissions and the other additions).
The score is standardised twice: against sentences of the same source length (chrF of short
sentences varies far more), and against the article's other sentences (median and MAD, from six
pairs on). A sentence of at least five source words is reported when it is at least 1.5 standard
deviations below its length prior and 2 below its article, and at least one content word differs.
Words are compared by stem, spelling and inflection, and synonyms are linked by the sentence
encoder when one is loaded (never a French word left in the translation). The finding points at
the longest run of target words with no counterpart in the back-translation; at the whole
sentence when most of its words have none and the back-translation has words it lacks (a garbled
sentence), or when only source content is missing (an omission). The message names those words
and shows the back-translation as evidence. It is a warning when the sentence is 3 standard
deviations below both and two or more words of one side are missing from the other, else
information. The thresholds were chosen on stand-ins (a WMT14 system's output, and DEMETR's
references, in place of the model's back-translation: at most about 0.6 findings per 1,000 words
of human translation); they were not measured with a real translation model, which could not be
downloaded where the checker was built.

## Why is this bad?
A back-translation is a second, independent reading of the source. Where the translation and
that reading agree on everything but one phrase, the phrase is usually a mistranslation, an
addition, or a hallucination (and the words the back-translation has but the translation lacks
show what went missing). A bare chrF threshold would mostly flag short headlines and free but
faithful translations: the comparison is made against the article's own sentences.

## Example
Source: `Le porte-avions Charles-de-Gaulle a quitté mardi le port de Toulon avec deux mille marins à bord.`
Translation: `The door had Charles-de-Gaulle quit the harbour with a thousand sea men at the edge of the table.`
in an otherwise faithful article, with the back-translation `The aircraft carrier Charles-de-Gaulle
left the port of Toulon on Tuesday with two thousand sailors on board.` → the sentence is reported
(most of its words have no counterpart), naming “sea men at the edge of the table”, “quit the
harbour”, “door”, and what the translation lacks: “aircraft carrier”, “sailors on board”.
A translation with only added words (a hallucinated clause) is reported on the longest added run;
a single mistranslated word in a long sentence barely moves chrF and is left to other rules.
""",
    examples=(
        Example(**_article("[[Police said the weather in Lyon was pleasant for a picnic by the river.]]",
                           "La police a démantelé un réseau de trafiquants de drogue dans la banlieue de Lyon."),
                note="a hallucinated sentence: only 'Police' and 'Lyon' have counterparts"),
        Example(**_article("[[The horse was held to reassure the cheese of the wheel after the kitchen burned.]]",
                           "Le maire a tenu à rassurer les habitants du quartier après l'incendie de la nuit "
                           "dernière."),
                note="word salad: most words have no counterpart, the whole sentence is reported"),
        Example(**_article("[[The door had Charles-de-Gaulle quit the harbour with a thousand sea men at the edge of "
                           "the table.]]",
                           "Le porte-avions Charles-de-Gaulle a quitté mardi le port de Toulon avec deux mille marins "
                           "à bord."),
                note="a garbled rendering (porte-avions read as 'door had')"),
        Example(**_article("[[The farmers bloquent depuis lundi les routes autour de Rennes to protest against the "
                           "baisse des prix du lait.]]",
                           "Les agriculteurs bloquent depuis lundi les routes autour de Rennes pour protester contre "
                           "la baisse des prix du lait."),
                note="half the sentence left in French"),
        Example(**_article("[[The unions call for a strike.]]",
                           "Les syndicats appellent à une grève reconductible dans les transports à partir de "
                           "jeudi prochain dans toute la région parisienne."),
                note="an omission: the sentence is reported, naming what the back-translation has"),
        Example(**_article("The unions are calling for a rolling strike in transport starting on Thursday.",
                           "Les syndicats appellent à une grève reconductible dans les transports à partir de "
                           "jeudi."),
                note="faithful, worded differently from the back-translation"),
        Example(**_article("He took his courage in both hands to announce the news to his employees.",
                           "Il a pris son courage à deux mains pour annoncer la nouvelle à ses employés."),
                note="an idiom rendered word for word, as the back-translation also does"),
        Example(**_article("Strike.", "Grève générale."),
                note="a two-word source is too short to judge"),
        Example(**_article("The CAC 40 closed at 7,412.5 points on Friday, up 0.8%, driven by LVMH and Airbus.",
                           "Le CAC 40 a clôturé vendredi à 7 412,5 points, en hausse de 0,8 %, porté par LVMH "
                           "et Airbus.")),
        Example(**_article("Farm union leaders were received by the minister at the ministry on Tuesday.",
                           "Le ministre a reçu mardi les représentants des syndicats agricoles au ministère."),
                note="restructured: subject and object change places, the words agree"),
    ),
)

RULES = (RULE,)
