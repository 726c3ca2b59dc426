"""Round 8 omission and order rules: OMI009 qualifiers, OMI010 orphaned article, OMI011 headless phrase,
OMI012 verbless relative, GRB030 scrambled order, and OMI005's finite past and shared passive."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.bitext import RULES, articles, qualifiers, relatives, remnants, scrambled
from checker.rules.bitext.scrambled import _tau

NEW = ("OMI009", "OMI010", "OMI011", "OMI012", "GRB030")


def codes(en: str, fr: str, select=NEW + ("OMI005",)) -> list[tuple[str, str]]:
    """(code, flagged English text) of the selected rules, rule-only."""
    report = check_text(en, Config(models=False, select=select), source=fr)
    return [(f.code, en[f.start:f.end]) for f in report.findings if f.code in select]


def test_registered_once():
    found = [r.code for r in RULES]
    for code in NEW:
        assert found.count(code) == 1


@pytest.mark.parametrize("module", (qualifiers, articles, remnants, relatives, scrambled))
def test_each_rule_has_examples_and_doc(module):
    marked = [e for e in module.RULE.examples if "[[" in e.text]
    assert len(marked) >= 5 and len(module.RULE.examples) - len(marked) >= 5
    assert all(e.source for e in module.RULE.examples)
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in module.RULE.doc


def test_qualifier_table_is_text_and_complete():
    table = qualifiers.qualifiers()
    assert {"souvent", "également", "presque", "septième", "propres", "moins"} <= set(table)
    assert all(q.renderings and all(isinstance(w, str) for w in q.renderings) for q in table.values())
    assert "true" in table["effectivement"].renderings  # a YAML boolean kept as a word
    assert table["moins"].only_after == {"au"} and "d'" in table["ici"].not_after


def test_dropped_adverb_points_at_the_verb_and_the_french_adverb():
    fr = "Les travailleurs doivent souvent obtenir l'accord de leurs supérieurs."
    en = "Workers have to obtain approval from their superiors."
    report = check_text(en, Config(models=False, select=("OMI009",)), source=fr)
    (finding,) = [f for f in report.findings if f.code == "OMI009"]
    assert en[finding.start:finding.end] == "obtain"
    assert finding.source_span.text == "souvent" and fr[finding.source_span.start:finding.source_span.end] == "souvent"


@pytest.mark.parametrize("en,fr", [
    ("Workers frequently have to obtain approval from their superiors.",
     "Les travailleurs doivent souvent obtenir l'accord de leurs supérieurs."),  # a synonym on the list
    ("After her taxis, she ended up repainting the posts herself.",
     "Après ses taxis, elle a finalement repeint elle-même les poteaux."),  # matched by stem: ended / end
    ("If the minister does not act by Monday, we will change our approach.",
     "Si la ministre ne prend pas de mesure d'ici lundi, nous changerons d'approche."),  # d'ici: fixed phrase
    ("The minister only signed the decree on Monday.", "Le ministre n'a signé le décret que lundi."),  # ne … que
    ("The streets of the old town are spotless after the festival.",
     "Les rues de la vieille ville sont propres après le festival."),  # propre after no possessive
    ("The entrances have a diameter of 100 to 250 metres at the very minimum.",
     "Les entrées ont un diamètre d'au moins 100 à 250 mètres."),  # au moins rendered by 'minimum'
])
def test_qualifier_rendered_or_not_a_qualifier(en, fr):
    assert codes(en, fr, ("OMI009",)) == []


def test_au_moins_and_an_ordinal_lost():
    assert codes("The entrances have a diameter of at 100 to 250 metres.",
                 "Les entrées ont un diamètre d'au moins 100 à 250 mètres.", ("OMI009",))
    assert codes("France is the EU country to suffer the impact of the virus.",
                 "La France est le septième pays de l'UE à subir l'impact du virus.", ("OMI009",))
    assert not codes("France is the 7th EU country to suffer the impact of the virus.",
                     "La France est le septième pays de l'UE à subir l'impact du virus.", ("OMI009",))


@pytest.mark.parametrize("article,word,wrong", [
    ("a", "opportunity", True), ("an", "opportunity", False), ("an", "livelihood", True),
    ("an", "hour", False), ("a", "university", False), ("an", "european", True), ("a", "one", False),
])
def test_article_sound(article, word, wrong):
    assert articles._wrong_article(article, word) is wrong


def test_orphaned_article_needs_the_french_word():
    assert codes("It was an decision taken by the board on Monday.",
                 "C'était une décision impopulaire prise lundi par le conseil.", ("OMI010",)) == [
        ("OMI010", "an decision")]
    assert codes("It was an decision taken by the board on Monday.",
                 "C'était une décision prise lundi par le conseil.", ("OMI010",)) == []  # a typo only


def test_headless_possessive_and_opening():
    assert ("OMI011", "Apple's of") in codes(
        "Apple's of larger screens may have appealed to many buyers.",
        "L'introduction par Apple d'écrans plus grands a peut-être séduit beaucoup d'acheteurs.", ("OMI011",))
    assert codes("The company's in talks with two banks about the loan.",
                 "L'entreprise est en discussion avec deux banques au sujet du prêt.", ("OMI011",)) == []
    assert codes("In no case can the state pay for it.", "En aucun cas l'État ne peut le payer.",
                 ("OMI011",)) == []


def test_verbless_relative_needs_qui():
    assert codes("Multiple sclerosis is a disease that the central nervous system.",
                 "La sclérose en plaques est une maladie qui affecte le système nerveux central.",
                 ("OMI012",)) == [("OMI012", "that the")]
    assert codes("It is a disease that the doctors fear.", "C'est une maladie que les médecins redoutent.",
                 ("OMI012",)) == []


def test_finite_past_and_shared_passive_lose_their_subject():
    assert ("OMI005", "watched") in codes(
        "As watched the eclipse from Melbourne, I saw red lights.",
        "Alors que je regardais l'éclipse depuis Melbourne, j'ai vu des lumières rouges.", ("OMI005",))
    assert codes("When asked about the budget, the minister refused to answer.",
                 "Quand on lui a demandé son avis sur le budget, le ministre a refusé de répondre.",
                 ("OMI005",)) == []
    assert ("OMI005", "are spelled") in codes(
        "Most words are pronounced exactly as are spelled.",
        "La plupart des mots sont prononcés exactement comme ils sont écrits.", ("OMI005",))
    assert codes("As reported the day before, the minister resigned.",
                 "Comme on l'a rapporté la veille, le ministre a démissionné.", ("OMI005",)) == []


def test_tau():
    assert _tau([(0, 0), (1, 1), (2, 2)]) == 1.0
    assert _tau([(0, 2), (1, 1), (2, 0)]) == -1.0


def test_scrambled_needs_all_three_signals():
    fr = "Les lions, les guépards et les léopards sont parfois timides et vous les verrez mieux avec des jumelles."
    assert codes("Lions, cheetahs and leopards are sometimes shy and you will see them best with binoculars.", fr,
                 ("GRB030",)) == []
    # a whole clause moved: tau falls, the English reads well
    assert codes("Israeli aircraft entered Lebanese air space early on Wednesday afternoon, but the strikes took "
                 "place in the evening, according to the Lebanese army.",
                 "Selon l'armée libanaise, des avions israéliens sont entrés dans l'espace aérien libanais mercredi "
                 "en début d'après-midi, mais les frappes ont eu lieu dans la soirée.", ("GRB030",)) == []


def test_new_rules_skip_without_source():
    report = check_text("Workers have to obtain approval.", Config(models=False, select=NEW))
    assert not [f for f in report.findings if f.code in NEW]


def test_qualifier_exceptions_from_the_wmt_references():
    assert codes("As a result, some of his novels have been premonitory.",
                 "Du coup, nombre de ses romans sont souvent prémonitoires.", ("OMI009",)) == []
    assert codes("As a result, his novels have been premonitory.",
                 "Du coup, ses romans sont souvent prémonitoires.", ("OMI009",))
    assert codes("With the pregnancies, you can always count on three people being on maternity leave.",
                 "Avec les grossesses, on roule presque toujours à trois congés de maternité.", ("OMI009",)) == []
