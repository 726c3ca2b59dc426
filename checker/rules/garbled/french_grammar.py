"""GRB013: French grammar carried into English words (tense, comparison, inversion, relatives, noun phrases)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Category, Severity
from ...registry import Example, Rule
from ..calque.matching import WordIndex
from ..lexicon import LazyPattern
from .french_clause import COUNTRIES as _COUNTRIES
from .french_age import AGE

COUNTRIES = tuple(dict.fromkeys((*_COUNTRIES, "Quebec", "Canada", "Libya", "Iraq", "Afghanistan",
                                  "Pakistan")))
_NUMBER = (r"(?:(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|a few|several|many|some|a dozen|dozens of|two|three|four|five|six|seven|eight|nine|ten"
           r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a|one)")
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|decades?|centuries|century|minutes?)"
# adjectives whose comparative English builds with -er: 'more big' is French 'plus grand'
SHORT_ADJECTIVES = ("big", "small", "strong", "high", "low", "fast", "young", "cheap", "rich", "poor", "long", "short",
                    "large", "great", "hard", "near", "late", "early", "easy", "heavy", "old", "tall", "weak", "wide",
                    "deep", "quick", "slow", "hot", "cold", "warm", "soft", "safe", "new", "nice", "fine", "small",
                    "busy", "happy", "dirty", "angry", "pretty", "tough", "bright", "dark", "thin", "thick", "cheap",
                    "close", "simple", "narrow", "clean")
_SHORT = "|".join(dict.fromkeys(SHORT_ADJECTIVES))
# what closes a predicative comparative: 'than', a stop, a conjunction, a preposition
_AFTER_COMPARATIVE = r"(?=\s*(?:[,.;:!?)]|[—–]|$)|\s+(?:than|and|or|but|for|to|in|at|on|when|because|if|every|each)\b)"
_PARTICIPLE = (r"(?:(?-i:[a-z]{3,}ed)|made|taken|given|seen|known|held|found|built|chosen|written|sent|put|set|said"
               r"|told|kept|left|lost|won|paid|brought|bought|shown|spoken|begun|done|led|heard|sold|thrown|struck"
               r"|drawn|fallen|risen|gone|come|become)")
_NOT_VERB = (r"(?!(?:the|a|an|he|she|it|we|they|you|i|there|this|that|these|those|his|her|their|its|our|not|also"
             r"|never|be|have|been|born|all|both|many|some|much|more|most|only|even|still)\b)")
PERSON_NOUNS = ("man", "woman", "men", "women", "people", "person", "persons", "minister", "president", "official",
                "spokesman", "spokeswoman", "mayor", "leader", "director", "doctor", "teacher", "lawyer", "judge",
                "player", "coach", "victim", "suspect", "father", "mother", "son", "daughter", "brother", "sister",
                "wife", "husband", "child", "children", "journalist", "officer", "soldier", "candidate", "senator",
                "singer", "actor", "artist", "boy", "girl", "residents", "workers", "students", "pupils", "patients",
                "prosecutor", "mayors", "ministers", "farmers", "voters", "fans", "witnesses", "witness")
_PERSON = "|".join(PERSON_NOUNS)
TIME_NOUNS = ("hour", "day", "week", "month", "year", "moment", "instant", "time", "evening", "morning", "night",
              "period", "minute", "era", "season", "weekend", "date", "afternoon", "epoch")
# a bare abstract noun between two 'of' ('the objectives of reduction of the emissions') is French 'de' + noun
BARE_MIDDLE_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")
BARE_MIDDLE = frozenset("defence defense work use research control training support aid access growth release "
                        "supervision transport care health labour".split())
# a verb or adjective and the preposition (or bare object) its French counterpart takes, never English
VALENCY = (r"renounc(?:e|es|ed|ing) to|resembl(?:e|es|ed|ing) to|participat(?:e|es|ed|ing) to"
           r"|discuss(?:es|ed|ing)? (?:about|of)|listen(?:ed|ing)? (?:the|a|an|his|her|their|its|this|these|those)"
           r"|obey(?:s|ed|ing)? to|impos(?:e|es|ed|ing) (?:(?:it|them|this|that) )?to (?:the|a|an|his|her|their|its"
           r"|all|everyone|them|him|us|every)|think(?:s|ing)? to (?:the|a|an|his|her|their|its)"
           r"|thought to (?:the|his|her|their|its)|benefit(?:ed|ted|ing|ting) of|lack(?:ed|ing) of"
           r"|remember(?:s|ed|ing)? of|passionate (?:of|by)|responsible of|capable to|different of|satisfied of"
           r"|angry against|furious against|similar than|dependent of")
_VALENCY = VALENCY.replace(" ", r"\s+")
VALENCY_WORDS = ("renounce", "renounces", "renounced", "renouncing", "resemble", "resembles", "resembled",
                 "resembling", "participate", "participates", "participated", "participating", "discuss",
                 "discusses", "discussed", "discussing", "listen", "listened", "listening", "obey", "obeys", "obeyed",
                 "obeying", "impose", "imposes", "imposed", "imposing", "think", "thinks", "thinking", "thought",
                 "benefited", "benefitted", "benefiting", "benefitting", "lacked", "lacking", "remember",
                 "remembers", "remembered", "remembering", "passionate", "responsible", "capable", "different",
                 "satisfied", "angry", "furious", "similar", "dependent")
# verbs of saying that French puts before the speaker after a quotation, with an adverbial between them
SPEECH_VERBS = ("said", "says", "declared", "declares", "told", "tells", "explained", "explains", "added", "adds",
                "reacted", "reacts", "stressed", "stresses", "indicated", "indicates", "affirmed", "affirms",
                "assured", "assures", "insisted", "insists", "announced", "announces", "confided", "confides",
                "wrote", "writes", "commented", "comments", "recalled", "recalls", "warned", "warns", "tweeted",
                "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes", "replied", "replies",
                "retorted", "retorts", "concluded", "concludes", "noted", "notes", "observed", "observes")
# verbs of opinion English never puts before the speaker after a quotation ('”, estimate the experts')
# (reporting verbs such as 'assured', 'declared', 'stressed' are inverted in English press copy too)
OPINION_VERBS = ("estimate", "estimates", "estimated", "judge", "judges", "judged", "consider", "considers",
                 "considered", "deplore", "deplores", "deplored", "regret", "regrets", "regretted", "underline",
                 "underlines", "underlined", "hammer", "hammers", "hammered", "denounce", "denounces", "denounced")
QUANTITY_NOUNS = frozenset("tens hundreds thousands millions billions dozens lots number majority part rest most "
                           "some one all none each many half third quarter percent proportion share series kind "
                           "sort type lack start end beginning middle".split())


@dataclass(frozen=True, slots=True)
class Shape:
    """One French construction: the words one of which every match holds, the pattern (group `span`), the
    message."""

    needs: tuple[str, ...]
    pattern: str  # its group `span` (or the whole match) is reported
    message: str
    before: str = ""  # what must end where the match starts (read backwards from there), reported with it
    opens: bool = False  # the match opens a sentence
    quoted: bool = False  # the match follows a quotation of several words, not a quoted title ('the film “Hope”')
    leads: bool = False  # every match starts with one of `needs`: matched only where those words stand


SHAPES = (
    Shape(("since",), rf"\b(?P<span>since\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|over\s+)?"
                      rf"{_NUMBER}\s+{_UNIT})\b(?!\s+(?:ago|earlier|before|after|later|of)\b)",
          "'Since eight years' is the French 'depuis huit ans'; English says 'for eight years' (with a perfect) or "
          "'eight years ago'.", leads=True),
    Shape(("aged",), rf"\b(?P<span>aged\s+of\s+{AGE}(?:\s+(?:years?|months?|weeks?|days?))?)(?![\w-])",
          "'Aged of 80 years' is the French 'âgé de 80 ans'; English says 'aged 80' or '80-year-old'.", leads=True),
    Shape(("there",), rf"\b(?P<span>there\s+(?:is|are|was)\s+{_NUMBER}\s+{_UNIT})(?=\s*[,.;:)]|\s+(?:that|since"
                      r"|ago)\b)",
          "'There are ten years' is the French 'il y a dix ans'; English says 'ten years ago'.", leads=True),
    Shape(("where",), r"\b(?P<span>where)\b(?!\s+(?:to|it|they|he|she)\s+(?:go|find|stay|live)\b)",
          "'The day where' is the French 'le jour où'; English says 'the day when' or 'the day (that)'.",
          # after an article, or bare in an apposition (", day where")
          before=rf"(?:\b(?:the|a|that|this|at the|on the)\s+(?:(?-i:[a-z]+)\s+)?|[,;]\s+)"
                 rf"(?:{'|'.join(TIME_NOUNS)})\s+$"),
    Shape(("more", "most"), rf"\b(?P<span>(?:more|most)(?<!\bor more)(?<!\bany more)(?<!\bno more)\s+"
                            rf"(?:{_SHORT}))\b(?![-'’]){_AFTER_COMPARATIVE}",
          "'More big' is the French 'plus grand'; English builds this comparative with -er ('bigger', 'the "
          "biggest').", leads=True),
    Shape(("more", "most"), rf"\b(?P<span>the\s+(?:most|more)\s+(?:{_SHORT})\s+(?-i:[a-z]{{3,}}))\b(?![-'’])"
                            r"(?<!\bpeople)(?<!\bvoters)(?<!\bchildren)(?<!\bmen)(?<!\bwomen)",
          "'The more high summit' is the French 'le plus haut sommet'; English builds the superlative with -est "
          "('the highest summit')."),
    Shape(("most",), r"\b(?P<span>the(?<!make the)(?<!made the)(?<!makes the)(?<!making the)(?<!get the)"
                     r"(?<!got the)(?<!gets the)(?<!\bat the)(?<!\bfor the)\s+most\s+of\s+(?:the|his|her|their|its"
                     r"|these|those|our|them))\b",
          "'The most of the residents' is the French 'la plupart des'; English says 'most of the residents'."),
    Shape(("thus", "so", "also", "hence", "perhaps", "maybe", "therefore", "then", "such"),
          rf"(?P<span>(?-i:Thus|So|Also|Hence|Perhaps|Maybe|Therefore|Then|Such)\s+"
          rf"(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?{_PARTICIPLE}"
          rf"|(?:will|would|could|can|might|must|should)\s+{_NOT_VERB}(?-i:[a-z]{{3,}}))\s+(?:the|a|an|his|her"
          r"|their|its|some|several|many|all|these|those|\d[\d,.]*|(?-i:[A-Z])[\w'’-]+))\b",
          "The subject after its verb ('Thus have decided the judges') is French inversion after 'Ainsi'; English "
          "keeps the subject first ('Thus the judges decided').", opens=True, leads=True),
    Shape(("which",), r"\bwhich\b(?=\s+(?!is\b|was\b|way\b))",
          "'Which' after a person is the French 'qui'; English says 'who'.",
          before=rf"\b(?:the|a|an|this|that|every|each|one|two|three|young|old|many|some|whose)\s+"
                 rf"(?P<head>{_PERSON})\s+$", leads=True),
    Shape(("mr", "mrs", "ms", "dr"), r"\b(?P<span>(?:Mr|Mrs|Ms|Dr)\.?\s+(?-i:[A-Z])[\w'’-]+\s*,\s*which)\s+"
                                     r"(?:had|has|said|told"
                      r"|declared|announced|added|explained|stressed|insisted|promised|wanted|wants|intends|was born"
                      r"|lives|lived|works|worked)\b",
          "'Which' after a person is the French 'qui'; English says 'who'.", leads=True),
    Shape(("while",), r"\b(?P<span>all\s+while\s+(?-i:[a-z]{3,}ing))\b",
          "'All while looking' is the French 'tout en regardant'; English says 'while looking' or 'as he "
          "looked'."),
    Shape(("goal", "aim", "objective", "purpose"),
          r"\b(?P<span>in\s+the\s+(?:goal|aim|objective|purpose)\s+(?:of|to))\b",
          "'In the goal of' is the French 'dans le but de'; English says 'with the aim of' or 'in order to'."),
    Shape(VALENCY_WORDS, rf"\b(?P<span>{_VALENCY})\b",
          "The verb or adjective keeps the preposition its French counterpart takes ('renoncer à', 'responsable "
          "de', 'écouter le'); English builds it otherwise ('renounce the project', 'responsible for', 'listen to "
          "the').", leads=True),
    Shape(SPEECH_VERBS, rf"[”\"»],?\s+(?P<span>(?:{'|'.join(SPEECH_VERBS)})\s+(?:on|to|in|at|during|before|after|from"
                        r"|via|by)\s+(?:[\w'’-]+\s+){0,3}?(?:the|Mr|Mrs|Ms|Dr|Professor)\s+[\w'’-]+)",
          "The speaker after the verb and an adverbial ('”, declared to Reuters the colonel') is French inversion; "
          "English puts the speaker first ('the colonel told Reuters').", quoted=True),
    Shape(OPINION_VERBS, rf"[”\"»],?\s+(?P<span>(?:{'|'.join(OPINION_VERBS)})\s+(?:the|Mr|Mrs|Ms|Dr)\s+[\w'’-]+)",
          "A verb of opinion put before its subject after a quotation ('”, estimate the experts') is French "
          "inversion; English says 'the experts estimate' or 'the experts said'.", quoted=True),
    # 'the president of the France': French puts the article before a country; 'the France of de Gaulle', 'the
    # France in the making' and 'the Quebec government' go on after the name
    Shape(("of",), rf"\b(?P<span>of\s+the\s+(?:{'|'.join(COUNTRIES)}))(?=\s*[,.;:)”\"]|\s+\(|\s+and\s+"
                   r"(?:of\s+)?(?:the\s+)?(?-i:[A-Z]))",
          "'Of the France' keeps the French article before a country ('de la France'); English says 'of France'.",
          leads=True),
    Shape(("of",), r"\bof (?P<middle>(?-i:[a-z]{3,})) of the (?-i:[a-z]{3,})\b",
          "A chain of 'of' with a bare noun in the middle ('the objectives of reduction of the emissions') follows "
          "the French 'de' link by link; English uses modifiers ('emission reduction targets').",
          before=r"\b(?i:the|its|their|his|her)\s+(?P<head>(?-i:[a-z]{3,}))\s+$", leads=True),
)


@functools.lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[LazyPattern, LazyPattern | None], ...]:
    """Each shape's pattern and look-behind, compiled on first use (a text holds the words of few shapes)."""
    return tuple((LazyPattern(s.pattern, re.IGNORECASE), LazyPattern(s.before, re.IGNORECASE) if s.before else None)
                 for s in SHAPES)


