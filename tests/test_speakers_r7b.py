"""Round 7b: English cue structure on unseen shapes: a trailing cue after an unmarked clause (with its addressee,
a time adverbial, a participle or a new clause after it), the words describing a speaker before its name, an
affiliation after the name, a possessive apposition, and a description running to a relative clause."""
from __future__ import annotations

import pytest

from checker.lang.quotes import extract_quotes
from checker.parsers import parse


def reported(text: str) -> list[tuple[str, str | None]]:
    doc = parse(text, "text", lang="en")
    return [(q.text, q.resolved_speaker or q.speaker) for q in extract_quotes(doc.text, doc.blocks, "en")
            if q.kind == "reported"]


@pytest.mark.parametrize("text, words, speaker", [
    ("Three fishing boats ran aground off Brixham overnight, a coastguard spokesman told the Herald Express.",
     "Three fishing boats ran aground off Brixham overnight", "a coastguard spokesman"),
    ("Rail fares on the coast line will rise by a tenth, the Courier reported on Wednesday.",
     "Rail fares on the coast line will rise by a tenth", "Courier"),
    ("Bakers in Leeds will raise their prices in May, the federation said on Monday, citing the cost of flour.",
     "Bakers in Leeds will raise their prices in May", "the federation"),
    ("Veltra lost a third of its clients in a year, the company said on Friday, and its shares fell sharply.",
     "Veltra lost a third of its clients in a year", "the company"),
    ("The museum will close its east wing until March, the trust said.",
     "The museum will close its east wing until March", "the trust"),
    ("Ferries to the island will stop running at ten, transport minister Aled Probert announced on Friday.",
     "Ferries to the island will stop running at ten", "Aled Probert"),
    ("The reservoir was half empty by July, the utility's chief engineer, Dr Tomas Lind of Severn Water, said.",
     "The reservoir was half empty by July", "Tomas Lind"),
    ("The blaze spread through two floors within minutes, said Watch Commander Ifor Pryce of the Dyfed Fire Service.",
     "The blaze spread through two floors within minutes", "Ifor Pryce"),
    ("Snowfall in Tromsø reached a metre on Sunday, according to Metnor, Norway's state weather agency.",
     "Snowfall in Tromsø reached a metre on Sunday", "Metnor"),
])
def test_trailing_cue_after_an_unmarked_clause(text, words, speaker):
    found = reported(text)
    assert any(t.startswith(words) and s == speaker for t, s in found), found


def test_told_with_an_addressee_and_a_following_clause():
    text = ("Harriet Vole chairs the central bank.\n\nPrices would stop rising by the spring, she told a news "
            "conference, but rents were still climbing.")
    found = reported(text)
    assert ("Prices would stop rising by the spring", "Harriet Vole") in found, found


def test_description_with_its_place_runs_to_the_relative_clause():
    text = ("A ward sister at the Royal Infirmary in Perth, where two wards have closed, said patients were "
            "waiting for hours. “Nobody listens,” she said.")
    doc = parse(text, "text", lang="en")
    quotes = extract_quotes(doc.text, doc.blocks, "en")
    speaker = "A ward sister at the Royal Infirmary in Perth"
    assert [(q.kind, q.resolved_speaker or q.speaker) for q in quotes] == [("reported", speaker), ("direct", speaker)]


@pytest.mark.parametrize("text", [
    # traps: no speech after the comma-closed clause
    "Prices rose sharply according to plan, and the shops stayed open.",
    "The ferry left at noon, the harbour master's dog asleep on the deck.",
    "The plan failed, and the council closed the pool in May.",
])
def test_no_reported_speech_without_a_cue(text):
    assert reported(text) == []


def test_a_relative_clause_with_its_own_speech_verb_keeps_the_main_subject():
    text = ("The chairman, who said last week that he would resign, told reporters the board had backed him.")
    found = reported(text)
    assert ("the board had backed him", "The chairman") in found, found


def speakers(text: str) -> list[tuple[str, str | None]]:
    doc = parse(text, "text", lang="en")
    return [(q.kind, q.resolved_speaker or q.speaker) for q in extract_quotes(doc.text, doc.blocks, "en")]


@pytest.mark.parametrize("text, expected", [
    ("Boatyards in Hull will lay off 80 workers, it was reported by the Yorkshire Post.", "Yorkshire Post"),
    ("Halden Bank has frozen two accounts in its Oslo branch according to two people familiar with the matter, "
     "in a sign that the inquiry is widening.", "two people familiar with the matter"),
    ("The fire spread through three floors, according to a senior officer who was at the scene.",
     "a senior officer who was at the scene"),
    ("The Associated Press reports the convoy was hit near the border.", "Associated Press"),
    ("The Courier quoted a local baker as saying that sales had halved since the bridge closed.", "a local baker"),
    ("Ostra, which has been talking to regulators about the merger, was open to changes but said it would wait "
     "for the ruling.", "Ostra"),
    ("Clinics in Lyon have postponed routine scans for a week, the Hospices Civils de Lyon - Groupement Est (HCL) "
     "said.", "Hospices Civils de Lyon - Groupement Est"),
])
def test_cue_structures(text, expected):
    assert any(s == expected for _, s in reported(text)), reported(text)


