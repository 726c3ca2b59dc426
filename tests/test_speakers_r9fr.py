"""French speakers, round 9: fresh paragraphs in press styles (AFP dispatches with speakers alternating, court
reports, post-match quotes, interviews, "« quote » : X …" openings, a role taken up by a broader noun or by
another person's), French typography (a narrow no-break space before the closing guillemet), with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.resolved_speaker or q.speaker) for q in quotes_in(text, "fr")]


def speaker(text: str, words: str) -> str | None:
    return next(who for _, quoted, who in found(text) if words in quoted)


def quoted(text: str) -> list[str]:
    return [q for _, q, _ in found(text)]


NNBSP = "\u202f"


# ------------------------------------------------------------ a paragraph that closes on « … » with a narrow space

def test_a_quote_interrupted_by_its_cue_keeps_its_speaker_after_a_narrow_no_break_space():
    text = ("La sélectionneuse des Bleues, Corinne Diacre-Lambert, a dévoilé jeudi sa liste pour le Mondial.\n\n"
            f"«{NNBSP}Nous avons fait des choix difficiles, a-t-elle reconnu. Certaines joueuses méritaient d'y "
            f"être.{NNBSP}»")
    assert speaker(text, "Certaines joueuses") == "Corinne Diacre-Lambert"
    assert speaker(text, "des choix difficiles") == "Corinne Diacre-Lambert"


def test_a_short_quote_paragraph_closed_with_a_narrow_space_is_not_a_headline():
    text = ("Le maire de Vannes, David Robo, a inauguré samedi la nouvelle halle.\n\n"
            f"«{NNBSP}Enfin{NNBSP}!{NNBSP}», a-t-il lancé. «{NNBSP}Dix ans d'attente.{NNBSP}»")
    assert speaker(text, "Dix ans") == "David Robo"


# ------------------------------------------------------------ « quote » : the clause after the colon

def test_a_quote_then_a_colon_goes_to_the_coach_the_clause_is_about():
    text = ("« On a manqué de tout » : l'entraîneur de Grenoble, Fabrice Landreau, ne cachait pas sa déception "
            "après la défaite à Oyonnax (31-9).\n\n"
            "Son demi de mêlée, Théo Belan, a estimé que l'équipe avait « perdu le fil » en seconde période.")
    assert speaker(text, "manqué de tout") == "Fabrice Landreau"
    assert speaker(text, "perdu le fil") == "Théo Belan"


def test_a_quote_then_a_colon_then_an_opener_before_the_name():
    text = ("« Je ne lâcherai rien » : au lendemain de sa mise en examen, Martine Vasseur a réaffirmé son "
            "innocence devant la presse.")
    assert speaker(text, "lâcherai rien") == "Martine Vasseur"


def test_trap_a_quote_then_a_colon_whose_clause_names_only_a_place():
    text = "« Zone rouge » : à Marseille, les quartiers nord attendent toujours les renforts promis."
    assert speaker(text, "Zone rouge") is None


# ------------------------------------------------------------ a role description that fits another person

def test_a_minister_after_a_union_delegate_is_not_the_delegate():
    text = ("L'usine Papeteries du Léman, à Thonon-les-Bains, fermera en juin, laissant 230 salariés sans "
            "emploi.\n\n"
            "« On nous a menti pendant deux ans », a dénoncé le délégué CGT, Karim Benhamou. Le ministre de "
            "l'Industrie a promis « un accompagnement individuel ».")
    assert speaker(text, "menti pendant") == "Karim Benhamou"
    assert speaker(text, "accompagnement individuel") == "Le ministre de l'Industrie"


def test_the_scientist_takes_up_the_palaeontologist_not_the_worker_who_found_the_bones():
    text = ("La paléontologue Agnès Roussel, du Muséum de Lyon, a présenté lundi un squelette de mammouth "
            "découvert dans une sablière de l'Ain.\n\n"
            "Les ossements ont été mis au jour par un conducteur de pelleteuse, Julien Marchal.\n\n"
            "Il s'agit du spécimen le plus complet trouvé en France, souligne la scientifique. « Nous avons "
            "eu beaucoup de chance », ajoute-t-elle.")
    assert speaker(text, "spécimen le plus complet") == "Agnès Roussel"
    assert speaker(text, "beaucoup de chance") == "Agnès Roussel"


def test_the_technician_is_the_coach_in_post_match_quotes():
    text = ("Après le nul concédé à Rodez (1-1), l'entraîneur du Paris FC, Stéphane Gilli, regrettait les "
            "occasions manquées.\n\n"
            "« Il fallait tuer le match avant la pause », a estimé le technicien, qui attend le retour de son "
            "capitaine, Maxime Lopez.")
    assert speaker(text, "tuer le match") == "Stéphane Gilli"


def test_the_elected_official_takes_up_the_mayor():
    text = ("La maire de Besançon, Anne Vignot, et le préfet du Doubs, Rémi Bastille, ont visité mardi le "
            "quartier de Planoise.\n\n"
            "« Les habitants ne doivent pas se sentir abandonnés », a insisté l'élue.")
    assert speaker(text, "abandonnés") == "Anne Vignot"


# ------------------------------------------------------------ AFP dispatch, speakers alternating

def test_afp_dispatch_with_three_speakers_alternating():
    text = ("Le Premier ministre, Gabriel Marchand, a défendu mercredi la réforme de l'assurance chômage devant "
            "les députés.\n\n"
            "« Cette réforme est juste et nécessaire », a-t-il déclaré dans l'hémicycle.\n\n"
            "La présidente du groupe écologiste, Cyrielle Chatelain, a dénoncé « une attaque contre les plus "
            "fragiles ». « Vous faites payer la crise aux chômeurs », a-t-elle lancé.\n\n"
            "Le Premier ministre a répliqué que le texte protégeait « ceux qui reprennent un emploi ».")
    assert speaker(text, "juste et nécessaire") == "Gabriel Marchand"
    assert speaker(text, "une attaque contre") == "Cyrielle Chatelain"
    assert speaker(text, "Vous faites payer") == "Cyrielle Chatelain"
    assert speaker(text, "ceux qui reprennent") == "Gabriel Marchand"


def test_il_and_elle_after_a_man_and_a_woman():
    text = ("Le procureur de Nanterre, Pascal Prache, et l'avocate de la famille, Me Sophie Durand, se sont "
            "exprimés à l'issue de l'audience.\n\n"
            "« La peine requise est à la hauteur des faits », a-t-il affirmé. « Ma cliente attend des réponses, "
            "pas des formules », a-t-elle répliqué.")
    assert speaker(text, "hauteur des faits") == "Pascal Prache"
    assert speaker(text, "Ma cliente") == "Sophie Durand"


# ------------------------------------------------------------ court report

def test_court_report_prosecutor_and_defence():
    text = ("Le tribunal correctionnel de Rennes a condamné jeudi un ancien notaire à trois ans de prison dont "
            "deux avec sursis pour abus de confiance.\n\n"
            "« Il a trahi la confiance de ses clients pendant dix ans », avait déclaré la procureure, "
            "Clémence Aubry, dans ses réquisitions.\n\n"
            "L'avocat de la défense, Me Olivier Perrin, a annoncé qu'il ferait appel. « Mon client a tout "
            "remboursé », a-t-il plaidé.")
    assert speaker(text, "trahi la confiance") == "Clémence Aubry"
    assert speaker(text, "il ferait appel") == "Olivier Perrin"
    assert speaker(text, "tout remboursé") == "Olivier Perrin"


# ------------------------------------------------------------ spokespeople, statements, the press

def test_a_spokeswoman_speaks_for_the_company():
    text = ("La SNCF a annoncé la suppression de 40 % des TGV entre Paris et Lyon dimanche en raison d'une grève "
            "des aiguilleurs.\n\n"
            "« Les voyageurs concernés seront remboursés intégralement », a précisé une porte-parole de "
            "l'entreprise.")
    assert speaker(text, "remboursés intégralement") == "une porte-parole de l'entreprise"


def test_a_statement_and_an_interview_to_a_newspaper():
    text = ("Le groupe Lactalis a confirmé mardi la fermeture de son site de Vitré, « faute de rentabilité », "
            "a-t-il déclaré dans un communiqué.\n\n"
            "La députée locale, Claire Guérin, s'est dite « révoltée ». « On sacrifie 180 familles », "
            "a-t-elle confié au Parisien.")
    assert speaker(text, "révoltée") == "Claire Guérin"
    assert speaker(text, "sacrifie 180") == "Claire Guérin"


def test_a_surname_after_several_paragraphs():
    text = ("La cheffe étoilée Hélène Darroze a ouvert lundi un restaurant solidaire à Bordeaux.\n\n"
            "L'établissement servira 200 repas par jour à des personnes en difficulté.\n\n"
            "Les produits viendront de maraîchers de Gironde.\n\n"
            "« La bonne cuisine n'est pas un luxe », a rappelé Darroze.")
    assert speaker(text, "pas un luxe") == "Hélène Darroze"


# ------------------------------------------------------------ interview

def test_interview_questions_and_answers():
    text = ("Le navigateur Yann Eliès revient sur sa deuxième place à la Route du Rhum.\n\n"
            "Quel a été le moment le plus dur ? « La tempête au large des Açores. J'ai cru perdre le mât. »\n\n"
            "Repartirez-vous en 2026 ? « Sans hésiter », répond-il.")
    assert speaker(text, "Sans hésiter") == "Yann Eliès"


# ------------------------------------------------------------ traps: no speaker, titles, polls

def test_trap_a_paragraph_without_quotes_gives_nothing():
    text = ("Les pluies torrentielles ont inondé dimanche une vingtaine de communes de l'Aude. Les pompiers ont "
            "effectué plus de 300 interventions dans la nuit.")
    assert found(text) == []


def test_trap_guillemets_around_a_work_title():
    text = ("Le film « Anatomie d'une chute » de Justine Triet a dépassé le million d'entrées, a annoncé "
            "mercredi son distributeur.")
    assert "Anatomie d'une chute" not in quoted(text)


def test_trap_a_poll_is_not_a_person():
    text = ("Selon un sondage Ifop publié dimanche, 62 % des Français jugent la réforme injuste. Le ministre du "
            "Travail, Olivier Dussopt, a estimé que « les Français finiront par la comprendre ».")
    assert speaker(text, "finiront par") == "Olivier Dussopt"
    assert all(who != "Olivier Dussopt" for _, q, who in found(text) if "62 %" in q)


def test_trap_a_term_in_guillemets_is_no_ones_words():
    text = ("Les « passoires thermiques » ne pourront plus être louées à partir de 2025. Cette mesure concerne "
            "près d'un logement sur six.")
    assert "passoires thermiques" not in [q for _, q, who in found(text) if who]


# ------------------------------------------------------------ bodies: their full names, their territory

def test_a_body_named_with_its_territory_is_one_speaker():
    text = ("La Chambre d'agriculture de la Manche a dénoncé « une provocation » après l'arrêté préfectoral. "
            "Le Conseil départemental du Finistère juge la mesure « inapplicable ».")
    assert speaker(text, "une provocation") == "La Chambre d'agriculture de la Manche"
    assert speaker(text, "inapplicable") == "Le Conseil départemental du Finistère"


def test_trap_a_person_after_the_territory_of_a_role_is_the_person():
    text = "Le député de la Somme François Ruffin a dénoncé « une provocation »."
    assert speaker(text, "une provocation") == "François Ruffin"


def test_elle_after_a_body_introduced_with_its_acronym_takes_the_full_name():
    text = ("Le trafic ferroviaire sera interrompu samedi sur la ligne de la Côte bleue, a annoncé la Société "
            "nationale des chemins de fer français (SNCF). Aucun train ne circulera avant 18 heures, a-t-elle "
            "précisé.")
    assert speaker(text, "Aucun train") == "la Société nationale des chemins de fer français"


def test_trap_a_body_later_named_by_its_acronym_alone_keeps_that_name():
    text = ("L'Agence nationale de sécurité du médicament (ANSM) a suspendu un lot d'antibiotiques. L'ANSM a "
            "ajouté que d'autres lots étaient à l'étude. Aucun patient n'a été exposé, a-t-elle précisé.")
    assert speaker(text, "Aucun patient") != "L'Agence nationale de sécurité du médicament"


def test_the_lower_case_words_before_an_acronym_belong_to_the_name():
    text = ("Le Syndicat national des personnels de direction et des cadres administratifs (SNPDCA) conteste "
            "la réforme. Il estime que les établissements manquent de moyens.")
    assert speaker(text, "les établissements manquent") == \
        "Le Syndicat national des personnels de direction et des cadres administratifs"


def test_a_region_named_after_its_kind_is_not_another_body_before_it():
    text = ("La ligne TER Lyon-Bourg a encore connu douze suppressions de trains vendredi.\n\n"
            "La région Auvergne-Rhône-Alpes, qui finance les TER, a annoncé qu'elle réclamerait des pénalités.")
    assert speaker(text, "réclamerait des pénalités") == "La région Auvergne-Rhône-Alpes"


# ------------------------------------------------------------ "il"/"elle" for a body, an impersonal "il"

def test_an_inverted_elle_for_the_body_opening_the_reported_clause():
    text = ("La Métropole de Rennes va planter 30 000 arbres d'ici 2030 pour rafraîchir le centre-ville, "
            "a-t-elle annoncé lundi.")
    assert speaker(text, "30 000 arbres") == "La Métropole de Rennes"


def test_trap_an_inverted_elle_after_a_woman_is_the_woman():
    text = ("La ministre de la Transition écologique, Agnès Pannier-Runacher, était à Rennes lundi. La Métropole "
            "va planter 30 000 arbres d'ici 2030, a-t-elle annoncé.")
    assert speaker(text, "30 000 arbres") == "Agnès Pannier-Runacher"


def test_il_opening_a_sentence_continues_the_body_just_named_not_the_scientists_cited_before():
    text = ("Au moins 400 phoques ont été retrouvés morts sur les côtes de la Manche, selon les scientifiques.\n\n"
            "Le Comité régional des pêches de Normandie conteste ce lien. Il estime que la pollution est en cause.")
    assert speaker(text, "la pollution est en cause") == "Le Comité régional des pêches de Normandie"


def test_an_impersonal_il_does_not_make_the_speaker_a_man():
    text = ("L'archéologue Claire Besson, de l'Inrap, a présenté jeudi une nécropole mérovingienne découverte "
            "à Chartres.\n\n"
            "Les fouilles ont été lancées par un chef de chantier, Marc Leroy.\n\n"
            "Il s'agit de la plus grande nécropole de la région, souligne la chercheuse.")
    assert speaker(text, "plus grande nécropole") == "Claire Besson"
