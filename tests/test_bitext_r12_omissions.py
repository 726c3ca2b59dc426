"""Round 12 omission rules: OMI014 dropped adjective, OMI015 dropped verb, OMI003's new seams and lower score gate."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.bitext import RULES, dropped_adjectives, dropped_verbs
from checker.rules.bitext.seams import seams

NEW = ("OMI014", "OMI015")


def flagged(en: str, fr: str, code: str) -> list[str]:
    """The English text of one rule's findings, rule-only."""
    report = check_text(en, Config(models=False, select=(code,)), source=fr)
    return [en[f.start:f.end] for f in report.findings if f.code == code]


def test_registered_once():
    found = [r.code for r in RULES]
    assert all(found.count(code) == 1 for code in NEW)


@pytest.mark.parametrize("module", (dropped_adjectives, dropped_verbs))
def test_each_rule_has_examples_and_doc(module):
    marked = [e for e in module.RULE.examples if "[[" in e.text]
    assert len(marked) >= 5 and len(module.RULE.examples) - len(marked) >= 5
    assert all(e.source for e in module.RULE.examples)


# ---- OMI014: a postposed French adjective whose noun alone is translated ----

@pytest.mark.parametrize("fr,en,noun", [
    ("Les députés ont rejeté la proposition gouvernementale mardi.",
     "The deputies rejected the proposal on Tuesday.", "proposal"),
    ("La compagnie a annulé des vols internationaux samedi.",
     "The airline cancelled flights on Saturday.", "flights"),
    ("Le tribunal a examiné une plainte collective des habitants.",
     "The court examined a complaint from the residents.", "complaint"),
])
def test_dropped_adjective(fr, en, noun):
    assert flagged(en, fr, "OMI014") == [noun]


@pytest.mark.parametrize("fr,en", [
    # the adjective rendered before the noun, by a cognate or the lexicon
    ("Les députés ont rejeté la proposition gouvernementale mardi.",
     "The deputies rejected the government proposal on Tuesday."),
    ("La compagnie a annulé des vols internationaux samedi.",
     "The airline cancelled international flights on Saturday."),
    # a word after the noun that the aligner paired with the adjective by place may be its free rendering
    ("Les députés ont rejeté la proposition gouvernementale hier soir.",
     "The deputies rejected the proposal last night."),
    # rendered by a phrase after the noun, or a possessive before it
    ("Le tribunal a examiné une plainte collective des habitants.",
     "The court examined a complaint filed jointly by the residents."),
    ("Les journalistes ont suivi la campagne présidentielle pendant un an.",
     "The journalists followed the president's campaign for a year."),
    # a noun group rendered as a name or a title
    ("Le ministre a rencontré la chancelière allemande Angela Merkel.",
     "The minister met Chancellor Angela Merkel."),
    # an adjective that stands before its noun, and an adjective used as the noun of the group
    ("Il a acheté une nouvelle voiture la semaine dernière.", "He bought a car last week."),
    # an abbreviated name before the noun renders the adjective
    ("Les réserves américaines ont augmenté de 4 millions de barils.", "U.S. supplies rose by 4 million barrels."),
    # an adjective with its own complement, recast by the English ("the money to repair")
    ("Les villes cherchent l'argent nécessaire pour réparer les routes.",
     "The cities are looking for the money to repair the roads."),
    # a noun in -aire with its complement, and a subjunctive in -ienne: neither is an adjective
    ("La police enquête sur une vaste affaire de corruption.", "The police are investigating a vast corruption case."),
    ("Nous craignons que le marché devienne plus prudent.", "We fear that the market will become more cautious."),
    # a cognate elsewhere in the sentence says it once for two French words
    ("Après des défaites électorales aux élections régionales, le parti a changé de chef.",
     "After losses in the regional elections, the party changed its leader."),
])
def test_rendered_or_recast_adjective_is_not_flagged(fr, en):
    assert flagged(en, fr, "OMI014") == []


