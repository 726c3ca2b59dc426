"""Build checker/data/given_names.tsv: given names and their usual gender, from Faker's person providers.

Faker (MIT) keeps men's and women's given names for some eighty locales (Irish, Scottish, Welsh, Nigerian,
Ghanaian, Kenyan, South African, Indian, Dutch …). A name is kept in Latin script only, and only where at
least 80% of the locales that list it give it one gender ("Jordan", "Hope" and "Kyle"-like names both ways
are left out when they are too mixed). The speaker lexicon's own list stays first; this table only gives a
gender to a person's given name that the lexicon lacks.
Run (Faker needed only here): python scripts/build_given_names.py
"""
from __future__ import annotations

import collections
import importlib
import pkgutil
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "checker" / "data" / "given_names.tsv"
SHARE = 0.8  # the share of the locales' votes one gender needs


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or c in "-'’" for c in word)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def main() -> int:
    import faker.providers.person as person  # only the build needs Faker

    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            names = getattr(provider, attr, None) or ()
            for name in (names.keys() if isinstance(names, dict) else names):
                name = str(name).strip()
                if len(name) >= 3 and " " not in name and name[0].isupper() and _latin(name):
                    votes[_fold(name)][gender] += 1
    rows = []
    for name, count in sorted(votes.items()):
        gender, top = count.most_common(1)[0]
        if top / sum(count.values()) >= SHARE:
            rows.append(f"{name}\t{gender}")
    OUT.write_text("# given name (folded)\tgender (m/f); built by scripts/build_given_names.py from Faker\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
