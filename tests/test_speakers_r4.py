"""Speakers, fourth round: speaker shapes (verbs, quantifiers, address forms, ministry domains, bodies' names),
subjects after an opener, "it" for a body, cataphora over three paragraphs, relatives after a complement."""
from __future__ import annotations

import pytest

from checker.lang.quotes import Quote, extract_quotes
from checker.lang.speakers import find_names, lexicon, tokenize
from checker.parsers import parse


def quotes(text: str, lang: str = "en") -> list[Quote]:
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, lang)


def who(found: list[Quote], words: str) -> str | None:
    hits = [q for q in found if words in q.text]
    assert hits, (words, [q.text for q in found])
    return hits[0].resolved_speaker or hits[0].speaker


def name_texts(text: str, lang: str) -> list[str]:
    return [" ".join(m.words) for m in find_names(tokenize(text, 0, len(text), lang), lexicon(lang), {0}, text)]


# ---------------------------------------------------------------- the shape of a speaker


@pytest.mark.parametrize("text, lang, words, expected", [
    ('Shoppers are saying, "prices have never been this high."', "en", "prices have", "Shoppers"),
    ('Nurses couldn\'t accept what they called a "humiliating offer" from the board.', "en", "humiliating", "Nurses"),
    ("La direction régionale s'est contentée de dénoncer une « provocation inutile ».", "fr", "provocation",
     "La direction régionale"),
])
def test_a_description_ends_before_its_verb(text, lang, words, expected):
    assert who(quotes(text, lang), words) == expected


@pytest.mark.parametrize("text, lang, words, expected", [
    ("D'autres habitants du quartier ont affirmé que la police était arrivée trop tard.", "fr", "la police",
     "D'autres habitants du quartier"),
    ("At least two residents said that the driver had run a red light.", "en", "the driver",
     "At least two residents"),
])
def test_a_quantifier_before_a_description_belongs_to_it(text, lang, words, expected):
    assert who(quotes(text, lang), words) == expected


def test_an_address_form_starts_a_name_after_a_capitalised_opener():
    names = name_texts("Following Mr Okafor's resignation, the board met.", "en")
    assert "Okafor" in names and not any("Following" in n and "Okafor" in n for n in names)
    found = quotes("Following Mr Okafor's resignation, the Lagos Courier published a statement, saying it "
                   "regretted the decision.")
    assert who(found, "it regretted") == "Lagos Courier"


@pytest.mark.parametrize("text, lang, expected", [
    ("La ministre fédérale de la Culture Ngaire Marchand a annoncé un plan.", "fr", "Ngaire Marchand"),
    ("Le ministre de l'Agriculture Paul Girard a annoncé un plan.", "fr", "Paul Girard"),
])
def test_a_ministry_domain_is_not_part_of_the_ministers_name(text, lang, expected):
    assert expected in name_texts(text, lang)


def test_a_complement_with_du_does_not_extend_a_persons_name():
    assert "Laura Benson" in name_texts("La sénatrice Laura Benson du Vermont a déclaré qu'elle voterait contre.",
                                        "fr")
    found = quotes("La sénatrice Laura Benson du Vermont a déclaré qu'elle voterait contre le texte.", "fr")
    assert who(found, "voterait") == "Laura Benson"


@pytest.mark.parametrize("text, words, expected", [
    ("According to the U.S. Labor Department, jobless claims fell last week.", "jobless", "U.S. Labor Department"),
    ("The Foreign Ministry said that the ambassador had been recalled.", "ambassador", "Foreign Ministry"),
])
def test_a_bodys_domain_and_country_stay_in_its_name(text, words, expected):
    assert who(quotes(text), words) == expected


def test_a_persons_full_name_with_a_month_as_given_name_takes_the_surname():
    found = quotes('Residents are angry, says local mother April Dunmore.\n\n'
                   '"We were never told," Ms Dunmore said.')
    assert who(found, "never told") == "April Dunmore"


# ---------------------------------------------------------------- subjects, pronouns, cataphora


def test_a_body_named_after_a_time_opener_is_the_subject_it_refers_to():
    found = quotes("Last month Fitch Ratings, the credit agency, downgraded the country's outlook.\n\n"
                   "It said that public debt would keep rising until 2026.")
    assert who(found, "public debt") == "Fitch Ratings"


def test_elle_for_a_body_named_after_its_description():
    found = quotes("Cette semaine, l'agence de notation Moody's a abaissé la note du pays.\n\n"
                   "Elle a déclaré que la dette publique continuerait d'augmenter.", "fr")
    assert who(found, "dette publique") == "Moody's"


def test_it_is_not_given_to_an_object_named_after_and():
    found = quotes("The union of dock workers urged its members to boycott Maersk and Cosco ships on Monday.\n\n"
                   '"Members should refuse to load those vessels," it said in a statement.')
    assert who(found, "refuse to load") not in ("Cosco", "Maersk")


def test_a_pronoun_before_any_name_finds_the_subject_three_paragraphs_on():
    found = quotes('"The river has never been this low," she said.\n\n'
                   "Farmers have lost most of the harvest.\n\n"
                   "Officials are considering rationing.\n\n"
                   "Hydrologist Ingrid Solberg-Hansen, who has studied the basin for years, warned of worse to come.")
    assert who(found, "river has never") == "Ingrid Solberg-Hansen"


