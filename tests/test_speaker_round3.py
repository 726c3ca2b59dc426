"""Speakers, third round: impersonal French sources, participle-phrase subjects, agencies before names, ministry
domains, elided articles, gendered pronouns and demonstratives back to a description; names.py kinds and genders."""
from __future__ import annotations

import pytest

from checker.lang import names
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
    return [m.text for m in find_names(tokenize(text, 0, len(text), lang), lexicon(lang), {0}, text)]


# ---------------------------------------------------------------- reported speech with an impersonal cue


def test_impersonal_french_cue_names_its_source_after_de_source():
    found = quotes("Trois camions ont été saisis jeudi à la frontière, a-t-on appris de source douanière.", "fr")
    assert who(found, "Trois camions") == "source douanière"


def test_impersonal_french_cue_names_its_source_after_aupres_de():
    found = quotes("Le directeur de l'usine a démissionné, a-t-on appris auprès de la direction régionale.", "fr")
    assert who(found, "directeur de l'usine") == "la direction régionale"


def test_same_source_goes_back_to_the_source_not_to_a_later_speaker():
    text = ("Un entrepôt a brûlé lundi près de Lyon, a-t-on appris de source policière.\n\n"
            "Des riverains ont affirmé que les flammes étaient visibles de loin.\n\n"
            "Aucun blessé n'est à déplorer, selon la même source.")
    assert who(quotes(text, "fr"), "Aucun blessé") == "source policière"


def test_learning_something_is_not_a_reporting_cue():
    found = quotes("Il a appris que sa sœur était malade.", "fr")
    assert not [q for q in found if q.kind == "reported"]


def test_impersonal_cue_without_a_source_reports_nothing():
    found = quotes("Le musée fermera en mai, a-t-on appris mardi.", "fr")
    assert not [q for q in found if q.kind == "reported"]


# ---------------------------------------------------------------- subject with a participle phrase


def test_english_subject_with_a_participle_phrase_is_the_whole_phrase():
    found = quotes("Inspectors sent to the bridge by the city council said that the cracks were not dangerous.")
    assert who(found, "cracks") == "Inspectors sent to the bridge by the city council"


def test_french_subject_with_a_participle_phrase_is_the_whole_phrase():
    found = quotes("L'avocat désigné par le tribunal affirme que son client est innocent.", "fr")
    assert who(found, "son client") == "L'avocat désigné par le tribunal"


def test_a_plain_subject_is_not_widened():
    found = quotes("The mayor of the town said that the road would reopen on Monday.")
    assert who(found, "road") == "The mayor of the town"


def test_a_participle_after_a_name_is_not_a_description():
    found = quotes("Paul Martin, quoted by the agency, said that prices would fall.")
    assert "quoted" not in who(found, "prices")


# ---------------------------------------------------------------- names after an agency or a ministry


def test_agency_addressed_before_a_person_is_split_off():
    assert name_texts("« Nous avons peur », a dit à l'AFP Amina Kabore, une habitante.", "fr")[-1] == "Amina Kabore"


def test_acronym_followed_by_a_common_word_stays_one_name():
    assert "BBC News" in name_texts("The story ran on BBC News last night.", "en")


def test_ministry_domain_is_not_a_name():
    assert "Intérieur" not in name_texts("Le ministère de l'Intérieur a confirmé l'arrestation.", "fr")
    assert "Défense" not in name_texts("Le ministre de la Défense a démenti.", "fr")


def test_a_city_after_de_stays_a_name():
    assert "Lyon" in name_texts("Le maire de Lyon a démenti.", "fr")


def test_name_after_a_ministry_spokesman_apposition_is_the_speaker():
    text = ("Le bilan s'élève à trois morts, a précisé le porte-parole du ministère de la Santé, "
            "le docteur Karim Benali.")
    assert who(quotes(text, "fr"), "Le bilan") == "Karim Benali"


def test_elided_article_is_never_a_name():
    assert name_texts("L'arrivée de Marie Curie à Paris a surpris.", "fr") == ["Marie Curie", "Paris"]


# ---------------------------------------------------------------- pronouns and demonstratives back to a description


def test_feminine_pronoun_goes_back_to_a_feminine_description_over_a_place():
    text = ("La directrice de l'école explique qu'elle avait prévenu les parents avant la fermeture à Springfield "
            "(Ohio).\n\nNous avons fait ce que nous pouvions.\n\n« Les enfants méritent mieux », ajoute-t-elle.")
    assert who(quotes(text, "fr"), "Les enfants méritent") == "La directrice de l'école"


def test_feminine_pronoun_does_not_take_a_masculine_description():
    text = ("Le directeur de l'école explique qu'il avait prévenu les parents.\n\n"
            "Marie Dupont est arrivée ensuite.\n\n"
            "« Les enfants méritent mieux », ajoute-t-elle.")
    assert who(quotes(text, "fr"), "Les enfants méritent") != "Le directeur de l'école"


def test_demonstrative_description_goes_back_to_the_person_described():
    text = ("« Nous n'avons plus d'eau », témoigne un agriculteur de la vallée.\n\n"
            "« Les récoltes sont perdues », a ajouté cet homme.")
    assert who(quotes(text, "fr"), "Les récoltes") == "un agriculteur de la vallée"


# ---------------------------------------------------------------- names.py: kind and gender


@pytest.mark.parametrize("words, kind", [
    (("Ségolène", "Royal"), "person"), (("Toronto", "Star"), "org"), (("Paris",), "place"),
    (("NATO",), "org"), (("Xyzzy",), "unknown"), (("Bank", "of", "England"), "org"),
])
def test_name_kind(words, kind):
    assert names.name_kind(words) == kind


