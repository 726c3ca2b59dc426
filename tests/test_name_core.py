"""One name core: the word classes around names read once from checker/data/name_words.txt, and what the entity
rules' name finder (lang/names.py) and the speaker model's (lang/speakers.py:find_names) make of them."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from checker.data.cache import load_yaml
from checker.lang import names, speakers
from checker.lang.names import NAME_WORDS, extract_names, name_lexicon, name_words, prefixed_name
from checker.lang.speakers import find_names, lexicon, tokenize
from checker.parsers import parse

LANG = Path(names.__file__).resolve().parent
CLASSES = ("address", "honorifics", "titles", "title_qualifiers", "postnominals", "particles", "place_particles",
           "name_connectors", "role_words", "name_prefixes", "weekdays", "months", "thing_classifiers", "thing_heads")


def entity_names(text: str) -> list[str]:
    doc = parse(text, "text")
    return [m.text for m in extract_names(doc.text, doc.blocks)]


def speaker_names(text: str, lang: str = "en") -> list[tuple[str, str]]:
    found = find_names(tokenize(text, 0, len(text), lang), lexicon(lang), {0}, text)
    return [(" ".join(m.words), m.head) for m in found]


# ---------------------------------------------------------------- one list per word class, read by both finders

def test_every_word_class_is_in_the_data_file():
    sections = {key.split(".")[0] for key in NAME_WORDS}
    assert sections == set(CLASSES)
    for key, words in NAME_WORDS.items():
        assert words and all(w == w.lower() for w in words), key


def test_no_word_stands_in_two_classes_of_one_language():
    # a name prefix is written joined to the name ("al-Assad"), a particle apart ("Hafez al Assad"): the same
    # word may be both
    english = {key: words for key, words in NAME_WORDS.items() if not key.endswith(".fr") and key != "name_prefixes"}
    french = {key: words for key, words in NAME_WORDS.items() if key.endswith(".fr")}
    for group in (english, french):
        keys = sorted(group)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                assert not group[a] & group[b], (a, b, sorted(group[a] & group[b]))


def test_both_finders_read_the_same_lists():
    lex = lexicon("en")
    shared = name_lexicon()
    assert lex.honorifics is shared.honorifics is names.HONORIFICS
    assert speakers.NAME_CONNECTORS is names.NAME_PARTICLES
    assert speakers.ADDRESS_FORMS is names.ADDRESS_FORMS
    assert speakers.NAME_PARTICLE_RE is names.NAME_PREFIX_RE
    # the speaker model strips every title word; the entity finder the English titles and honorifics
    assert name_words("titles") | names.TITLE_QUALIFIERS | NAME_WORDS["postnominals"] <= lex.titles
    assert {w.rstrip(".") for w in name_words("titles", french=False)} <= names.TITLES
    assert not names.TITLES & name_words("titles.fr", french=False) - name_words("titles", french=False)
    assert names.HONORIFICS["mme"] == "f" and names.HONORIFICS["sir"] == "m" and names.HONORIFICS["dr"] is None
    assert names.CALENDAR == name_words("weekdays", french=False) | name_words("months", french=False)
    assert speakers.WEEKDAYS >= {"monday", "lundi"} and "may" not in speakers.MONTHS and "mai" in speakers.MONTHS


def _literal_words(node: ast.AST) -> set[str] | None:
    """The words of a set, list or tuple of strings, of a dict's string keys, or of a `"...".split()` call; None
    for anything else."""
    if isinstance(node, (ast.Set, ast.List, ast.Tuple, ast.Dict)):
        elts = node.keys if isinstance(node, ast.Dict) else node.elts
        items = [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return set(items) if len(items) == len(elts) else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" and \
            isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        return set(node.func.value.value.split())
    return None


def _data_lists() -> dict[str, frozenset[str]]:
    """The word lists a literal may copy: the classes of name_words.txt and the role nouns of
    speaker_lexicon.yaml. Grammatical words (name_connectors) are left out: any list of articles shares them."""
    lists = {cls: frozenset().union(*(w for k, w in NAME_WORDS.items() if k.split(".")[0] == cls))
             for cls in CLASSES if cls != "name_connectors"}
    for kind, words in load_yaml("speaker_lexicon")["role_nouns"].items():
        lists[f"role_nouns.{kind}"] = frozenset(str(w).lower() for w in words)
    return lists


def _copies(source: str) -> list[tuple[int, str]]:
    """(line, list) for each literal of `source` made mostly of one data list's words."""
    tree = ast.parse(source)
    # the words taken out of a list ("NOT_IN_SUBJECT - {...}") are its exceptions, not a copy of it
    removed = {id(n.right) for n in ast.walk(tree) if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub)}
    found = []
    for node in ast.walk(tree):
        words = None if id(node) in removed else _literal_words(node)
        if not words or len(words) < 5:
            continue
        # a dict onto words of the same list sorts or maps them ("advisor" -> "adviser"): no copy
        values = {v.value.lower() for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)} \
            if isinstance(node, ast.Dict) else set()
        for name, members in _data_lists().items():
            shared = {w.lower() for w in words} & members
            if len(shared) >= 5 and len(shared) >= 0.6 * len(words) and not len(values & members) > 0.6 * len(values):
                found.append((node.lineno, name))
    return found


