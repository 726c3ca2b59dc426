"""Free renderings of professional references that are not errors, beside the errors they resemble."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from checker.align.quotes import pair_quotes
from checker.compare.negation import negation_markers, polarity_differs
from checker.context import Context
from checker.parsers import parse
from checker.rules.bitext.quotes import _kept_words, _same_span, _split_rendering


def entity_diffs(fr: str, en: str) -> list[tuple[str, str, str]]:
    ctx = Context(parse(en, "text", lang="en"), parse(fr, "text", lang="fr"))
    return [(d.kind, fr[d.source_span[0]:d.source_span[1]], en[d.target_span[0]:d.target_span[1]])
            for d in ctx.get("pair.entities")]


@pytest.mark.parametrize("fr,en", [
    ("Le musicien anglais n'a pas fini de surprendre cette année.", "The British musician is full of surprises this year."),
    ("Le président n'a pas dérogé à la tradition d'Halloween.", "The president celebrated the tradition of Halloween."),
    ("Le mannequin ne commence pas sa carrière au cinéma par la petite porte.", "The model starts her film career in grand style."),
    ("Sa montre ne me quitte plus.", "I always have his watch with me."),
    ("Il n'y a pas grand-chose qu'il n'aime pas.", "He is not very choosy."),
    ("Il n'y a pas grand-chose qu'il n'aime pas.", "He likes almost everything."),
    ("La police arrêtera les supporters venus autrement qu'avec les cars du club.",
     "Police to arrest supporters not travelling in the club's buses."),
])
def test_litotes_and_antonym_renderings_keep_polarity(fr, en):
    assert not polarity_differs(fr, "fr", en, "en")


@pytest.mark.parametrize("fr,en", [
    ("Il n'a pas quitté le pays.", "He left the country."),  # only "plus"/"jamais" + quitter means "always"
    ("Il n'a pas oublié ses amis.", "He forgot his friends."),
    ("Il n'a pas dit qu'il ne viendrait pas.", "He said he would come."),  # no quantifier: two negations
    ("Le musicien anglais n'a pas fini son album.", "The British musician finished his album."),
    ("La police arrêtera les supporters venus avec les cars du club.", "Police to arrest supporters not travelling in buses."),
])
def test_real_polarity_flips_stay(fr, en):
    assert polarity_differs(fr, "fr", en, "en")


def test_antonym_rendered_negation_still_answers_an_english_one():
    assert not polarity_differs("Il n'a pas dérogé à la règle.", "fr", "He did not depart from the rule.", "en")
    marker, = negation_markers("Il n'a pas dérogé à la règle.", "fr")
    assert not marker.weak and "depart" in marker.literal


def test_names_of_a_list_each_in_its_language_are_not_swapped():
    fr = "Francs et Gaulois, Armagnacs et Bourguignons, catholiques et protestants: les divisions sont anciennes."
    assert entity_diffs(fr, "Franks and Gauls, Armagnacs and Burgundians, Catholics and Protestants: divisions are old.") == []
    assert entity_diffs(fr, "Franks and Gauls, Armagnacs and Bretons, Catholics and Protestants: divisions are old.") \
        == [("replaced", "Bourguignons", "Bretons")]


def test_a_title_of_a_work_is_translated_not_a_name():
    fr = ("Elle est l'auteur du livre Apprivoiser la mort.\n\nCe qui a limité les tentatives de l'apprivoiser.\n\n"
          "Apprivoiser la crémation, c'est pour le directeur des services de la Ville de Paris, prévoir une cérémonie.")
    en = ("She wrote the book Taming death.\n\nThis limited attempts to tame it.\n\nFor the director of services for "
          "the City of Paris, getting to grips with cremation is about a ceremony.")
    assert entity_diffs(fr, en) == []
    assert entity_diffs("Le ministre a rencontré Angela Merkel à Berlin.", "The minister met Angela Merkel in Bern.") \
        == [("replaced", "Berlin", "Bern")]


def quote(text: str, start: int, speaker: str = "David Hawkins", kind: str = "direct"):
    return SimpleNamespace(text=text, start=start, end=start + len(text), kind=kind, resolved_speaker=speaker)


def test_quotes_of_one_speaker_pair_by_translation_length():
    source = [quote("Je leur ai dit que je n'étais pas prêt", 1000)]
    target = [quote("I told them I wasn't ready,", 1000),
              quote("For several months, I asked if there was a way that I could stay on, and they said no,", 1060)]
    pairs = pair_quotes(target, source, 1600, 1600)
    assert [(t.text[:6] if t else None, s.text[:6] if s else None) for t, s in pairs] \
        == [("I told", "Je leu"), ("For se", None)]


def test_a_quote_cut_by_its_cue_is_compared_whole():
    text = '"I\'m no seer," Gerard de Villiers would say. "I simply make conjectures based on countries I know."'
    first = quote("I'm no seer,", 1)
    second = quote("I simply make conjectures based on countries I know.", text.index("I simply"))
    pairs = [(first, None), (second, quote("Je ne suis pas devin, se défendait-il, je fais des hypothèses", 0))]
    assert _split_rendering(pairs, 1, text).startswith("I'm no seer, I simply")
    assert _split_rendering([(first, quote("Je ne suis pas devin", 0)), pairs[1]], 1, text).startswith("I simply")


def test_quote_spans_of_different_lengths_are_not_compared():
    assert _same_span("I told them I wasn't ready", "Je leur ai dit que je n'étais pas prêt")
    assert not _same_span("to be considered good... luck can also launch your career, more and more so today",
                          "être considéré comme bon")


def test_a_title_kept_in_french_is_no_invented_quote():
    assert _kept_words("Mozart, l'Opéra Rock", "de Notre-Dame de Paris à Mozart l'opéra rock, la plupart")
    assert not _kept_words("the opera was a failure", "de Notre-Dame de Paris à Mozart l'opéra rock")


@pytest.mark.parametrize("fr,en,expected", [
    ("Les médecins qui pratiqueront des IVG devront disposer d'un privilège.",
     "Doctors who will carry out abortions should have a privilege.", []),
    ("Le cas a été celui de l'ancien chef du PCC à Chongqing, Bo Xilai.",
     "The case was that of the former leader of the Communist Party in Chongqing, Bo Xilai.", []),
    ("Ils ont été relogés par le président du CPAS.", "They have been rehoused by the president of the Commission.",
     [("replaced", "CPAS", "Commission")]),
])
def test_acronyms_that_english_spells_out(fr, en, expected):
    assert entity_diffs(fr, en) == expected


@pytest.mark.parametrize("fr,en", [
    ("Le président n'a pas dérogé à la tradition d'Halloween.", "The president departed from the tradition of Halloween."),
    ("Sa montre ne me quitte plus.", "His watch leaves me more."),
])
def test_a_literal_rendering_without_the_negation_is_a_flip(fr, en):
    assert polarity_differs(fr, "fr", en, "en")


@pytest.mark.parametrize("fr,en", [
    ("Le juge Olivier Bas a tranché.", "Judge Olivier Holland ruled."),
    ("Marie-Frédérique Bacqué répond.", "Marie-Frédérique Babu answers."),
])
def test_a_name_sharing_a_first_name_is_still_replaced(fr, en):
    assert [d[0] for d in entity_diffs(fr, en)] == ["replaced"]


def test_a_compound_name_with_a_translated_part_is_still_replaced():
    assert [d[0] for d in entity_diffs("Le maire Mathieu-Froment-Savoie a parlé.", "Mayor Mathieu-Wheat-Savoy spoke.")] \
        == ["replaced"]
