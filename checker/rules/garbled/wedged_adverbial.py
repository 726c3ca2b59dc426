"""GRB008: a time or manner adverbial wedged between a verb and its object ("he signed yesterday the decree")."""
from __future__ import annotations

import functools
import itertools
import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import could_be_verb, verb_lexicon
from ...registry import Example, Rule
from .literal_syntax import literal_syntax_hits
from .spans import Spans

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_PART = r"(?:morning|afternoon|evening|night)"
# the adverbials French puts after the verb: a date or time, a manner adverb, 'also', 'again'
ADVERBIAL = (
    rf"(?:(?:yesterday|tomorrow)(?: {_PART})?|today|tonight|overnight|last night|"
    rf"(?:late |early )?(?:on |last )?{_DAY}(?: {_PART})?|"
    rf"on (?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|on {_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|"
    rf"in (?:early |late |mid-)?(?:{_MONTH}|(?:19|20)\d\d)|last (?:week|month|year|night|weekend)|"
    rf"this (?:week|month|year|morning|afternoon|evening|weekend)|earlier this (?:week|month|year)|"
    rf"next (?:week|month|year|weekend|{_DAY})|"
    rf"at dawn|at midday|at noon|in the (?:morning|afternoon|evening|night)|"
    r"in the (?:following|next|coming|previous) (?:days|weeks|months|hours)|the (?:next|following) (?:day|morning)|"
    r"for (?:years|months|decades|weeks|a long time|several (?:years|months|weeks)|(?:two|three|four|five|ten|\d{1,2}) "
    r"(?:years|months|weeks))|"
    r"(?-i:[a-z]{3,}ly)|also|again|once again|alone|already|now|above all|several times|many times|"
    # a start date ("occupied since August 2017 the post") and a bare duration ("waited hours the helicopters")
    rf"since (?:{_MONTH}(?: (?:19|20)\d\d)?|(?:19|20)\d\d)|hours|for hours|for days)"
)
# a place or a setting French also puts there: "observe in the infrared the first galaxies", "played in the
# series “…” a teacher" (one word after the article, a quoted title at most)
SETTING = r"(?:in|at|during|from|under) (?:the|a|an) (?!(?:of|to|for|by|with|and|in|on|at|last|first|next|same|previous|following|whole)\b)[a-z]+(?: “[^”]{1,60}”| \"[^\"]{1,60}\")?"
# a language as the object ("speaks fluently Russian"): one capitalised word, unlike the names above
LANGUAGES = (r"(?:English|French|German|Russian|Arabic|Spanish|Italian|Chinese|Mandarin|Portuguese|Japanese|Hebrew"
             r"|Persian|Farsi|Turkish|Ukrainian|Polish|Dutch|Greek|Korean|Hindi|Swedish|Czech|Romanian|Hungarian)")
WEDGE = (rf"\b(?P<verb>[A-Za-z]++)(?P<adv>,? (?:{ADVERBIAL}|(?P<setting>{SETTING}))(?: {ADVERBIAL})?,?) "
         r"(?P<det>(?:the|a|an|his|her|its|their|our|this|these|those|several|two|three|four|five|new|fresh|further|"
         r"additional|tougher|stricter|sweeping|emergency|thousands|hundreds|dozens|millions)\b(?![\s,]*\d)|"
         r"(?P<amount>(?:more|less) than|nearly|almost)"
         r"(?= (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a (?:hundred|thousand|million|billion)|half|"
         r"[a-z]+ty\b|[a-z]+teen\b))|(?<!\. )(?P<name>[A-Z][a-zà-ÿ]+(?: [A-Z][\w'’-]+)+)\b"
         rf"|(?P<language>{LANGUAGES})\b(?![ -][A-Z]))")
TOKEN_RE = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")


@functools.lru_cache(maxsize=1)
def _wedge_re() -> re.Pattern:
    """WEDGE compiled, its code kept in the data cache (a large pattern: milliseconds to compile)."""
    from ...data.cache import compile_regex
    return compile_regex("wedged-adverbial", WEDGE)
