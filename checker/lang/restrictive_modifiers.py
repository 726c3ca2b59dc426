"""What restricts an indefinite speaker: its relative, complement or participle phrase, or a name its relative gives."""
from __future__ import annotations

from .speakers import (
    ARTICLES, BE_FORMS, FR_DE_FORMS, FR_PAST_PARTICIPLE, MONTHS, NP_CONNECTORS, QUOTE_TOKEN, SPEAKER_WORDS, WEEKDAYS,
    Mention, Sentence, Token, cue_matches, is_org_noun, is_role,
)
from .quote_common import DOCUMENT_HEADS, _fold_first

TIME_ADVERBS = frozenset({"yesterday", "today", "tonight", "hier", "aujourd'hui", "aujourd’hui", "earlier", "later"})
# what opens a restrictive relative clause or complement of an indefinite description
COMPLEMENT_OPENERS = frozenset({"from", "sur", "de", "d'", "d’", "du", "des"})
RELATIVE_OPENERS = frozenset({"who", "whose", "qui"})
PLACE_OPENERS = SPEAKER_WORDS["place_openers"]  # (English) "a driver on the ninth floor", "a nurse at the hospital"
PARTICIPLE_LINKS = SPEAKER_WORDS["participle_links"]  # "rencontrée devant", "joint par", "waiting at"
MEDIUM_NOUNS = SPEAKER_WORDS["medium_nouns"]  # "in a statement": how the words came, not who said them
ANONYMITY_WORDS = SPEAKER_WORDS["anonymity_words"]  # "who asked not to be named": no restrictive relative
IRREGULAR_PARTICIPLES = SPEAKER_WORDS["irregular_participles"]
SPEECH_ACTS = SPEAKER_WORDS["relative_speech_acts"]  # "who briefed reporters": what was said before, not who
FR_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "int", "inte",
                         "ints", "intes", "rt", "rte", "rts", "rtes")
CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", QUOTE_TOKEN})
MAX_MODIFIER = 12  # tokens: a longer stretch is a clause of its own, not a modifier
MAX_STANDING = 18  # tokens: a perfect relative's own complements ("who has worked at X on Y for eleven years")
PERFECT_AUXILIARIES = frozenset({"has", "have"})
HABIT_ADVERBS = frozenset({"now", "still", "also", "often", "usually", "regularly", "sometimes"})


def modifier_end(text: str, toks: list[Token], m: Mention, lex, cue_start: int | None = None) -> int | None:
    """The token after the restrictive modifier of the indefinite description `m` (a relative clause, a
    complement, a participle phrase, an English place), up to the end of the clause or the verb of speech at
    `cue_start` (for a subject before it); None when nothing after `m` restricts it."""
    j = m.tok_end
    if j >= len(toks) or not m.head:
        return None
    if j - m.tok_start > 2 and _participle(toks, j - 1, lex) and toks[j - 2].lower == m.head.lower():
        j -= 1  # "une habitante rencontrée | devant …": the phrase took the participle, not what it links
    kind = _opener(toks, j, m, lex)
    if kind is None:
        return None
    standing = kind == "relative" and cue_start is not None and _standing_relative(toks, j, lex)
    limit = MAX_STANDING if standing else MAX_MODIFIER
    end = j
    while end < len(toks) and toks[end].text not in CLAUSE_END and end - j < limit:
        if _time_word(toks[end]) and kind != "relative" or cue_start is not None and toks[end].start >= cue_start:
            break  # "… from Leeds on Monday": when, not who (a relative's own dates are its own); the subject's
            # modifiers end at its verb of speech
        end += 1
    if not _closed(toks, end, lex, cue_start):
        if end >= len(toks) or not _time_word(toks[end]):
            return None  # the phrase must run to the end of the sentence, to the verb, or to a time adverbial
        while end > j + 1 and toks[end - 1].lower in ("on", "le", "last", "this", "ce", "cette"):
            end -= 1
    if end <= j + 1 or end - j >= limit:
        return None
    if standing and not _reports(text, toks, j, end, lex) and not any(t.lower in ANONYMITY_WORDS for t in toks[j:end]):
        return end
    end = _without_incidental(text, toks, j, end, kind, m, lex, cue_start)
    if end <= j + 1 or kind == "place" and any(t.lower in MEDIUM_NOUNS for t in toks[j:end]):
        return None  # "a police officer in a statement": how the words came, not who said them
    return end


