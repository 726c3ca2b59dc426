"""French speakers, round 8: descriptions that name another body or another person than the one before them
(complements, a body's kind, the gender a role noun marks), the extent of a speaker written after an inverted
cue, infinitive complements after adverbials, and bodies named with the noun of their kind; each with traps."""
from __future__ import annotations

from checker.lang.speakers import fr_marked_gender, lexicon
from tests.quote_speakers import quotes_in


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.resolved_speaker or q.speaker) for q in quotes_in(text, "fr")]


def speaker(text: str, words: str) -> str | None:
    return next(who for _, quoted, who in found(text) if words in quoted)


def quoted(text: str) -> list[str]:
    return [q for _, q, _ in found(text)]


# ------------------------------------------------------------ a description that names its own body

def test_a_ministry_named_by_its_complement_is_not_the_place_a_person_was_described_by():
    text = ("Le maire de Pontivy, Hervé Le Goff, a annoncé lundi que la ville ne financerait plus la cantine des "
            "collèges.\n\n"
            "« Nous ne pouvons plus avancer l'argent de l'État », a-t-il expliqué. Le ministère de l'Éducation "
            "nationale juge cette décision « regrettable » et rappelle que la compétence appartient au département.")
    assert speaker(text, "regrettable") == "Le ministère de l'Éducation nationale"
    assert speaker(text, "la compétence appartient") == "Le ministère de l'Éducation nationale"


def test_trap_a_possessive_body_still_goes_to_the_club_the_player_was_described_by():
    text = ("Le capitaine du Stade lavallois, Mathis Corbel, s'est blessé samedi.\n\n"
            "Son club a indiqué qu'il serait absent six semaines.")
    assert speaker(text, "il serait absent") != "Mathis Corbel"


# ------------------------------------------------------------ a body introduced as another kind of body

def test_a_federation_is_not_the_association_named_before_it():
    text = ("Le préfet de l'Ain a autorisé mardi l'abattage de deux loups.\n\n"
            "L'association Loup Vivant a annoncé qu'elle saisirait le tribunal administratif. La fédération "
            "départementale des éleveurs salue au contraire une mesure « attendue depuis des mois ».")
    assert speaker(text, "attendue depuis des mois") == "La fédération départementale des éleveurs"


def test_trap_a_newspaper_noun_still_goes_to_the_paper_cited():
    text = ("Selon Le Progrès, la mairie de Bourg a renoncé à son projet de parking.\n\n"
            "Plusieurs élus jugeaient le coût « démesuré », écrit le quotidien.")
    assert speaker(text, "démesuré") != "la mairie de Bourg"


# ------------------------------------------------------------ the gender a French role noun marks

def test_a_role_noun_marks_its_gender_by_its_form_not_by_its_determiner():
    lex = lexicon("fr")
    assert fr_marked_gender("magistrate", lex) == "f"
    assert fr_marked_gender("avocate", lex) == "f"
    assert fr_marked_gender("avocat", lex) == "m"
    assert fr_marked_gender("prévenu", lex) == "m"
    for word in ("star", "médecin", "ministre", "victime", "juge"):  # one form for both: no gender
        assert fr_marked_gender(word, lex) is None, word


def test_la_magistrate_is_the_woman_named_before_the_man_quoted_last():
    text = ("La procureure de Valence, Inès Marchetti, a ouvert jeudi une information judiciaire après "
            "l'effondrement d'un échafaudage.\n\n"
            "Le conducteur de travaux, Gaëtan Roux, a expliqué aux gendarmes que les fixations avaient été "
            "contrôlées. Personne ne se trouvait dessous, a-t-il assuré.\n\n"
            "« Il y a eu des négligences graves », a estimé la magistrate.")
    assert speaker(text, "négligences graves") == "Inès Marchetti"


def test_trap_an_epicene_noun_after_a_man_is_still_that_man():
    text = ("Le chanteur Louis Arvieu a donné mardi son dernier concert à Nantes.\n\n"
            "« C'était la plus belle soirée de ma vie », a confié la star.")
    assert speaker(text, "la plus belle soirée") == "Louis Arvieu"


