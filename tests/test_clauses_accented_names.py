"""A reporting clause whose subject opens on an accented capital is read like any other name."""
import pytest

from checker.lang.clauses import reporting_clause_at


@pytest.mark.parametrize("text", ["Édouard Philippe told reporters.", "Éric Dupond-Moretti said.",
                                  "Ségolène Royal added.", "Örjan Berg said."])
def test_accented_first_names_open_a_reporting_clause(text):
    clause = reporting_clause_at(text, 0, len(text))
    assert clause is not None and text[clause.start:clause.end].split()[0] == text.split()[0]


def test_a_lowercase_accented_word_is_not_a_name():
    text = "également said."
    assert reporting_clause_at(text, 0, len(text)) is None