def _standing_relative(toks: list[Token], j: int, lex) -> bool:
    """An English relative in the present ("who has sold his quota", "who have fed the dogs for years", "who has a
    stall there", "who bakes bread for sale", "who now rents a room"): what the person has done, has or does,
    which tells who the person is even after a complement or with a place in it ("A fisherman in Senja who has
    sold his quota", "A farmer who grows sweet potatoes near Cayon"); a relative in the past tells what the
    person did or saw ("A resident of Marseille who saw the collapse")."""
    if lex.lang != "en" or j + 2 >= len(toks) or toks[j].lower != "who":
        return False
    k = j + 1 + (toks[j + 1].lower in HABIT_ADVERBS)
    if k + 1 >= len(toks):
        return False
    if toks[k].lower in PERFECT_AUXILIARIES:
        return toks[k + 1].is_word and not toks[k + 1].is_cap
    return _present_verb(toks[k], lex)


def _present_verb(tok: Token, lex) -> bool:
    """A verb in the third person of the English present ("bakes", "runs", "guides"), not a verb of speech ("says":
    what the person said, which `_reports` reads) nor a form of "be"."""
    low = tok.lower
    return tok.is_word and not tok.is_cap and len(low) > 3 and low.endswith("s") and \
        not low.endswith(("ss", "us", "is")) and low not in BE_FORMS and low not in lex.cue_forms


def _opener(toks: list[Token], j: int, m: Mention, lex) -> str | None:
    """What kind of restrictive modifier opens at token `j` after `m`: "relative", "complement", "participle",
    "place" (English), or None."""
    low = toks[j].lower
    head = m.head.lower()
    if low in RELATIVE_OPENERS:
        return "relative"
    if low in COMPLEMENT_OPENERS:
        if low == "sur" and _fold_first(head) not in DOCUMENT_HEADS:
            return None  # "un abonné sur les réseaux sociaux", "un officier sur place": where, not who
        if is_role(head, lex) or _fold_first(head) in DOCUMENT_HEADS or lex.lang == "fr" and low in FR_DE_FORMS:
            return "complement"  # (in French a "de" complement restricts any noun: "une fromagère du marché")
        return None
    if lex.lang == "en" and low in PLACE_OPENERS and is_role(head, lex):
        return "place"  # "said a retired bus driver on the ninth floor"
    if _participle(toks, j, lex) and is_role(head, lex) and not is_org_noun(head, lex):
        return "participle"
    return None


def _participle(toks: list[Token], j: int, lex) -> bool:
    """A participle right after a person's noun, linked to a place or an agent: "rencontrée devant", "joint
    par", "interviewed at", "waiting outside" (not a verb of speech: "une habitante dit")."""
    tok = toks[j]
    low = tok.lower
    if j + 2 >= len(toks) or tok.is_cap or not tok.is_word or toks[j + 1].lower not in PARTICIPLE_LINKS:
        return False
    if lex.lang == "fr":  # (a French past participle in "-é" is no finite verb: "un chauffeur interrogé devant")
        return low.endswith(FR_PARTICIPLE_ENDINGS) and len(low) > 4 and \
            (low not in lex.cue_forms or low.endswith(FR_PAST_PARTICIPLE))
    return low not in lex.cue_forms and (low.endswith(("ed", "ing")) and len(low) > 5 or low in IRREGULAR_PARTICIPLES)


def _closed(toks: list[Token], end: int, lex, cue_start: int | None) -> bool:
    """The modifier stops where a clause does: the sentence's end, the verb of speech, a French comma (an
    apposition follows), or an English comma that opens an aside ("…, whose son …"; "…, speaking on condition
    of anonymity, said")."""
    if end >= len(toks) or toks[end].text in (".", "!", "?"):
        return True
    if cue_start is not None and toks[end].start >= cue_start:
        return True
    if toks[end].text != ",":
        return False
    if lex.lang == "fr":
        return True
    if end + 1 < len(toks) and toks[end + 1].lower in ("who", "whose"):
        return True
    return cue_start is not None and _aside_before(toks, end, cue_start)


def _aside_before(toks: list[Token], comma: int, cue_start: int) -> bool:
    """Between the comma at `comma` and the verb of speech, an aside set off by commas and holding no clause of
    its own: "A tax official who has been told to move, speaking on condition of anonymity, said"."""
    k = comma + 1
    while k < len(toks) and toks[k].start < cue_start:
        if toks[k].text in CLAUSE_END and toks[k].text != ",":
            return False
        k += 1
    return k < len(toks) and k - comma <= MAX_MODIFIER and toks[k - 1].text == ","


