"""FFR004: a French look-alike whose syntactic slot (subject, object, complement) gives the French sense away."""
from __future__ import annotations

import functools
import re
from dataclasses import fields

from ...data.cache import load_yaml
from ...findings import Category, Hit, Severity
from ...records import record
from ...registry import Example, Rule
from ..calque.matching import WordIndex, is_english, sentence_around, sentence_bounds
from ..lexicon import LazyPattern, text_words


@record
class LookAlike:
    """One look-alike and the slots in which it carries its French sense."""

    forms: str  # its word forms, separated by spaces: only the lines of a text holding one are read
    slots: tuple[str, ...]  # patterns with {CLASS} names; the group `span` is reported
    french: str
    meaning: str
    suggestion: str | None
    why: str
    unless: str | None = None  # a word of the English sense in the sentence silences the match
    context: str | None = None  # a word of the French sense's topic the sentence must hold


LOOK_ALIKE_FIELDS = len(fields(LookAlike))  # a look-alike's fields in the cached table; its patterns' codes follow


@functools.lru_cache(maxsize=None)
def _table() -> tuple[dict[str, str], list[str], object]:
    """The closed word classes the slots are written with, each look-alike's forms, and the look-alikes' fields by
    their place (checker/data/false_friend_slots.yaml), kept in the data cache: a text needs the forms of every
    look-alike, and the rest of the few whose forms it holds (each read when first asked for)."""
    from ...data.cache import built_key, cached, cached_items

    key = built_key("false_friend_slots.yaml", __file__)
    classes, forms = cached("look-alike-forms", key,
                            lambda: (load_yaml("false_friend_slots")["classes"],
                                     [la["forms"] for la in load_yaml("false_friend_slots")["look_alikes"]]))
    return classes, forms, cached_items("look-alikes", key, _fields)


def _fields() -> dict[int, tuple]:
    """Each look-alike's fields, then the compiled code of its three patterns (`_sources`; None where it has none),
    read back by the process that first meets its forms instead of compiled there."""
    from ...data.cache import cache_dir, regex_code

    data = load_yaml("false_friend_slots")
    kept = cache_dir() is not None  # else nothing is kept: each pattern is compiled when first used
    found = {}
    for i, la in enumerate(data["look_alikes"]):
        look = (la["forms"], tuple(la["slots"]), la["french"], la["meaning"], la["suggestion"], la["why"],
                la.get("unless"), la.get("context"))
        codes = tuple(regex_code(source, re.IGNORECASE) if source else None
                      for source in _sources(data["classes"], LookAlike(*look))) if kept else ()
        found[i] = (*look, *codes)
    return found


def _sources(classes: dict[str, str], la: LookAlike) -> tuple[str, str | None, str | None]:
    """A look-alike's slots as one pattern, its `unless` and its `context` pattern."""
    slots = [re.sub(r"\(\?P<span>", f"(?P<span{i}>", slot.format(**classes)) for i, slot in enumerate(la.slots)]
    return "|".join(f"(?:{s})" for s in slots), la.unless, la.context


@functools.lru_cache(maxsize=None)
def look_alike(index: int) -> LookAlike:
    """The `index`-th look-alike of the data file."""
    return LookAlike(*_table()[2][index][:LOOK_ALIKE_FIELDS])


def look_alikes() -> tuple[LookAlike, ...]:
    """The look-alikes, in the data file's order (the word index numbers them so)."""
    return tuple(look_alike(i) for i in range(len(_table()[1])))


@functools.lru_cache(maxsize=None)
def _compiled(index: int) -> tuple[tuple[str, ...], re.Pattern, re.Pattern | None, re.Pattern | None]:
    """The `index`-th look-alike's word forms, its slots as one pattern, its `unless` and `context` patterns (built
    when a text first holds its forms, from the code the data cache keeps: a text holds the forms of few
    look-alikes)."""
    classes, _, table = _table()
    la = look_alike(index)
    codes = table[index][LOOK_ALIKE_FIELDS:] or (None, None, None)
    (slots, slots_code), *others = zip(_sources(classes, la), codes)
    unless, context = (LazyPattern(source, re.IGNORECASE, code) if source else None for source, code in others)
    return tuple(la.forms.split()), LazyPattern(slots, re.IGNORECASE, slots_code), unless, context


