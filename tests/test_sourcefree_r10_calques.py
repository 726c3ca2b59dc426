"""Issue 13, round 10: calques as classes: vote tallies, 'contre' in comparisons, light verbs, institutional phrasings, locutions and press idioms."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The calque warnings (CAL001, CAL002, CAL004) of a text."""
    report = check_text(text, Config(models=False, select=("CAL",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


FRENCH_SHAPES = [
    ('Bernal had passed in head at the summit.', 'in head'),
    ('The deal creates the number two of the world of rail equipment.', 'number two of the world'),
    ('The second tour of the presidential election takes place on Sunday.', 'tour'),
    ('The bill was adopted by 305 votes against 199.', 'votes against 199'),
    ('Unemployment fell to 7.1%, against 7.4% a year earlier.', 'against'),
    ('Several mayors made him remark that anger was growing.', 'made him remark that'),
    ('She was director of cabinet of the minister.', 'director of cabinet'),
    ('The attacker was shot down by police officers.', 'shot down'),
    ('Justice is passed, said the mother.', 'Justice is passed'),
    ('The group weighs 15 billion euros of turnover.', 'weighs'),
    ('Employees do not want to be the variable of adjustment.', 'variable of adjustment'),
    ('The stadium was full to cracking for the final.', 'full to cracking'),
    ('Lyon opened the score in the tenth minute.', 'opened the score'),
    ('He crossed the line with two minutes of advance on his rival.', 'minutes of advance'),
    ('The tributes multiplied after his death.', 'tributes multiplied'),
    ('The line counts fifteen stations.', 'counts'),
    ('We will win twenty minutes every morning.', 'win twenty minutes'),
    ('The accident had marked spirits in the region.', 'marked spirits'),
    ('He will assume the functions of head of state.', 'assume the functions of'),
    ('Without surprise, the incumbent was re-elected.', 'Without surprise'),
    ('We are at the limit of the rupture, doctors warned.', 'at the limit of the rupture'),
    ('The minister gave a press point on Tuesday.', 'press point'),
    ('Police proceeded to the arrest of three suspects.', 'proceeded to the arrest'),
    ('Thousands of people descended in the street to protest.', 'descended in the street'),
    ('He was named at the head of the ministry.', 'at the head of'),
    ('The minister brought his support to the mayor.', 'brought his support to'),
    ('The company has beaten its record of sales.', 'record of sales'),
    ('He will present himself to the presidential elections.', 'present himself to the presidential elections'),
    ('She is candidate to the presidency of the region.', 'candidate to the presidency'),
    ('The exit of the UK was negotiated for years.', 'exit of'),
    ('The mayor refused the permit to construct.', 'permit to construct'),
    ('He was taken to the house of arrest of Fresnes.', 'house of arrest'),
    ('The price of the barrel climbed to 90 dollars.', 'price of the barrel'),
    ('Lyon imposed itself 2-1 against Nice.', 'imposed itself'),
    ('Concretely, the reform will raise the retirement age.', 'Concretely'),
    ('The young of the suburbs are angry.', 'young of the suburbs'),
    ('The government wants to realise economies of 10 billion.', 'realise economies'),
    ('The two men came to the hands outside the bar.', 'came to the hands'),
    ('The negotiations are at the dead point.', 'at the dead point'),
    ('He has taken knowledge of the report.', 'taken knowledge of'),
    ('The team took the head of the race.', 'took the head of the race'),
    ('The reform makes consensus among economists.', 'makes consensus'),
    ('The video made scandal on social networks.', 'made scandal'),
    ('The festival beats its full.', 'beats its full'),
    ('The singer made a tabac with his album.', 'made a tabac'),
    ('Patients reported thousands of undesirable effects.', 'undesirable effects'),
    ('The guard of the seals presented the bill.', 'guard of the seals'),
    ('The Court of Accounts criticised the spending.', 'Court of Accounts'),
    ('The spokesman of the government said no decision had been taken.', 'spokesman of the government'),
    ('The instruction judge ordered his release.', 'instruction judge'),
    ('He was sentenced to two years of firm prison.', 'firm prison'),
    ('At the hour of the internet, newspapers must adapt.', 'At the hour of'),
    ('It remains that the deficit is too high.', 'It remains that'),
    ('To note that the museum will be closed on Monday.', 'To note that'),
    ('On his side, the minister denied any wrongdoing.', 'On his side'),
    ('In the same time, prices rose.', 'In the same time'),
    ('This is notably the case of France.', 'the case of'),
    ('The aid will be paid under the form of a loan.', 'under the form of'),
    ('The deal was signed under reserve of approval.', 'under reserve of'),
    ('The decision was taken on the base of the results.', 'on the base of'),
    ('In the optic of the elections, the party is preparing.', 'In the optic of'),
    ('The sum was paid to the title of damages.', 'to the title of'),
    ('The reform must be done in the respect of the law.', 'in the respect of'),
    ('The decision was taken at the detriment of workers.', 'at the detriment of'),
    ('In view to the Olympics, the club hired a new coach.', 'In view to'),
    ('The match was cancelled in reason of the weather.', 'in reason of'),
    ('The hospital is in lack of nurses.', 'in lack of'),
    ('Jobs are being lost at the rhythm of 1,000 a month.', 'at the rhythm of'),
    ('The response was not at the measure of the crisis.', 'at the measure of'),
    ('The facts date back to 2015.', 'The facts date back'),
    ('The facts took place in a bar in Lyon.', 'The facts took place'),
    ('Protests broke out a bit everywhere in France.', 'a bit everywhere'),
    ('The deficit grows each time more.', 'each time more'),
    ('On the front of unemployment, the news is good.', 'On the front of unemployment'),
    ('The engineers followed the landing with the breath suspended.', 'with the breath suspended'),
    ('He did a thousand little trades before joining the army.', 'a thousand little trades'),
    ('We do not know to which sauce we will be eaten.', 'to which sauce we will be eaten'),
    ('The tension climbed by one notch in the bay.', 'climbed by one notch'),
    ('The pill was modified at the demand of the agency.', 'demand'),
]


@pytest.mark.parametrize("text,span", FRENCH_SHAPES)
def test_french_shape_is_reported(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), (text, found)
