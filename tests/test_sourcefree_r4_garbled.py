"""Issue 13, fourth pass: false friends by sense cues (FFR003), French sentence structure (GRB001) and calques."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str, prefix: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=(prefix,)))
    return [(f.code, text[f.start:f.end]) for f in report.findings if f.severity >= Severity.WARNING]


# ---- FFR003: the word in its slot, with cue words of the French sense and none of the English sense ----

SENSES = [
    ("The singer was relaxed by the Paris criminal court after a two-day trial.", "relaxed"),
    ("The appeal judges relaxed the three activists on Thursday.", "relaxed"),
    ("The banker was freed on caution and must hand over his passport to the judge.", "caution"),
    ("A penury of teachers forces schools to cancel classes.", "penury"),
    ("Operating profit doubled over the first semester to 2 billion euros.", "semester"),
    ("Some 450 workers will be licensed when the plant closes, the union said.", "licensed"),
    ("The swimmer was sacred Olympic champion in Tokyo.", "sacred"),
    ("She dedicated the prize to her husband, disappeared in March after a long illness.", "disappeared"),
    ("The actor insisted on doing his own cascades in the film.", "cascades"),
    ("The Renaudot price went to a debut novel on Tuesday.", "price"),
    ("Scientists will run experiences on the station in microgravity.", "experiences"),
    ("Insurers put the cost of the sinister at 30 million euros after the floods.", "sinister"),
    ("Hail destroyed the crops of dozens of exploitations around Bordeaux, farmers said.", "exploitations"),
    ("The interim will be assured by the vice-president until the election.", "assured"),
    ("He was sentenced to perpetuity for the attack on the synagogue.", "perpetuity"),
    ("In a tribune published by Libération, 50 mayors call for help.", "tribune"),
    ("The council struck out several dispositions of the immigration law.", "dispositions"),
    ("Two reporters were molested by rioters near the stadium.", "molested"),
    ("The researches for the missing climber were called off at nightfall, the gendarmes said.", "researches"),
    ("The party pretends that its candidate won “a historic victory”.", "pretends"),
    ("In the actual context of inflation, the plan will be postponed until next year.", "actual"),
    ("Four people were blessed in the shooting, the police said.", "blessed"),
    ("The police still ignore whether the driver was drunk.", "ignore"),
    ("The unions reclaimed the immediate resignation of the director.", "reclaimed"),
    ("Three militaries were killed when their convoy was ambushed.", "militaries"),
    ("The appeal against the decree was filed as a recourse before the Council of State by lawyers.", "recourse"),
    ("He is actually the president of the regional council since 2021.", "actually"),
    ("Customs officers carried out a control of the truck at the border and found drugs.", "control"),
    ("Moody's lowered the note of France, citing the debt.", "note"),
    ("The match was reported to next Wednesday because of the snow.", "reported"),
    ("Deminers destroyed an explosive engine found near the school by the police.", "engine"),
    ("The remarks of the minister sparked a new polemic on social networks.", "polemic"),
]


@pytest.mark.parametrize("text,word", SENSES)
def test_sense_cues_find_the_french_sense(text, word):
    assert any(found.lower().startswith(word.lower()) for _, found in warnings(text, "FFR")), \
        warnings(text, "FFR")


ENGLISH_SENSES = [
    "Restrictions on bars were relaxed on Friday, the court noted.",
    "The defendant appeared relaxed as the trial opened.",
    "Markets reacted with caution to the verdict.",
    "The poet lived in penury until his death.",
    "Students return for the autumn semester in September.",
    "The drug is licensed in France for adults only.",
    "Pilgrims visited the sacred site before the final.",
    "The reporter disappeared in Mexico and the police are still searching for her.",
    "Cascades of water poured down the mountain.",
    "The price of petrol rose by 10 cents, the highest price since 2022.",
    "She told the court about her experiences in the camp.",
    "A sinister silence fell on the court.",
    "The exploitation of migrant workers was condemned by the union.",
    "Investors were assured by the minister that taxes would not rise.",
    "The land was given to the town in perpetuity by the court.",
    "The Chicago Tribune published the documents.",
    "Her sunny dispositions made her popular with the jury.",
    "The boy was molested by a priest, the court heard.",
    "Her researches on the Roman law were published in 1990.",
    "He pretended that he had not heard the question.",
    "The actual number of victims is higher than announced today.",
    "The couple was blessed by the priest in the cathedral.",
    "He ignored the warnings of the police.",
    "Farmers reclaimed the land after the floods.",
    "The world's militaries are buying more drones.",
    "The victims have no recourse against the state, the court said.",
    "He is actually younger than he looks, since he was born in 1990.",
    "The driver lost control of the truck at the border.",
    "She took note of the decision of the agency.",
    "The accident was reported to the police on Monday.",
    "The car's engine failed on the motorway.",
    "His polemic against the church was published in 1910.",
]


@pytest.mark.parametrize("text", ENGLISH_SENSES)
def test_sense_cues_leave_the_english_sense_alone(text):
    assert [c for c in warnings(text, "FFR") if c[0] == "FFR003"] == []


def test_a_lexicon_info_upgraded_by_sense_cues_is_reported_once():
    text = "The party pretends that its candidate won “a historic victory”."
    found = check_text(text, Config(select=("FFR",))).findings
    assert [(f.code, f.severity) for f in found] == [("FFR003", Severity.WARNING)]


# ---- GRB001: French sentence structure, each family with its traps ----

GARBLED = [
    ("Were injured in the crash two passengers and the driver.", "Were injured"),
    ("What the farmers want, it is a fair price for their milk.", "What the farmers want, it is"),
    ("It is in tears that she left the courtroom.", "It is in tears that"),
    ("Where the money went, nobody knows it yet.", "Where the money went, nobody knows it"),
    ("The reform, the senators had refused to vote it in June.", "The reform, the senators had refused to vote it"),
    ("Rents have climbed of 12% in two years.", "climbed of"),
    ("The minister spoke to reporters after to visit the site.", "after to visit"),
    ("The deal was signed without that anyone noticed.", "without that anyone noticed"),
    ("The singer, whose his last album sold poorly, retired.", "whose his"),
    ("The matter of knowing who will pay is unresolved.", "matter of knowing who"),
    ("Voters were numerous to stay at home.", "were numerous to stay"),
    ("He hopes to succeed to Olaf Scholz next year.", "succeed to Olaf Scholz"),
    ("The plane took off at the hour foreseen.", "at the hour foreseen"),
    ("The minister comes from announcing a plan for rural doctors.", "comes from announcing"),
    ("On the side of the employers, the mood was gloomy.", "On the side of the employers"),
    ("From there to say that the reform has failed, few would go.", "From there to say"),
    ("The Mrs. Martin was elected mayor of the town.", "The Mrs."),
    ("The club him had offered a new contract.", "him had offered"),
    ("Rents have not stopped to rise since 2019.", "not stopped to rise"),
    ("The strikers, they have not given up.", "The strikers, they have not"),
    ("It is the first time that a woman is elected to lead the union.", "a woman is elected"),
    ("Supporters came in number to greet the team.", "came in number"),
    ("The board decided of a new strategy.", "decided of"),
    ("Police intervened at several reprises during the night.", "at several reprises"),
    ("The unemployment has fallen for three quarters in a row.", "The unemployment has"),
    ("A government outgoing cannot pass such a law.", "government outgoing"),
    ("It lacks two votes to reach a majority.", "It lacks two votes"),
    ("It remains three days before the end of the campaign.", "It remains three days"),
    ("Since how long has the minister known about the deficit?", "Since how long has"),
    ("The commander would have been killed in the strike, according to local sources.", "would have been killed"),
    ("According to the newspaper, the minister would have received 50,000 euros.", "would have received"),
    ("The law was passed despite that the opposition voted against it.", "despite that the opposition voted"),
    ("All the two candidates refused to debate.", "All the two"),
    ("Never a French president had visited the island.", "Never a French president had"),
    ("The crisis, nobody had seen it coming.", "The crisis, nobody had seen it"),
    ("The novel, which the plot takes place in Dakar, won the prize.", "which the plot takes place"),
    ("It is in 2019 that the company was founded.", "It is in 2019 that"),
    ("It was with great difficulty that the rescuers reached the village.", "It was with great difficulty that"),
    ("The more important is to keep the jobs.", "The more important is"),
]


@pytest.mark.parametrize("text,span", GARBLED)
def test_french_structure_is_found(text, span):
    assert ("GRB001", span) in warnings(text, "GRB001"), warnings(text, "GRB001")


GARBLED_TRAPS = [
    "Were the passengers injured in the crash?",
    "What the farmers want is a fair price for their milk.",
    "It is clear that she left the courtroom in tears.",
    "Where the money went is unclear; nobody knows.",
    "The reform, the senators said, will be voted in June.",
    "Rents have climbed by 12%, despite increases of 3% in wages.",
    "The minister spoke to reporters after visiting the site; from before to after the vote.",
    "Without that, the deal fails; without that money nobody can act.",
    "The singer, whose last album sold poorly, retired.",
    "There is no way of knowing who will pay.",
    "Many voters stayed at home; there were many to choose from.",
    "The prince succeeded to the throne; she will succeed Olaf Scholz.",
    "The plane took off at the scheduled time.",
    "The minister comes from a family of doctors; her confidence comes from Lyon.",
    "On the side of the road, a car was burning.",
    "From there, the convoy drove to the border.",
    "Mrs. Martin was elected mayor; the Mr Universe contest was cancelled.",
    "The club had offered him a new contract.",
    "He stopped to rest; prices have kept rising.",
    "The strikers, they said, have not given up.",
    "It is the first time that a woman has been elected to lead the union.",
    "Supporters came in large numbers; they are seven in number.",
    "The board decided on a new strategy.",
    "Police intervened several times during the night.",
    "Unemployment has fallen; the violence has shocked the city.",
    "The outgoing government cannot pass such a law.",
    "It lacks the strength to win.",
    "It remains to be seen whether the plan will work.",
    "Since when is it a crime to protest?",
    "If the police had come earlier, he would have been saved, according to his family.",
    "Despite that, the opposition voted against it.",
    "All the two-year-old children were vaccinated.",
    "Never again will the party accept it.",
    "The other night, he asked me how I was.",
    "The town, in which the action takes place, is small; the airport said that the incident took place at 9.",
    "It is in Paris that the company is based; it was in 2019 that it was founded.",
    "The most important thing is to keep the jobs.",
]


@pytest.mark.parametrize("text", GARBLED_TRAPS)
def test_french_structure_traps(text):
    assert warnings(text, "GRB001") == []


def test_wedged_adverbial_before_a_bare_plural():
    assert [c for c, _ in warnings("The president announced yesterday evening new measures against fraud.", "GRB008")] \
        == ["GRB008"]
    assert warnings("The president announced new measures against fraud yesterday evening.", "GRB008") == []
    assert [c for c, _ in warnings("The association denounced for months the conditions of detention.", "GRB008")] \
        == ["GRB008"]
    assert warnings("They have lived for decades in the same house.", "GRB008") == []


# ---- calques: reflexive pronominal verbs and press idioms ----

CALQUES = [
    ("The blaze declared itself shortly after midnight in a warehouse.", "declared itself"),
    ("The rebels folded back towards the mountains.", "folded back"),
    ("His remarks threw oil on the fire.", "threw oil on the fire"),
    ("An inquiry should lift the doubt over the accounts.", "lift the doubt"),
    ("The comedian made the joy of millions of viewers.", "made the joy of"),
    ("For the unions, the mass is said: the law will pass.", "the mass is said"),
    ("The astronaut will take place aboard the capsule.", "take place aboard"),
    ("Prices in the big distribution rose again.", "the big distribution"),
    ("The candidate won 52% of the votes in the second tour.", "the second tour"),
    ("The popular jury of the assize court deliberated for six hours.", "The popular jury"),
    ("The supreme guide addressed the nation.", "The supreme guide"),
    ("He stood in the box of the accused during the verdict.", "the box of the accused"),
    ("The rider won the yellow tunic after the climb.", "the yellow tunic"),
    ("The mayor was tried for illegal taking of interests.", "illegal taking of interests"),
    ("The coach threw the sponge after the defeat.", "threw the sponge"),
    ("The government made the deaf ear to the demands.", "made the deaf ear"),
    ("The festival beat its full on Saturday.", "beat its full"),
    ("He made the object of a complaint for fraud.", "made the object of"),
    ("The young man was passed to tobacco by the police.", "passed to tobacco"),
    ("A white march was held for the victim.", "A white march"),
    ("It is a matter of a 40-year-old man known to the police.", "It is a matter of"),
    ("The French are the worst when it is a matter of spying.", "when it is a matter of"),
]


@pytest.mark.parametrize("text,span", CALQUES)
def test_calques_found(text, span):
    assert any(span.lower() in found.lower() for _, found in warnings(text, "CAL")), warnings(text, "CAL")


CALQUE_TRAPS = [
    "The company declared itself bankrupt in May.",
    "Fold back the edges of the paper.",
    "The oil on the table caught fire.",
    "His remarks only poured oil on the fire, the opposition said.",  # an English idiom too
    "The firm lifted its forecast for the year.",
    "The priest said mass on Sunday; the mass was said in Latin in the church.",
    "The concert will take place in the stadium.",
    "The distribution of food began on Monday.",
    "The band's second tour was a success.",
    "The jury of the festival chose a Polish film.",
    "The guide showed tourists the old town.",
    "He put the box on the table.",
    "The runner wore a yellow shirt.",
    "She took an interest in the case.",
    "He threw the ball to the goalkeeper.",
    "The object of the inquiry is to find the cause.",
    "A march was held in Paris.",
    "It is a matter of a few days; it is a matter of the utmost urgency.",
]


@pytest.mark.parametrize("text", CALQUE_TRAPS)
def test_calque_traps(text):
    assert warnings(text, "CAL") == []


def test_new_rule_has_examples_and_doc():
    from checker.rules.false_friends.sense_cues import RULE

    assert sum(e.positive for e in RULE.examples) >= 5 and sum(not e.positive for e in RULE.examples) >= 5
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in RULE.doc
