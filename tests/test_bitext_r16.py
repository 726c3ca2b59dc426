"""Round 16, with the source: faux amis read from the French side (FFR002), inverted incises (CAL007), more CAL003 expressions."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.bitext import inverted_incise

CONFIG = Config(models=False)


def found(text: str, source: str, code: str) -> list[tuple[str, str]]:
    report = check_text(text, CONFIG, source=source)
    return [(text[f.start:f.end], source[f.source_span.start:f.source_span.end])
            for f in report.findings if f.code == code]


# The French word decides; the English look-alike is found by spelling in the aligned sentence.
FAUX_AMIS = [
    ("L'organisme de surveillance a publié son rapport jeudi.",
     "The monitoring organism published its report on Thursday.", "organism"),
    ("Un cas de rage a été détecté chez un chaton dans le Val-d'Oise.",
     "A case of rage was detected in a kitten in the Val-d'Oise.", "rage"),
    ("C'est l'un des plus grands projets énergétiques d'Europe.",
     "It is one of the largest energetic projects in Europe.", "energetic"),
    ("Le caporal a été libéré de l'armée malgré sa demande.",
     "The corporal was liberated from the army despite his request.", "liberated"),
    ("Les pompiers ont retrouvé le chien dans la carrière mercredi.",
     "Firefighters found the dog in the career on Wednesday.", "career"),
    ("Le bénéfice net de Bombardier est en baisse de 15 %.",
     "Bombardier's net benefit is down 15%.", "benefit"),
]


@pytest.mark.parametrize("source, text, word", FAUX_AMIS)
def test_a_faux_ami_is_read_from_the_french_side(source, text, word):
    assert [english for english, _ in found(text, source, "FFR002")] == [word]


# Traps: the right translation (itself spelled like the French word), the look-alike in its right sense.
RIGHT = [
    ("L'organisme de surveillance a publié son rapport jeudi.",
     "The monitoring organization published its report on Thursday."),
    ("Un organisme vivant a besoin d'eau.", "A living organism needs water."),
    ("Les combats faisaient rage jeudi dans la ville.", "Fighting raged on Thursday in the city."),
    ("C'est l'un des plus grands projets énergétiques d'Europe.",
     "It is one of the largest energy projects in Europe."),
    ("La libération de Paris a eu lieu en août 1944.", "The liberation of Paris took place in August 1944."),
    ("Il a commencé sa carrière à Lyon en 2001.", "He started his career in Lyon in 2001."),
    ("Le professeur de l'université de Trente a expliqué sa méthode.",
     "The professor from the University of Trento explained his method."),
    ("Il a fait une longue carrière dans une grande entreprise.", "He had a long career in a large company."),
]


@pytest.mark.parametrize("source, text", RIGHT)
def test_a_cognate_in_its_right_sense_is_not_a_false_friend(source, text):
    assert found(text, source, "FFR002") == []


def test_the_look_alike_carries_its_french_word_as_source_span():
    assert found("The monitoring organism published its report.", "L'organisme de surveillance a publié son rapport.",
                 "FFR002") == [("organism", "organisme")]


# CAL007: the French inverted incise kept in English.
INCISES = [
    ("« C'est fini », raconte l'avocat Alain Arsenault.", "\"It's over,\" tells the lawyer Alain Arsenault.",
     "tells the lawyer"),
    ("« Personne ne l'a vu venir », assure sans détour Loïc Capron.",
     "\"Nobody saw it coming,\" says bluntly Loïc Capron.", "says bluntly Loïc"),
    ("Les rebelles sont partis, a indiqué à l'AFP un habitant de Jomba.",
     "The rebels left, indicated to the AFP an inhabitant of Jomba.", "indicated to the AFP an inhabitant"),
]


@pytest.mark.parametrize("source, text, span", INCISES)
def test_an_inverted_incise_kept_word_for_word(source, text, span):
    assert [english for english, _ in found(text, source, "CAL007")] == [span]


INCISE_TRAPS = [
    ("« C'est fini », raconte l'avocat Alain Arsenault.", "\"It's over,\" said the lawyer Alain Arsenault."),
    ("« C'est fini », raconte l'avocat Alain Arsenault.", "\"It's over,\" the lawyer Alain Arsenault says."),
    ("« C'est fini », a-t-il dit.", "\"It's over,\" he said."),
    ("Il explique les règles aux joueurs.", "He explains the rules to the players."),
    ("« Les chiffres sont bons », a expliqué Alexei Miller.", "\"The figures are good,\" explained Alexei Miller."),
    ("Le ministère a accusé le Mouvement, a indiqué Pékin.", "The ministry accused the Movement, Beijing said."),
    ("Il a été blessé, a indiqué à l'AFP un habitant.", "He was injured, told the AFP by telephone a resident."),
    ("« Inside Llewyn Davis » raconte une semaine de galères.", "\"Inside Llewyn Davis\" tells the story of a week."),
]


@pytest.mark.parametrize("source, text", INCISE_TRAPS)
def test_an_incise_english_allows_is_not_flagged(source, text):
    assert found(text, source, "CAL007") == []


def test_incise_examples_are_found_where_marked():
    for example in inverted_incise.RULE.examples:
        text = example.text.replace("[[", "").replace("]]", "")
        hits = found(text, example.source, "CAL007")
        if "[[" in example.text:
            marked = example.text[example.text.index("[[") + 2:example.text.index("]]")]
            assert [h for h, _ in hits] == [marked]
        else:
            assert hits == []


# CAL003 entries added this round, each with its idiomatic rendering as a trap.
EXPRESSIONS = [
    ("La commission scolaire a voté le budget.", "The school commission voted the budget.",
     "The school board voted the budget.", "school commission"),
    ("Il a été blessé dans un accident sans gravité.", "He was hurt in an accident without gravity.",
     "He was hurt in a minor accident.", "without gravity"),
    ("Il a été agressé dans les années 1950.", "He was assaulted in the years 1950.",
     "He was assaulted in the 1950s.", "the years 1950"),
    ("La voiture a pris feu sur l'autoroute.", "The car took fire on the motorway.",
     "The car caught fire on the motorway.", "took fire"),
    ("Des scientifiques viennent de découvrir une espèce.", "Scientists come to discover a species.",
     "Scientists have just discovered a species.", "come to discover"),
    ("Selon la police, il y aurait au moins deux blessés.", "According to police, there would be at least two injured.",
     "According to police, at least two people were reportedly injured.", "there would be"),
]


@pytest.mark.parametrize("source, literal, idiomatic, span", EXPRESSIONS)
def test_a_french_expression_word_for_word_and_translated(source, literal, idiomatic, span):
    assert [english for english, _ in found(literal, source, "CAL003")] == [span]
    assert found(idiomatic, source, "CAL003") == []


def test_a_true_conditional_is_not_hearsay():
    source = "S'il pleuvait, il y aurait moins de monde."
    assert found("If it rained, there would be fewer people.", source, "CAL003") == []


# A name spelled the English way is no entity mismatch.
@pytest.mark.parametrize("source, text", [
    ("Vladimir Poutine a rencontré Xi Jinping à Pékin.", "Vladimir Putin met Xi Jinping in Beijing."),
    ("L'ONU et l'OTAN ont condamné l'attaque.", "The UN and NATO condemned the attack."),
])
def test_a_name_spelled_the_english_way_is_not_a_mismatch(source, text):
    report = check_text(text, CONFIG, source=source)
    assert [f.text for f in report.findings if f.category.value == "entity-mismatch"] == []


# ENM003 / ENM004: names mangled by the translation, with the names English spells its own way as traps.
@pytest.mark.parametrize("source, text, code, span", [
    ("La commission scolaire Marguerite-Bourgeoys a voté le budget.",
     "The marguerite-bourgeoys school board voted the budget.", "ENM003", "marguerite-bourgeoys"),
    ("Il est coincé à Saint-Pierre-de-Chartreuse.", "He is stuck in saint-pierre-de-chartreuse.",
     "ENM003", "saint-pierre-de-chartreuse"),
    ("Le diagnostic a été confirmé par l'institut Pasteur.",
     "The diagnosis was confirmed by the institute Pasteur.", "ENM004", "the institute Pasteur"),
    ("Une voiture a foncé dans la foule sur la place Tiananmen.",
     "A car drove into the crowd on the place Tiananmen.", "ENM004", "the place Tiananmen"),
])
def test_a_mangled_name(source, text, code, span):
    assert [english for english, _ in found(text, source, code)] == [span]


@pytest.mark.parametrize("source, text", [
    ("La commission scolaire Marguerite-Bourgeoys a voté le budget.",
     "The Marguerite-Bourgeoys school board voted the budget."),
    ("L'écrivain bien connu vit à Aix-en-Provence.", "The well-known writer lives in Aix-en-Provence."),
    ("La Monusco ne participe pas aux combats.", "MONUSCO is not taking part in the fighting."),
    ("Le diagnostic a été confirmé par l'institut Pasteur.", "The diagnosis was confirmed by the Pasteur Institute."),
    ("Une voiture a foncé sur la place Tiananmen à Pékin.", "A car drove into Tiananmen Square in Beijing."),
    ("Il habite avenue Foch à Paris.", "He lives on the avenue Foch in Paris."),
])
def test_a_name_written_the_english_way_is_not_mangled(source, text):
    assert found(text, source, "ENM003") == [] and found(text, source, "ENM004") == []
