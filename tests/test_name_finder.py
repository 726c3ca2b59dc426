"""The one name finder (checker.lang.name_finder): found once per document, read by the entity rules and the quote
model."""
from __future__ import annotations

from checker.context import Context
from checker.lang import name_finder, speakers
from checker.lang.name_finder import find_document_names
from checker.lang.names import extract_names
from checker.lang.quotes import extract_quotes
from checker.lang.speakers import QUOTE_TOKEN, Token, tokenize
from checker.parsers import parse


def _doc(text: str, lang: str = "en"):
    return parse(text, "text", lang=lang)


def _names(text: str, lang: str = "en") -> list[str]:
    doc = _doc(text, lang)
    return [m.text for m in extract_names(doc.text, doc.blocks, lang)]


def _calls(monkeypatch, module, name: str) -> list:
    calls: list = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_found_once_for_the_entity_rules_and_the_quote_model(monkeypatch):
    calls = _calls(monkeypatch, name_finder, "find_document_names")
    ctx = Context(_doc("Angela Merkel met Emmanuel Macron.\n\n“We agree,” Merkel said."))
    ctx.get("target.names")
    ctx.get("target.quotes")
    assert len(calls) == 1


def test_the_quote_model_reads_the_document_names_without_finding_names_again(monkeypatch):
    doc = _doc("“We agree,” said Angela Merkel on Monday.")
    names = find_document_names(doc.text, doc.blocks, "en")
    calls = _calls(monkeypatch, speakers, "find_names")
    quotes = extract_quotes(doc.text, doc.blocks, "en", names)
    assert not calls
    assert [q.speaker for q in quotes] == ["Angela Merkel"]


def test_a_bodys_name_is_one_mention_with_its_linking_words():
    assert _names("The Department for Work and Pensions said overpayments had to be repaid.") == [
        "Department for Work and Pensions"]
    assert _names("The Competition and Markets Authority said so.") == ["Competition and Markets Authority"]
    # a date after a body's preposition is none of its name
    assert _names("The Department said on Friday that it would appeal.") == ["Department"]


def test_a_titles_holder_keeps_the_entity_rules_way_of_splitting():
    # the finder splits "Secretary of State" off; the entity rules read the words after the title
    assert _names("Secretary of State John Kerry recognised it.") == ["John Kerry"]


def test_a_french_function_word_inside_an_english_name():
    assert _names("Kim Jong Un returned.") == ["Kim Jong Un"]
    # in French text "Un" opening a sentence is the article
    assert _names("Un homme a été arrêté à Lyon.", "fr") == ["Lyon"]


def test_a_name_within_a_quotation_is_the_entity_rules_not_the_quote_sentences():
    text = "He said “Obama will come” to Smith."
    doc = _doc(text)
    names = find_document_names(doc.text, doc.blocks, "en")
    assert [f.mention.text for f in names.found] == ["Obama", "Smith"]
    # the quote model reads the sentence with the quotation as one token of its own
    a, b = text.index("“"), text.index("”") + 1
    tokens = tokenize(text, 0, a, "en") + [Token(QUOTE_TOKEN, a, b)] + tokenize(text, b, len(text), "en")
    assert [m.text for m in names.sentence_view(tokens)] == ["Smith"]
    assert "Obama" in _names(text)


def test_a_nationality_is_a_run_for_the_entity_rules_and_no_speaker():
    doc = _doc("The French minister spoke to reporters.")
    names = find_document_names(doc.text, doc.blocks, "en")
    assert [(f.mention.kind, f.mention.text) for f in names.found] == [("run", "French")]
    assert names.sentence_view(tokenize(doc.text, 0, len(doc.text), "en")) == []
    assert _names(doc.text) == ["French"]


def test_the_finders_tokens_are_the_quote_models():
    text = "M. Dupont (PS) a déclaré : « Nous verrons », selon l'AFP."
    doc = _doc(text, "fr")
    names = find_document_names(doc.text, doc.blocks, "fr")
    a = text.index("«")
    got = names.tokens_between(0, 0, a)
    assert [(t.text, t.start) for t in got] == [(t.text, t.start) for t in tokenize(text, 0, a, "fr")]


def test_a_bodys_purpose_takes_its_object():
    assert _names("On Saturday the Main Committee for Sighting the Crescent said the month had begun.") == [
        "Main Committee for Sighting the Crescent"]
    # the object of a purpose must be a name; a lowercase one, or no purpose verb, ends the body's name
    assert _names("The Committee for Housing the homeless met.") == ["Committee for Housing"]
    assert _names("He thanked the Council for Culture the next day.") == ["Council for Culture"]


def test_a_view_copies_every_field_of_the_finders_mention():
    # Mention.at is a hand-written dataclasses.replace: a field it forgot would come back at its default
    import dataclasses
    values = {"kind": "name", "start": 3, "end": 9, "text": "Smith", "tok_start": 1, "tok_end": 2,
              "entity": speakers.Entity(["smith"], "person"), "gender": "m", "possessive": True, "head": "minister",
              "words": ("Smith",), "definite": False, "name_span": (3, 9)}
    assert set(values) == {f.name for f in dataclasses.fields(speakers.Mention)}
    m = speakers.Mention(**values)
    moved = m.at(4, 5)
    assert moved == dataclasses.replace(m, tok_start=4, tok_end=5) and moved is not m
    assert (m.tok_start, m.tok_end) == (1, 2)


def test_a_view_is_a_fresh_mention_each_time():
    # the quote model links its mentions to entities (Mention.entity): the finder's own must stay untouched
    doc = _doc("Smith said it was over.")
    names = find_document_names(doc.text, doc.blocks, "en")
    tokens = tokenize(doc.text, 0, len(doc.text), "en")
    first, second = names.sentence_view(tokens), names.sentence_view(tokens)
    assert [m.text for m in first] == ["Smith"] and first[0] is not second[0]
    assert first[0] is not names.found[0].mention


def test_the_quote_model_reads_the_finders_labels_and_headlines():
    from checker.lang.quote_spans import is_headline, label_end
    text = "Smith Wins Again\n\nREAD ALSO: Jones resigns\n\nSmith said it was over."
    doc = _doc(text)
    names = find_document_names(doc.text, doc.blocks, "en")
    labels = [label_end(text, b) for b in doc.blocks]
    assert list(names.labels) == labels and labels[1] is not None
    assert list(names.headlines) == [i for i, b in enumerate(doc.blocks) if is_headline(text, b, labels[i] is not None)]
    assert 0 in names.headlines and 2 not in names.headlines


def test_a_chunks_words_are_remembered_for_each_language_apart():
    # "l'homme," is one word and a comma in English, an article, a word and a comma in French; the memo of
    # chunks (speakers._token_words) must not hand the one language's split to the other
    text = "Then l'homme, again."
    assert [t.text for t in tokenize(text, 0, len(text), "en")] == ["Then", "l'homme", ",", "again", "."]
    assert [t.text for t in tokenize(text, 0, len(text), "fr")] == ["Then", "l'", "homme", ",", "again", "."]
    assert [t.text for t in tokenize(text, 0, len(text), "en")] == ["Then", "l'homme", ",", "again", "."]
