"""OMI008: a French first- or second-person subject with no English word of that person."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config


def _found(text: str, source: str, models: bool = False) -> list[str]:
    report = check_text(text, Config(models=models, select=("OMI008",)), source=source)
    return [f.text for f in report.findings if f.code == "OMI008"]


@pytest.mark.parametrize("text, source, expected", [
    ("A lawyer announced an appeal, but have not heard that a complaint was filed.",
     "Un avocat a annoncé un recours, mais je n'ai pas entendu dire qu'une plainte avait été déposée.", ["heard"]),
    ("Keep it up and will encourage the others to work less.",
     "Continuez comme ça et vous encouragerez les autres à travailler moins.", ["encourage"]),
    ("Since 2010, have lived in Lyon with the whole family.",
     "Depuis 2010, nous vivons à Lyon avec toute la famille.", ["lived"]),
    # the person named in another function: an object, a possessive
    ("If one day I start to feel guilty, all I have to do is read an article like this.",
     "Si un jour je commence à culpabiliser, il me suffit de lire un article comme celui-ci.", []),
    ("My family has lived in Lyon since 2010.", "Nous vivons à Lyon depuis 2010.", []),
    # 'vous' as an object clitic
    ("Reading this introduction would help you learn a lot about Persian grammar.",
     "La lecture de cette introduction vous aiderait à apprendre beaucoup sur la grammaire persane.", []),
    ("This introduction would help learn a lot about Persian grammar.",
     "Cette introduction vous aiderait à apprendre beaucoup sur la grammaire persane.", []),
    # a subject shared in a coordination; the third person
    ("We came, saw the damage and left before the night.",
     "Nous sommes venus, nous avons vu les dégâts et nous sommes partis avant la nuit.", []),
    ("They said the company would close, and that it would not reopen.",
     "Ils ont dit que l'entreprise fermerait, et qu'elle ne rouvrirait pas.", []),
])
def test_lost_person(text, source, expected):
    assert _found(text, source) == expected


def test_one_finding_per_person_and_sentence():
    found = _found("For me, have a tendency to buy Apple, because like their philosophy.",
                   "Pour ma part, j'ai tendance à acheter Apple, car j'aime leur philosophie.")
    assert found == []  # "me" names the first person: the sentence keeps it
    found = _found("Have a tendency to buy Apple, because like their philosophy.",
                   "J'ai tendance à acheter Apple, car j'aime leur philosophie.")
    assert len(found) == 1
