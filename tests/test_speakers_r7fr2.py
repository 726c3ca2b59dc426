"""French speakers, round 7 (second pass): titles capitalised on their first word only, conviction predicates,
inversion inside a reporting locution; each with traps where the structure must not apply."""
from __future__ import annotations

from checker.lang.quotes import extract_quotes
from checker.lang.speakers import find_cues, find_names, lexicon, tokenize
from checker.parsers import parse


def found(text: str) -> list[tuple[str, str, str | None]]:
    doc = parse(text, "text", lang="fr")
    return [(q.kind, q.text, q.resolved_speaker or q.speaker) for q in extract_quotes(doc.text, doc.blocks, "fr")]


def speaker(text: str, words: str) -> str | None:
    return next(who for _, quoted, who in found(text) if words in quoted)


def names(text: str) -> list[str]:
    return [m.text for m in find_names(tokenize(text, 0, len(text), "fr"), lexicon("fr"), {0}, text)]


def cues(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.info.lemma) for c in find_cues(text, 0, len(text), lexicon("fr"))]


# ------------------------------------------------------------ titles: only the first word is capitalised

def test_a_title_goes_on_with_its_lower_case_adjectives_and_complements():
    assert "la Fondation pour la recherche biomédicale" in names(
        "Un don a été versé à la Fondation pour la recherche biomédicale, qui a confirmé le montant.")
    assert "le Parquet national financier" in names("Hier, le Parquet national financier a ouvert une enquête.")


def test_a_newspaper_title_with_a_weekday_complement_is_whole():
    text = "Mercredi, l'Hebdomadaire du samedi, citant un conseiller, affirme que le budget sera revu."
    assert speaker(text, "le budget sera revu") == "l'Hebdomadaire du samedi"


def test_a_pronoun_resolves_to_the_full_title_not_to_its_first_word():
    text = ("L'Agence européenne des médicaments (AEM) a publié vendredi un avis sur le vaccin. "
            "Les essais sont concluants, a-t-elle indiqué.")
    assert speaker(text, "Les essais sont concluants") == "L'Agence européenne des médicaments"


def test_a_body_noun_then_a_title_keeps_the_title_whole():
    assert "Solidarité paysanne" in " ".join(
        names("Le prix du lait est trop bas, a déclaré mardi le collectif Solidarité paysanne."))


def test_trap_a_verb_after_a_capitalised_body_is_not_part_of_its_name():
    # "vient", "propose" are verbs: what follows them is no boundary a title can end on
    assert "La Royale vient" not in " ".join(names("La Royale vient en effet de confirmer le retard."))
    assert names("Hier, la Commission propose un nouveau plan.") == ["Commission"]


def test_trap_a_date_after_a_title_is_not_part_of_it():
    assert not any("mardi" in n or "daté" in n for n in names("Selon le Monde daté de mardi, rien ne change."))
    assert not any("jeudi" in n for n in names("Le Conseil national jeudi a rejeté le texte."))


def test_trap_a_person_or_a_place_is_no_title():
    # a given name, a place or an acronym is not a title's first word
    assert all("ancien" not in n for n in names("Ensuite, la Marie ancienne maire a parlé."))
    assert not any("touristique" in n for n in names("À Paris, le Lyon touristique a souffert, dit-il."))
    assert not any("régional" in n for n in names("Hier, la CGT régionale a manifesté."))


def test_trap_a_capitalised_word_after_a_link_ends_the_title():
    # "de l'ONU": the complement is another body's name, the title stops before it
    listed = names("Le Conseil de sécurité de l'ONU a voté jeudi.")
    assert "Conseil de sécurité" in " ".join(listed) and "ONU" in listed


# ------------------------------------------------------------ cues: conviction predicates, inverted locutions

def test_a_conviction_predicate_before_que_reports_an_opinion():
    text = ("Marc Leroy, directeur de l'usine, est convaincu que la production reprendra en mars.\n\n"
            "Sa collègue Anne Vidal est persuadée que les commandes vont remonter.")
    assert speaker(text, "la production reprendra en mars") == "Marc Leroy"
    assert speaker(text, "les commandes vont remonter") == "Anne Vidal"


