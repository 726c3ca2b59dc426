"""Speaker resolution across sentences and paragraphs, reported-speech cues, and the extractor's stages."""
from __future__ import annotations

from checker.lang import quote_attach, quote_cues, quote_spans, speaker_resolution
from checker.lang.quotes import Quote, _Extractor, extract_quotes
from checker.parsers import parse


def quotes(text: str, lang: str = "en") -> list[Quote]:
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, lang)


def reported(text: str, lang: str = "en") -> list[Quote]:
    return [q for q in quotes(text, lang) if q.kind == "reported"]


def find(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert hits, (words, [q.text for q in found])
    return hits[0]


def who(q: Quote) -> str | None:
    return q.resolved_speaker or q.speaker


# ---------------------------------------------------------------- stages


def test_extractor_is_built_from_the_four_stage_modules():
    stages = (quote_spans.SpanStage, quote_cues.CueStage, quote_attach.AttachStage, speaker_resolution.ResolutionStage)
    assert all(issubclass(_Extractor, stage) for stage in stages)
    owned = [set(vars(stage)) - {"__module__", "__doc__", "__dict__", "__weakref__", "__qualname__"}
             for stage in stages]
    for i, a in enumerate(owned):  # each step lives in one stage only
        for b in owned[i + 1:]:
            assert not a & b


# ---------------------------------------------------------------- reported speech cues


def test_zero_that_clause_with_a_contracted_pronoun():
    q = find(reported("Tony Blair said he'd seize the chance to return as prime minister."), "seize")
    assert q.text.startswith("he'd seize") and who(q) == "Tony Blair"


def test_clause_verbs_report_a_finite_clause_but_not_an_object():
    q = find(reported("Tony Blair acknowledges a comeback is unlikely."), "comeback")
    assert who(q) == "Tony Blair"
    assert reported("The minister acknowledged the scale of the problem in the north.") == []
    assert reported("The company confirmed the closure of its plant in Amiens.") == []


def test_commissive_verbs_report_their_infinitive():
    q = find(reported("Delta has promised not to abandon its employees."), "abandon")
    assert q.text == "not to abandon its employees" and who(q) == "Delta"
    assert reported("Delta has promised to Mr Smith a review.") == []


def test_told_with_an_apposition_on_the_addressee():
    text = "Mr Hare told Gail Furness, counsel assisting the Commission, he knew about the first case."
    q = find(reported(text), "knew")
    assert q.text.startswith("he knew") and who(q) == "Hare"


def test_a_description_that_lists_its_members_gives_the_members():
    text = "Some of the largest banks, including UBS, Barclays and RBS, have confirmed they are co-operating."
    q = find(reported(text), "co-operating")
    assert who(q) == "UBS, Barclays and RBS"
    text = "Some of the largest banks have confirmed they are co-operating with regulators, including the FCA."
    assert who(find(reported(text), "co-operating")) == "Some of the largest banks"


# ---------------------------------------------------------------- descriptions and names


def test_french_indefinite_plural_article_is_part_of_the_description():
    q = find(reported("Des responsables du M23 ont expliqué avoir évacué les localités.", "fr"), "évacué")
    assert q.speaker == "Des responsables du M23"


def test_a_body_named_after_its_city_is_not_the_city():
    text = "Paris Saint-Germain will face Lorient on Friday without its striker, the Ligue 1 club announced."
    q = find(reported(text), "Lorient")
    assert q.resolved_speaker == "Paris Saint-Germain"


def test_definite_role_resolves_to_the_person_introduced_in_the_first_paragraph():
    text = ("Without giving figures, the chairperson of the board, Yves Bergeron, gave assurances yesterday.\n\n"
            "The future looks bright.\n\n"
            "\"Finances are on an even keel,\" the administrator remarked.")
    q = find(quotes(text), "Finances")
    assert q.resolved_speaker == "Yves Bergeron"


def test_definite_role_before_anyone_is_named_points_to_the_person_named_next():
    text = ("According to the MP, there is now \"no difference at all between the two cities\".\n\n"
            "The residents deserve better.\n\n"
            "\"Let's not forget the figures!\" De Bock concludes.")
    q = find(quotes(text), "no difference")
    assert q.resolved_speaker == "De Bock"
    assert q.evidence is not None and "named next" in q.evidence.step


def test_description_cataphora_skips_bodies_that_are_not_people():
    text = ("\"It went too far,\" the Secretary of State admitted.\n\n"
            "Europeans said the matter was serious.")
    q = find(quotes(text), "too far")
    assert q.resolved_speaker != "Europeans"


def test_pronoun_cataphora_also_for_the_quote_inside_the_reported_clause():
    text = ("\"I am of the opinion that a basis exists\" for an investigation, he said.\n\n"
            "Moore told reporters that the autopsy was incomplete.")
    found = quotes(text)
    assert {who(q) for q in found if "opinion" in q.text} == {"Moore"}


def test_subject_after_a_subordinator_counts_for_cataphora():
    text = ("Names of other lawmakers were to be released.\n\n"
            "He said the itinerary is still being worked out.\n\n"
            "While Murphy said the trip would help, he said tough decisions were coming.")
    q = find(reported(text), "itinerary")
    assert q.resolved_speaker == "Murphy"


def test_such_as_does_not_make_a_subject():
    text = ("Subscribers could get applications such as Facebook, Twitter and Netflix.\n\n"
            "The subsidiary of Cogeco said on Thursday that it was testing the platform with some users.")
    q = find(reported(text), "testing")
    assert who(q) != "Facebook"
