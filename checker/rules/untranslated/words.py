"""UNT002: French words or phrases left inside an English sentence ("The vehicle lui-même was removed")."""
from __future__ import annotations

import bisect
import re

from ...findings import Category, Hit, Severity
from ...lang.untranslated import french_acronyms, outlet_at
from ...registry import Example, Rule


MONTHS = dict(zip("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
                  "January February March April May June July August September October November December".split()))
MID_MONTH_RE = re.compile(r"(?i:mi)-(?P<month>" + "|".join(MONTHS) + r")\b")


def _translation(text: str) -> str | None:
    """The English of a French date word that has one ("mi-octobre" → "mid-October")."""
    match = MID_MONTH_RE.fullmatch(text)
    if match is None:
        return None
    return ("Mid-" if text[:1].isupper() else "mid-") + MONTHS[match.group("month").lower()]


def check(ctx):
    analysis = ctx.get("target.untranslated")
    shaped = list(_shaped(ctx))
    for found in analysis.runs:
        if _glossed(ctx, found):
            continue
        text = ctx.doc.text[found.start:found.end]
        what = "phrase" if found.words > 1 else "word"
        english = _translation(text)
        # a doubtful run that has a French phrase's shape ("En fait," opening a sentence) is French
        sure = english or any(p.start <= found.start and found.end <= p.end for p in shaped)
        sure = sure or (found.severity < Severity.WARNING and _noun_slot(ctx.doc.text, found.start, found.end))
        severity = Severity.WARNING if sure and found.severity < Severity.WARNING else found.severity
        if severity >= Severity.WARNING:
            message = f"The French {what} '{text}' was left untranslated in an English sentence."
        else:
            message = f"'{text}' may be a French {what} left untranslated; check it against the source."
        yield Hit(found.start, found.end, message, suggestion=english, severity=severity)
    reported = sorted((f.start, f.end) for f in (*analysis.runs, *analysis.sentences, *analysis.terms))
    for phrase in shaped:
        i = bisect.bisect_left(reported, (phrase.end, phrase.end))
        if any(s < phrase.end and phrase.start < e for s, e in reported[max(0, i - 3):i]):
            continue  # reported as a run, a sentence or a term
        text = ctx.doc.text[phrase.start:phrase.end]
        what = "phrase" if phrase.words > 1 else "word"
        yield Hit(phrase.start, phrase.end, f"The French {what} '{text}' was left untranslated in an English "
                                            f"sentence.")
    for found in analysis.terms:
        text = ctx.doc.text[found.start:found.end]
        yield Hit(found.start, found.end, f"French term '{text}': {found.note}.", severity=found.severity)
    french = sorted((f.start, f.end) for f in (*analysis.runs, *analysis.sentences))
    for block in ctx.doc.blocks:
        for acronym in french_acronyms(ctx.doc.text, block.start, block.end):
            i = bisect.bisect_right(french, (acronym.start, acronym.end))
            if any(s < acronym.end and acronym.start < e for s, e in french[max(0, i - 2):i + 1]):
                continue  # inside French that is reported as such ("l'OTAN a annoncé")
            if acronym.strong:
                message = f"'{acronym.french}' is the French acronym; English writes '{acronym.english}'."
            else:
                message = f"'{acronym.french}' may be the French acronym of '{acronym.english}'; check it."
            yield Hit(acronym.start, acronym.end, message, suggestion=acronym.english,
                      severity=None if acronym.strong else Severity.INFO)


# English determiners that open a noun phrase the French word then fills ("a non-lieu", "the “ras-le-bol”")
DETERMINERS = frozenset("a an the this that its their his her our your".split())
SLOT_BEFORE_RE = re.compile(r"(?P<det>[A-Za-z]+)[ \t]+[“\"«]?[ \t]*(?P<head>[a-z][a-z'’-]*[ \t]+)?$")
SLOT_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
FRENCH_LEAN = 1.0  # a word this much more frequent in French than in English (Zipf) is French
UNKNOWN_EN = 1.5  # an unmarked word this rare in English is no English word


