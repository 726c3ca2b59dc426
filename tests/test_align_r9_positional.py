"""Leftover words paired by place only when their parts of speech agree, so that a lost French word stays visible."""
from __future__ import annotations

from checker.align.words import LEFTOVER, LEFTOVER_AGREED, content_words, kind, link_words


def _linked(fr: str, en: str) -> dict[str, tuple[str, float]]:
    source, target = content_words(fr, 0, len(fr), "fr"), content_words(en, 0, len(en), "en")
    links = link_words(source, target)
    return {source[i].text: (target[j].text, strength) for i, j, strength in links.links}


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {w.text: kind(w, lang) for w in content_words(text, 0, len(text), lang)}


def test_kinds_from_the_word_before_and_the_ending():
    fr = _kinds("Les enquêteurs ont découvert que le style a connu son apogée et l'éclipse, sans propagation.", "fr")
    assert fr["enquêteurs"] == "N" and fr["apogée"] == "N" and fr["éclipse"] == "N" and fr["propagation"] == "N"
    assert fr["connu"] == "V"
    en = _kinds("Investigators found that the style reached its peak after the signing.", "en")
    assert en["found"] == "V" and en["reached"] == "V"
    assert en["peak"] == "N" and en["signing"] == "N"  # after a determiner, an -ing form is a noun


def test_a_lost_subject_noun_is_not_paired_with_the_verb_that_opens_the_english():
    links = _linked("Les enquêteurs ont découvert que des cristaux s'étaient formés dans l'urine des chats.",
                    "Found that crystals had formed in the cats' urine.")
    assert "enquêteurs" not in links
    assert links["découvert"] == ("Found", LEFTOVER_AGREED)


def test_a_participle_is_not_paired_with_a_noun_and_a_noun_not_with_a_verb():
    links = _linked("Le style gothique a connu son apogée entre le Xe et le XIVe siècle.",
                    "The Gothic reached its peak between the 10th and the 14th century.")
    assert links.get("style", ("",))[0] != "reached"
    assert links.get("connu", ("",))[0] != "peak"


def test_a_substitution_the_lexicon_misses_is_still_paired():
    # nothing tells these two apart: the place alone pairs them, as before
    links = _linked("Cette mesure restera définitive.", "This measure will remain permanent.")
    assert links["définitive"] == ("permanent", LEFTOVER)


def test_a_verb_rendered_by_a_verb_is_paired_with_evidence():
    links = _linked("Les chercheurs ont bouclé leur enquête.", "The researchers wrapped up their inquiry.")
    assert links["bouclé"] == ("wrapped", LEFTOVER_AGREED)
    assert LEFTOVER_AGREED > LEFTOVER  # rules that trust only firm links read these as evidence