# words whose adverbs are not wedged: auxiliaries, copulas and verbs that take a clause or a time as object
NOT_TRANSITIVE = frozenset("""
said says say told tells added adds noted notes explained explains warned warns stressed insisted argued
believed believes thought thinks felt feels knew knows hoped hopes feared fears expected expects estimated
estimates assured assures recalled recalls
seemed seems appeared appears became becomes remained remains stayed stays died dies arrived arrives
returned returns left leaves spent spends lasted lasts worked works lived lives met meets ended ends
began begins started starts took takes
""".split())
ADVERBS_NOT_WEDGED = frozenset("""
only early nearly likely really fully partly largely mostly mainly merely simply roughly exactly
directly immediately shortly recently finally eventually apparently reportedly allegedly reply supply
apply rely ally family fly july italy daily weekly monthly yearly early holy ugly jolly bully
approximately especially particularly notably primarily chiefly essentially precisely exclusively solely
purely entirely virtually practically possibly probably typically usually generally barely hardly
scarcely slightly respectively previously subsequently ultimately initially originally formerly
""".split())
CLAUSE_MARKERS = frozenset("""
would will could can should must might may was were is are had has have did does do shall
""".split())
LINKS = frozenset("and or but to who which that whose whom where when as than".split())
TIME_NOUNS = frozenset("""
day days week weeks month months year years night nights morning mornings evening evenings time times
weekend season summer winter spring autumn hour hours minute minutes moment end beginning rest
""".split())
NP_WORDS = 10
MODALS = frozenset("will would can could should must may might shall".split())
PASSIVE_AUXILIARIES = frozenset("was were been is are".split())
DOUBLE_OBJECT_PARTICIPLES = frozenset("given awarded offered handed granted sent shown promised denied refused".split())
_MEASURE_AFTER = re.compile(r" (?:few|couple|little|bit|lot|dozen|hundred|thousand|short|long|day|week|month|year|"
                            r"mile|kilometre|kilometer|metre|meter|minute|hour)s?\b")
# verbs of announcing, whose news date ("on Friday") English news may put before a long object ("announced on Friday
# the arrest of 36 suspects"): the long object moves to the end
ANNOUNCING = frozenset("announced announces confirmed confirms unveiled unveils revealed reveals reported reports"
                       .split())
HEAVY_OBJECT_WORDS = 4
_DATE_RE = re.compile(rf"^(?:late |early )?on (?:the )?(?:{_DAY}|\d|{_MONTH})")  # the news date: "on Friday evening"
_OBJECT_END_RE = re.compile(r"[,.;:!?()“”\"]")
# copulas whose complement a time adverbial can be wedged before: "became on Saturday the second woman"
COPULAS_WEDGED = frozenset("became becomes remained remains".split())
# before a participle that is not an active verb with an object: a determiner, or a passive auxiliary
NOT_BEFORE_FINITE = frozenset("the a an his her its their our to was were is are be been being get got gets".split())


def _past_or_present(word: str) -> bool:
    """A finite form of a lexical verb (not an auxiliary): 'signed', 'opens', 'took'."""
    low = word.lower()
    lexicon = verb_lexicon()
    if low in lexicon.auxiliaries or low in NOT_TRANSITIVE:
        return False
    if low in lexicon.irregular:
        return True
    return low.endswith(("ed", "s")) and could_be_verb(low, finite=True) and not low.endswith(("ss", "us", "is"))


def _heavy_shift(verb: str, adverbial: str, text: str, start: int, limit: int) -> bool:
    """The news date before the long object of a verb of announcing: English news moves a heavy object after the
    date ("announced on Friday the arrest of 36 suspects"); a short one stays ("announced on Friday his
    resignation")."""
    if verb.lower() not in ANNOUNCING or not _DATE_RE.match(adverbial):
        return False
    end = _OBJECT_END_RE.search(text, start, limit)
    words = text[start:end.start() if end else limit].split()
    # "the departure, with immediate effect, of the chief executive": an incise inside the object
    incise = end is not None and text[end.start()] == "," and re.match(r",[^,.;:]{1,40}, of\b", text[end.start():])
    return len(words) >= HEAVY_OBJECT_WORDS or bool(incise)