# ------------------------------------------------------------ a description's extent after an inverted cue

def test_a_de_complement_belongs_to_an_indefinite_speaker_whatever_the_noun():
    text = "« On n'a jamais vu autant de monde », sourit une poissonnière du port, son tablier encore humide."
    assert speaker(text, "autant de monde") == "une poissonnière du port"
    text = "« Les loyers ont doublé en cinq ans », a expliqué une libraire de Quimperlé."
    assert speaker(text, "Les loyers ont doublé") == "une libraire de Quimperlé"


def test_trap_sur_after_a_person_is_where_not_who():
    text = "« Le feu a sauté la route deux fois », résume un sapeur-pompier sur place."
    assert speaker(text, "sauté la route") == "un sapeur-pompier"
    text = "« Ce tarif est une insulte », a écrit un usager sur son compte Facebook."
    assert speaker(text, "une insulte") == "un usager"


def test_a_body_named_after_the_cue_runs_to_the_end_of_its_name():
    text = ("Les vols de cuivre ont triplé sur les voies ferrées en deux ans, rappelle l'Observatoire national "
            "pour la sécurité sur les réseaux.")
    assert speaker(text, "vols de cuivre") == "l'Observatoire national pour la sécurité sur les réseaux"
    text = ("Le nombre d'apprentis a augmenté de 8 % en un an, indique la Direction de l'animation, des études "
            "et des statistiques (Dares) dans une note publiée mardi.")
    assert speaker(text, "nombre d'apprentis") == "la Direction de l'animation, des études et des statistiques"


def test_an_indefinite_speaker_after_a_pronominal_cue_with_an_apposed_participle():
    text = ("Le dernier haut fourneau de la vallée sera démoli en mars.\n\n"
            "On travaillait en trois-huit et on ne voyait jamais le soleil, se souvient une ancienne lamineuse "
            "de Hayange, venue assister à la cérémonie.")
    assert speaker(text, "on ne voyait jamais le soleil") == "une ancienne lamineuse de Hayange"


def test_trap_a_complement_of_the_verb_is_not_part_of_the_speaker():
    text = "La route sera fermée jusqu'à lundi, a indiqué le préfet dans un communiqué."
    assert speaker(text, "La route sera fermée") == "le préfet"


# ------------------------------------------------------------ an infinitive after adverbials

def test_an_infinitive_after_a_time_word_and_a_prepositional_phrase_is_what_was_said():
    text = ("Mis en examen pour corruption, l'ancien adjoint au maire de Brest, Loïc Tanguy, a démenti jeudi "
            "devant les juges avoir reçu la moindre somme.")
    assert ("reported", "avoir reçu la moindre somme", "Loïc Tanguy") in found(text)


def test_a_negated_pronominal_infinitive_is_reported():
    text = "Le témoin, Marc Aubry, affirme ne pas s'en rappeler."
    assert speaker(text, "ne pas s'en rappeler") == "Marc Aubry"


def test_a_partial_inside_an_infinitive_after_a_prepositional_phrase_goes_to_its_subject():
    text = ("L'ancienne gérante du camping, Odile Ferrand, est jugée pour abus de confiance.\n\n"
            "Un saisonnier a raconté à la barre avoir travaillé « quatorze heures par jour ».")
    assert speaker(text, "quatorze heures par jour") == "Un saisonnier"


def test_trap_a_time_phrase_and_a_noun_object_report_nothing():
    assert quoted("La rectrice a annoncé la semaine dernière la fermeture de deux collèges.") == []


def test_trap_a_noun_ending_like_an_infinitive_after_a_preposition_opens_nothing():
    text = ("L'exposition fermera en juin, a annoncé lundi son commissaire Paul Vidal dans une longue lettre aux "
            "donateurs du musée, qui déplorent que la ville n'ait rien proposé.")
    assert not any(q.startswith("lettre") for q in quoted(text))


# ------------------------------------------------------------ a body named with the noun of its kind

