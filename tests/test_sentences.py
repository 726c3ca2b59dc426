"""Sentence segmentation on tricky English and French news text."""
from pathlib import Path

import pytest

from checker.lang.sentences import Sentence, document_sentences, split_sentences
from checker.parsers.html import parse_html
from checker.parsers.markdown import parse_markdown
from checker.parsers.text import parse_text

SEED = Path("/work/shared/seed/000_dbb8f34e7e82e8cc.txt")


def sentences(text: str, lang: str = "en", **options) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang=lang, **options)]


ENGLISH = [
    # titles and honorifics
    ("Mr. Smith met Mrs. Jones and Dr. Brown. They talked.",
     ["Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked."]),
    ("Gen. Lloyd Austin and Sen. Chuck Schumer spoke with Gov. Gavin Newsom. It went well.",
     ["Gen. Lloyd Austin and Sen. Chuck Schumer spoke with Gov. Gavin Newsom.", "It went well."]),
    ("Martin Luther King Jr. He changed history.", ["Martin Luther King Jr.", "He changed history."]),
    ("Martin Luther King Jr. Day is a holiday.", ["Martin Luther King Jr. Day is a holiday."]),
    ("They visited St. Petersburg. Then they left.", ["They visited St. Petersburg.", "Then they left."]),
    # initials
    ("George W. Bush met J. K. Rowling in London.", ["George W. Bush met J. K. Rowling in London."]),
    ("J.K. Rowling wrote it. She is British.", ["J.K. Rowling wrote it.", "She is British."]),
    ("He took vitamin C. The effect was small.", ["He took vitamin C.", "The effect was small."]),
    # acronyms
    ("The U.S. Navy sailed. The U.K. agreed.", ["The U.S. Navy sailed.", "The U.K. agreed."]),
    ("He moved to the U.S. He never came back.", ["He moved to the U.S.", "He never came back."]),
    ("U.S. officials and U.N. envoys met.", ["U.S. officials and U.N. envoys met."]),
    ("The talks began at 10 a.m. on Monday and ended at 5 p.m. The deal was signed.",
     ["The talks began at 10 a.m. on Monday and ended at 5 p.m.", "The deal was signed."]),
    ("Fruit, e.g. apples, and grains, i.e. wheat, rose. Prices fell.",
     ["Fruit, e.g. apples, and grains, i.e. wheat, rose.", "Prices fell."]),
    ("Roe vs. Wade was overturned. Protests followed.", ["Roe vs. Wade was overturned.", "Protests followed."]),
    ("Apples, pears, etc. are sold here. Etc. Prices rose.",
     ["Apples, pears, etc. are sold here.", "Etc.", "Prices rose."]),
    # numbers, dates, times
    ("Inflation rose 3.5 percent to 10.30 points. Markets fell.",
     ["Inflation rose 3.5 percent to 10.30 points.", "Markets fell."]),
    ("He lives at No. 10 Downing Street. It is famous.", ["He lives at No. 10 Downing Street.", "It is famous."]),
    ("The vote is on Jan. 6 and Sept. 11. Nobody knows.", ["The vote is on Jan. 6 and Sept. 11.", "Nobody knows."]),
    ("Sales rose in 2023. 2024 will be harder.", ["Sales rose in 2023.", "2024 will be harder."]),
    # ellipses
    ("He paused... Then he left.", ["He paused...", "Then he left."]),
    ("He paused... and then went on.", ["He paused... and then went on."]),
    ("“We will […] Ukraine,” he said.", ["“We will […] Ukraine,” he said."]),
    ("She hesitated… Nobody spoke.", ["She hesitated…", "Nobody spoke."]),
    # quotes
    ("“It is over.” The crowd left.", ["“It is over.”", "The crowd left."]),
    ("\"It is over.\" The crowd left.", ["\"It is over.\"", "The crowd left."]),
    ("“Is it over?” she asked. “Yes!” he said.", ["“Is it over?” she asked.", "“Yes!” he said."]),
    ("Why? Because we can! Really?", ["Why?", "Because we can!", "Really?"]),
    ("He said: “We will win.” Then he left.", ["He said: “We will win.”", "Then he left."]),
    # broken sentences must stay broken: a lowercase word after a full stop
    ("It sent missiles to Russia. intended for its assault in Ukraine.",
     ["It sent missiles to Russia.", "intended for its assault in Ukraine."]),
    ("“We are ready,” he said. he noted, saying more.",
     ["“We are ready,” he said.", "he noted, saying more."]),
    ("The meeting ended. it was late.", ["The meeting ended.", "it was late."]),
    # lists, headings
    ("1. Introduction", ["1. Introduction"]),
    ("Watch carefully", ["Watch carefully"]),
    # URLs and domains
    ("Read more at example.com. The site is new.", ["Read more at example.com.", "The site is new."]),
    ("Visit www.example.org/news for details.", ["Visit www.example.org/news for details."]),
    ("She is a Ph.D. student at the U.S.A. office. She works hard.",
     ["She is a Ph.D. student at the U.S.A. office.", "She works hard."]),
    ("Hasan Ikhrata of the Southern California Assn. of Governments spoke.",
     ["Hasan Ikhrata of the Southern California Assn. of Governments spoke."]),
    ("“Why now?”, he asked. Nobody knew.", ["“Why now?”, he asked.", "Nobody knew."]),
]

