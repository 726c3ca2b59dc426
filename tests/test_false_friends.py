"""False friends in context: the data file, strong and weak contexts, and the English uses left alone."""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.false_friends.in_context import STEM
from checker.rules.lexicon import load_lexicon

FFR = Config(select=("FFR",))


def findings(text: str):
    return [(f.severity, f.text, f.suggestion) for f in check_text(text, FFR).findings]


def test_data_file_records_the_french_word_for_every_entry():
    entries = load_lexicon("false_friends")
    assert len(entries) >= 40
    assert len({e.data["english"] for e in entries}) >= 30
    for entry in entries:
        data = entry.data
        assert isinstance(data["french"], list) and data["french"], entry.key
        assert data.get("meaning") and data.get("why"), entry.key
        assert entry.severity in (Severity.INFO, Severity.WARNING), entry.key
        spans = [n for n in entry.regex.groupindex if n.startswith("span")]
        assert spans, f"{entry.key}: no span group"
        # the rule skips an entry when the first letters of its look-alike are not in the text
        stem = data["english"][:STEM].lower()
        assert all(stem in alternative.lower() for alternative in _span_sources(entry.regex.pattern)), entry.key
        if isinstance(entry.suggestion, dict):
            assert all(k == k.lower() for k in entry.suggestion), entry.key


def _span_sources(pattern: str) -> list[str]:
    """The regex text inside each `(?P<span...>...)` group (enough to check it names the look-alike)."""
    out = []
    for match in re.finditer(r"\(\?P<span\d*>", pattern):
        depth, i = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(pattern[i], 0) if pattern[i - 1] != "\\" else 0
            i += 1
        out.append(pattern[match.end():i - 1])
    return out


@pytest.mark.parametrize("text,span,suggestion", [
    ("The 3,000 employees actually working at the site will keep their jobs.", "actually", "currently"),
    ("The law actually in force dates from 1990.", "actually", "currently"),
    ("The actual president will not run again.", "actual", "current"),
    ("The army prepared for an eventual attack.", "eventual", "possible"),
    ("Thousands assisted at the ceremony on Sunday.", "assisted at", "attended"),
    ("We are assisting to a profound change.", "assisting to", "witnessing"),
    ("Recruits follow a formation of three months.", "formation", "training"),
    ("They offer vocational formation to young people.", "formation", "training"),
    ("Hackers stole sensible data from the ministry.", "sensible", "sensitive"),
    ("Police carried out a control of identity.", "control", "check"),
    ("The dog was taken to the vet for a control.", "control", "check"),
    ("His new novel arrives in libraries on Thursday.", "libraries", "bookshops"),
    ("The coach was deceived by the results.", "deceived", "disappointed"),
    ("Fans were very deceived after the match.", "deceived", "disappointed"),
    ("It was a deceiving season for the club.", "deceiving", "disappointing"),
    ("Investors are attending the results of the audit.", "attending", "awaiting"),
    ("It was a sympathetic evening among friends.", "sympathetic", "pleasant"),
    ("He achieved his studies in Lyon.", "achieved", "completed"),
    ("She demanded him to leave the room.", "demanded", "asked"),
    ("Neighbours prevented the police, who arrived at once.", "prevented", "alerted"),
    ("To resume, the plan failed.", "To resume", "To sum up"),
    ("He was fined for racist injuries against a referee.", "injuries", "insults"),
    ("With a bit of chance, he will win.", "chance", "luck"),
    ("The fire caused important damage to the building.", "important", "substantial"),
    ("The firm paid an important sum to the former director.", "important", "large"),
    ("The coalition disposes of an absolute majority in parliament.", "disposes of", "has"),
    ("A violent manifestation took place against the tax.", "manifestation", "demonstration"),
    ("The minister precised that the plan was final.", "precised", "specified"),
    ("Kigali had evoked the possibility of reprisals.", "evoked", "raised"),
    ("The factory closed definitely in 2012.", "definitely", "definitively"),
    ("The repairs will be made in the shortest delays.", "delays", "deadlines"),
    ("The reunion of ministers ended without agreement.", "reunion", "meeting"),
    ("The ancient minister was charged with fraud.", "ancient", "former"),
    ("The line is no longer economically rentable.", "rentable", "profitable"),
    ("The thermal isolation of buildings is a priority.", "isolation", "insulation"),
    ("The reform is susceptible to cause unrest.", "susceptible to", "likely to"),
    ("Rivals face fierce concurrence from China.", "concurrence", "competition"),
    ("The government kept its engagements to reduce the deficit.", "engagements", "commitments"),
])
def test_strong_contexts_are_warnings(text, span, suggestion):
    assert findings(text) == [(Severity.WARNING, span, suggestion)]


@pytest.mark.parametrize("text", [
    "The plan is actually being discussed by the cabinet.",
    "The actual crisis is worse than feared.",
    "He will pass the exam next week.",
    "The global budget of the project rose.",
    "They are very sympathetic guys.",
    "The firm suffered a considerable prejudice.",
])
def test_weak_contexts_are_info(text):
    found = findings(text)
    assert found and all(severity == Severity.INFO for severity, _, _ in found), found


def test_a_business_subject_makes_rentable_a_warning():
    # "rentable" alone is a hint; a company as its subject is FFR004's slot for the French sense (profitable)
    assert findings("The company is not rentable anymore.") == [(Severity.WARNING, "rentable", None)]
    assert [severity for severity, _, _ in findings("The seats are rentable by the hour.")] in ([], [Severity.INFO])


@pytest.mark.parametrize("text", [
    "It was actually the tail of a juvenile dinosaur.",
    "The talks eventually collapsed; the eventual winner was Spain.",
    "The Russian president will attend a concert given in his honour.",
    "Nurses assisted the surgeon during the operation.",
    "The formation of a new government took three months, in close formation.",
    "It was a sensible decision, a sensible approach.",
    "The rebels took control of the city; border controls were reinforced.",
    "The library of patents and the public library were sold.",
    "She was deceived by a fake investment scheme.",
    "The minister was sympathetic to the victims.",
    "He achieved his goal and achieved a record.",
    "Protesters demanded that he resign and demanded a recount.",
    "The vaccine may prevent the disease; police prevented them from entering.",
    "She passed the exam at the first attempt.",
    "Talks will resume on Monday.",
    "He suffered a serious knee injury; injuries were reported.",
    "She has a good chance of winning, by chance.",
    "It is important to vote; an important meeting.",
    "The army must dispose of chemical weapons.",
    "Symptoms manifested within days; a manifestation of anger.",
    "The precise figures were not given.",
    "The song evokes a lost world.",
    "The flight was delayed; delays are expected.",
    "A family reunion was held in July.",
    "The ancient city of Troy.",
    "The engagement was announced in June.",
    "It is definitely not over.",
    "Effectively, the company was bankrupt.",
    "They set ambitious targets and achieved them.",
    "He kept a souvenir of Paris, a good souvenir of the trip.",
    "The band's reunion with the members of the original line-up.",
    "The Queen is patron of the club and patron of the party.",
    "Patients in home isolation were monitored.",
    "The coast is susceptible to change and susceptible to damage.",
    "It paved the way for an eventual merger and their eventual return.",
    "The answer to the question was no.",
    "The band was looking for a stage to play on.",
    "A coming-of-age film, in the coming of age of a generation.",
])
def test_english_uses_are_left_alone(text):
    assert [f for f in findings(text) if f[0] >= Severity.WARNING] == []


def test_french_text_is_not_checked():
    report = check_text("Le ministre a assisté à la cérémonie.", Config(select=("FFR",), target_lang="fr"))
    assert report.findings == []
