"""Word lists kept as data ("[section]" files in checker/data): the name words and the function words by use."""
from __future__ import annotations

import functools

from ..data.cache import DATA_DIR


def read_word_lists(name: str) -> dict[str, frozenset[str]]:
    """checker/data/<name>: sections "[list]" of words separated by whitespace."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in DATA_DIR.joinpath(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.extend(line.split())
    return {key: frozenset(words) for key, words in sections.items()}


NAME_WORDS = read_word_lists("name_words.txt")  # the word classes around and inside names, one list each
SPEAKER_WORDS = read_word_lists("speaker_words.txt")  # the speaker model's, by name (read once for its modules)


def name_words(section: str, french: bool = True) -> frozenset[str]:
    """A word class of name_words.txt: its English words, and with `french` its French ones ("[x.fr]")."""
    return NAME_WORDS.get(section, frozenset()) | (NAME_WORDS.get(section + ".fr", frozenset()) if french
                                                   else frozenset())


@functools.lru_cache(maxsize=1)
def _function_word_lists() -> dict[str, frozenset[str]]:
    return read_word_lists("function_words.txt")


@functools.lru_cache(maxsize=None)
def function_words(subset: str, french: bool = True) -> frozenset[str]:
    """A subset of checker/data/function_words.txt ("common", "sentence_start", "never_names", "prepositions",
    "quote_content", "grammar"): its English words, and with `french` its French ones."""
    lists = _function_word_lists()
    if subset not in lists and subset + ".fr" not in lists:
        raise KeyError(f"no function-word subset {subset!r}")
    return lists.get(subset, frozenset()) | (lists.get(subset + ".fr", frozenset()) if french else frozenset())
