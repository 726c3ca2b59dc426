"""False friends and idiom calques by coverage (issue 13, round 11): the idiom table and the look-alikes of news prose."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.data.cache import load_yaml
from checker.rules.calque import structures
from checker.rules.false_friends import structure as ff

REFERENCES = Path("/work/shared/data/wmt_news_fr_en.jsonl")


def _idioms(text: str) -> list[str]:
    mine = {id(p) for p in structures.idiom_patterns()}  # one pattern per shape
    return [text[s:e] for s, e, p in structures.structure_hits(text) if id(p) in mine]


def _look_alikes(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in ff.structure_hits(text)]


def test_idiom_table_is_broad_and_every_shape_compiles():
    data = load_yaml("calque_idioms")
    assert len(data["idioms"]) >= 200
    for pattern in structures.idiom_patterns():
        re.compile(pattern.regex)
        # every idiom is selected by words a text's word index holds: runs of letters or digits
        assert pattern.needs and all(re.fullmatch(r"[^\W_]+", w) for w in pattern.needs), pattern.french


@pytest.mark.parametrize("lemma, forms", [
    ("pull", ("pull", "pulls", "pulled", "pulling")),
    ("drop", ("drop", "drops", "dropped", "dropping")),
    ("occupy", ("occupy", "occupies", "occupied", "occupying")),
    ("pose", ("pose", "poses", "posed", "posing")),
    ("touch", ("touch", "touches", "touched", "touching")),
])
def test_regular_verbs_are_inflected(lemma, forms):
    assert structures._verb_forms(lemma, {}) == forms


@pytest.mark.parametrize("text, span", [
    ("Since the defeat the whole squad has the cockroach.", "has the cockroach"),
    ("They pulled the chestnuts from the fire once again.", "pulled the chestnuts from the fire"),
    ("The minister did not chew her words.", "not chew her words"),
    ("Her plan fell into the water last week.", "plan fell into the water"),
    ("He always puts his grain of salt in the debate.", "puts his grain of salt"),
    ("The coalition is in the cabbages after the vote.", "is in the cabbages"),
    ("The mayor sold the skin of the bear before the count.", "sold the skin of the bear"),
    ("Everyone was talking about the rain and the good weather.", "about the rain and the good weather"),
    ("That costs an eye, the tenants complained.", "costs an eye"),
    ("Police made a blow of net in the port.", "a blow of net"),
    ("The singer was on his thirty-one for the ceremony.", "on his thirty-one"),
    ("Ministers have other cats to whip this week.", "other cats to whip"),
])
def test_idiom_calques_are_found(text, span):
    assert _idioms(text) == [span]


@pytest.mark.parametrize("text", [
    "The minister took the bull by the horns and cut the budget.",
    "The opera is not my cup of tea.",
    "The child fell into the water and was rescued by a passer-by.",
    "She took her foot off the accelerator.",
    "It was a storm in a teacup, the mayor said.",
    "He put the key under the doormat before leaving.",
    "The fire service pulled the cat from the fire.",
    "The country has long had a dog in this fight.",
    "The four hundred blows is a film by Truffaut.",
])
def test_idioms_english_shares_and_literal_shapes_are_quiet(text):
    assert _idioms(text) == []


@pytest.mark.parametrize("text, span", [
    ("The ensemble of the employees went on strike.", "ensemble"),
    ("Motorists are asked to be prudent on the roads because of the ice.", "prudent"),
    ("Ticket controllers fined him 50 euros.", "controllers"),
    ("The drama occurred on Sunday; two children drowned in the lake.", "drama"),
    ("The government respected its engagement to cut taxes.", "engagement"),
    ("She paid a caution of 5,000 euros.", "caution"),
    ("Troubles broke out in the suburbs.", "Troubles"),
    ("He fully assumes his choices.", "assumes"),
    ("Several college pupils were injured.", "college"),
    ("The chauffeur of the bus was arrested.", "chauffeur"),
    ("Racist injuries were shouted at the player.", "injuries"),
    ("The prosecutor required five years in prison.", "required"),
    ("The Brazilian selection beat Germany in the World Cup match.", "selection"),
    ("The purse of Paris fell 2%.", "purse"),
    ("The militant group follows the evolution of the situation closely.", "evolution"),
    ("Nuclear centrals produce most of the country's electricity.", "centrals"),
    ("Barrels of petrol were stored in the port.", "petrol"),
    ("The nomination at the head of the agency surprised everyone.", "nomination"),
])
def test_look_alikes_in_their_french_slot_are_found(text, span):
    assert span in _look_alikes(text)


@pytest.mark.parametrize("text", [
    "The prudent investor keeps part of his savings in cash.",
    "The chamber ensemble of the opera gave a free concert.",
    "Air traffic controllers went on strike in Marseille.",
    "The Troubles in Northern Ireland left 3,500 dead.",
    "The job required five years of experience.",
    "The court released him on bail after a hearing.",
    "The drama series won three awards.",
    "She announced her engagement to the actor.",
    "Petrol prices rose again at the pump.",
    "Animation studios in Paris employ thousands of artists.",
    "The evolution of species took millions of years.",
    "She took the opportunity to thank the volunteers.",
])
def test_look_alikes_in_their_english_sense_are_quiet(text):
    assert _look_alikes(text) == []


@pytest.mark.skipif(not REFERENCES.exists(), reason="WMT14 references not installed")
def test_professional_references_raise_no_new_idiom_or_look_alike():
    new_forms = {la.forms + la.french for la in ff.look_alikes()[_first_round11():]}
    by_doc: dict[str, list[str]] = {}
    for line in REFERENCES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_doc.setdefault(row["doc_id"], []).append(row["en"])
    hits = []
    for lines in by_doc.values():
        text = "\n".join(lines)
        hits += _idioms(text)
        hits += [text[s:e] for s, e, la in ff.structure_hits(text) if la.forms + la.french in new_forms]
    assert hits == []


def _first_round11() -> int:
    """Index of the first look-alike this round added (the file's order): the first one after 'domicile'."""
    forms = [la.forms for la in ff.look_alikes()]
    return forms.index("domicile domiciles") + 1
