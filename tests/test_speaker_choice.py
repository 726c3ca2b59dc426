"""Speaker candidates scored in one place (checker.lang.speaker_choice), and the reporting clauses added with it."""
from checker.lang.quotes import extract_quotes
from checker.lang.speaker_choice import Option, choose, score
from checker.lang.speakers import Mention, Resolution
from checker.parsers import parse


def _quotes(text: str, lang: str = "en"):
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, doc.lang)


def _pronoun(word: str = "he", gender: str = "m") -> Mention:
    return Mention("pronoun", 0, len(word), word, 0, 1, gender=gender)


def test_a_reporting_clause_outranks_the_context():
    cue = Option("cue after the quote", "cue", 0, 1.0, resolution=Resolution("Ann Lee", None, 0.9, "name"))
    carried = Option("carried over from the previous quote", "context", 8, 0.75,
                     resolution=Resolution("Bob Roy", None, 0.9, "name"))
    best, scored = choose([carried, cue])
    assert best is cue and len(scored) == 2


def test_an_unresolved_pronoun_loses_to_a_resolved_earlier_speaker():
    cue = Option("cue after the quote", "cue", 0, 1.0, mention=_pronoun(),
                 resolution=Resolution(None, None, 0.3, "unresolved"))
    carried = Option("carried over from the previous quote", "context", 8, 0.75,
                     resolution=Resolution("Bob Roy", None, 0.9, "name"))
    assert score(cue) < score(carried)
    assert choose([cue, carried])[0] is carried


def test_an_unresolved_description_is_its_own_speaker():
    desc = Mention("description", 0, 12, "a local man", 0, 3, head="man")
    option = Option("cue after the quote", "cue", 0, 1.0, mention=desc,
                    resolution=Resolution(None, None, 0.8, "unresolved"))
    assert score(option) == 3.0


def test_ties_go_to_the_earlier_attachment_step_and_far_context_counts_less():
    res = Resolution("Ann Lee", None, 0.9, "name")
    near = Option("subject of the previous sentence", "context", 7, 0.7, resolution=res, distance=0)
    far = Option("carried over from the previous quote", "context", 8, 0.65, resolution=res, distance=2)
    assert choose([far, near])[0] is near
    trailing = Option("cue after the quote", "cue", 0, 1.0, resolution=res)
    leading = Option("cue before the quote", "cue", 2, 1.0, resolution=res)
    assert choose([leading, trailing])[0] is trailing


def test_a_disagreeing_candidate_is_penalised():
    res = Resolution("Ann Lee", None, 0.9, "name")
    assert score(Option("x", "cue", 0, 1.0, resolution=res, agrees=False)) < \
        score(Option("x", "cue", 0, 1.0, resolution=res))


def test_evidence_carries_the_winning_score_and_the_alternatives():
    text = ("Maria Lopez, the mayor, opened the bridge on Monday.\n\n"
            "“It took ten years,” she said. “We are proud.”")
    quotes = _quotes(text)
    second = quotes[-1]
    data = second.to_json()["evidence"]
    assert data["score"] is not None
    assert all(set(alt) == {"via", "speaker", "score"} for alt in data["alternatives"])
    assert second.resolved_speaker == "Maria Lopez"


def test_a_name_before_an_apposition_closes_a_reported_clause():
    text = ("The police have decided to impose strict rules for the match, Marie Verbeke, spokesperson "
            "for the Brussels-South police district, said on Friday.")
    [q] = _quotes(text)
    assert q.kind == "reported" and q.resolved_speaker == "Marie Verbeke"
    assert q.text.startswith("The police have decided")


def test_according_to_estimates_by_a_named_analyst():
    text = ("The market settled at 15.3 million, according to estimates by Adam Jonas, "
            "an analyst at Morgan Stanley.")
    [q] = _quotes(text)
    assert q.resolved_speaker == "Adam Jonas" and q.text == "The market settled at 15.3 million"


