"""French fixed expressions glossed word for word into the English shapes a literal translation gives them."""
from __future__ import annotations

import itertools
import re

# French function words and their literal English renderings; a word ending in '?' is optional in the shape
_FUNCTION = {
    "le": "the?", "la": "the?", "les": "the?", "l'": "the?", "un": "a|an", "une": "a|an", "des": "of the?",
    "de": "of|from|by", "d'": "of|from|by", "du": "of the?", "à": "at|to|in|with|on", "au": "at|to|in|on the?",
    "aux": "at|to|in|on the?",
    "en": "in|en",  # not 'into': 'take into account' is English
    "dans": "in|into", "sur": "on|upon", "sous": "under", "par": "by|through", "pour": "for|to",
    "avec": "with", "sans": "without", "entre": "between|among", "comme": "like|as", "contre": "against",
    "vers": "towards|toward", "dès": "since", "et": "and", "ou": "or", "son": "POSS", "sa": "POSS",
    "ses": "POSS", "leur": "POSS", "leurs": "POSS", "sera": "~be", "est": "~be", "a": "~have",
}
_REFLEXIVE = {"se", "s'"}
_PARTITIVE = {"des", "du"}
_ARTICLES = {"le", "la", "les", "l'", "un", "une"}
_OBJECT = "him|them|us|me?"  # a French object pronoun ('lui rendre hommage') after the English verb ('her' and 'it' are
# left out: 'holding her head' is a possessive)
_AUX = "will|would|has|have|had|could|must|should|may|might|can|is|was|are|were?"
_MAX_SHAPES = 24


def _split(french: str) -> list[str]:
    """The French words, elided articles and pronouns ('l'', 'd'', 's'') as words of their own."""
    words = []
    for word in french.lower().replace("’", "'").split():
        m = re.match(r"^([ldsjnmc]|qu)'(.+)$", word)
        words += [m.group(1) + "'", m.group(2)] if m else [word]
    return words


