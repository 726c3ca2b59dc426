"""Issue 13, sixth round (b): the structures behind sourcefree5's misses, each with traps — a second attribution
after a passive report or a title's "wrote", an inverted incise standing alone, a compound first name spaced or a
joined name split once, a rare name's accent or inner letter changed once, furniture that links to a gallery or a
dedicated page, French acronyms, and short doubled names."""
from __future__ import annotations

import pytest

from checker.config import Config
from tests.marked_spans import assert_marked

ATT, ENT, BPL, UNT, REP = (Config(select=(code,), models=False) for code in ("ATT", "ENT", "BPL", "UNT", "REP"))


@pytest.mark.parametrize("marked", [
    # a statement reported in the passive by a named person, then the same person again as a pronoun
    "The closure was announced to the staff by the director, Hélène Marchal, who took no questions, "
    "[[she stressed]].",
    "The figures were confirmed to reporters by the club's lawyer, Thomas Girard, on Friday, [[he specified]].",
    "The withdrawal was revealed to the local paper by the candidate's aide, Nadia Benali, [[she indicated]].",
    # a title's "wrote" or "reported" after a quote already attributed to that person
    "“Our thoughts are with the families,” Olaf Scholz said in a message posted on Friday, [[the German "
    "chancellor wrote]].",
    "“We have no choice,” the mayor told the council in a letter read aloud, [[the local councillor wrote]].",
    "“The vote is final,” Pedro Sánchez said in a speech on Sunday, [[the prime minister reported]].",
])
def test_second_attribution_found(marked):
    assert_marked(marked, "stray-attribution", ATT)


@pytest.mark.parametrize("marked", [
    "The decision was confirmed by the federation, he said.",  # someone else's statement, reported by him
    "The plan was presented by Marc Olivier, the mayor, she added.",  # a man's statement, reported by her
    "The budget was approved by parliament on Tuesday, she said.",
    "“We will appeal,” he told the agency, the agency reported.",  # an outlet's report of what it was told
    "“We will appeal,” she told Le Monde, the newspaper wrote.",
    "The report, which was written by Anne Morel, found no fraud, she said.",  # the passive is in a relative clause
])
def test_second_attribution_traps(marked):
    assert_marked(marked, "stray-attribution", ATT)


@pytest.mark.parametrize("marked", [
    "“The water came in through the floor,” a farmer told the local radio. [[Sighed the farmer.]] The river has "
    "since gone down.",
    "“I never thought I would see this day,” the veteran told reporters in Caen. [[Smiled the old soldier.]]",
    "“It is a victory for the whole team,” Léa Martin told France Bleu on Sunday. [[Rejoiced the captain.]]",
    "“We had no warning,” the owner of the café told AFP. [[Fumed the shopkeeper.]]",
    "“This is only the beginning,” the activist said at the rally. [[Warned the young activist.]]",
])
def test_inverted_orphan_found(marked):
    assert_marked(marked, "stray-attribution", ATT)


@pytest.mark.parametrize("marked", [
    "“It is over,” she said. Followed a long silence.",  # no person after the verb
    "The vote passed on Monday. Rejoiced the captain.",  # no quote with its speaker before
    "“We won,” the coach said. The players celebrated in the dressing room.",
    "“We won,” the coach said. Cheered the crowd, the team left the pitch.",  # not a sentence of its own
    "“Stop,” he shouted. Stunned, the walkers stopped.",
])
def test_inverted_orphan_traps(marked):
    assert_marked(marked, "stray-attribution", ATT)


@pytest.mark.parametrize("marked", [
    # a compound first name hyphenated once and spaced once, even where the name finder misses one of them
    "The architect Marie-Laure Fabre drew the plans. The work began in May. [[Marie Laure]] Fabre then left.",
    "Jean-Baptiste Lemoyne spoke first. Later, [[Jean Baptiste]] Lemoyne met the mayors.",
    "It was the idea of his partner, [[Anne Claire]], who had drawn it in 1990. Anne-Claire died in 2015.",
    "The club signed Pierre-Emerick Aubameyang in July. Fans cheered when [[Pierre Emerick]] Aubameyang scored.",
    # a name written as one word twice and split once in the same surroundings
    "Abdelmadjid Tebboune won. Abdelmadjid Tebboune was sworn in. [[Abdel Madjid Tebboune]] named a cabinet.",
])
def test_spaced_or_split_name_found(marked):
    assert_marked(marked, "entity-inconsistency", ENT)


@pytest.mark.parametrize("marked", [
    "Jean Paul Gaultier showed his collection. Jean-Paul Sartre had lived nearby.",  # two people
    "Jean-Luc Godard and Jean-Luc Mélenchon were both quoted.",
    "The magazine (Marie Claire) and the singer Marie-Claire Alain were mentioned.",  # a gloss in brackets
    "Saint-Denis voted. The relics of Saint Denis are kept in the basilica.",  # no first name
    "Abdel Aziz Bouteflika spoke. Abdelaziz is a common first name in Algeria.",  # once each, different company
])
def test_spaced_or_split_name_traps(marked):
    assert_marked(marked, "entity-inconsistency", ENT)


