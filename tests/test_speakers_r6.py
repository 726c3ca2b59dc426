"""Speaker classes that recurred on unseen text (issue #12, round 6): organisations and their extent, what a
description can stand for, characterising verbs, inverted indefinite subjects, gender and salience of pronouns."""
from __future__ import annotations

from checker.lang.quotes import extract_quotes
from checker.lang.speakers import _without_acronym
from checker.parsers import parse


def quotes(text: str, lang: str = "en"):
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, lang)


def who(found, words: str) -> str | None:
    q = next(q for q in found if words in q.text)
    return q.resolved_speaker or q.speaker


# ------------------------------------------------------------ organisations and their extent

def test_body_named_inside_a_description_keeps_its_capitalised_words():
    text = "The trade body Energy UK said household bills would fall in the spring."
    assert who(quotes(text), "bills would fall") == "Energy UK"


def test_place_after_a_body_noun_is_its_complement_not_its_name():
    text = "Un alpiniste a été secouru samedi sur le glacier, a annoncé la gendarmerie des Hautes-Alpes."
    assert who(quotes(text, "fr"), "alpiniste a été secouru") == "la gendarmerie des Hautes-Alpes"


def test_parenthesised_acronym_is_not_part_of_the_speaker():
    text = "Exports fell by 3% in May, according to the National Institute of Statistics (NIS)."
    assert who(quotes(text), "Exports fell") == "the National Institute of Statistics"


def test_acronym_helper_keeps_a_parenthesis_that_is_no_acronym():
    assert _without_acronym("le Syndicat des enseignants (SNUipp-FSU)") == "le Syndicat des enseignants"
    assert _without_acronym("La cour d'appel (deuxième circuit)") == "La cour d'appel (deuxième circuit)"
    assert _without_acronym("(NIS)") == "(NIS)"  # nothing left: the text as it was


def test_description_fuller_than_the_registered_name_is_kept_whole():
    text = ("La Cour suprême a été saisie en janvier.\n\n"
            "La Cour suprême canadienne a déclaré jeudi que la loi était conforme à la Charte.")
    assert who(quotes(text, "fr"), "la loi était conforme") == "La Cour suprême canadienne"


# ------------------------------------------------------------ what a description can stand for

def test_the_company_is_not_a_commission_named_before():
    text = ("The European Commission has fined Lumio €2bn for abusing its dominance in app stores.\n\n"
            "The company said it would appeal against the decision.")
    assert who(quotes(text), "would appeal") != "European Commission"


def test_trap_a_group_is_the_company_named_before():
    text = "Vestra Group was fined for late filings. The company said it had paid the fine."
    assert who(quotes(text), "had paid the fine") == "Vestra Group"


def test_trap_agency_with_the_same_noun_resolves():
    text = ("The Food Standards Agency ordered the recall on Friday.\n\n"
            "The samples were contaminated, the British agency said.")
    assert who(quotes(text), "samples were contaminated") == "Food Standards Agency"


def test_a_noun_that_names_no_person_is_not_the_last_speaker():
    text = ("Dockers rejected the offer, the union said. “We will strike,” said its leader, Anna Kowalski.\n\n"
            "The harbour said it was disappointed.")
    assert who(quotes(text), "it was disappointed") != "Anna Kowalski"


def test_a_role_with_its_own_body_is_not_a_one_word_name_quoted_before():
    text = ("Inflation fell to 2% in March, Eurostat said.\n\n"
            "The Bank of England's governor said that rates would stay high for longer.")
    assert who(quotes(text), "rates would stay high") != "Eurostat"


def test_trap_a_bare_role_still_stands_for_the_surname_quoted_before():
    text = ("Kerrigan said he doubted the leader \"was aware\" of it. The former chief of staff admitted that it was "
            "\"possible\" the leader knew.")
    assert who(quotes(text), "possible") == "Kerrigan"


def test_trap_creator_is_a_person_noun_by_its_ending():
    text = ("Author Gustave Marnier has died in Paris aged 92, his family said.\n\n"
            "The creator of the Ravel novels had written 200 books. \"I write to be read,\" the creator of Ravel "
            "once said.")
    assert who(quotes(text), "I write to be read") == "Gustave Marnier"


# ------------------------------------------------------------ characterising verbs, clauses around a partial quote

def test_subject_of_called_owns_the_quoted_attribute():
    assert who(quotes("The union called the offer “an insult”."), "an insult") == "The union"


