"""Speakers and reported speech, fourth round (b): the subject that opens a cue's clause, cues that report only
before "that", sources at a sentence's edge, weak cues closing a sentence, relays, titles in quotation marks,
surname-first names and the gender a role is written with."""
from __future__ import annotations

import pytest

from checker.lang.quotes import Quote, extract_quotes
from checker.lang.speakers import find_names, lexicon, tokenize
from checker.parsers import parse


def quotes(text: str, lang: str = "en") -> list[Quote]:
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, lang)


def reported(found: list[Quote], words: str) -> Quote | None:
    return next((q for q in found if q.kind == "reported" and words in q.text), None)


def speaker(q: Quote) -> str | None:
    return q.resolved_speaker or q.speaker


def name_texts(text: str, lang: str) -> list[str]:
    return [" ".join(m.words) for m in find_names(tokenize(text, 0, len(text), lang), lexicon(lang), {0}, text)]


# ---------------------------------------------------------------- the subject that opens the clause

@pytest.mark.parametrize("text, lang, words, expected", [
    ("Late on Tuesday wildlife rangers noted the herd had moved north of the river.", "en", "the herd",
     "wildlife rangers"),
    ("Consumer safety expert Mira Hallam, a lecturer at the University of Leeds, said the recall came too late.",
     "en", "the recall", "Mira Hallam"),
    ("Au moins une association de riverains a affirmé que les travaux avaient repris la nuit.", "fr",
     "les travaux", "Au moins une association de riverains"),
    ("La semaine dernière, les guetteurs de la réserve naturelle ont noté que les oiseaux étaient revenus.", "fr",
     "les oiseaux", "les guetteurs de la réserve naturelle"),
])
def test_the_subject_that_opens_the_clause(text, lang, words, expected):
    q = reported(quotes(text, lang), words)
    assert q is not None and speaker(q) == expected


@pytest.mark.parametrize("text, lang", [
    ("Besides housing, the mayor has built his campaign on transport and schools.", "en"),
    ("In the end, the committee's report, which was published on Monday, found no evidence of fraud.", "en"),
    ("Police found the car abandoned near the border on Sunday.", "en"),
    ("Les enquêteurs ont découvert un tunnel sous la prison.", "fr"),
])
def test_no_reported_speech_without_a_complement(text, lang):
    assert not [q for q in quotes(text, lang) if q.kind == "reported"]


# ---------------------------------------------------------------- cues that report only before "that"

@pytest.mark.parametrize("text, lang, words", [
    ("Last year a group of Norwegian doctors found that poor sleep raises blood pressure.", "en", "poor sleep"),
    ("The appeals court held that the contract had never been valid.", "en", "the contract"),
    ("Des chercheurs lyonnais ont découvert que les abeilles reconnaissaient les visages.", "fr", "les abeilles"),
])
def test_a_finding_before_that_is_reported(text, lang, words):
    assert reported(quotes(text, lang), words) is not None


def test_a_relative_after_a_complement_without_a_comma():
    found = quotes("The method was designed by Dr. Alan Brisk at Leeds General Infirmary, who held that pain "
                   "was learned.")
    q = reported(found, "pain was learned")
    assert q is not None and speaker(q) == "Alan Brisk"


# ---------------------------------------------------------------- sources at the edge of the sentence

def test_according_to_at_the_start_without_a_comma():
    q = reported(quotes("According to the port authority the ship was carrying grain to Egypt."), "the ship")
    assert q is not None and q.text.startswith("the ship")


@pytest.mark.parametrize("text, lang, words, expected", [
    ("Unemployment fell to 5 percent in May, according to official labour statistics.", "en", "Unemployment",
     "official labour statistics"),
    ("Le chômage a reculé de deux points, selon un bilan diffusé sur France 3.", "fr", "Le chômage",
     "un bilan diffusé sur France 3"),
])
def test_a_source_phrase_the_finders_leave_out(text, lang, words, expected):
    q = reported(quotes(text, lang), words)
    assert q is not None and speaker(q) == expected


def test_a_weak_cue_closing_the_sentence():
    found = quotes("Two soldiers were wounded in the blast near the checkpoint, local and military sources report.")
    q = reported(found, "Two soldiers")
    assert q is not None and speaker(q) == "local and military sources"


def test_a_relative_clause_in_the_reported_subject():
    q = reported(quotes("The airline said travellers who book early can keep their seats for free."), "travellers")
    assert q is not None and q.text.startswith("travellers who book early")


