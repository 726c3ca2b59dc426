"""GRB012: a French clause structure kept word for word (tense with 'since', double negation, word order)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..calque.matching import WordIndex, anchor_paragraphs

_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
           r"|fifty|a hundred|several|many|a few|some|more than \w+|nearly \w+|almost \w+|about \w+)")
_UNIT = (r"(?:days|weeks|months|years|decades|hours|minutes|centuries)")
_DAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
# what 'since' takes as a point or a span of time: a date, a day, a year, an event of a life, a duration
_TIME = (rf"(?:\d{{1,2}} {_MONTH}|(?:early |late |mid-?)?(?:{_MONTH}|(?:19|20)\d\d)|{_DAY}|(?:19|20)\d\d|last \w+"
         rf"|yesterday|this (?:morning|week|month|year)"
         rf"|the (?:start|beginning|end|summer|spring|autumn|winter|weekend|election|attack|war|crisis|morning"
         rf"|afternoon|evening|night) ?\w*"
         rf"|(?:his|her|their|its) (?:childhood|youth|arrival|election|appointment|return|release|creation|birth)"
         rf"|{_NUMBER} {_UNIT}|then)")
_SUBJECT = (r"(?:he|she|it|they|we|I|you|there|(?-i:[A-Z])[\w'’-]+|the [\w'’-]+(?: [\w'’-]+){0,3}?)")
# a simple present: 'is', 'are', or an -s form after its subject (not 'has', 'was', 'does')
_PRESENT = (r"(?:is|are|(?!has\b|was\b|does\b|is\b|this\b|its\b|his\b|hers\b|us\b|as\b|thus\b|plus\b|less\b|yes\b)"
            r"(?-i:[a-z]{2,}[^s\W]s))")
# words after 'who/which/that' that are no plural present: determiners, adverbs, auxiliaries and modals, -s, -ed,
# -ing and -ly forms (those in -s are the singular, which _PRESENT reads)
_NOT_PLURAL_PRESENT = (r"(?:the|a|an|his|her|its|their|our|this|these|those|also|still|now|already|not|never|only"
                       r"|often|then|once|even|just|have|has|had|was|were|is|are|be|been|will|would|can|could|may"
                       r"|might|should|must|shall|do|does|did|same|and|or|all|both|one|some|many|most|[a-z]+(?:s|ed"
                       r"|ing|ly|en))")
_PERFECT = re.compile(r"\b(?:has|have|had|'s been|’s been|'ve|’ve)\b", re.I)
_PERFECT_OR_PAST = re.compile(r"\b(?:has|have|had|'s been|’s been|'ve|’ve|was|were|did|would|will|could)\b", re.I)
# "the highest since 2008", "it is ten years since": 'since' after a superlative, an ordinal or a span is English
# and 'since' after a participle ("books sold since 1965", "retired since 2008") belongs to the participle
_SINCE_FINE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th|\w+ieth|last"
                         r"|only|ever|\w{2,}est|most|least|best|worst|biggest)\b"
                         r"(?:\s+[\w'’-]+){0,8}"
                         r"\s+since\b|\b(?:\w{3,}ed|sold|built|made|held|known|seen|born|given|taken|done|won|lost|kept"
                         r"|found|paid|written|broken|chosen|begun|run)\s+since\b"
                         rf"|\b{_UNIT}\s+since\b|\b(?:long|time|ago)\s+since\b|\bever since\b", re.I)

_CLAUSE_SUBJECT = (r"(?:he|she|it|they|we|I|you|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?|(?-i:[A-Z])[\w'’-]+)")
COUNTRIES = ("France", "Germany", "Italy", "Spain", "Russia", "China", "Japan", "Belgium", "Switzerland", "Algeria",
             "Morocco", "Tunisia", "Turkey", "Iran", "Israel", "Poland", "Greece", "Portugal", "Canada", "Brazil",
             "Mexico", "India", "Egypt", "Syria", "Lebanon", "Europe", "Africa", "Austria", "Hungary",
             "Senegal", "Mali", "Nigeria", "Argentina", "Australia", "Sweden", "Norway", "Denmark", "Ireland")
COUNTRY_WORDS = tuple(c.lower() for c in COUNTRIES)
CAUSATIVE_OBJECTS = (r"(?:him|her|them|us|me|you|it|the [\w-]+(?: (?![\w-]+ing\b)[\w-]+)?|(?-i:[a-z]{3,}s)"
                     r"|(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?)")


BLAME_VERBS = ("accuse", "accused", "accuses", "accusing", "reproach", "reproached", "reproaches", "blame", "blamed",
               "blames", "congratulate", "congratulated", "congratulates", "criticise", "criticised", "criticize",
               "criticized", "thank", "thanked", "thanks", "prevent", "prevented", "prevents", "preventing")
# a quoted adjective ends with one of these; an adjective that follows its noun holds one of these
QUOTE_ANCHORS = tuple(ending + mark for ending in ("al", "ive", "ous", "ic", "ary", "ate", "able", "ible", "ful")
                      for mark in "”\"")
POSTPOSED = ("immediate", "appropriate", "adequate", "legitimate", "definitive", "decisive", "excessive", "massive",
             "exclusive", "intensive", "extensive", "aggressive", "preventive", "punitive", "repressive", "abusive",
             "effective", "inclusive", "durable", "remarkable", "considerable", "inevitable", "irreversible",
             "unacceptable", "favourable")
ADJECTIVE_ENDINGS = ("ical", "ous", "ible")
POSTPOSED_SET = frozenset(POSTPOSED)
NOT_POSTPOSED = frozenset("available possible responsible eligible applicable necessary required concerned involved "
                          "present general elect designate proper public total final alive due free".split())
# an abstract noun after its determiner, just before the adjective ("an incarceration immediate")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|his|her|their|its)\s+([a-z]+(?:tion|sion|ment|ity|ance|ence))\s+$")
_AFTER_ADJECTIVE = re.compile(r"\s*[,.;:!?)]|\s+(?:for|of|in|on|at|to|with|against|by|from|was|is|were|are|has|had"
                              r"|will|would|which|that)\b")
POSTPOSED_MESSAGE = ("An adjective after its noun keeps the French order ('une incarcération immédiate'); English "
                     "puts it "
                     "before the noun ('an immediate incarceration').")


def _postposed_adjectives(text: str) -> list[tuple[int, int, str]]:
    """An adjective of the kinds French puts after the noun, right after an abstract noun and its determiner,
    and closing the noun phrase: found from the text's words, so that only their occurrences are read."""
    from ..lexicon import text_words

    lowered, words = text_words(text)
    hits = []
    for word in {w for w in words if w.endswith(ADJECTIVE_ENDINGS) or w in POSTPOSED_SET} - NOT_POSTPOSED:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (text[at:end] == word and (not at or not text[at - 1].isalnum())
                    and (end == len(text) or not text[end].isalnum()) and _AFTER_ADJECTIVE.match(text, end)):
                noun = _NOUN_BEFORE.search(text, max(0, at - 60), at)
                if noun is not None:
                    hits.append((noun.start(1), end, POSTPOSED_MESSAGE))
            at = lowered.find(word, end)
    return hits


