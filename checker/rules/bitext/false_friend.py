"""FFR002: an English look-alike aligned with the French word it mistranslates, or with a sense its French context excludes."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...align.words import english_stem, spelled_alike
from ...data.cache import load_yaml
from ...findings import Category, Hit, Severity
from ...registry import Example, Rule


CUE_WINDOW = 80  # characters either side of the French word in which a context word picks its sense


@dataclass(frozen=True, slots=True)
class FalseFriend:
    french: re.Pattern
    english: re.Pattern | None  # None: the look-alike is the French word's cognate in the aligned sentence
    unless: tuple[re.Pattern, ...]
    meaning: str
    suggestion: str | None
    when: tuple[re.Pattern, ...] = ()  # French context that picks the sense the look-alike misses (any)
    english_unless: tuple[re.Pattern, ...] = ()  # English phrases in which the look-alike is right
    look_alike: bool = True  # False: the English word is another sense, not a cognate (GRB011's)
    whole: bool = False  # report the whole English match ("TV station"), not its first word ("assist at")
    senses: frozenset[str] = frozenset()  # English stems of the meaning: a cognate among them is no look-alike


def _word_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE | re.UNICODE)


def _sense_regex(pattern: str) -> re.Pattern:
    from .expressions import word_regex
    return word_regex(pattern)  # the sense inventory writes a plain apostrophe for both


def _patterns(items) -> tuple[re.Pattern, ...]:
    return tuple(_sense_regex(item) for item in items or ())


@functools.lru_cache(maxsize=1)
def decisive_pairs() -> tuple[FalseFriend, ...]:
    """The `decisive` section of checker/data/false_friends.yaml."""
    data = load_yaml("false_friends") or {}
    return tuple(FalseFriend(_word_regex(item["french"]), _word_regex(item["english"]),
                             tuple(_word_regex(u) for u in item.get("unless") or ()),
                             item["meaning"], item.get("suggestion"))
                 for item in data.get("decisive", ()))


@functools.lru_cache(maxsize=1)
def sense_inventory() -> tuple[FalseFriend, ...]:
    """checker/data/senses_fr_en.yaml: polysemous French words whose context picks the sense."""
    data = load_yaml("senses_fr_en")
    return tuple(FalseFriend(_sense_regex(item["french"]), _sense_regex(item["english"]), _patterns(item.get("unless")),
                             item["meaning"], item.get("suggestion"), _patterns(item.get("when")),
                             _patterns(item.get("english_unless")), item.get("look_alike", True), True)
                 for item in data["senses"])


@functools.lru_cache(maxsize=1)
def french_side() -> tuple[FalseFriend, ...]:
    """checker/data/faux_amis_fr.yaml: French words whose English look-alike is found by spelling."""
    data = load_yaml("faux_amis_fr")
    return tuple(FalseFriend(_sense_regex(item["french"]),
                             _sense_regex(item["english"]) if item.get("english") else None,
                             _patterns(item.get("unless")), item["meaning"].split(",")[0].strip(),
                             item.get("suggestion"), _patterns(item.get("when")),
                             senses=frozenset(english_stem(m) for m in re.split(r"[,/ ]+", item["meaning"]) if m))
                 for item in data["faux_amis"])


def _look_alikes(friend: FalseFriend, french: re.Match, at: int, target: str, span: tuple[int, int],
                 links) -> list[tuple[int, int]]:
    """The English words of the aligned sentence that are the French word's look-alike.

    With an `english` pattern, its matches; otherwise the word linked to the French word when it is
    spelled like it, or, when the French word has no link, the unlinked words spelled like it. `at`
    is where the French match starts in the source text.
    """
    if friend.english is not None:
        return [m.span() for m in friend.english.finditer(target, *span)]
    if links is None:
        return []
    word = french.group().split()[0]
    index = next((i for i, w in enumerate(links.source) if w.start <= at < w.end), None)
    if index is None:
        return []
    linked = [j for i, j, _ in links.links if i == index]
    if not linked:
        taken = {j for _, j, _ in links.links}
        linked = [j for j in range(len(links.target)) if j not in taken]
    return [(links.target[j].start, links.target[j].end) for j in linked
            if spelled_alike(word, links.target[j].text) and english_stem(links.target[j].text) not in friend.senses]


def _cue(friend: FalseFriend, sentence: str, french: re.Match) -> str | None:
    """The French context word that selects the sense ('' when the entry needs none), or None."""
    if not friend.when:
        return ""
    start, end = max(0, french.start() - CUE_WINDOW), french.end() + CUE_WINDOW
    for pattern in friend.when:
        for cue in pattern.finditer(sentence, start, end):
            if cue.span() != french.span():  # a cue may hold the word ("aux urgences"), not be it
                return cue.group()
    return None


def _licensed(friend: FalseFriend, target: str, start: int, end: int, span: tuple[int, int]) -> bool:
    return any(m.start() <= start and end <= m.end()
               for pattern in friend.english_unless for m in pattern.finditer(target, *span))


def _case_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _sense(friend: FalseFriend, sentence: str) -> tuple[re.Match, str] | None:
    """The first occurrence of the French word whose context selects the entry's sense, and the cue."""
    if friend.french.search(sentence) is None or any(u.search(sentence) for u in friend.unless):
        return None  # the French word first: most sentences have none, and most entries no `unless`
    for french in friend.french.finditer(sentence):
        cue = _cue(friend, sentence, french)
        if cue is not None:
            return french, cue
    return None


