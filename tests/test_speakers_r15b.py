"""Speakers, round 15b (issue #12): words a later sentence takes up with a noun ("X made the claim", "la phrase a
été prononcée par X", "a remark attributed to X") are the words of whoever uttered them, not of whoever answers
them; a body's partial quote as the object of its own verb; a day as the subject of an unmarked reported clause
("said Sunday would …"); fresh paragraphs in both languages, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str, lang: str = "en") -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, lang) if words in q.text)


def kinds(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes_in(text, lang)]


# ------------------------------------------------------------ a noun for words takes up the quote before it

def test_en_label_quote_taken_up_in_the_next_paragraph():
    text = ("Claim: “Bus fares have tripled in five years.”\n\n"
            "Councillor Rhiannon Pugh-Evans made the claim at a public meeting in Llanelli on Thursday.\n\n"
            "Verdict: False. Fares rose by 40 per cent over the period, the operator said.")
    assert speaker(text, "Bus fares have tripled") == "Rhiannon Pugh-Evans"


def test_en_passive_with_its_agent():
    text = ("“We will not sell a single acre.” The words were spoken on Monday by the farmer Idris Wynne-Hale, "
            "whose family has worked the land since 1890.")
    assert speaker(text, "single acre") == "Idris Wynne-Hale"


def test_en_words_attributed_to_someone():
    text = ("“The harbour will be dredged by spring.” The remark, widely shared online, was attributed to the "
            "port director Maren Solvik.")
    assert speaker(text, "dredged by spring") == "Maren Solvik"


def test_en_trap_whoever_disputes_the_claim_did_not_make_it():
    text = ("“Crime has fallen every year since 2019.” Opposition MP Tomas Arregui disputed the claim in a "
            "radio interview.")
    assert speaker(text, "Crime has fallen") is None


def test_en_trap_a_passive_that_answers_the_words_has_no_speaker_for_them():
    text = ("“The hospital wing will reopen in May.” The claim was rejected by the health board chair, "
            "Gwen Morfydd.")
    assert speaker(text, "reopen in May") != "Gwen Morfydd"


def test_fr_passive_agent_after_a_quote():
    text = ("« Le réseau de bus sera gratuit dès janvier. » La phrase a été prononcée samedi à Rennes par la "
            "maire Armelle Quéré-Lozac'h, lors de ses vœux.")
    assert speaker(text, "sera gratuit", "fr") == "Armelle Quéré-Lozac'h"


def test_fr_subject_of_a_verb_of_uttering():
    text = ("« Nous ne fermerons aucune classe. » Le recteur Bastien Aubrac-Noyer a tenu ces propos mardi devant "
            "les parents d'élèves.")
    assert speaker(text, "aucune classe", "fr") == "Bastien Aubrac-Noyer"


def test_fr_trap_words_denied_by_someone_are_not_his():
    text = ("« L'usine fermera en juin. » Ces propos ont été démentis par la direction, qui évoque une simple "
            "réorganisation.")
    assert speaker(text, "fermera en juin", "fr") is None


# ------------------------------------------------------------ a body's partial quote, object of its own verb

def test_en_body_subject_of_a_verb_outside_the_cue_lexicon():
    text = "The Red Cross found the camp “overcrowded and unsafe” after a two-day visit."
    assert speaker(text, "overcrowded") == "Red Cross"


def test_fr_body_subject_with_an_adverb_before_the_object():
    text = "Moody's relève en outre l'« incertitude » liée au scrutin de juin."
    assert speaker(text, "incertitude", "fr") == "Moody's"


def test_en_trap_a_so_called_name_in_a_complement_is_nobody_s_words():
    text = "The Riigikogu passed amendments to the so-called “car tax” on Wednesday."
    assert speaker(text, "car tax") is None


def test_en_trap_the_object_of_a_participle_further_on_is_not_the_subject_s_words():
    text = ("The ceasefire held until dawn. During the raid, Hamas triggered an explosive device targeting "
            "the “Tsahal forces” near the border.")
    assert speaker(text, "Tsahal forces") is None


def test_fr_trap_a_name_introduced_by_dit_is_not_quoted():
    text = "Le Sénat a voté mardi le dispositif dit « zéro artificialisation nette »."
    assert speaker(text, "zéro artificialisation", "fr") is None


# ------------------------------------------------------------ a day as the subject of the reported clause

def test_en_day_then_modal_opens_the_reported_clause():
    text = "The moon-sighting committee said Sunday would complete thirty days of fasting."
    assert ("reported", "Sunday would complete thirty days of fasting") in kinds(text)


def test_en_today_as_subject():
    text = "The mayor said today was a day of mourning for the town."
    assert ("reported", "today was a day of mourning for the town") in kinds(text)


def test_en_trap_a_day_dating_the_cue_stays_outside_the_clause():
    text = "The ministry said Monday it would reopen the border crossing."
    assert ("reported", "it would reopen the border crossing") in kinds(text)


# ------------------------------------------------------------ a French role with its complement before a name

def test_fr_role_with_a_complement_before_the_name_is_taken_up_by_the_role():
    text = ("La réforme a été adoptée mardi. Selon le député de l'opposition Loïc Kerhervé-Tanguy, elle « coûtera "
            "cher ».\n\n"
            "Le député a ensuite dit « regretter » le vote.")
    assert speaker(text, "regretter", "fr") == "Loïc Kerhervé-Tanguy"


def test_fr_trap_a_role_of_a_named_body_does_not_describe_the_body():
    text = ("La décision est « une victoire du droit », s'est félicité le président de la Ligue des droits de "
            "l'homme.")
    assert speaker(text, "victoire du droit", "fr") == "le président de la Ligue des droits de l'homme"
