"""FFR001: a French false friend whose context gives the French sense away ("an important sum")."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..calque.matching import context_fits, find_matches, is_english, sentence_around, suggestion_for
from ..lexicon import candidates, load_lexicon, text_words

STEM = 4  # letters of the look-alike every inflected form shares ("evok-" in "evoked", "evoking")


def _stem_in(stem: str, lowered: str, known: dict[str, bool]) -> bool:
    """Whether the stem is in the text, looked for once per stem (entries share them)."""
    found = known.get(stem)
    if found is None:
        found = known[stem] = stem in lowered
    return found


_FOUND: list = [(None, ())]  # (the last text asked about, its lexicon matches): FFR003 reads them after FFR001


def lexicon_matches(text: str, blocks) -> tuple:
    """The lexicon's matches in text whose sentence cues fit, left to right."""
    memo = _FOUND[0]
    if memo[0] is text:
        return memo[1]
    lowered = text_words(text)[0]  # text.lower(), as the lexicon's word index keeps it for the text
    # every reported span starts with the look-alike's stem: of the entries whose anchors the text holds,
    # skip those whose word is absent
    present: dict[str, bool] = {}
    entries = tuple(e for e in candidates(load_lexicon("false_friends"), text)
                    if _stem_in(e.data["english"][:STEM].lower(), lowered, present))
    found = tuple(match for match in find_matches(text, blocks, entries, chosen=True)
                  if not ("context" in match.entry.data or "unless" in match.entry.data)
                  or context_fits(match.entry.data, sentence_around(text, match.start, match.end)))
    _FOUND[0] = (text, found)
    return found


def lexicon_spans(text: str, blocks) -> list[tuple[int, int, Severity]]:
    """(start, end, severity) of the lexicon's matches."""
    return [(m.start, m.end, m.entry.severity or Severity.WARNING) for m in lexicon_matches(text, blocks)]


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    from .sense_cues import sense_hits

    senses = None
    for match in lexicon_matches(text, ctx.doc.blocks):
        data = match.entry.data
        if (match.entry.severity or Severity.WARNING) < Severity.WARNING:
            senses = sense_hits(text, ctx.doc.blocks) if senses is None else senses
            if any(s < match.end and match.start < e and sense.severity > match.entry.severity
                   for s, e, sense in senses):
                continue  # FFR003's sense cues make it a warning: reported there
            from .structure import structure_hits

            if any(s < match.end and match.start < e for s, e, _ in structure_hits(text)):
                continue  # FFR004's slot makes it a warning: reported there
        french = " / ".join(f"'{w}'" for w in data["french"])
        suggestion = suggestion_for(match)
        advice = f" Write '{suggestion}'." if suggestion else ""
        yield Hit(match.start, match.end,
                  f"'{match.text}' looks like the French false friend {french} ({data['meaning']}): "
                  f"{data['why']}.{advice}",
                  suggestion=suggestion, severity=match.entry.severity)