@dataclass(frozen=True, slots=True)
class Shape:
    """One French clause shape: the words it needs, the pattern (group `span` reported), the message."""

    needs: tuple[str, ...]  # words one of which every match holds: only the lines holding one are scanned
    pattern: str
    message: str
    anchors: tuple[str, ...] = ()  # without `needs`: strings one of which every match holds
    case: bool = False  # matched with its case ('When', 'Of him,', 'the France')


SHAPES = (
    Shape(("since",), rf"\b(?P<span>(?P<verb>{_PRESENT})\b(?:\s+(?!since\b)[\w'’-]+){{0,8}}?\s+since\s+{_TIME})\b",
          "A present tense with 'since' is the French present with 'depuis'; English uses the present perfect "
          "('has been … since', 'has run … since')."),
    # a plural present right after a relative pronoun ('the fires which ravage Kabylie since Monday')
    Shape(("since",), rf"\b(?:who|which|that)\s+(?P<span>(?P<verb>(?!{_NOT_PLURAL_PRESENT}\b)(?-i:[a-z]{{3,}}))\b"
                      rf"(?:\s+(?!since\b)[\w'’-]+){{0,8}}?\s+since\s+{_TIME})\b",
          "A present tense with 'since' is the French present with 'depuis'; English uses the present perfect "
          "('which have been raging … since')."),
    # a past progressive with 'since' ('the crowd was waiting since the afternoon'): the French imperfect with 'depuis'
    Shape(("since",), rf"\b(?P<span>(?:was|were)\s+(?:still\s+|already\s+)?(?P<progressive>(?-i:[a-z]{{2,}}ing))\b"
                      rf"(?:\s+(?!since\b)[\w'’-]+){{0,6}}?\s+since\s+{_TIME})\b",
          "A past progressive with 'since' is the French imperfect with 'depuis'; English uses the past perfect "
          "('had been waiting since the afternoon')."),
Shape(("since",), rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<span>Since\s+{_TIME}\s*,\s*{_SUBJECT}\s+{_PRESENT})\b",
          "A present tense after 'Since …,' is the French present with 'depuis'; English uses the present perfect "
          "('Since Monday, the town has been …')."),
    Shape(("neither",), r"\b(?P<span>neither\b[^.;!?]{1,80}?\bnor\b[^.;!?,]{1,60}?\b(?:not|n't|never|no longer))\b",
          "'Neither … nor' already negates the verb: the added 'not' is the French 'ne' carried over; drop it."),
    Shape(("nobody", "nothing", "none"), r"\b(?P<span>(?:nobody|no one|nothing|none of (?:them|us"
                                         r"|the \w+))\s+(?:\w+\s+)?(?:did|does|do|has|had|was"
                r"|is|could|would|will|can)(?:\s*n't|\s+not))\b",
          "'Nobody'/'nothing' already negates the verb: the added 'not' is the French 'ne' carried over; drop it."),
    Shape(("more", "less"), r"\b(?P<span>all the (?:more|less)\s+[a-z]+\s+that)\b",
          "'All the more … that' is the French 'd'autant plus … que'; English says 'all the more … because' or "
          "'all the stronger because'."),
    Shape(("even",), r"\b(?P<span>(?:before|after|until)\s+even)\s+(?:the|a|an|his|her|their|its|this|that)\b",
          "'Before even the …' keeps the French order ('avant même le …'); English says 'even before the …'."),
    Shape(("mutually", "reciprocally"), r"\b(?P<span>(?:themselves|ourselves|each other)\s+(?:mutually|reciprocally)"
                                        r"|(?:mutually|"
                    r"reciprocally)\s+themselves)\b",
          "A reflexive with 'mutually' is the French reciprocal 'se … mutuellement'; English says 'each other'."),
    Shape(BLAME_VERBS, rf"\b(?P<span>(?:accus|reproach|blam|congratulat|critici[sz]|thank"
                       rf"|prevent)\w*\s+{CAUSATIVE_OBJECTS}"
                 r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|that\b|court\b|justice\b|task\b)\w+)\b",
          "This verb takes 'of'/'for'/'from' and an -ing form in English ('accused him of having', 'prevented them "
          "from leaving'); 'to' + infinitive is the French 'de' + infinitive."),
    Shape(("who",), r"[,;]\s+(?P<span>(?:he|she|they)\s+who)\b",
          "', he who …' is the French apposition 'lui qui …'; English says 'a man who …' or rewrites the "
          "sentence."),
    Shape((), r"(?<![\w,;:] )\b(?P<span>Of\s+(?:him|her)\s*,)",
          "A sentence opened by 'Of him,'/'Of her,' keeps the French dislocation ('D'elle, …'); English puts the "
          "complement in the clause ('Nobody had heard from her').", ("of him,", "of her,", "of him ,", "of her ,"),
          case=True),
    Shape(("led",), r"(?:^|(?<=[.!?,]\s)|(?<=\n)|(?<=was\s)|(?<=were\s)|(?<=been\s))(?P<span>(?:led"
                    r"|being led)\s+by\s+(?:\w+)\s+(?:goals?|points?|tries|sets|games|lengths|runs))\b",
          "'Led by two goals' renders the French 'mené de deux buts', which means trailing: English says 'two goals "
          "down'."),
    Shape(("years",), r"(?:(?-i:[A-Z])[\w'’-]+|man|woman|boy|girl),\s+(?P<span>\d{1,3}\s+years)\s*,",
          "An age in apposition without 'old' is the French '71 ans'; English says 'aged 71' or '71,'."),
    Shape(("duration", "length", "height", "weight", "value", "total", "surface", "depth", "width",
           "capacity", "area", "volume", "diameter", "altitude", "span"), r"\bof\s+(?P<span>an?\s+(?:duration|length"
                   r"|height|weight|value|total|surface|depth|width|capacity"
                  r"|area|volume|diameter|altitude|span)\s+of)\s+",
          "'Of a duration of eight minutes' is the French 'd'une durée de'; English says 'an eight-minute …'."),
    Shape((), r"\b(?P<det>a|an|the)\s+(?!(?:word|term|adjective|label|expression|phrase|description|qualifier"
              r"|epithet|name"
               r"|title|slogan|motto|adverb)\b)(?-i:[a-z]{4,})\s+(?P<span>[“\"](?-i:[a-z]+(?:al|ive|ous|ic|ical|ary"
               r"|ate"
               r"|able|ible|ful))[”\"])(?=\s*[,.;:!?)]|\s+(?:for|of|in|on|at|to|with|by|from|and|or|was|is|were|are"
               r"|has|had|which|that)\b)",
          "A quoted adjective after its noun keeps the French order ('une décision « historique »'); English puts "
          "it before the noun (a “historic” decision).", QUOTE_ANCHORS, case=True),
    Shape(("metres", "meters", "kilometres", "kilometers", "km", "tonnes", "tons", "hectares", "litres",
           "liters", "kilos", "kilograms", "feet", "miles"),
          r"\b(?:a|an)\s+[\w-]+\s+of\s+(?-i:[a-z]+)\s+(?P<span>of\s+(?:\d[\d,.]*|about|nearly|some|more than|almost)"
                 r"\s+(?:[\d,.]+\s+)?(?:cubic\s+|square\s+)?(?:metres|meters|kilometres|kilometers|km|tonnes|tons"
                 r"|hectares"
                 r"|litres|liters|kilos|kilograms|feet|miles))\b",
          "A measure added with a second 'of' ('a mass of ice of 250,000 cubic metres') is the French 'de … de'; "
          "English puts it first ('a 250,000-cubic-metre mass of ice') or says 'of some …'."),
    Shape(("itself",), r"\b(?P<span>(?:finds|find|found)\s+itself\s+(?:at|in|on)\s+the\s+"
                                    r"(?:foot|heart|centre|center|edge|end|top|bottom|entrance|border"
                                    r"|outskirts|gates))\b",
          "A place that 'finds itself' somewhere is the French pronominal 'se trouve'; English says it 'lies' or "
          "'is'."),
    Shape(("itself", "themselves"), r"\b(?P<span>(?:explains|explained|explain|translates|translated|translate)\s+"
                                    r"(?:itself|themselves)\s+(?:by|into|in))\b",
          "'Explains itself by' is the French pronominal 's'explique par'; English says 'is explained by' or "
          "'results in'."),
    Shape(("soon", "once", "until", "till"),
          rf"\b(?P<span>(?:as soon as|once|until|till)\s+{_CLAUSE_SUBJECT}\s+will)\b",
          "A future after 'as soon as', 'once' or 'until' is the French future ('dès qu'il arrivera'); English uses "
          "the present ('as soon as he arrives')."),
    Shape(("when",), rf"(?<![\w,;:] )\b(?P<span>When\s+{_CLAUSE_SUBJECT}\s+will)\b",
          "A future after 'when' opening a time clause is the French future ('quand le pont sera fini'); English uses "
          "the present ('When the bridge is finished').", case=True),
    Shape(("want", "wants", "wanted"), r"\b(?P<span>(?:want|wants|wanted)\s+that)\s+(?:he|she|they|we|you|I|it|the"
                                       r"|his|her"
                                       r"|their|its|all|every|each|no|nobody|everyone|(?-i:[A-Z]))",
          "'Wants that he …' is the French 'veut que' + subjunctive; English says 'wants him to …'."),
    Shape(("nothing", "nobody"), r"\b(?P<span>(?:not|n't|never)\s+(?!for\b)(?:\w+\s+){0,2}?(?:nothing|nobody))\b",
          "A negation doubled by 'nothing' or 'nobody' is the French 'ne … rien'; English says 'anything' or "
          "'nothing' "
          "alone."),
    Shape(("hours",), r"\bat\s+(?P<span>\d{1,2}\s+hours)(?:\s+\d{2})?\b",
          "'At 10 hours' is the French '10 heures'; English says 'at 10am' or 'at 10 o'clock'."),
    Shape(("more", "less"), r"\b(?P<span>(?:more|less)\s+of)\s+(?:\d|about\s+\d|some\s+\d|nearly\s+\d)",
          "'More of 300' is the French 'plus de 300'; English says 'more than 300'."),
    Shape(COUNTRY_WORDS, rf"\b(?P<span>[Tt]he\s+(?:{'|'.join(COUNTRIES)}))\b(?=\s+(?:has|had|is|was|will|would"
                         r"|must|should|can|could|wants|intends|remains|(?-i:[a-z]+s)|(?-i:[a-z]+ed))\b)",
          "A country with 'the' is the French article ('la France'); English names the country alone.", case=True),
    Shape(("frightens", "scares", "terrifies"), r"\b(?:which|that|plan|reform|project|future|prospect|idea|situation"
                                                r"|it)\b[^.;!?]{0,40}?\s"
                      r"(?P<span>frightens|scares|terrifies)(?=\s*(?:[.;!]|$))",
          "A transitive verb left without its object is the French 'fait peur'; English says whom it frightens "
          "('frightens them')."),
    Shape((),
          r"\b(?=an?\s)(?<!make )(?<!makes )(?<!made )(?<!making )(?<!keep )(?<!kept )(?<!render )(?<!rendered )"
          r"(?<!find )(?<!found )(?<!leave )(?<!left )(?<!get )(?<!got )(?:a|an)\s+(?!(?:far|much|little|bit|lot|few|even|still"
          r"|rather|whole|once|one|step|notch|tad|ever|no|any|lot|good|great|deal|couple|number|degree|tone|touch"
          r"|shade)\b)(?-i:[a-z]{4,})(?<!ly)\s+(?P<span>(?:more|less|quasi-?|almost)\s*(?-i:[a-z]{4,}(?:al|ive|ous|ic"
          r"|ible|able|ent|ant|ful|less|ary|ile|ese|ose|ct|se|ar|ine|id)|(?:big|strong|high|low|small|large|long"
          r"|short|fair|just|free|open|clear|safe|rich|poor|young|old|green)(?:er)?)(?:\s+and\s+(?:more|less)\s+"
          r"(?-i:[a-z]{4,}))?)\b(?!\s+(?:than|that|as|to|enough|for|of|with|about|in|on)\b|-)",
          "A degree adjective after its noun keeps the French order ('un monde plus divers'); English puts it before "
          "the noun ('a more diverse world').", (" more ", " less ", " quasi", " almost ")),
    Shape(("accused", "convicted", "guilty", "acquitted", "charged", "reproached", "congratulated", "thanked",
           "criticised", "criticized"),
          r"\b(?P<span>(?:accused|convicted|guilty|acquitted|charged|reproached|congratulated|thanked|criticised"
          r"|criticized)\s+to\s+have)\s+(?:been\s+)?\w+",
          "These words take 'of' or 'for' and an -ing form ('accused of causing'); 'to have' + participle is the "
          "French 'd'avoir'."),
    Shape(("said",),
          r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis not )"
          r"(?<!\bwas not )(?<!\bwidely )(?<!\balso )(?<!\boften )(?<!\bonce )(?<!\bare not )\b(?:he|she|they|it|we"
          r"|(?-i:[A-Z])[\w-]+|the \w+(?: \w+){0,2})\s+(?P<span>said\s+(?:to\s+be|itself|himself|herself|themselves))"
          r"\s+[“\"]?(?:very\s+|deeply\s+|extremely\s+|particularly\s+|quite\s+)?(?:concerned|worried|ready|prepared"
          r"|satisfied|confident|open|favourable|favorable|opposed|hostile|shocked|surprised|determined|willing"
          r"|disappointed|delighted|pleased|convinced|sure|certain|available|happy|proud|sorry|saddened|outraged"
          r"|scandali[sz]ed|indignant|preoccupied|optimistic|pessimistic|cautious|hopeful|attached|alarmed"
          r"|troubled|disturbed|moved|touched|honoured|honored|innocent|victim|ready)\b",
          "'Said to be concerned' with the speaker as subject is the French 's'est dit préoccupé'; English says "
          "'said they were concerned' ('said to be' means others say it)."),
    Shape(("among",),
          r"\b(?P<span>among\s+(?:whom|which))\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several"
          r"|many|some|dozens|hundreds|a\s+dozen)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?=[,)])",
          "'Among whom three children' without a verb is the French 'dont trois enfants'; English says 'including "
          "three children'."),
    Shape(("night",),
          r"\b(?P<span>in\s+the\s+night\s+(?:of|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+to\s+(?:the\s+)?"
          r"\d{1,2})\b",
          "'In the night of 26 to 27 August' is the French 'dans la nuit du 26 au 27'; English says 'on the night "
          "of 26 August' or 'overnight on 26-27 August'."),
    Shape(("one",),
          r"(?:(?<=[,;:]\s)|(?<=[.!?]\s)|^|(?<=\n))(?P<span>(?-i:[Oo]ne)\s+(?:judges|considers|estimates|fears"
          r"|regrets|insists|explains|assures|deplores|denounces|evokes|rejoices|welcomes|indicates|stresses|reckons"
          r"|deems|judged|considered|estimated|feared|regretted|explained|assured|deplored|denounced|welcomed"
          r"|indicated|stressed|recalls|recalled|plays down|played down))\b(?!\s+(?:of|another|them|who)\b)",
          "'One judges' standing for a group of people is the French 'on juge'; English names the group ('the "
          "president's aides consider') or uses the passive."),
    Shape(("opposes", "opposed", "opposing"),
          r"\b(?:which|that|conflict|dispute|case|battle|match|duel|trial|fight|feud|final|game|war|rivalry|contest"
          r"|clash)\s+(?:which\s+|that\s+)?(?P<span>oppos(?:es|ed|ing))\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
          r"[^.;]{1,60}?\bto\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?-i:[A-Z]|[a-z]+s\b)",
          "A dispute that 'opposes A to B' is the French 'qui oppose A à B'; English says 'between A and B' or "
          "'pits A against B'."),
    Shape(("pardon", "forgiveness"),
          r"\b(?P<span>(?:ask|asks|asked|asking|beg|begs|begged|begging|demand\w*)\s+(?:for\s+)?(?:pardon"
          r"|forgiveness)\s+to)\s+",
          "'Asking pardon to the family' is the French 'demander pardon à'; English says 'asking the family's "
          "forgiveness' or 'apologising to the family'."),
    Shape(("pretext",), r"\b(?P<span>under\s+pretext\s+(?:of|that))\b",
          "'Under pretext of' drops the article as French does ('sous prétexte de'); English says 'on the pretext "
          "of' or 'under the pretext of'."),
    Shape(("interject", "interjected", "interjects"), r"\b(?P<span>interject\w*\s+(?:an\s+)?appeal)\b",
          "'Interject appeal' is the French 'interjeter appel'; English says 'lodge an appeal' or 'appeal'."),
    Shape(("urgency",), r"\b(?!(?:sense|matter|feeling|degree|level|lack|question|note|air|tone|atmosphere|climate|mood"
                        r"|signs?|message|plea|appeal|order|priority|heightened|new|greater|more|great|real|extreme|the"
                        r"|a|an|some|no|with)\b)(?-i:[a-z]{3,})\s+(?P<span>of\s+urgency)\b",
          "'An aid of urgency' keeps the French 'aide d'urgence' noun order; English puts 'emergency' first ('emergency "
          "aid')."),
    Shape(("metres", "meters", "kilometres", "kilometers", "km", "centimetres", "cm", "tonnes", "tons", "kilos", "kg",
           "litres", "liters", "hectares"),
          r"\b(?:its|his|her|their|our|the|a|an)\s+(?!(?:distance|height|depth|length|width|total|area|surface|radius"
          r"|diameter|altitude|range|weight|capacity|volume|stretch|journey|walk|drive|ride|trip|run|race|swim|climb"
          r"|descent|drop|fall|rise|increase|decrease|reduction|loss|gain|spill|leak|load|cargo|shipment|consignment"
          r"|quantity|amount|sum|minimum|maximum|average|span|perimeter|circumference|thickness|record|jump|throw|leap"
          r"|deficit|wave|swell|column|queue|line|tailback|jam|total|speed|pace|margin|lead|gap|deviation|error|shift"
          r"|movement|displacement|extension|expansion|production|output|harvest|catch|surplus|shortfall|dose|ration"
          r"|budget|price|cost|bill|fine|fee|tax|levy|rate|zone|perimeter|radius|corridor|strip|band|belt|plot|field"
          r"|tract|parcel|estate|farm|forest|territory|surface|sea|fall|snowfall|rainfall|accumulation|layer|blanket"
          r"|mass|block|chunk|slab|piece|section|portion|part|fraction|share|proportion|majority|minority|matter"
          r"|question|depth)\b)(?-i:[a-z]{4,})\s+(?P<span>of\s+\d[\d.,]*\s*(?:metres|meters|kilometres|kilometers|km"
          r"|centimetres|cm|tonnes|tons|kilos|kg|litres|liters|hectares))\b",
          "A size added after the noun with 'of' ('its mirror of 6.5 metres') is the French 'de'; English puts it first "
          "('its 6.5-metre mirror')."),
    Shape(("inquiry", "enquiry", "investigation", "reform", "reduction", "relaunch", "recovery", "stimulus",
           "revival", "prevention", "solidarity", "reconstruction", "modernisation", "modernization", "orientation",
           "programming", "surveillance", "ethics", "appeal", "cassation", "mediation", "conciliation", "arbitration",
           "negotiation", "crisis", "transition", "restructuring", "cooperation", "partnership", "reception",
           "accommodation", "financing", "funding", "compensation", "indemnification", "reimbursement", "sanctions",
           "control", "supervision", "monitoring", "evaluation", "assessment", "management", "administration",
           "piloting", "follow-up"),
          r"\bthe\s+(?-i:[a-z]{4,})\s+of\s+(?P<span>(?:inquiry|enquiry|investigation|reform|reduction|relaunch"
          r"|recovery|stimulus|revival|prevention|solidarity|reconstruction|modernisation|modernization|orientation"
          r"|programming|surveillance|ethics|appeal|cassation|mediation|conciliation|arbitration|negotiation|crisis"
          r"|transition|restructuring|cooperation|partnership|reception|accommodation|financing|funding|compensation"
          r"|indemnification|reimbursement|sanctions|control|supervision|monitoring|evaluation|assessment|management"
          r"|administration|piloting|follow-up)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+)",
          "A chain of 'of' ('the commission of inquiry of the Senate') follows the French 'de' link by link; English "
          "uses modifiers ('the Senate inquiry', 'the Casino rescue plan')."),
)