def _noun_slot(text: str, start: int, end: int) -> bool:
    """A lowercase French word or phrase that fills an English noun phrase: right after an English determiner,
    perhaps inside the quotation marks that open there, perhaps after one English noun in them ("have
    pronounced a non-lieu", "denounced the “ras-le-bol” of a youth", "it was a “moment historique” for
    Europe"). Titles (capitalised) and names are left to the word analysis; each word must lean French."""
    from ...lang.names import zipf

    run = text[start:end]
    if not run[:1].islower():
        return False
    before = SLOT_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    head = before.group("head")
    if before.group("det").lower() not in DETERMINERS:
        if head is None or head.strip().lower() not in DETERMINERS:
            return False
        head = None  # "pronounced a non-lieu": the determiner right before
    quoted = any(m in before.group() for m in "“\"«")
    if head is not None and not (quoted and zipf(head.strip()) >= 3.0):
        return False  # one English noun before the French adjective, inside the quotation only
    after = text[end:end + 2]
    if not quoted and after[:1].isalpha() or after[:1] == "-":
        return False
    words = [w.lower() for w in SLOT_WORD_RE.findall(run)]
    # a rare English word ("the pertinence of") needs a French mark: quotation marks, a hyphen, an accent
    marked = quoted or "-" in run or not run.isascii() or all(zipf(w) < UNKNOWN_EN for w in words)
    return bool(words) and marked and all(zipf(w, "fr") - zipf(w) >= FRENCH_LEAN for w in words)


def _glossed(ctx, found) -> bool:
    """A run the text translates right after it, perhaps past the rest of its title or quotation ("À bout de
    souffle – known in English as Breathless", "“…, la patrie reconnaissante” – “…, a grateful
    nation”")."""
    from .phrases import TRANSLATION_AFTER_RE

    text = ctx.doc.text
    block_end = next((b.end for b in ctx.doc.blocks if b.start <= found.start < b.end), len(text))
    for stop in (found.end, *(i + 1 for i in range(found.end, min(block_end, found.end + 40)) if text[i] in "”»\"")):
        if TRANSLATION_AFTER_RE.match(text, stop):
            return True
    return False


