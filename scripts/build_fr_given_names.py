"""Build checker/data/fr_given_names.tsv, the French-speaking world's given names with the gender they imply.

Source: the person providers of Faker 40.63.0 (MIT licence, https://github.com/joke2k/faker) for the locales
fr_FR, fr_BE, fr_CA, fr_CH and fr_DZ (their first_names_male and first_names_female lists). Kept: the names of
one word that these lists give one gender only, in every locale that lists them, and that the speaker lexicon
lacks (checker/data/speaker_lexicon.yaml: its first names win); left out: a name that Faker's other locales give
the other gender in at least half as many locales as they give it this one (the lexicon serves English text too:
"Lou" is a woman's in French, a man's in English: Lou Reed), names of under three letters, the
words of those locales' address providers (regions, departments, countries: "Aude"), the lexicon's places, body
words and nationalities, function words, and common words (wordfreq zipf >= 4.2 in French or >= 4.0 in English:
"Victoire", "Said", "Morgan", "Madison"; "Gilbert" at 4.0 / 3.9 stays).

Faker is not a dependency of the checker: install it in a separate environment and put it on the path, e.g.
    python -m venv /tmp/fk && /tmp/fk/bin/pip install faker==40.63.0
    PYTHONPATH=/tmp/fk/lib/python3.11/site-packages .venv/bin/python scripts/build_fr_given_names.py
"""
from __future__ import annotations

import importlib
from pathlib import Path

LOCALES = ("fr_FR", "fr_BE", "fr_CA", "fr_CH", "fr_DZ")
FRENCH_WORD_ZIPF = 4.2
ENGLISH_WORD_ZIPF = 4.0
OUT = Path(__file__).resolve().parent.parent / "checker" / "data" / "fr_given_names.tsv"


def faker_names() -> dict[str, set[str]]:
    """Each given name (as Faker spells it) and the genders ("m", "f") its French locales list it under."""
    found: dict[str, set[str]] = {}
    for loc in LOCALES:
        person = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for gender, names in (("m", person.first_names_male), ("f", person.first_names_female)):
            for name in names:
                found.setdefault(str(name), set()).add(gender)
    return found


def locale_genders() -> dict[str, dict[str, int]]:
    """Each folded given name and how many of all Faker's locales list it for each gender."""
    import pkgutil

    import faker.providers.person as person_providers
    from checker.lang.folding import fold
    counts: dict[str, dict[str, int]] = {}
    for module in pkgutil.iter_modules(person_providers.__path__):
        person = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for gender, attr in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in {fold(str(n)).lower() for n in getattr(person, attr, ()) or ()}:
                counts.setdefault(name, {}).setdefault(gender, 0)
                counts[name][gender] += 1
    return counts


def address_words() -> set[str]:
    """The folded words of the French locales' regions, departments and countries."""
    from checker.lang.folding import fold
    words: set[str] = set()
    for loc in LOCALES:
        try:
            address = importlib.import_module(f"faker.providers.address.{loc}").Provider
        except ModuleNotFoundError:
            continue
        for attr in ("regions", "departments", "countries", "provinces", "cantons", "states"):
            for item in getattr(address, attr, ()) or ():
                for part in (item if isinstance(item, tuple) else (item,)):
                    words |= {fold(w).lower() for w in str(part).replace("-", " ").split()}
    return words


def main() -> None:
    from checker.lang.folding import fold
    from checker.lang.names import name_lexicon, zipf
    from checker.lang.word_lists import function_words

    lex = name_lexicon()
    excluded = address_words() | set(lex.places) | set(lex.org_words) | set(lex.nationalities) | \
        {fold(w).lower() for w in function_words("never_names")}
    elsewhere = locale_genders()
    rows, seen = [], set()
    for name, genders in sorted(faker_names().items(), key=lambda kv: fold(kv[0]).lower()):
        low = name.lower()
        key = fold(name).lower()
        if len(genders) != 1 or len(name) < 3 or not name.isalpha() or key in lex.first_names or key in excluded \
                or low in excluded or zipf(low, "fr") >= FRENCH_WORD_ZIPF or zipf(low, "en") >= ENGLISH_WORD_ZIPF:
            continue
        gender = next(iter(genders))
        listed = elsewhere.get(key, {})
        if key in seen or 2 * listed.get("f" if gender == "m" else "m", 0) >= listed.get(gender, 0):
            continue
        seen.add(key)
        rows.append(f"{low}\t{gender}")
    header = "# French given names and their gender (m/f), from Faker 40.63.0's French person providers (MIT); " \
             "built by scripts/build_fr_given_names.py\n"
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
