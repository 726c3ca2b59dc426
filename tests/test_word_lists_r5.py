"""One set of word lists: the rules and helpers that kept their own copies of name words, honorifics and person
nouns read checker/data/name_words.txt and speaker_lexicon.yaml (tests/test_name_core.py checks that no Python
literal copies a data list)."""
from __future__ import annotations

import pytest

from checker.compare import entities as compare_entities
from checker.data.cache import load_yaml
from checker.lang import clauses, names, untranslated
from checker.lang.names import NAME_WORDS, name_words
from checker.rules.bitext import entities as bitext_entities
from checker.rules.bitext import pronoun_gender
from checker.rules.quotes import pronoun_conflict


def test_the_readers_read_the_shared_lists():
    assert clauses.CALENDAR is names.CALENDAR and clauses.NAME_PARTICLES is names.NAME_PARTICLES
    assert untranslated.NAME_CONNECTORS is NAME_WORDS["name_connectors.fr"]
    assert bitext_entities.PARTICLES >= {"d", "l", "of", "the", "des", "sous"}
    assert compare_entities._role_words() >= name_words("role_words") | {"lawmaker", "officials", "spokeswoman"}
    assert "city" not in compare_entities._role_words()  # "the City" is a name
    assert "calendar" not in load_yaml("clause_words") and "name_particles" not in load_yaml("clause_words")


def test_no_person_noun_in_two_genders():
    nouns = pronoun_gender._person_nouns()
    assert not nouns["il"] & nouns["elle"] and not (nouns["il"] | nouns["elle"]) & nouns["epicene"]
    # the kinds MIS005 adds are neutral for the speaker model: a word in one of them and in a gendered one
    # would be read two ways
    roles = load_yaml("speaker_lexicon")["role_nouns"]
    speaker = {str(w) for kind in ("male", "female", "neutral") for w in roles[kind]}
    for kind in ("epicene", "masculine", "feminine"):
        assert not speaker & {str(w) for w in roles[kind]}, kind


@pytest.mark.parametrize("text, expected", [
    ("Le voisin a dit qu'il viendrait.", {"il"}),
    ("La voisine a appelé la police.", {"elle"}),
    ("La ministre a répondu.", {"elle"}),
    ("Le roi a parlé.", {"il"}),           # an honorific of name_words.txt
    ("Le procureur a requis.", {"il"}),    # a role noun of speaker_lexicon.yaml
    ("La procureure a requis.", {"elle"}),
    ("Le son de la cloche a retenti.", set()),  # English "son" in role_nouns is a French possessive
])
def test_mis005_person_nouns_from_the_lexicon(text, expected):
    assert pronoun_gender._person_genders(text) == expected


@pytest.mark.parametrize("text, lang, name, gender", [
    ("Mrs Clinton spoke.", "en", "Clinton", "f"),
    ("Sir Keir spoke.", "en", "Keir", "m"),
    ("Mme Royal a parlé.", "fr", "Royal", "f"),
    ("M. Hollande a parlé.", "fr", "Hollande", "m"),
    ("MM. Valls et Hollande ont parlé.", "fr", "Valls", "m"),
    ("Queen Elizabeth spoke.", "en", "Elizabeth", "f"),  # every gendered honorific of name_words.txt
    ("Le crématorium du Père Lachaise.", "fr", "Lachaise", "m"),
])
def test_honorific_genders_from_name_words(text, lang, name, gender):
    assert pronoun_conflict.honorific_genders(text, lang)[name] == gender
    assert name_words("address.male") | name_words("address.female") >= {"mr", "mrs", "m.", "mme", "mm."}


def test_no_honorific_without_a_capital_or_a_full_stop():
    assert pronoun_conflict.honorific_genders("la reine Elizabeth, M Martin, queen Mary", "fr") == {}
    assert pronoun_conflict.honorific_genders("his sister Mary, queen Anne", "en") == {}


def test_plural_address_is_no_name():
    from checker.lang.speakers import find_names, lexicon, tokenize
    text = "MM. Dupont et Durand ont signé."
    assert [m.words for m in find_names(tokenize(text, 0, len(text), "fr"), lexicon("fr"), {0}, text)] == \
        [("Dupont",), ("Durand",)]