@functools.lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[tuple[str, ...], tuple[str, ...], re.Pattern, str], ...]:
    # the quoted adjective, the sentence openers 'Of him,' and 'When', and country names are matched with their case
    return tuple((s.needs, s.anchors, re.compile(s.pattern, 0 if s.case else re.IGNORECASE),
                  s.message) for s in SHAPES)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left:right]


NOT_BEFORE_VERB = frozenset("the a an his her its their our this these those whose all both many some several no "
                            "any every each of by in on at to for from with into under over about against between "
                            "among per and or".split())
PREPOSITIONS = frozenset("of by in on at to for from with into under over about against between among per".split())
MODIFIER_RUN = 3  # the lowercase words read back from an -s form to a preposition ('on soaring energy prices')
# a past participle between the verb and 'since' takes the time ("peacekeepers deployed there since 2020")
_PARTICIPLE = re.compile(r"\b(?:\w{3,}ed|sold|built|made|held|known|seen|born|given|taken|done|won|lost|kept|found|paid"
                         r"|written|broken|chosen|begun|run|set|put|brought|bought|sent|spent|left)\b", re.I)


_PREDICATIVE = re.compile(r"\b(?:consider|considers|considered|call|calls|called|deem|deems|deemed|find|finds|found"
                          r"|judge|judges|judged|think|thinks|thought|label|labels|labelled|labeled|brand|branded"
                          r"|declare|declares|declared|rate|rated|make|makes|made|keep|keeps|kept)\s+$", re.I)


