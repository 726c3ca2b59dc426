"""The usual gender of given names the speaker lexicon lacks, from checker/data/given_names.tsv."""
from __future__ import annotations

import functools

from ..data.cache import DATA_DIR, built_key, cached
from .folding import fold


def read_gender_table(name: str) -> list[tuple[str, str]]:
    """(given name, "m" or "f") for each line of checker/data/<name>, a table of names and their gender."""
    rows = []
    for line in DATA_DIR.joinpath(name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            given, _, gender = line.partition("\t")
            rows.append((given, gender))
    return rows


def _read() -> dict[str, str]:
    return dict(read_gender_table("given_names.tsv"))


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """The table (some 19,000 names), parsed once and kept in the data cache for later runs."""
    return cached("given-names", built_key("given_names.tsv", __file__), _read)


def given_name_gender(first: str) -> str | None:
    """ "m" or "f" for a given name most countries' lists give one gender ("Deirdre", "Oisín", "Thandeka"),
    else None (unlisted, or given to both: "Jordan")."""
    return _table().get(fold(first).lower()) if len(first) >= 3 else None