@pytest.mark.parametrize("module", ["lang/names.py", "lang/speakers.py", "lang/clauses.py", "lang/untranslated.py",
                                    "rules/quotes/pronoun_conflict.py", "rules/bitext/entities.py",
                                    "rules/bitext/pronoun_gender.py", "compare/entities.py"])
def test_no_inline_copy_of_a_name_word_class(module):
    """A Python literal made mostly of one data list's words is a copy of it."""
    assert _copies((LANG.parent / module).read_text(encoding="utf-8")) == []


def test_the_copy_check_finds_a_copy():
    assert _copies('X = frozenset("monday tuesday wednesday thursday friday".split())')
    assert _copies('X = {"avocate", "chanteuse", "actrice", "directrice", "présidente", "cuisinière"}')
    assert not _copies('X = frozenset("le un ce cet du au".split())')
    assert _copies('X = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f"}')
    assert not _copies('X = NOT_IN_SUBJECT - {"also", "then", "this", "these", "those"}')
    assert not _copies('X = {"advisor": "adviser", "conseillère": "conseiller", "présidente": "président", '
                       '"directrice": "directeur", "spokeswoman": "spokesman"}')


# ---------------------------------------------------------------- name prefixes ("al-Assad")

@pytest.mark.parametrize("word, expected", [
    ("al-Assad", True), ("d'Estaing", True), ("d’Alembert", True), ("ibn-Saud", True), ("abou-Bakr", True),
    ("al-assad", False), ("de", False), ("d'", False), ("l'", False), ("alAssad", False), ("ex-Im", False),
    ("Al-Assad", False),  # capitalised already: no prefix test needed
])
def test_prefixed_name(word, expected):
    assert prefixed_name(word) is expected
    assert speakers._particle_name(word) is expected


# ---------------------------------------------------------------- the entity rules' name finder

@pytest.mark.parametrize("text, expected", [
    ("He met Foreign Minister Laurent Fabius on Monday.", ["Laurent Fabius"]),
    ("A spokesman for the Home Office said so.", ["Home Office"]),
    ("The State Department and the Justice Department disagreed.", ["State Department", "Justice Department"]),
    ("The race was won by Lance Armstrong again.", ["Lance Armstrong"]),
    ("The family of Lance Corporal David Hawkins was told.", ["David Hawkins"]),
    ("He played in Major League Baseball for years.", ["Major League Baseball"]),
    ("It was under John Major that it began.", ["John Major"]),
    ("Prosecutor Andrew Edis told the court.", ["Andrew Edis"]),
    ("They thanked Assistant Commissioner Anthony Whealy.", ["Anthony Whealy"]),
    ("The figures came from the US Health Department in March.", ["Health Department"]),
    ("The study came from the Pasteur Institute in Lille.", ["Pasteur Institute", "Lille"]),
    ("He met Ayatollah Ali Khamenei in Tehran.", ["Ali Khamenei", "Tehran"]),
    ("The speech was written by José Ortega y Gasset long ago.", ["José Ortega y Gasset"]),
])
def test_entity_names_split_titles_from_the_data_file(text, expected):
    assert entity_names(text) == expected


def test_a_body_named_by_a_title_word_keeps_it():
    # "Justice", "Pasteur": a title word (English, or French in an English text) before an organisation's word
    assert entity_names("He sued the Justice Department.") == ["Justice Department"]
    assert entity_names("He sued the Justice Department and Justice Smith ruled.") == ["Justice Department", "Smith"]


def test_title_qualifier_with_its_title_is_no_mention():
    # a role on its own ("Home Secretary") names nobody, like "Prime Minister"
    assert entity_names("The Home Secretary met the Prime Minister in Leeds.") == ["Leeds"]


# ---------------------------------------------------------------- the speaker model's name finder

@pytest.mark.parametrize("text, expected", [
    ("He met Foreign Minister Laurent Fabius.", [("Laurent Fabius", "foreign minister")]),
    ("The family of Lance Corporal David Hawkins was told.", [("David Hawkins", "lance corporal")]),
    ("Major General John Smith said it.", [("John Smith", "major general")]),
    ("He met US Ambassador John Smith.", [("John Smith", "us ambassador")]),
    ("The race was won by Lance Armstrong again.", [("Lance Armstrong", "")]),
    ("He played in Major League Baseball for years.", [("Major League Baseball", "")]),
    ("A spokesman for the Home Office said so.", [("Home Office", "")]),
    ("The figures came from the U.S. Health Department.", [("U.S. Health Department", "")]),
    ("They met in the State Department on Friday.", [("State Department", ""), ("Friday", "")]),
    ("It came from the Commission on Human Rights.", [("Commission on Human Rights", "")]),
    ("He met Ayatollah Ali Khamenei.", [("Ali Khamenei", "ayatollah")]),
])
def test_speaker_names_split_titles_from_the_data_file(text, expected):
    assert speaker_names(text) == expected


