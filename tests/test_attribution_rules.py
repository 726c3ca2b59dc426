"""Reporting-clause heuristics of checker/lang/clauses.py and the stray-attribution rules (ATT*)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.api import check_text
from checker.config import Config
from checker.lang.clauses import (ends_with_report, find_stray_attributions, is_abbreviation_stop,
                                  reporting_clause_at, sentence_starts, speech_verb_by_form, speech_verbs)

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_dbb8f34e7e82e8cc.txt"


def strays(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in find_stray_attributions(text, 0, len(text))]


def codes(text: str, select=("ATT",)) -> list[tuple[str, str, str]]:
    return [(f.code, f.text, f.severity.label) for f in check_text(text, Config(select=select)).findings]


def test_speech_verb_lexicon_has_inflections_and_complement_flags():
    forms = speech_verb_by_form()
    for form in ("said", "says", "told", "noted", "added", "stressed", "indicated", "hammered", "declared",
                 "explained", "insisted", "warned", "argued", "pointed out"):
        assert form in forms, form
    assert forms["added"].needs_complement and not forms["insisted"].needs_complement
    assert len({v.lemma for v in speech_verbs()}) == len(speech_verbs())


@pytest.mark.parametrize("text,dot", [
    ("U.S. officials", 3), ("at 3 p.m. on", 8), ("e.g. apples", 3), ("Mr. Smith", 2), ("J. Smith", 1),
    ("and so on... and", 11), ("the No. 2 team", 6),
])
def test_abbreviation_stops(text, dot):
    assert text[dot] == "."
    assert is_abbreviation_stop(text, dot)


@pytest.mark.parametrize("text,dot", [("to Russia. intended", 9), ("in 2012. difficult", 7), ("he said. he", 7)])
def test_sentence_stops(text, dot):
    assert text[dot] == "." and not is_abbreviation_stop(text, dot)


def test_sentence_starts_keep_lowercase_continuations_and_skip_abbreviations():
    text = "Mr. Audet spoke to U.S. media. he left. “Why?” she asked. Then it ended."
    starts = [text[p:p + 4] for p, _ in sentence_starts(text, 0, len(text))]
    assert starts == ["Mr. ", "he l", "“Why", "Then"]


@pytest.mark.parametrize("clause,verb,tail", [
    ("he said.", "said", "."),
    ("he told Russian media.", "told", "."),
    ("the Russian president said on Tuesday.", "said", "."),
    ("She told reporters: “No.”", "told", ":"),
    ("He noted, saying", "noted", ","),
    ("said the minister.", "said", "."),
    ("according to the same source.", "according to", "."),
    ("He added that it was over.", "added", "clause"),
    ("He said so.", "said", "clause"),
])
def test_reporting_clause_at(clause, verb, tail):
    found = reporting_clause_at(clause, 0, len(clause))
    assert found is not None and found.verb.lower() == verb and found.tail == tail


@pytest.mark.parametrize("text", ["The United States.", "This is what he said.", "As he said.",
                                  "The agency's reports.", "So he said it.", "Asked about it, he smiled."])
def test_not_reporting_clauses(text):
    clause = reporting_clause_at(text, 0, len(text))
    assert clause is None or clause.tail not in (".", ",")


def test_ends_with_report():
    text = "“It will be signed,” he said. Then"
    assert ends_with_report(text, 0, text.index("said.") + 4)
    text = "The treaty will be signed in June. Then"
    assert not ends_with_report(text, 0, text.index("June.") + 4)


def test_stray_kinds():
    assert strays("“We are ready,” he said. he noted, saying he expected a deal.") == [("duplicate", "he noted,")]
    assert strays("“We are ready,” he said. He added.") == [("duplicate", "He added.")]
    assert strays("The deal is done. He indicated.") == [("dangling", "He indicated.")]
    assert strays("“It dropped,” said he added.") == [("double-verb", "said he added")]
    assert strays("“We will win,” he said. He added that the war would end soon.") == []
    assert strays("“What is the meaning of life?” she laments.") == []
    assert strays("“Inhabitants!” De Bock concludes.") == []


def test_rules_split_the_work_and_grade_severity():
    text = "“We are ready,” he said. he noted, saying he expected a deal. The talks failed. He insisted."
    assert codes(text) == [("ATT001", "he noted,", "warning"), ("ATT002", "He insisted.", "info")]
    assert codes("The talks failed. He told me.") == [("ATT002", "He told me.", "info")]
    assert codes("The talks failed. he told me.") == [("ATT002", "he told me.", "warning")]


def test_double_verb_suggestion():
    findings = check_text("“It dropped,” said the FAA said in a statement.", Config(select=("ATT001",))).findings
    assert [(f.text, f.suggestion) for f in findings] == [("said the FAA said", "the FAA said")]


def test_attribution_rules_are_english_only_in_effect():
    assert codes("« Nous sommes prêts », a-t-il dit. Il a ajouté.") == []


@pytest.mark.skipif(not SEED.is_file(), reason="seed article not available")
def test_seed_article():
    findings = check_text(SEED.read_text(encoding="utf-8"), Config(select=("ATT",))).findings
    assert [(f.code, f.text) for f in findings] == [("ATT001", "he noted,")]


def test_participle_doubling_without_previous_attribution_is_info():
    assert codes("Prices will rise. She warned, adding that wages would not.") == [
        ("ATT001", "She warned,", "info")]
    assert codes("Prices will rise. she warned, adding that wages would not.") == [
        ("ATT001", "she warned,", "warning")]


WORDS = ("he", "she", "He", "said", "told", "noted,", "added.", "saying", "according", "to", "the", "minister",
         "officially", "less,", "agrees.", "make", "proceed", ".", "intended", "Mr.", "U.S.", "e.g.", "“", "”",
         "his", "signature", "treaty.", "reporters", "on", "Tuesday.", "\n", "\n\n", "?", "!")


@given(st.lists(st.sampled_from(WORDS), max_size=40), st.text(max_size=30))
@settings(max_examples=150, deadline=None)
def test_families_never_crash_and_spans_are_exact(words, noise):
    text = " ".join(words) + noise
    for finding in check_text(text, Config(select=("ATT", "FRG", "GRB"))).findings:
        assert text[finding.start:finding.end] == finding.text
