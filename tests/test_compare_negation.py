"""Negations in French and English, and polarity compared between aligned sentences."""
from __future__ import annotations

import pytest

from checker.api import check_document
from checker.compare.negation import negation_markers
from checker.config import Config
from checker.context import Context
from checker.parsers import parse
from checker.rules.bitext import negation as rule_module


def count(text: str, lang: str) -> int:
    return len(negation_markers(text, lang))


@pytest.mark.parametrize("text,expected", [
    ("Il n'a pas vu Paul.", 1),
    ("Il ne mange plus de viande.", 1),
    ("Il n'a jamais rien dit.", 1),  # one negated clause
    ("Personne n'est venu.", 1),
    ("Rien ne va plus.", 1),
    ("Aucun élève n'a répondu.", 1),
    ("Ni Paul ni Marie ne sont venus.", 1),
    ("Il est parti sans dire au revoir.", 1),
    ("Pas de problème.", 1),
    ("Il a répondu non.", 1),
    ("Je ne saurais dire.", 1),  # literary bare "ne" with savoir
    ("Elle ne l'a pas fait, mais il ne l'a jamais su.", 2),
    ("Il ne mange que des pommes.", 0),  # ne ... que = only
    ("Il n'y a plus que deux pommes.", 0),
    ("Il faut agir avant qu'il ne parte.", 0),  # expletive ne
    ("Je crains qu'il ne vienne.", 0),
    ("À moins qu'il ne pleuve, nous sortirons.", 0),
    ("Il ne cesse de pleuvoir.", 0),
    ("Sans doute viendra-t-il.", 0),
    ("Plus que jamais, il croit en lui.", 0),
    ("Ce n'est pas impossible.", 0),  # double negation
    ("Il n'est pas sans savoir que tout a changé.", 0),
    ("Il a fait un pas en avant.", 0),  # the noun
    ("Pas moins de 20 % de l'eau.", 0),
    ("Des non-croyants l'ont adopté.", 0),
])
def test_french_negations(text, expected):
    assert count(text, "fr") == expected


@pytest.mark.parametrize("text,expected", [
    ("He did not see Paul.", 1),
    ("He didn't go, nor did she.", 1),
    ("Neither Paul nor Mary came.", 1),
    ("He left without saying goodbye.", 1),
    ("He can't and won't.", 2),
    ("Nobody came; nothing happened.", 2),
    ("He cannot go.", 1),
    ("No one knows.", 1),
    ("There is no recipe, no instructions.", 1),
    ("They fail to be recognised.", 1),
    ("He was unable to attend.", 1),
    ("No doubt he will come.", 0),
    ("It is not impossible.", 0),
    ("It's not without risk.", 0),
    ("He lives at No. 10 Downing Street.", 0),
    ("No less than 20% of the water.", 0),
    ("He only eats apples.", 0),
])
def test_english_negations(text, expected):
    assert count(text, "en") == expected


def diffs(fr: str, en: str) -> list[tuple[str, str]]:
    ctx = Context(parse(en, "text", lang="en"), parse(fr, "text", lang="fr"))
    return [(d.kind, en[d.target_span[0]:d.target_span[1]]) for d in ctx.get("pair.negation")]


def test_added_negation_is_reported_on_the_negator():
    assert diffs("Le véhicule a été enlevé.", "The vehicle was not removed.") == [("added", "not")]


def test_lost_negation_is_reported_on_the_verb():
    assert diffs("Le véhicule n'a pas été enlevé.", "The vehicle was removed.") == [("removed", "was removed")]


def test_one_clause_of_two_flipped():
    assert diffs("Il n'est pas venu, et il a appelé.", "He did not come, and he didn't call.") == [
        ("added", "didn't")]


def test_only_is_not_a_negation_in_either_language():
    assert diffs("Il ne mange que des légumes.", "He only eats vegetables.") == []
    assert diffs("Il ne mange que de la viande.", "He never eats meat.") == [("added", "never")]


def test_sans_translated_by_a_suffix_is_not_reported():
    assert diffs("C'est une crise sans précédent.", "It is an unprecedented crisis.") == []


def test_finding_spans_and_source_span():
    doc = parse("The minister has said that the reform will go ahead.", "text", lang="en")
    src = parse("Le ministre n'a pas dit que la réforme irait de l'avant.", "text", lang="fr")
    report = check_document(doc, Config(models=False), src, rules=rule_module.RULES)
    [finding] = report.findings
    assert finding.code == "NEG001" and finding.text == "has said"
    assert finding.source_span.text == "n'a pas"


@pytest.mark.parametrize("fr,en", [
    ("Près de 50 000 foyers sont privés d'électricité.", "Close to 50,000 homes were left without power."),
    ("Le groupe a manqué ses objectifs.", "The group failed to meet its targets."),
    ("Il assurait ignorer le nombre de livres vendus.", "He said he did not know how many books he had sold."),
    ("Non content de dépenser l'argent, il continue.", "Not content with spending the money, he continues."),
    ("Sans compter les éditions pirates.", "That's not counting the pirate editions."),
    ("Voici peu, nous avons été conviés à le définir.", "Not long ago, we were asked to define it."),
    ("Rien qu'en 2011, la commission a autorisé 774 systèmes.",
     "In 2011 alone, the commission authorised 774 systems."),
    ("Il se livre sans sobriété ni retenue.", "He delivers it with no sobriety or reserve."),
    ("Il ne doit pas appeler des mineurs et ne pas aller sur Internet.",
     "He is not allowed to call minors or to go on the Internet."),
    ("Nous ne pouvons pas l'admettre sans un plan acceptable.",
     "We cannot let this happen without an acceptable plan."),
])
def test_free_renderings_of_a_negation_pass(fr, en):
    assert diffs(fr, en) == []


@pytest.mark.parametrize("fr,en", [
    ("Les foyers sont privés d'électricité depuis vendredi.", "The homes have not been without power since Friday."),
    ("Il a dit qu'il viendrait sans faute.", "He did not say he would come without fail."),
    ("Le véhicule a été enlevé.", "The vehicle was not removed."),
])
def test_a_negation_added_beside_a_weak_marker_is_still_found(fr, en):
    assert [kind for kind, _ in diffs(fr, en)] == ["added"]  # one weak marker answers one negation, not two


def test_no_innocent_is_a_negation():
    assert count("No innocent person has been misled.", "en") == 1


def test_weak_markers_are_listed_only_on_request():
    assert count("Il a refusé de venir.", "fr") == 0
    assert [m.word for m in negation_markers("Il a refusé de venir.", "fr", weak=True)] == ["refuse"]