def test_a_quote_before_the_cue_does_not_hide_its_that_clause():
    found = quotes('While the mayor called the plan "reckless," Ms Oduya told the Tribune that the state '
                   'would pay for the new bridge.')
    assert reported(found, "the state would pay") is not None


def test_an_object_before_a_titled_name_is_not_its_apposition():
    q = reported(quotes("Fares will vary by region, Transport Minister Ana Ruiz said on Friday."), "Fares")
    assert q is not None and speaker(q) == "Ana Ruiz"


def test_a_report_that_relays_another_keeps_the_inner_one():
    found = quotes("Certains journaux ont rapporté que des militants avaient soutenu que les victimes étaient "
                   "des gardes.", "fr")
    inner = reported(found, "les victimes")
    assert inner is not None and speaker(inner) == "des militants"
    assert not any(q.kind == "reported" and q.text.startswith("des militants") for q in found)


# ---------------------------------------------------------------- descriptions and names

def test_a_bodys_role_is_not_the_journalist_quoted_before():
    found = quotes("The weekly had defended reporter Liu Wenbo.\n\nBut Mr Liu later admitted that he had invented "
                   "his sources.\n\nNow the weekly must undergo \"full retraining,\" the regulator said.")
    hits = [q for q in found if "retraining" in q.text]
    assert hits and speaker(hits[0]) == "the regulator"


def test_a_surname_first_name_is_kept_whole():
    assert "Goh Lee Hua" in name_texts("Growth will slow, says Goh Lee Hua, the bank's chief economist.", "en")
    found = quotes("Growth will slow in Asia, says Goh Lee Hua, the bank's chief economist.\n\n"
                   "Ms Goh says that rates will stay high until the spring.")
    q = reported(found, "rates will stay high")
    assert q is not None and speaker(q) == "Goh Lee Hua"


@pytest.mark.parametrize("text, words, expected", [
    ("Last year a group from the University of Bergen found that ravens plan ahead.", "ravens",
     "a group from the University of Bergen"),
    ("The carmaker Volvo said that its sales rose.", "its sales", "Volvo"),
])
def test_a_description_names_an_organisation_only_in_apposition(text, words, expected):
    q = reported(quotes(text), words)
    assert q is not None and speaker(q) == expected


def test_a_first_name_after_a_papers_name_still_starts_the_name():
    assert "Marc Vidal" in name_texts("Selon le correspondant du Monde Marc Vidal, le sommet a été reporté.", "fr")


def test_a_feminine_role_gives_its_gender():
    found = quotes("La demande restera forte, déclare Goh Lee Hua, sa directrice générale.\n\n"
                   "Le groupe, où il compte trois usines, investira cette année.\n\n"
                   "« Les marges tiennent », dit-elle.", "fr")
    hits = [q for q in found if "marges" in q.text]
    assert hits and speaker(hits[0]) == "Goh Lee Hua"


# ---------------------------------------------------------------- names and titles in quotation marks

@pytest.mark.parametrize("text, lang", [
    ('The festival shows musicals such as "Cats", "Evita" and "Chess" this summer.', "en"),
    ('The report, titled "Who Pays the Bill?" was published on Monday.', "en"),
    ('Its new "A380X" jet will seat 500 passengers.', "en"),
    ("La troupe joue des spectacles comme « 1789 », « les amants de Vérone » et « Cabaret ».", "fr"),
    ('The scandal, known as "Plebgate," ended his career.', "en"),
])
def test_names_and_titles_in_marks_are_no_quotes(text, lang):
    assert not [q for q in quotes(text, lang) if q.kind in ("direct", "partial")]


@pytest.mark.parametrize("text, lang", [
    ('The minister called the bill "reckless and unfair," then left the chamber.', "en"),
    ('"Thank You." That was all the coach said.', "en"),
    ('Greenpeace said the spill was "A Disaster," and asked for an inquiry.', "en"),
])
def test_words_in_marks_are_still_quotes(text, lang):
    assert [q for q in quotes(text, lang) if q.kind in ("direct", "partial")]


def test_words_closing_a_bracket_are_not_the_subject_of_a_report():
    text = ("Ms widen), which oversees the new plan, said the launch of the online market had failed miserably.\n\n"
            "Officials said the market would reopen in May.")
    found = quotes(text)
    assert not any(q.speaker and ")" in q.speaker for q in found)
    assert any(q.speaker == "Officials" for q in found)
