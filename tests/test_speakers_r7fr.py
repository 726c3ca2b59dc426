"""Round 7, French: reported speech before an inverted cue (time phrases, body and profession nouns, an apposition
with its own verb), negated infinitives, bodies with a parenthesised acronym, names governed by "à" or "de" inside a
description, incises that end their sentence inside the guillemets, "Selon X …," and "Pour <body>," (with traps)."""
from __future__ import annotations

from checker.lang.quotes import extract_quotes
from checker.parsers import parse


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    doc = parse(text, "text", lang="fr")
    return [(q.kind, q.text, q.resolved_speaker or q.speaker) for q in extract_quotes(doc.text, doc.blocks, "fr")]


def speaker_of(text: str, words: str) -> str | None:
    return next(who for _, quoted, who in quotes_of(text) if words in quoted)


def reported(text: str) -> list[str]:
    return [quoted for kind, quoted, _ in quotes_of(text) if kind == "reported"]


# ---------------------------------------------------------------- the clause before an inverted cue

def test_a_time_phrase_between_the_inverted_cue_and_its_speaker():
    text = "Les loyers vont encore grimper à la rentrée, a prévenu la semaine dernière la directrice de l'agence."
    assert speaker_of(text, "Les loyers vont encore grimper") == "la directrice de l'agence"


def test_trap_a_time_phrase_then_an_object_is_no_speaker():
    assert reported("Le maire a annoncé la semaine dernière la fermeture de la piscine municipale.") == []


def test_an_impersonal_cue_with_a_day_before_its_source():
    text = ("Trois randonneurs ont été hélitreuillés près du col, a-t-on appris dimanche de source "
            "hospitalière.\n\n"
            "Ils souffraient d'hypothermie, précise cette source.")
    assert speaker_of(text, "Trois randonneurs") == "source hospitalière"
    assert speaker_of(text, "Ils souffraient d'hypothermie") == "source hospitalière"


def test_an_impersonal_cue_with_auprès_des():
    text = "Le suspect a été placé en garde à vue samedi, a-t-on appris auprès des services du procureur."
    assert "services du procureur" in speaker_of(text, "Le suspect a été placé")


def test_a_profession_and_a_body_after_the_inverted_cue():
    assert speaker_of("La neige tiendra au moins jusqu'à mardi sur les crêtes, prévient le prévisionniste.",
                      "La neige tiendra") == "le prévisionniste"
    assert speaker_of("Le château restera fermé au public tout l'été, a indiqué l'établissement.",
                      "Le château restera fermé") == "l'établissement"


def test_trap_prevoir_with_an_infinitive_is_a_plan_not_words():
    assert quotes_of("La commune prévoit organiser un concert gratuit sur la place du marché en juin.") == []


def test_an_apposition_with_its_own_verb_is_not_the_cue_subject():
    text = "La conductrice, légèrement blessée, a été hospitalisée à Rouen, indique la gendarmerie de l'Eure."
    assert speaker_of(text, "a été hospitalisée") == "la gendarmerie de l'Eure"


def test_trap_a_relative_clause_keeps_the_subject_before_it():
    text = "Le maire, qui a été réélu en mars, a indiqué que les travaux commenceraient en septembre."
    assert speaker_of(text, "les travaux commenceraient") == "Le maire"


# ---------------------------------------------------------------- complements and subjects

def test_a_negated_infinitive_after_the_cue_is_reported():
    text = "Le directeur de la clinique affirme n'avoir jamais reçu la lettre des familles."
    assert reported(text) == ["n'avoir jamais reçu la lettre des familles"]
    assert speaker_of(text, "n'avoir jamais reçu") == "Le directeur de la clinique"


def test_trap_a_negated_plan_is_not_reported():
    assert reported("Le groupe prévoit de ne plus recruter dans ses agences de province.") == []


def test_a_body_with_its_acronym_in_brackets_speaks_without_it():
    text = ("L'Observatoire national de la délinquance et des réponses pénales (Ondrp) a annoncé mardi que "
            "les cambriolages avaient reculé l'an dernier.")
    assert speaker_of(text, "les cambriolages") == \
        "L'Observatoire national de la délinquance et des réponses pénales"
    text = "L'Observatoire national de la délinquance (ONDRP) a annoncé mardi que les vols avaient reculé."
    assert speaker_of(text, "les vols avaient reculé") == "L'Observatoire national de la délinquance"


def test_a_name_after_a_or_de_inside_the_description_is_not_the_speaker():
    text = "« Nous avons eu très peur », a confié une voyageuse à Radio Nova."
    assert speaker_of(text, "Nous avons eu très peur") == "une voyageuse"
    text = ("Les serveurs étaient saturés depuis lundi, affirme une technicienne de la clinique Pasteur, qui "
            "préfère rester anonyme. « Personne ne nous a prévenus », dit-elle.")
    assert speaker_of(text, "Les serveurs étaient saturés") == "une technicienne de la clinique Pasteur"
    assert speaker_of(text, "Personne ne nous a prévenus") == "une technicienne de la clinique Pasteur"