def test_selon_without_a_comma_closes_the_sentence():
    text = "Le marché s'est établi à 15,3 millions selon les estimations d'Adam Jonas, analyste de Morgan Stanley."
    [q] = _quotes(text, "fr")
    assert q.kind == "reported" and q.resolved_speaker == "Adam Jonas"
    assert q.text.startswith("Le marché s'est établi")


def test_according_to_a_plan_reports_nothing():
    assert _quotes("The project is progressing according to schedule.") == []
    assert _quotes("Le projet avance selon le calendrier prévu.", "fr") == []
    assert _quotes("The work was done according to the rules of the club.") == []


def test_a_spokeswoman_named_earlier_transmits_a_quote():
    text = ("Les règles sont strictes, a indiqué Marie Verbeke, la porte-parole de la zone de police, vendredi.\n\n"
            "« Le convoi sera escorté par la police », a transmis la porte-parole.")
    quotes = _quotes(text, "fr")
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].resolved_speaker == "Marie Verbeke"


def test_a_role_apposed_to_a_name_without_its_closing_comma_is_that_person():
    text = ("In his book, Damien Le Guay, philosopher and vice-chairperson of the National Ethics Committee "
            "emphasises the “violence” that cremation represents.")
    [q] = _quotes(text)
    assert q.resolved_speaker == "Damien Le Guay"


def test_an_unnamed_role_description_stays_unresolved_without_an_apposition():
    text = "Officials met on Monday. The vice-chairperson of the committee emphasised the “violence” of the act."
    [q] = _quotes(text)
    assert q.resolved_speaker != "Officials"


def test_people_named_by_a_plural_role_are_what_they_refers_to():
    text = ("The aid is supported by influential Republican and Democratic senators.\n\n"
            "However, they have criticised his “sectarian and authoritarian policies”.")
    q = [q for q in _quotes(text) if q.kind == "partial"][0]
    assert q.resolved_speaker == "influential Republican and Democratic senators"


def test_ces_derniers_points_to_the_people_named_before():
    text = ("L'aide est soutenue par d'influents sénateurs républicains et démocrates.\n\n"
            "Mais ces derniers ont aussi critiqué le Premier ministre. Ils ont exigé que « l'influence de l'Iran "
            "cesse ».")
    quotes = [q for q in _quotes(text, "fr") if q.kind != "reported"]
    assert quotes and quotes[-1].resolved_speaker == "influents sénateurs républicains et démocrates"


def test_it_after_a_body_known_by_its_description():
    text = ("The union of German journalists urged its members to stop using Google on Thursday.\n\n"
            "“Journalists should avoid these services,” it said in a press release.\n\n"
            "It calls the reports “scandalous”.")
    quotes = _quotes(text)
    assert [q.resolved_speaker for q in quotes] == ["The union of German journalists"] * 2


def test_it_does_not_stand_for_a_person_described_before():
    text = "The minister visited the plant on Monday.\n\n“Nothing will change,” it said."
    [q] = _quotes(text)
    assert q.resolved_speaker != "The minister"


def test_a_plural_subject_before_a_modal_says_the_quotes():
    en = _quotes('Kids may say, "My tongue is tingling."')
    fr = _quotes("Les enfants peuvent dire, « J'ai des picotements sur la langue ».", "fr")
    assert en[0].speaker == "Kids" and fr[0].speaker == "Les enfants"


def test_a_bare_noun_subject_after_said_is_reported_speech():
    [q] = _quotes("Bombardier, the world's largest trainmaker, said revenue in that division rose 11 percent.")
    assert q.kind == "reported" and q.text.startswith("revenue in that division rose")
    assert _quotes("The coach said goodbye to the players in the stadium.") == []


def test_a_named_body_closing_the_sentence_with_its_article():
    [q] = _quotes("Horse meat has been detected in canned food, the Food Standards Agency announced today.")
    assert q.kind == "reported" and q.text == "Horse meat has been detected in canned food"
    assert q.resolved_speaker == "Food Standards Agency"


