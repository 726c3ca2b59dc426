"""UNT003 leaves the words of a sentence that UNT001 reports whole as French: one finding for one slip."""
from checker.api import check_text
from checker.config import Config

SOURCE = "Le ministre a parlé lundi. Le gouvernement a annoncé mardi une réforme des retraites. Les syndicats ont réagi."


def codes(text: str) -> list[str]:
    report = check_text(text, Config(models=False), source=SOURCE)
    return sorted(f.code for f in report.findings if f.category.value == "untranslated")


def test_a_sentence_left_in_french_is_reported_once_by_unt001():
    text = "The minister spoke on Monday. Le gouvernement a annoncé mardi une réforme des retraites. The unions reacted."
    assert codes(text) == ["UNT001"]


def test_a_word_copied_into_an_english_sentence_is_still_unt003():
    text = "The minister spoke on Monday. The government announced on Tuesday a reform of the retraites. The unions reacted."
    assert "UNT003" in codes(text)
