"""GRB006: an aligned sentence whose meaning collapses against its source, localised to the words responsible."""
from __future__ import annotations

from ...compare.similarity import calibrate_pairs, collapsed, occlude, units, words
from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

MIN_GAIN = 0.02  # below this, no span explains the drift: the whole sentence is reported
# A drift relative to the article is a hint (info) unless the pair is as far apart as unrelated
# sentences of its length (adequacy at most LOST, checker/compare/similarity.py). On the 108
# French-original WMT14 documents the relative drift flagged the professional references (0.32 per
# 1,000 words: "On ne comprend pas cette volte-face." → "It's hard to understand this U-turn.") more
# often than any of the 8 MT systems (0.03–0.21): free human renderings move the offline encoder's
# cosine as much as machine errors do (benchmarks/artefacts_wmt.py --bilingual --per-rule).
LOST = 0.15
STANDS_OUT = -6.5  # ... or when it stands this far below the article (no WMT14 sentence, human or machine, did)


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def severity_of(cal) -> Severity:
    """A collapsed pair's severity: a warning when it translates something else or stands far out, else a hint."""
    return Severity.WARNING if cal.adequacy <= LOST or cal.article <= STANDS_OUT else Severity.INFO


def check(ctx):
    encoder = ctx.model("encoder")
    judged = units(ctx.source.text, ctx.doc.text, ctx.get("pair.sentences"), ctx.get("pair.similarity"), encoder)
    calibrated = calibrate_pairs(ctx.source.text, judged, [u.similarity for u in judged])
    for pair, cal in zip(judged, calibrated):
        source = ctx.source.text[slice(*pair.source_span)]
        if not collapsed(cal, words(source)):
            continue
        t_start, t_end = pair.target_span
        target = ctx.doc.text[t_start:t_end]
        found = occlude(encoder, source, target)
        typical = f"{cal.similarity:.2f} against its source, far below the article's other sentences"
        severity = severity_of(cal)
        if found is not None and found.gain >= MIN_GAIN:
            phrase = target[found.start:found.end]
            yield Hit(t_start + found.start, t_start + found.end,
                      f"This sentence's meaning drifts from its source (similarity {typical}); “{_quote(phrase)}” "
                      f"is the likeliest culprit: without it the sentence comes closest to “{_quote(source)}”.",
                      source_span=pair.source_span, severity=severity)
        else:
            yield Hit(t_start, t_end,
                      f"This sentence's meaning drifts from its source (similarity {typical}); "
                      f"compare it with “{_quote(source)}”.", source_span=pair.source_span, severity=severity)


_ARTICLE_FR = ("Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine. "
               "Le ministre des finances prévoit une croissance de deux pour cent. "
               "Les dépenses militaires augmenteront de cinq milliards d'euros. "
               "L'opposition dénonce un budget injuste pour les familles modestes. "
               "Le texte sera débattu à l'Assemblée nationale à partir du mois d'octobre. "
               "{extra}")
_ARTICLE_EN = ("The government presented its draft budget for next year on Wednesday. "
               "The finance minister expects growth of two percent. "
               "Military spending will rise by five billion euros. "
               "The opposition denounces a budget that is unfair to low-income families. "
               "The text will be debated in the National Assembly from October. "
               "{extra}")


def _article(extra_en: str, extra_fr: str) -> dict:
    return {"text": _ARTICLE_EN.format(extra=extra_en), "source": _ARTICLE_FR.format(extra=extra_fr)}


RULE = Rule(
    code="GRB006",
    name="meaning-collapse",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="An aligned sentence whose meaning collapses against its source, relative to the article and its length.",
    check=check,
    requires=("pair.sentences", "pair.similarity"),
    doc="""\
## What it does
Compares each aligned sentence with its source through the sentence encoder (cross-lingual cosine)
and standardises the cosine twice: against human translations of sentences of the same length
(WMT14 references, whose cosine is lower and more variable for short sentences), and against the
article's other sentences (median and MAD, from six aligned sentences on). A sentence of at least
five source words is reported when it is at least 3 standard deviations below the length prior and
3 below its article. The finding then points at the words responsible: every span of one to three
English words is removed in turn, and the span whose removal brings the sentence closest to its
source is reported (the whole sentence when no removal helps). The source span is the whole source
sentence. Thresholds were chosen on the WMT14 references (at most about 0.3 findings per 1,000
words of human translation; see `benchmarks/quality_wmt.py`).

Such a drift is reported as a hint (info): on the French-original WMT14 documents it flagged the
professional references (0.32 per 1,000 words, idioms and loose renderings such as "On ne comprend
pas cette volte-face." → "It's hard to understand this U-turn.") more often than any of the 8
machine translation systems (0.03–0.21). It is a warning only when the sentence is as far from its
source as an unrelated sentence of its length (adequacy at most 0.15: a sentence that translates
something else) or stands out of an otherwise close article by 6.5 standard deviations or more
(no WMT14 sentence did, human or machine).

## Why is this bad?
A bare similarity threshold is no detector: loose but faithful translations, short headlines and
long sentences all move the cosine. A sentence that stands far below both its length and its own
article is usually a literal or broken rendering that no longer says what the source says
(*le porte-avions* rendered as "the door had"), which no pattern rule can see.

## Example
Source: `Les dépenses militaires augmenteront de cinq milliards d'euros.`
Translation: `The expenses soldiers will increase of five billions of euro's.` in an otherwise
faithful article → the sentence is reported, pointing at the words whose removal restores it.
""",
    examples=(
        Example(**_article("The [[horse]] was held to reassure the cheese of the wheel after the kitchen burned "
                           "yesterday.",
                           "Le maire a tenu à rassurer les habitants du quartier après l'incendie de la nuit "
                           "dernière."),
                note="word salad: the aligner sets it apart, the pair is judged and the first culprit named"),
        Example(**_article("Police [[said the weather]] in Lyon was pleasant for a picnic by the river.",
                           "La police a démantelé un réseau de trafiquants de drogue dans la banlieue de Lyon.")),
        Example(**_article("[[The football team won its match on Sunday evening.]]",
                           "Les syndicats appellent à une grève reconductible dans les transports à partir de "
                           "jeudi."),
                note="no removal helps: the whole sentence is reported"),
        Example(**_article("[[Bananas.]]", "Les syndicats appellent à une grève."),
                note="one word for a six-word sentence"),
        Example(**_article("The minister's [[dog]] ate seventeen purple umbrellas in the garden of the embassy.",
                           "Le ministre a reçu mardi les représentants des syndicats agricoles au ministère.")),
        Example(**_article("He took his courage in both hands to announce the news to his employees.",
                           "Il a pris son courage à deux mains pour annoncer la nouvelle à ses employés."),
                note="an idiom rendered faithfully"),
        Example(**_article("Farmers' leaders were received at the ministry by the minister on Tuesday.",
                           "Le ministre a reçu mardi les représentants des syndicats agricoles au ministère."),
                note="restructured: the subject and the object change places"),
        Example(**_article("Bananas.", "Grève générale."),
                note="a two-word source is too short to judge"),
        Example(**_article("The trade unions call for a rolling strike in transport from Thursday.",
                           "Les syndicats appellent à une grève reconductible dans les transports à partir de "
                           "jeudi.")),
        Example(**_article("The CAC 40 closed at 7,412.5 points on Friday, up 0.8%, driven by LVMH and Airbus.",
                           "Le CAC 40 a clôturé vendredi à 7 412,5 points, en hausse de 0,8 %, porté par LVMH "
                           "et Airbus."),
                note="figures and names, which the encoder weighs little, in a faithful sentence"),
    ),
)

RULES = (RULE,)