def test_the_subject_pronoun_of_the_quote_sentence_after_an_introducing_sentence():
    en = _quotes("Angela Merkel announced a new plan on Monday. She wants “a complete change of direction”.")
    fr = _quotes("Angela Merkel a annoncé lundi un nouveau plan. Elle souhaite « un changement de cap ».", "fr")
    assert en[-1].resolved_speaker == "Angela Merkel" and fr[-1].resolved_speaker == "Angela Merkel"
    assert en[-1].evidence.via == "subject of the quote's sentence"


def test_a_club_description_names_the_club_that_opens_the_sentence():
    text = ("Le Paris Saint-Germain recevra Lorient vendredi sans son attaquant, qui est blessé, annonce le club "
            "dans un communiqué.")
    [q] = _quotes(text, "fr")
    assert q.resolved_speaker == "Paris Saint-Germain"


def test_a_statement_whose_modifiers_name_the_body_quoted_before():
    text = ("The Israeli army stated that the tunnel was intended for attacks.\n\n"
            "The operation was intended to prevent future attacks, explained an Israeli military statement.")
    quotes = _quotes(text)
    assert quotes[-1].resolved_speaker == "The Israeli army"
    fr = _quotes("L'armée israélienne a affirmé que le tunnel servait à des attaques.\n\n"
                 "L'opération visait à empêcher de futures attaques, a expliqué un communiqué militaire "
                 "israélien.",
                 "fr")
    assert fr[-1].resolved_speaker == "L'armée israélienne"


def test_a_statement_with_nothing_in_common_stays_as_written():
    text = ("The Israeli army stated that the tunnel was intended for attacks.\n\n"
            "Prices will rise next year, explained a Canadian bank statement.")
    assert _quotes(text)[-1].resolved_speaker is None


def test_a_newspaper_cited_as_a_source_is_not_the_airport():
    text = ("The L.A. Times reports that an agent and a suspect have been wounded.\n\n"
            "“Law enforcement agents are at the scene,” the airport stated on its Twitter account.")
    q = _quotes(text)[-1]
    assert q.resolved_speaker in (None, "the airport") and q.speaker == "the airport"


def test_a_spokesman_for_a_body_with_its_acronym():
    text = "“There was a shoot-out,” a spokesman for the Transportation Security Administration (TSA) told the AFP."
    [q] = _quotes(text)
    assert q.speaker == "a spokesman for the Transportation Security Administration (TSA)"


def test_a_french_plural_verb_ends_the_subject_description():
    text = "Les investisseurs restent prudents car ils estiment que la Réserve fédérale pourrait agir plus tôt."
    [q] = _quotes(text, "fr")
    assert q.resolved_speaker == "Les investisseurs"


def test_a_month_that_is_a_first_name_and_a_daughter_named_in_passing():
    text = ("The decision has reignited memories for Perth mother June Corteen, who lost her twin daughters "
            "Jane and Jenny in the attack.\n\nFighting back tears, she said Patek should have been sentenced to death.")
    [q] = _quotes(text)
    assert q.resolved_speaker == "June Corteen"


def test_people_according_to_sources_close_to_the_case():
    text = ("Royal Bank of Scotland a suspendu deux traders selon deux sources proches du dossier, ce qui montre "
            "que l'enquête mondiale progresse rapidement.")
    [q] = _quotes(text, "fr")
    assert q.speaker == "deux sources proches du dossier" and q.text.startswith("Royal Bank of Scotland a suspendu")


def test_a_carried_speaker_must_fit_the_quote_s_own_pronoun():
    he = _quotes("“We are ready,” Maria Lopez said.\n\n“It took ten years,” he said.")[-1]
    they = _quotes("“We are ready,” Maria Lopez said.\n\n“It took ten years,” they said.")[-1]
    she = _quotes("“We are ready,” Maria Lopez said.\n\n“It took ten years,” she said.")[-1]
    assert he.resolved_speaker is None and they.resolved_speaker is None
    assert she.resolved_speaker == "Maria Lopez"
    assert "over Maria Lopez (carried over from the previous quote" in he.evidence.describe()