def _object_not_clause(text: str, start: int, limit: int) -> bool:
    """The noun phrase after the adverbial is the verb's object, not the subject of a clause or a time."""
    tokens = [m.group() for m in itertools.islice(TOKEN_RE.finditer(text, start, limit), NP_WORDS + 1)]
    if len(tokens) > 1 and tokens[1].lower() in TIME_NOUNS:
        return False  # "left early the next day", "grew strongly the following year"
    previous = ""
    for i, token in enumerate(tokens):
        low = token.lower()
        if not token[0].isalnum():
            return True
        if i > 0 and low in CLAUSE_MARKERS:
            # "said on Monday the plan would …": the noun phrase is a subject; after "and" the verb is the main
            # subject's second ("speaks fluently Russian and had covered …")
            return previous in ("and", "but", "or")
        if i > 1 and previous not in LINKS and low.endswith("ed") and could_be_verb(low, finite=True) \
                and low not in ("united", "based", "armed", "used", "advanced", "limited", "related", "detailed") \
                and (i + 1 >= len(tokens) or tokens[i + 1].lower() != "by"):
            return False  # "… the company planned to …"; not "the plan of X carried by Y", a participle
        if i > 0 and low in TIME_NOUNS and previous in ("next", "following", "same", "previous", "whole"):
            return False
        previous = low
    return True


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        covered = None
        for match in _wedge_re().finditer(text, block.start, block.end):
            verb, adverbial = match.group("verb"), match.group("adv").strip(" ,")
            before = text[max(block.start, match.start() - 24):match.start()].split()
            last = before[-1].lower() if before else ""
            # a base form after a modal ("will lower definitively their"), a lexical 'had' after an auxiliary
            # ("had had for years a"), a passive that keeps an object ("was given on Thursday a sentence")
            kept = (last in MODALS and could_be_verb(verb.lower()) and verb.lower() not in verb_lexicon().auxiliaries
                    or verb.lower() == "had" and last in ("had", "has", "have")
                    or last in ("had", "has", "have") and verb.lower() not in NOT_TRANSITIVE
                    and (verb.lower() in verb_lexicon().irregular or verb.lower().endswith("ed"))
                    or last in PASSIVE_AUXILIARIES and verb.lower() in DOUBLE_OBJECT_PARTICIPLES
                    or verb.lower() in COPULAS_WEDGED and match.group("det") == "the" and not match.group("setting")
                    and not adverbial.lower().endswith("ly") and adverbial.lower() not in ("also", "again", "alone",
                                                                                         "already"))
            if not kept and not _past_or_present(verb):
                continue
            if match.group("setting") and (match.group("name") or last in MODALS and not could_be_verb(verb.lower())
                                           or last.endswith("ly") or _MEASURE_AFTER.match(text, match.end("det"))):
                continue  # "born in the town Marie …", "partly burnt in a wood a few kilometres away": no object
            if " " not in adverbial and adverbial.lower().endswith("ly") and not could_be_adverb(adverbial):
                continue
            if "," in match.group("adv"):
                continue  # a parenthetical between commas is a choice, not a slip
            if match.group("det") in ("a", "an") and _MEASURE_AFTER.match(text, match.end("det")):
                continue  # "landed on Friday a little after 2pm", "scored again a few minutes later": no object
            if not kept and _heavy_shift(verb, adverbial, text, match.start("det"), block.end):
                continue
            if not kept and before and last in NOT_BEFORE_FINITE:
                continue  # "the planned …", "was found in August …": not an active finite verb
            if not _object_not_clause(text, match.start("det"), block.end):
                continue
            if covered is None:
                covered = Spans.of((s, e) for s, e, _, _ in literal_syntax_hits(text, block.start, block.end))
            if covered.ends_after(match.start("adv") + 1, match.start("adv")):  # a hit covers the adverbial
                continue  # the present-perfect pattern of GRB001 reports it
            end = match.end("det")
            yield Hit(match.start("verb"), match.end("adv"),
                      f"'{adverbial}' stands between the verb '{verb}' and its object, in the French order; "
                      f"English puts it after the object ('{verb} {text[match.start('det'):end]} … "
                      f"{adverbial}') or before the verb.")


def could_be_adverb(word: str) -> bool:
    """An -ly word that is an adverb of manner rather than a noun or an adjective ('firmly', not 'family')."""
    low = word.lower()
    return len(low) > 4 and low not in ADVERBS_NOT_WEDGED and not could_be_verb(low)