def test_apposed_name_before_called_owns_the_quote():
    assert who(quotes("His deputy, Ann Bell, called the plan “reckless”."), "reckless") == "Ann Bell"


def test_trap_called_as_a_name_gives_no_speaker():
    assert who(quotes("The firm sells a drink called “liquid sunshine” in cans."), "liquid sunshine") is None
    assert all(q.speaker is None for q in quotes("The new firm is called “Blue Sky”."))


def test_partial_quote_inside_a_reported_clause_takes_its_subject():
    text = "The audit finds that the scheme was “badly run” from the start."
    assert who(quotes(text), "badly run") == "The audit"


def test_trap_impersonal_clause_gives_no_speaker():
    assert who(quotes("It was found that the scheme was “badly run”."), "badly run") is None


def test_french_judging_verb_with_a_civil_servant_as_subject():
    text = "Un haut fonctionnaire y qualifie le calendrier de « intenable »."
    assert who(quotes(text, "fr"), "intenable") == "Un haut fonctionnaire"


# ------------------------------------------------------------ an inverted verb's indefinite subject

def test_inverted_indefinite_subject_is_a_new_speaker():
    text = ("The residents' group said the closure was unfair.\n\n"
            "“It punishes the poor,” said a pensioner outside the town hall.")
    assert who(quotes(text), "punishes the poor") == "a pensioner"


def test_inverted_indefinite_subject_in_french():
    text = ("L'association dit que la fermeture est injuste.\n\n"
            "« Elle punit les plus pauvres », lance un retraité devant la mairie.")
    assert who(quotes(text, "fr"), "punit les plus pauvres") == "un retraité"


def test_trap_an_adjective_before_a_name_is_no_indefinite_speaker():
    assert who(quotes("“We lost,” said a tired Smith."), "We lost") != "a tired"


def test_description_stops_before_where_the_words_were_said():
    assert who(quotes("“We will be back,” said a shop owner near the square."), "We will be back") == "a shop owner"


# ------------------------------------------------------------ pronouns: agreement and salience

def test_french_object_clitic_is_not_the_speaker():
    text = ("Le ministre a été longuement interrogé. La rapporteure, Anne Sorel, n'a pas été convaincue. "
            "« C'est insultant », lui a-t-elle lancé.")
    assert who(quotes(text, "fr"), "C'est insultant") == "Anne Sorel"


def test_clause_pronoun_does_not_give_its_gender_when_someone_else_fits():
    text = ("Le coureur Paul Ravel a chuté jeudi et a abandonné la course.\n\n"
            "Le médecin de l'équipe, Maren Olsen, a confirmé qu'il souffrait d'une fracture. "
            "Il sera opéré vendredi, a-t-elle ajouté.")
    assert who(quotes(text, "fr"), "Il sera opéré") == "Maren Olsen"


def test_trap_clause_pronoun_still_gives_its_gender_to_the_only_person():
    text = "Kit Marlowe says she never sang in public as a child. “I was shy,” she added."
    assert who(quotes(text), "I was shy") == "Kit Marlowe"


def test_he_is_never_an_organisation():
    text = ("Flights were cancelled across Europe, the Civil Aviation Authority (CAA) said.\n\n"
            "A baggage handler, who asked not to be named, said the system had crashed twice. "
            "“Nobody knew what to do,” he said.")
    assert who(quotes(text), "Nobody knew") not in ("Civil Aviation Authority", "CAA")


def test_trap_french_il_may_be_a_company():
    text = "Le groupe Vinci a annoncé la vente de sa filiale. « C'est une bonne opération », a-t-il ajouté."
    assert who(quotes(text, "fr"), "bonne opération") == "Vinci"


def test_first_names_give_gender_to_two_people_named_together():
    text = ("Union boss Stefan Berg and the party's candidate, Ilona Varga, addressed the crowd.\n\n"
            "“We will win,” he said. She promised that taxes would fall.")
    found = quotes(text)
    assert who(found, "We will win") == "Stefan Berg"
    assert who(found, "taxes would fall") == "Ilona Varga"


def test_the_person_a_statement_was_about_does_not_take_the_speakers_pronoun():
    text = ("The painter Otto Kranz, who vanished in 1944, was buried in a village cemetery in Bavaria, the director "
            "of the city archive, Dr Stefan Adler, confirmed to Reuters.\n\n"
            "Kranz never returned to Munich.\n\n"
            "“His grave lies under the old chapel,” he said in the interview.")
    assert who(quotes(text), "His grave lies") == "Stefan Adler"


