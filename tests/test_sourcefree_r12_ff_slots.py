"""Issue 13, round 12: false friends in the slots of their French sense, by the argument class it selects (FFR004)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The false-friend warnings of a text."""
    report = check_text(text, Config(models=False, select=("FFR",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


POSITIVES = [
    ("The robbers threatened the cashier and two clients of the bakery before fleeing.", "clients"),
    ("Only one client was in the supermarket when the fire started.", "client"),
    ("Pogačar disputed his third Tour de France with a broken wrist.", "disputed"),
    ("The derby was disputed on Saturday under heavy rain in front of 40,000 fans.", "disputed"),
    ("The academy, which formed Kylian Mbappé, will receive the club's new investment.", "formed"),
    ("The striker, formed at Rennes, signed a four-year contract with the club.", "formed"),
    ("The bishop celebrated the morning office in the cathedral despite the strike.", "office"),
    ("“Immigration is a chance for the country,” the minister said.", "chance"),
    ("Nantes equalised just before the pause with a header from a corner.", "pause"),
    ("“We lost, but this team has a mental of steel,” the coach said after the match.", "mental"),
    ("Young voters mobilised massively in the suburbs, according to the pollsters.", "massively"),
    ("Dozens of militants painted slogans on the bank's facade during the climate protest.", "militants"),
    ("The caves of the old town were flooded after the storm and residents pumped all night.", "caves"),
    ("The final balance stood at eleven dead and forty injured, the prefect said.", "balance"),
    ("The hypothesis retained is an electrical fault in the kitchen.", "retained"),
    ("“We will never give up!” lanced a striker in front of the factory gates.", "lanced"),
    ("The mayor lanced a solemn appeal for calm on Sunday night.", "lanced"),
    ("The former minister did not answer the convocation of the investigating judges.", "convocation"),
    ("The buyer offered 42 euros per action, a premium of 30%.", "action"),
    ("Shots were fired overnight in the quarter of Saint-Jacques, residents told police.", "quarter"),
    ("The bank set aside provisions against eventual losses on its loans to developers.", "eventual"),
    ("The professors of public schools will strike on Thursday.", "professors"),
    ("A complaint for defamation will be deposited next week, her lawyer said.", "deposited"),
    ("The outgoing president was re-elected with 61% of the voices in the first round.", "voices"),
    ("The union demanded the immediate liberation of the detained journalist.", "liberation"),
    ("The winger deceived the keeper with a low shot into the far corner.", "deceived"),
    ("During the riots, several pharmacies were pillaged in the city centre.", "pillaged"),
    ("Farmers set up barrages of tractors on the motorway near Toulouse.", "barrages"),
    ("The suspect recognised the facts during his police custody.", "recognised"),
    ("The results were published on Monday in the scientific review Nature Climate Change.", "review"),
    ("This ancient miner now guides tourists through the galleries.", "ancient"),
    ("The direction expects sales to fall by 20% and plans to cut 300 jobs, the unions said.", "direction"),
    ("“We will not let the salaries pay for the management's mistakes,” the union leader said.", "salaries"),
    ("In the referendum, participation reached only 38%, a record low for the vote.", "participation"),
]


@pytest.mark.parametrize("text,span", POSITIVES)
def test_look_alikes_in_their_french_slot_are_found(text, span):
    assert span in spans(text)


TRAPS = [
    "The lawyer met his client in prison before the hearing at the supermarket chain's trial.",  # a lawyer's client
    "The bank's clients complained about the fees, a shop owner said.",  # bank clients are English
    "The company disputed his account of the race and appealed the ruling.",  # contest a claim
    "The coalition, which formed the government in 2019, collapsed on Friday.",  # set up
    "Her office said the minister would visit the cathedral on Sunday.",  # a workplace
    "This is a chance for France to win its first title since 1998.",  # a chance to do something
    "After a long pause, the minister answered the question.",  # a pause in speech
    "The mental health of players is a concern, the coach said after the match.",  # the adjective
    "Prices rose massively after the war.",  # hugely
    "Armed militants attacked a police station; dozens of militants were killed.",  # armed militants
    "The caves of the gorge were flooded, and divers searched for the boys.",  # natural caves
    "The balance of power shifted after the election, which left two people dead.",  # the balance of power
    "The option retained by the committee was the cheapest one.",  # 'retained by'
    "The doctor lanced the boil and cleaned the wound.",  # pierce
    "The university held its convocation for new graduates on Friday.",  # an assembly
    "Ministers promised action on prices; the euro rose by 2% in a day.",  # action
    "A quarter of Americans live in the suburbs, and the population grew in every quarter of the year.",  # a fourth
    "The eventual winner of the race was a 22-year-old Dane.",  # final
    "She became a professor of law at the Sorbonne, teaching in the faculty.",  # a university professor
    "Sediment was deposited on the river bed after the flood.",  # sediment
    "Dozens of voices were raised against the project at the town hall meeting.",  # voices in a debate
    "The liberation of Paris in August 1944 was celebrated by the allied troops.",  # a country's liberation
    "The defender was deceived by a fake email from a fraudster.",  # tricked
    "The Vikings pillaged the abbey in 843.",  # an army's plunder
    "Ministers faced a barrage of questions from the opposition.",  # a barrage of questions
    "The committee recognised her contribution to science with a medal.",  # acknowledge
    "The film received a glowing review in the Guardian.",  # a critic's review
    "The ancient walls of the city were restored.",  # very old
    "The wind changed direction, and the plane turned in the direction of Lyon.",  # a course
    "Salaries rose by 3% last year in the public sector.",  # pay
    "Women's participation in the labour market reached 68% in 2023.",  # taking part
]


@pytest.mark.parametrize("text", TRAPS)
def test_the_english_sense_is_not_reported(text):
    assert spans(text) == []
