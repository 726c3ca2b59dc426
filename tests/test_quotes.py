"""Quote extraction and speaker attribution, in English and French."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.lang.quotes import Quote, extract_quotes
from checker.parsers import parse

SEED = Path("/work/shared/seed/000_dbb8f34e7e82e8cc.txt")
NBSP, NNBSP = "\u00a0", "\u202f"


def quotes(text: str, lang: str = "en") -> list[Quote]:
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, lang)


def marked(text: str, lang: str = "en") -> list[Quote]:
    return [q for q in quotes(text, lang) if q.kind != "reported"]


def reported(text: str, lang: str = "en") -> list[Quote]:
    return [q for q in quotes(text, lang) if q.kind == "reported"]


def only(found: list[Quote]) -> Quote:
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def find(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert hits, (words, [q.text for q in found])
    return hits[0]


# ---------------------------------------------------------------- marks


def test_curly_double_quotes_with_speaker_after():
    q = only(marked("“We will not close the plant,” said Maria Lopez, the company’s chief executive."))
    assert q.text == "We will not close the plant,"
    assert (q.kind, q.speaker, q.resolved_speaker, q.cue) == ("direct", "Maria Lopez", "Maria Lopez", "said")
    assert q.open_mark == 0 and q.close_mark == len("“We will not close the plant,")


def test_straight_double_quotes():
    q = only(marked('"The plant will stay open," Tom Baker said on Monday.'))
    assert q.text == "The plant will stay open,"
    assert q.resolved_speaker == "Tom Baker"


def test_single_curly_quotes():
    q = only(marked("‘It was the best day of my life,’ said Ann Cole."))
    assert q.text == "It was the best day of my life,"
    assert q.resolved_speaker == "Ann Cole"


def test_french_guillemets_with_no_break_spaces():
    text = f"«{NBSP}Nous sommes prêts{NBSP}», a déclaré Marie Dupont."
    q = only(marked(text, "fr"))
    assert q.text == "Nous sommes prêts"
    assert (q.speaker, q.resolved_speaker, q.cue) == ("Marie Dupont", "Marie Dupont", "a déclaré")


def test_french_guillemets_with_narrow_no_break_spaces():
    q = only(marked(f"«{NNBSP}La situation est sous contrôle{NNBSP}», assure le préfet Jean Martin.", "fr"))
    assert q.text == "La situation est sous contrôle"
    assert q.resolved_speaker == "Jean Martin"


def test_german_low_high_quotes():
    q = only(marked("„Wir sind bereit“, said Klaus Weber."))
    assert q.text == "Wir sind bereit"
    assert q.resolved_speaker == "Klaus Weber"


def test_single_guillemets():
    q = only(marked("‹ Nous verrons bien ›, a répondu Luc Girard.", "fr"))
    assert q.text == "Nous verrons bien"
    assert q.resolved_speaker == "Luc Girard"


def test_nested_quote_reports_the_outer_one():
    q = only(marked("“When the inspector told us ‘the bridge is safe’, we believed him,” said Paul Green."))
    assert q.text == "When the inspector told us ‘the bridge is safe’, we believed him,"
    assert q.resolved_speaker == "Paul Green"


def test_nested_guillemets_and_english_quotes_in_french():
    q = only(marked("« Le préfet m’a dit : “Vous aurez une réponse” », raconte Hélène Garnier.", "fr"))
    assert q.text.startswith("Le préfet") and q.text.endswith("réponse”")


@pytest.mark.parametrize("text", [
    "Putin’s adviser said they don’t expect l’État to pay; the players’ union agreed in the ’90s.",
    "It's the country's biggest rock 'n' roll festival, the organisers' spokesman said.",
])
def test_apostrophes_are_not_quote_marks(text):
    assert marked(text) == []


def test_english_quote_over_two_paragraphs_is_one_quote():
    text = ("Mayor Ann Cole spoke first. “We have waited too long for this bridge.\n\n"
            "“It will open next spring,” she said.")
    q = only(marked(text))
    assert q.text.startswith("We have waited") and q.text.endswith("next spring,")
    assert "\n\n“" in q.text and q.block == 0
    assert q.resolved_speaker == "Ann Cole" and not q.unbalanced


@pytest.mark.parametrize("reopen", ["»", "«"])
def test_french_quote_over_two_paragraphs_is_one_quote(reopen):
    text = (f"La procureure, Anne-Sophie Rivière, a détaillé l’enquête.\n\n"
            f"«{NBSP}Les deux suspects ont été interpellés lundi.\n\n"
            f"{reopen}{NBSP}Un troisième homme est toujours recherché.{NBSP}»")
    q = only(marked(text, "fr"))
    assert q.text.startswith("Les deux suspects") and q.text.endswith("recherché.")
    assert q.resolved_speaker == "Anne-Sophie Rivière"


def test_unbalanced_opening_mark_is_reported_and_does_not_crash():
    q = only(marked("The minister called the plan “a disaster and left the room.\n\nNothing else happened."))
    assert q.unbalanced and q.close_mark is None and q.open_mark is not None
    assert q.text.startswith("a disaster")


def test_unclosed_quote_ends_where_its_attribution_starts():
    q = only(marked("“We are ready to talk to anyone, he told the meeting in Paris."))
    assert q.text == "We are ready to talk to anyone"
    assert q.speaker == "he" and q.unbalanced


def test_stray_closing_mark_is_unbalanced():
    q = only(marked("The talks failed,” said Joe Hart."))
    assert q.unbalanced and q.open_mark is None
    assert q.text == "The talks failed,"
    assert q.resolved_speaker == "Joe Hart"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab .,“”\"'‘’«»\n:", max_size=80))
def test_any_text_gives_valid_spans(text):
    doc = parse(text, "text")
    for q in extract_quotes(doc.text, doc.blocks, "en"):
        assert 0 <= q.start <= q.end <= len(doc.text)
        assert q.text == doc.text[q.start:q.end]
        assert 0.0 <= q.confidence <= 1.0


def test_no_text_no_quotes():
    assert extract_quotes("", (), "en") == []


# ---------------------------------------------------------------- kinds


def test_partial_quote_inside_the_reporters_sentence():
    q = only(marked("The minister described the plan as “a decade late” on Monday."))
    assert q.kind == "partial" and q.text == "a decade late"


def test_direct_quote_after_a_colon():
    q = only(marked("Ditta denied wrongdoing and claimed: “I would never do such a thing.”"))
    assert q.kind == "direct" and q.resolved_speaker == "Ditta"


def test_titles_and_nicknames_in_marks_are_not_quotes():
    text = ("The documentary “The Last Harbour” opens on Friday. It was produced by "
            "Kenny “Babyface” Edmonds, and the programme dubbed “MUSCULAR” was never mentioned.")
    assert marked(text) == []


# ---------------------------------------------------------------- reported speech


def test_said_that_reports_the_that_clause():
    q = only(reported("Rob Nicholson insisted that injured soldiers are not discharged early."))
    assert q.text == "injured soldiers are not discharged early"
    assert q.resolved_speaker == "Rob Nicholson" and q.cue == "insisted"


def test_said_without_that_and_a_time_adverbial():
    q = only(reported("Yuri Ushakov said on Tuesday the talks would resume next week."))
    assert q.text == "the talks would resume next week"
    assert q.resolved_speaker == "Yuri Ushakov"


def test_according_to_x_comma():
    q = only(reported("According to Detroit News, the singer will perform on 21 December."))
    assert q.text == "the singer will perform on 21 December"
    assert q.resolved_speaker == "Detroit News" and q.cue == "According to"


def test_trailing_according_to_and_trailing_said():
    found = reported("At least two people were injured, according to local police. "
                     "No classified information is in danger, the spokesperson said.")
    assert find(found, "At least two people").speaker == "local police"
    assert find(found, "No classified").speaker == "the spokesperson"


def test_french_selon_x():
    q = only(reported("Selon la Cour des comptes, le déficit atteindra 18 milliards d’euros en 2025.", "fr"))
    assert q.text == "le déficit atteindra 18 milliards d’euros en 2025"
    assert q.speaker == "la Cour des comptes"


def test_french_a_declare_que_and_estime_que():
    found = reported("Frontier a déclaré qu'elle ferait payer 25 dollars. "
                     "Le maire, Gilles Lebrun, estime que la ligne doit rouvrir.", "fr")
    assert find(found, "elle ferait payer").resolved_speaker == "Frontier"
    assert find(found, "la ligne doit rouvrir").resolved_speaker == "Gilles Lebrun"


def test_french_pour_x():
    q = only(reported("Pour Stéphane Giraud, la réforme est équilibrée.", "fr"))
    assert q.text == "la réforme est équilibrée" and q.resolved_speaker == "Stéphane Giraud"


def test_french_inverted_cue_without_marks():
    text = "Le ministre, Rob Nicholson, a parlé. Aucun soldat n'est libéré avant d'être prêt, a-t-il affirmé."
    q = find(reported(text, "fr"), "Aucun soldat")
    assert q.speaker == "il" and q.resolved_speaker == "Rob Nicholson" and q.cue == "a-t-il affirmé"


# ---------------------------------------------------------------- speaker patterns


def test_told_with_speaker_before():
    q = only(marked("“Important documents” will be signed, Yuri Ushakov told Russian media."))
    assert (q.kind, q.resolved_speaker, q.cue) == ("partial", "Yuri Ushakov", "told")


def test_speaker_with_relative_clause():
    q = only(reported("Glen Kirkland, who served in Afghanistan, said he had been forced to leave."))
    assert q.resolved_speaker == "Glen Kirkland"


def test_apposition_then_description_and_pronoun():
    text = ("Vladimir Putin’s diplomatic adviser, Yuri Ushakov, spoke on Monday.\n\n"
            "“The treaty is ready,” the adviser said.\n\n"
            "“It will be signed,” he added.")
    found = marked(text)
    assert find(found, "treaty").resolved_speaker == "Yuri Ushakov"
    assert find(found, "treaty").speaker == "the adviser"
    assert find(found, "signed").resolved_speaker == "Yuri Ushakov"


def test_description_after_the_quote_resolves_to_the_named_minister():
    text = "Health Minister Sarah Cole visited the hospital. “The ward will reopen,” said the minister."
    q = only(marked(text))
    assert q.speaker == "the minister" and q.resolved_speaker == "Sarah Cole"


def test_french_description_after_the_quote():
    text = ("Le ministre de l’Intérieur, Paul Vernier, était à Rennes. "
            "« Nous ne céderons pas », a indiqué le ministre.")
    q = only(marked(text, "fr"))
    assert q.speaker == "le ministre" and q.resolved_speaker == "Paul Vernier"


def test_french_inverted_name_and_pronoun():
    text = ("« La taxe n'est pas tenable », a déclaré Lee Munnich, spécialiste des transports.\n\n"
            "« C'est l'alternative la plus logique », a-t-il dit.")
    found = marked(text, "fr")
    assert find(found, "taxe").resolved_speaker == "Lee Munnich"
    second = find(found, "alternative")
    assert (second.speaker, second.resolved_speaker, second.cue) == ("il", "Lee Munnich", "a-t-il dit")


def test_french_selon_lui_resolves_the_pronoun():
    text = ("Son premier président, Henri Delmas, juge la trajectoire inquiétante. "
            "Selon lui, « rien n’a été fait ».")
    q = only(marked(text, "fr"))
    assert q.speaker == "lui" and q.resolved_speaker == "Henri Delmas"


def test_french_attribution_inside_the_guillemets_splits_the_quote():
    text = ("« Nous sommes prêts à discuter, a déclaré le Premier ministre, Thomas Reynaud, "
            "mais pas à tout prix. »")
    found = marked(text, "fr")
    assert [q.text for q in found] == ["Nous sommes prêts à discuter", "mais pas à tout prix."]
    assert {q.resolved_speaker for q in found} == {"Thomas Reynaud"}


def test_passive_attribution_names_the_agent():
    q = only(marked("“The soldiers told us to go back,” the AFP was told by Imelda Nyirankusi."))
    assert q.resolved_speaker == "Imelda Nyirankusi"


def test_organisation_description_resolves_to_the_organisation():
    text = ("The National Security Agency said late Friday that it was a glitch.\n\n"
            "“The site was down because of an internal error,” the spy agency said in a statement.")
    q = only(marked(text))
    assert q.speaker == "the spy agency" and q.resolved_speaker == "National Security Agency"


def test_french_infinitive_after_a_semi_auxiliary():
    text = "Le porte-parole, Marc Petit, vient de nous confirmer que le navire restera « indisponible » un mois."
    q = only(marked(text, "fr"))
    assert q.resolved_speaker == "Marc Petit"


def test_french_comme_l_ecrit_x():
    text = "Le quartier est devenu « l'épicentre de la musique folk », comme l'écrit le journaliste Elijah Wald."
    q = only(marked(text, "fr"))
    assert q.resolved_speaker == "Elijah Wald"


def test_pronouns_pick_the_person_of_the_right_gender():
    text = ("Mayor Ann Cole met the union leader, Mr David Stone, on Monday.\n\n"
            "“We will find a solution,” she said.\n\n"
            "“We have heard that before,” he replied.")
    found = marked(text)
    assert find(found, "solution").resolved_speaker == "Ann Cole"
    assert find(found, "heard").resolved_speaker == "David Stone"


def test_french_pronouns_pick_the_person_of_the_right_gender():
    text = ("La maire, Mme Claire Roux, a reçu le syndicaliste Marc Petit.\n\n"
            "« Nous trouverons une solution », a-t-elle assuré.\n\n"
            "« On nous l'a déjà promis », a-t-il répondu.")
    found = marked(text, "fr")
    assert find(found, "solution").resolved_speaker == "Claire Roux"
    assert find(found, "promis").resolved_speaker == "Marc Petit"


def test_surname_only_mention_resolves_to_full_name():
    text = "Hans-Peter Friedrich met officials in Berlin.\n\n“We will find ways,” Friedrich said."
    q = only(marked(text))
    assert q.speaker == "Friedrich" and q.resolved_speaker == "Hans-Peter Friedrich"


def test_carry_over_to_the_next_paragraph_with_lower_confidence():
    text = ("“We are ready to negotiate,” said Karl Jensen, the union leader.\n\n"
            "“But we will not accept job cuts.”")
    first, second = marked(text)
    assert second.resolved_speaker == "Karl Jensen" and second.cue is None
    assert second.confidence < first.confidence


def test_the_same_source_is_the_previous_speaker():
    text = ("“Important documents will be signed,” Yuri Ushakov told reporters.\n\n"
            "According to the same source, the leaders will make “statements to the press”.")
    q = find(marked(text), "statements")
    assert q.speaker == "the same source" and q.resolved_speaker == "Yuri Ushakov"


def test_headline_name_colon_quote():
    q = only(marked("Kim Jong-un: Russia and North Korea will sign “important documents”\n\nSome text follows."))
    assert q.speaker == "Kim Jong-un" and q.kind == "partial"


def test_french_headline_name_colon_quote():
    q = only(marked("Pierre Lambert : la France va signer « un accord historique »\n\nLe texte suit.", "fr"))
    assert q.resolved_speaker == "Pierre Lambert"


def test_standalone_quoted_heading_has_no_speaker():
    text = "“Brothers in arms”\n\nThe trip will take place nine months after the visit."
    q = only(marked(text))
    assert q.speaker is None and q.resolved_speaker is None and q.confidence < 0.3


def test_confidence_is_highest_for_an_explicit_name():
    text = ("“First,” said Ann Cole.\n\n“Second,” she said.\n\n“Third.”")
    named, pronoun, carried = marked(text)
    assert named.confidence > pronoun.confidence > carried.confidence > 0


def test_to_json_has_the_contract_keys():
    q = only(marked("“Yes,” said Ann Cole."))
    data = q.to_json()
    assert set(data) == {"start", "end", "text", "kind", "speaker", "resolved_speaker", "cue", "confidence",
                         "evidence"}
    assert data["text"] == "Yes,"
    assert data["confidence"] == round(q.confidence, 2)
    assert data["evidence"]["step"] == "named in the cue" and data["evidence"]["cue"] == "said"


def test_evidence_names_cue_mention_and_resolution_step():
    text = "Kremlin aide Yuri Ushakov met reporters on Monday.\n\n“Important documents,” he told them. “More soon.”"
    first, second = marked(text)
    ev = first.evidence
    assert (ev.via, ev.step, ev.cue, ev.mention) == ("cue after the quote", "pronoun → last salient subject",
                                                     "told", "he")
    assert text[slice(*ev.mention_span)] == "he" and text[slice(*ev.cue_span)] == "told"
    assert ev.antecedent == "Yuri Ushakov" and text[ev.antecedent_start:].startswith("Yuri Ushakov")
    assert second.evidence.via == "carried over from the previous quote"
    assert "pronoun → last salient subject (Yuri Ushakov)" in first.evidence.describe()


def test_evidence_absent_without_a_speaker():
    q = only(marked("The sign read “Closed for the season” all winter."))
    assert q.speaker is None and q.resolved_speaker is None and q.evidence is None


# ---------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_quotes():
    doc = parse(SEED.read_text(encoding="utf-8"), "text")
    return extract_quotes(doc.text, doc.blocks, "en")


def test_seed_body_quotes_are_yuri_ushakovs(seed_quotes):
    assert find(seed_quotes, "Important, very significant documents").resolved_speaker == "Yuri Ushakov"
    assert find(seed_quotes, "This treaty, if it is signed").resolved_speaker == "Yuri Ushakov"


def test_seed_brothers_in_arms_ties_are_kim_jong_uns(seed_quotes):
    assert find(seed_quotes, "unwavering, brothers-in-arms").resolved_speaker == "Kim Jong-un"


def test_seed_headline_quote_is_given_to_kim_jong_un(seed_quotes):
    headline = [q for q in seed_quotes if q.text == "important documents"]
    assert only(headline).speaker == "Kim Jong-un" and headline[0].block == 0


def test_seed_subheading_is_not_attributed(seed_quotes):
    q = only([q for q in seed_quotes if q.text == "Brothers in arms"])
    assert q.resolved_speaker is None or q.confidence < 0.5


def test_seed_headline_and_body_overlap_with_different_speakers(seed_quotes):
    """What the misattribution rule will compare: the same words given to two people."""
    head = only([q for q in seed_quotes if q.text == "important documents"])
    body = find(seed_quotes, "Important, very significant documents")
    words = lambda q: set(q.text.lower().replace(",", " ").split())  # noqa: E731
    assert words(head) <= words(body) and head.resolved_speaker != body.resolved_speaker


def test_a_long_article_is_fast():
    raw = SEED.read_text(encoding="utf-8")
    article = "\n\n".join([raw] * 8)  # about 5,800 words
    doc = parse(article, "text")
    extract_quotes(doc.text, doc.blocks, "en")  # word lists loaded once
    started = time.perf_counter()
    found = extract_quotes(doc.text, doc.blocks, "en")
    assert time.perf_counter() - started < 1.0
    assert len(found) >= 8 * 15


# ---------------------------------------------------------------- failure classes (constructed)


def test_trailing_cue_company_announced():
    q = only(reported("The plant will close next year, the company announced on Tuesday."))
    assert q.text == "The plant will close next year"
    assert q.speaker.lower() == "the company" and q.cue == "announced"


def test_trailing_cue_after_apposition():
    q = find(reported("Lou Reed died on Sunday. The singer had been ill for months, his wife, Laurie Anderson, "
                      "announced."), "ill for months")
    assert q.resolved_speaker == "Laurie Anderson"


def test_fr_inverted_incise_without_marks_with_time_word():
    q = only(reported("L'usine fermera l'an prochain, a annoncé mardi la direction.", "fr"))
    assert q.text == "L'usine fermera l'an prochain"
    assert q.speaker == "la direction" and q.cue == "a annoncé"


def test_fr_inverted_incise_shop():
    q = only(reported("Le produit a été retiré des rayons, a indiqué le magasin.", "fr"))
    assert q.text == "Le produit a été retiré des rayons" and q.speaker == "le magasin"


def test_fr_faire_savoir_incise():
    q = only(reported("Le musée restera fermé jusqu'à lundi, a fait savoir la mairie.", "fr"))
    assert q.text.startswith("Le musée restera fermé") and q.speaker == "la mairie"


def test_trailing_according_to_shop():
    q = only(reported("The store will reopen on Monday, according to the shop."))
    assert q.text == "The store will reopen on Monday" and q.speaker == "the shop"


def test_fr_trailing_selon():
    q = only(reported("Trois personnes ont été interpellées, selon la préfecture.", "fr"))
    assert q.text == "Trois personnes ont été interpellées" and q.speaker == "la préfecture"


def test_warned_that_if():
    q = only(reported("The minister has warned that if the talks fail, prices will rise."))
    assert q.text == "if the talks fail, prices will rise" and q.speaker == "The minister"


def test_now_says_that():
    q = only(reported("Mr Smith now says that he is ready to resign."))
    assert q.text == "he is ready to resign" and q.resolved_speaker == "Smith"


def test_fr_se_declare_pret():
    q = only(reported("Le ministre se déclare prêt à négocier avec les syndicats.", "fr"))
    assert q.text.startswith("prêt à négocier") and q.speaker == "Le ministre"


def test_place_after_of_is_not_the_speaker():
    q = only(reported("Residents of Colorado Springs said the water was unsafe."))
    assert q.speaker == "Residents of Colorado Springs" and q.resolved_speaker != "Colorado Springs"


def test_fr_place_after_de_is_not_the_speaker():
    q = only(reported("Des habitants de Colorado Springs ont affirmé que l'eau était polluée.", "fr"))
    assert q.speaker == "Des habitants de Colorado Springs" and q.resolved_speaker != "Colorado Springs"


def test_org_in_complement_is_not_the_speaker():
    q = only(reported("Finance minister Pierre Moscovici said the forecast of the IMF was too pessimistic."))
    assert q.resolved_speaker == "Pierre Moscovici"


def test_newspaper_source_does_not_take_a_spokesman_clause():
    q = only(reported("The L.A. Times reported the news on Monday. A spokesman for the police said the suspect "
                      "had fled."))
    assert q.speaker == "A spokesman for the police" and q.resolved_speaker is None


def test_fr_de_phrase_keeps_head_noun_and_its_article():
    # "Des" opening the phrase is its indefinite article (kept, as "A spokesman"); "des" after a noun is "of the"
    q = only(reported("Des responsables du M23 ont affirmé que les rebelles se retiraient.", "fr"))
    assert q.speaker == "Des responsables du M23"
    q = only(reported("Les avocats des victimes ont affirmé que le procès était truqué.", "fr"))
    assert q.speaker == "Les avocats des victimes"


def test_agency_description_resolves_to_org_introduced_as_agency():
    q = only(reported("The rating was cut on Friday by Moody's, the ratings agency. The American agency said "
                      "the outlook was negative."))
    assert q.speaker == "The American agency" and q.resolved_speaker.startswith("Moody")


def test_bank_description_resolves_to_org_apposition():
    q = only(reported("Analysts at Goldman Sachs, the investment bank, were surprised. The bank said the rate "
                      "would rise."))
    assert q.resolved_speaker == "Goldman Sachs"


def test_spokesperson_description_resolves_to_person():
    q = only(reported("Jane Doe, a spokesperson for the city, was asked about the delay. The spokesperson said "
                      "the work would end soon."))
    assert q.resolved_speaker == "Jane Doe"


def test_fr_porte_parole_resolves_to_person():
    q = only(reported("Marie Dupont, porte-parole de la mairie, a été interrogée. La porte-parole a affirmé que "
                      "les travaux finiraient bientôt.", "fr"))
    assert q.resolved_speaker == "Marie Dupont"


def test_the_man_resolves_to_man_just_introduced():
    q = only(reported("A 45-year-old man, John Grey, was arrested on Monday. The man said he was innocent."))
    assert q.resolved_speaker == "John Grey"


def test_fr_cet_homme_resolves_to_man_just_introduced():
    q = only(reported("Un homme, Paul Martin, a été arrêté. Cet homme a déclaré qu'il était innocent.", "fr"))
    assert q.resolved_speaker == "Paul Martin"


def test_speaker_string_drops_the_verb():
    q = only(reported("The family refused to comment, saying the matter was private."))
    assert q.speaker == "The family"
    q = only(reported("The police declined to comment, saying the inquiry was ongoing."))
    assert q.speaker == "The police"


def test_carry_over_to_quote_without_cue_in_next_paragraph():
    found = marked("Mayor John Smith spoke on Monday.\n\n“We will rebuild the bridge,” he said.\n\n"
                   "“It will take two years.”")
    assert [q.resolved_speaker for q in found] == ["John Smith", "John Smith"]


def test_cue_at_end_of_multi_paragraph_quote():
    q = only(marked("“We will rebuild the bridge.\n\n“It will take two years and cost a lot,” said Mayor John Smith."))
    assert q.resolved_speaker == "John Smith"


# ---------------------------------------------------------------- organisations with "&" and "'s", cited press


@pytest.mark.parametrize("text, speaker", [
    ('"The outlook is negative," Standard & Poor\'s said on Monday.', "Standard & Poor's"),
    ('"We are cutting jobs," McDonald\'s said in a statement.', "McDonald's"),
    ('Procter & Gamble said sales would "recover next year".', "Procter & Gamble"),
    ('"Coverage is improving," AT&T said.', "AT&T"),
    ('Moody\'s, the ratings agency, said the bank was "under review".', "Moody's"),
])
def test_organisation_names_with_ampersand_or_apostrophe_s(text, speaker):
    assert marked(text)[0].resolved_speaker == speaker


def test_french_organisation_name_with_ampersand():
    q = only(marked("« La perspective est négative », a déclaré Standard & Poor's lundi.", "fr"))
    assert q.resolved_speaker == "Standard & Poor's"


def test_possessive_before_noun_still_stripped():
    q = only(marked('"We will win," Obama\'s spokesman said.'))
    assert q.resolved_speaker != "Obama's"


@pytest.mark.parametrize("text", [
    'Moody\'s, the ratings agency, cut the rating. "The risks have grown," the agency said.',
    'The ratings agency Moody\'s cut the rating on Tuesday. "The risks have grown," the agency said.',
])
def test_agency_description_resolves_to_organisation(text):
    assert find(marked(text), "risks").resolved_speaker == "Moody's"


@pytest.mark.parametrize("text", [
    "Moody's, l'agence de notation, a abaissé la note. « Les risques ont augmenté », a indiqué l'agence.",
    "L'agence de notation Moody's a abaissé la note. « Les risques ont augmenté », a précisé l'agence.",
])
def test_french_agency_description_resolves_to_organisation(text):
    assert find(marked(text, "fr"), "risques").resolved_speaker == "Moody's"


def test_claims_to_have_with_description_subject():
    q = only(marked('The company claims to have "fixed the problem".'))
    assert (q.speaker, q.cue) == ("The company", "claims")


@pytest.mark.parametrize("text, lang, speaker", [
    ('Google denies that it "shared any data".', "en", "Google"),
    ('John Smith maintains that he was "never consulted".', "en", "John Smith"),
    ("Jean Dupont dément avoir « menti aux enquêteurs ».", "fr", "Jean Dupont"),
    ("Marie Durand soutient que la réforme est « injuste ».", "fr", "Marie Durand"),
])
def test_deny_maintain_verbs(text, lang, speaker):
    assert marked(text, lang)[0].resolved_speaker == speaker


def test_cited_newspaper_is_not_the_later_pronoun_speaker_fr():
    text = ("Jean Martin a parlé lundi. L'accord est « presque conclu », a rapporté le Monde. "
            "« Nous n'y sommes pas encore », a-t-il dit.")
    found = marked(text, "fr")
    assert find(found, "presque").resolved_speaker == "Monde"
    assert find(found, "pas encore").resolved_speaker != "Monde"


def test_cited_newspaper_is_not_the_later_named_speaker():
    text = ('According to the Los Angeles Times, the deal is "almost done". '
            '"We are not there yet," said John Smith.')
    found = marked(text)
    assert find(found, "almost").resolved_speaker == "Los Angeles Times"
    assert find(found, "not there").resolved_speaker == "John Smith"


# -- speaker resolution on unseen news: constructed cases for each general fix ---------------------


def test_definite_description_takes_the_earlier_description_with_the_same_head():
    text = ("A provincial newspaper is to be shut down, a media watchdog says.\n\n"
            "Mr Li admitted on television that he had taken money.\n\n"
            "\"The paper's management was chaotic,\" the watchdog said in a statement.")
    q = find(marked(text), "management was chaotic")
    assert q.resolved_speaker == "a media watchdog"


def test_it_refers_to_the_organisation_known_only_by_description():
    text = ("The activist group, which counts the dead through a network of volunteers, said on Monday "
            "that 3,000 people had died.\n\n"
            "Of those, it said 1,200 were civilians.")
    q = find(reported(text), "1,200 were civilians")
    assert q.resolved_speaker == "The activist group"


def test_they_refers_to_two_coordinated_companies():
    text = ("Renault and Nissan said on Friday that they had received no objection to the plan.\n\n"
            "They specified that they had also received the approval of the Canadian authorities.")
    q = find(reported(text), "approval of the Canadian")
    assert q.resolved_speaker == "Renault and Nissan"


def test_they_refers_to_a_plural_description_two_paragraphs_back():
    text = ("\"The deal is now closed,\" the two companies announced in a press release.\n\n"
            "The closing satisfies most of the conditions set by the regulators.\n\n"
            "\"The merger still needs the approval of shareholders,\" they add.")
    q = find(marked(text), "still needs the approval")
    assert q.resolved_speaker == "the two companies"


def test_ils_refers_to_a_plural_description_in_french():
    text = ("« Le rapprochement est désormais effectif », annoncent les deux constructeurs dans un communiqué.\n\n"
            "Ils précisent qu'ils ont aussi reçu les autorisations nécessaires au Brésil.")
    q = find(reported(text, "fr"), "autorisations nécessaires")
    assert q.resolved_speaker == "les deux constructeurs"


def test_plural_subject_with_place_complement_is_not_the_place():
    q = only(reported("Most economists in the United Kingdom say that interest rates will rise."))
    assert q.speaker == "Most economists in the United Kingdom"


def test_acronym_of_place_is_one_organisation():
    text = 'During the trial, the ACLU of Ohio warned on its blog: "These boxes could track every driver."'
    q = only(marked(text))
    assert q.resolved_speaker == "ACLU of Ohio"


def test_french_role_noun_that_is_also_a_cue_verb():
    text = "Mardi, un juge de première instance avait estimé que ces dispositions étaient illégales."
    q = only(reported(text, "fr"))
    assert q.speaker == "un juge de première instance"


def test_french_coordinated_description_and_place():
    text = "La banque et Berlin ont souligné que la structure permettrait de tourner la page."
    q = only(reported(text, "fr"))
    assert q.speaker == "La banque et Berlin"


def test_book_title_after_author_of_is_nobody_s_words():
    text = ('"Growth starts earlier than it used to," said Smith, also author of '
            '"Growing Up Fast: A Parent\'s Guide to Early Change."')
    q = find(marked(text), "Growing Up Fast")
    assert q.speaker is None and q.resolved_speaker is None


def test_title_case_show_names_are_nobody_s_words():
    text = 'The comedian Jane Doe has starred in "Parks and Recreation," and voiced "Marcel the Shell with Shoes On."'
    for q in marked(text):
        assert q.speaker is None, q.text


def test_french_book_title_after_livre_is_nobody_s_words():
    text = ("Pierre Durand, auteur du livre de référence \"Histoires de la chanson\" et conférencier, "
            "analyse ce succès.")
    q = find(marked(text, "fr"), "Histoires de la chanson")
    assert q.speaker is None


def test_capitalised_word_inside_an_organisation_name_is_not_a_cue():
    text = ('But Anne Dupuis, executive director of legal group Advocates for Fair Courts, worries that the law '
            '"invites labeling and stigma."')
    q = find(marked(text), "invites labeling")
    assert q.resolved_speaker == "Anne Dupuis"


def test_letter_from_a_person_speaks_for_that_person():
    text = ("A letter from Mr Okafor, presented to reporters in Lagos on Friday by his lawyer, said: "
            "\"My government treats dissent as treason.\"")
    q = find(marked(text), "dissent as treason")
    assert q.resolved_speaker == "Okafor"


def test_french_reflexive_clitic_is_not_part_of_the_speaker():
    text = "Dans un communiqué, son club s'est dit \"très déçu\", estimant que son appel était justifié."
    q = find(reported(text, "fr"), "son appel était justifié")
    assert q.speaker == "son club"


# --- round 4: descriptions and groups as antecedents, inverted cues, whole descriptions -----------------

def _speaker(q: Quote) -> str | None:
    return q.resolved_speaker or q.speaker


@pytest.mark.parametrize("text, lang, speaker", [
    ("Investors fear that the central bank will raise rates again, they said.", "en", "Investors"),
    ("Influential senators criticised the plan on Monday. \"This is a mistake,\" they wrote.", "en",
     "Influential senators"),
    ("A local contact told AFP that the town was calm. \"We are afraid,\" he added.", "en", "A local contact"),
    ("Les investisseurs craignent une nouvelle hausse des taux. Ils estiment que la banque centrale va agir.",
     "fr", "Les investisseurs"),
    ("« Nous avons peur », a confié un habitant. « Tout est fermé », a-t-il ajouté.", "fr", "un habitant"),
])
def test_pronoun_resolves_to_description_or_group(text, lang, speaker):
    last = quotes(text, lang)[-1]
    assert _speaker(last) == speaker


@pytest.mark.parametrize("text, lang, content, speaker", [
    ("Tout le monde est sur-excité, raconte une des participantes, Andrea.", "fr",
     "Tout le monde est sur-excité", "Andrea"),
    ("Deux personnes ont été tuées dans l'attaque, selon une source policière.", "fr",
     "Deux personnes ont été tuées dans l'attaque", "une source policière"),
    ("Ce n'est pas un procès, s'insurge un militant.", "fr", "Ce n'est pas un procès", "un militant"),
    ("Le gouvernement a menti, dénonce le syndicat.", "fr", "Le gouvernement a menti", "le syndicat"),
    ("La situation est grave, déplore le maire.", "fr", "La situation est grave", "le maire"),
    ("Two people were killed in the attack, a police source said.", "en",
     "Two people were killed in the attack", "a police source"),
    ("Two people were killed in the attack, according to a police source.", "en",
     "Two people were killed in the attack", "a police source"),
])
def test_unmarked_speech_before_inverted_cue(text, lang, content, speaker):
    found = reported(text, lang)
    assert [q.text for q in found] == [content]
    assert found[0].speaker == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    ("\"Prices will fall,\" said a trading representative from a Paris broker.", "en",
     "a trading representative from a Paris broker"),
    ("Members of Golden Dawn said they were \"innocent\".", "en", "Members of Golden Dawn"),
    ("Damien Le Guay, vice-chairperson of the ethics committee, said the law was \"unfair\". "
     "\"It is a scandal,\" he added.", "en", "Damien Le Guay"),
    ("Meng Jianzhu, the head of the Chinese security services, said the attack was \"planned\".", "en",
     "Meng Jianzhu"),
    ("In his view, it is a 'third world war', said Nouri al-Maliki.", "en", "Nouri al-Maliki"),
    ("UEFA opened an inquiry on Monday. Celtic said it was \"very disappointed\".", "en", "Celtic"),
])
def test_whole_description_or_name_is_the_speaker(text, lang, speaker):
    assert {_speaker(q) for q in quotes(text, lang)} == {speaker}


def test_plural_group_needs_a_verb_after_it():
    # a plural noun not followed by its verb is no subject: "they" stays unresolved rather than "Sales"
    found = quotes("Sales, by most accounts, fell. \"We expected worse,\" they said.")
    assert _speaker(found[-1]) in (None, "they")


# ---------------------------------------------------------------- speaker fallbacks (issue 12)


def test_pronoun_before_anyone_is_named_points_to_the_next_subject():
    text = ("“I am of the opinion that a basis exists,” he said.\n\n"
            "Moore told reporters that the autopsy was incomplete.")
    q = marked(text)[0]
    assert q.resolved_speaker == "Moore" and q.evidence.step.startswith("pronoun → the person named next")


def test_pronoun_with_an_earlier_person_is_not_cataphoric():
    text = ("Ann Cole arrived late.\n\n“I am of the opinion that a basis exists,” she said.\n\n"
            "Moore told reporters that the autopsy was incomplete.")
    assert marked(text)[0].resolved_speaker == "Ann Cole"


def test_it_after_an_organisation_known_by_its_name():
    text = ("Qantas said it would stick with the current rules for now.\n\n"
            "“Our current policy is that devices cannot be used,” it said.")
    assert marked(text)[0].resolved_speaker == "Qantas"


def test_according_to_a_person_who_spoke_does_not_make_him_a_newspaper():
    text = ("Moore told reporters that the autopsy indicated Johnson died of asphyxia.\n\n"
            "A second autopsy listed a different cause, according to Moore.\n\n"
            "“There are several questions that must be answered,” he said.")
    assert marked(text)[0].resolved_speaker == "Moore"


def test_description_ending_with_a_known_name_resolves_to_the_name():
    text = ("Ban Ki-moon a ouvert la séance.\n\n"
            "Le secrétaire général de l'ONU Ban Ki-moon a dit qu'il était temps de « dépasser les intérêts nationaux ».")
    q = next(q for q in marked(text, "fr") if q.text.startswith("dépasser"))
    assert q.resolved_speaker == "Ban Ki-moon"


def test_trailing_pronoun_resolves_against_text_before_a_long_quote():
    text = ("The singer's wife also said that she had promised to take him back home to Springs.\n\n"
            "“Lou and I have spent a lot of time here.\n\nEven though we are city dwellers, this is home.\n\n"
            "Lou was a prince and a fighter,” she added.")
    q = only(marked(text))
    assert q.resolved_speaker == "The singer's wife"
