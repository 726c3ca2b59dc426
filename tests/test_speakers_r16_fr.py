"""Speakers, round 16, French (issue #12): a clause's opening noun phrase speaks, not a place or a body named in
its complement or in an aside; a ministry's coordinated domains and a title's closing place stay in the body's
name; a body's kind re-named by an apposition; a demonstrative re-description naming the role described before;
the gender of a masculine role over a given name's ending; "l'ONG X". Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, "fr") if words in q.text)


# ------------------------------------------------------------ the opening noun phrase, not its complement

def test_description_with_a_town_complement_speaks_not_the_town():
    text = ("Un maraîcher de Cavaillon, installé depuis vingt ans sur la zone, a affirmé que la grêle avait "
            "détruit la moitié de ses serres.")
    assert speaker(text, "la grêle avait") == "Un maraîcher de Cavaillon"


def test_name_in_the_aside_after_the_description_does_not_speak():
    text = ("Une infirmière de Saint-Nazaire, employée par une clinique de Nantes, a dit redouter la fermeture "
            "du service. « Nous tenons à bout de bras », soupire-t-elle.")
    assert speaker(text, "Nous tenons") == "Une infirmière de Saint-Nazaire"


def test_description_chaining_two_complements():
    text = "Un pêcheur du port de Lorient a expliqué que les prix avaient chuté de moitié."
    assert speaker(text, "les prix avaient") == "Un pêcheur du port de Lorient"


def test_trap_a_name_apposed_after_the_comma_still_speaks():
    text = ("La directrice de l'école, Odile Kervarec-Lannuzel, a expliqué que les cours reprendraient lundi.")
    assert speaker(text, "les cours reprendraient") == "Odile Kervarec-Lannuzel"


def test_trap_a_title_then_the_name_keeps_the_name():
    text = "Le porte-parole de la mairie Anselme Trégouët-Bihan a indiqué que le marché serait déplacé."
    assert speaker(text, "le marché serait") == "Anselme Trégouët-Bihan"


def test_trap_an_inverted_cue_keeps_its_own_subject():
    text = "Les ventes devraient reculer cette année, prévoit la chambre de commerce."
    assert speaker(text, "Les ventes devraient") == "la chambre de commerce"


# ------------------------------------------------------------ a body's name: coordination and closing place

def test_ministry_with_two_coordinated_domains_is_one_body():
    text = ("Le ministère de la Mer et de la Pêche a expliqué que les quotas seraient révisés en mars.")
    assert speaker(text, "les quotas seraient") == "Le ministère de la Mer et de la Pêche"


def test_two_ministries_are_two_bodies():
    text = ("Le ministère des Sports a indiqué que le stade serait rénové. "
            "Le ministère de la Culture a indiqué que le musée fermerait en juillet.")
    assert speaker(text, "le musée fermerait") == "Le ministère de la Culture"


def test_trap_a_bare_re_mention_is_the_ministry_named_before():
    text = ("Le ministère de la Culture a indiqué que le musée fermerait en juillet. "
            "Le ministère a ajouté que les collections seraient prêtées à Rennes.")
    assert speaker(text, "les collections seraient") == "Le ministère"


def test_title_closing_on_its_country_is_the_body_for_a_later_pronoun():
    text = ("Les premiers versements auront lieu en mai, a annoncé le Fonds de solidarité du Liban. "
            "Il a précisé que 12 000 familles étaient concernées.")
    assert speaker(text, "Les premiers versements") == "le Fonds de solidarité du Liban"
    assert speaker(text, "12 000 familles") == "le Fonds de solidarité du Liban"


def test_body_named_after_its_kind_by_apposition():
    text = ("L'organisation caritative, le Secours populaire, a indiqué que les demandes d'aide avaient doublé.")
    assert speaker(text, "les demandes d'aide") == "le Secours populaire"


def test_body_described_then_named_as_a_ministry():
    text = ("L'administration chargée des ports, le ministère de la Marine, a précisé que le chantier durerait "
            "deux ans.")
    assert speaker(text, "le chantier durerait") == "le ministère de la Marine"


def test_class_noun_acronym_is_not_part_of_the_name():
    text = ("L'ONG Terravia rappelle que la forêt abrite trois espèces protégées. Elle estime que le projet doit "
            "être suspendu.")
    assert speaker(text, "la forêt abrite") == "Terravia"


# ------------------------------------------------------------ roles named later, gender of a role

def test_demonstrative_re_description_names_the_role_described_before():
    text = ("L'organisatrice a indiqué que 300 bénévoles étaient mobilisés. Cette ancienne libraire, "
            "Maëlys Quéméner-Roudaut, dit vouloir « ouvrir le salon aux jeunes auteurs ».")
    assert speaker(text, "300 bénévoles") == "Maëlys Quéméner-Roudaut"


def test_trap_a_different_role_without_demonstrative_is_someone_else():
    text = ("L'organisatrice a indiqué que 300 bénévoles étaient mobilisés. Une libraire, "
            "Maëlys Quéméner-Roudaut, dit vouloir « ouvrir le salon aux jeunes auteurs ».")
    assert speaker(text, "300 bénévoles") == "L'organisatrice"


def test_masculine_role_apposed_to_an_ambiguous_given_name_takes_il():
    text = ("« Nous ne fermerons aucune école », a assuré l'adjoint à l'éducation, Andrea Bellocchio-Vitti, "
            "devant le conseil. Il a reconnu que deux classes seraient regroupées.")
    assert speaker(text, "deux classes") == "Andrea Bellocchio-Vitti"


def test_compound_role_with_its_domain_then_the_name_for_a_second_cue():
    text = ("La ministre déléguée aux Sports, Solenn Kerbrat-Morvan, a assuré que les piscines resteraient "
            "ouvertes et leur a promis une « enveloppe exceptionnelle » pour l'été.")
    assert speaker(text, "enveloppe exceptionnelle") == "Solenn Kerbrat-Morvan"


# ------------------------------------------------------------ a body re-mentioned by its bare kind

def test_body_re_mentioned_by_its_bare_kind_keeps_those_words():
    text = ("Le taux directeur passe à 8 %, a annoncé mardi la Banque centrale de Tunisie. "
            "L'institution met en garde contre « une inflation durable ».")
    assert speaker(text, "une inflation durable") == "L'institution"


def test_trap_a_press_release_speaks_for_the_body_that_issued_it():
    text = ("Le FC Lorient a annoncé lundi le départ de son entraîneur. "
            "« Une page se tourne », indique le communiqué.")
    assert speaker(text, "Une page se tourne") == "FC Lorient"


# ------------------------------------------------------------ a body's seat and its acronym

def test_body_with_its_seat_then_acronym_written_as_a_name():
    text = ("La route sera rouverte lundi, a annoncé la force de l'Union africaine en Somalie (Atmis). "
            "Elle précise que deux ponts ont été réparés.")
    assert speaker(text, "La route sera") == "la force de l'Union africaine en Somalie"
    assert speaker(text, "deux ponts") == "la force de l'Union africaine en Somalie"


def test_trap_a_medium_after_a_is_whom_the_words_were_told():
    text = "Les stocks sont suffisants, a assuré un responsable du port à France Bleu Armorique."
    assert speaker(text, "Les stocks") == "un responsable du port"


def test_body_apposed_without_article_after_its_kind():
    text = "L'entreprise exploitante, Tramway Sud 2, indique que 80 % des rails sont posés."
    assert speaker(text, "80 % des rails") == "Tramway Sud 2"


# ------------------------------------------------------------ a pronoun opening its paragraph

def test_pronoun_opening_a_paragraph_takes_up_the_body_subject_before():
    text = ("Le gouvernement de la Guadeloupe a annoncé lundi qu'il attaquerait l'exploitant de la carrière "
            "Morne-Rouge.\n\nIl affirme avoir déjà dépensé deux millions d'euros en analyses.")
    assert speaker(text, "deux millions") == "Le gouvernement de la Guadeloupe"


def test_trap_a_person_subject_before_keeps_the_pronoun():
    text = ("Le maire, Yannick Le Bihan-Quéré, a annoncé lundi que la carrière Morne-Rouge fermerait.\n\n"
            "Il affirme avoir prévenu l'exploitant dès janvier.")
    assert speaker(text, "avoir prévenu") == "Yannick Le Bihan-Quéré"


def test_pronoun_for_a_body_re_mentioned_by_its_first_word_takes_the_full_name():
    text = ("La Cour administrative d'appel de Nantes a annulé mardi le permis du parc éolien.\n\n"
            "La Cour a jugé que l'étude d'impact était incomplète. Les oiseaux migrateurs n'ont pas été "
            "comptés, estime-t-elle.")
    assert speaker(text, "Les oiseaux migrateurs") == "La Cour administrative d'appel de Nantes"


# ------------------------------------------------------------ "selon X," opening the sentence

def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes_in(text, "fr")]


def test_fronted_selon_with_an_unlisted_noun_is_reported_speech():
    text = "Le marché a rouvert lundi. Selon un ostréiculteur de Cancale, la moitié des huîtres sont mortes."
    assert ("reported", "la moitié des huîtres sont mortes") in kinds(text)
    assert speaker(text, "la moitié des huîtres") == "un ostréiculteur de Cancale"


def test_trap_selon_after_the_clause_still_runs_to_the_end():
    text = "La moitié des huîtres sont mortes, selon la maison de l'ostréiculture de Cancale."
    assert speaker(text, "La moitié des huîtres") == "la maison de l'ostréiculture de Cancale"


# ------------------------------------------------------------ a role for the person the paragraph is about

def test_role_for_the_person_named_without_a_speech_verb():
    text = ("Le réseau d'eau de Nouakchott est saturé.\n\n"
            "Mariem Ould-Bouamatou dirige depuis huit ans la station de pompage d'Idini. Ses équipes réparent "
            "les conduites chaque nuit. « Nous tenons avec des pièces de 1980 », poursuit l'ingénieure.")
    assert speaker(text, "Nous tenons avec") == "Mariem Ould-Bouamatou"


def test_trap_a_role_of_the_other_gender_is_not_that_person():
    text = ("Le réseau d'eau de Nouakchott est saturé.\n\n"
            "Karim Ould-Bouamatou dirige depuis huit ans la station de pompage d'Idini. Ses équipes réparent "
            "les conduites chaque nuit. « Nous tenons avec des pièces de 1980 », poursuit l'ingénieure.")
    assert speaker(text, "Nous tenons avec") != "Karim Ould-Bouamatou"


def test_trap_the_person_who_speaks_for_the_role_is_someone_else():
    text = ("Le club de Brest a confirmé le transfert.\n\n"
            "L'agent de la gardienne, Ronan Kerjean-Bihan, a démenti tout accord. La gardienne a assuré qu'elle "
            "resterait une saison de plus.")
    assert speaker(text, "resterait une saison") == "La gardienne"


def test_census_published_by_a_body_is_that_body_s_report():
    text = ("Plus de 300 écoles rurales ont fermé en dix ans, selon un recensement publié mardi par "
            "l'Association des maires ruraux.")
    assert speaker(text, "Plus de 300 écoles") == "l'Association des maires ruraux"
