"""FFR003: a false friend whose neighbouring words give the French sense away ("released on caution")."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Hit, Severity
from ...lang.trie import trie_alternation
from ...records import record
from ...registry import Example, Rule
from ..lexicon import TEXT_WORD_RE, folds_more, text_words
from ..calque.matching import is_english, match_case, sentence_bounds
from .in_context import lexicon_spans


@record
class Sense:
    """One look-alike read in its French sense: its forms, the slot it stands in, the cues that decide."""

    forms: tuple[str, ...]
    french: str
    meaning: str
    why: str
    suggestion: dict
    # patterns as sources, compiled by `_rx` the first time a text holds one of the forms
    cues: str | None  # words of the French sense: `need` distinct ones must be near
    against: str | None  # words of the English sense: none may be near
    before: str | None  # what the text just before the word must end with
    after: str | None  # what the text just after the word must start with
    not_before: str | None
    not_after: str | None
    need: int
    scope: str  # "sentence", or "previous": the sentence and the one before it
    lowercase: bool  # the word only in lowercase (a capitalised one is a name: "the Chicago Tribune")
    severity: Severity


@functools.lru_cache(maxsize=None)
def _rx(source: str) -> re.Pattern:
    from ...data.cache import regex_from_code
    return regex_from_code(source, re.IGNORECASE, _codes().get(source))


def _cue_regex(items, classes: dict) -> str | None:
    """One pattern's source for a list of cues: words, `stem*` prefixes, phrases, `re:` patterns and `@class` names."""
    words: list[str] = []
    for item in items or ():
        words.extend(classes[item[1:]] if item.startswith("@") else [item])
    if not words:
        return None
    parts = sorted({w[3:] if w.startswith("re:") else
                    re.escape(w).replace(r"\*", r"[\w'’-]*").replace(r"\ ", r"\s+") for w in words},
                   key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"


def _slot(source: str | None, at_end: bool) -> str | None:
    if not source:
        return None
    return f"(?:{source})$" if at_end else f"^(?:{source})"


@functools.lru_cache(maxsize=1)
def senses() -> tuple[tuple[Sense, ...], frozenset[str], dict[str, tuple[int, ...]]]:
    """The `senses` of checker/data/false_friends.yaml, all their forms, and the senses of a form.

    Built once per content of the data file (and of this module) and kept in the data cache, the compiled
    code of their patterns beside them (`_codes`)."""
    from ...data.cache import cached

    rows, forms, by_form = cached("senses-false_friends", _data_key(), _sense_rows)
    return tuple(Sense(**dict(row, severity=Severity[row["severity"]])) for row in rows), forms, by_form


@functools.lru_cache(maxsize=1)
def _data_key() -> str:
    from ...data.cache import built_key
    return built_key("false_friends.yaml", __file__)


def _sense_rows() -> tuple:
    """`_built_senses()` as plain data: each sense's fields by name."""
    from dataclasses import fields

    built, forms, by_form = _built_senses()
    rows = [dict({f.name: getattr(sense, f.name) for f in fields(Sense)}, severity=sense.severity.name)
            for sense in built]
    return rows, forms, by_form


@functools.lru_cache(maxsize=1)
def _codes():
    """The compiled code of every pattern of the senses, kept in the data cache, each read when a text first needs it."""
    from ...data.cache import cached_items, regex_code

    def build() -> dict[str, tuple]:
        codes = {}
        for source in sorted({getattr(sense, name) for sense in senses()[0] for name in PATTERN_FIELDS} - {None}):
            try:
                codes[source] = regex_code(source, re.IGNORECASE)
            except re.error:
                pass  # reported where the pattern is first used
        return codes

    return cached_items("senses-false_friends-code", _data_key(), build)


PATTERN_FIELDS = ("cues", "against", "before", "after", "not_before", "not_after")


def _built_senses() -> tuple[tuple[Sense, ...], frozenset[str], dict[str, tuple[int, ...]]]:
    """`senses()` as built from the data file."""
    from ...data.cache import load_yaml

    data = load_yaml("false_friends") or {}
    classes = {name: list(words) for name, words in (data.get("cue_classes") or {}).items()}
    built, by_form = [], {}
    for item in data.get("senses") or ():
        forms = tuple(str(f).lower() for f in item["forms"])
        built.append(Sense(
            forms=forms, french=item["french"], meaning=item["meaning"], why=item["why"],
            suggestion={str(k).lower(): v for k, v in (item.get("suggestion") or {}).items()},
            cues=_cue_regex(item.get("cues"), classes), against=_cue_regex(item.get("against"), classes),
            before=_slot(item.get("before"), True), after=_slot(item.get("after"), False),
            not_before=_slot(item.get("not_before"), True), not_after=_slot(item.get("not_after"), False),
            need=int(item.get("need", 1)), scope=item.get("scope", "sentence"),
            lowercase=bool(item.get("lowercase")),
            severity=Severity.parse(item.get("severity", "warning")),
        ))
        for form in forms:
            by_form.setdefault(form, []).append(len(built) - 1)
    return tuple(built), frozenset(by_form), {form: tuple(ids) for form, ids in by_form.items()}


@functools.lru_cache(maxsize=256)
def _forms_pattern(forms: frozenset[str]) -> re.Pattern:
    """One pattern for the forms, longest first (a form that cannot occur in a text changes no match), written as
    a trie (`trie_alternation`: the same matches, each character read once however many forms the text holds)."""
    words = sorted(forms, key=len, reverse=True)
    if all(w.isascii() and w == w.lower() for w in words):
        body = trie_alternation(words)
    else:  # under IGNORECASE two branches of a trie might match one letter
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _form_runs() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Each form with the runs of letters it is made of (it can occur only in a text holding them all), by its
    first run ("" for none: always tested): a text's words pick the forms to test."""
    by_run: dict[str, list] = {}
    for form in senses()[2]:
        runs = TEXT_WORD_RE.findall(form)
        by_run.setdefault(runs[0] if runs else "", []).append((form, frozenset(runs)))
    return {run: tuple(forms) for run, forms in by_run.items()}


def _pattern_for(text: str) -> re.Pattern | None:
    """The pattern of the forms whose words the text holds: one short alternation instead of all of them."""
    if folds_more(text):
        return _forms_pattern(senses()[1])  # a letter that folds to another under re.IGNORECASE, not under lower()
    present = text_words(text)[1]
    by_run = _form_runs()
    forms = frozenset(form for run in (*present.intersection(by_run), "") for form, runs in by_run.get(run, ())
                      if runs <= present)
    return _forms_pattern(forms) if forms else None


def _bounds(text: str, start: int, end: int, block_start: int, block_end: int, previous: bool) -> tuple[int, int]:
    """The sentence around text[start:end] inside its block (with the sentence before it when `previous`)."""
    return sentence_bounds(text, start, end, block_start, block_end, back=600, previous=previous)


def _fits(sense: Sense, text: str, start: int, end: int, begin: int, stop: int) -> bool:
    before, after = text[max(begin, start - 80):start], text[end:min(stop, end + 80)]
    if sense.before and not _rx(sense.before).search(before) or sense.after and not _rx(sense.after).search(after):
        return False
    if sense.not_before and _rx(sense.not_before).search(before) or \
            sense.not_after and _rx(sense.not_after).search(after):
        return False
    context = text[begin:start] + " " + text[end:stop]
    if sense.against and _rx(sense.against).search(context):
        return False
    if sense.cues is None:
        return True
    found = {" ".join(m.group().lower().split()) for m in _rx(sense.cues).finditer(context)}
    return len(found) >= sense.need


_HITS: list = [(None, [])]  # (the last text asked about, its hits): FFR001 and FFR003 both read them


def sense_hits(text: str, blocks) -> list[tuple[int, int, Sense]]:
    """(start, end, sense) for every look-alike whose slot and cues give its French sense away."""
    if _HITS[0][0] is text:
        return _HITS[0][1]
    table, forms, by_form = senses()
    hits: list = []
    _HITS[0] = (text, hits)
    if not forms or (pattern := _pattern_for(text)) is None:
        return hits
    for block in blocks:
        for match in pattern.finditer(text, block.start, block.end):
            word = match.group()
            key = " ".join(word.lower().split())
            for i in by_form.get(key, ()):
                sense = table[i]
                if sense.lowercase and word != word.lower():
                    continue
                begin, stop = _bounds(text, match.start(), match.end(), block.start, block.end,
                                      sense.scope == "previous")
                if _fits(sense, text, match.start(), match.end(), begin, stop):
                    hits.append((match.start(), match.end(), sense))
                    break
    return hits


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    hits = sense_hits(text, ctx.doc.blocks)
    if not hits:
        return
    taken = lexicon_spans(text, ctx.doc.blocks)  # FFR001 reports these words already
    for start, end, sense in hits:
        if any(s < end and start < e and severity >= sense.severity for s, e, severity in taken):
            continue
        word = text[start:end]
        suggestion = sense.suggestion.get(" ".join(word.lower().split()))
        suggestion = match_case(suggestion, word) if suggestion else None
        advice = f" Write '{suggestion}'." if suggestion else ""
        yield Hit(start, end, f"'{word}' reads as the French '{sense.french}' ({sense.meaning}) here: {sense.why}."
                  + advice, suggestion=suggestion, severity=sense.severity)


RULE = Rule(
    code="FFR003",
    name="false-friend-by-sense",
    category=Category.FALSE_FRIEND,
    severity=Severity.WARNING,
    summary="A look-alike whose neighbouring words show it carries its French sense ('released on caution').",
    check=check,
    doc="""\
## What it does
A word-sense test for French false friends. Each look-alike in the `senses` of
`checker/data/false_friends.yaml` names the slot it stands in (what may or must come just before
or after it) and two sets of cue words from its sentence: the French sense's (a court, a judge, a
verdict for "relaxed" as *relaxé*, acquitted; fuel, water or medicines for "penury" as *pénurie*,
shortage; euros, profit or results for "semester" as *semestre*, half-year; an illness or a funeral
for "disappeared" as *disparu*, died) and the English sense's (rules or a mood for "relaxed"; a
university or students for "semester"; the police or a search for "disappeared"). The word is
reported when its slot fits, enough French-sense cues are near and no English-sense cue is. The
cues are shared classes (justice, goods in short supply, accounts, death, science, farming), so
one sense covers every sentence that talks about the same thing, not a list of phrases.
Slots also model constructions: a quantity as the subject of "be important" ("the costs are
important"), a participle of work placed after its noun ("a study realised by"), a verb of naming
followed by "of" or a quoted label ("qualified of \"scandalous\""), a person as the object of "avert"
(*avertir*, warn), an official document as the object of "deliver" (*délivrer*, issue), talks or a
procedure "engaged" (*engagé*, begun), a noun English keeps uncountable used in the plural
("informations") or an adjective used as a noun ("the main inconvenient").

## Why is this bad?
The English word exists, so a spell checker and a quick reader let it pass, but it says
something else: a minister "relaxed" by a court has been acquitted, not calmed down; employees
"licensed" at the head office have been laid off, not given a licence.

## Example
`He was released on caution pending his trial.` → `He was released on bail pending his trial.`
""",
    examples=(
        Example("The former mayor was [[relaxed]] on Tuesday by the criminal court of Lyon."),
        Example("The businessman, released on [[caution]] in Tokyo, fled the country before his trial."),
        Example("The [[penury]] of diesel now affects one petrol station in three."),
        Example("The group made a net loss of 300 million euros in the first [[semester]]."),
        Example("More than 800 employees will be [[licensed]] when the factory closes, the unions said."),
        Example("The singer paid tribute to her mother, [[disappeared]] last year after a long illness."),
        Example("The novelist won the [[price]] for best first novel at the festival."),
        Example("Astronauts will carry out some forty [[experiences]] in the laboratory on board the station."),
        Example("He was sentenced to [[perpetuity]] for the murder of his neighbour."),
        Example("Thirty economists signed a [[tribune]] published in Le Monde on Sunday."),
        Example("Rules on outdoor gatherings were relaxed on Tuesday as cases fell."),
        Example("The defendant looked relaxed as the judge entered the court."),
        Example("Investors reacted with caution to the verdict of the court."),
        Example("The university semester ends in May for most students."),
        Example("Pilots are licensed by the aviation authority after 1,500 hours of flight."),
        Example("The journalist disappeared in Syria in 2013 and police are still searching."),
        Example("The price of diesel rose for the third week in a row."),
        Example("She described her experiences in the refugee camp to the court."),
        Example("The land was granted to the town in perpetuity."),
        Example("The Chicago Tribune published the letter on Sunday."),
        Example("Fuel shortages hit the region; the poet died in penury in 1891, a biographer wrote."),
        # the classes of the fourth blind set (fifth pass), with their traps
        Example("Colleagues describe the new prefect as a warm and [[sympathetic]] man, always smiling."),
        Example("The [[patron]] of Michelin said the group would keep the plant open."),
        Example("The [[syndicates]] called a strike after the announcement of 400 job cuts."),
        Example("The old actress talked about her [[souvenirs]] of the war in a long interview."),
        Example("The transplant was [[realised]] in record time by a team of twelve surgeons."),
        Example("Cafés closed on the first day of [[confinement]] as the epidemic spread."),
        Example("The court ordered the oil company to pay for the environmental [[prejudice]] caused by the spill."),
        Example("Firefighters pumped water out of the [[cave]] of the flooded building, near the stairs."),
        Example("Her [[ancient]] minister of health has now joined the opposition."),
        Example("A second [[tentative]] to free the hostages failed on Sunday."),
        Example("The opposition rejected the results of the [[scrutiny]] of 12 June, citing fraud by the electoral board."),
        Example("He was a sympathetic listener to the victims of the flood."),
        Example("The patron of the arts funded a new wing of the museum."),
        Example("A syndicate of banks agreed the loan; a crime syndicate was dismantled."),
        Example("Tourists bought souvenirs of the trip in the shop near the cathedral."),
        Example("She realised that the plan had failed; the gains were realised on the sale."),
        Example("The prisoner spent a year in solitary confinement."),
        Example("Racial prejudice remains a problem in the police, the report said."),
        Example("The children were trapped in the cave for nine days before divers rescued them."),
        Example("Ancient Greek temples were restored; a tentative agreement was reached."),
        Example("The election came under close scrutiny from observers."),
        # classes mined from the WMT14 systems' outputs (sixth pass), each by its slot, with its traps
        Example("The repair costs of the old bridge are [[important]], the mayor admitted."),
        Example("Insurers expect losses far more [[important]] than after the last storm."),
        Example("A poll [[realised]] by Ifop last week puts the mayor ahead."),
        Example("The minister [[qualified]] the strike of \"irresponsible\" on Tuesday."),
        Example("The museum's [[recipes]] fell by 12% last year as ticket sales slumped."),
        Example("The club could [[eventually]] consider a loan, but nothing has been decided at this stage."),
        Example("The papers must reach the prefecture within the prescribed [[delay]]."),
        Example("Exporters asked for a [[delay]] of three months to adapt their labels."),
        Example("The Japanese [[editor]] of video games will cut 300 jobs."),
        Example("The [[animation]] of the evening debate was entrusted to a radio host."),
        Example("The town hall has planned free [[animations]] for children throughout the weekend."),
        Example("For the [[location]] of a studio near the beach, tourists now pay 900 euros a week."),
        Example("The jury [[attributed]] the prize to a first-time director."),
        Example("The contract was [[attributed]] to a Spanish consortium in March."),
        Example("The costs are important to voters, the survey found."),
        Example("Gains realised on the sale of the shares were taxed."),
        Example("She qualified as a \"chartered\" accountant in 2010; three teams qualified for the final."),
        Example("Her recipes for onion soup sold a million copies."),
        Example("The talks could eventually resume after years of deadlock."),
        Example("Passengers faced a delay of two hours to reach Paris."),
        Example("The film editor of the documentary won an award."),
        Example("The animation of the characters took the studio four years."),
        Example("Police did not reveal the location of the car."),
        Example("He attributed the rise in prices to the war, and the quote was attributed to an aide."),
        Example("Talks had been [[engaged]] with the rebels before the ceasefire."),
        Example("The prefecture refused to [[deliver]] residence permits to the seasonal workers."),
        Example("Judges criticised the city's policy of [[control]] and search in poor districts."),
        Example("The closure caused turmoil in the [[direction]] of the hospital, and three doctors resigned."),
        Example("Officials wondered whether the [[eventual]] merger could cost jobs."),
        Example("The firm announced the expiry of the [[delay]] of review set by the regulator."),
        Example("The troops were engaged by enemy fire; she got engaged to her partner."),
        Example("The courier delivered the passports to the embassy by hand."),
        Example("Quality control and search engines were the topic of the meeting."),
        Example("The talks took a new direction after the hospital's announcement."),
        Example("Whether she would win was unclear, but the eventual winner was her rival."),
        # French news vocabulary no earlier set held, by slot and word class (sixth pass), with traps
        Example("Firefighters [[averted]] the inhabitants of the street before the gas exploded."),
        Example("Families still ignore the [[sort]] of the two sailors lost at sea."),
        Example("The minister hired a [[cabinet]] of consultants to draft the reform."),
        Example("The attacker had a history of psychiatric [[troubles]], prosecutors said."),
        Example("A [[professor]] of history at a secondary school in Nantes was threatened."),
        Example("Nigeria's [[petrol]] exports fell as OPEC cut its quotas and crude prices rose."),
        Example("Italian fashion [[marks]] saw their sales jump in Asia, the group said."),
        Example("The plant will stop the [[fabrication]] of diesel engines next year."),
        Example("The mayor appeared in a dark [[costume]] with a white shirt and a tie."),
        Example("It is now [[defended]] to park on the pavement."),
        Example("The prefect averted a crisis; the pilot averted disaster."),
        Example("A professor at the university of Bordeaux led the study."),
        Example("Motorists paid more for petrol at the pumps this week."),
        Example("The result marks a turning point; the Deutsche Mark was replaced by the euro."),
        Example("The fabrication of evidence by the officers was exposed."),
        Example("Children wore costumes for the carnival parade."),
        Example("The lawyer defended his client before the court."),
        Example("The watchdog sent the operator a formal [[advertisement]] before any sanction."),
        Example("The only [[inconvenient]] is the distance from the station."),
        Example("The minister [[assumes]] his choices and will not apologise."),
        Example("The TV advertisement was banned; it was inconvenient to travel; we assume prices will rise."),
    ),
)
