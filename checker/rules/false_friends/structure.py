"""FFR004: a French look-alike whose syntactic slot (subject, object, complement) gives the French sense away."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..calque.matching import WordIndex, is_english, sentence_around

# Word classes the slots are written with: closed classes of English, not collocations of one word.
CLASSES = {
    "POSS": r"(?:his|her|their|its|our|my|your|(?-i:[A-Z])[\w-]+['’]s|the \w+['’]s|the \w+s['’])",
    "DET": r"(?:the|a|an|this|that|these|those|his|her|their|its|our|some|several|two|three|four|five|new|\d[\d,.]*)",
    # people and groups of people, by role: the kind of subject or object a slot asks for
    "PERSON": r"(?:minister|president|mayor|spokes(?:man|woman|person)|prosecutor|judge|director|manager|chief|head"
              r"|prefect|officials?|deput(?:y|ies)|MPs?|senators?|witness(?:es)?|secretary|leaders?|chairman|governor"
              r"|ambassador|officers?|employees?|residents|inhabitants|famil(?:y|ies)|victims|workers|parents"
              r"|colleagues|lawyers?|unions?|activists|doctors|experts|engineers|teachers|students|players|coach"
              r"|journalists?|police|authorities|population|people|public|citizens|voters|neighbours|villagers"
              r"|passengers|staff|m[ae]n|wom[ae]n|suspects?|owners?|tenants|customers|clients|patients|scientists"
              r"|researchers|investigators|magistrates|gendarmes|protesters|demonstrators|farmers|union leaders|nurses"
              r"|pilots|railway workers|dockers|miners|pensioners|retirees)",
    "INSTITUTION": r"(?:senate|committee|commission|court|judges?|investigators|magistrates?|police|gendarmes"
                   r"|parliament|MPs|deputies|inquiry|prosecutors?|assembly|jury|tribunal|senators)",
    "MEDIA": r"(?:videos?|images?|footage|photos?|photographs?|pictures?|programmes?|programs?|documentar(?:y|ies)"
             r"|films?|reports?|statements?|messages?|communiqu[eé]s?|recordings?|series|broadcasts?|interviews?"
             r"|clips?|episodes?|advert\w*|information|sequences?|trailers?)",
    "DEGREE": r"(?:very|extremely|particularly|most|more|deeply|highly|quite|rather|so|too|really|especially"
              r"|increasingly|less|all the more)",
    "BE": r"(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|appears?|appeared|became|becomes?)",
    "ORDINAL": r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|previous|successive"
               r"|consecutive|two|three|four|five)",
    "LEGAL_EVENT": r"(?:facts|acts|crimes|offen[cs]es|abuses|misdeeds|assaults|rapes|the (?:offen[cs]e|crime|case))",
    "POSSESSED": r"(?:evidence|proofs?|recordings?|majorit(?:y|ies)|seats|means|budget|resources|funds|information"
                 r"|data|documents|powers|troops|soldiers|reserves?|capacity|beds|places|time|staff|votes|tools"
                 r"|doses|room|satellites?|files?|images|photos|witnesses|testimon(?:y|ies))",
}


@dataclass(frozen=True, slots=True)
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


LOOK_ALIKES = (
    LookAlike("collaborator collaborators", (
        r"\b(?:{POSS}|a close|close|one of {POSS}(?: closest| close| nearest)?)\s+(?P<span>collaborators?)\b",
        r"\b(?P<span>collaborators?)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+|{PERSON})\b"),
        "collaborateur", "aide, member of staff", None,
        "a collaborator of a named person is their aide; English 'collaborator' is a traitor or a co-author",
        unless=r"\b(?:nazis?|occupation|occupier|occupiers|vichy|wartime|resistance|traitors?|enemy|germans)\b"),
    LookAlike("combat", (
        r"\b{POSS}\s+(?:own\s+|long\s+|lonely\s+|last\s+|daily\s+|new\s+)?(?P<span>combat)\b"
        r"(?!\s*-|\s+(?:troops|units?|missions?|zones?|aircraft|boots|gear|experience|operations|roles?|training"
        r"|vehicles|jets|helicopters|sports?|brigades?|forces|soldiers|veterans|engineers|pay|status|readiness)\b)",
        r"\bthe\s+(?P<span>combat)\s+(?:for|against)\b",),
        "combat", "fight, struggle, cause", "fight",
        "someone's combat, or the combat for or against something, is a fight or a cause; English 'combat' "
        "is armed fighting"),
    LookAlike("patrimony", (r"\b(?:{POSS}|the couple['’]s|the family['’]s)\s+(?:\w+\s+)?(?P<span>patrimony)\b",
                            r"\b(?P<span>patrimony)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:former\s+|late\s+)?"
                            r"(?:(?-i:[A-Z])[\w-]+|{PERSON}|couple|family|businessman|businesswoman|tycoon|magnate)\b"),
              "patrimoine", "assets, wealth (or heritage)", "assets",
              "a person's patrimony in French is their assets"),
    LookAlike("prescribed", (
        r"\b{LEGAL_EVENT}\s+(?:[\w-]+\s+){{0,3}}?(?:are|were|is|was|have been|had been|has been|will be|would be)"
        r"\s+(?:\w+ly\s+|now\s+|already\s+|not\s+|not yet\s+|therefore\s+){{0,2}}(?P<span>prescribed)\b",
        r"\b(?P<span>prescribed)\s+(?:facts|acts|crimes|offen[cs]es)\b"),
        "prescrit", "time-barred", "time-barred",
        "an offence is time-barred; drugs are prescribed"),
    LookAlike("reclamation reclamations", (r"(?<!land )(?<!water )\b(?P<span>reclamations)\b",
                              r"\b{POSS}\s+(?:\w+\s+)?(?P<span>reclamations?)\b"),
              "réclamation", "complaint", "complaints",
              "people's reclamations are complaints; English 'reclamation' is recovering land or material",
              unless=r"\b(?:land|marsh\w*|wetlands?|mines?|soil|sea|polders?)\b"),
    LookAlike("evoke evoked evokes", (
        r"\b(?:he|she|they|we|who|(?-i:[A-Z])[\w-]+|{PERSON})\s+(?:\w+ly\s+|also\s+|then\s+|had\s+|has\s+"
        r"|have\s+){{0,2}}"
        r"(?P<span>evok(?:ed|es|e))\s+(?:the|a|an|his|her|their|its|this|that|several|possible|new)\s+"
        r"(?!(?:memor\w+|spirit|image|images|ghosts?|echoes|nostalgia|atmosphere|feeling|sense)\b)",),
        "évoquer", "mention, raise, speak of", "mentioned",
        "a person who evokes a topic mentions it; English 'evoke' is said of things that call something to mind"),
    LookAlike("audition auditioned auditions auditioning", (
        r"\b(?P<span>audition(?:ed|s|ing)?)\s+(?:the|a|an|two|three|several|some|\d+)\s+(?:[\w-]+\s+)?{PERSON}\b",
        r"\b(?P<span>audition(?:ed|s|ing)?)\s+(?-i:[A-Z])[\w-]+\b(?!\s+for\b)",
        r"\b(?:was|were|been|be|being)\s+(?P<span>auditioned)\s+by\s+(?:the\s+)?(?:\w+\s+)?{INSTITUTION}\b"),
        "auditionner", "question, hear evidence from", "questioned",
        "a committee or a judge hears an official; English 'audition' is a trial performance",
        unless=r"\b(?:role|roles|cast|casting|actors?|actress|singers?|dancers?|musicians?|band|choir|orchestra|film"
               r"|play|show|stage)\b"),
    LookAlike("susceptible", (r"\b(?P<span>susceptible)(?=\s*(?:[.,;:!?”\"]|$|(?:and|or|but)\b))",),
              "susceptible", "touchy, easily hurt", "touchy",
              "English 'susceptible' takes a complement ('susceptible to'); alone it is the French 'touchy'"),
    LookAlike("formidable", (
        r"\b(?P<span>formidable)\s+(?:\w+\s+)?(?:success|result|results|victory|win|news|moment|moments|experience"
        r"|atmosphere|opportunity|achievement|season|year|day|evening|gift|adventure|welcome|reception|progress"
        r"|example|message|hope|joy|enthusiasm|party|celebration|tribute)\b",
        r"\b(?:it|this|that)\s+(?:was|is|has been)\s+(?:just\s+|really\s+|truly\s+"
        r"|absolutely\s+)?(?P<span>formidable)\b"),
        "formidable", "tremendous, great", "tremendous",
        "a success or a moment is tremendous in French 'formidable'; English 'formidable' means fearsome"),
    LookAlike("efficient", (
        r"\b(?P<span>efficient)\s+(?:against|in (?:treating|fighting|curing|preventing|the fight against"
        r"|the treatment of)"
        r"|at (?:treating|preventing|fighting|curing)|to (?:treat|fight|prevent|cure))\b",
        r"\b(?:vaccines?|drugs?|treatments?|molecules?|medicines?|medications?|therap(?:y|ies)|masks?|antibiotics?"
        r"|remed(?:y|ies)|cures?|pills?)\s+(?:[\w-]+\s+){{0,3}}?(?:is|are|was|were|be|proved|proves|remains?|seems?)\s+"
        r"(?:very\s+|highly\s+|not\s+|really\s+|more\s+|less\s+|fully\s+|\d+\s?%\s+)?(?P<span>efficient)\b"),
        "efficace", "effective", "effective",
        "a treatment is effective against a disease; 'efficient' is about waste of time or energy"),
    LookAlike("controlled", (
        r"\b(?P<span>controlled)\s+positive\b",
        r"\b(?:was|were|been|be|is|are)\s+(?P<span>controlled)\s+(?:(?:in|on) (?:\d|january|february|march|april|may"
        r"|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday)|last (?:year|month|week)|by (?:the\s+)?(?:engineers|inspectors|customs|technicians|experts|auditors"
        r"|labour inspect\w+|health inspect\w+)\b)"),
        "contrôler", "inspect, check, test", "inspected",
        "a check on one occasion ('controlled in 2017', 'controlled positive') is an inspection or a test; English "
        "'controlled' means ruled or held in check"),
    LookAlike("prevent prevented prevents preventing", (
        r"\b(?P<span>prevent(?:ed|s|ing)?)\s+(?:him|her|them|us|me|you|the\s+(?:[\w-]+\s+)?{PERSON}|(?-i:[A-Z])[\w-]+)"
        r"\s+(?:that|of|about|in advance|beforehand)\b(?![^.;]{{0,80}}\bfrom\s+(?:\w+ing|being|having)\b)",
        r"\b(?:{PERSON}|they|we|he|she|I)\s+(?:[\w-]+\s+){{0,2}}?(?:have|has|had|were|was|are|is|will be|would be)\s+"
        r"(?:been\s+)?(?:\w+ly\s+)?(?P<span>prevented)\s+(?:by\s+(?:text|sms|e-?mail|letter|phone|telephone|"
        r"(?:a|an)\s+(?:letter|message|notice|call|text|e-?mail))|that|of|about|in advance|beforehand)\b"
        r"(?![^.;]{{0,80}}\bfrom\s+(?:\w+ing|being|having)\b)"),
        "prévenir", "warn, inform", "warned",
        "people who are prevented by letter or told in advance are warned; English 'prevent' stops something"),
    LookAlike("dispose disposes", (
        r"\b(?P<span>dispos(?:e|es) of)\s+(?:(?:a|an|the|some|several|no|only|more|enough|sufficient|about|around"
        r"|nearly"
        r"|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|new|audio"
        r"|video|solid|strong|irrefutable|absolute|large|vast|comfortable|their own|its own)\s+){{0,3}}{POSSESSED}\b",
        r"\b(?P<span>dispos(?:e|es) of)\s+(?:enough|sufficient|ample|plenty of|no more than|at least|barely"
        r"|only a few)\b"),
        "disposer de", "have, possess", "have",
        "to 'dispose of' evidence, a majority or means is the French 'disposer de', to have them; English "
        "'dispose of' is to get rid of"),
    LookAlike("qualify qualified qualifies qualifying", (
        r"\b(?P<span>qualif(?:y|ies|ied|ying))\s+(?:the|a|an|this|that|these|those|his|her|their|its|him|them|it"
        r"|(?-i:[A-Z])[\w-]+)\s+(?:[\w'’-]+\s+){{0,7}}?(?:as\s+(?:[\"“«]|an?\s+\w+|the\s+\w+|\w+)|of\s+[\"“«])",
        r"\b(?:was|were|is|are|been|be)\s+(?P<span>qualified)\s+(?:as|of)\s+[\"“«]"),
        "qualifier", "describe, call", "described",
        "to qualify something as X is the French 'qualifier de', to describe it as X; English 'qualify' takes no "
        "object this way"),
    LookAlike("preoccupying", (
        r"\b(?:{DEGREE}|{BE}|as|deemed|judged|considered|described as|called)\s+[\"“«]?(?P<span>preoccupying)\b"
        r"(?!\s+(?:the|a|an|his|her|their|them|him|us|me|many|most|some|all|[\w-]+s)\b)",
        r"\b(?P<span>preoccupying)(?=\s*(?:[\"”»]|[.,;:!?]|$))",
        r"\b(?P<span>preoccupying)\s+(?:situation|state|trend|figures?|level|news|developments?|signal|signs?|rise"
        r"|increase|fall|decline|phenomenon|outlook|health)\b"),
        "préoccupant", "worrying", "worrying",
        "a situation is worrying; English 'preoccupying' is a verb form taking an object"),
    LookAlike("interpellation interpellations", (
        r"\b(?:\d[\d,.]*|thousands|hundreds|dozens|several|some|many|numerous|a (?:dozen|hundred|thousand|score)|two"
        r"|three|four|five|six|seven|eight|nine|ten|\w+ty|new|further|the)\s+(?:\w+\s+)?(?P<span>interpellations)\b",
        r"\b(?P<span>interpellations?)\s+(?:were|was|have been|had been|has been)\s+(?:\w+ly\s+)?(?:carried out|made"
        r"|conducted|recorded|reported|performed)\b"),
        "interpellation", "arrest, detention", "arrests",
        "police interpellations are arrests; in English an interpellation is a question put to a minister",
        unless=r"\b(?:parliament\w*|minister|government|deput(?:y|ies)|MPs?|question time|senators?)\b"),
    LookAlike("diffuse diffused diffuses diffusing", (
        r"\b(?P<span>diffus(?:e|es|ed|ing))\s+(?:(?:a|an|the|his|her|their|its|this|that|these|those|several|some|two"
        r"|three|new|\d+|other|images of|extracts of)\s+)?(?:(?!(?:of|over|by|with|about|on|in|to|after|before)\b)"
        r"[\w-]+\s+)?{MEDIA}\b",
        r"\b{MEDIA}\s+(?:[\w-]+\s+){{0,3}}?(?:was|were|been|be|is|are|being)\s+(?P<span>diffused)\b"),
        "diffuser", "broadcast, release", "broadcast",
        "videos and programmes are broadcast or released; English 'diffuse' spreads light or calms tension"),
    LookAlike("mandate mandates", (
        r"\b{ORDINAL}\s+(?P<span>mandates?)\b(?!\s+(?:to|for|from)\b)",
        r"\b(?:during|throughout|end of|start of|beginning of|half of|rest of|middle of|at the end of)\s+{POSS}\s+"
        r"(?:\w+\s+)?(?P<span>mandate)\b",
        r"\b(?:his|her)\s+(?P<span>mandate)\s+(?:ends|expires|ended|expired|runs out|ran out)\b",
        r"\b(?P<span>mandates?)\s+of\s+(?:two|three|four|five|six|seven|\d+)\s+years\b"),
        "mandat", "term of office", "term",
        "a numbered or timed mandate of an office holder is a term of office; an English mandate is authority "
        "given to act",
        unless=r"\b(?:UN|United Nations|mission|peacekeep\w*|negotiat\w+|IMF)\b"),
    LookAlike("actually", (
        r"\b(?:he|she|they|(?-i:[A-Z])[\w-]+|the\s+[\w-]+)\s+(?:is"
        r"|are)\s+(?P<span>actually)\s+(?:the\s+(?:\w+\s+)?(?:{PERSON}|head"
        r"|director|president|chair\w*|captain|coach|manager)\b|in\s+(?:prison|detention|custody|hospital|office)\b"
        r"|(?:working|studying|living|preparing|negotiating|serving)\b|(?:injured|closed|suspended|unemployed"
        r"|hospitali[sz]ed|detained|imprisoned|jailed|employed|based|housed|stationed|deployed|ill|sick|vacant|empty"
        r"|unavailable|on strike|on leave|in talks|under way|underway)\b)",),
        "actuellement", "currently", "currently",
        "a present state or post stated without contrast is 'currently'; 'actually' corrects an expectation",
        unless=r"\b(?:but|not|although|though|in fact|really|contrary|despite|however|rather|only|just|even|never)\b"
               r"|\?"),
    LookAlike("ignore ignores", (
        r"\b(?:we|I|they|he|she|one|police|investigators|authorities|experts|doctors|nobody|no one"
        r"|it is)\s+(?:still\s+)?"
        r"(?P<span>ignor(?:e|es))\s+(?:still\s+|yet\s+|completely\s+|totally\s+)?(?:whether|if|why|where|who)\b",),
        "ignorer", "not know", "do not know",
        "to 'ignore whether' or 'ignore why' is the French 'ignorer', not to know; English 'ignore' takes an object "
        "it disregards"),
    LookAlike("tentative tentatives", (
        r"\b(?:a|an|the|his|her|their|its|this|that|first|new|last|failed|second|several|every)\s+(?:\w+\s+)?"
        r"(?P<span>tentatives?)\s+(?:of|to|at)\b",
        r"\b(?P<span>tentatives)\b"),
        "tentative", "attempt", "attempt",
        "'tentative' used as a noun is the French 'tentative', an attempt; in English it is only an adjective"),
    LookAlike("concurrent concurrents", (r"\b(?P<span>concurrents)\b",
                             r"\b{POSS}\s+(?:main\s+|direct\s+|closest\s+|nearest\s+|biggest\s+)?(?P<span>concurrent)"
                             r"(?=\s*(?:[.,;:!?]|$|(?:and|or|has|had|is|was|will|says|said)\b))"),
        "concurrent", "competitor", "competitor",
        "'concurrent' used as a noun is the French 'concurrent', a competitor; in English it is only an adjective"),
    LookAlike("responsible responsibles", (
        r"\b(?P<span>responsibles)\b",
        r"\b(?:the|a|an|one|two|three|several|many|local|senior|political|party"
        r"|union)\s+(?P<span>responsibles?)\s+of\b"),
        "responsable", "official, person in charge", "officials",
        "'responsible' used as a noun is the French 'responsable', an official; in English it is an adjective"),
    LookAlike("precised precising precise precises", (
        r"\b(?P<span>precis(?:ed|ing))\b",
        r"\b(?:he|she|they|it|who|also|to|will|would|has|had|did)\s+(?P<span>precises?)\s+(?:that|the|what|how|his"
        r"|her)\b"),
        "préciser", "specify, add", "specified",
        "'precise' used as a verb is the French 'préciser'; English says 'specify' or 'add'"),
    LookAlike("licensed licensing license", (
        r"\b(?:employees|workers|staff|people|employee|worker|wage-earners|executives|journalists|salaried|\d[\d,]*)"
        r"\s+(?:[\w-]+\s+){{0,2}}?(?:were|was|have been|has been|had been|will be|would be|be|being|are|is)\s+"
        r"(?P<span>licensed)\b",
        r"\b(?P<span>licens(?:ed|ing|e))\s+(?:\d[\d,]*|hundreds of|thousands of|dozens of|some|several|its|their)\s+"
        r"(?:\w+\s+)?(?:employees|workers|staff|people|jobs)\b"),
        "licencier", "lay off, dismiss", "laid off",
        "workers who are licensed are the French 'licenciés', laid off; English 'licensed' means permitted",
        unless=r"\b(?:drivers?|taxis?|pilots?|premises|to practise|to practice|doctors)\b"),
    LookAlike("manifest manifested manifesting", (
        r"\b(?:thousands|hundreds|dozens|tens of thousands|\d[\d,]*|people|protesters|demonstrators|they|we|students"
        r"|{PERSON}|opponents|supporters)\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:have\s+|had\s+|also\s+|again\s+)?(?P<span>manifest(?:ed|ing)?)\s+(?:in|on|against|for|outside|near|again"
        r"|peacefully|through|across)\b",),
        "manifester", "demonstrate, protest", "demonstrated",
        "people who manifest in a street or against a reform demonstrate; English 'manifest' is said of symptoms "
        "or feelings",
        unless=r"\b(?:symptoms?|disease|illness|virus|infection)\b"),
    LookAlike("engage engaged engages engaging", (
        r"\b(?P<span>engag(?:e|es|ed|ing))\s+(?:the\s+|new\s+|a\s+|fresh\s+)?(?:negotiations|talks|discussions|"
        r"procedure|proceedings|consultations|legal action|dialogue)\b",),
        "engager", "open, start", "opened",
        "one engages IN talks; to 'engage negotiations' is the French 'engager des négociations', to open them"),
    LookAlike("direction", (
        r"\bthe\s+(?P<span>direction)\s+(?:of\s+(?:the\s+)?(?:company|group|firm|hospital|factory|plant|school|bank"
        r"|airline|newspaper|museum|prison|club|chain|site|establishment)\s+)?(?:has\s+|had\s+)?(?:announced|said"
        r"|decided|confirmed|indicated|explained|declared|refused|denied|assured|promised|proposed|wants|plans|says"
        r"|stated|informed|warned)\b",),
        "direction", "management", "management",
        "a direction that announces or decides is the French 'direction', the management"),
    LookAlike("blessed", (
        r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|people|persons|others?"
        r"|soldiers|police(?:men)?|officers|passengers|children|civilians|{PERSON})\s+(?:were|was|have been|had been"
        r"|has been|are|is|being|been|got)\s+(?:\w+ly\s+|also\s+)?(?P<span>blessed)\b(?!\s+with\b)",
        r"\b(?:dead|killed|deaths?|victims)\s+and\s+(?:\d[\d,]*|\w+)\s+(?:[\w-]+\s+)?(?P<span>blessed)\b",
        r"\b(?:seriously|lightly|slightly|badly|gravely|critically|severely|mortally)\s+(?P<span>blessed)\b",
        r"\bthe\s+(?P<span>blessed)\s+(?:were|have been|had been)\s+(?:\w+ly\s+)?(?:taken|evacuated|transported|"
        r"treated|airlifted|rushed)\b"),
        "blessé", "injured, wounded", "injured",
        "people blessed in an attack or an accident are the French 'blessés', injured",
        unless=r"\b(?:pope|priests?|church|god|holy|bishops?|virgin|saints?|mass|chapel|cathedral|pilgrims?|luck"
               r"|lucky)\b"),
    LookAlike("retreat retreats", (
        r"\b(?P<span>retreats?)\s+(?:age|pension|pensions|reform|system|fund|funds|scheme|home|homes)\b",
        r"\breform\s+of\s+(?:the\s+)?(?P<span>retreats?)\b",
        r"\b(?:took|taking|take|takes|taken)\s+(?:his|her|their)\s+(?P<span>retreat)\b(?!\s+(?:to|from|into|in)\b)"),
        "retraite", "retirement, pension", "retirement",
        "a retreat age or a retreat reform is the French 'retraite', retirement",
        unless=r"\b(?:military|troops|army|spiritual|monks?|religious|forces|soldiers|yoga)\b"),
    LookAlike("professor professors", (
        r"\b(?P<span>professors?)\s+(?:of\s+)?(?:[\w-]+\s+){{0,2}}?(?:at|in)\s+(?:a|the)\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:middle school|secondary school|high school|primary school|lycée|collège|junior school|school in)\b",
        r"\b(?:school|lycée|collège|primary|secondary|middle-school|high-school"
        r"|schoolteacher's)\s+(?P<span>professors?)\b",
        r"\b(?P<span>professors?)\b(?=[^.;]{{0,100}}\b(?:pupils|schoolchildren|his class|her class|the classroom)\b)"),
        "professeur", "teacher", "teacher",
        "a professor at a school, or one with pupils, is the French 'professeur', a teacher",
        unless=r"\b(?:universit\w+|faculty|medical school|law school|business school|doctoral)\b"),
    LookAlike("surname surnamed", (
        r"\b(?P<span>surnamed)\s+(?:[\"“«]|the\s+)",
        r"\b(?:his|her|their|its|the)\s+(?P<span>surname)\s*(?:,|of|:)?\s*[\"“«]",
        r"\b(?:his|her|their|its)\s+(?P<span>surname)\s+(?:of|is|was)\s+(?:the\s+)?(?-i:[a-z])"),
        "surnom", "nickname", "nickname",
        "a surname given in quotation marks or as an epithet is the French 'surnom', a nickname"),
    LookAlike("hazard", (r"\bby\s+(?P<span>hazard)\b", r"\b(?:not|no)\s+(?:a\s+)?(?P<span>hazard)\s+(?:if|that)\b"),
              "hasard", "chance", "chance",
              "'by hazard' is the French 'par hasard', by chance"),
    LookAlike("solicited", (
        r"(?:^|(?<=\. )|(?<=\n)|(?<=when )|(?<=When ))(?P<span>[Ss]olicited)\s+by\b",),
        "sollicité", "contacted, asked for comment", "Contacted",
        "a source 'solicited by' a newspaper was contacted or asked for comment"),
    LookAlike("precisions", (r"\b(?P<span>precisions)\b",),
              "précisions", "details", "details",
              "'precisions' is the French 'précisions', details; English 'precision' takes no plural"),
    LookAlike("actuality", (r"\bthe\s+(?P<span>actuality)\b(?!\s+of\b)",),
              "actualité", "news, current events", "news",
              "'the actuality' is the French 'l'actualité', the news"),
    LookAlike("issue", (r"\b(?:fatal|favourable|favorable|happy|positive|tragic|dramatic)\s+(?P<span>issue)\b"
                        r"(?!\s+(?:of|for|in|with|to)\b)",),
              "issue", "outcome", "outcome",
              "a fatal or happy issue is the French 'issue', an outcome"),
    LookAlike("valorise valorised valorises valorising valorisation valorize valorized valorizes valorizing "
              "valorization", (r"\b(?P<span>valori[sz](?:e|es|ed|ing|ation))\b",),
              "valoriser", "promote, enhance, make the most of", "promote",
              "'valorise' is the French 'valoriser'; English says promote, enhance or reward"),
    LookAlike("informations advices evidences researches equipments furnitures knowledges luggages progresses", (
        r"\b(?:the|their|his|her|its|our|some|new|these|those|several|many|all|further|other|more|recent|latest|first"
        r"|numerous|various|two|three|few|\d+)\s+(?:[\w-]+\s+)?(?P<span>informations|advices|evidences|researches"
        r"|equipments|furnitures|knowledges|luggages|progresses)\b",
        r"\b(?P<span>informations)\b"),
        "informations, recherches, progrès…", "the French plural of a noun English uses in the singular", None,
        "English uses it as an uncountable noun, without a plural"),
    LookAlike("engagements", (
        r"\b(?:respect|respected|respecting|respects|keep|kept|keeping|honour|honoured|honor|honored|fulfil|fulfill"
        r"|fulfilled|meet|met)\s+(?:{POSS}|the|its|all)\s+(?:\w+\s+)?(?P<span>engagements)\b",
        r"\bthe\s+(?P<span>engagements)\s+(?:made|taken)\b"),
        "engagements", "commitments, pledges", "commitments",
        "engagements that are kept or taken are the French 'engagements', commitments"),
    LookAlike("terrain", (r"\b(?:on|onto|from)\s+the\s+(?P<span>terrain)\b(?!\s+of\b)",),
              "terrain", "ground, field, pitch", "ground",
              "'on the terrain' is the French 'sur le terrain', on the ground or in the field"),
    LookAlike("lecture", (
        r"\bthe\s+(?P<span>lecture)\s+of\s+(?:the\s+)?(?:verdict|judgment|judgement|text|letter|statement|decision"
        r"|report|names|indictment|ruling|sentence|will)\b",),
        "lecture", "reading", "reading",
        "the lecture of a verdict or a text is the French 'lecture', its reading"),
    LookAlike("rentable", (
        r"\b(?:is|are|was|were|be|become|becomes|became|remains?|remained)\s+(?:not\s+|no longer\s+|very\s+|more\s+"
        r"|less\s+|still\s+|financially\s+|already\s+){{0,2}}(?P<span>rentable)\b",),
        "rentable", "profitable", "profitable",
        "a business that is rentable is the French 'rentable', profitable",
        # what can be rented, or a rental period: the English sense
        unless=r"\b(?:flats?|apartments?|houses?|rooms?|propert(?:y|ies)|homes?|cottages?|villas?|seats?|cars?"
               r"|vans?|vehicles?|bikes?|bicycles?|boats?|equipment|tools?|spaces?|halls?|venues?|offices?|lockers?"
               r"|garages?|storage|units?|plots?|studios?|by the (?:hour|day|night|week|month)|per (?:hour|day"
               r"|night|week|month))\b"),
    LookAlike("process", (
        r"\b(?:the|his|her|their)\s+(?P<span>process)\s+(?:of|against)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+|former"
        r"|accused|{PERSON})\b",
        r"\b(?P<span>process)\s+(?:opened|opens|will open|resumed|resumes|began|begins)\s+(?:on|in|before|at)\b"),
        "procès", "trial", "trial",
        "the process of a person before a court is the French 'procès', a trial",
        unless=r"\b(?:appoint\w*|select\w*|recruit\w*|negotiat\w+|peace|electoral|democratic|healing|application)\b",
        context=r"\b(?:court|judges?|tribunal|accused|defendants?|verdict|trial|prosecut\w+|lawyers?|assizes"
                r"|sentenc\w+)\b"),
    LookAlike("manifestation manifestations", (
        r"\b(?P<span>manifestations?)\s+(?:\w+ly\s+)?(?:gathered|brought together|drew|attracted|mobilised|mobilized"
        r"|took place"
        r"|was held|were held|went ahead|marched|passed off|turned violent|degenerated|set off|left from)\b",),
        "manifestation", "demonstration, protest", "demonstration",
        "a manifestation that gathers people or marches is the French 'manifestation', a demonstration",
        unless=r"\b(?:symptoms?|disease|illness|virus|infection|spirit\w*)\b"),
    LookAlike("pretends pretend", (r"\b(?:he|she|it|who|(?-i:[A-Z])[\w-]+|the [\w-]+)\s+(?P<span>pretends)\s+that\b",),
              "prétendre", "claim", "claims",
              "someone who 'pretends that' a fact is true claims it, the French 'prétendre'"),
    LookAlike("journey", (
        r"\b(?P<span>journey)\s+of\s+(?:action|strike|strikes|mobilisation|mobilization|protest|solidarity|mourning"
        r"|reflection|prayer|commemoration|work|negotiations?|debates?|talks)\b",
        r"\b(?P<span>journey)\s+of\s+the\s+(?:workers|employees|staff|nurses|teachers|pupils)\b"),
        "journée", "day", "day",
        "a journey of action or of strike is the French 'journée', a day"),
    LookAlike("chance", (
        r"\b(?:a lot of|lots of|bad|such|no more|plenty of)\s+(?P<span>chance)\b(?!\s+(?:of|that|to|for)\b)",),
        "chance", "luck", "luck",
        "'a lot of chance' is the French 'beaucoup de chance', luck; English chance is a probability"),
    LookAlike("grand", (r"\b(?:the|a)\s+(?P<span>grand)\s+(?:majority|public|part|share)\b",),
              "grand", "large, general", "vast",
              "'the grand majority' or 'the grand public' is the French 'grand', vast or general"),
    LookAlike("terrible", (
        r"\b(?:a|an|the|this|their|his|her|its)\s+(?P<span>terrible)\s+(?:success|hit|victory|season|record|comeback"
        r"|performance|achievement|triumph)\b",),
        "terrible", "terrific, tremendous", "tremendous",
        "a 'terrible success' is the French colloquial 'terrible', terrific"),
    LookAlike("ignore ignores ignored", (
        r"\b(?P<span>ignor(?:e|es|ed))\s+(?:still\s+|completely\s+|totally\s+)?(?:the|its|his|her|their)\s+"
        r"(?:exact\s+|precise\s+|real\s+)?(?:cause|causes|origin|origins|reason|reasons|identity|whereabouts|motive"
        r"|motives|circumstances|extent|number|fate|location|date|content|contents)\s+of\b",),
        "ignorer", "not know", "do not know",
        "to 'ignore the cause of' something is the French 'ignorer', not to know it"),
    LookAlike("formation", (
        r"\b(?:professional|vocational|initial|continuing|university|academic|military|medical|legal|solid|good|long"
        r"|short)\s+(?P<span>formation)\b(?!\s+(?:of|flying|flight)\b)",
        r"\b(?P<span>formation)\s+in\s+(?:economics|law|medicine|engineering|management|journalism|nursing|accounting"
        r"|computing|IT|marketing|finance|teaching|agriculture|architecture|philosophy|history|biology|chemistry)\b"),
        "formation", "training, education", "training",
        "a formation in a subject, or a professional formation, is the French 'formation', training",
        unless=r"\b(?:rocks?|geolog\w+|clouds?|aircraft|planes?|jets?|squad|tactic\w*|4-4-2|4-3-3|players)\b"),
    LookAlike("engage engages engaged engaging", (
        r"\b(?P<span>engag(?:e|es|ed|ing))\s+(?:\d[\d,]*|dozens of|hundreds of|thousands of|some|several|new|more|extra"
        r"|two|three|four|five|ten|twenty|fifty|a hundred)\s+(?:new\s+|extra\s+|additional\s+)?(?:employees|workers"
        r"|staff"
        r"|people|teachers|nurses|doctors|police officers|officers|soldiers|engineers|agents|seasonal workers)\b",),
        "engager", "hire, recruit", "hire",
        "a company that engages 200 employees hires them, the French 'engager'"),
    LookAlike("dedicate dedicates dedicated dedicating", (
        r"\b(?P<span>dedicat(?:e|es|ed|ing))\s+(?:his|her|their)\s+(?:new\s+|latest\s+|last\s+|first\s+)?(?:book|novel"
        r"|album|books|novels|autobiography|memoirs?|comic|comics)\s+(?:at|in|on|to\s+(?:fans|readers|visitors))\b",),
        "dédicacer", "sign copies of", "sign",
        "an author who dedicates a book at a bookshop signs copies of it, the French 'dédicacer'"),
    LookAlike("medicine", (
        r"\b(?:the|a|his|her|their|our|village|family|local)\s+(?P<span>medicine)\s+(?:\w+ly\s+)?(?:retired|said|says"
        r"|explained|examined|prescribed|told|treated|diagnosed|warned|declared|confirmed|arrived|came|visited)\b",
        r"\bthe\s+(?P<span>medicine)\s+of\s+the\s+(?:village|town|family|team|club|hospital|school|prison)\b"),
        "médecin", "doctor", "doctor",
        "a medicine that retires or examines a patient is the French 'médecin', a doctor"),
    LookAlike("important", (
        r"\b(?:an?|the)\s+(?:\w+\s+)?(?P<span>important)\s+(?:damage|losses|delays?|quantit(?:y|ies)|rise|increase|fall"
        r"|drop|snowfall|rainfall|crowd|traffic|investments?|sums|amounts|flooding|floods|deficit|debts?|turnout)\b",),
        "important", "large, heavy, high", "large",
        "'important' with an amount, a rise or a crowd is the French 'important', large or heavy"),
    LookAlike("nominated", (
        r"\b(?:was|were|been|be|is|are|being)\s+(?P<span>nominated)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:minister"
        r"|prime minister|ambassador|prefect|director|head|chief|coach|manager|secretary|governor|judge|CEO"
        r"|chairman|chairwoman|spokesman|spokeswoman|rector|bishop|archbishop|editor)\b",),
        "nommer", "appoint", "appointed",
        "someone nominated minister or prefect is appointed, the French 'nommé'",
        unless=r"\b(?:Senate|Oscars?|awards?|prizes?|Academy|Grammys?|Congress|Golden Globes?|Césars?|candidates?"
               r"|confirmation|shortlist\w*)\b"),
    LookAlike("control controls controlled controlling", (
        r"\b(?P<span>control(?:s|led|ling)?)\s+(?:the\s+)?(?:papers|identity papers|identity documents|documents"
        r"|tickets"
        r"|passports|vehicles|luggage|bags|drivers|passengers|travellers|motorists|ID cards?)\s+of\b",
        r"\b(?P<span>control(?:s|led|ling)?)\s+(?:the\s+)?(?:papers|identity papers|tickets|passports|ID cards?)\b"),
        "contrôler", "check", "checked",
        "police who control papers or tickets check them, the French 'contrôler'"),
    LookAlike("occupy occupies occupied occupying", (
        r"\b(?P<span>occup(?:y|ies|ied|ying)\s+(?:himself|herself|themselves|itself|ourselves|myself)?\s*of)\b",),
        "s'occuper de", "take care of, deal with", "deal with",
        "to 'occupy (oneself) of' is the French 's'occuper de', to deal with"),
)


@functools.lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[tuple[str, ...], re.Pattern, re.Pattern | None, re.Pattern | None], ...]:
    """Per look-alike: its word forms, its slots as one pattern, its `unless` and `context` patterns."""
    compiled = []
    for la in LOOK_ALIKES:
        slots = [re.sub(r"\(\?P<span>", f"(?P<span{i}>", slot.format(**CLASSES)) for i, slot in enumerate(la.slots)]
        compiled.append((tuple(la.forms.split()), re.compile("|".join(f"(?:{s})" for s in slots), re.IGNORECASE),
                         re.compile(la.unless, re.IGNORECASE) if la.unless else None,
                         re.compile(la.context, re.IGNORECASE) if la.context else None))
    return tuple(compiled)


@functools.lru_cache(maxsize=None)
def _index() -> WordIndex:
    return WordIndex.of(la.forms.split() for la in LOOK_ALIKES)


_HITS: list = [(None, [])]  # (the last text asked about, its hits): FFR001 asks before FFR004


def structure_hits(text: str) -> list[tuple[int, int, LookAlike]]:
    """(start, end, look-alike) for every look-alike in a slot of its French sense."""
    if _HITS[0][0] is text:
        return _HITS[0][1]
    hits = []
    compiled = _compiled()
    for index, lines in _index().lines(text).items():
        la = LOOK_ALIKES[index]
        pattern, unless, context = compiled[index][1:]
        for match in (m for start, end in lines for m in pattern.finditer(text, start, end)):
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
events), not over collocations of one word. A word of the English sense in the sentence ("land"
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
