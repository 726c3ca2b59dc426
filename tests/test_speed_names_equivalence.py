"""The shortcuts of the names, loanword, transliteration and entity code give what the plain forms gave."""
from __future__ import annotations

import random
import re
import sys

import pytest

from checker.lang.langid import WordLanguage, has_french_letters
from checker.lang.loanwords import FIRST_WORD_RE, find_loanwords, opens_noted
from checker.lang.names import (APOSTROPHES, HYPHENS, PARTICLES, TOKEN_RE, WORD_RE, extract_names,
                                normalise_marks)
from checker.parsers import parse
from checker.rules.entities.variants import _deletions, _surname_slip, edit_distance, spelling_variants
from checker.rules.transliteration import respelled
from checker.rules.transliteration.forms import capitalised_parts

PIECES = """de De von der van la le al-Assad Al-Assad el-Sisi Jong-un Kim l'État d'Estaing e.g. U.S. Mr. café Café
été -- - ' ’ ’s 's A. J. 2020 x_y NATO AP-HP foo-Bar abc-déf well-known e\u0301t « » “ ” ( ) . , ; : ! ?
… the said President Putin's Ursula Leyen Charles Gaulle sur Seine o'Neil O'Neil d' l' bin Monday May may He des
desk del della de-facto œuvre Über über DE-DE x-Y a-b-c-d-e ﬁne ǅemal İstanbul ß Straße Kelvin ſole K
Dmitry Rogozine Zarqawi Zarqaoui coup d'état à la carte gilets jaunes banlieues""".split()
GAPS = [" ", " ", " ", "", ", ", ". ", "\n", "\n\n", "-", "'", "\u00a0", "  ", ".\u00a0", "\u2003"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(GAPS) for _ in range(rng.randint(1, 50))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(3))
def test_tokens_are_words_with_plain_stretches_taken_whole(seed):
    for text in _texts(seed, 300):
        words = []
        for match in TOKEN_RE.finditer(text):
            if match.lastgroup == "plain":
                stretch = WORD_RE.findall(match.group())
                assert all(w.islower() for w in stretch) and stretch[0] not in PARTICLES
                words.extend(stretch)
            else:
                words.append(match.group())
        assert words == WORD_RE.findall(text)


def _normalise_char_by_char(text: str) -> str:
    out = []
    for ch in text.casefold():
        out.append("-" if ch in HYPHENS else "'" if ch in APOSTROPHES else " " if ch.isspace() else ch)
    return "".join(out)


def test_normalise_marks_maps_every_space_hyphen_and_apostrophe():
    spaces = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
    assert normalise_marks(spaces) == " " * len(spaces)
    for text in _texts(7, 200) + ["Jong‑Un’s", "Jean\u2010Luc\u00a0O’Neil\u2003X"]:
        assert normalise_marks(text) == _normalise_char_by_char(text)


def test_capitalised_parts_open_on_a_capital_with_no_other():
    for text in _texts(11, 200):
        expected = []
        for match in WORD_RE.finditer(text):
            for part in re.finditer(r"[^-‐‑'’]+", match.group()):
                piece = part.group()
                if piece[0].isupper() and not any(ch.isupper() for ch in piece[1:]):
                    expected.append((match.start() + part.start(), match.start() + part.end(), piece, match.group()))
        assert list(capitalised_parts(text)) == expected


def test_respelled_word_index_answers_as_the_searches():
    for text in _texts(13, 200):
        for word in set(WORD_RE.findall(text)) | {"Rogozine", "Zarqawi", "zz"}:
            part = re.split(r"[-‐‑'’]", word)[-1] or "x"
            assert respelled._occurs(part, text) == (re.search(rf"\b{re.escape(part)}\b", text) is not None)
            assert respelled._after_given_name(text, part) == (
                re.search(rf"[A-ZÀ-Ý][\w’'‐‑-]*[ \u00a0]+{re.escape(part)}\b", text) is not None)


def test_a_surname_slip_is_one_deletion_away():
    rng = random.Random(5)
    letters = "abcdeklmnost"
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))
        b = list(a)
        op = rng.randrange(4)
        i = rng.randrange(len(b))
        if op == 0:
            b.insert(i, rng.choice(letters))
        elif op == 1 and len(b) > 3:
            del b[i]
        elif op == 2:
            b[i] = rng.choice(letters)
        elif i + 1 < len(b):
            b[i], b[i + 1] = b[i + 1], b[i]
        b = "".join(b)
        if _surname_slip(a, b) or edit_distance(a, b, 1) <= 1:
            assert _deletions(a, twice=False) & _deletions(b, twice=False)