def test_quoted_as_calling_gives_the_person_quoted():
    text = 'The Courier quoted one farmer as calling the scheme "a tax on rain."'
    assert speakers(text) == [("partial", "one farmer")]


def test_the_paper_that_quotes_is_not_the_speaker_of_a_plain_report():
    # trap: "reported" with an object and no clause is no reported speech
    assert reported("The Courier reported the theft to the police on Monday.") == []


def test_surname_that_is_also_a_place_word():
    text = "Helen Park raised the alarm in 2021. The trust had done nothing, Park told the BBC."
    assert ("The trust had done nothing", "Helen Park") in reported(text)


def test_a_clause_before_a_comma_is_no_apposition():
    text = "Gareth Wood raised the alarm in 2021. The trust had done nothing, Wood told the BBC."
    assert ("The trust had done nothing", "Gareth Wood") in reported(text)


@pytest.mark.parametrize("man, woman", [("Nikos Petrakis", "Ilona Varga"), ("Tomas Halloran", "Greta Lindqvist")])
def test_a_man_and_a_woman_in_one_paragraph(man, woman):
    text = (f"Floods cut off three villages near Kavala on Monday. Harbour master {man} and the regional governor, "
            f"{woman}, visited the shelters in the afternoon.\n\n"
            "“The water rose a metre in an hour,” he said. “My crews worked all night.”\n\n"
            "She promised that every family would be rehoused before the winter.")
    assert speakers(text) == [("direct", man), ("direct", man), ("reported", woman)]


def test_a_title_outweighs_the_form_of_a_name():
    # trap: a man whose given name ends in -a, tied to "he" by his title
    text = ("Mr Luka Brandt and the mayor, Odile Marchand, opened the bridge on Friday.\n\n"
            "“It took nine years,” he said.")
    assert speakers(text) == [("direct", "Luka Brandt")]


def test_she_is_not_the_place_named_near_the_story():
    text = ("Fires forced 400 people from their homes near Larissa on Tuesday. The regional governor, Eleni "
            "Mavrou, visited the shelters.\n\n“Every family will be rehoused,” she said.")
    assert speakers(text) == [("direct", "Eleni Mavrou")]


def test_pronoun_whose_antecedent_is_in_the_previous_paragraph():
    text = ("Harriet Vole, who chairs the central bank, spoke in Leeds on Monday.\n\n"
            "Prices would stop rising by the spring, she told a news conference, but rents were still climbing.")
    assert ("Prices would stop rising by the spring", "Harriet Vole") in reported(text)


@pytest.mark.parametrize("text, words, speaker", [
    ("The councillor concerned, Ruth Abney, has always denied taking bribes, but has admitted being careless "
     "with expenses.", "taking bribes", "Ruth Abney"),
    ("The councillor concerned, Ruth Abney, has always denied taking bribes, but has admitted being careless "
     "with expenses.", "being careless with expenses", "Ruth Abney"),
    ("Former port minister Alan Greaves has denied changing the dredging contracts at the request of a friend.",
     "changing the dredging contracts at the request of a friend", "Alan Greaves"),
    ("Mrs Ockley, who also runs a care home in Crewe and chairs the residents' association of the Bank Street "
     "estate, thinks the service would be useless anyway.", "the service would be useless anyway", "Ockley"),
    ("In Poland, where 40 bridges have closed, an engineer in Gdansk, Dr Marta Wilk, said inspections were years "
     "behind.", "inspections were years behind", "Marta Wilk"),
])
def test_gerunds_opinions_and_long_relatives(text, words, speaker):
    assert (words, speaker) in reported(text), reported(text)


@pytest.mark.parametrize("text", [
    "He denied the charges.",  # an object, not a statement
    "She admitted nothing.",
    "In Wales, farmers have closed the road and asked drivers to use the bypass.",  # "asked" after another verb
    "The current head of state will stay in office until May.",  # "state" is a noun here
])
def test_no_statement_without_its_content(text):
    assert reported(text) == []


def test_a_description_with_its_complement_before_the_cue():
    text = ("Ferry crossings to the islands will be cut by half, the chairman of a council committee on island "
            "transport said on Friday.")
    assert ("Ferry crossings to the islands will be cut by half",
            "the chairman of a council committee on island transport") in reported(text)


def test_a_name_ending_is_a_hint_not_a_rule():
    # trap: a man whose given name ends in -a, whom the text itself calls "he"
    text = ('"No one will ever know," wrote Tribune columnist Mutola Banda, describing the media as a watchdog.\n\n'
            '"Left to themselves, politicians would bankrupt the country," he wrote.')
    assert speakers(text) == [("direct", "Mutola Banda"), ("direct", "Mutola Banda")]


def test_a_role_noun_outweighs_the_usual_gender_of_a_given_name():
    text = ("Police spokeswoman Kim Dara and the harbour master, Sam Oduya, spoke to reporters on the quay.\n\n"
            "“The search will go on through the night,” she said.")
    assert speakers(text) == [("direct", "Kim Dara")]