def test_name_kind_with_honorific_or_title_is_a_person():
    assert names.name_kind(("Xyzzy",), has_honorific=True) == "person"
    assert names.name_kind(("Xyzzy",), has_title=True) == "person"


def test_name_gender_from_first_name_and_honorific():
    assert names.name_gender(("Ségolène", "Royal")) == "f"
    assert names.name_gender(("Jean-Pierre", "Raffarin")) == "m"
    assert names.name_gender(("Royal",), honorific="Mme") == "f"
    assert names.name_gender(("Royal",)) is None


def test_describe_reads_titles_and_honorifics_before_a_mention():
    text = "Hier, le président Emmanuel Macron a rencontré Mme Dupont."
    doc = parse(text, "text", lang="fr")
    found = {m.text: names.describe(doc.text, m) for m in names.extract_names(doc.text, doc.blocks, "fr")}
    assert found["Emmanuel Macron"] == ("person", "m", ("président",))
    assert found["Mme Dupont"][:2] == ("person", "f")


def test_speaker_lexicon_reads_the_shared_name_lexicon():
    shared = names.name_lexicon()
    for lang in ("en", "fr"):
        lex = lexicon(lang)
        assert lex.first_names is shared.first_names and lex.titles is shared.titles


# ---------------------------------------------------------------- reported speech found in more shapes


def test_source_inside_a_parenthesis_reports_the_parenthesis():
    text = "La grève (la troisième cette année, selon le quotidien régional Ouest-France) a bloqué le port."
    found = [q for q in quotes(text, "fr") if q.kind == "reported"]
    assert [q.text for q in found] == ["la troisième cette année"]
    assert who(found, "troisième") == "Ouest-France"


def test_parenthesis_without_a_source_reports_nothing():
    found = quotes("The strike (the third this year) closed the port, and the union was blamed.")
    assert not [q for q in found if q.kind == "reported"]


def test_a_place_opening_a_sentence_is_a_speaker():
    text = ("Talks stalled on Monday.\n\nCanada, which buys most of the region's exports, has warned that it "
            "will impose new duties.")
    assert who(quotes(text), "impose new duties") == "Canada"


def test_cue_followed_by_a_long_prepositional_tail_and_an_apposed_name():
    text = ("The museum will close in May, the curator, Anna Berg, announced in a letter published by the local "
            "newspaper, Nordic Post, which serves most residents of the town.")
    assert who(quotes(text), "The museum will close") == "Anna Berg"


def test_titled_name_after_a_description_with_a_complement_and_an_affiliation():
    text = ("Le barrage n'était pas sûr, a déclaré l'expert en matière de sécurité des ouvrages, le professeur "
            "Marc Olivier de l'université de Liège devant la commission.")
    assert who(quotes(text, "fr"), "Le barrage") == "Marc Olivier"


def test_common_word_company_name_set_off_by_an_apposition():
    text = ("Les ventes ont chuté.\n\nBombardier, le plus grand constructeur ferroviaire au monde, a déclaré que "
            "ses commandes avaient doublé.")
    assert who(quotes(text, "fr"), "commandes avaient doublé") == "Bombardier"


def test_object_control_cue_with_two_addressees_and_no_that():
    text = "Sales fell.\n\nManagers reassured staff and unions on Friday the plant would stay open."
    assert who(quotes(text), "plant would stay open") == "Managers"


def test_reassure_with_a_plain_object_reports_nothing():
    found = quotes("Sales fell.\n\nThe minister reassured the public of his support.")
    assert not [q for q in found if q.kind == "reported"]


# ---------------------------------------------------------------- possessive descriptions


def test_possessive_description_is_the_body_its_owner_was_described_with():
    text = ("Paul Durand, le directeur de l'entreprise Valor, a été arrêté lundi.\n\n"
            "Dans un communiqué, son entreprise s'est dite « très inquiète ».")
    assert who(quotes(text, "fr"), "très inquiète") == "Valor"


def test_possessive_description_without_a_described_owner_stays_a_description():
    text = ("Paul Durand a été arrêté lundi.\n\n"
            "Dans un communiqué, son entreprise s'est dite « très inquiète ».")
    assert who(quotes(text, "fr"), "très inquiète") == "son entreprise"


# ---------------------------------------------------------------- adverbials after a cue, documents as speakers


def test_adverbial_par_ailleurs_after_the_cue_is_not_an_agent():
    text = ("Le syndicat souligne par ailleurs que la direction et le conseil, qui est une entité distincte, "
            "« ont ignoré les alertes », qu'ils « ont menti aux salariés ».")
    found = quotes(text, "fr")
    assert who(found, "ont ignoré") == "Le syndicat" and who(found, "ont menti") == "Le syndicat"


def test_a_lawsuit_speaks_through_its_text():
    text = "La plainte affirme par ailleurs que l'entreprise « a dissimulé les risques »."
    assert who(quotes(text, "fr"), "a dissimulé") == "La plainte"


def test_definite_organisation_noun_goes_to_the_body_its_owner_was_described_with():
    text = ("Paul Dean, Acme Corp chief executive, resigned on Monday.\n\n"
            "In a statement, the company said it was \"deeply saddened\".")
    assert who(quotes(text), "deeply saddened") == "Acme Corp"


def test_definite_organisation_noun_with_an_undescribed_person_stays_a_description():
    text = "Paul Dean resigned on Monday.\n\nIn a statement, the company said it was \"deeply saddened\"."
    assert who(quotes(text), "deeply saddened") == "the company"
