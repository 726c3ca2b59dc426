"""ADD003: a lone English modifier in a sentence pair whose every French content word is linked (rule-only)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config


def _found(text: str, source: str, models: bool = False) -> list[str]:
    report = check_text(text, Config(models=models, select=("ADD003",)), source=source)
    return [f.text for f in report.findings if f.code == "ADD003"]


@pytest.mark.parametrize("text, source, expected", [
    ("The government presented its controversial reform to parliament on Wednesday.",
     "Le gouvernement a présenté sa réforme au parlement mercredi.", ["controversial"]),
    ("The president secretly signed the decree on Friday.", "Le président a signé le décret vendredi.", ["secretly"]),
    ("The government presented its reform to parliament on Wednesday.",
     "Le gouvernement a présenté sa réforme au parlement mercredi.", []),
    # a French word the lexicon does not pair may be the modifier's source
    ("The company announced the permanent closure of its factory in the north.",
     "L'entreprise a annoncé la fermeture définitive de son usine dans le nord.", []),
    # a name, and a second unlinked English word: a free rendering, not a lone insertion
    ("The government presented its controversial reform to the Bundestag on Wednesday.",
     "Le gouvernement a présenté sa réforme au parlement mercredi.", []),
    ("The government proudly presented its controversial reform to parliament on Wednesday.",
     "Le gouvernement a présenté sa réforme au parlement mercredi.", []),
])
def test_added_modifier(text, source, expected):
    assert _found(text, source) == expected


def test_added_modifier_needs_the_source():
    report = check_text("The president secretly signed the decree on Friday.", Config(models=False, select=("ADD003",)))
    assert not [f for f in report.findings if f.code == "ADD003"]