FRENCH = [
    ("M. Macron a rencontré Mme Merkel. Ils ont parlé.", ["M. Macron a rencontré Mme Merkel.", "Ils ont parlé."]),
    ("M. Le Pen a répondu. Le débat continue.", ["M. Le Pen a répondu.", "Le débat continue."]),
    ("MM. Dupont et Durand sont partis. Mlle Martin est restée.",
     ["MM. Dupont et Durand sont partis.", "Mlle Martin est restée."]),
    ("J.-P. Raffarin a parlé. Il était tard.", ["J.-P. Raffarin a parlé.", "Il était tard."]),
    ("César est mort en 44 av. J.-C. Les historiens en débattent.",
     ["César est mort en 44 av. J.-C.", "Les historiens en débattent."]),
    ("« C'est fini ! » a-t-il lancé. Personne n'a répondu.",
     ["« C'est fini ! » a-t-il lancé.", "Personne n'a répondu."]),
    ("« Pourquoi\u00a0? » demande-t-il. « Parce que\u202f! » répond-elle.",
     ["« Pourquoi\u00a0? » demande-t-il.", "« Parce que\u202f! » répond-elle."]),
    ("« Nous allons signer. » Le Kremlin l'a confirmé.",
     ["« Nous allons signer. »", "Le Kremlin l'a confirmé."]),
    ("Il a dit. il a noté la chose.", ["Il a dit.", "il a noté la chose."]),
    ("Des pommes, des poires, etc. sont vendues. La suite demain.",
     ["Des pommes, des poires, etc. sont vendues.", "La suite demain."]),
    ("Le taux est de 3,5 %. Il baisse.", ["Le taux est de 3,5 %.", "Il baisse."]),
    ("Me Dupond-Moretti plaide. Dr Martin témoigne.", ["Me Dupond-Moretti plaide.", "Dr Martin témoigne."]),
    ("« Va-t-on balayer la justice demain\u00a0?\u00a0», a déclaré le journal. Il insiste.",
     ["« Va-t-on balayer la justice demain\u00a0?\u00a0», a déclaré le journal.", "Il insiste."]),
    ("Ils dépenseront 106 M$, selon l'U.S. Census Bureau. Les citrouilles sont prêtes.",
     ["Ils dépenseront 106 M$, selon l'U.S. Census Bureau.", "Les citrouilles sont prêtes."]),
]


