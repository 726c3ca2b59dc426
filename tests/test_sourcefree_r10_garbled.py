"""Issue 13, round 10: French syntax carried into English: generic article, apposed 'lui-même', 'permettre de', dative order, tense calques, quantities."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The garbled-syntax warnings (GRB…) of a text."""
    report = check_text(text, Config(models=False, select=("GRB",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


FRENCH_SHAPES = [
    ('It was a beautiful day for the democracy.', 'the democracy'),
    ('The fight against the unemployment remains a priority.', 'the unemployment'),
    ('A world record for the French research.', 'the French research'),
    ('The new minister, himself emergency doctor in Metz, was asked to lead the mission.', 'himself emergency doctor'),
    ('He ousted the colonel, himself arrived in power by force in January.', 'himself arrived in'),
    ('No element of the file allowed to establish a fraudulent agreement.', 'to establish'),
    ('This method has allowed to reduce costs by half.', 'to reduce'),
    ('Antoine Dupont offered to France its first gold medal of the Games.', 'to France its'),
    ('Pinot, fifth of the general classification, pulled out.', 'fifth of the general classification'),
    ('Luca de Meo has made of the model the symbol of the renewal of the brand.', 'of the model the symbol'),
    ('Parisians voted at 89% for the end of scooters.', 'voted at 89%'),
    ('The wolf is settling in new territories, until Normandy and Brittany.', 'until Normandy'),
    ('The city counts its dead by thousands.', 'by thousands'),
    ('He lives in Lyon since 2010.', 'lives in Lyon since 2010'),
    ('The minister has announced on Monday a new plan.', 'has announced on Monday'),
    ('The company has closed the factory last year.', 'has closed the factory last year'),
    ('Or, the law does not allow it.', 'Or'),
    ('He left without that the police noticed.', 'without that'),
    ('Prices do not stop to increase.', 'do not stop to increase'),
    ('Within hours, thousands of curious queued at the entrances.', 'curious'),
    ('Two young were arrested on Monday.', 'young'),
    ('There is nothing of new in this report.', 'nothing of new'),
    ('All the two teams were penalised.', 'All the two'),
    ('The half of the deputies voted against.', 'The half of'),
    ('Sales reached the double of last year.', 'the double of'),
    ('Several thousands of people marched.', 'Several thousands of'),
    ('A cost inferior by a third to that of the Zoé.', 'inferior by a third'),
    ('Temperatures superior to 40 degrees are expected.', 'superior to 40 degrees'),
    ('He is no more minister since June.', 'is no more'),
    ('The reactor serves as test bench for ITER.', 'serves as test bench'),
    ('The president, he it has said many times.', 'it has'),
    ('The people of Rennes waited for it long.', 'long'),
    ('He was mayor during twelve years.', 'during twelve years'),
    ('The striker evolves at Lyon since 2019.', 'evolves'),
    ('The group of Quebec owns thousands of stores.', 'group of Quebec'),
    ('Her profile of technocrat is criticised.', 'profile of technocrat'),
    ('His role of president obliges him to be neutral.', 'role of president'),
    ('It is the first time that an American journalist is arrested for espionage.', 'is arrested'),
    ('According to the police, the man would have fled to Belgium.', 'would have fled'),
    ('Khamenei called the Muslims to rally around the resistance.', 'called the Muslims to rally'),
    ('The markets appreciated little.', 'appreciated little'),
]


@pytest.mark.parametrize("text,span", FRENCH_SHAPES)
def test_french_shape_is_reported(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), (text, found)
