"""Speakers, fifth round (2): extents and attachments — participles after a quote, "réagir", headline labels
whose words the body gives to a person, "the woman" for the speaker just described, the addressee after a
French inverted cue, noun compounds, a given name at the start of a sentence."""
from __future__ import annotations

from .test_speakers_r4 import name_texts, quotes, who


# ---------------------------------------------------------------- a participle has no subject after it


def test_a_participle_after_a_quote_does_not_take_the_next_name_as_speaker():
    text = ('Rafael Ortega, the transport minister, said there was "no appetite for another strike," '
            'insisting Metrolink would "keep the trains running."')
    assert who(quotes(text), "no appetite") == "Rafael Ortega"


def test_trap_an_inverted_finite_cue_still_takes_the_name_after_it():
    text = '"There is no appetite for another strike," said Rafael Ortega.'
    assert who(quotes(text), "no appetite") == "Rafael Ortega"


# ---------------------------------------------------------------- "réagir"


def test_french_a_reagi_is_a_cue_and_the_next_quote_carries_over():
    text = ("« C'est un soulagement pour les riverains », a réagi l'avocate Hélène Varin après l'audience. "
            "« Ils attendaient cette décision depuis dix ans. »")
    found = quotes(text, "fr")
    assert who(found, "soulagement") == "Hélène Varin"
    assert who(found, "dix ans") == "Hélène Varin"


def test_trap_reagir_without_a_quote_reports_nothing():
    text = "Les marchés ont vivement réagi à l'annonce de la banque centrale."
    assert not quotes(text, "fr")


# ---------------------------------------------------------------- headline labels


def test_a_headline_label_gives_way_to_the_person_the_body_quotes():
    text = ("School closures: “We have no teachers left”\n\n"
            "The head of Northfield Academy, Tomasz Wolak, said on Friday that four classes had no teacher.\n\n"
            "“We have no teachers left,” Mr Wolak told parents.")
    assert who(quotes(text)[:1], "no teachers left") == "Tomasz Wolak"


def test_french_a_headline_description_gives_way_to_the_person():
    text = ("Pénurie d'enseignants : « Nous n'avons plus de professeurs », alerte une proviseure\n\n"
            "La proviseure du lycée Jean-Moulin, Claire Mounier, a averti que quatre classes étaient "
            "sans enseignant.\n\n"
            "« Nous n'avons plus de professeurs », a-t-elle déclaré aux parents.")
    assert who(quotes(text, "fr")[:1], "plus de professeurs") == "Claire Mounier"


def test_trap_a_headline_naming_a_person_keeps_that_person():
    text = ("Varga: “We have no teachers left”\n\n"
            "The head of Northfield Academy, Tomasz Wolak, said on Friday that four classes had no teacher.\n\n"
            "“We have no teachers left,” Mr Wolak told parents.")
    assert who(quotes(text)[:1], "no teachers left") == "Varga"


def test_trap_a_quoted_subheading_alone_stays_without_speaker():
    text = ("“No teachers left”\n\n"
            "“We have no teachers left,” Tomasz Wolak told parents.")
    first = quotes(text)[0]
    assert (first.resolved_speaker or first.speaker) is None


# ---------------------------------------------------------------- "the woman" is the speaker just described


def test_the_woman_is_the_resident_who_spoke_just_before():
    text = ("A shopkeeper on Canal Street who saw the flood said the water rose in minutes. "
            "“We lost everything,” the woman told reporters.")
    assert who(quotes(text), "lost everything") == "A shopkeeper on Canal Street"


def test_trap_the_man_does_not_take_a_woman_described_before():
    text = ("A mother of three who saw the flood said the water rose in minutes. "
            "“We lost everything,” the man told reporters.")
    assert who(quotes(text), "lost everything") != "A mother of three"


# ---------------------------------------------------------------- extents


def test_french_the_addressee_after_an_inverted_cue_is_not_part_of_the_speaker():
    text = "Les frappes ont visé un dépôt de munitions, confirme un responsable militaire à Reuters."
    assert who(quotes(text, "fr"), "dépôt") == "un responsable militaire"


def test_trap_a_lowercase_complement_after_aux_stays_in_the_speaker():
    text = "Les frappes ont visé un dépôt de munitions, confirme le chef aux opérations spéciales."
    assert who(quotes(text, "fr"), "dépôt") == "le chef aux opérations spéciales"


def test_a_noun_compound_keeps_its_modifier():
    text = "The appeals court said the order would be suspended until the hearing."
    assert who(quotes(text), "order would be") == "The appeals court"


def test_a_given_name_at_the_start_of_a_sentence_stays_in_the_name():
    assert name_texts("Charlie Francis has built a glowing ice cream.", "en") == ["Charlie Francis"]


def test_trap_a_role_word_at_the_start_of_a_sentence_is_split_off():
    assert name_texts("Sportsman Jhonathan Florez said nothing.", "en") == ["Jhonathan Florez"]


# ---------------------------------------------------------------- organisations' names kept whole


def test_a_role_word_spelled_out_by_the_acronym_stays_in_the_name():
    assert name_texts("Reporters Sans Frontières (RSF) said the jailing was unjust.", "en")[0] == \
        "Reporters Sans Frontières"


def test_trap_a_title_before_a_person_is_still_split_off():
    assert name_texts("President Lena Vasquez (LV) said the jailing was unjust.", "en")[0] == "Lena Vasquez"


def test_a_list_of_domains_stays_in_a_ministry_name():
    text = "The Ministry of Health, Labour and Welfare said a new scheme would open in autumn."
    assert who(quotes(text), "new scheme") == "Ministry of Health, Labour and Welfare"


def test_trap_a_list_of_banks_is_not_one_name():
    names = name_texts("Regulators met the Bank of England, Barclays and HSBC on Monday.", "en")
    assert "Bank of England" in names and "Barclays" in names