def test_a_description_before_any_name_finds_a_double_barrelled_surname():
    found = quotes('Cities should plant "forests, not lawns", expert says.\n\n'
                   "Parks could cool streets by several degrees.\n\n"
                   'Citing heat maps, Ashby-Clarke called for a "green belt in every district".')
    assert who(found, "forests, not lawns") == "Ashby-Clarke"
    q = next(q for q in found if "forests" in q.text)
    assert q.evidence.step == "description → the person named next (no one before)"


def test_a_relative_after_a_set_off_complement_is_the_persons():
    found = quotes("La méthode a été mise au point par le Dr Anne Keller, de l'université Humboldt, qui estimait "
                   "que le sommeil était réparateur.", "fr")
    assert who(found, "sommeil") == "Anne Keller"
    found = quotes("The method was developed by Dr Anne Keller, of Humboldt University, who argued that sleep was "
                   "restorative.")
    assert who(found, "sleep was") == "Anne Keller"


def test_a_place_introduced_by_a_preposition_is_not_described_by_the_next_phrase():
    found = quotes("Dans le Finistère, le père d'une élève a déclaré qu'il porterait plainte.", "fr")
    assert who(found, "porterait plainte") != "Finistère"


def test_a_name_after_a_roles_field():
    found = quotes("« Le bruit est devenu insupportable », a déclaré l'experte en acoustique urbaine Claire Dumas, "
                   "fondatrice d'un bureau d'études.", "fr")
    assert who(found, "bruit") == "Claire Dumas"


def test_a_person_after_a_papers_name_in_a_source_phrase():
    found = quotes("Selon le correspondant diplomatique du Monde Marc Vidal, le sommet a été reporté.", "fr")
    assert who(found, "sommet") == "Marc Vidal"
    found = quotes("According to the Herald's chief political correspondent Anna Reid, the summit was postponed.")
    assert who(found, "summit") == "Anna Reid"


def test_a_multiword_adverbial_inside_a_french_compound_cue():
    found = quotes("Le maire a par la suite reconnu qu'il avait signé le permis trop vite.", "fr")
    assert who(found, "signé le permis") == "maire" or who(found, "signé le permis") == "Le maire"


def test_an_unaccented_preposition_after_an_inverted_cue():
    found = quotes("« La route restera fermée », a indiqué a l'AFP le préfet de la région, Jean Morel.", "fr")
    assert who(found, "route restera") == "Jean Morel"


# ---------------------------------------------------------------- evidence stays truthful


def test_evidence_names_the_mention_that_was_chosen():
    found = quotes("Last month Fitch Ratings, the credit agency, downgraded the country's outlook.\n\n"
                   "It said that public debt would keep rising until 2026.")
    q = next(q for q in found if "public debt" in q.text)
    assert q.evidence is not None and q.evidence.mention == "It"
    assert q.evidence.antecedent == "Fitch Ratings"
    assert q.evidence.to_json()["step"].startswith("pronoun")


def test_a_headline_quote_takes_the_speaker_of_the_body_statement_repeating_it():
    found = quotes("Harbour bridge plan 'too costly to survive'\n\n"
                   "The city's plan for a second harbour bridge is too costly to survive, a budget watchdog says.")
    q = next(q for q in found if q.text == "too costly to survive")
    assert q.speaker == "a budget watchdog"
    assert q.evidence is not None and q.evidence.via == "the same words quoted in the body"


def test_a_headline_quote_not_repeated_in_the_body_keeps_no_speaker():
    found = quotes("Harbour bridge plan 'too costly to survive'\n\n"
                   "The city's plan for a second harbour bridge will cost more than expected, a budget watchdog says.")
    q = next(q for q in found if q.text == "too costly to survive")
    assert q.speaker is None


def test_a_body_described_with_another_noun_is_not_the_description_speaking():
    found = quotes("Local channel KTV showed one person being carried out of the terminal.\n\n"
                   "The airport also stated that the incident took place at around 9.30am.")
    assert who(found, "the incident took place") != "KTV"


def test_two_bodies_with_their_articles_speak_together():
    found = quotes("Le Portugal et la Pologne affirment qu'ils veulent tous deux éviter une crise.", "fr")
    assert who(found, "éviter une crise") in ("Le Portugal et la Pologne", "Portugal et la Pologne")


def test_the_clauses_own_pronoun_picks_the_person_a_description_stands_for():
    found = quotes("Ron Talbot says he never met Dana Whitfield before she turned 30.\n\n"
                   "In an interview this week, the singer said she recorded the song in one take.")
    assert who(found, "recorded the song") == "Dana Whitfield"


def test_a_description_agreeing_with_its_clauses_pronoun_keeps_its_referent():
    found = quotes("Ron Talbot says he never met Dana Whitfield before she turned 30.\n\n"
                   "In an interview this week, the singer said he recorded the song in one take.")
    assert who(found, "recorded the song") != "Dana Whitfield"