def _without_incidental(text: str, toks: list[Token], j: int, end: int, kind: str, m: Mention, lex,
                        cue_start: int | None) -> int:
    """The modifier's end without what only withholds the name ("who asked not to be named", "sous couvert
    d'anonymat"), without a relative that reports what the person said before ("a local contact who had
    reported fighting", "un habitant qui avait fait état de combats": what was said, not who), and, before the
    verb, without a relative after a description that a complement or a name already restricts ("A resident of
    Marseille who saw …"; a relative defines only a bare noun: "A retired postman who has lived here since
    1981")."""
    relative = next((q for q in range(j, end) if toks[q].lower in RELATIVE_OPENERS), None)
    cut = next((q for q in range(j, end) if toks[q].lower in ANONYMITY_WORDS), None)
    if cut is not None:
        return relative if relative is not None and relative < cut else j if kind != "complement" else \
            next((q for q in range(j, cut) if toks[q].lower in ("sous", "on", "under")), end)
    if relative is not None and _reports(text, toks, relative, end, lex):
        return relative
    if relative is not None and cue_start is not None and \
            (relative > j or _restricted_already(toks, m) or any(t.is_cap for t in toks[relative:end])):
        # (a relative naming a place before the verb is where the noun was: "A woman who lives near X in Runcorn")
        return relative
    return end


def _reports(text: str, toks: list[Token], relative: int, end: int, lex) -> bool:
    """The relative clause from token `relative` holds an active verb of speech ("who had reported", "qui a
    dénoncé"; not "who has been told to move": what was said to the person does not report the person)."""
    if any(t.lower in SPEECH_ACTS for t in toks[relative + 1:end]):
        return True
    starts = {toks[k].start: k for k in range(relative + 1, end)}
    for match in cue_matches(text, toks[relative].end, toks[end - 1].end, lex):
        k = starts.get(match.start())
        if k is not None and toks[k - 1].lower not in BE_FORMS:
            return True
    return False


def _restricted_already(toks: list[Token], m: Mention) -> bool:
    """A description with a complement or a name in it: "A resident of Marseille", "a Garda spokesperson"."""
    inner = toks[m.tok_start + 1:m.tok_end]
    return any(t.lower in NP_CONNECTORS or t.lower in ("from", "in", "at", "on") or t.is_cap and t.lower not in ARTICLES
               for t in inner)


def _time_word(tok: Token) -> bool:
    return tok.lower in WEEKDAYS or tok.lower in MONTHS or tok.lower in TIME_ADVERBS


NAME_GIVEN_BY = frozenset({"as", "comme"})  # "who gave her name only as Maureen", "qui s'est présenté comme Karim"
NAME_NOUNS = frozenset({"name", "names", "nom", "prénom", "surname", "pseudonym", "pseudonyme"})


def named_in_relative(sent: Sentence, m: Mention, cue_start: int | None = None):
    """The person a relative clause after the description `m` names, restrictive or set off ("a resident who
    gave her name only as Maureen", "A second passenger, who gave his name only as Sherif, said", "a shopkeeper
    who asked to be identified only by her first name, Tigist", "un homme qui s'est présenté comme Karim"): the
    entity of a name after "as" / "comme", or set off after a noun of naming; None when there is none."""
    toks = sent.tokens
    j = m.tok_end + (m.tok_end < len(toks) and toks[m.tok_end].text == ",")
    while j < len(toks) and j - m.tok_end < 6 and toks[j].is_word and toks[j].lower not in RELATIVE_OPENERS:
        j += 1  # past a complement: "a seaweed farmer in Paje who gave her name only as Mwanaisha"
    if j >= len(toks) or toks[j].lower not in RELATIVE_OPENERS:
        return None
    for k in range(j + 2, min(len(toks), j + 2 * MAX_MODIFIER)):
        if toks[k].text in (".", "!", "?", ";", QUOTE_TOKEN) or cue_start is not None and toks[k].start >= cue_start:
            return None
        named = sent.mention_starting(k)
        if named is None or named.kind != "name" or named.entity is None or \
                named.entity.kind not in ("person", "unknown"):
            continue
        before = toks[k - 1].lower
        if before in NAME_GIVEN_BY or before == "," and toks[k - 2].lower in NAME_NOUNS:
            return named.entity
    return None
