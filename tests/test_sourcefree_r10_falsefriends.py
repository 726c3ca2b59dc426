"""Issue 13, round 10: false friends in the slots of their French sense (affection, saluer, exposition, expérience, destitution, confier, toucher …)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The false-friend warnings (FFR001-FFR004) of a text."""
    report = check_text(text, Config(models=False, select=("FFR",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


FRENCH_SHAPES = [
    ('A serious and incurable affection of the lungs.', 'affection'),
    ('The patient suffers from a rare skin affection.', 'affection'),
    ('Unions saluted the decision of the government.', 'saluted'),
    ('“It is a great day,” saluted the mayor.', 'saluted'),
    ('The farmers salute a text long awaited.', 'salute'),
    ('The exposition opens at the Louvre on Thursday.', 'exposition'),
    ('It is the exposition of the year.', 'exposition'),
    ('The experience involved dozens of engineers.', 'experience'),
    ('The scientists conducted an experience in the laboratory.', 'experience'),
    ('Parliament voted the destitution of the president.', 'destitution'),
    ('The authorities advanced a toll of 200 dead.', 'advanced'),
    ('The car offers up to 410 kilometres of autonomy.', 'autonomy'),
    ('The deputies qualified the reform of scandalous.', 'qualified'),
    ('It is a vote that deputies from several groups qualify as historic.', 'qualify'),
    ('The inquiry was confided to the judicial police.', 'confided'),
    ('The minister was touched by a bullet in the leg.', 'touched'),
    ('The regions most touched by the floods will receive aid.', 'touched'),
    ('The works should be achieved by the end of 2025.', 'achieved'),
    ('He engaged in the army at 18.', 'engaged'),
    ('Only one train in three will circulate on Tuesday.', 'circulate'),
    ('Traffic was heavily perturbed on line 13.', 'perturbed'),
    ('The scrutiny will take place on 12 June.', 'scrutiny'),
    ('The retreat at 64 was adopted by decree.', 'retreat'),
    ('The president will pronounce a discourse on Tuesday.', 'discourse'),
    ('The stage lasted six months at the ministry.', 'stage'),
    ('He rests convinced that the plan will work.', 'rests'),
    ('The goalkeeper played a determinant role in the victory.', 'determinant'),
    ('Police verbalised 300 drivers over the weekend.', 'verbalised'),
    ('The summit reunited 30 heads of state in Paris.', 'reunited'),
    ('She inscribed herself at university in Lyon.', 'inscribed'),
    ('An expertise was ordered by the judge.', 'expertise'),
    ('The neighbour remarked the absence of the car.', 'remarked'),
    ('Millions of people regarded the match on television.', 'regarded'),
    ('His avocado said he would appeal.', 'avocado'),
    ('Tax recipes fell by 3% last year.', 'recipes'),
    ('70% of the people interrogated by Ifop support the reform.', 'interrogated'),
    ('All flights are complete until Sunday.', 'complete'),
    ('The police dressed a report of the damage.', 'dressed'),
    ('The house was sold by a particular.', 'particular'),
    ('He will be judged for murder before the assizes.', 'judged'),
    ('He risks ten years in prison.', 'risks'),
    ('The unions, for their part, remain prudent.', 'prudent'),
    ('She hailed a historical moment for democracy.', 'historical'),
]


@pytest.mark.parametrize("text,span", FRENCH_SHAPES)
def test_french_shape_is_reported(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), (text, found)