def findings(ctx, entries: tuple[FalseFriend, ...], words=None):
    """Hits for each English rendering, in an aligned sentence, of a French word in a sense its context excludes."""
    source, target = ctx.source.text, ctx.doc.text
    pairs = ctx.get("pair.sentences")
    for pair, links in zip(pairs, words if words is not None else [None] * len(pairs)):
        if not pair.source or not pair.target:
            continue
        s0 = pair.source_span[0]
        french_sentence = source[s0:pair.source_span[1]]
        seen: set[int] = set()
        for friend in entries:
            sense = _sense(friend, french_sentence)
            if sense is None:
                continue
            french, cue = sense
            for start, end in _look_alikes(friend, french, s0 + french.start(), target, pair.target_span, links):
                if not friend.whole:
                    end = start + len(target[start:end].split()[0])
                if start in seen or _licensed(friend, target, start, end, pair.target_span):
                    continue
                seen.add(start)
                word = target[start:end]
                fix = _case_like(friend.suggestion, word) if friend.suggestion else None
                advice = f" Write '{fix}'." if fix else ""
                here = f" here (beside '{cue}')" if cue else ""
                yield Hit(start, end,
                          f"'{word}' renders the French '{french.group()}', which{here} means '{friend.meaning}', "
                          f"not '{word.lower()}'.{advice}", suggestion=fix,
                          source_span=(s0 + french.start(), s0 + french.end()))


def check(ctx):
    entries = decisive_pairs() + tuple(f for f in sense_inventory() if f.look_alike) + french_side()
    return findings(ctx, entries, ctx.get("pair.words"))


RULE = Rule(
    code="FFR002",
    name="false-friend-in-source",
    category=Category.FALSE_FRIEND,
    severity=Severity.WARNING,
    summary="An English look-alike aligned with the French false friend it mistranslates ('actually' for 'actuellement'), or with a sense its French context excludes ('fusion' of two companies).",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
With the source, the French word decides: an English look-alike ("actually", "eventually",
"library", "delay", "manifestation", "blessed") in a sentence aligned with a source sentence
holding the French word it mistranslates (*actuellement*, *éventuellement*, *librairie*,
*délai*, *manifestation*, *blessé*) is reported whatever the English context, unless the
source sentence also holds a French word that the English look-alike does translate ("en
fait" for "actually"). The pairs are data in the `decisive` section of
`checker/data/false_friends.yaml`.

A French word with several senses, one of which the English look-alike renders (*fusion*,
*circulation*, *exercice*, *audience*, *thèse*, *engagement*, *formation*, *course*, *actions*,
*recours*, *délivrer*, *réaliser*), is judged by its French context: the sense inventory in
`checker/data/senses_fr_en.yaml` lists, for each, the French words near it (within 80
characters) that pick the sense the look-alike misses ("exercice" beside "bénéfice" or "clos" is
a financial year; "audience" beside "tribunal" is a hearing; "circulation" beside "autoroute" is
traffic), those that pick the look-alike's own sense ("fusion nucléaire", "exercice militaire",
"formation politique"), and English phrases in which the look-alike is right ("of course",
"for instance"). The message names the context word that decided.

The French side alone decides for the faux amis of `checker/data/faux_amis_fr.yaml` (*organisme*,
*rage*, *énergétique*, *libéré*, *carrière*, *corniche*, *bénéfice*, *professeur*, …): the entry
names the French word, its sense and the French context that picks it; the English look-alike
is the word linked to it in the aligned sentence (`pair.words`) when it is spelled like it
("organism", "energetic", "liberated": any inflection), never a word that renders the meaning
("energy", "organization"). Without the source, FFR001 judges by the English context alone.

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
        Example("The [[fusion]] of the two advertising groups was approved in Brussels.",
                source="La fusion des deux groupes publicitaires a été approuvée à Bruxelles."),
        Example("The motorway was closed to [[circulation]] until nine o'clock.",
                source="L'autoroute a été fermée à la circulation jusqu'à 9 heures."),
        Example("Net profit for the 2013 [[exercise]] rose by 3%.",
                source="Le bénéfice net de l'exercice 2013 a progressé de 3 %."),
        Example("The court set the [[audience]] for January.",
                source="Le tribunal a fixé l'audience au mois de janvier."),
        Example("Investigators ruled out the [[thesis]] of a criminal act.",
                source="Les enquêteurs ont écarté la thèse d'un acte criminel."),
        Example("Nuclear fusion remains decades away.", source="La fusion nucléaire reste lointaine."),
        Example("The army's annual exercise begins on Monday.",
                source="L'exercice annuel de l'armée commence lundi."),
        Example("The show drew a large audience on Saturday.",
                source="L'émission a réuni une large audience samedi."),
        Example("The court set the hearing for January, of course.",
                source="Le tribunal a bien sûr fixé l'audience au mois de janvier."),
        Example("She defended her thesis at the Sorbonne.",
                source="Elle a soutenu sa thèse à la Sorbonne."),
        Example("A case of [[rage]] was detected in a kitten.",
                source="Un cas de rage a été détecté chez un chaton."),
        Example("The watchdog [[organism]] published its report.",
                source="L'organisme de surveillance a publié son rapport."),
        Example("Fighting raged on Thursday in the city.", source="Les combats faisaient rage jeudi dans la ville."),
        Example("It is one of Europe's largest energy projects.",
                source="C'est l'un des plus grands projets énergétiques d'Europe."),
    ),
)