@functools.lru_cache(maxsize=None)
def _index() -> WordIndex:
    return WordIndex.of(forms.split() for forms in _table()[1])


_HITS: list = [(None, [])]  # (the last text asked about, its hits): FFR001 asks before FFR004
# a line longer than this (a document on one line) is read sentence by sentence around the look-alike's forms,
# so that each form costs its sentence rather than the whole line
LONG_LINE = 2000
REACH = 1000  # how far from a form its sentence is looked for


def _sentences_holding(text: str, lowered: str, forms: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of text[start:end] that hold one of the forms, as (start, end), merged where they touch."""
    found: list[tuple[int, int]] = []
    for form in forms:
        at = lowered.find(form, start, end)
        while at >= 0:
            found.append(sentence_bounds(text, at, at + len(form), start, end, back=REACH, forward=REACH))
            at = lowered.find(form, found[-1][1], end)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def structure_hits(text: str) -> list[tuple[int, int, LookAlike]]:
    """(start, end, look-alike) for every look-alike in a slot of its French sense."""
    if _HITS[0][0] is text:
        return _HITS[0][1]
    hits = []
    lowered = text_words(text)[0]  # the lowercase the word index read
    for index, lines in _index().lines(text).items():
        la = look_alike(index)
        forms, pattern, unless, context = _compiled(index)
        stretches = [w for start, end in lines for w in (
            [(start, end)] if end - start <= LONG_LINE else _sentences_holding(text, lowered, forms, start, end))]
        for match in (m for start, end in stretches for m in pattern.finditer(text, start, end)):
            start, end = next(match.span(g) for g, v in match.groupdict().items() if v is not None)
            if unless is not None or context is not None:
                sentence = sentence_around(text, start, end)
                if (unless is not None and unless.search(sentence)
                        or context is not None and not context.search(sentence)):
                    continue
            hits.append((start, end, la))
    hits.sort(key=lambda h: h[0])
    _HITS[0] = (text, hits)
    return hits


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    hits = structure_hits(text)
    if not hits:
        return
    from .in_context import lexicon_spans
    from .sense_cues import sense_hits

    # a warning of FFR001 or FFR003 on the word is theirs; an info of FFR001 is left to this rule (FFR001 skips it)
    taken = [(s, e) for s, e, severity in lexicon_spans(text, ctx.doc.blocks) if severity >= Severity.WARNING]
    taken += [(s, e) for s, e, sense in sense_hits(text, ctx.doc.blocks) if sense.severity >= Severity.WARNING]
    for start, end, la in hits:
        if any(s < end and start < e for s, e in taken):
            continue  # FFR001 or FFR003 reports it
        taken.append((start, end))
        advice = f" Write '{la.suggestion}'." if la.suggestion else ""
        yield Hit(start, end, f"'{text[start:end]}' looks like the French false friend '{la.french}' ({la.meaning}): "
                              f"{la.why}.{advice}", suggestion=None)


RULE = Rule(
    code="FFR004",
    name="false-friend-by-structure",
    category=Category.FALSE_FRIEND,
    severity=Severity.WARNING,
    summary="A French look-alike whose subject, object or complement shows its French sense ('efficient against').",
    check=check,
    doc="""\
## What it does
Reads the syntactic slot of a small, closed set of French look-alikes and reports the word where
the slot only fits the French sense: the kind of subject ("the facts are prescribed", a person who
"evoked" a topic), the kind of object ("diffused several videos", "auditioned the minister",
"dispose of recordings"), the complement ("efficient against the virus", "qualified the move as
historic", "ignore whether"), a determiner before a word English uses only as an adjective ("a
tentative to", "the responsibles of", "its concurrents"), a word English never uses without a
complement ("very susceptible", "very preoccupying"), an ordinal before an office ("a fifth
mandate"). The slots are written over word classes (people by role, institutions, media, legal
events), not over collocations of one word. Where the English sense has a small class of its own,
the slot is its complement: "sensible" before any noun that is not a person or a choice ("its
sensible instruments"), "realised" before an indefinite object that is not a dream or a profit
("realised an excellent first day"), "estimated that" with no figure in the clause. The slots
name argument classes that the French sense selects, so that a new noun of the class is covered:
an event that spectators "assist" or "assist at" (EVENT), an exam "passed" before its results
(EXAM), an office holder or a period that is "actual" (current), a quantity or damage that is
"important" (BIG_QUANTITY), a "prejudice" that is quantified or compensated, a "reunion" that
is held or chaired, a "demand" that is filed or granted, a "formation" that people follow or
receive, "eventually" under a modal in a conditional, a "location" paid for, a "souvenir" that
stays with someone, a "sympathetic" place, what one cannot "support" (noise, heat), a book
"edited" by a publishing house (PUBLISHER), "militants" of a party (PARTY), a fire "mastered" by
firefighters, titles or matches "gained", a goal "validated", a "historical" vote, a measure
"destined to" protect (not a fate), "contaminations" counted, a "polemic" that erupts. Round 11 adds some 120 look-alikes of
news prose by the argument class the French sense selects: courts and police ("the prosecutor required five
years", "the mobile of the crime", "ticket controllers", "degradations committed", "troubles broke out"), schools,
media and culture ("college pupils", "TV chains", "interpreted the role of"), sport ("affronts the champion",
"disputed the final", "the Brazilian selection"), money and work ("the purse of Paris", "actions rose 3%", "a
caution of 5,000 euros"), and words French builds that English lacks ("ponctual", "effectives", "revendications").
Round 12 adds slots by class for news look-alikes: a shop's "client", a church's "office", a match report's "pause", a team's "mental", voters who
voted "massively", a price "per action", a judge's "convocation", "the quarter of" a named district, a diagnosis
"retained", "barrages" of tyres, "lanced" after a quotation. Round 13 adds some 60 look-alikes by the class the French
sense selects: an event as the subject of "intervened" (*intervenir*, occur), a counterpart as someone's "homologue", a
lead "privileged" by investigators, a complaint "deposited", a seat "conserved", money "touched", a budget "envelope",
a school called "the establishment" among pupils, votes counted as "voices" or "suffrages", a jury's choice
"retained", an opinion "estimated" with no figure in it, a race "terminated" in fourth place. A word of the English sense in the sentence ("land"
for "reclamation", "Nazi" for "collaborator", "role" for "audition") silences it. Matches that
FFR001 or FFR003 report as warnings are left to them; an information of FFR001 that a slot
here confirms is reported here as a warning.

## Why is this bad?
The English word exists but means something else in that slot: "efficient" is about waste,
"formidable" about fear, "prescribed" about medicine. The reader gets the English meaning or
none.

## Example
`The drug is efficient against the virus.` → `The drug is effective against the virus.`
""",
    examples=(
        Example("The senator, a close [[collaborator]] of Jean Dupont, resigned on Monday."),
        Example("She said she would carry on her [[combat]] for the victims."),
        Example("Most of the acts are [[prescribed]] and cannot be tried."),
        Example("Tenants said their [[reclamations]] to the landlord had been ignored."),
        Example("The mayor [[evoked]] the closure of two schools during the council meeting."),
        Example("The committee [[auditioned]] the prefect for three hours."),
        Example("The singer, very [[susceptible]], left the stage in tears."),
        Example("The festival was a [[formidable]] success for the small town."),
        Example("The laboratory claims the molecule is [[efficient]] against the parasite."),
        Example("The cyclist was [[controlled]] positive after the stage."),
        Example("Residents were [[prevented]] by text message that the water was unsafe."),
        Example("Investigators [[dispose of]] several recordings of the call."),
        Example("Doctors described the patient's state as very [[preoccupying]]."),
        Example("State television [[diffused]] new images of the leader on Sunday."),
        Example("The governor is seeking a third [[mandate]] in the spring."),
        Example("She is [[actually]] the director of a regional theatre in Lille."),
        Example("The unions and the employers [[engaged]] negotiations on wages."),
        Example("The riot squad carried out some forty [[interpellations]] after the match."),
        Example("The climber made a third [[tentative]] at the summit."),
        Example("The firm's main [[concurrent]] said it would cut prices."),
        Example("The union [[responsible]] of the strike met on Monday."),
        Example("Nurses [[manifested]] outside the hospital on Monday."),
        Example("The [[direction]] has refused to comment."),
        Example("Thousands of supporters [[assisted]] the derby in the rain."),
        Example("Under the [[actual]] captain, the squad has won nothing."),
        Example("Pupils [[pass]] the written exam on Monday and will know their results in July."),
        Example("The storm caused particularly [[important]] destruction in the port."),
        Example("The firm claims a [[prejudice]] of 3 million euros from the strike."),
        Example("The cabinet held a short [[reunion]] before the vote."),
        Example("Her [[demand]] for naturalisation was turned down twice."),
        Example("The [[souvenir]] that stays with him is the silence after the blast."),
        Example("The fire was [[mastered]] shortly after midnight."),
        Example("The referee [[validated]] the equaliser after a long wait."),
        # round 11: look-alikes of news prose by the argument classes their French senses select
        Example("The [[ensemble]] of the employees went on strike on Monday."),
        Example("Motorists are asked to be [[prudent]] on the roads because of the ice."),
        Example("Ticket [[controllers]] fined him 50 euros at the station."),
        Example("Several [[degradations]] were committed at the town hall overnight."),
        Example("[[Troubles]] broke out in the suburbs after the death of the teenager."),
        Example("The prosecutor [[required]] five years in prison against the former mayor."),
        Example("The [[mobile]] of the crime remains unknown, the investigators said."),
        Example("The [[purse]] of Paris fell 2% on Monday."),
        Example("The prudent investor keeps part of his savings in cash.", note="English 'prudent' with money"),
        Example("The chamber ensemble of the opera gave a free concert.", note="a musical ensemble"),
        Example("Air traffic controllers went on strike in Marseille.", note="English 'controller'"),
        Example("The Troubles in Northern Ireland left 3,500 dead.", note="the Northern Ireland conflict"),
        Example("The job required five years of experience.", note="English 'required'"),
        Example("The firefighters said the young man was a hero.", note="no look-alike"),
        Example("She mastered three languages before she was twenty.", note="a skill"),
        Example("Veterans held an emotional reunion in Normandy.", note="a reunion after years apart"),
        Example("She passed the written exam with honours.", note="success in an exam"),
        Example("Two volunteers assisted the rescue teams.", note="English 'assist'"),
        Example("The actual cost of the stadium was twice the estimate.", note="the real cost"),
        Example("Demand for electricity rose sharply in January.", note="economic demand"),
        Example("Racial prejudice remains widespread in hiring.", note="bias"),
        Example("The health ministry [[occupies itself of]] the matter."),
        Example("The two parties [[engaged]] negotiations in January."),
        Example("Nazi collaborators were tried in 1945 after the occupation ended.", note="the English sense"),
        Example("Troops saw heavy combat in the north.", note="armed fighting, no possessor"),
        Example("Doctors prescribed antibiotics to the children."),
        Example("Land reclamations have doubled the size of the port."),
        Example("The old song evokes memories of the war."),
        Example("She auditioned for the role of Juliet."),
        Example("Children are susceptible to infections in winter."),
        Example("The champion faces a formidable opponent in the final."),
        Example("The new engine is efficient and quiet."),
        Example("The town is controlled by rebels."),
        Example("The barrier prevented the crowd from reaching the stage."),
        Example("The council must dispose of the waste safely."),
        Example("She qualified as a lawyer in 2010."),
        Example("The issue is preoccupying ministers ahead of the summit."),
        Example("The minister faced an interpellation in parliament on Tuesday."),
        Example("The police used water cannon to diffuse the tension."),
        Example("The United Nations extended the mission's mandate for a second year."),
        Example("He is actually in favour of the plan, but will not say so."),
        Example("The government ignored the warnings of its experts."),
        Example("The two sides reached a tentative agreement to end the strike."),
        Example("The concurrent sessions ran late."),
        Example("Those responsible for the attack have not been found."),
        Example("The figures are precise to the euro."),
        Example("Licensed taxi drivers protested in the capital."),
        Example("Symptoms manifest in the first week."),
        Example("The two countries engaged in talks on Friday."),
        Example("The direction of the wind changed overnight."),
    ),
)