@pytest.mark.parametrize("marked", [
    # a one-word brand or place written twice with its accents and once without
    "Gémenos placed the firm under review. The Gémenos site employs 300 people. [[Gemenos]] will close.",
    "The Kookaïa label was sold. Kookaïa had 200 shops. Buyers of [[Kookaia]] promised to keep them.",
    # a long rare name with one inner letter replaced, or a double letter written single
    "A block of the Planpincieux glacier may fall. The Planpincieux glacier is watched. The [[Plampincieux]] "
    "road was closed.",
    "The mayor of Villeurbanne spoke. Villeurbanne voted. Shops in [[Villeurbane]] closed early.",
    "The Trégastel coast is rocky. Trégastel drew tourists. [[Trégastal]] beaches were closed.",
    "The Élysée spoke. The Élysée said no. The [[Elysee]] palace was closed.",
    "The Kakhovka dam broke. Water from the Kakhovka reservoir spread. The [[Kakovka]] plant stopped.",  # a letter dropped
    # round 10: a surname alone without the accents of the full name before it is one person written two ways
    "The judge Marc Trévidic spoke. Marc Trévidic said he was worried. Mr [[Trevidic]] left.",
])
def test_rare_name_variant_found(marked):
    assert_marked(marked, "entity-inconsistency", ENT)


@pytest.mark.parametrize("marked", [
    "Québec voted. Québec City is cold. Quebec is large.",  # an English word of its own: a house style
    "Anderson spoke. Anderson left. Andersen arrived.",  # common names, two people
    "Gemenos is a village. Gémenos is its name in Provençal.",  # once against once
    "The Morbihan council met. Morbihan farmers protested. The Corbihan estate was sold.",  # first letter
    "The Tavernelles were sold. The Tavernelles closed. Tavernellees opened.",  # an inflection's e added
])
def test_rare_name_variant_traps(marked):
    assert_marked(marked, "entity-inconsistency", ENT)


@pytest.mark.parametrize("marked", [
    "The festival ended on Sunday.\n\n[[Our slideshow: thirty years of the festival in images (24 photos)]]\n\n"
    "Organisers said the next edition would be longer.",
    "The storm hit the coast.\n\n[[In pictures: the harbour after the storm (15 photos)]]\n\nRepairs began.",
    "The bridge fell at dawn.\n\n[[Video: the moment the bridge gave way (1:42)]]\n\nNobody was hurt.",
    "Markets fell.\n\n[[Stock markets: follow the CAC 40 in real time on our dedicated page]]\n\nTraders were calm.",
    "The river rose.\n\n[[Traffic: check the state of the roads in the valley on our interactive page]]\n\n"
    "Schools stayed open.",
])
def test_furniture_found(marked):
    assert_marked(marked, "boilerplate", BPL)


@pytest.mark.parametrize("marked", [
    "The exhibition shows forty of his prints (40 photos).",  # a sentence, closed by its full stop
    "The photo, taken in 1944, shows the liberation of the town (AFP photo).",
    "Read by millions, the novel sold out within a week.",
    "A visitor looks at a painting at the Orangerie museum in Paris, on 12 April 2023.",  # a caption is content
    "The mayor opened our dedicated centre for the homeless on Monday, the council said.",
    "Why could we not have a system in which you enter your details, vote at once and have the result by 6.30?",
])
def test_furniture_traps(marked):
    assert_marked(marked, "boilerplate", BPL)


@pytest.mark.parametrize("marked", [
    "Kazakhstan called for help from the [[OTSC]], the alliance led by Moscow.",
    "Delegates of the [[OACI]] met in Montreal to discuss drones.",
    "A team from the [[CICR]] reached the prison on Tuesday.",
    "The [[PNUE]] published its report on plastic waste.",
    "The [[OMPI]] registered a record number of patents.",
])
def test_french_acronym_found(marked):
    assert_marked(marked, "untranslated", UNT)


@pytest.mark.parametrize("marked", [
    "Kazakhstan called for help from the CSTO, the alliance led by Moscow.",
    "The French acronym OTSC stands for the Collective Security Treaty Organisation.",  # cited on purpose
    "She was awarded the Croix de guerre and the Resistance Medal.",  # a decoration's name English keeps
    "Delegates of the ICAO met in Montreal.",
    "A team from the ICRC reached the prison.",
])
def test_french_acronym_traps(marked):
    assert_marked(marked, "untranslated", UNT)


@pytest.mark.parametrize("marked", [
    "The [[Macron Macron]] government fell.",  # a long name doubled
    "Prices rose in [[Asia Asia]] last year.",  # a word doubled
    "He went [[to to]] Paris.",
    "The strike hit [[the trains, the trains]] and the buses.",
    "The [[Jaminet Jaminet]] penalty decided the match.",
])
def test_doubled_found(marked):
    assert_marked(marked, "repetition", REP)


@pytest.mark.parametrize("marked", [
    "Like Kookaï, Pimkie or Naf Naf, the brand suffered.",  # a short syllable doubled: a brand
    "She left for Bora Bora on Monday.",
    "The Mau Mau uprising began in 1952.",
    "The Tam Tam festival opens today.",
    "It was very, very difficult.",
])
def test_doubled_traps(marked):
    assert_marked(marked, "repetition", REP)