def _plural(word: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _lookup(word: str, glosses: dict) -> tuple[str, bool] | None:
    """A French content word's literal renderings, looked up as written, then without a plural or feminine ending;
    and whether a plural ending was taken off (the English is then made plural)."""
    for form in (word, re.sub(r"[sx]$", "", word), re.sub(r"e?s?$", "", word), re.sub(r"e$", "", word)):
        if form in glosses:
            return str(glosses[form]), form != word and word[-1:] in "sx" and form[-1:] not in "sx"
    return None


def _content(word: str, glosses: dict) -> tuple[list[str], str] | None:
    """A content word's renderings (a hyphenated compound glossed part by part) and its kind: 'verb' (a '~lemma'),
    'adj' (marked '/A': French puts it after the noun, English before), 'word' (in the French word's number)."""
    if "-" in word and _lookup(word, glosses) is None:
        parts = [([_FUNCTION[p].split("|")[0]], "function") if p in _FUNCTION else _content(p, glosses)
                 for p in word.split("-")]
        if any(p is None for p in parts):
            return None
        joined = ["-".join(c) for c in itertools.product(*(p[0] for p in parts))]
        return joined, "word"
    found = _lookup(word, glosses)
    if found is None:
        return None
    gloss, plural = found
    kind = "adj" if gloss.endswith("/A") else "verb" if gloss.startswith("~") else "word"
    alternatives = [g.strip() for g in gloss.removesuffix("/A").split("|")]
    if plural and kind == "word":
        alternatives = [_plural(a) if " " not in a else a for a in alternatives]
    return alternatives, kind


def _participle(lemma: str, irregular: dict) -> str:
    if lemma in irregular:
        forms = irregular[lemma]
        return forms[3] if len(forms) == 5 else forms[2] if len(forms) == 4 else forms[0]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def shapes(french: str, glosses: dict, irregular: dict, passive: bool = False) -> list[str]:
    """The literal English shapes of a French expression, in calque_idioms.yaml's shape syntax: each word glossed
    (content words by the table, function words by their usual rendering), a reflexive pronoun after its verb, an
    object pronoun allowed after the verb, a postposed adjective before or after its noun, and for a verb and its
    object, when `passive`, the passive ('l'alerte a été donnée' from 'donner l'alerte'). `+` in the French is an
    optional word (an adjective English may add). Empty when a content word has no gloss."""
    words = _split(french)
    while words and words[0] in _ARTICLES:
        words.pop(0)  # a leading article is not part of the calque
    tokens: list[tuple[list[str], str]] = []  # (alternatives, kind)
    reflexive = False
    for word in words:
        if word in _REFLEXIVE:
            reflexive = True
            continue
        if word == "+":
            tokens.append((["*?"], "slot"))
        elif word in _PARTITIVE and tokens and tokens[-1][1] == "slot" and tokens[-2][1] == "verb":
            tokens.append((["some|the?"], "function"))  # 'essuyer des tirs': a partitive after a verb, not 'of'
        elif word in _FUNCTION:
            tokens.append(([_FUNCTION[word]], "function"))
        else:
            content = _content(word, glosses)
            if content is None:
                return []
            if content[1] == "word" and tokens and tokens[-1][0] in (["*?"], ["POSS"]):
                # after a possessive or an added word English may follow the subject's number ('their faces')
                content = ([a + "|" + _plural(a) if " " not in a and not a.endswith("s") else a
                            for a in content[0]], "word")
            tokens.append(content)
            if content[1] == "verb":
                tokens.append(([("REFL" if reflexive else _OBJECT)], "slot"))
                reflexive = False
    orders = [tokens]
    for i in range(1, len(tokens)):
        if tokens[i][1] == "adj" and tokens[i - 1][1] == "word":  # French noun + adjective
            orders.append(tokens[:i - 1] + [tokens[i], tokens[i - 1]] + tokens[i + 1:])
    results: list[str] = []
    for order in orders:
        results += _render(order)
        turned = _passive(order, irregular) if passive else None
        if turned:
            results += _render(turned)
    return list(dict.fromkeys(results))[:_MAX_SHAPES]


def _passive(tokens: list, irregular: dict) -> list | None:
    """A verb first and its object after it, turned round: the object, an auxiliary, 'be', the participle."""
    if len(tokens) < 3 or tokens[0][1] != "verb" or tokens[2][0] != ["the?"]:
        return None
    rest = [t for t in tokens[2:] if t[0] != ["the?"]]
    while rest and rest[-1][1] == "function":  # 'faire la lumière sur': the light was made (on …)
        rest.pop()
    if not rest or rest[0][1] != "word":
        return None
    participle = "|".join(sorted({_participle(v.split()[0].lstrip("~"), irregular) for v in tokens[0][0]}))
    tail = " ".join(v.split(" ", 1)[1] for v in tokens[0][0] if " " in v)  # a particle: 'put out' → 'out'
    return ([(["the"], "function")] + rest + [([_AUX], "slot"), (["~be"], "function"), (["*?"], "slot"),
                                               ([participle], "verb")]
            + ([([tail], "function")] if tail else []))


def _render(tokens: list) -> list[str]:
    """The shapes of a token sequence: alternatives of one word joined by '|', of several words spelled out."""
    choices = []
    for alternatives, kind in tokens:
        single = [a for a in alternatives if " " not in a]
        multi = [a for a in alternatives if " " in a]
        choices.append((["|".join(single)] if single else []) + multi)
    shapes_ = []
    for combo in itertools.product(*choices):
        shape = " ".join(c for c in combo if c)
        # optional words at the end of a shape add nothing to what it matches
        parts = shape.split()
        while parts and parts[-1].endswith("?"):
            parts.pop()
        if parts:
            shapes_.append(" ".join(parts))
        if len(shapes_) >= _MAX_SHAPES:
            break
    return shapes_


def glossed_rows(idiom_regex, rarity, verb_forms) -> tuple[tuple, ...]:
    """Per shape of each expression of checker/data/calque_expressions.yaml: its rarest literal word, its regex,
    the French, the advice, its other literal words (the rows structures.idiom_patterns builds from)."""
    from ...data.cache import load_yaml

    data = load_yaml("calque_expressions")
    irregular = load_yaml("calque_idioms")["verbs"]
    glosses = data["glosses"]
    rows = []
    for french, english, *extra in data["expressions"]:
        guard = f" !{extra[0]}" if extra and extra[0] else ""
        passive = french.endswith(" (passive)")
        french = french.removesuffix(" (passive)")
        for shape in shapes(french, glosses, irregular, passive):
            # a verb's forms spelled out: a shape of a verb and a pronoun ('se vider') is looked for by them
            shape = re.sub(r"~([a-z]+)", lambda m: "|".join(verb_forms(m.group(1), irregular)), shape)
            regex, literal = idiom_regex(shape + guard, irregular)
            if not literal:
                continue
            rarest = max(range(len(literal)), key=lambda k: rarity(literal[k]))
            rows.append((literal[rarest], f"(?P<span>{regex})", french, english,
                         tuple(w for k, w in enumerate(literal) if k != rarest)))
    return tuple(rows)
