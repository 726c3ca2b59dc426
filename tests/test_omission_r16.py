"""Round 16 omissions: word links that see more of the English (grammatical renderings, possessive nouns, a silent
e), a noun shared by coordinated adjectives, and a count after a verb left where a noun was."""
from __future__ import annotations

import pytest

from checker.align.words import content_words, link_words, rendered_by_grammar
from checker.api import check_text
from checker.config import Config

OMISSIONS = ("OMI001", "OMI002", "OMI003", "OMI004", "OMI005", "OMI006", "OMI007", "OMI013", "OMI014", "OMI015")


def warned(en: str, fr: str) -> list[tuple[str, str]]:
    """(code, English text) of the omission warnings, rule-only."""
    report = check_text(en, Config(models=False), source=fr)
    return [(f.code, en[f.start:f.end]) for f in report.findings
            if f.code in OMISSIONS and f.severity.label != "info"]


def unlinked_french(fr: str, en: str) -> list[str]:
    """The French content words left without a counterpart, as the aligner links one sentence pair."""
    source = rendered_by_grammar(content_words(fr, 0, len(fr), "fr"), en, 0, len(en))
    links = link_words(source, content_words(en, 0, len(en), "en"))
    return [source[i].text for i in links.unlinked_source]


# ---- a French content word rendered by an English grammatical word is rendered ----

@pytest.mark.parametrize("fr,en,word", [
    ("Les cultures minoritaires disparaissent souvent sans laisser de traces.",
     "Minority cultures often disappear without leaving traces.", "souvent"),
    ("La plupart des agriculteurs cultivent du blé.", "Most farmers grow wheat.", "plupart"),
    ("Le projet pourrait coûter trois milliards.", "The project could cost three billion.", "pourrait"),
    ("Le ministre a uniquement parlé du budget.", "The minister only talked about the budget.", "uniquement"),
])
def test_a_word_rendered_by_a_grammatical_word_has_a_counterpart(fr, en, word):
    assert word not in unlinked_french(fr, en)


@pytest.mark.parametrize("fr,en,word", [
    # trap: the grammatical word is not in the English, so the French word is still missing
    ("Les cultures minoritaires disparaissent souvent sans laisser de traces.",
     "Minority cultures disappear without leaving traces.", "souvent"),
    # trap: "would" renders the conditional ending, not the verb: the verb is still missing
    ("On renforcerait déjà beaucoup l'éducation.", "We would already greatly education.", "renforcerait"),
])
def test_a_grammatical_word_does_not_hide_a_dropped_word(fr, en, word):
    assert word in unlinked_french(fr, en)


# ---- possessive nouns are content words; pronoun contractions are not ----

def test_possessive_noun_is_a_content_word_and_links():
    en = "It's near the troop's camp, and there's the president's plane."
    assert [w.text for w in content_words(en, 0, len(en), "en")] == ["troop's", "camp", "president's", "plane"]
    fr = "La maladie a commencé près du campement de la troupe."
    assert "troupe" not in unlinked_french(fr, "The disease began near the troop's camp.")


# ---- an adjective and its adverb share a lexicon entry ("truly" lists "true") ----

def test_silent_e_links_true_to_veritables():
    fr = "Elles ne sont pas reconnues comme de véritables civilisations."
    assert "véritables" not in unlinked_french(fr, "They are not recognized as true civilizations.")


# ---- OMI004: the noun of coordinated adjectives; a verb after a determiner with a count after it ----

@pytest.mark.parametrize("fr,en,hole", [
    ("Elles peuvent être de plusieurs sortes, selon les caractéristiques géographiques, topographiques et "
     "atmosphériques.",
     "They can be of several kinds, depending on geographical, topographical and atmospheric.", "atmospheric."),
    ("Les décisions dépendent des conditions économiques et sociales.",
     "The decisions depend on the economic and social.", "social."),
    ("La proportion est toujours la même : 20 % de la population détient 80 % des richesses.",
     "The proportion is always the same: 20% of the holds 80% of the wealth.", "the holds"),
])
def test_noun_gap_found(fr, en, hole):
    assert ("OMI004", hole) in warned(en, fr)


@pytest.mark.parametrize("fr,en", [
    # the same sentences, translated in full
    ("Elles peuvent être de plusieurs sortes, selon les caractéristiques géographiques, topographiques et "
     "atmosphériques.",
     "They can be of several kinds, depending on geographical, topographical and atmospheric characteristics."),
    ("La proportion est toujours la même : 20 % de la population détient 80 % des richesses.",
     "The proportion is always the same: 20% of the population holds 80% of the wealth."),
    # legitimate restructuring: the coordinated adjectives said with another noun, the count as the subject
    ("Les décisions dépendent des conditions économiques et sociales.",
     "The decisions depend on the economic and social situation."),
    ("La proportion est toujours la même : 20 % de la population détient 80 % des richesses.",
     "The proportion is always the same: 20% of people hold 80% of the wealth."),
    # a French noun rendered by a pronoun, and equal content said differently
    ("Le ministre est arrivé lundi. Le ministre a ensuite rencontré les maires.",
     "The minister arrived on Monday. He then met the mayors."),
    ("Les enfants jouent souvent dans le jardin.", "The children often play in the garden."),
])
def test_no_noun_gap(fr, en):
    assert warned(en, fr) == []


# ---- OMI015: an English auxiliary renders the French auxiliary, not the dropped participle ----

def test_dropped_participle_after_an_auxiliary():
    fr = "Presque 30 % de mon argent est prélevé à la source avant les impôts locaux."
    assert ("OMI015", "money is at the source") in warned("Almost 30% of my money is at the source before local "
                                                          "taxes.", fr)


@pytest.mark.parametrize("fr,en", [
    ("Presque 30 % de mon argent est prélevé à la source avant les impôts locaux.",
     "Almost 30% of my money is deducted at the source before local taxes."),
    # the participle said another way, by a word the lexicon does not link
    ("Presque 30 % de mon argent est prélevé à la source avant les impôts locaux.",
     "Almost 30% of my money is withheld at the source before local taxes."),
    ("Le pont est fermé à la circulation depuis lundi.", "The bridge has been closed to traffic since Monday."),
])
def test_participle_rendered(fr, en):
    assert [w for w in warned(en, fr) if w[0] == "OMI015"] == []


# ---- ADD004: links that see more must not make a free rendering look added ----

def added(en: str, fr: str) -> list[str]:
    report = check_text(en, Config(models=False), source=fr)
    return [en[f.start:f.end] for f in report.findings if f.code.startswith("ADD") and f.severity.label != "info"]


@pytest.mark.parametrize("fr,en", [
    # a superlative renders a French rank (the possessive "world's" now links to *mondiale*)
    ("La fusion a créé la première agence de publicité mondiale, a dit le groupe.",
     "The merger created the world's biggest advertising agency, the group said."),
    ("La fusion rapproche en effet la deuxième agence mondiale, Omnicom, et la troisième, Publicis.",
     "The merger brings together the world's second largest agency, Omnicom, and the third largest, Publicis."),
    # "often" renders *souvent*, and "crucially" the *en grande partie* beyond it
    ("De nombreux rythmes dépendent souvent en grande partie de la présence de cycles endogènes.",
     "Many rhythms often crucially depend on the presence of endogenous cycles."),
])
def test_free_rendering_is_not_an_addition(fr, en):
    assert added(en, fr) == []


def test_inserted_modifier_still_found_beside_a_rank():
    fr = "La fusion rapproche la deuxième agence mondiale et la troisième."
    assert added("The merger brings together the world's second expensive agency and the third.", fr) == ["expensive"]
