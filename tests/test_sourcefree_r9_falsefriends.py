"""Issue 13, tenth pass: look-alikes read by the argument class of their slot (FFR004), wordings the registry lacks."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The false-friend warnings of a text (FFR001, FFR003 and FFR004 share the words among them)."""
    report = check_text(text, Config(models=False, select=("FFR",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


FRENCH_SENSE = [
    ("Under the actual rules, no one can be fined twice.", "actual"),
    ("At the actual time, nobody knows how many were hurt.", "actual"),
    ("Her actual partner, a businessman, refused to comment.", "actual"),
    ("Some 300 migrants are actually housed in the gymnasium.", "actually"),
    ("Thousands of fans assisted the concert despite the rain.", "assisted"),
    ("Journalists were not allowed to assist at the hearing.", "assist at"),
    ("The ministry will eventually examine a request for compensation if one is filed.", "eventually"),
    ("An eventual return of the troops is not on the table.", "eventual"),
    ("Teachers will get a formation on the new programme.", "formation"),
    ("The minister rejected the demand of the unions for a meeting.", "demand"),
    ("His demand for asylum was refused in 2019.", "demand"),
    ("The town filed a demand for compensation.", "demand"),
    ("Residents demanded to the mayor a new school.", "demanded"),
    ("The result deceived the investors, who had hoped for more.", "deceived"),
    ("The manifestants marched to the prefecture.", "manifestants"),
    ("Firefighters mobilised important means to fight the fire.", "important"),
    ("She passed the entrance exam but failed it.", "passed"),
    ("Some 80,000 pupils are passing the baccalaureate this week.", "passing"),
    ("The inspectors made a control of the restaurant.", "control"),
    ("Residents do not support the smell any more.", "support"),
    ("He supported badly the pressure of the final.", "supported"),
    ("The strike caused a serious prejudice to shopkeepers.", "prejudice"),
    ("A reunion is planned on Tuesday with the unions.", "reunion"),
    ("The board held a reunion to discuss the budget.", "reunion"),
    ("The government engaged a reform of the pensions.", "engaged"),
    ("The minister engaged himself to cut taxes.", "engaged"),
    ("He did not precise the date of his departure.", "precise"),
    ("Prices of seasonal locations rose by 10 percent.", "locations"),
    ("He lives in a location since his divorce.", "location"),
    ("It is a souvenir that will stay with me forever.", "souvenir"),
    ("It is a sympathetic little restaurant by the sea.", "sympathetic"),
    ("The atmosphere was sympathetic and relaxed.", "sympathetic"),
    ("The group realised a benefit of 40 million euros last year.", "benefit"),
    ("The novel was edited by Gallimard in 1998.", "edited"),
    ("He did a six-month stage in a bank in London.", "stage"),
    ("It is defended to smoke on the platforms.", "defended"),
    ("The young man was convicted of apology of terrorism.", "apology"),
    ("The road is ten metres large.", "large"),
    ("The remarks sparked a polemic in the majority.", "polemic"),
    ("The evasion of the prisoner from Fresnes prison was filmed.", "evasion"),
    ("Socialist militants handed out leaflets at the market.", "militants"),
    ("She holds a licence in history from the Sorbonne.", "licence"),
    ("The rapport of the Court of Auditors was published on Wednesday.", "rapport"),
    ("The mayor was compromised in the affair of the public contracts.", "compromised"),
    ("The voyage by train from Paris to Nice takes six hours.", "voyage"),
    ("The minister has a left-wing sensibility.", "sensibility"),
    ("He gave a conference on climate change at the university.", "conference"),
    ("The blaze was quickly mastered by the fire crews.", "mastered"),
    ("The cyclist has gained three stages this year.", "gained"),
    ("The referee validated the try after checking the video.", "validated"),
    ("The union leader welcomed a historical agreement.", "historical"),
    ("The ecologist candidate won the town hall.", "ecologist"),
    ("Hundreds of people paid tribute to the defunct on Sunday.", "defunct"),
    ("The new tax is destined to finance the hospitals.", "destined to"),
    ("The region recorded 3,000 new contaminations in a week.", "contaminations"),
    ("The court finally retained the charge of manslaughter.", "retained"),
    ("The fine is the most important ever imposed on a bank in France.", "important"),
    ("Bars must apply the new sanitary protocol from Monday.", "sanitary"),
    ("The boy is too young to bear penal responsibility.", "penal"),
    ("The driver had a long judicial record.", "judicial"),
    ("Senior cadres of the bank gave up their bonuses.", "cadres"),
    ("Revenue rose by 4% over the 2022 exercise.", "exercise"),
    ("The decree creates a juridical void for tenants.", "juridical"),
    ("Buses were cancelled across the Grenoble agglomeration.", "agglomeration"),
    ("The new stadium will be paid for by the territorial collectivities.", "collectivities"),
    ("Her car assurance refused to pay for the repairs.", "assurance"),
    ("Police found the cadaver of a man in the forest.", "cadaver"),
    ("Police officers went to his domicile on Wednesday.", "domicile"),
]

ENGLISH_SENSE = [
    "The actual costs were twice the estimate.",
    "What was the actual reason for his departure?",
    "She did not actually resign, her lawyer said.",
    "Two officers assisted the police in the search.",
    "The nurse assisted the surgeon during the operation.",
    "The company eventually won the contract after a long battle.",
    "He eventually agreed to resign in 2019.",
    "The eventual winner was announced at midnight.",
    "The formation of a new government could take weeks.",
    "The team lined up in a 4-4-2 formation.",
    "Demand for electricity rose by 3 percent.",
    "The strikers demanded higher wages.",
    "The fraudster deceived hundreds of investors with false documents.",
    "The rash is a manifestation of the disease.",
    "It is important to vote.",
    "He played an important role in the negotiations.",
    "She passed the exam with honours.",
    "The bill passed the Senate on Tuesday.",
    "The rebels took control of the city.",
    "Border controls were reintroduced in 2015.",
    "The party supports the reform.",
    "Racial prejudice remains widespread.",
    "The band announced a reunion tour.",
    "The family reunion took place in August.",
    "The couple got engaged last year.",
    "The firm engaged a lawyer.",
    "The figures are precise to the euro.",
    "The location of the meeting was kept secret.",
    "Tourists bought souvenirs at the market.",
    "The judge was sympathetic to his case.",
    "The reform will benefit 2 million households.",
    "The manuscript was edited by his widow before publication.",
    "At this stage, no one has been charged.",
    "He defended the reform on television.",
    "The company issued an apology for the delay.",
    "The book is a polemic against the elites.",
    "Tax evasion cost the state billions.",
    "Islamist militants attacked the base.",
    "The bar lost its licence last year.",
    "She built a good rapport with the players.",
    "The data were compromised by a cyberattack.",
    "The voyage across the Atlantic took three weeks.",
    "The ministers held a press conference on Monday.",
    "She mastered the piano at an early age.",
    "The party gained three seats in the election.",
    "The experiment validated the theory.",
    "The museum holds a historical collection of maps.",
    "Ecologists have counted the birds on the island.",
    "The defunct airline owed millions.",
    "He seemed destined to become a champion.",
    "Contamination of the river was detected.",
    "The club retained the trophy.",
    "It is the most important decision of his career.",
    "Aid workers handed out sanitary towels and soap.",
    "The penal colony closed in 1953.",
    "The party relied on its communist cadres in the villages.",
    "The army held a training exercise in the Alps.",
    "Particles form an agglomeration under pressure.",
    "Quality assurance checks were carried out on every car.",
    "Medical students dissected a cadaver in class.",
    "His domicile for tax purposes is Switzerland.",
]


@pytest.mark.parametrize("text,span", FRENCH_SENSE)
def test_french_sense_is_reported(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), (text, found)


@pytest.mark.parametrize("text", ENGLISH_SENSE)
def test_english_sense_is_left_alone(text):
    assert spans(text) == [], text
