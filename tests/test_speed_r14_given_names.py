"""The given-name table read in place by bisection answers as the dict it replaced did."""
from __future__ import annotations

from checker.lang.given_names import GenderTable, _table, given_name_gender, read_gender_table


def test_every_listed_name_has_its_gender():
    rows = dict(read_gender_table("given_names.tsv"))
    table = _table()
    assert [name for name, gender in rows.items() if table.get(name) != gender] == []


def test_unlisted_names_and_neighbours_have_none():
    table = GenderTable(*map(memoryview, GenderTable.build([("anna", "f"), ("anne", "f"), ("bruno", "m")])))
    assert [table.get(name) for name in ("ann", "anna", "annb", "anne", "annes", "a", "", "bruno", "zoe", "ánna")] \
        == [None, "f", None, "f", None, None, None, "m", None, None]


def test_names_outside_ascii_sort_by_their_bytes():
    table = GenderTable(*map(memoryview, GenderTable.build([("zoé", "f"), ("élodie", "f"), ("oisín", "m"), ("omar", "m")])))
    assert [table.get(name) for name in ("élodie", "oisín", "omar", "zoé", "zoe")] == ["f", "m", "m", "f", None]


def test_given_name_gender_folds_and_needs_three_letters():
    assert given_name_gender("Deirdre") == "f"
    assert given_name_gender("DEIRDRE") == "f"
    assert given_name_gender("Al") is None