def _finite_after_subject(text: str, start: int, verb: str) -> bool:
    """Whether the word at `start` reads as a verb after its subject: 'is'/'are', or an -s form whose word before
    is neither a determiner nor a preposition, nor at the end of a bare phrase after a preposition ("by Russian
    troops", "on soaring energy prices")."""
    if verb.lower() in ("is", "are"):
        return True
    before = re.findall(r"[\w'’-]+|[,;:]", text[max(0, start - 60):start])
    if not before or before[-1].lower() in NOT_BEFORE_VERB or before[-1] in ",;:":
        return False
    for word in reversed(before[-1 - MODIFIER_RUN:-1]):
        if word.lower() in PREPOSITIONS:
            return False  # the -s word heads the preposition's noun phrase
        if word.lower() in NOT_BEFORE_VERB or word in ",;:" or not word[:1].islower():
            return True  # a determiner, a clause break or a name: the subject may start here
    return True


@functools.lru_cache(maxsize=None)
def _index() -> WordIndex:
    return WordIndex.of(s.needs for s in SHAPES)


class _Match:
    """A match a caller may reject as a reading of its verb, so that the search resumes after that word."""

    def __init__(self, match: re.Match):
        self.match, self.rejected = match, False

    def __getattr__(self, name):
        return getattr(self.match, name)


