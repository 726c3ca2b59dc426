"""Issue 13, round 9: stray-attribution on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CATEGORY = "stray-attribution"
PRE = "Paris was calm on Monday morning after a weekend of protests in several cities.\n\n"
POST = "\n\nThe next meeting between the two sides is planned for the end of the month."
POSITIVES = [
    '"We will not give in," the Interior Minister said on Sunday in Marseille, [[he added]].',
    '"The situation is under control," according to the prefecture, [[it said]].',
    '"Nothing has been decided yet," said Jean-Luc Mélenchon, leader of La France Insoumise, [[he declared]].',
    '"Prices will fall by the end of the year," the Bank of France governor told franceinfo on Monday. [[He said.]]',
    '"We are ready to negotiate," the CGT union said in a statement. [[She stated.]]',
    'The company will close two factories, its chief executive announced on Wednesday, [[he announced]].',
    '"It is a historic day," the mayor of Lyon, Grégory Doucet, said on Saturday, [[he stressed]].',
    '"The investigation is continuing," the Paris prosecutor\'s office said, [[it indicated]].',
    '"I have no regrets," the former president told Le Figaro in an interview published on Sunday, [[he confided]].',
    '"The fire is now contained," the firefighters said early Thursday. [[They explained.]]',
    'According to the ministry, the number of cases rose by 12% last week, [[it reported]].',
    '"We were not warned," a resident of the neighbourhood told AFP, [[she recounted]].',
    '"This is unacceptable," Marine Le Pen wrote on X on Tuesday evening, [[she wrote]].',
    '"The strike will continue," the unions warned on Friday, [[they warned]].',
    '"Our hospitals are at breaking point," the health minister admitted before the Senate. [[She admitted.]]',
    '"The ceasefire must be respected," the French foreign minister, Jean-Noël Barrot, insisted, [[he insisted]].',
    '"We will appeal," the lawyer for the family said after the verdict, [[he told reporters]].',
    '"The budget will be balanced in 2029," Bercy said in a statement on Monday. [[It specified.]]',
    'The deal is "a good compromise", the farmers\' union FNSEA said on Thursday, [[it welcomed]].',
    '"There is no risk to the population," the regional health agency assured, [[it assured]].',
    '"It will take years to rebuild," the mayor of the town lamented on BFMTV, [[he lamented]].',
    '"We are living in fear," one shopkeeper confided to Ouest-France, [[she confided]].',
    '"The text will be amended," the government spokeswoman promised on Wednesday. [[She promised.]]',
    '"I did not know," the defendant told the court on Tuesday, [[he testified]].',
    '"Inflation has peaked," the INSEE statistics institute estimated in its note, [[it estimated]].',
    '"We are calling for calm," the prefect of Mayotte, François-Xavier Bieuville, declared on Sunday, [[he said]].',
    '"The match will go ahead," the league confirmed in a press release. [[It confirmed.]]',
    '"The investigation will take months," a police source told Le Parisien on condition of anonymity, [[the source said]].',
    '"We have done our job," the coach said after the defeat in Lens, [[he commented]].',
    '"It\'s a scandal," the opposition MP denounced in the chamber, [[he denounced]].',
    '"The vaccine is safe," according to Professor Alain Fischer, [[he explained]].',
    '"Schools will reopen on Monday," Education Minister Élisabeth Borne announced on France 2. [[She announced.]]',
    '"Nobody saw it coming," a former colleague of the victim recalled, [[he recalled]].',
    '"The law will apply from January," the minister for labour specified in Le Monde, [[she specified]].',
    '"We need more staff," the director of the hospital stressed on Friday, [[she said on Friday]].',
    '"The works will last two years," the SNCF indicated on its website. [[It indicated.]]',
    '"This is just the beginning," the activists warned in a statement, [[they continued]].',
    '"There will be no tax increase," the finance minister reiterated on Sunday, [[he reiterated]].',
    '"We want answers," the victims\' association demanded, [[it said in a statement]].',
    '"Traffic will be disrupted all week," the RATP said on Monday, [[the company said]].',
    '"The situation remains tense," said the spokesman for the gendarmerie, [[he noted]].',
    '"I will be a candidate," the mayor of Le Havre, Édouard Philippe, told Le Point. [[He affirmed.]]',
    '"The talks were constructive," a diplomatic source in Brussels said on Thursday evening, [[she indicated]].',
    '"We will rebuild," promised the president during his visit to Nouméa, [[he promised]].',
    '"The decree will be published tomorrow," Matignon announced, [[according to AFP]].',
    '"The border will stay closed," the Moroccan authorities said on Friday evening, [[they specified]].',
    '"We expect a decision by June," the spokesman for the European Commission, Eric Mamer, said in Brussels. [[He added.]]',
    '"No one will be left behind," according to the prime minister, [[she assured]].',
    '"The aid will arrive next week," Foreign Minister Stéphane Séjourné told RTL on Thursday, [[he stated]].',
    '"The evacuation went well," the prefecture of Gironde said in a press release, [[it indicated]].',
    '"We are not giving up," the president of the Regional Council said, [[he hammered home]].',
    '"This is a victory for democracy," the NGO said on its website on Monday. [[It rejoiced.]]',
    '"We counted 200 boats," a fisherman from Boulogne told the Voix du Nord, [[he reported]].',
]
NEGATIVES = [
    '"We will not give in," the Interior Minister said on Sunday, adding that reinforcements would be sent.',
    '"The situation is under control," the prefecture said. It added that two roads remained closed.',
    '"Nothing has been decided yet," said Jean-Luc Mélenchon, who leads La France Insoumise.',
    '"Prices will fall," the governor said, but he warned that rents would keep rising.',
    '"We are ready," the union said. "But we will not sign anything blindly," it added.',
    'The company will close two factories, its chief executive said, as demand for diesel engines collapses.',
    '"It is a historic day," the mayor said, before cutting the ribbon.',
    'According to the ministry, the number of cases rose by 12% last week, and hospital admissions also increased.',
    'He said he had had enough of the delays.',
    'She said that that decision was final.',
    '"This is unacceptable," Marine Le Pen wrote on X. Her party has called for a vote of no confidence.',
    '"We were not warned," a resident told AFP. Her neighbour said the same.',
    'The minister said the plan would be presented in June, the newspaper reported.',
    '"I did not know," the defendant told the court, his voice breaking.',
    '"We are calling for calm," the prefect said on Sunday, as clashes continued for a third night.',
    '"The match will go ahead," the league said, confirming earlier reports.',
    '"We have done our job," the coach said. Asked about his future, he said he would stay.',
    'Asked whether he would run, he said: "It is too early to say."',
    '"We will appeal," said the lawyer, who described the verdict as "incomprehensible".',
    '"The text will be amended," the spokeswoman said on Wednesday, saying the government had listened.',
    '"Inflation has peaked," INSEE said, a view shared by most economists.',
    '"There is no risk," the agency said in a statement, which it published on Tuesday evening.',
    '"We need more staff," she said. "We have been saying it for years."',
    '"This is just the beginning," the activists said, promising further action.',
    'She told reporters what she had told the judge.',
    '"Traffic will be disrupted," the RATP said, as the strike entered its second week.',
    '"I will be a candidate," he said. He said it calmly, as if it were obvious.',
    '"No," he said. "Never."',
    '"It\'s over," the former minister said. Then, after a pause, he said again: "It\'s over."',
    '"We\'ll see," she said, smiling.',
    '"The decision is final," the court said, rejecting the appeal.',
    '"Nobody listens to us," one farmer said. Another said the opposite.',
    '"Calm down," the president told the heckler, who had interrupted him twice.',
    '"I\'m staying," he told Le Parisien. He told the same thing to his party last week.',
    'The minister, he said, would not resign.',
    '"I regret nothing," she said in Rennes on Friday, where she was campaigning.',
    '"It is time to act," he said, and he left the room.',
    '"Prices must come down," said the minister, whose plan was rejected last month.',
    '"We knew," the witness said. She said she had warned the police in March.',
    '"The border will stay closed," the authorities said, without giving a date for its reopening.',
    '"We expect a decision by June," the spokesman said in Brussels, where ministers were meeting.',
    '"No one will be left behind," the prime minister promised. She did not say how.',
    '"The aid will arrive next week," the minister told RTL, while the opposition denounced delays.',
    '"This is a victory," the NGO said. Its lawyer said the fight would go on in the courts.',
    '"We counted 200 boats," said a fisherman, who has worked in Boulogne for thirty years.',
    'The minister told the Senate what the president had told him.',
    '"I said no," she said, "and I meant it."',
]


def _findings(line: str):
    text, spans, out = line.replace("\\n", "\n"), [], ""
    for part in re.split(r"(\[\[.*?\]\])", text, flags=re.S):
        if part.startswith("[["):
            spans.append((len(PRE) + len(out), len(PRE) + len(out) + len(part) - 4))
            out += part[2:-2]
        else:
            out += part
    report = check_text(PRE + out + POST, Config(models=False))
    found = [f for f in report.findings if f.category.value == CATEGORY and f.severity >= Severity.WARNING]
    return found, spans


@pytest.mark.parametrize("line", POSITIVES)
def test_fresh_artefact_is_found(line):
    found, spans = _findings(line)
    assert any(f.start < e and s < f.end for s, e in spans for f in found), line
    assert all(any(f.start < e and s < f.end for s, e in spans) for f in found), line


@pytest.mark.parametrize("line", NEGATIVES)
def test_fresh_trap_is_left_alone(line):
    assert _findings(line)[0] == []