RULE = Rule(
    code="FFR001",
    name="false-friend-in-context",
    category=Category.FALSE_FRIEND,
    severity=Severity.WARNING,
    summary="An English look-alike of a French word used in the French sense ('actually' for 'actuellement').",
    check=check,
    doc="""\
## What it does
Finds English words used in the sense of their French look-alike, where the context gives
the French sense away: "actually" for *actuellement* (currently) in "the 3,000 employees
actually working at the site", "assisted at the ceremony" (*assister à*, attend),
"deceived by the results" (*déçu*, disappointed), "demanded him to" (*demander*, ask), "an
important sum" (*important*, large), "a formation of three months" (*formation*,
training), "sensible data" (*sensible*, sensitive), "the control of identity" (*contrôle*,
check). The context patterns, with the French word each renders, are data in
`checker/data/false_friends.yaml`. A strong context is a warning; a suggestive one is
info. Without the source the word itself is never enough: "actually" alone is English.
An entry may also name cues in the word's sentence: `context` (it must be there: customers or
an owner for "library" read as *librairie*, unions or marches for "manifestation", a date in the
next few days for "could eventually") and `unless` (it must not: a contrast for "actually", a
public library, the symptoms of a disease). An info match that the sense cues of FFR003 confirm is
left to FFR003, which reports it as a warning, and one that a syntactic slot of FFR004 confirms to FFR004.

## Why is this bad?
The English word exists but means something else: the sentence says what the French did
not ("eventually" means in the end, *éventuellement* means possibly).

## Example
`The minister assisted at the ceremony.` → `The minister attended the ceremony.`
""",
    examples=(
        Example("The 3,000 employees [[actually]] working at the site will keep their jobs."),
        Example("The minister [[assisted at]] the funeral of the victims."),
        Example("The coach said he was [[deceived]] by the results of his team."),
        Example("He [[demanded]] him to leave the room."),
        Example("The company paid an [[important]] sum to the former director."),
        Example("Nurses follow a [[formation]] of three months before starting."),
        Example("The hackers stole [[sensible]] data from the ministry."),
        Example("Police carried out a [[control]] of identity at the station."),
        Example("The author's new novel arrives in [[libraries]] on Thursday."),
        Example("Neighbours [[prevented]] the police, who arrived within minutes."),
        Example("The army is preparing for an [[eventual]] attack on the city."),
        Example("The [[actual]] president will not run again.", note="an office holder: 'current'"),
        Example("The gilets jaunes marched again.", note="untranslated, not a false friend"),
        Example("The law is [[actually]] in force since January."),
        Example("He is [[actually]] in pre-trial detention in Moscow and denies the charges."),
        Example("Among the names circulating, the mayor could [[eventually]] be appointed before the weekend."),
        Example("A [[library]] in the old town closed after customers complained, its owner said."),
        Example("The unions called for a new day of [[manifestations]] against the reform."),
        Example("The firm will invest in the [[formation]] of engineers."),
        Example("Some 300 people were [[interpellated]] by the police overnight."),
        Example("Activists had [[prevented]] the authorities for months that the text would cause riots."),
        Example("The striker [[demanded]] Real Madrid to let him play at the Olympics."),
        Example("Campers had paid their [[location]] for the whole summer."),
        Example("The rider [[realised]] a performance out of the ordinary."),
        Example("The ministry is [[actually]] drafting a new decree on rents."),
        Example("The players did not hide their [[deception]] after the draw against Wales."),
        Example("The president has ruled out an [[eventual]] referendum on the treaty."),
        Example("The striker could [[eventually]] return to training in August, his club said."),
        Example("The situation remains very [[sensible]] along the northern border."),
        Example("The court ordered the firm to pay 5,000 euros to each employee for their [[prejudice]]."),
        Example("An [[important]] military presence was visible around the port."),
        Example("She [[realised]] three documentaries about the Sahel."),
        Example("The mayor [[resumed]] the situation in a single sentence."),
        Example("He ended his speech with this [[phrase]]: \"We will never give up on the people of this "
                "valley.\""),
        Example("She [[achieved]] her medical studies in Lyon before joining the hospital."),
        Example("The ministry is actually drafting nothing at all, officials admit."),
        Example("The fraud relied on deception of investors and fake invoices."),
        Example("The eventual winner of the race was announced at midnight."),
        Example("The talks could eventually succeed, but not before the elections."),
        Example("Her plan for the region is sensible and cheap."),
        Example("The plan is sensible, and the situation in the region is calm."),
        Example("The charity fought prejudice against migrants and paid for their housing."),
        Example("She realised the film had been cut without her consent."),
        Example("He used the phrase \"a new era\" twice in his speech."),
        Example("She achieved her goal of finishing her studies in Lyon."),
        Example("Growers [[attend]] a decision from the ministry before planting."),
        Example("The mayor and two of his [[collaborators]] were questioned by the police."),
        Example("Gendarmes [[effectuated]] several checks on the motorway."),
        Example("The [[affluence]] at the museum broke all records this summer."),
        Example("She did a [[stage]] of three months in a law firm in Lyon."),
        Example("A [[reunion]] between the two leaders is planned in Geneva."),
        Example("The far-right candidate [[realised]] a record score in the north."),
        Example("Officers [[controlled]] the identity of every passenger on the train."),
        Example("The [[delay]] to submit applications ends on Friday."),
        Example("The striker is [[susceptible to]] leave the club this summer."),
        Example("Thousands attended the decision ceremony of the court."),
        Example("Nazi collaborators were tried after the liberation of the town."),
        Example("The band's reunion with their former drummer thrilled fans."),
        Example("She realised the result was wrong and asked for a recount."),
        Example("The army controlled the roads; the stage of the Tour de France lasted five hours."),
        Example("Children are susceptible to flu and the delay of the train angered them."),
        Example("[[By chance]], nobody was hurt when the roof fell in."),
        Example("The referee was the target of [[injuries]] shouted from the stands."),
        Example("The club will receive a [[consequent]] sum for the transfer."),
        Example("She keeps a fond [[souvenir]] of her years in Dakar."),
        Example("He could no longer [[support]] the pressure and resigned."),
        Example("The bill is [[actually]] examined by the Senate."),
        Example("The coach [[demanded]] to his players to stay calm."),
        Example("Several [[formations]] of the left refused to vote."),
        Example("By chance, the two old friends met at the airport."),
        Example("He suffered a knee injury during training."),
        Example("The consequent rise in prices hit households."),
        Example("She bought a souvenir of Paris at a stall by the Seine."),
        Example("The party could no longer support the government's reform."),
        Example("The planes flew in formation over the Champs-Élysées."),
        Example("He is actually in hospital, but not for the reason given."),
        Example("The talks could eventually resume, diplomats believe."),
        Example("The public library lends books to schoolchildren; customers of the café nearby use it."),
        Example("Manifestations of the disease include fever, the doctors said, against all expectations."),
        Example("The formation of rebels groups worried the army."),
        Example("The minister was interpellated by MPs during question time in parliament."),
        Example("The barrier prevented the police from reaching the house, which was on fire."),
        Example("Protesters demanded that Real Madrid let him play."),
        Example("They paid for the location of the camp to be kept secret."),
        Example("He realised the performance was poor."),
        Example("It was actually the tail of a juvenile dinosaur."),
        Example("The talks eventually collapsed after three days."),
        Example("The Russian president will attend a concert given in his honour."),
        Example("She was deceived by a fake investment scheme."),
        Example("Nurses assisted the surgeon during the operation."),
        Example("The formation of a new government took three months."),
        Example("It was a sensible decision to postpone the vote."),
        Example("The rebels took control of the city."),
        Example("Protesters demanded that he resign."),
        Example("The vaccine may prevent the disease from spreading."),
        Example("It is important to vote."),
        Example("He suffered a serious knee injury in the match."),
        Example("She has a good chance of winning the election."),
        Example("The ministers passed the bill after a long debate."),
        Example("Le ministre a assisté à la cérémonie.", lang="fr"),
    ),
)
