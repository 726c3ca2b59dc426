"""CAL002: French constructions rendered word for word ("in the frame of", "since several years")."""
from __future__ import annotations

import functools

from ...findings import Category, Severity
from ...registry import Example, Rule
from ..lexicon import load_lexicon
from .matching import lexicon_hits, render, suggestion_for


@functools.lru_cache(maxsize=1)
def entries():
    return tuple(e for e in load_lexicon("calques") if e.data.get("kind") == "construction")


def message(match) -> tuple[str, str | None]:
    """The finding's message and suggestion, built from what was matched."""
    suggestion = suggestion_for(match)
    english = render(match, "english")
    advice = f"write {english}" if english else f"write '{suggestion}'"
    comment = render(match, "comment")
    return (f"'{match.text}' renders French '{render(match, 'french')}' word for word; {advice}."
            + (f" {comment}" if comment else "")), suggestion


def check(ctx):
    return lexicon_hits(ctx, entries(), message)


RULE = Rule(
    code="CAL002",
    name="construction-calque",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A French construction or idiom rendered word for word ('in the frame of', 'since several years').",
    check=check,
    doc="""\
## What it does
Finds French grammar and idioms carried word for word into English: prepositions ("in
the frame of" for *dans le cadre de*, "at the level of" for *au niveau de*, "depend of",
"participate to"), tenses ("since several years" for *depuis plusieurs années*), word order
("the two last years" for *les deux dernières années*), and idioms ("put the accent on"
for *mettre l'accent sur*, "it is question of", "at the moment where"). Each pattern, with
its French original and an English equivalent, is in `checker/data/calques.yaml` (kind
`construction`), with the idioms of the French press ("made the buzz" for *faire le buzz*,
"taken in charge" for *pris en charge*, "in full campaign" for *en pleine campagne*, "make the
point" followed by a time or "on" for *faire le point*, "placed under examination" for *mis en
examen*). Patterns British English or officialese also use ("take a decision",
"put in place", "within the framework of") are info. Patterns come in families, each with several
members: court reporting ("the authors of the attack", "at the time of the facts", "condemned to two
years in prison", "the requisitions"), ages ("at the age of 34 years", "the quadragenarian"; a person
"of 34 years" and "aged of 17" are GRB016's and GRB013's), French ministry and law names ("ministry of the Culture", "programming law"), verb phrases ("put its threat into
execution", "engage the responsibility", "signs the return of", "take the relay"), prepositions ("at
the exit of the hearing", "in front of the pressure"), and a chain of three or more bare 'of' links
("the law of reform of the system of health"), French pronominal verbs made reflexive ("the fire declared
itself at 2 am", "incidents produced themselves"; not "declared itself bankrupt"), the courts' and
institutions' French names ("the palace of justice", "the correctional tribunal", "two years of firm prison",
"the popular jury", "the box of the accused"), and press idioms word for word ("throw oil on the fire",
"lift the doubt", "made the happiness of", "the mass is said", "made the deaf ear", "beat its full").
French light verbs kept with a noun English does not give them ("knew a sharp rise", "touches a pension",
"passed an order for", "pronounced a speech"), a French relational adjective where English puts a noun
before the noun ("the energetic transition", "the aerial space"), "arriver à" as "do not arrive to
explain", "du côté de" as a sentence-opening "On the side of the unions,", "mettre en lumière" with its
object after it ("puts in light the failings"), and "se défendre" as a reporting verb after a quotation
('"…," defended the minister') are modelled as structures.
An entry may name sentence cues: `context` must be in the sentence, `unless` must not ("pivot" is a calque
next to basketball words, "requisitions" next to a court, not next to an army).

## Why is this bad?
The sentence is understandable but reads as a translation, and some patterns ("since
several years", "a dozen of") are plain errors in English.

## Example
`The tax has not increased since 20 years.` → `The tax has not increased for 20 years.`
""",
    examples=(
        Example("The police arrested him [[in the frame of]] an investigation into fraud."),
        Example("The tax has not increased [[since 20 years]]."),
        Example("The minister wants to [[put the accent on]] training."),
        Example("The seats had a defect [[at the level of]] the tilt mechanism."),
        Example("[[It is question of]] a new tax on diesel."),
        Example("He found his body [[the day where]] he came back."),
        Example("The army made an incursion of [[a hundred of]] metres into the territory."),
        Example("Prices have doubled over [[the two last years]]."),
        Example("The outcome will [[depend of]] the vote."),
        Example("Donors pledged an [[envelope]] of 21 billion euros.", note="l'enveloppe: the budget"),
        Example("The African Union said the [[envelope]] remained far below the needs."),
        Example("An agreement [[torn]] at the last moment saved the summit."),
        Example("The child is allowed to [[take the decision]] himself.", note="info: British English says it"),
        Example("Measures were [[put in place]] to protect the pupils.", note="info"),
        Example("Results of the talks are expected in the coming hours."),
        Example("The mayor's office said the vote would take place on Sunday."),
        Example("She passed the exam at the second attempt."),
        Example("He made the point that the talks had stalled."),
        Example("A hundred of them were arrested, and a dozen of the leaders were charged."),
        Example("Prices have doubled over the last two years."),
        Example("The treaty was torn up by the new government, pushing the envelope of diplomacy."),
        Example("The water rose to the level of 2010."),
        Example("He has lived there since 2010 and has worked at the same firm for several years."),
        Example("Same-sex couples married on the same day."),
        Example("The [[ministry of the Sports]] announced new funding for amateur clubs."),
        Example("Parliament adopted the [[energy programming law]] on Tuesday."),
        Example("He was charged with [[criminal association]] and money laundering."),
        Example("The court followed the [[requisitions]] of the prosecutor and jailed him."),
        Example("The former mayor was [[condemned to three years in prison]] for embezzlement."),
        Example("She was [[released under judicial control]] on Friday."),
        Example("The minister spoke to reporters [[at the exit of the cabinet meeting]]."),
        Example("Their defence collapsed [[in front of the pressure]] of the visitors."),
        Example("The junta never [[put its threats into execution]]."),
        Example("The prime minister will [[engage the responsibility]] of his government on the budget."),
        Example("Three of the injured are [[in absolute emergency]], the prefect said."),
        Example("The new rulers tried to calm fears [[by multiplying reassurances]] to minorities."),
        Example("The Springboks, world [[champions in title]], travel to Paris next week."),
        Example("The 2.10-metre [[pivot]] scored 20 points and took 12 rebounds."),
        Example("The tyre maker announced a [[social plan]] affecting 1,200 jobs."),
        Example("The Minister for the Armed Forces visited the base; the Ministry of the Interior said nothing."),
        Example("The Italian court convicted him of mafia-type criminal association."),
        Example("The army issued requisitions for trucks and food."),
        Example("He was condemned to death by a military tribunal in 1944."),
        Example("Fans waited at the exit of the stadium; she stood in front of the crowd."),
        Example("The plan was put into practice last year, and nurses engage with their patients."),
        Example("Cases multiplied across the region as the emergency services struggled."),
        Example("The company's pivot to electric cars was costly."),
        Example("The social plans for the neighbourhood include new housing."),
        Example("They won the title in 2019 and defended the title in 2023."),
        Example("Police are hunting the presumed [[authors]] of the attack on the jeweller's.",
                note="the span: the authors, whatever the crime"),
        Example("[[At the time of the facts]], he was living in Marseille."),
        Example("The family [[deposited a complaint]] for manslaughter."),
        Example("The prosecutor [[opened an information for]] attempted murder."),
        Example("[[The interested party]] denied any wrongdoing."),
        Example("The victim died [[at the age of 34 years]] in hospital."),
        Example("This victory [[signs the return of]] the national team."),
        Example("The deputy mayor will [[take the relay]] in September."),
        Example("The senator [[was the object of a complaint]] for harassment."),
        Example("[[It is not excluded that]] the vote will be postponed."),
        Example("[[An arm wrestling between]] the unions and the employers has begun."),
        Example("The party must [[draw the consequences]] of its defeat."),
        Example("The new rules will [[enter into vigour]] in January."),
        Example("The candidate [[arrived in head of]] the first round."),
        Example("The rebels [[took the control of]] the airport."),
        Example("Unions [[called to a new strike]] on Thursday."),
        Example("The author of the report was a man of 45 years' experience in the police."),
        Example("At the time of the attack, the facts were unclear."),
        Example("He took control of the airport; the deputy mayor took over in September."),
        Example("The arm-wrestling championship between the two pubs ended in a draw."),
        Example("The object of the meeting was a complaint about noise."),
        Example("Deputies debated the [[law of reform of the system of health]] until midnight.",
                note="a chain of 'de' rendered 'of' link by link"),
        Example("The singer [[was victim of]] a heart attack on stage."),
        Example("Shots were fired [[in the night of Saturday to Sunday]] in the city centre."),
        Example("The left tabled a [[motion of censure]] against the government."),
        Example("The [[selectioner]] named 23 players for the World Cup."),
        Example("The proposal [[made the unanimity]] among the unions."),
        Example("The new agency [[has for mission]] to fight online fraud."),
        Example("The socialists formed a [[government of national union]] with the centre."),
        Example("Tens of thousands of people marched; the rights of millions of voters were at stake.",
                note="quantities are English 'of' chains"),
        Example("She fell victim to a scam; the night of the storm was long."),
        Example("MEPs tabled a motion of censure against the European Commission."),
        Example("The selection of players took a week."),
        Example("The deputies [[voted the text]] on Tuesday night."),
        Example("The deputies voted the bill through on Tuesday night."),
        Example("[[The tenant of the title]] was knocked out in the first round."),
        Example("The bill was presented [[at the council of ministers]] on Wednesday."),
        Example("The victim was taken to the [[urgencies]] of the Lyon hospital."),
        Example("Investigators favour the [[track]] of a settling of scores between dealers."),
        Example("Forecasters placed the coast in orange [[vigilance]] on Sunday."),
        Example("A [[social movement]] at the SNCF disrupted trains on Friday."),
        Example("Police kept track of the suspects; the train left the track near Dijon."),
        Example("The Council of Ministers of the EU met; the civil rights movement was a social movement."),
        Example("Il a été arrêté dans le cadre d'une enquête.", lang="fr"),
        # round 4: pronominal verbs, courts' names and press idioms, with their traps
        Example("The fire [[declared itself]] at about 3 am in a warehouse."),
        Example("Two guards were injured in the clashes at [[the palace of justice]] of Nanterre."),
        Example("He was sentenced to two [[years of firm prison]] for fraud."),
        Example("The minister's remarks [[threw oil on the fire]]."),
        Example("Only an autopsy will [[lift the doubt]] about the cause of death."),
        Example("For the opposition, [[the mass is said]]: the bill will pass."),
        Example("The company declared itself bankrupt in May."),
        Example("The palace of the kings of Navarre is open to visitors."),
        Example("He spent two years in prison; the firm's prison contract was cancelled."),
        Example("The oil on the floor caught fire."),
        Example("The group lifted its forecast and the doubts of investors faded."),
        Example("The priest said mass on Sunday in the cathedral."),
        # idioms and press terms by pattern (fifth pass), with their traps
        Example("The coach [[did not take any gloves]] when he spoke about the referee."),
        Example("The surgeon was tried for [[involuntary homicide]] after the operation."),
        Example("The mine was the main employer of the [[basin of employment]] until 1990."),
        Example("The old tenor [[drew his final reverence]] in his villa near Geneva."),
        Example("Thousands of fans watched the draw [[in direct]] on a giant screen."),
        Example("The prefect, [[joined by phone]], said the dam was holding."),
        Example("Schools must apply [[barrier measures]] during the winter."),
        Example("The [[sanitary situation]] forced the organisers to cancel the carnival."),
        Example("The appeal court gave [[reason to the three tenants]] who had sued the landlord."),
        Example("The government organised an [[aerial bridge]] to bring the tourists home."),
        Example("The boxer took off the gloves; she never wears gloves at work."),
        Example("The driver was convicted of manslaughter; the harbour basin of the port was dredged."),
        Example("She was in direct contact with the minister; the match is broadcast live."),
        Example("Three ministers joined by phone from Paris and the meeting went on."),
        Example("The camp's sanitary conditions were poor; the barrier was lowered."),
        Example("The report gave reason to believe the dam was safe; the Pamir is the roof of the world."),
        # structures mined from the WMT14 systems' outputs (sixth pass), with their traps
        Example("[[On the side of]] the employers, the reform was welcomed."),
        Example("Negotiators still do not [[arrive to]] settle the question of pensions."),
        Example("The inquiry [[puts in light]] the failings of the regional agency."),
        Example("Tourism [[knew]] a sharp rise of 8% over the summer."),
        Example("The former chairman [[touches]] a pension of 9,000 euros a month."),
        Example("The navy [[passed]] an order for six frigates."),
        Example("The new mayor [[pronounced]] a short speech in front of the town hall."),
        Example("Her [[prognosis is no longer engaged]], the hospital said."),
        Example("On the side of the road, a lorry had overturned."),
        Example("The bailiffs did not arrive to collect the furniture."),
        Example("The lawyer put the letters in evidence at the trial."),
        Example("The country has never known a crisis like this one."),
        Example("Oil touched 90 dollars a barrel on Monday."),
        Example("The court passed an order for his release."),
        Example("The teacher made them pronounce the words slowly; he is engaged in talks."),
        Example("The government presented its plan for the [[energetic transition]] in July."),
        Example("The [[familial allowances]] will rise by 2% in April."),
        Example("An aerial photograph showed the energetic mayor's house and the touristic nothing of the place."),
        Example("\"The contract was legal,\" [[defended]] the former mayor."),
        Example("From Piaf to Stromae, [[passing by]] Brel, the festival celebrates them all."),
        Example("The mayor defended the legality of the permit; we drove from Paris to Lyon, passing by Dijon."),
        Example("The opposition [[took a real vest]] in the regional elections."),
        Example("The deputy [[put his feet in the dish]] by raising the question of pay."),
        Example("The government [[put water in its wine]] on the pension reform."),
        Example("He took a jacket because of the cold; the long arm of the law caught up with him."),
    ),
)
