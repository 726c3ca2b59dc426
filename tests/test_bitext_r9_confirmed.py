"""Round 9: OMI013, English breaks that OMI003 leaves alone, confirmed by an unrendered French word."""
from __future__ import annotations

from checker.api import check_text
from checker.config import Config
from checker.rules.bitext import RULES, confirmed

SELECT = ("OMI013", "OMI003")


def codes(en: str, fr: str) -> list[tuple[str, str]]:
    report = check_text(en, Config(models=False, select=SELECT), source=fr)
    return [(f.code, en[f.start:f.end]) for f in report.findings if f.code in SELECT]


def test_registered_once_with_examples_and_doc():
    assert [r.code for r in RULES].count("OMI013") == 1
    marked = [e for e in confirmed.RULE.examples if "[[" in e.text]
    assert len(marked) >= 5 and len(confirmed.RULE.examples) - len(marked) >= 5
    assert all(e.source for e in confirmed.RULE.examples)
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in confirmed.RULE.doc


def test_pronoun_after_as_needs_an_unrendered_french_verb():
    fr = "Alors que je regardais l'éclipse depuis Melbourne, j'ai vu des lumières rouges."
    found = codes("As I the eclipse from Melbourne, I saw red lights.", fr)
    assert ("OMI013", "I the") in found
    # the same English break with a French that has no verb there: an elliptical comparison
    assert not codes("He left on Monday, as I the next day.", "Il est parti lundi, comme moi le lendemain.")


def test_source_span_is_the_unrendered_word():
    fr = "L'humidité sur vos mains va réagir avec les couches extérieures."
    en = "Moisture on your will react with the outer layers."
    report = check_text(en, Config(models=False, select=("OMI013",)), source=fr)
    [finding] = [f for f in report.findings if f.code == "OMI013"]
    assert en[finding.start:finding.end] == "your will"
    assert finding.source_span.text == "mains"


def test_modal_as_a_noun_and_numeral_are_left_alone():
    assert not codes("The will of the people was respected.", "La volonté du peuple a été respectée.")
    assert not codes("It happened in World War I the year after the treaty.",
                     "Cela s'est passé pendant la Première Guerre mondiale, l'année après le traité.")


def test_no_duplicate_of_omi003():
    fr = "Le véhicule a été enlevé du lieu de l'accident lundi."
    found = codes("The vehicle was removed from the of the accident on Monday.", fr)
    assert [c for c, _ in found].count("OMI013") == 0


def test_quoted_opening_preposition_and_such_as():
    fr = "Pendant les années 1980, il a travaillé sur des séries telles que Taxi et Cheers."
    assert ("OMI013", "on such") in codes("During the 1980s he worked on such as Taxi and Cheers.", fr)
    assert not codes("During the 1980s he worked on series such as Taxi and Cheers.", fr)


def stranded_codes(en: str, fr: str) -> list[str]:
    report = check_text(en, Config(models=False, select=("OMI007",)), source=fr)
    return [en[f.start:f.end] for f in report.findings if f.code == "OMI007"]


def test_object_gap_reads_past_a_rendered_adjective_and_a_name():
    assert stranded_codes("The Gothic style its peak between the 11th and the 14th century.",
                          "Le style gothique a connu son apogée entre le XIe et le XIVe siècle.") == ["style its"]
    assert stranded_codes("And there is more: MTR, a Hong Kong company the contract to run the line.",
                          "Et il y a mieux : MTR, une société de Hong Kong a remporté le contrat d'exploitation "
                          "de la ligne.") == ["company the"]
    assert not stranded_codes("The Gothic style reached its peak between the 11th and the 14th century.",
                              "Le style gothique a connu son apogée entre le XIe et le XIVe siècle.")


def test_object_gap_leaves_a_relative_that_and_a_noun_after_an_article():
    assert not stranded_codes("No less than 20% of the water that flows from the rivers comes from the Amazon.",
                              "Pas moins de 20 % de l'eau qui se jette des rivières provient de l'Amazone.")


def test_present_passive_needs_the_adverb():
    fr = "Des tournois plus petits sont parfois organisés ici à d'autres moments de l'année."
    assert stranded_codes("Smaller tournaments are sometimes here at other times of the year.", fr)
    assert not stranded_codes("Smaller matches are here, sometimes in the capital.",
                              "Des matchs plus petits sont ici, parfois dans la capitale.")


def qualifier_codes(en: str, fr: str) -> list[str]:
    report = check_text(en, Config(models=False, select=("OMI009",)), source=fr)
    return [en[f.start:f.end] for f in report.findings if f.code == "OMI009"]


def test_same_after_a_definite_article_and_namely():
    fr = "Le véhicule a été enlevé vers midi le même jour."
    assert qualifier_codes("The vehicle was removed around noon the day.", fr)
    assert not qualifier_codes("The vehicle was removed around noon the same day.", fr)
    assert not qualifier_codes("He did it himself.", "Il l'a fait lui-même.")  # not after an article
    fr = "Le site compte trois structures, à savoir le temple, la salle et la tour."
    assert qualifier_codes("The site has three structures, the temple, the hall and the tower.", fr)
    assert not qualifier_codes("The site has three structures, namely the temple, the hall and the tower.", fr)
