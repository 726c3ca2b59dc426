"""Speakers, round 10: a role description in an attributing clause ("…, the prosecutor told a jury") does not
stand for a person only the attributed statement itself names (whom the words speak of did not say them); a
person named before the statement still takes the description. Fresh paragraphs in both languages, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str, lang: str = "en") -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, lang) if words in q.text)


def test_en_people_named_in_the_statement_are_not_the_coroner():
    text = ("Two nurses at the Royal Infirmary, Deborah Quist and Ianthe Morrow, were suspended after a patient's "
            "records went missing, the coroner told an inquest on Monday.")
    assert speaker(text, "suspended after") == "the coroner"


def test_en_an_apposed_name_in_the_statement_is_not_the_investigator():
    text = ("A lorry driver, Tomasz Wierzbicki, fell asleep at the wheel moments before the crash, the investigator "
            "told the court.")
    assert speaker(text, "fell asleep") == "the investigator"


def test_en_the_judge_is_not_the_director_the_ruling_is_about():
    text = ("Halden Brewery's former finance director, Crispin Lowther, had no case to answer, the judge said on "
            "Friday.")
    assert speaker(text, "no case to answer") == "the judge"


def test_en_a_body_of_people_the_statement_names_is_not_the_inspector():
    text = ("The Grange care home in Rugby, run by Meridale Care, had never been inspected at night, the inspector "
            "told MPs.")
    assert speaker(text, "never been inspected") == "the inspector"


def test_en_trap_a_doctor_named_before_the_quote_takes_the_description():
    text = ("Dr Amaka Obiora examined the boy at the hospital in Luton.\n\n"
            "“He had been dehydrated for days,” the paediatrician said.")
    assert speaker(text, "dehydrated for days") == "Amaka Obiora"


def test_fr_les_dirigeants_nommes_ne_sont_pas_le_procureur():
    text = ("Trois anciens dirigeants de la société Bâtiplus, Ange Rocca et Mathis Pérol, ont détourné 4 millions "
            "d'euros, a affirmé le procureur lundi.")
    assert speaker(text, "détourné 4 millions", "fr") == "le procureur"


def test_fr_trap_la_juge_nommee_avant_est_la_magistrate():
    text = "La juge Hélène Carrère a présidé l'audience mardi.\n\nLes faits sont graves, a estimé la magistrate."
    assert speaker(text, "faits sont graves", "fr") == "Hélène Carrère"


def test_fr_le_gerant_nomme_dans_la_phrase_n_est_pas_l_enqueteur():
    text = ("Le gérant du garage, Rodolphe Vasseur, avait établi de fausses factures pendant six ans, a expliqué "
            "l'enquêteur à l'audience.")
    assert speaker(text, "fausses factures", "fr") == "l'enquêteur"


def test_fr_trap_un_gerant_entendu_avant_garde_son_nom_pour_il():
    text = ("Le gérant du garage, Rodolphe Vasseur, a été entendu mardi.\n\n"
            "Il avait établi de fausses factures pendant six ans, a expliqué l'enquêteur.")
    assert speaker(text, "fausses factures", "fr") == "l'enquêteur"
