"""GRB030: a sentence whose words render the source's in no order at all, and whose English order is poor too."""
from __future__ import annotations

from ...align.words import LEFTOVER
from ...findings import Category, Hit, Severity
from ...lang.word_order import order_model
from ...registry import Example, Rule

# Three signals must agree (chosen on DEMETR's shuffled rows against the 108 French-original WMT14
# references, development data): the word links, read in French order, agree with the English order
# little overall (Kendall's tau below MAX_TAU: a translator who moves a whole clause keeps each clause
# in order, but tau falls), they turn back often (a descent at MIN_DESCENTS of the steps or more: a
# moved clause makes one or two, an adjective put before its noun one each), and the English order of
# word classes is below MAX_ORDER (GRB007, which needs no source, reports below 0.22). Tried: tau
# alone flagged 11 WMT14 sentences, descents alone 14, the two together 7 (professional translations
# that reorder a long sentence), all three none, for 9 more of DEMETR's 100 shuffled sentences.
MIN_LINKS = 5
MAX_TAU = 0.3
MIN_DESCENTS = 0.3
MAX_ORDER = 0.5


def _tau(pairs: list[tuple[int, int]]) -> float:
    """Kendall's tau between the source and the target positions of linked words."""
    agree = disagree = 0
    for a in range(len(pairs)):
        for b in range(a + 1, len(pairs)):
            sign = (pairs[a][0] - pairs[b][0]) * (pairs[a][1] - pairs[b][1])
            agree += sign > 0
            disagree += sign < 0
    return (agree - disagree) / max(agree + disagree, 1)


def disorder(links) -> tuple[float, float] | None:
    """(tau, share of descents) of a bead's evidence links in source order, or None with too few links."""
    firm = sorted((i, j) for i, j, strength in links.links if strength > LEFTOVER)
    if len(firm) < MIN_LINKS:
        return None
    descents = sum(b[1] < a[1] for a, b in zip(firm, firm[1:])) / (len(firm) - 1)
    return _tau(firm), descents


def check(ctx):
    model = order_model()
    for pair, links in zip(ctx.get("pair.sentences"), ctx.get("pair.words")):
        if links is None or not pair.source or not pair.target:
            continue
        found = disorder(links)
        if found is None or found[0] >= MAX_TAU or found[1] < MIN_DESCENTS:
            continue
        score, _ = model.score(ctx.doc.text[slice(*pair.target_span)])
        if score < MAX_ORDER:
            yield Hit(*pair.target_span, f"The words of this sentence follow the source's in no order (order "
                                         f"agreement {found[0]:.2f}) and read poorly in English: retranslate it.",
                      source_span=pair.source_span)


RULE = Rule(
    code="GRB030",
    name="scrambled-against-source",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A sentence whose words render the source's in scrambled order, and whose English order is poor.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
For each aligned sentence pair with at least five word links by evidence (lexicon, cognate, number,
name, or the encoder), reads the English positions of the linked words in French order and reports
the sentence when three signals agree: Kendall's tau between the two orders is below 0.3, the
sequence turns back at three steps in ten or more, and the English order of word classes (the model
GRB007 reads) scores below 0.5. A translator who moves a whole clause ("according to the Lebanese
army" from the start to the end) lowers tau but keeps each clause in order, and an adjective put
before its noun is one turn back each: neither is reported, and a sentence whose English reads well
is not either. GRB007 reports word salad without the source, below 0.22; this rule reaches the
scrambled sentences the source shows. Chosen on DEMETR's shuffled sentences against the 108
French-original WMT14 professional references (development data): it warns on none of those
references nor on DEMETR's, and finds 9 of DEMETR's 100 shuffled sentences that no other rule found.

## Why is this bad?
A sentence whose words were put in the wrong order may keep every word of the source, so a check of
words alone passes it, while no reader can recover who did what.

## Example
Source: `Les lions, les guépards et les léopards sont parfois timides.`
Translation: `Shy leopards are lions, and sometimes cheetahs the.` → the order is scrambled.
""",
    examples=(
        Example("[[Disciplinary taking and accountable responsibility, type performing this struggles "
                "evaluations, making manager holding others assigning decisions, of unpopular action, "
                "with.]]",
                source="Ce type de manager a du mal à prendre des décisions impopulaires, mener des actions "
                       "disciplinaires, réaliser des évaluations, confier des responsabilités, et tenir les "
                       "autres comme responsable."),
        Example("[[Like to I do I this guilty is have about start read one copyright, violating all day "
                "to an feel if article.]]",
                source="Si un jour je commence à me sentir coupable de violer le droit d'auteur, il me suffira "
                       "de lire un article comme celui-ci."),
        Example("[[Other additionally, who stop trust and Airbnb bypassing deal each Airbnb in and "
                "tenants landlords often cash, using directly.]]",
                source="En outre, les propriétaires et les locataires qui se font confiance arrêtent souvent "
                       "d'utiliser Airbnb et traitent directement en espèces, contournant ainsi Airbnb."),
        Example("[[Post-9/11 the checkpoints searches at in have much era also more intrusive security become.]]",
                source="Les fouilles aux points de contrôle de sécurité sont également devenues beaucoup plus "
                       "intrusives dans l’ère de l’après-11 septembre 2001."),
        Example("[[Respect Jesus by laws this others overturned moral remain will who redefining for "
                "hero.]]",
                source="Jésus restera ce héros qui a bouleversé les lois morales en redéfinissant le respect "
                       "d'autrui."),
        Example("Israeli aircraft entered Lebanese air space early on Wednesday afternoon, but the strikes "
                "took place in the evening, according to the Lebanese army.",
                source="Selon l'armée libanaise, des avions israéliens sont entrés dans l'espace aérien libanais "
                       "mercredi en début d'après-midi, mais les frappes ont eu lieu dans la soirée.",
                note="a clause moved from the start to the end"),
        Example("Teenagers learn classical singing through five short plays created by regional artists.",
                source="À travers cinq saynètes imaginées par des artistes de la région, on permet à des "
                       "adolescents d'apprivoiser le chant classique.", note="legitimate restructuring"),
        Example("The pharmacy department has been left seriously short-staffed after multiple departures.",
                source="En raison de multiples départs, le département de pharmacie s'est trouvé fortement "
                       "déficitaire en personnel.", note="cause and effect swapped: restructuring"),
        Example("Lions, cheetahs and leopards are sometimes shy.",
                source="Les lions, les guépards et les léopards sont parfois timides.", note="in order"),
        Example("Economic and social reforms were adopted by the new parliament on Monday.",
                source="Les réformes économiques et sociales ont été adoptées lundi par le nouveau parlement.",
                note="adjectives before their nouns"),
    ),
)

RULES = (RULE,)
