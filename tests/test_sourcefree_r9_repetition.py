"""Issue 13, round 9: repetition on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CATEGORY = "repetition"
PRE = "Paris was calm on Monday morning after a weekend of protests in several cities.\n\n"
POST = "\n\nThe next meeting between the two sides is planned for the end of the month."
POSITIVES = [
    'The reform will affect [[millions of workers, millions of workers]] across the country.',
    'Prices rose sharply [[last year, last year]], according to INSEE.',
    'The town hall of [[Saint-Denis, Saint-Denis]] was closed on Monday.',
    'The mayor said [[the\\nthe]] project would go ahead despite the protests.',
    'The prefect announced that [[the road, the road]] would reopen on Friday.',
    '[[The bridge was closed on Monday. The bridge was closed on Monday.]] Engineers are inspecting it.',
    '[[The bridge was closed on Monday, the bridge was closed on Monday]], after cracks appeared.',
    'He was arrested [[in Lyon on Friday, in Lyon on Friday]].',
    '[[The vote on the budget, the vote on the budget]], will take place on Tuesday.',
    'Clashes broke out [[in the north of the country in the north of the country]] overnight.',
    'The minister met [[the the]] union leaders on Monday.',
    'The number [[of of]] victims is still unknown.',
    'The club won the title [[for for]] the first time in its history.',
    'The government wants [[to to]] reduce the deficit.',
    'The unions called [[for a strike, for a strike]] on Thursday.',
    'The investigation [[is continuing\\nis continuing]], the prosecutor said.',
    'Firefighters were called [[at around 3 a.m., at around 3 a.m.]] by neighbours.',
    'The fire destroyed [[several hectares of forest, several hectares of forest]] in the Gironde.',
    'The hospital [[was was]] overwhelmed by the number of patients.',
    'The two leaders [[will meet will meet]] in Brussels next week.',
    'The singer [[has cancelled her tour, she has cancelled her tour]] for health reasons.',
    'The project was [[abandoned in 2019, abandoned in 2019]] for lack of funds.',
    'The deputies [[of the\\nof the]] majority abstained.',
    'Inflation slowed [[in March in March]], the institute said.',
    'He said that [[the company, the company]] would not be sold.',
    'The storm [[hit Brittany on Sunday night. It hit Brittany on Sunday night.]] Thousands are without power.',
    'The trial [[opened in Paris on Monday, opened in Paris on Monday]] amid heavy security.',
    'The ministry [[announced on Tuesday announced on Tuesday]] a new plan.',
    'Young people [[in the suburbs, in the suburbs]] feel abandoned.',
    'The price [[of bread, of bread]] has risen by 10%.',
    'A man [[in his forties, in his forties,]] was injured.',
    'The rescue teams [[worked through the night, worked through the night]] to free the survivors.',
    'The team [[in in]] Toulouse won again.',
    'It is [[a a]] decision that will weigh on the budget.',
    'The president is expected [[in Marseille on Thursday in Marseille on Thursday]].',
    'The law [[was adopted by the Senate, was adopted by the Senate]] on Wednesday night.',
    'The former minister [[denied the accusations. He denied the accusations.]] His lawyer will appeal.',
    'The [[water\\nwater]] level in the Seine continues to rise.',
    'The results [[will be announced, will be announced]] at 8 p.m.',
    'Several [[schools were closed, schools were closed]] in the Nord because of the snow.',
    'The prefect ordered [[the evacuation of the village, the evacuation of the village]] on Sunday.',
    '[[Schools will remain closed on Friday. Schools will remain closed on Friday.]] Parents have been warned.',
    'The price of gas [[rose by 12% in January, it rose by 12% in January]].',
    'The minister [[travelled to Kyiv on Tuesday. She travelled to Kyiv on Tuesday.]] It was her first visit.',
    'Residents of [[Aix-en-Provence, Aix-en-Provence]] voted against the project.',
    'The decision [[was announced on Monday\\nwas announced on Monday]] by the club.',
    '[[More than 3,000 people, more than 3,000 people]] attended the funeral.',
    'He promised to [[lower taxes for the middle classes lower taxes for the middle classes]].',
]
NEGATIVES = [
    'He said he had had enough of the delays.',
    'She said that that was not true.',
    'What it is is a question of money.',
    'It was a very, very difficult year for farmers.',
    '"No, no, no," the coach said after the match.',
    'Prices went up again and again last year.',
    'More and more young people are leaving rural areas.',
    'The negotiations progressed step by step.',
    'Day after day, the rescuers searched the rubble.',
    'The protesters chanted "Macron, resign! Macron, resign!" outside the prefecture.',
    'It took many, many years to rebuild the cathedral.',
    'The talks, the minister said, would continue.',
    'The team lost, and lost badly.',
    'Those who knew him knew he would not give up.',
    'She won, she said, because she had worked harder.',
    'The Bora Bora lagoon is threatened by warming waters.',
    'The law is the law, the minister said.',
    'Little by little, the town came back to life.',
    'Sirhan Sirhan was denied parole again.',
    '"Thank you, thank you," the singer told the crowd.',
    'They waited for hours and hours at the border.',
    'The company said it would sell its stake. The company, founded in 1962, employs 4,000 people.',
    'The mayor of Paris and the mayor of Lyon signed the letter together.',
    'Whoever wins, wins by a small margin.',
    'The more it rains, the more the river rises.',
    'He repeated: "We will win. We will win."',
    'Face to face, the two candidates clashed over pensions.',
    'The bill was adopted. The bill, which has been criticised by unions, will come into force in May.',
    'Paris Saint-Germain beat Paris FC 3-1.',
    'The Baden-Baden summit ended on Friday.',
    'The price rose, then rose again.',
    '"Never again," the survivors said. "Never again."',
    'Is it true? It is true, the minister admitted.',
    'Nurses in Lille, nurses in Lyon and nurses in Marseille joined the strike.',
    'The station was closed.\\n\\nThe station was closed again on Tuesday after a new alert.',
    'Agreed. Agreed, but on one condition, the union replied.',
    'Side by side, the survivors walked in silence.',
    'They talked and talked until midnight.',
    'Over and over, the witnesses described the same scene.',
    'The unions said no, no to the reform and no to the cuts.',
    'The strike was over. The strike, which began in March, cost the company millions.',
    'Step by step, day by day, the town rebuilt itself.',
    '"Liberté, liberté," the crowd sang in front of the town hall.',
    'Gas prices rose. Electricity prices rose too.',
    'She wrote and wrote, night after night.',
    "The minister spoke to the press. The minister's office later clarified her remarks.",
    '"Faster, faster," the coach shouted.',
    'The river rose and rose until the dike broke.',
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