_RELATIVE = re.compile(r"\b(?:who|which|that)\s+", re.I)


def _matches(pattern: re.Pattern, text: str, lines) -> Iterator[_Match]:
    """The pattern's matches in the lines; after a rejected verb ("crisis" read as an -s form) followed by a
    relative pronoun, the relative clause is searched again for its verb ("the crisis that ravages … since 2016"),
    where a plain scan would have skipped past the whole span."""
    for a, b in lines:
        pos = a
        while (found := pattern.search(text, pos, b)) is not None:
            match = _Match(found)
            yield match
            pos = max(found.end(), pos + 1)
            if match.rejected and "verb" in pattern.groupindex and found.start("verb") >= 0:
                relative = _RELATIVE.search(text, found.end("verb"), found.end())
                again = relative and (pattern.match(text, relative.start(), b)
                                      or pattern.match(text, relative.end(), b))
                if again:
                    match = _Match(again)
                    yield match
                    pos = max(again.end(), pos)


def clause_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for every French clause shape in text."""
    from ..lexicon import text_words

    compiled = _compiled()
    chosen = _index().lines(text)
    for i, (needs, anchors, _, _) in enumerate(compiled):
        if not needs:
            chosen[i] = anchor_paragraphs(text_words(text)[0], anchors)
    hits = _postposed_adjectives(text)
    for i, lines in chosen.items():
        needs, _, pattern, message = compiled[i]
        for match in _matches(pattern, text, lines):
            start, end = match.span("span")
            if needs == ("since",):
                if "verb" in pattern.groupindex and (
                        not _finite_after_subject(text, match.start("verb"), match.group("verb"))
                        or _PARTICIPLE.search(text, match.end("verb"), end)):
                    match.rejected = True  # the search goes on after this word ("the crisis that ravages …")
                    continue  # "of the votes", "by Russian troops": a plural noun, not a verb
                sentence = _sentence(text, start, end)
                tense = _PERFECT if "progressive" in pattern.groupindex else _PERFECT_OR_PAST
                if tense.search(text, max(0, start - 30), end) or _SINCE_FINE.search(sentence):
                    continue  # a perfect or a past somewhere, or 'the highest since': not the French present
            if "det" in pattern.groupindex and _PREDICATIVE.search(text, max(0, match.start() - 20), match.start()):
                continue  # "considered the strike “unacceptable”": an object and its complement, not a noun phrase
            hits.append((start, end, message))
    return sorted(hits)


def check(ctx):
    if ctx.doc.lang != "en":
        return
    for start, end, message in clause_hits(ctx.doc.text):
        yield Hit(start, end, message)


RULE = Rule(
    code="GRB012",
    name="french-clause-structure",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A French clause structure kept word for word ('He is in prison since 2019', 'neither … nor … not').",
    check=check,
    doc="""\
