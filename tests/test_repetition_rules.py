"""Doubled words and phrases repeated across a comma or a line break, and the repetitions English makes
on purpose.

Sentences written for these tests, not taken from any evaluation set: `[[…]]` marks each span that must
get a warning of the category; a sentence without marks must get none (traps).
"""
from __future__ import annotations

import pytest

from checker.config import Config
from tests.marked_spans import assert_marked as _assert_marked, warnings as _warnings

CONFIG = Config(select=("REP",), models=False)


def warnings(text: str, category: str) -> list[tuple[int, int]]:
    return _warnings(text, category, CONFIG)


def assert_marked(marked: str, category: str) -> None:
    _assert_marked(marked, category, CONFIG)


POSITIVES = [
    '[[The government, the government]] announced new measures on Monday.',
    'The minister met [[the unions, the unions]] on Tuesday.',
    'The president said that [[the reform, the reform]] would pass.',
    'The strike disrupted traffic [[on Monday, on Monday]] in Paris.',
    'Prices rose sharply [[last year, last year]] in France.',
    'The victims were taken [[to hospital, to hospital]] in Lyon.',
    'He was elected [[in 2017, in 2017]] and re-elected in 2022.',
    'Police arrested [[three people, three people]] on Sunday.',
    'The decision was taken by [[the\nthe]] council on Monday.',
    'The vote will take place [[on on]]\nMonday.',
    'The minister will [[travel\ntravel]] to Brussels on Monday.',
    '[[The The]] president arrived late.',
    'The plan was [[rejected, rejected]] by parliament.',
    'The talks were held [[in Geneva, in Geneva]], the ministry said.',
    'Negotiations will resume [[next week, next week]], according to diplomats.',
    'It is [[a disaster, a disaster]] for the region, the mayor said.',
]

TRAPS = [
    'He said that that was not true.',
    'They had had enough of the strike.',
    'It was a very, very long night.',
    'The resort of Bora Bora welcomed tourists.',
    'The band Duran Duran played in Paris.',
    'The children shouted “Liberté, liberté” in the streets.',
    'Paris, Lyon, Marseille, Lille and Bordeaux were affected.',
    'The protesters chanted: “Macron, resign! Macron, resign!”',
    'He visited schools in Lyon, in Marseille and in Paris.',
    'The number rose from 10, 10 percent in 2020, to 15 percent.',
    'Step by step, the rescuers advanced.',
    'The water rose hour by hour by the river bank.',
    'They walked side by side by the canal.',
    'Again and again, again and again, the sirens rang.',
    'He repeated the word “no, no” several times.',
    'Day after day after day, the siege went on.',
    "The minister, the minister's aides and the unions met.",
    'The more we wait, the more it costs.',
    'Little by little, the economy recovered.',
    'Time after time, the team lost.',
    'One by one by one, the lights went out.',
    'She sang “Que sera, sera” at the ceremony.',
    'The government, the opposition and the unions met on Monday.',
    'The town of Baden Baden hosted the summit.',
    'Many, many people came to the rally.',
    'Far, far away, the storm raged.',
]


@pytest.mark.parametrize("marked", POSITIVES)
def test_found(marked):
    assert_marked(marked, "repetition")


@pytest.mark.parametrize("text", TRAPS)
def test_trap_left_alone(text):
    assert_marked(text, "repetition")