# ---- OMI015: a French verb whose subject and complement meet in the English ----

@pytest.mark.parametrize("fr,en,span", [
    ("Les ouvriers réparaient la route près du village.", "The workers the road near the village.",
     "workers the road"),
    ("Le musée est fermé au public depuis mars.", "The museum to the public since March.",
     "museum to the public"),
])
def test_dropped_verb(fr, en, span):
    assert flagged(en, fr, "OMI015") == [span]


@pytest.mark.parametrize("fr,en", [
    ("Les ouvriers réparaient la route près du village.", "The workers were repairing the road near the village."),
    ("Le musée est fermé au public depuis mars.", "The museum has been closed to the public since March."),
    # the verb rendered by a word the lexicon does not know: an English word linked to nothing
    ("Les ouvriers réparaient la route près du village.", "The workers patched up the road near the village."),
    # a headline drops its verb on purpose
    ("Les ouvriers réparent la route", "Workers: the road"),
    # an adverb that English puts before the verb is not the complement
    ("Les électeurs votent souvent pour le maire sortant.", "Voters often vote for the outgoing mayor."),
    # a light verb whose complement the English renders as the verb ("faire rage": "rage")
    ("Les combats faisaient rage jeudi dans la ville.", "Fighting raged on Thursday in the town."),
    # an auxiliary after an adverb, not after its subject
    ("Ils ont séduit des clients qui sinon auraient acheté un Galaxy.",
     "They attracted customers who would-be Galaxy buyers."),
])
def test_rendered_verb_or_headline_is_not_flagged(fr, en):
    assert flagged(en, fr, "OMI015") == []


# ---- OMI003: round 12 seams ----

@pytest.mark.parametrize("text,gap", [
    ("The plan could disastrous for the farmers.", "could disastrous"),
    ("She is the singer whose was stolen last week.", "whose was"),
    ("The offer is simple;. nobody believes it.", ";."),
    ("He called it a “” in front of the press.", "“”"),
    ("The study covered the socio-.", "socio-"),
])
def test_new_seams(text, gap):
    assert [text[s.start:s.end] for s in seams(text, 0, len(text))] == [gap]


@pytest.mark.parametrize("text", [
    "The plan could prove disastrous for the farmers.",
    "She is the singer whose car was stolen last week.",
    "The results were nevertheless encouraging, the minister said.",
    "The rating agency moved the country to B-, its lowest grade.",
    "They studied pre- and post-war housing in depth.",
    "He arrived on Wednesday,. The talks resumed.",  # a comma before a full stop: a typing slip, not a gap
    "Whose is this bag?",
])
def test_new_seam_traps(text):
    assert seams(text, 0, len(text)) == []


def test_date_is_not_a_bare_count():
    fr = "Il évoque la Seconde Guerre mondiale, la guerre froide et, bien sûr, le 11 septembre."
    en = "He mentions World War Two, the Cold War and, of course, 9/11."
    assert flagged(en, fr, "OMI004") == []


def test_reversal_read_in_a_low_scoring_pair():
    fr = ("Les fouilles aux points de contrôle de sécurité sont également devenues beaucoup plus intrusives "
          "dans l’ère de l’après-11 septembre 2001.")
    en = "Searches at security checkpoints have also become much less intrusive in the post-9/11 era."
    assert flagged(en, fr, "GRB010") == ["less"]  # the pair scores 0.39: "post-9/11" and "2001" do not link


def test_seam_read_in_a_low_scoring_pair():
    """The words a seam lost lower the pair's alignment score: a pair scored under 0.5 is still read."""
    fr = ("Les fouilles aux points de contrôle de sécurité sont également devenues beaucoup plus intrusives "
          "dans l’ère de l’après-11 septembre 2001.")
    en = "Searches at security checkpoints have also become much more intrusive in the."
    assert flagged(en, fr, "OMI003") == ["the."]
