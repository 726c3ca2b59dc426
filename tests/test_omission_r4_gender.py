"""MIS005 with French person nouns: the English pronouns of the other gender than the only person the French names."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.bitext.pronoun_gender import _french_genders, _noun_flips, _person_genders


@pytest.mark.parametrize("french, expected", [
    ("Un avocat a exprimé son intention.", {"il"}),
    ("La ministre a présenté son projet.", {"elle"}),
    ("Le ministre a présenté son projet.", {"il"}),
    ("Notre mère nous a quittés.", {"elle"}),
    ("Le chanteur Steven Tyler s'est blessé.", {"il"}),  # the name is the noun's person
    ("Un artiste est arrivé à Paris avec sa valise.", {"il"}),  # a place after 'à'
    ("Le rapport de l'ONU a été publié.", set()),  # an acronym is no person
])
def test_person_nouns_and_their_gender(french, expected):
    assert _person_genders(french) == expected


@pytest.mark.parametrize("french", [
    "Le juge a interrogé Marie sur son rôle.",  # a name of unknown gender
    "Marie a rencontré le juge.",
    "Selon lui, une femme et son enfant ont été tués.",  # a stressed pronoun: someone else
    "Le conducteur, son épouse et sa mère ont péri.",  # relatives named through a third person
])
def test_a_person_of_unknown_gender_leaves_the_sentence_alone(french):
    assert _person_genders(french) is None


def test_a_noun_used_as_a_modifier_is_no_person():
    assert _person_genders("Les résultats ont été publiés par sa société mère.") == set()


def test_inverted_pronouns_are_read():
    assert _french_genders("« C'est fini », énumère-t-il.") == {"il"}
    assert _french_genders("A-t-elle menti ?") == {"elle"}
    assert _french_genders("Il y a du monde.") == set()


def test_only_english_pronouns_all_of_the_other_gender_are_reported():
    assert [w for _, _, w, _ in _noun_flips("Un avocat a exprimé son intention.",
                                            "A lawyer expressed her intention.", 0)] == ["her"]
    assert _noun_flips("Un avocat a exprimé son intention.", "A lawyer expressed his intention.", 0) == []
    # both genders in English: two people, the French may not name the other one
    assert _noun_flips("Un avocat a parlé.", "The lawyer told her that he had spoken.", 0) == []


def test_the_finding_carries_the_source_sentence():
    report = check_text("A lawyer expressed her intention to take the case to court.",
                        Config(select=("MIS005",), models=False),
                        source="Un avocat a exprimé son intention de porter l'affaire devant la justice.")
    [finding] = report.findings
    assert finding.text == "her" and finding.source_span.text.startswith("Un avocat")


def test_a_sentence_with_il_is_compared_by_its_pronoun_only():
    # 'il' is present: the pronoun comparison decides, and 'her' (possessive, no gender in French) is left alone
    report = check_text("He told her mother that the lawyer would come.", Config(select=("MIS005",), models=False),
                        source="Il a dit à sa mère que l'avocat viendrait.")
    assert report.findings == []
