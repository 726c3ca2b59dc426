"""ADD001's modifier candidates: an unlinked word right before a linked content word."""
from __future__ import annotations

from checker.align.words import content_words, link_words
from checker.rules.bitext.addition import modifiers


def _modifiers(fr: str, en: str) -> list[str]:
    links = link_words(content_words(fr, 0, len(fr), "fr"), content_words(en, 0, len(en), "en"))
    return [links.target[j].text for j in modifiers(links, en)]


def test_inserted_adjective_before_a_linked_noun():
    assert _modifiers("Le véhicule a été retrouvé dans un parking près de la gare.",
                      "The expensive vehicle was found in a parking near the station.") == ["expensive"]


def test_faithful_translation_has_no_modifier_candidate():
    assert _modifiers("Le véhicule a été retrouvé dans un parking près de la gare.",
                      "The vehicle was found in a parking near the station.") == []


def test_a_word_after_its_noun_or_behind_a_function_word_is_not_a_modifier_candidate():
    # 'expensive' follows a function word and no linked content word comes right after it
    assert _modifiers("Le véhicule a été retrouvé dans un parking.",
                      "The vehicle, which was expensive, was found in a parking.") == []