def test_trap_a_conviction_predicate_without_que_reports_nothing():
    text = "Marc Leroy est convaincu de la qualité du projet. Il est persuadé par les chiffres."
    assert [k for k, _, _ in found(text) if k == "reported"] == []


def test_an_inverted_subject_inside_a_locution_is_a_cue():
    assert cues("Les ventes ont doublé, fait-il valoir.") == [("fait-il valoir", "faire valoir")]
    assert cues("Rien n'est décidé, laisse-t-elle entendre.") == [("laisse-t-elle entendre", "laisser entendre")]
    text = ("Pour la sociologue Claire Martin, la réforme est un échec.\n\n"
            "Les inscriptions ont baissé de moitié, fait-elle valoir.")
    assert speaker(text, "Les inscriptions ont baissé") == "Claire Martin"


def test_trap_a_first_word_and_another_locutions_rest_is_no_cue():
    assert cues("Le vent, fait-il entendre, tombe enfin.") == []


# ------------------------------------------------------------ long tails after an inverted subject

def test_a_long_prepositional_tail_after_the_inverted_speaker_keeps_the_report():
    text = ("Le musée fermera ses portes pendant deux ans, a annoncé mardi sa directrice Hélène Garnier dans un "
            "message adressé aux membres de l'association des amis du musée et publié sur le site de la ville, "
            "où les travaux commenceront en mai.")
    assert speaker(text, "Le musée fermera ses portes") == "Hélène Garnier"


def test_a_quoted_title_inside_the_tail_does_not_end_it():
    text = ("Le musée fermera ses portes pendant deux ans, a annoncé mardi sa directrice Hélène Garnier dans une "
            "lettre publiée par le mensuel « Nouvelles du Rhône ».")
    assert speaker(text, "Le musée fermera ses portes") == "Hélène Garnier"


def test_trap_a_tail_holding_its_own_que_clause_is_not_a_tail():
    text = ("Le musée fermera ses portes pendant deux ans, a annoncé mardi sa directrice Hélène Garnier dans une "
            "longue lettre aux membres de l'association des amis du musée, qui regrettent que la ville n'ait "
            "pas trouvé d'autre solution pour les collections.")
    assert all("regrettent" not in quoted for _, quoted, _ in found(text))


# ------------------------------------------------------------ quotation marks around a French title

def test_marks_around_a_french_title_quote_no_one():
    text = ("Retraitée depuis 2010, elle préside l'association « Mémoire des quartiers » depuis cinq ans.\n\n"
            "Le documentaire, « Les Jardins ouvriers », a été tourné à Roubaix.\n\n"
            "Le festival se tient dans le quartier de « Belle époque » chaque été.")
    assert found(text) == []


def test_trap_a_capitalised_quote_with_a_verb_or_after_a_verb_is_speech():
    text = ("Le maire a résumé la situation en une phrase : « Nous reconstruirons ».\n\n"
            "Le ministre a crié « Pas question de reculer » devant les députés.\n\n"
            "Le syndicat, « Il est trop tard », a prévenu la direction.")
    quoted = [q for _, q, _ in found(text)]
    assert any("Nous reconstruirons" in q for q in quoted)
    assert any("Pas question de reculer" in q for q in quoted)
    assert any("Il est trop tard" in q for q in quoted)


# ------------------------------------------------------------ an impersonal cue's source with its extent

def test_an_impersonal_cues_source_goes_on_over_coordinated_adjectives_and_a_place():
    text = ("Deux pêcheurs ont disparu au large de Brest, a-t-on appris de sources portuaires et militaires "
            "à Brest.\n\nSelon ces sources, leur bateau a chaviré de nuit.")
    assert speaker(text, "Deux pêcheurs ont disparu") == "sources portuaires et militaires à Brest"


def test_trap_a_coordinated_clause_after_the_source_is_not_its_extent():
    text = "Deux pêcheurs ont disparu au large de Brest, a-t-on appris de sources portuaires et les recherches continuent."
    assert all(who != "sources portuaires et les" for _, _, who in found(text))