@pytest.mark.parametrize("text,expected", ENGLISH)
def test_english(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text,expected", FRENCH)
def test_french(text, expected):
    assert sentences(text, lang="fr") == expected


def test_spans_are_trimmed_and_absolute():
    text = "xx  First one.   Second one.  yy"
    spans = split_sentences(text, 2, len(text) - 2)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert spans[0][0] == 4


def test_empty_and_blank():
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


def test_punctuation_only_pieces_attach_to_a_neighbour():
    assert sentences("He left. ...") == ["He left. ..."]


def test_line_breaks_in_plain_text():
    text = "Watch carefully\nSouth Korea said it was watching.\nREAD ALSO: War in Ukraine"
    assert sentences(text, line_breaks=True) == [
        "Watch carefully", "South Korea said it was watching.", "READ ALSO: War in Ukraine"]
    # without the option a newline is ordinary whitespace
    assert sentences("Watch carefully\nSouth Korea said so.") == ["Watch carefully\nSouth Korea said so."]
    # a line ending in a function word continues
    assert sentences("He met the\nPresident of France.", line_breaks=True) == ["He met the\nPresident of France."]
    # hard-wrapped prose: a full-length line continues on the next one
    wrapped = ("Russian President Vladimir Putin arrived on Tuesday and he met Kim\n"
               "Jong-un at the airport in Pyongyang before the talks began in earnest.\n"
               "Watch carefully\n"
               "Seoul said it was monitoring the visit.")
    assert sentences(wrapped, line_breaks=True) == [
        "Russian President Vladimir Putin arrived on Tuesday and he met Kim\n"
        "Jong-un at the airport in Pyongyang before the talks began in earnest.",
        "Watch carefully", "Seoul said it was monitoring the visit."]


def test_document_sentences_never_cross_blocks():
    doc = parse_text("A headline without a stop\n\nFirst sentence. Second one.")
    found = document_sentences(doc)
    assert found == [
        Sentence(0, 25, 0),
        Sentence(27, 42, 1),
        Sentence(43, 54, 1),
    ]
    for sentence in found:
        block = doc.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end


def test_markdown_soft_breaks_do_not_split():
    doc = parse_markdown("It was sent to\nRussia for its assault.\nIt was late.\n")
    assert [doc.text[s.start:s.end] for s in document_sentences(doc)] == [
        "It was sent to Russia for its assault.", "It was late."]


def test_html_newlines_do_not_split():
    doc = parse_html("<p>The meeting with\nPresident Biden ended. He left.</p>")
    assert [doc.text[s.start:s.end] for s in document_sentences(doc)] == [
        "The meeting with\nPresident Biden ended.", "He left."]


def test_french_document_uses_its_language():
    doc = parse_text("M. Le Maire a parlé. Le ministre est parti.")
    doc.lang = "fr"
    assert [doc.text[s.start:s.end] for s in document_sentences(doc)] == [
        "M. Le Maire a parlé.", "Le ministre est parti."]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article():
    doc = parse_text(SEED.read_text(encoding="utf-8"))
    found = [doc.text[s.start:s.end] for s in document_sentences(doc)]
    assert found[0] == "Kim Jong-un: Russia and North Korea will sign “important documents” – L’Express"
    assert "Watch carefully" in found
    assert "“Brothers in arms”" in found
    assert "he noted, saying he expected that “a final decision on his signature will be made in the coming hours”." in found
    assert any(s.endswith("for future arms deliveries to Russia.") for s in found)
    assert "intended for its assault in Ukraine." in found
    assert "China is North Korea’s main economic supporter and diplomatic ally." in found
    assert len(found) == 31
    # every sentence ends with final punctuation except headlines and crossheads
    unterminated = [s for s in found if s[-1] not in ".!?”"]
    assert all(s.startswith(("Kim Jong-un:", "Washington", "READ ALSO", "Watch")) for s in unterminated)
