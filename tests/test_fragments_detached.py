"""FRG003 (checker/rules/fragments/detached_clause.py): a clause or phrase that cannot stand alone after a full stop."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.fragments.detached_clause import detached


def frg003(text: str) -> list[str]:
    return [f.text for f in check_text(text, Config(select=("FRG003",))).findings]


@pytest.mark.parametrize("text, fragment", [
    ("The minister announced the reform on Monday. Because the unions had refused to negotiate.", "Because"),
    ("Prices rose sharply in the capital last year. Whereas wages stagnated in the provinces.", "Whereas"),
    ("The government has denied the report. Which the opposition contests.", "Which"),
    ("The strike was called off on Tuesday evening. Unless the talks fail again next week.", "Unless"),
    ("He said in the evening that he would stay. The reform, which will be debated in the Senate in May.",
     "The reform"),
    ("The company lost the contract in 2019. Its chief executive having resigned a month earlier.", "Its chief"),
    ("Firefighters fought the blaze all night. The fire, started by a faulty cable in the basement.", "The fire"),
    ("The trial opened in Paris on Monday. Accused of embezzling public funds for ten years.", "Accused"),
    ("The minister left without a word. Having refused to answer questions from the press.", "Having"),
    ("The museum reopened on Sunday. Although the stolen jewels have not been found.", "Although"),
    ("The vote was postponed until next week. When the committee examined the text.", "When"),
    ("Bed bugs do not transmit disease. The main consequences being insomnia and anxiety.", "The main"),
    ("The deal was signed in Brussels. Even though several countries had opposed it.", "Even though"),
    ("The mayor resigned on Friday. The council, whose members had asked for an audit.", "The council"),
    ("The bill was adopted in the night. Leaving the opposition without a voice in the debate.", "Leaving"),
])
def test_detached_pieces_are_reported(text, fragment):
    found = frg003(text)
    assert len(found) == 1 and found[0].startswith(fragment)


@pytest.mark.parametrize("text", [
    "The minister announced the reform. Because the unions refused, the talks collapsed.",
    "The minister announced the reform. Which union will sign first?",
    "He was asked why. “Because we had no choice,” he said.",
    "He was asked why. \"Because we had no choice.\" The room fell silent.",
    "The minister announced the reform. The reform, which angered teachers, was adopted on Monday.",
    "Having failed twice, the company tried again. It won the contract in May.",
    "The talks were long. Raising taxes is never popular with voters.",
    "The talks were long. Being a minister is a hard job these days.",
    "The mayor, who was elected in 2020, announced his resignation on Friday. He gave no reason.",
    "The talks failed. The unions, angered by the reform, called a strike for Thursday.",
    "The talks failed. The unions having called a strike, the government gave way.",
    "The talks failed. When the unions arrived the meeting had already ended.",
    "The talks failed. Speaking to reporters, the minister blamed the unions for the deadlock.",
    "Why did the talks fail? Because the unions refused.",
    "The talks failed. The president of the union, Sophie Binet, welcomed the decision.",
    "The talks failed. The union, which represents teachers, wants a new round of talks.",
    "The talks failed. Those who had hoped for a deal were disappointed.",
    "The police, who had been alerted, stepped in. The crowd dispersed quietly after an hour.",
    "The president, Miguel Díaz-Canel, appeared on television in fatigues and warned looters.",
    "The talks failed. ETIM, which is fighting for independence - the former name of the region - was banned.",
    "Because the government withdrew the reform.",
    "# The reform\n\nBecause the unions refused.",
    "Strike called off\n\nBecause the unions refused to negotiate.",
])
def test_complete_sentences_and_traps_are_left_alone(text):
    assert frg003(text) == []


def test_kinds():
    for text, kind in (("Because they refused.", "subordinate"), ("Having refused to sign the text.", "participle"),
                       ("The reform, which was withdrawn.", "phrase"), ("The reform was withdrawn.", None)):
        assert detached(text, 0, len(text)) == kind, text