def test_a_body_after_the_noun_of_its_kind_is_named_with_it():
    assert speaker("Les ventes de vélos ont reculé de 12 %, selon le cabinet Xerfi.", "ventes de vélos") == \
        "le cabinet Xerfi"
    assert speaker("Le groupe Brioland a annoncé mardi qu'il fermerait son usine de Vitré.", "il fermerait") == \
        "Le groupe Brioland"
    text = "Cette loi est une régression, a réagi le collectif Vigie citoyenne dans un communiqué."
    assert speaker(text, "Cette loi est une régression") == "le collectif Vigie citoyenne"


def test_trap_a_newspaper_and_an_acronym_are_named_alone():
    assert speaker("La rocade sera fermée tout l'été, selon le journal La Dépêche.", "La rocade") == "La Dépêche"
    assert speaker("Le chantier a pris du retard, a indiqué l'entreprise RTE.", "Le chantier") == "RTE"


def test_trap_a_body_of_another_body_is_not_named_by_it():
    text = "La filiale de Brioland a indiqué jeudi qu'elle recruterait cent personnes."
    assert speaker(text, "elle recruterait") != "Brioland"


# ------------------------------------------------------------ French titles joined by "et"; the body's own noun

def names(text: str) -> list[str]:
    from checker.lang.speakers import find_names, tokenize
    return [m.text for m in find_names(tokenize(text, 0, len(text), "fr"), lexicon("fr"), {0}, text)]


def test_a_title_goes_on_over_et_and_a_lower_case_word():
    assert "L'Observatoire de la biodiversité marine et côtière" in names(
        "L'Observatoire de la biodiversité marine et côtière a publié mardi son rapport annuel.")


def test_trap_et_before_another_name_ends_the_title():
    found_names = names("La Fédération française de cyclisme et la Ligue ont signé un accord.")
    assert "La Fédération française de cyclisme" in found_names
    assert not any("Ligue" in n and "Fédération" in n for n in found_names)


def test_the_noun_of_a_body_named_by_its_description_is_the_clause_s_name():
    text = ("L'Office national des forêts et des paysages (ONFP) a annoncé lundi que les coupes reprendraient.\n\n"
            "Les premières parcelles seront replantées en 2026, précise l'office, tandis que les riverains "
            "restent inquiets.")
    assert speaker(text, "premières parcelles") == "l'office"


# ------------------------------------------------------------ an inverted pronoun is the subject

def test_an_inverted_pronoun_is_the_subject_not_the_adverbial_before_it():
    text = ("La préfète de la Drôme, Agnès Lemoine, a fermé mardi deux routes.\n\n"
            "Le trafic était « totalement saturé » au mois de mars, a-t-elle précisé.")
    assert speaker(text, "totalement saturé") == "Agnès Lemoine"


# ------------------------------------------------------------ a subject the lexicon does not know

def test_a_sentence_opening_noun_phrase_is_the_subject_of_its_cue_whatever_the_noun():
    text = ("La Caisse des dépôts a publié mardi son rapport annuel.\n\n"
            "L'institution juge néanmoins la situation des communes « alarmante ».")
    assert speaker(text, "alarmante") == "L'institution"
    assert speaker("Les riverains disent, « on ne dort plus depuis des mois ».", "on ne dort plus") == "Les riverains"


def test_trap_a_noun_phrase_that_does_not_open_the_sentence_is_not_taken():
    text = "Depuis lundi, la rue entière juge le projet « inutile »."
    assert speaker(text, "inutile") != "lundi"


def test_trap_an_indefinite_object_after_an_incise_is_not_an_inverted_subject():
    text = ("Mais il a nié avoir cédé aux pressions de M. Ravel qui, a reconnu M. Tessier, réclamait un changement "
            "de la politique municipale en matière de loyers.")
    assert all(who != "un changement de la politique municipale" for _, _, who in found(text))


def test_trap_an_indirect_question_is_not_an_infinitive_complement():
    text = ("Mercredi, l'Institut de veille sanitaire a publié une série de directives indiquant comment gérer les "
            "intoxications dans les cantines.")
    assert not any(q.startswith("gérer") for q in quoted(text))
