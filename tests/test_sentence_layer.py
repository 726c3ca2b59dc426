"""One sentence layer (issue 12): clauses.sentence_starts and is_abbreviation_stop are the splitter of
checker/lang/sentences.py, with the one abbreviation list of checker/data/abbreviations.yaml."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.data.cache import load_yaml
from checker.lang import clauses, sentences
from checker.lang.sentences import is_abbreviation_stop, sentence_starts, split_sentences

TEXT = ("Mr. Smith met Dr. Jones at 10 a.m. on Monday. the talks failed... The U.S. envoy left. "
        "“Why?” she asked. He said it was “over”. Prices rose 5 lbs. in weight, No. 2 said. Jan. The end!")


def test_sentence_starts_are_the_splitter_sentences():
    spans = split_sentences(TEXT)
    starts = sentence_starts(TEXT)
    assert [p for p, _ in starts] == [s for s, _ in spans]
    assert starts[0][1] == -1
    for (start, stop), (prev_start, prev_end) in zip(starts[1:], spans):
        assert prev_start <= stop < prev_end and TEXT[stop] in ".!?…"


def test_clauses_reexports_the_one_splitter():
    assert clauses.sentence_starts is sentence_starts and clauses.is_abbreviation_stop is is_abbreviation_stop
    assert not hasattr(clauses, "ABBREVIATIONS") and not hasattr(clauses, "NUMBER_ABBREVIATIONS")


def test_lowercase_continuations_start_sentences():
    text = "Deliveries to Russia. intended for its assault. He left."
    assert [text[p:p + 8] for p, _ in sentence_starts(text)] == ["Deliveri", "intended", "He left."]


@pytest.mark.parametrize("text", ["He said it was “over”. Then he left.", "He spoke (briefly). Then he left.",
                                  "He left... Then he came back."])
def test_a_stop_after_a_closing_mark_or_an_ellipsis_ends_a_sentence(text):
    assert len(sentence_starts(text)) == 2


def test_abbreviation_list_is_one_data_file():
    data = load_yaml("abbreviations")
    assert set(data) == {"nonfinal", "nonfinal_fr", "final", "no_lower", "before_number"}
    for word in data["nonfinal"].split():
        text = f"The envoy {word}. smith arrived."
        assert is_abbreviation_stop(text, text.index(". smith")), word
        assert len(split_sentences(text)) == 1, word
    for word in data["final"].split() + data["no_lower"].split():
        text = f"It cost 5 {word}. and more."
        assert is_abbreviation_stop(text, text.index(". and")), word
        assert len(split_sentences(text)) == 1, word
    assert sentences.NONFINAL <= frozenset(data["nonfinal"].split())


@pytest.mark.parametrize("text, dot_before, expected", [
    ("It was 12 in. thick.", " thick", True),
    ("He stayed in. the rest left.", " the", False),
    ("See No. 5 on the list.", " 5", True),
    ("He said no. then he left.", " then", False),
    ("Nathaniel P. Morris wrote it.", " Morris", True),
    ("Call me. then leave.", " then", False),
    ("He said it was “over”. then he left.", " then", False),
])
def test_is_abbreviation_stop(text, dot_before, expected):
    assert is_abbreviation_stop(text, text.index(dot_before) - 1) is expected


def test_french_titles_only_in_french():
    text = "Il a vu M. Dupont et Me Martin. Puis il est parti."
    assert len(split_sentences(text, lang="fr")) == 2
    assert is_abbreviation_stop("voir Me. Martin", 7, lang="fr") and not is_abbreviation_stop("call me. now", 7)


def test_attribution_after_a_quoted_sentence_names_the_nearest_clause():
    text = ("Marine Le Pen said that the party was \"ready to govern\". Jordan Bardella, the president of the "
            "party, declared on BFMTV that the movement was ready for power, he added.")
    [finding] = check_text(text, Config(select=("ATT004",))).findings
    assert "after 'Jordan Bardella" in finding.message


def test_clause_word_lists_come_from_data():
    from checker.lang import names
    assert clauses.NAME_PARTICLES is names.NAME_PARTICLES and clauses.CALENDAR is names.CALENDAR  # name_words.txt
    assert clauses.SUBJECT_PRONOUNS == frozenset("he she they it we i".split())
    assert "monday" in clauses.CALENDAR and "com" in clauses.LOWER_AFTER_STOP


def test_speech_participles_is_built_once():
    assert clauses.speech_participles() is clauses.speech_participles()
    assert {"saying", "adding"} <= clauses.speech_participles()


def test_reporting_clause_patterns_from_the_regex_cache():
    subject_first, verb_first, according = clauses._clause_regexes()
    assert subject_first.match("the minister said")
    assert verb_first.match("said the minister")
    assert clauses._double_verb_regex().search("“We will win,” said he added.")