def test_trap_a_person_named_after_a_body_in_a_complement_is_the_speaker():
    text = "Selon le correspondant du Monde Hervé Lambert, le texte sera voté avant l'été."
    assert speaker_of(text, "le texte sera voté") == "Hervé Lambert"


def test_the_client_named_after_the_lawyer_does_not_speak():
    text = ("Mme Garnier conteste les faits.\n\n"
            "Sa cliente n'a jamais signé ce contrat, a plaidé l'avocat de Mme Garnier.")
    assert speaker_of(text, "n'a jamais signé ce contrat") == "l'avocat de Mme Garnier"


# ---------------------------------------------------------------- spans inside guillemets

def test_an_incise_that_ends_its_sentence_splits_the_quote():
    text = ("Le boulanger Marc Duval a vu le quartier changer. "
            "« Tout le monde se connaissait, dit-il. Plus maintenant. »")
    found = quotes_of(text)
    assert [(kind, quoted) for kind, quoted, _ in found] == [
        ("direct", "Tout le monde se connaissait"), ("direct", "Plus maintenant.")]
    assert {who for _, _, who in found} == {"Marc Duval"}


def test_an_incise_naming_a_body_with_an_elided_article():
    text = ("La présidente du syndicat, Inès Morel, réclame des embauches. « Les équipes sont épuisées, écrit "
            "l'intersyndicale dans un tract, et les départs se multiplient. »")
    found = quotes_of(text)
    assert [quoted for _, quoted, _ in found] == ["Les équipes sont épuisées", "et les départs se multiplient."]
    assert speaker_of(text, "et les départs") == "l'intersyndicale"


def test_trap_a_sentence_ending_inside_guillemets_without_a_cue_is_one_quote():
    text = "« Nous partirons demain. Rien ne nous retient ici », affirme Paul Girard."
    assert [quoted for _, quoted, _ in quotes_of(text)] == ["Nous partirons demain. Rien ne nous retient ici"]


# ---------------------------------------------------------------- sources opening the sentence

def test_a_source_opening_the_sentence_runs_to_its_comma():
    text = "Selon le Courrier picard, la piscine fermera ses portes dès le mois de juin."
    assert speaker_of(text, "la piscine fermera") in ("le Courrier picard", "Courrier picard")
    text = "Selon une enquête menée auprès de 3 000 salariés, le télétravail réduit la fatigue."
    assert speaker_of(text, "le télétravail réduit") == "une enquête menée auprès de 3 000 salariés"


def test_trap_a_plural_noun_after_the_source_comma_is_no_apposition():
    text = "Selon la police belge, deux Néerlandais venus de Breda ont été arrêtés à la frontière."
    assert speaker_of(text, "deux Néerlandais") == "la police belge"


def test_pour_a_body_gives_its_view():
    text = "Pour le conseil départemental, cette route reste la priorité du mandat."
    assert speaker_of(text, "cette route reste") == "le conseil départemental"


def test_trap_pour_without_a_body_reports_nothing():
    assert reported("Pour la première fois, la ville accueille le championnat d'Europe.") == []
    assert reported("Pour ce projet, la région a débloqué deux millions d'euros.") == []


# ---------------------------------------------------------------- verbs and their complements

def test_an_adverb_right_after_the_verb_is_not_a_conjunction_with_que():
    assert reported("Elle estime plutôt que les loyers vont baisser.") == ["les loyers vont baisser"]


def test_trap_plutot_que_after_an_object_reports_nothing():
    assert reported("Le conseil a choisi la rénovation plutôt que la démolition de la salle.") == []


def test_a_stressed_pronoun_opening_the_sentence_is_the_subject():
    text = ("Anne Roux et son frère Luc ont repris la ferme en 2019.\n\n"
            "« Nous n'avions pas le choix », dit-elle. Lui pense que la coopérative aurait dû les aider.")
    assert speaker_of(text, "la coopérative aurait dû") == "Luc"


def test_trap_lui_as_an_object_is_not_the_speaker():
    text = "Marc Blanc a rencontré la ministre. Il lui a dit que la filière allait mal."
    assert speaker_of(text, "la filière allait mal") == "Marc Blanc"


def test_a_promise_with_de_and_an_infinitive_is_reported():
    text = "Le constructeur promet de ne pas fermer son usine de Douai."
    assert reported(text) == ["ne pas fermer son usine de Douai"]


def test_trap_a_promise_of_things_is_not_reported():
    assert reported("Le maire a promis de nouveaux bancs pour le square.") == []


def test_a_recommendation_with_que_is_reported():
    text = "Le comité a recommandé que les écoles ferment plus tôt en cas de canicule."
    assert speaker_of(text, "les écoles ferment") == "Le comité"
