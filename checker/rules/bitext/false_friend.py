"""FFR002: an English look-alike aligned with the French word it mistranslates (the source decides)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule


@dataclass(frozen=True, slots=True)
class FalseFriend:
    french: re.Pattern
    english: re.Pattern
    unless: tuple[re.Pattern, ...]
    meaning: str
    suggestion: str | None


def _word_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE | re.UNICODE)


@functools.lru_cache(maxsize=1)
def decisive_pairs() -> tuple[FalseFriend, ...]:
    """The `decisive` section of checker/data/false_friends.yaml."""
    import yaml
    raw = resources.files("checker.data").joinpath("false_friends.yaml").read_text(encoding="utf-8")
    data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return tuple(FalseFriend(_word_regex(item["french"]), _word_regex(item["english"]),
                             tuple(_word_regex(u) for u in item.get("unless") or ()),
                             item["meaning"], item.get("suggestion"))
                 for item in data.get("decisive", ()))


def _case_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    pairs = decisive_pairs()
    for pair in ctx.get("pair.sentences"):
        if not pair.source or not pair.target:
            continue
        french_sentence = source[pair.source_span[0]:pair.source_span[1]]
        for friend in pairs:
            french = friend.french.search(french_sentence)
            if french is None or any(u.search(french_sentence) for u in friend.unless):
                continue
            for english in friend.english.finditer(target, *pair.target_span):
                start = english.start()
                end = start + len(english.group().split()[0])
                word = target[start:end]
                fix = _case_like(friend.suggestion, word) if friend.suggestion else None
                advice = f" Write '{fix}'." if fix else ""
                yield Hit(start, end,
                          f"'{word}' renders the French '{french.group()}', which means '{friend.meaning}', "
                          f"not '{word.lower()}'.{advice}", suggestion=fix,
                          source_span=(pair.source_span[0] + french.start(), pair.source_span[0] + french.end()))


RULE = Rule(
    code="FFR002",
    name="false-friend-in-source",
    category=Category.FALSE_FRIEND,
    severity=Severity.WARNING,
    summary="An English look-alike aligned with the French false friend it mistranslates ('actually' for 'actuellement').",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
With the source, the French word decides: an English look-alike ("actually", "eventually",
"library", "delay", "manifestation", "blessed") in a sentence aligned with a source sentence
holding the French word it mistranslates (*actuellement*, *éventuellement*, *librairie*,
*délai*, *manifestation*, *blessé*) is reported whatever the English context, unless the
source sentence also holds a French word that the English look-alike does translate ("en
fait" for "actually"). The pairs are data in the `decisive` section of
`checker/data/false_friends.yaml`. Without the source, FFR001 judges by context alone.

## Why is this bad?
The English word exists but means something else: "eventually" means in the end,
*éventuellement* means possibly; "blessed" for *blessé* turns the injured into the holy.

## Example
Source: `Le gouvernement étudie actuellement le projet.`
Translation: `The government is actually studying the project.` → `currently`.
""",
    examples=(
        Example("The government is [[actually]] studying the project.",
                source="Le gouvernement étudie actuellement le projet."),
        Example("Two people were [[blessed]] in the accident on the motorway.",
                source="Deux personnes ont été blessées dans l'accident sur l'autoroute."),
        Example("The new novel is available in [[libraries]] from Thursday.",
                source="Le nouveau roman est disponible en librairie dès jeudi."),
        Example("The union called a new [[manifestation]] against the reform.",
                source="Le syndicat appelle à une nouvelle manifestation contre la réforme."),
        Example("He could [[eventually]] run for mayor, his entourage says.",
                source="Il pourrait éventuellement se présenter à la mairie, selon son entourage."),
        Example("The government is currently studying the project.",
                source="Le gouvernement étudie actuellement le projet."),
        Example("He actually never said that.", source="En fait, il n'a jamais dit cela."),
        Example("The talks eventually collapsed.", source="Les négociations ont finalement échoué."),
        Example("The library reopens on Monday.", source="La bibliothèque rouvre lundi."),
        Example("The priest blessed the crowd.", source="Le prêtre a béni la foule."),
    ),
)
