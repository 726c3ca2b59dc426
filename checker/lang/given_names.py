"""The usual gender of given names the speaker lexicon lacks, from checker/data/given_names.tsv."""
from __future__ import annotations

import functools
from array import array
from bisect import bisect_left

from ..data.cache import DATA_DIR, built_key, cached_buffers
from .folding import fold

MAX_REMEMBERED = 65_536  # answers kept per process (a batch meets new names in every document)


def read_gender_table(name: str) -> list[tuple[str, str]]:
    """(given name, "m" or "f") for each line of checker/data/<name>, a table of names and their gender."""
    rows = []
    for line in DATA_DIR.joinpath(name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            given, _, gender = line.partition("\t")
            rows.append((given, gender))
    return rows


class GenderTable:
    """Names sorted by their UTF-8 bytes, read in place by bisection: opening the table (some 19,000 names)
    costs nothing, where building a dict of it cost a few milliseconds in every process."""

    def __init__(self, names: memoryview, ends: memoryview, genders: memoryview) -> None:
        self.names, self.genders = names, genders
        self.ends = ends.cast("I") if ends.format != "I" else ends  # ends[i]: where name i ends in `names`
        self.known: dict[str, str | None] = {}

    @classmethod
    def build(cls, rows: list[tuple[str, str]]) -> tuple[bytes, bytes, bytes]:
        encoded = sorted({given.encode("utf-8"): gender for given, gender in rows}.items())
        ends, position = array("I"), 0
        for given, _ in encoded:
            position += len(given)
            ends.append(position)
        return (b"".join(given for given, _ in encoded), ends.tobytes(),
                "".join(gender[:1] or " " for _, gender in encoded).encode("ascii"))

    def _name(self, index: int) -> bytes:
        return bytes(self.names[self.ends[index - 1] if index else 0:self.ends[index]])

    def get(self, name: str) -> str | None:
        if name in self.known:
            return self.known[name]
        key = name.encode("utf-8")
        index = bisect_left(range(len(self.ends)), key, key=self._name)
        found = None
        if index < len(self.ends) and self._name(index) == key:
            found = chr(self.genders[index]).strip() or None
        if len(self.known) >= MAX_REMEMBERED:
            self.known.clear()
        self.known[name] = found
        return found


@functools.lru_cache(maxsize=1)
def _table() -> GenderTable:
    """The table, built once per content of the data file and mapped from the data cache by later runs."""
    parts = cached_buffers("given-names", built_key("given_names.tsv", __file__),
                           lambda: GenderTable.build(read_gender_table("given_names.tsv")))
    return GenderTable(*parts)


def given_name_gender(first: str) -> str | None:
    """ "m" or "f" for a given name most countries' lists give one gender ("Deirdre", "Oisín", "Thandeka"),
    else None (unlisted, or given to both: "Jordan")."""
    return _table().get(fold(first).lower()) if len(first) >= 3 else None