def test_speaker_names_join_person_particles_not_french_prepositions():
    assert speaker_names("He cited Osama bin Laden and Hafez al-Assad.") == [("Osama bin Laden", ""),
                                                                             ("Hafez al-Assad", "")]
    # "en", "sur", "sous" join a place's name in English text, never two names in French
    assert speaker_names("Emmanuel Macron en France a dit non.", "fr") == [("Emmanuel Macron", ""), ("France", "")]
    assert speaker_names("Marine Le Pen sur TF1 a dit non.", "fr") == [("Marine Le Pen", ""), ("TF1", "")]


def test_speaker_honorifics_give_the_gender():
    found = find_names(tokenize("Mister Jones said it.", 0, 21, "en"), lexicon("en"), {0}, "Mister Jones said it.")
    assert [(m.words, m.gender) for m in found] == [(("Jones",), "m")]
    text = "Mme Royal a répondu."
    found = find_names(tokenize(text, 0, len(text), "fr"), lexicon("fr"), {0}, text)
    assert [(m.words, m.gender) for m in found] == [(("Royal",), "f")]


# ---------------------------------------------------------------- function words (checker/data/function_words.txt)

# the quote model's own grammatical classes (determiners, clause openers), outside the name finding: each is a
# narrower class than any subset, kept with the stage that reads it
QUOTE_MODEL_CLASSES = frozenset({"DETERMINERS", "NP_STOP_PREPOSITIONS", "ADVERBIAL_STARTERS", "LEADING_SKIP"})


def _function_word_subsets() -> dict[str, frozenset[str]]:
    """Each subset of function_words.txt, English and French together."""
    from checker.lang.word_lists import _function_word_lists

    subsets: dict[str, frozenset[str]] = {}
    for key, words in _function_word_lists().items():
        subsets[key.split(".")[0]] = subsets.get(key.split(".")[0], frozenset()) | words
    return subsets


def _function_word_copies(source: str) -> list[tuple[int, str]]:
    """(line, subset) for each literal of 20 words or more, three quarters of them in one function-word subset:
    a general list of grammatical words written again. A dict onto other values (patterns) is a table, no copy."""
    tree = ast.parse(source)
    exempt = {id(n) for a in ast.walk(tree) if isinstance(a, ast.Assign)
              and any(isinstance(t, ast.Name) and t.id in QUOTE_MODEL_CLASSES for t in a.targets)
              for n in ast.walk(a.value)}
    found = []
    for node in ast.walk(tree):
        if id(node) in exempt or isinstance(node, ast.Dict) and not all(
                isinstance(v, ast.Constant) and isinstance(v.value, str) for v in node.values):
            continue
        words = _literal_words(node)
        if not words or len(words) < 20:
            continue
        words = {w.lower() for w in words}
        for name, members in _function_word_subsets().items():
            if len(words & members) >= 0.75 * len(words):
                found.append((node.lineno, name))
    return found


@pytest.mark.parametrize("module", ["lang/names.py", "lang/capitalised.py", "lang/word_lists.py", "lang/speakers.py",
                                    "lang/quote_match.py", "lang/quote_common.py", "lang/quote_cues.py",
                                    "lang/quote_attach.py", "lang/quote_spans.py", "lang/speaker_resolution.py",
                                    "lang/sentences.py", "lang/clauses.py", "lang/word_order.py", "lang/langid.py",
                                    "lang/untranslated.py", "rules/entities/variants.py",
                                    "rules/attribution/appended.py", "rules/attribution/dangling.py"])
def test_no_inline_copy_of_a_function_word_list(module):
    assert _function_word_copies((LANG.parent / module).read_text(encoding="utf-8")) == []


def test_the_function_word_check_finds_a_copy():
    english = ('X = frozenset("""a an the this that these those there here then thus so but and or nor yet if in '
               'on at by for""".split())')
    assert _function_word_copies(english)
    assert _function_word_copies('X = {' + ", ".join(f'"{w}"' for w in
                                                      "à afin ainsi alors après au aucun avant avec ce ceci cela "
                                                      "celle celui cependant ces cet cette chaque chez".split()) + "}")
    assert not _function_word_copies('DETERMINERS = frozenset("""the a an this that these those his her its their our'
                                     ' my your one another le la les un une des ce cet cette ces son sa""".split())')
    assert not _function_word_copies('X = frozenset("the a an this that".split())')  # a short class