def test_one_edit_is_the_edit_distance_within_one():
    from checker.rules.entities.variants import _one_edit

    rng = random.Random(3)
    for _ in range(20000):
        a = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 6)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 6)))
        assert _one_edit(a, b) == (edit_distance(a, b) <= 1), (a, b)


def test_long_names_two_letters_apart_are_still_compared():
    text = ("Arnold Schwarzenegger spoke. Arnold Schwarzenegger left. Arnold Schwarzenegger returned. "
            "Arnold Schwarzeneger smiled.")
    doc = parse(text, "text")
    found = spelling_variants(extract_names(doc.text, doc.blocks), "en", doc.text)
    assert [(v.text, v.suggestion) for v in found] == [("Arnold Schwarzeneger", "Arnold Schwarzenegger")]


def test_a_sentence_without_a_noted_first_word_has_no_noted_loanword():
    for text in _texts(17, 300) + ["The gilets jaunes and the banlieues", "a coup d'état à la carte"]:
        noted = any(loan.note for loan in find_loanwords(text))
        assert not noted or any(map(opens_noted, WORD_RE.findall(text)))
        assert opens_noted("gilets") and not opens_noted("coup")


def test_loanword_first_words_are_the_parts_of_the_words():
    for text in _texts(19, 200):
        parts = [p for w in WORD_RE.findall(text) for p in FIRST_WORD_RE.findall(w)]
        assert parts == FIRST_WORD_RE.findall(text)


def test_french_acronyms_skip_only_blocks_without_one():
    from checker.lang.untranslated import _acronym_hint, _acronyms, french_acronyms
    _, regex = _acronyms()
    acronyms = "CEDEAO OTAN OTANs xOTAN OTAN-x OTAN. OTAN.x ONU OMS OMSA (OMS) UE UEFA U.E. PIB".split()
    texts = ["".join(rng.choice(acronyms + PIECES) + rng.choice(GAPS) for _ in range(30)) for rng in
             [random.Random(i) for i in range(200)]]
    texts += ["The CEDEAO met; l'OTAN said, the PIB rose, xOTAN, OTANs and (OMS)", "ONU"]
    for text in texts:
        for start in (0, 1, len(text) // 2):
            hinted = [m.span() for h in _acronym_hint().finditer(text, start, len(text))
                      if (m := regex.match(text, h.start(), len(text)))]
            assert hinted == [m.span() for m in regex.finditer(text, start, len(text))]
            found = [(a.start, a.end) for a in french_acronyms(text, start, len(text))]
            assert set(found) <= {m.span() for m in regex.finditer(text, start, len(text))}
            if regex.search(text, start, len(text)) is None:
                assert found == []
    text = texts[-2]
    assert [a.french for a in french_acronyms(text, 0, len(text))] == ["CEDEAO", "OTAN", "PIB"]
    assert [a.french for a in french_acronyms(text, 5, len(text))] == ["OTAN", "PIB"]


def test_word_language_derived_values():
    for word, en, fr, function, elided in (("également", 0.0, 5.59, False, False), ("the", 7.73, 5.35, False, False),
                                           ("promulgué", 0.0, 2.0, False, False), ("l'eau", 1.0, 4.0, True, True)):
        lang = WordLanguage(word, en, fr, function, elided)
        assert lang.lean == fr - en
        assert lang.french == (elided or (fr >= 3.0 and fr - en >= 2.0)
                               or (en < 1.0 and fr >= 1.5 and has_french_letters(word)))
        assert lang == WordLanguage(word, en, fr, function, elided) and "lean" not in repr(lang)


def test_french_names_are_found_with_their_particles():
    text = "Le président Charles de Gaulle et Ursula von der Leyen ont rencontré l'émir à Paris."
    doc = parse(text, "text", lang="fr")
    assert [m.text for m in extract_names(doc.text, doc.blocks, "fr")] == [
        "Charles de Gaulle", "Ursula von der Leyen", "Paris"]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