RULE = Rule(
    code="GRB008",
    name="wedged-adverbial",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A time or manner adverbial between the verb and its object ('signed yesterday the decree').",
    check=check,
    doc="""\
## What it does
Finds a finite lexical verb followed by a time adverbial ("yesterday", "on Sunday evening",
"in January", "last week", "next month", "now"), a manner adverb ("firmly", "categorically"), "also", "again", "above all" or
"several times", a start date ("since August 2017") or a bare duration ("hours"), and
then a noun phrase that is the verb's object: "he signed yesterday the decree", "Beijing opened
in January an inquiry", "the minister condemned firmly the attack". French puts these adverbials
between the verb and its complement (*il a signé hier le décret*); English does not.

The object may be a name ("sentenced on Saturday Jonathann Daval"), an amount ("had cost already
more than 300 million", "employs now thousands of people"), a language followed by a second verb of the same
subject ("speaks fluently Russian and had covered …"),
or the complement of "became" or "remained" after a date ("became on
Saturday the second woman"); the wedge may also be a setting of one word, or a quoted title
("observe in the infrared the first galaxies", "played in the series “…” a teacher").

Left alone: verbs that take a clause or a time as complement ("said on Monday the plan would
fail", where the noun phrase is the subject of a clause with its own verb), auxiliaries and
copulas ("is also the"), a time noun phrase after the adverbial ("left early the next day"),
a measure after it rather than an object ("landed on Friday a little after 2pm"),
and an adverbial set off by commas. The news date ("on Friday", "on 3 May") before the long
object (four words or more, or one with an incise) of a verb of announcing (announce, confirm,
unveil, reveal, report) is English news style, the heavy object moved to the end: "the prosecutor
announced on Friday the arrest of 36 suspects"; a short object is still reported ("announced on
Friday evening his resignation"), and so is another verb or another adverbial ("approved on Monday
the takeover of …", "announced yesterday evening new measures …").

## Why is this bad?
The order is the mark of a word-for-word translation; an editor moves the adverbial.

## Example
`Emmanuel Macron dissolved on Sunday evening the National Assembly.` →
`Emmanuel Macron dissolved the National Assembly on Sunday evening.`
""",
    examples=(
        Example("The new ambassador [[speaks fluently]] Arabic and Hebrew."),
        Example("The singer [[speaks fluently]] Italian and had lived in Rome for years.",
                note="a second verb of the same subject after 'and'"),
        Example("The carmaker [[employs now]] thousands of people in Lorraine."),
        Example("The company is now the largest employer in the region."),
        Example("The new ambassador speaks Arabic fluently.", note="the adverb after the language"),
        Example("The president [[signed yesterday]] the decree on pensions."),
        Example("Emmanuel Macron [[dissolved on Sunday evening]] the National Assembly."),
        Example("The chief executive [[announced on Friday evening]] his resignation, a few minutes later."),
        Example("The prosecutor announced on Friday the arrest of 36 suspects in the case.",
                note="a long object after the date of an announcement: English news style"),
        Example("The board announced on Sunday evening the departure, with immediate effect, of its chief."),
        Example("The plane landed on Friday a little after 2pm at the air base.", note="a measure, not an object"),
        Example("It was a total the team had not reached at the last two editions."),
        Example("Beijing, which [[opened in January]] an anti-dumping inquiry into brandy, was furious."),
        Example("The minister [[condemned firmly]] the attack on the synagogue."),
        Example("The club [[won again]] the title after a long season."),
        Example("The government [[presented last week]] a plan to cut spending."),
        Example("He said yesterday that the decree would be signed."),
        Example("The minister said on Monday the plan would be delayed."),
        Example("The president signed the decree yesterday."),
        Example("The delegation left early the next morning."),
        Example("The team is also the favourite for the cup."),
        Example("Prices rose sharply in January, the agency said."),
        Example("The prefecture [[closed in the following days]] the three schools of the district."),
        Example("The army [[evacuated the next morning]] the residents of the village."),
        Example("The team rested in the following days and the coach left."),
        Example("The second aircraft should fly in the coming weeks, the others will follow."),
        Example("The ministry published, on Tuesday, a report on air quality."),
        Example("The company announced on Monday the chief executive had resigned."),
        Example("The minister [[hid badly]] his anger at the vote."),
        Example("The stores will [[close definitively]] their doors in June.", note="a base form after a modal"),
        Example("The mayor was [[given on Monday]] a suspended sentence.", note="a passive that keeps its object"),
        Example("The author had [[had for years]] a column in the paper."),
        Example("The two teams [[shared alone]] the lead after five games."),
        Example("The stores will close their doors definitively in June."),
        Example("The mayor was given a suspended sentence on Monday."),
        Example("The mayor was seen on Monday a few streets away."),
        Example("The author had had a column in the paper for years."),
        Example("The tribunal [[sentenced on Friday]] Marc Leroy to ten years in prison."),
        Example("The skipper [[became on Sunday]] the youngest winner of the race."),
        Example("The probe will [[study in the ultraviolet]] the upper layers of the sun."),
        Example("The strike had [[cost already]] more than two million euros to the operator."),
        Example("He was found in the attic a day later.", note="a passive: no object after the setting"),
        Example("The president had said in early September. Marie Dupont left on Monday."),
        Example("The skipper became the youngest winner of the race on Sunday."),
        Example("The council will [[examine next month]] the budget of the library."),
        Example("The council will meet next month to examine the budget."),
    ),
)