def _shaped(ctx):
    """French phrases found by their shape (`phrases.french_phrases`), which the word analysis may leave: not a
    loanword English uses, not inside a quotation."""
    from ...lang.loanwords import find_loanwords
    from .phrases import french_phrases

    text = ctx.doc.text
    quotes: list[tuple[int, int]] = []  # read on the first candidate

    def quoted(start: int, end: int) -> bool:
        if not quotes:
            quotes.extend(sorted((q.start, q.end) for q in ctx.get("target.marked_quotes")) or [(-1, -1)])
        i = bisect.bisect_right(quotes, (start, len(text)))
        return i > 0 and quotes[i - 1][1] >= end

    for block in ctx.doc.blocks:
        for phrase in french_phrases(text, block.start, block.end, quoted):
            if outlet_at(text, phrase.start):
                continue  # "told franceinfo": an outlet's name
            # a loanword inside is English ("coup d'État", "joie de vivre"), unless the French goes on past it
            # ("a communiqué de presse")
            if any(loan.start < phrase.end and phrase.start < loan.end and not (
                    loan.end <= phrase.start + (phrase.end - phrase.start) // 2 and phrase.words >= 3)
                   for loan in find_loanwords(text, phrase.start, phrase.end)):
                continue
            yield phrase


RULE = Rule(
    code="UNT002",
    name="untranslated-words",
    category=Category.UNTRANSLATED,
    severity=Severity.WARNING,
    summary="French words or phrases left untranslated inside an English sentence.",
    check=check,
    requires=("target.untranslated", "target.marked_quotes"),
    doc="""\
## What it does
Finds runs of French words inside English sentences: French grammatical words ("de la",
"qui", "avec", "il y a"), accented or French-only word forms ("également", "lui-même",
"aujourd'hui") and French elisions ("l'humidité", "d'autres"). A word counts as French
when it is much more frequent in French than in English (word frequencies from
`wordfreq`); a run of two or more words is confirmed by lingua. A phrase or an unmistakably
French word is a warning; a single French-looking word that English also writes is info.

Left alone: loanwords English uses as they are (`checker/data/loanwords.yaml`: "coup
d'état", "raison d'être", "déjà vu", "rapprochement", "café", "née"...), proper names and
titles ("Les Misérables", "Assemblée nationale", "Quai d'Orsay", "Champs-Élysées": French
words next to a capitalised word belong to a name), French cited on purpose ("the
so-called", or followed by a gloss in brackets). French inside quotation marks is info
unless it is a quotation of four lowercase words or more, or French words inside a quotation
that is otherwise English ("“It is a coup de poker,” he said"). Phrases whose words English
also writes are recognised by their French shape: an article before a French-leaning word
("un choc", "une catastrophe"), two words joined by "de" ("coup de poker"), a compound held by a
French grammatical word ("ras-le-bol"), a preposition before an elided name ("par l'État",
"Selon l'Elysée"), a French sentence adverb before a comma ("Enfin,"), two French-leaning content words
side by side ("huis clos", "marche blanche", "grève sauvage"). A French clause that fills its quotation and
closes on speech punctuation ("“Il n'y a pas de mots,” the captain said") is a warning whatever its
capital. Terms English news keeps but often glosses ("gilets jaunes", "banlieues") are reported as info.

French acronyms that English writes otherwise (`checker/data/acronyms.yaml`: "CEDEAO" for ECOWAS, "OTAN",
"PIB", "ADN") are reported when French text uses the letters clearly more than English text; a warning
where English text never writes them or French far more, or where an English determiner makes a common noun of
them ("suffered an AVC", "residents of the Ehpad"; the French press's one-capital form of a long acronym is read
too), information otherwise ("RDC", "OMS"); never in
a headline in capitals, in brackets, or after "French acronym". Also left alone: the French name of an
organisation in sentence case, announced ("an association, Action droits des musulmans") or opening on a
preposition ("Reporters sans frontières"), and French explained in apposition ("boeuf bourguignon, a
French beef stew"), or, in a noun's place, in a definite apposition before the verb it is the subject of or
running to a relative or the sentence's end ("The békés, the descendants of the settlers, own …", "helped by their
patous, the big white dogs that guard the flocks"; not "called a grève générale, the first since 2010, and …");
a quoted label with its rank after it ("to “urgence attentat”, its highest level"); "called a" as a verb ("unions called a grève générale") does not announce a citation.
Two-word phrases count even when one word is English too: a preposition English never writes ("sans",
"avec", "selon", "malgré", "dès", "chez") before a word French also writes ("sans surprise", "avec
prudence"), or a French word that is no warning alone beside a cognate ("intime conviction"). The French
name of an institution in sentence case after its capitalised head noun ("Union syndicale des magistrats",
"Journal officiel", "Cour des comptes"), or after its head and a French adjective ("Musée national des
beaux-arts du Québec"), is a name, not untranslated text; so is a quoted title that opens on a capitalised
French word and ends with the run ("the comedy “Embrassez qui vous voudrez”"). A definite French term explained
by an indefinite apposition before its verb ("The cour d'assises spéciale of Paris, a court made up of
judges, will …") is explained on purpose.

French is also found by its shape where its words are ambiguous or rare: a French preposition opening a
sentence before one or two words and a comma ("Au fond,", "Du coup,", "De plus,"); a French noun phrase
before an elided or linked capitalised complement, after a French or English article ("la dernière
dictature d'Europe", "a véritable scandale d'État"), not a place name with its French head ("the rue
d'Aubagne"); and a word French writes and English word lists never do, standing alone ("a new camouflet"; a rarer one in an
English noun slot: "the flocks on the estives", "An intersyndicale has called"),
not closing a French name ("La France insoumise"). French translated right after it ("À bout de souffle –
known in English as Breathless", "“…” – “…”") is cited, not left untranslated.

A French word or phrase that fills an English noun phrase — right after an English determiner, perhaps inside the
quotation marks that open there, perhaps after one English noun in them ("have pronounced a non-lieu", "denounced
the “ras-le-bol” of a youth", "it was a “moment historique” for Europe") — is a warning when each of its words is
clearly more frequent in French than in English and the run bears a French mark (quotation marks, a hyphen, an
accent) or is no English word at all ("the pertinence of" is English); titles and names (capitalised) are left as
they are.

A French lede opening a sentence — a capitalised head, "de" and a French complement ("Levée de boucliers among
the teachers") — is reported like the same phrase after an article; a lowercase French article between an English
word and a name ("meet la Joconde") is French, not the inside of a name ("Marine le Pen", "rue de la Paix") nor an
outlet's name ("le Parisien"); a French word of six letters or more alone in its quotation, that English does not
write ("the bill was “équilibré”"), is the speaker's word left over, a warning. A French adjective agreeing with
the capitalised noun before it is a name in sentence case ("Force ouvrière"); a quotation announced before its
opening mark ("the so-called “zones à faibles émissions”") or glossed in apposition right after its closing mark
("“grand débat bidon”, a sham debate") is cited on purpose.

A French head joined by "de" to a content word is French whichever language the complement leans to ("Coup de
force in Tunis.", "a coup de poker"): English links no two lowercase nouns with "de" but in its loanwords.

## Why is this bad?
The reader meets words they cannot read; the sentence was translated word by word and
some words were skipped.

## Example
`The vehicle lui-même was removed from the crash site.` → `The vehicle itself was removed`.
""",
    examples=(
        Example("[[Coup de poker]] at the Élysée on Sunday evening.",
                note="a French lede whose complement English writes too"),
        Example("Tour de force in Lyon for the young pianist.", note="a loanword"),
        Example("The polls were bad for months. [[Du coup]], the president changed his prime minister.",
                note="a French adverbial phrase opening a sentence"),
        Example("For its critics, the country remained [[la dernière dictature d'Europe]] for years.",
                note="a French noun phrase before an elided name"),
        Example("The minister denounced a [[véritable scandale d'État]] after the revelations.",
                note="after an English article"),
        Example("For the Kremlin, the withdrawal is a new [[camouflet]], six weeks after the annexation.",
                note="a word French writes and English never does"),
        Example("Residents of the rue d'Aubagne gathered on the place de la Concorde.",
                note="French place names as English writes them"),
        Example("The party of La France insoumise and the Confédération paysanne marched together.",
                note="a rare French word closing a name"),
        Example("Released in 1960, À bout de souffle – known in English as Breathless – made him famous.",
                note="a French title translated right after it"),
        Example("En route to Brussels, the minister stopped in Lille.", note="a loanword opening the sentence"),
        Example("The vehicle [[lui-même]] was removed from the crash site around 1200 GMT the same day."),
        Example("Several million vials of vaccine have been pledged by the government, [[qui]] will help "
                "prepare health agencies."),
        Example("You can [[également]] seek advice from governments other than your own."),
        Example("[[Au début]], when you travelled abroad, people were probably patient."),
        Example("As far as I know, [[il y a]] already a complaint against the government."),
        Example("Severe weather can occur anywhere in the world, [[et]] it can be of several kinds."),
        Example("Contrast that with the next [[la bataille]], that of the Falklands."),
        Example("The [[gilets jaunes]] blocked roundabouts across the country.",
                note="a French term English news keeps: info"),
        Example("The coup d'état was a fait accompli, and the junta's raison d'être was clear."),
        Example("She felt a sense of déjà vu at the café, a bête noire of her protégé."),
        Example("The Assemblée nationale voted after the Quai d'Orsay and the Conseil d'État were consulted."),
        Example("He read Le Monde and Libération on the Champs-Élysées before Les Misérables."),
        Example("Gerard de Villiers lived near the Arc de Triomphe, by the Lac à la Pêche."),
        Example("Et al. published the study; the rapprochement and détente followed, vis-à-vis Moscow."),
        Example("The monumental \"Lieux de mémoire\" (places of memory) is his best-known work."),
        Example("The so-called mariage pour tous law was passed in 2013."),
        Example("Rassemblement national and La République en Marche met in Seine-Saint-Denis and Île-de-France."),
        Example("Vladimir Putin will be accompanied by his defence minister, Andreï Beloussov."),
        Example("For many visitors, the theft was [[un choc]]."),
        Example("“It is a [[coup de poker]],” said one former minister.",
                note="French words inside an English quotation are not a cited title"),
        Example("[[Enfin]], the club's supporters can see the player they waited for."),
        Example("The inhabitants feel abandoned [[par l'État]]."),
        Example("“It is a [[ras-le-bol]] that has been building for years,” a farmer said."),
        Example("Pour the milk into the bowl, then stir."),
        Example("It was a coup de foudre, an eau de vie and a fleur de lis."),
        Example("They ate at a bistro de quartier, as Parisians call a neighbourhood bistro."),
        Example("The bill, known as the loi de programmation militaire, was passed."),
        Example("The [[CEDEAO]], which had threatened to intervene, met in Abuja.",
                note="a French acronym English writes otherwise (ECOWAS)"),
        Example("Growth of the [[PIB]] slowed, and the [[OTAN]] summit opened."),
        Example("Kazakhstan called in troops of the [[OTSC]], the Moscow-led alliance.",
                note="the French acronym of the CSTO"),
        Example("She was awarded the Croix de guerre in 1945.", note="a decoration's French name English keeps"),
        Example("Gisèle Pelicot refused the [[huis clos]] so that shame would change sides.",
                note="two French-leaning words side by side"),
        Example("\"[[Il n'y a pas de mots]],\" the captain said in the mixed zone.",
                note="a French clause that fills its quotation, closed on speech punctuation"),
        Example("The case was brought by an association, Action droits des musulmans, last year.",
                note="the French name of an organisation, announced as such"),
        Example("The chef served a boeuf bourguignon, a French beef stew, and the CPI rose.",
                note="a dish English menus keep, explained; an acronym English writes too"),
        Example("The Economic Community of West African States (CEDEAO) met.", note="cited in brackets"),
        Example("She starred in \"Et Dieu créa la femme,\" which made her famous.", note="a title"),
        Example("The verdict came, [[sans surprise]], after two days of deliberation.",
                note="a French preposition and a noun English also writes"),
        Example("The bill passed [[malgré tout]], by four votes.", note="a French preposition"),
        Example("The jurors reached their [[intime conviction]] after nine hours.",
                note="a French adjective beside a cognate noun"),
        Example("The union reported [[avec satisfaction]] that the plant would stay open."),
        Example("The decree appeared in the Journal officiel on Friday.", note="a French institution's name"),
        Example("The Union syndicale des magistrats criticised the ruling.", note="a French institution's name"),
        Example("The Cour des comptes published its report.", note="a French institution's name"),
        Example("The typeface is a sans serif designed in Zurich.", note="English 'sans'"),
        Example("The judges pronounced a [[non-lieu]] in the pesticide case on Monday.",
                note="a French noun after an English article"),
        Example("For the agency it was a “moment [[historique]]” for Europe.",
                note="a French adjective in a quotation that opens after an article"),
        Example("The report was a tour de force, critics said.", note="a loanword after an article"),
        Example("He took part in the Tour de France twice.", note="a name"),
        Example("He spoke with conviction about the reform.", note="English words"),
        Example("The unions were furious. [[Levée de boucliers]] among the teachers after the announcement.",
                note="a French lede: a capitalised head, 'de' and a French complement opening a sentence"),
        Example("Visitors will be able to meet [[la]] Joconde in virtual reality.",
                note="a French article between an English word and a name"),
        Example("Marine le Pen spoke after the march on the rue de la Paix, as le Parisien reported.",
                note="an article inside a name, or opening an outlet's name"),
        Example("The head of the emergency doctors told franceinfo that the wards were full.",
                note="an outlet's name in lowercase"),
        Example("The minister insisted that the bill was “[[équilibré]]”.",
                note="a French word alone in its quotation"),
        Example("The blockade was lifted after the CGT and Force ouvrière agreed.",
                note="a French adjective agreeing with the capitalised noun of a name"),
        Example("The so-called “zones à faibles émissions” restrict older cars in city centres.",
                note="a quotation announced before its opening mark"),
        Example("The protesters chanted against a “grand débat bidon”, a sham debate in their eyes.",
                note="a quotation glossed in apposition right after it"),
    ),
)