## What it does
Reports clause structures that French grammar builds and English does not, read over word classes
rather than listed phrases: a simple present with 'since' and a point or span of time (French
present with *depuis*: "He is in prison since 2019"), a negation doubled after "neither … nor" or
"nobody" (*ne* kept), "all the more … that" (*d'autant plus … que*), "before even the" (*avant
même le*), a reflexive with "mutually" for a reciprocal, a verb of blame or prevention with
"to" + infinitive (*reprocher de*, *empêcher de*), an apposition "he who" (*lui qui*), a sentence
opened by "Of her," (*D'elle, …*), "led by two goals" (*mené de*, trailing), an age without "old"
("Durand, 71 years,"), "of a duration of", a quoted adjective after its noun, a verb of fear
left without its object, a degree adjective after its noun ("a world more diverse"), "accused to
have" (*accusé d'avoir*), a speaker "said to be concerned" (*s'est dit*), "among whom three
children" with no verb (*dont*), "in the night of 26 to 27" (*dans la nuit du … au …*), an
impersonal "one judges" (*on juge*), a dispute that "opposes A to B", "asking pardon to", "under
pretext of", "interject appeal", a noun "of
urgency", a size after its noun ("its mirror of 6.5 metres") and an "of" chain through an inquiry
or a reform ("the commission of inquiry of the Senate"). 'Since' after a superlative or a span ("the highest since 2008", "ten
years since") and sentences holding a perfect or a past are left alone.

## Why is this bad?
The words are English but the grammar is French: the reader stumbles, or reads another meaning
("led by two goals" says the team was winning).

## Example
`The affair shakes the government since Monday.` → `The affair has been shaking the government since Monday.`
""",
    examples=(
        Example("The strike [[paralyses the port since Monday]] and the unions want more."),
        Example("[[Since 2019, the singer lives]] in a village near Nantes."),
        Example("It is a promise which [[neither the mayor nor the prefect could not]] keep."),
        Example("[[Nobody did not]] answer the phone at the town hall."),
        Example("The shock is [[all the more painful that]] the club had never lost at home."),
        Example("The fans left [[before even]] the end of the match."),
        Example("The two candidates accuse [[themselves mutually]] of lying."),
        Example("Voters [[reproach him to have]] ignored the countryside."),
        Example("She kept on running, [[she who]] had never trained for a marathon."),
        Example("[[Of him,]] nothing was known until the trial."),
        Example("[[Led by three points]] at the break, the hosts never recovered."),
        Example("The pilot, Marc Girard, [[58 years]], was unhurt."),
        Example("The court heard a recording of [[a duration of]] twenty minutes."),
        Example("Farmers called it a reform [[“historical”]] for the sector."),
        Example("For the workers, the plan which is coming [[frightens]]."),
        Example("A block of rock [[of 3,000 cubic metres]] fell onto the road."),
        Example("The court ordered a [[restitution immediate]] of the funds."),
        Example("The town faces a reduction drastic of its budget.", note="'drastic' is no adjective ending it models"),
        Example("The ministry published the information available on its website."),
        Example("A block of rock of some size fell onto the road."),
        Example("[[Since Saturday, the old town hall disappears]] under scaffolding.",
                note="a subject of several words"),
        Example("Unemployment is at its highest level since 2008.", note="'since' after a superlative"),
        Example("It is ten years since the factory closed.", note="a span before 'since'"),
        Example("The town has been cut off since Monday."),
        Example("Since 2019, the singer has lived in a village near Nantes."),
        Example("Neither the mayor nor the prefect could keep the promise."),
        Example("Nobody answered the phone at the town hall."),
        Example("The fans left even before the end of the match."),
        Example("The two candidates accuse each other of lying."),
        Example("Voters reproach him for ignoring the countryside."),
        Example("He who hesitates is lost."),
        Example("The pilot, Marc Girard, 58, was unhurt."),
        Example("A man of 45 was arrested at the scene."),
        Example("She used the word “historical” twice."),
        Example("The minister called the strike “unacceptable” and left.", note="an object and its complement"),
        Example("The prospect frightens investors."),
        Example("The abbey [[finds itself at the foot]] of the cliff."),
        Example("The rise [[explains itself by]] the cold winter."),
        Example("Prices will fall [[as soon as the harvest will]] begin."),
        Example("[[When the tunnel will]] open, lorries will avoid the town."),
        Example("The mayor [[wants that]] the shops close earlier."),
        Example("The witnesses did [[not see nothing]] that night."),
        Example("The ceremony starts at [[10 hours]] on Sunday."),
        Example("[[More of]] 2,000 runners took part."),
        Example("[[The Belgium]] has recalled its ambassador."),
        Example("The hikers found themselves in the middle of nowhere without a map.", note="a person finding "
                "themselves somewhere"),
        Example("It is unclear when the tunnel will open.", note="an indirect question"),
        Example("The mayor wants the shops to close earlier."),
        Example("Not for nothing is he called the boss."),
        Example("The ceremony lasted 10 hours."),
        Example("More of the runners finished this year."),
        Example("The Belgium team won; the France of the 1960s is gone."),
        Example("Since he is ill, the minister will not travel.", note="a causal 'since'"),
        Example("The hosts led by three points at the break."),
    ),
)