def test_trap_a_person_newly_named_as_subject_takes_the_pronoun():
    text = ("The council approved the budget on Monday, its spokesman said.\n\n"
            "The mayor, Gilles Lebrun, visited the site. “Work starts in June,” he said.")
    assert who(quotes(text), "Work starts in June") == "Gilles Lebrun"


def test_evidence_names_the_characterising_step():
    q = next(q for q in quotes("The union called the offer “an insult”.") if "insult" in q.text)
    assert q.evidence is not None and "characterises" in q.evidence.via


# ------------------------------------------------------------ appositions and cataphora

def test_given_name_and_role_apposition_make_a_person_of_a_place_word_surname():
    text = ("Helen Hall, the head of the school, and the teacher Tom Reed disagree.\n\n"
            "He says the board ignored him. “I wrote six times,” Reed said.\n\n"
            "She says the concerns were heard.")
    found = quotes(text)
    assert who(found, "concerns were heard") == "Helen Hall"
    assert who(found, "board ignored him") == "Tom Reed"


def test_description_before_anyone_is_named_is_not_a_person_described_otherwise():
    text = ("A man has been charged after a fire at a warehouse in Hull.\n\n"
            "The prosecutor told the court that the fire had been started deliberately. "
            "The defendant, Mark Doyle, spoke only to confirm his name.")
    assert who(quotes(text), "started deliberately") != "Mark Doyle"


def test_description_followed_by_an_apposed_name_is_that_person():
    text = ("The novelist Ada Lind died on Monday.\n\n"
            "Her brother, the sculptor Piet Lind, said she had been working until the last week.")
    assert who(quotes(text), "working until") == "Piet Lind"


def test_trap_plural_description_before_a_name_is_not_that_person():
    text = "Lawyers for the defendant, Victor Reyes, said the evidence had been planted."
    assert who(quotes(text), "evidence had been planted") != "Victor Reyes"


def test_pronoun_prefers_the_person_described_in_its_paragraph_to_a_body_named_before():
    text = ("Hospitals cancelled operations because of a cyberattack, the Regional Health Authority said.\n\n"
            "A hospital nurse, who asked not to be named, said the system had crashed twice. "
            "“Nobody knew what to do,” she said.")
    assert who(quotes(text), "Nobody knew") == "A hospital nurse"


# ------------------------------------------------------------ characterising verbs before another clause's cue

def test_characterising_verb_in_a_subordinate_clause_keeps_its_subject():
    text = "While Kane characterised the study as “due diligence,” Lowe told CNN that it had mattered."
    assert who(quotes(text), "due diligence") == "Kane"


def test_french_qualifier_in_a_subordinate_clause_keeps_its_subject():
    text = "Tandis que Kane qualifiait l'étude de « sérieuse », Lowe a indiqué à CNN qu'elle comptait."
    partial = next(q for q in quotes(text, "fr") if q.kind == "partial")
    assert partial.text == "sérieuse" and partial.resolved_speaker == "Kane"


# ------------------------------------------------------------ an indefinite speaker's restrictive modifiers

def test_relative_clause_after_an_inverted_indefinite_speaker_is_part_of_it():
    text = "“The sky turned red,” said a woman who lives next to the depot."
    assert who(quotes(text), "sky turned red") == "a woman who lives next to the depot"


def test_french_complement_of_a_document_is_part_of_it():
    text = "« Les tarifs vont baisser », indique un document sur la réforme des retraites."
    assert who(quotes(text, "fr"), "tarifs vont baisser") == "un document sur la réforme des retraites"


def test_trap_time_adverbial_is_not_part_of_the_speaker():
    text = "“We were lucky,” said a farmer from Leeds on Monday."
    assert who(quotes(text), "We were lucky") == "a farmer from Leeds"


def test_trap_relative_clause_of_a_subject_before_its_verb_is_left_out():
    text = ("In Kivu, a local contact who had reported shelling throughout Thursday said that the town had been "
            "\"quiet since dawn\".")
    assert who(quotes(text), "quiet since dawn") == "a local contact"


def test_it_after_its_sentences_subject_is_that_body():
    text = ("The complaint was filed on Friday, the court said.\n\n"
            "Zentra is seeking damages from Hollis, as it claims the copying was deliberate, according to the filing.")
    q = next(q for q in quotes(text) if q.text.startswith("the copying"))
    assert q.resolved_speaker == "Zentra"