_OPENING = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n\s*)$")


@functools.lru_cache(maxsize=None)
def _index() -> WordIndex:
    """The shapes scanned line by line: those whose match does not start with one of their words."""
    return WordIndex.of(() if s.leads else s.needs for s in SHAPES)


@functools.lru_cache(maxsize=None)
def _leading() -> dict[str, tuple[int, ...]]:
    """For each word that starts the matches of some shapes, those shapes: matched only where the word stands."""
    owners: dict[str, list[int]] = {}
    for i, shape in enumerate(SHAPES):
        for word in shape.needs if shape.leads else ():
            owners.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in owners.items()}


def _matches(text: str):
    """(shape index, match) for every shape: at each occurrence of a leading word, or over the lines holding a
    needed word."""
    from ..lexicon import text_words

    compiled = _compiled()
    lowered, words = text_words(text)
    leading = _leading()
    for word in leading.keys() & words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (not at or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                for i in leading[word]:
                    match = compiled[i][0].match(text, at)
                    if match is not None:
                        yield i, match
            at = lowered.find(word, end)
    for i, lines in _index().lines(text).items():
        for a, b in lines:
            for match in compiled[i][0].finditer(text, a, b):
                yield i, match


def _after_quotation(text: str, close: int) -> bool:
    """The quotation mark at `close` ends a quoted sentence: three words or more since its opening mark."""
    opening = max(text.rfind("“", max(0, close - 400), close), text.rfind("«", max(0, close - 400), close),
                  text.rfind('"', max(0, close - 400), close))
    return opening >= 0 and text.count(" ", opening, close) >= 2


def _bare_middle(word: str) -> bool:
    return word in BARE_MIDDLE or len(word) > 6 and word.endswith(BARE_MIDDLE_SUFFIXES)


def grammar_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for every French construction in text."""
    compiled = _compiled()
    hits = []
    for i, match in _matches(text):
        (pattern, before), shape = compiled[i], SHAPES[i]
        if "middle" in pattern.groupindex and not _bare_middle(match.group("middle")):
            continue
        start, end = match.span("span") if "span" in pattern.groupindex else match.span()
        if shape.opens and not _OPENING.search(text, max(0, start - 4), start):
            continue
        if shape.quoted and not _after_quotation(text, match.start()):
            continue
        if before is not None:
            head = before.search(text, max(0, start - 40), start)
            if head is None or "head" in before.groupindex and head.group("head").lower() in QUANTITY_NOUNS:
                continue  # "the rights of tens of thousands of people": a quantity, not a chain
            start = head.start("head") if "head" in before.groupindex else head.start()
        hits.append((start, end, shape.message))
    from .postposed import postposed_hits

    hits.extend(postposed_hits(text))
    return sorted(set(hits))


def check(ctx):
    if ctx.doc.lang != "en":
        return
    from .deferral import deferred_hits

    hits = grammar_hits(ctx.doc.text)
    if hits:
        # GRB001 reports its listed wording of it; a calque spanning it is the calque rules' to report
        yield from deferred_hits(ctx, hits)


RULE = Rule(
    code="GRB013",
    name="french-grammar",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="French grammar kept under English words ('since eight years', 'more big', 'the day where', "
            "'Thus have decided the judges', 'the decision final').",
    check=check,
    doc="""\
## What it does
Reports grammatical structures that French builds and English does not, read as shapes over word
classes (numbers and time units, short adjectives, auxiliaries and participles, person nouns,
abstract nouns, adjectives of the kinds French puts after the noun): a span with 'since' (*depuis
huit ans*), 'aged of' (*âgé de*), 'there are ten years' for 'ago' (*il y a*), a time noun with
'where' (*le jour où*), a comparative or superlative of a short adjective with 'more'/'most'
(*plus grand*), 'the most of the' (*la plupart des*), the subject put after an auxiliary and
participle after 'Thus', 'So', 'Perhaps' (*Ainsi ont décidé les juges*), 'which' after a person (*qui*), 'all while' + -ing (*tout en*), 'in the goal of'
(*dans le but de*), a chain of 'of' through a bare abstract noun (*les objectifs de réduction des
émissions*), a relational or classifying adjective after its noun ('the decision final',
'a reform constitutional'), a verb or adjective with the preposition of its French counterpart
('renounced to', 'passionate of', 'listened the'), and the
speaker put after the verb following a quotation, with an adverbial between them ('”, declared to
Reuters the colonel') or with a verb of opinion ('”, estimate the experts').
Constructions the calque rules or GRB001's listed patterns report are left to them.
Correct English is left alone: 'ten years since', 'more young people', 'make the most of',
'So said the minister', 'Thus began a new era', 'the place where', 'the lawyer, which I am not',
'the rights of tens of thousands of people', 'the attorney general', 'the people concerned'.
'Of the' before a country that ends its phrase ('the leaders of the Italy and of Spain') keeps the
French article; 'the France of de Gaulle' and 'the Quebec government' are English.

## Why is this bad?
The words are English but the grammar is French: the reader stumbles over each one, and a few
('there are ten years') say something else.

## Example
`He left the country there are ten years.` → `He left the country ten years ago.`
""",
    examples=(
        Example("No trace of the climber has been found [[since dozens of days]]."),
        Example("The house was sold [[there is a dozen years]], the notary said."),
        Example("There was [[a time where]] the whole valley lived from the mine."),
        Example("[[The most of the]] shops stayed closed on Sunday."),
        Example("[[Thus have decided the]] judges of the appeal court."),
        Example("[[Perhaps will follow the]] other unions next week."),
        Example("The [[minister which]] signed the decree has resigned."),
        Example("[[Mr Dupont, which]] had promised a referendum, changed his mind."),
        Example("She answered the questions [[all while smiling]] at the cameras."),
        Example("The boy [[resembled to]] his father in every way."),
        Example("The court will announce the [[decision final]] on Friday."),
        Example("The summit brought together the leaders [[of the Italy]] and of Spain."),
        Example("He fled to the north [[of the Syria]], his lawyer said."),
        Example("The senators describe a [[control quasi-inexistent]] of the spending."),
        Example("The arch vanished under a [[fabric silver-blue recyclable]], held by ropes."),
        Example("The carmaker [[renounced to]] its plan for a second plant."),
        Example("\"We will hold the line,\" [[declared to Reuters the colonel]] in charge of the sector."),
        Example("\"The damage is lasting,\" [[estimate the experts]] of the agency."),
        Example("It is ten years since the factory closed."),
        Example("The carmaker renounced its plan and listened to the unions."),
        Example("\"We will hold the line,\" the colonel told Reuters."),
        Example("The report, titled \"Fragile\", estimated the cost at two billion euros.",
                note="a quoted title, then the verb and its object"),
        Example("Unemployment has fallen for eight years; it has not been this low since 2008."),
        Example("The novelist, aged 80, was arrested at the airport."),
        Example("There are ten years left on the lease."),
        Example("This is the place where the bridge collapsed."),
        Example("There are more young people in the town than ever."),
        Example("The club made the most of the sunshine."),
        Example("He wrote the history of the France in the making."),
        Example("The team reached the semi-final of the cup."),
        Example("The council adopted a long-term financial plan."),
        Example("The minister of the Quebec government resigned."),
        Example("So said the minister, before leaving the room."),
        Example("Thus began a new era for the club.", note="a plain verb before its subject, as English allows"),
        Example("\"If I were a corrupt lawyer, which I am not, I would say so,\" he told the court."),
        Example("The judge ruled on the rights of tens of thousands of people."),
        Example("The attorney general and the people concerned met on Monday."),
        Example("Voters want more or less the same thing.", note="'more or less'"),
        Example("The high-rise towers were the most high-profile victims of the storm."),
        Example("She smiled while answering the questions, all while the cameras rolled.",
                note="'all while' before a clause"),
    ),
)
